"""Left-hand filter panel: deadline choice and facet check lists; it collects choices, never searches."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from vagas_desktop.core.columns import FACET_ATTRS
from vagas_desktop.core.deadline import SOON_DAYS
from vagas_desktop.core.facets import EXCLUDED_ATTRS, WITHIN_MAX, WITHIN_MIN, DeadlineFilter, FacetChoice
from vagas_desktop.gui.facet_list import FacetListWidget, section_title
from vagas_desktop.gui.facet_menu import FacetMenu

log = logging.getLogger(__name__)

DEADLINES = tuple(DeadlineFilter)  # the radios, in this order
WITHIN_DEFAULT = SOON_DAYS
FilterSelection = FacetChoice  # what the bar collects; core.facets saves and applies it


class FilterBar(QWidget):
    """Deadline radios, "open on" date and four facet lists; emits filter_changed on user changes."""

    filter_changed = Signal()
    hide_employer_requested = Signal(str)  # "Ocultar sempre este empregador": the employer's value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.setAccessibleName(self.tr("Filtros"))
        self._quiet = 0  # > 0 while restoring state: no filter_changed
        self._search_active = False  # the window's search box has text: "Limpar filtros" clears it too

        self.clear_action = QAction(self.tr("Limpar filtros"), self)
        self.clear_action.setObjectName("clearFiltersAction")
        self.clear_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.clear_action.setToolTip(self.tr("Limpar todos os filtros (Ctrl+Shift+L)"))
        self.clear_action.triggered.connect(self.clear)
        self.addAction(self.clear_action)

        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(14)
        column.addWidget(self._build_deadline_group())
        self._facets: dict[str, FacetListWidget] = {}
        self._menus: dict[str, FacetMenu] = {}
        for field, facet in self._build_facets():
            self._facets[field] = facet
            hide_text = self.tr("Ocultar sempre este empregador") if field == "empregador" else None
            self._menus[field] = FacetMenu(facet, field, hide_text)
            facet.checks_changed.connect(self._on_user_change)
            column.addWidget(facet)
        self._menus["empregador"].hide_always_requested.connect(self.hide_employer_requested)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(panel)

        self.clear_button = QPushButton(self.tr("Limpar filtros"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setAccessibleName(self.tr("Limpar todos os filtros"))
        self.clear_button.setToolTip(self.clear_action.toolTip())
        self.clear_button.clicked.connect(self.clear_action.trigger)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 6)
        outer.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(6, 0, 6, 0)
        bottom.addWidget(self.clear_button)
        outer.addLayout(bottom)
        self.setMinimumWidth(max(220, panel.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()))
        self._sync_enabled()

    def sizeHint(self) -> QSize:
        return QSize(260, super().sizeHint().height())

    # -- public API
    def selection(self) -> FilterSelection:
        day = self.open_on_date.date()
        return FilterSelection(
            **{attr: self._facets[field].checked() for field, attr in FACET_ATTRS.items()},
            **{attr: self._facets[field].excluded() for field, attr in EXCLUDED_ATTRS.items()},
            deadline=DEADLINES[max(self._deadline_group.checkedId(), 0)],
            within_days=self.within_spin.value(),
            open_on=date(day.year(), day.month(), day.day()) if self.open_on_check.isChecked() else None,
        )

    def set_selection(self, selection: FilterSelection) -> None:
        """Show selection (values absent from the lists appear with 0); emits filter_changed once."""
        with self._quietly():
            self._deadline_group.button(DEADLINES.index(selection.deadline)).setChecked(True)
            self.within_spin.setValue(selection.within_days)
            self.open_on_check.setChecked(selection.open_on is not None)
            if selection.open_on is not None:
                day = selection.open_on
                self.open_on_date.setDate(QDate(day.year, day.month, day.day))
            for field, attr in FACET_ATTRS.items():
                self._facets[field].set_checked(getattr(selection, attr))
                self._facets[field].set_excluded(getattr(selection, EXCLUDED_ATTRS[field]))
        self._sync_enabled()
        self.filter_changed.emit()

    def clear(self) -> None:
        """Back to defaults (find boxes emptied too); emits filter_changed once."""
        for facet in self._facets.values():
            facet.clear_find()
        self.set_selection(FilterSelection())

    def show_deadlines(self, key: str) -> None:
        """Choose a deadline radio as a click would (the closed-since-last-visit list needs "all")."""
        button = self._deadline_group.button(DEADLINES.index(key))
        if button is not None and not button.isChecked():
            button.setChecked(True)

    def set_search_active(self, active: bool) -> None:
        """The window's search text counts as a filter for "Limpar filtros" (which clears it too)."""
        self._search_active = active
        self._sync_enabled()

    def set_counts(self, field: str, counts: list[tuple[str, int]]) -> None:
        """Show "Valor (N)" for one facet; checked values stay checked. Never emits filter_changed."""
        if field not in self._facets:
            raise ValueError(f"unknown facet {field!r}; expected one of {sorted(self._facets)}")
        self._facets[field].set_counts(counts)

    def facet(self, field: str) -> FacetListWidget:
        return self._facets[field]

    def facet_menu(self, field: str) -> FacetMenu:
        return self._menus[field]

    # -- building
    def _build_deadline_group(self) -> QWidget:
        box = QWidget()
        box.setObjectName("deadlineSection")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(3, 1)
        grid.addWidget(section_title(self.tr("Prazo")), 0, 0, 1, 4)
        self._deadline_group = QButtonGroup(self)
        labels = {
            "all": (self.tr("Todas"), self.tr("Prazo: todas as vagas")),
            "open": (self.tr("Abertas"), self.tr("Prazo: só vagas abertas hoje")),
            "within": (self.tr("A fechar em"), self.tr("Prazo: vagas a fechar em breve")),
            "upcoming": (self.tr("A abrir"), self.tr("Prazo: só vagas que ainda não abriram")),
            "closed": (self.tr("Fechadas"), self.tr("Prazo: só vagas fechadas")),
        }
        for row, key in enumerate(DEADLINES):
            text, name = labels[key]
            radio = QRadioButton(text)
            radio.setObjectName(f"deadline{key.capitalize()}")
            radio.setAccessibleName(name)
            self._deadline_group.addButton(radio, row)
            grid.addWidget(radio, row + 1, 0)
        self._deadline_group.button(0).setChecked(True)
        self._deadline_group.idToggled.connect(self._on_deadline_toggled)

        self.within_spin = QSpinBox()
        self.within_spin.setObjectName("withinDays")
        self.within_spin.setAccessibleName(self.tr("Número de dias até fechar"))
        self.within_spin.setRange(WITHIN_MIN, WITHIN_MAX)
        self.within_spin.setValue(WITHIN_DEFAULT)
        self.within_spin.setKeyboardTracking(False)  # typing "14" is one change, not "1" then "14"
        self.within_spin.valueChanged.connect(self._on_within_days_changed)
        days = QLabel(self.tr("dias"))
        days.setBuddy(self.within_spin)
        within_row = DEADLINES.index("within") + 1
        grid.addWidget(self.within_spin, within_row, 1)
        grid.addWidget(days, within_row, 2)

        self.open_on_check = QCheckBox(self.tr("Abertas no dia"))
        self.open_on_check.setObjectName("openOnCheck")
        self.open_on_check.setAccessibleName(self.tr("Só vagas abertas no dia escolhido"))
        self.open_on_check.toggled.connect(self._on_open_on_toggled)
        self.open_on_date = QDateEdit(QDate.currentDate())
        self.open_on_date.setObjectName("openOnDate")
        self.open_on_date.setAccessibleName(self.tr("Dia em que as vagas estão abertas"))
        self.open_on_date.setDisplayFormat("dd/MM/yyyy")
        self.open_on_date.setCalendarPopup(True)
        self.open_on_date.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        self.open_on_date.dateChanged.connect(self._on_open_on_date_changed)
        open_row = len(DEADLINES) + 1
        grid.addWidget(self.open_on_check, open_row, 0)
        date_row = QHBoxLayout()  # under the checkbox, aligned with its text: fits a narrow panel
        style = self.style()
        date_row.addSpacing(
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
            + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
        )
        date_row.addWidget(self.open_on_date)
        date_row.addStretch(1)
        grid.addLayout(date_row, open_row + 1, 0, 1, 4)
        return box

    def _build_facets(self) -> Iterator[tuple[str, FacetListWidget]]:
        specs = [
            ("distrito", self.tr("Distrito"), self.tr("Filtro por distrito"),
             self.tr("Limpar filtro de distrito"), None),
            ("concelho", self.tr("Concelho"), self.tr("Filtro por concelho"),
             self.tr("Limpar filtro de concelho"), self.tr("Procurar concelho")),
            ("trabalho", self.tr("Trabalho"), self.tr("Filtro por trabalho"),
             self.tr("Limpar filtro de trabalho"), self.tr("Procurar trabalho")),
            ("empregador", self.tr("Empregador"), self.tr("Filtro por empregador"),
             self.tr("Limpar filtro de empregador"), self.tr("Procurar empregador")),
        ]  # fmt: skip
        for field, title, list_name, clear_name, find_name in specs:
            yield field, FacetListWidget(field, title, list_name=list_name, clear_name=clear_name, find_name=find_name)

    # -- state plumbing
    @contextmanager
    def _quietly(self) -> Iterator[None]:
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def _sync_enabled(self) -> None:
        checked = self._deadline_group.checkedButton()
        if checked is not None:
            self.setFocusProxy(checked)  # setFocus() (e.g. Ctrl+2) lands on the checked deadline radio
        self.within_spin.setEnabled(self._deadline_group.checkedId() == DEADLINES.index("within"))
        self.open_on_date.setEnabled(self.open_on_check.isChecked())
        filtering = self._search_active or not self.selection().is_default()
        self.clear_action.setEnabled(filtering)
        self.clear_button.setEnabled(filtering)

    def _on_user_change(self) -> None:
        if not self._quiet:
            self._sync_enabled()
            self.filter_changed.emit()

    def _on_deadline_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self._on_user_change()

    def _on_within_days_changed(self, _value: int) -> None:
        if self._deadline_group.checkedId() == DEADLINES.index("within"):
            self._on_user_change()

    def _on_open_on_toggled(self, _checked: bool) -> None:
        self._on_user_change()

    def _on_open_on_date_changed(self, _day: QDate) -> None:
        if self.open_on_check.isChecked():
            self._on_user_change()
