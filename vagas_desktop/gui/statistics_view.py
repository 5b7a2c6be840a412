"""View ▸ Estatísticas: charts of the postings in view (core.stats), in a dock; a click on a bar filters the table."""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.columns import FACET_ATTRS
from ..core.facets import EXCLUDED_ATTRS, DeadlineFilter
from ..core.messages import render
from ..core.stats import DISTRITOS, VIEW_TOP, RowKind, StatBy, StatRow, StatTable, count, distrito_of
from ..core.textfold import fold
from .bar_chart import BarChart, ChartBar
from .dock_placement import DockPlacement
from .filter_bar import FilterBar
from .filter_proxy import FilterController
from .icons import ThemedIcons
from .language import active_language
from .table_model import PostingTableModel
from .timers import debounce_timer
from .user_data import UserDataController

log = logging.getLogger(__name__)
RECOMPUTE_MS = 150  # after the filter settles: typing in the search box recounts once
_COLUMNS = frozenset({StatBy.FECHO_SEMANA, StatBy.ABERTURA_MES})  # time runs left to right
_MUTED = frozenset({RowKind.CLOSED, RowKind.OTHERS, RowKind.EMPTY, RowKind.LATER, RowKind.NO_STATUS})
TABLE_NAME = "postingsTable"  # the window's table, which keeps its room when the dock opens (PostingsTableView)
BY_KEY, DISTRITO_KEY = "statistics/by", "statistics/distrito"  # the chart chosen last time, and its distrito


class StatisticsView(QWidget):
    """A chooser (by what; the distrito of the concelhos), the chart, and copy/save; recounts only when shown."""

    def __init__(self, controller: FilterController, model: PostingTableModel, user: UserDataController,
                 filter_bar: FilterBar, search_edit: QLineEdit, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self._settings = settings
        self._controller, self._model, self._user = controller, model, user
        self._filter_bar, self._search_edit = filter_bar, search_edit
        self._table = StatTable(StatBy.DISTRITO, (), 0)
        self._stale = True
        self.last_seconds = 0.0  # the last recount's time (the bench reads it)
        self._timer = debounce_timer(self, RECOMPUTE_MS, self.recompute)
        lang = active_language()

        self.by_combo = QComboBox()
        self.by_combo.setObjectName("statisticsBy")
        self.by_combo.setAccessibleName(self.tr("Contar as vagas por"))
        for by in StatBy:
            self.by_combo.addItem(render(by.title_code, (), lang), by.value)
        self.distrito_combo = QComboBox()
        self.distrito_combo.setObjectName("statisticsDistrito")
        self.distrito_combo.setAccessibleName(self.tr("Distrito dos concelhos"))
        self.distrito_combo.addItem(self.tr("Todos os distritos"), "")
        for name in sorted(DISTRITOS, key=fold):
            self.distrito_combo.addItem(name, name)
        for combo in (self.by_combo, self.distrito_combo):  # a narrow dock elides them, not the table beside it
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.summary = QLabel()
        self.summary.setObjectName("statisticsSummary")

        self.chart = BarChart()
        self.chart.activated.connect(self._on_bar_activated)
        self.chart.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.chart.customContextMenuRequested.connect(self._on_chart_menu)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chart)
        self.setFocusProxy(self.chart)

        self.copy_image_action = self._action(self.tr("Copiar como imagem"), "copy", self.copy_image)
        self.save_image_action = self._action(self.tr("Guardar imagem…"), None, self.choose_image_file)
        self.copy_table_action = self._action(self.tr("Copiar tabela"), None, self.copy_table)
        self.copy_table_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_table_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.copy_table_action)

        self._scroll = scroll
        self.chart.current_changed.connect(self._follow_current)

        self._side = QWidget()  # the choosers above the chart; on their left, with the buttons, when wide
        self._side_layout = side = QVBoxLayout(self._side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.by_combo)  # one above the other: a narrow dock still shows "Vagas por concelho" whole
        side.addWidget(self.distrito_combo)
        side.addWidget(self.summary)
        self._button_bar = QWidget()
        self._buttons_layout = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight, self._button_bar)
        buttons.setContentsMargins(0, 0, 0, 0)
        self._buttons: list[QToolButton] = []
        for act in (self.copy_image_action, self.save_image_action, self.copy_table_action):
            button = QToolButton()
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            buttons.addWidget(button)
            self._buttons.append(button)
        buttons.addStretch(1)
        self._column = column = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self._side)
        column.addWidget(scroll, 1)
        column.addWidget(self._button_bar)
        self._wide = False

        self._restore_choice()
        self.by_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.distrito_combo.currentIndexChanged.connect(self._on_choice_changed)
        controller.results_changed.connect(self.invalidate)
        user.changed.connect(self.invalidate)
        self._sync_distrito_combo()

    @property
    def wide(self) -> bool:
        return self._wide

    def set_wide(self, wide: bool) -> None:
        """Wide (a dock below the table): the choosers and buttons in a column on the chart's left, so
        the chart keeps the height; else the choosers above the chart and the buttons under it."""
        if wide == self._wide:
            return
        self._wide = wide
        side, buttons = self._side_layout, self._buttons_layout
        self._column.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        buttons.setDirection(QBoxLayout.Direction.TopToBottom if wide else QBoxLayout.Direction.LeftToRight)
        policy = QSizePolicy.Policy.Expanding if wide else QSizePolicy.Policy.Preferred  # one width when stacked
        for button in self._buttons:
            button.setSizePolicy(policy, QSizePolicy.Policy.Fixed)
        adjust = QComboBox.SizeAdjustPolicy  # the chart has the width below the table: the choices whole
        for combo in (self.by_combo, self.distrito_combo):
            combo.setSizeAdjustPolicy(adjust.AdjustToContents if wide else adjust.AdjustToMinimumContentsLengthWithIcon)
        if wide:
            self._column.removeWidget(self._button_bar)
            side.addWidget(self._button_bar)
            side.addStretch(1)
        else:
            side.takeAt(side.count() - 1)  # the stretch
            side.removeWidget(self._button_bar)
            self._column.addWidget(self._button_bar)

    def _follow_current(self, index: int) -> None:
        """The bar the arrow keys reached stays in view when the chart is taller than the dock."""
        rect = self.chart.bar_rects()[index]
        self._scroll.ensureVisible(rect.center().x(), rect.center().y(), 0, rect.height())

    def _action(self, text: str, icon: str | None, slot: object) -> QAction:
        act = QAction(text, self)
        act.triggered.connect(slot)
        if icon is not None:
            if not hasattr(self, "_icons"):
                self._icons = ThemedIcons(self)
            self._icons.bind(act, icon)
        return act

    # -- what is counted -------------------------------------------------------------------------
    @property
    def by(self) -> StatBy:
        return StatBy(self.by_combo.currentData())

    def set_by(self, by: StatBy | str) -> None:
        self.by_combo.setCurrentIndex(self.by_combo.findData(StatBy(by).value))

    @property
    def table(self) -> StatTable:
        """The counts on show."""
        return self._table

    def invalidate(self) -> None:
        """The postings in view changed: recount soon if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._timer.start(0)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def recompute(self) -> None:
        """Count the postings in the table now (by the chosen kind) and redraw."""
        self._timer.stop()
        started = time.perf_counter()
        by, library = self.by, self._controller.library
        within = None
        if by is StatBy.CONCELHO and self.distrito_combo.currentData():
            chosen = self.distrito_combo.currentData()
            within = {v for v in set(library.column("distrito")) if distrito_of(v) == chosen} | {chosen}
        top = VIEW_TOP if by is StatBy.EMPREGADOR or (by is StatBy.CONCELHO and within is None) else None
        self._table = count(library, self._model.rows, by, self._model.today, store=self._user.store,
                            top=top, within=within)
        self._stale = False
        self.last_seconds = time.perf_counter() - started
        self._show_table()

    def _show_table(self) -> None:
        table, lang = self._table, active_language()
        bars = [ChartBar(r.label(lang), r.count, table.share(r), self._clickable(r), r.kind in _MUTED,
                         short=r.start.strftime("%d/%m") if r.kind is RowKind.WEEK and r.start else "",
                         scaled=r.kind is not RowKind.OTHERS)
                for r in table.rows]
        title = render(table.by.title_code, (), lang)
        if table.by is StatBy.CONCELHO and self.distrito_combo.currentData():
            title = f"{title} — {self.distrito_combo.currentText()}"
        self.chart.set_bars(title, bars, table.by in _COLUMNS)
        self.summary.setText(self.tr("%n vagas em vista", "", table.total))

    def _restore_choice(self) -> None:
        """The chart and distrito of the last session (a value no longer offered is ignored)."""
        if self._settings is None:
            return
        for combo, key in ((self.by_combo, BY_KEY), (self.distrito_combo, DISTRITO_KEY)):
            found = combo.findData(str(self._settings.value(key, "") or ""))
            if found >= 0:
                combo.setCurrentIndex(found)

    def _on_choice_changed(self) -> None:
        if self._settings is not None:
            self._settings.setValue(BY_KEY, self.by.value)
            self._settings.setValue(DISTRITO_KEY, self.distrito_combo.currentData())
        self._sync_distrito_combo()
        self._stale = True
        if self.isVisible():
            self.recompute()  # the user's own choice: at once

    def _sync_distrito_combo(self) -> None:
        self.distrito_combo.setVisible(self.by is StatBy.CONCELHO)

    # -- a click on a bar ------------------------------------------------------------------------
    def _clickable(self, row: StatRow) -> bool:
        if row.kind is RowKind.VALUE:
            return self._table.by.facet is not None and bool(row.values)
        return row.kind in (RowKind.CLOSED, RowKind.STATUS, RowKind.WEEK, RowKind.LATER, RowKind.MONTH)

    def _on_bar_activated(self, index: int) -> None:
        row = self._table.rows[index]
        by = self._table.by
        if row.kind is RowKind.VALUE and by.facet is not None:
            self._filter_by_facet(by.facet, row)
        elif row.kind is RowKind.CLOSED:
            choice = self._filter_bar.selection()
            closed = DeadlineFilter.CLOSED
            self._filter_bar.set_selection(
                replace(choice, deadline=DeadlineFilter.ALL if choice.deadline is closed else closed))
        elif row.kind is RowKind.STATUS:
            self._toggle_search_terms("status", [f"status:{row.key}"])
        elif row.kind is RowKind.MONTH:
            self._toggle_search_terms("abertura", [f"abertura:{row.key}"])
        elif row.kind is RowKind.WEEK and row.start and row.end:
            self._toggle_search_terms("fecho", [f"fecho>={row.start.isoformat()}", f"fecho<={row.end.isoformat()}"])
        elif row.kind is RowKind.LATER and row.start:
            self._toggle_search_terms("fecho", [f"fecho>={row.start.isoformat()}"])

    def _filter_by_facet(self, facet: str, row: StatRow) -> None:
        """The same facet filter as the filter bar's lists: shown there, combined with the rest.
        Clicking the bar that is already the whole filter clears it."""
        choice = self._filter_bar.selection()
        attr = FACET_ATTRS[facet]
        chosen = frozenset() if getattr(choice, attr) == row.values else row.values
        if facet == "distrito" and chosen:
            self.distrito_combo.setCurrentIndex(max(self.distrito_combo.findData(row.key), 0))
        excluded = EXCLUDED_ATTRS[facet]  # a value picked from the chart is no longer excluded
        changes: dict[str, Any] = {attr: chosen, excluded: getattr(choice, excluded) - chosen}
        self._filter_bar.set_selection(replace(choice, **changes))

    def _toggle_search_terms(self, field: str, terms: list[str]) -> None:
        """Put terms in the search box in place of the field's own (a week replaces another week: both
        would find nothing); when they are there already, take them out."""
        words = self._search_edit.text().split()
        had = all(t in words for t in terms)
        words = [w for w in words if not (w.startswith(field) and w[len(field):][:1] in (":", "<", ">", "="))]
        self._search_edit.setText(" ".join(words if had else [*words, *terms]))

    # -- copy and save ---------------------------------------------------------------------------
    def image(self) -> QPixmap:
        """The whole chart (title included), as drawn now."""
        return self.chart.grab()

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.image().toImage())

    def copy_table(self) -> None:
        """The counts as tab-separated text (label, count, %): pastes as columns in a spreadsheet."""
        QGuiApplication.clipboard().setText(self._table.tsv(active_language()))

    def save_image(self, path: str) -> bool:
        target = path if path.lower().endswith(".png") else path + ".png"
        if self.image().save(target, "PNG"):
            return True
        log.warning("could not save the chart to %s", target)
        return False

    def choose_image_file(self) -> None:
        suggested = str(Path(self._controller.library.folder or Path.home()) / f"vagas-{self._table.by.value}.png")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Guardar imagem"), suggested,
                                                    self.tr("Imagem PNG (*.png)"))
        if path and not self.save_image(path):
            QMessageBox.warning(self, self.tr("Guardar imagem"),
                                self.tr("Não foi possível guardar a imagem em %1.").replace("%1", path))

    def _on_chart_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.copy_image_action, self.save_image_action, self.copy_table_action])
        menu.exec(self.chart.mapToGlobal(pos))


class StatisticsDock(QDockWidget):
    """The dock around the view; show_action (View ▸ Estatísticas, Ctrl+4) shows it and gives it focus."""

    def __init__(self, controller: FilterController, model: PostingTableModel, user: UserDataController,
                 filter_bar: FilterBar, search_edit: QLineEdit, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(self.tr("Estatísticas"), parent)
        self.setObjectName("statisticsDock")
        self.view = StatisticsView(controller, model, user, filter_bar, search_edit, self, settings)
        self.setWidget(self.view)
        self.show_action = QAction(self.tr("&Estatísticas"), self)
        self.show_action.setObjectName("statisticsAction")
        self.show_action.setShortcut(QKeySequence("Ctrl+4"))
        self.show_action.setToolTip(self.tr("Mostrar as estatísticas das vagas em vista"))  # the toolbar adds the keys
        self.show_action.triggered.connect(self.show_and_focus)
        self.hide()
        window = parent if isinstance(parent, QMainWindow) else None
        table = window.findChild(QAbstractItemView, TABLE_NAME) if window is not None else None
        self.placement = DockPlacement(self, window, table) if window is not None else None
        self.dockLocationChanged.connect(self._fit_layout)
        self.topLevelChanged.connect(self._fit_layout)

    def show_and_focus(self) -> None:
        """Beside the table, or below it when the window is too narrow for both (see DockPlacement)."""
        if self.placement is not None:
            self.placement.place()
        self.show()
        self.raise_()
        if self.placement is not None:
            self.placement.fit()
        self.view.chart.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _fit_layout(self) -> None:
        window = self.parentWidget()
        below = isinstance(window, QMainWindow) and not self.isFloating() and window.dockWidgetArea(self) in (
            Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea)
        self.view.set_wide(below)
