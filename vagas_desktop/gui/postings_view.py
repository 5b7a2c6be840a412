"""The postings table view: row selection, Home/End, a header menu to show/hide columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QStyle, QTableView, QWidget

from ..core.columns import CONTEXT, DEFAULT_SORT, SortKind
from .table_model import PostingTableModel

CELL_PADDING = 10  # a cell's (or a header label's) margins around its text


class PostingsTableView(QTableView):
    """A QTableView tuned for many rows of postings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postingsTable")
        self.setAccessibleName(self.tr("Tabela de vagas"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in calibre and Thunderbird
        # fitting a column measures the rows on screen, not 1,000 more (32 ms a column at 100k postings)
        self.horizontalHeader().setResizeContentsPrecision(0)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # unsorted (file order) until a click

    def posting_model(self) -> PostingTableModel:
        model = self.model()
        assert isinstance(model, PostingTableModel)
        return model

    def apply_default_columns(self) -> None:
        """Hide the optional columns and give the rest sensible widths."""
        model = self.posting_model()
        header = self.horizontalHeader()
        for column in range(model.columnCount()):
            spec = model.column_def(column)  # widths, visibility: the column registry's defaults
            self.setColumnHidden(column, not spec.shown)
            if spec.width:
                header.resizeSection(column, spec.width)
        self.fit_default_widths()

    def fit_default_widths(self) -> None:
        """Default widths that show every default column without a horizontal scroll bar: the `whole`
        columns (codes, dates, deadline words, status) get what their header and text need; the text
        columns share the rest in the registry's proportions (long values elide; the tooltip has them)."""
        model, header = self.posting_model(), self.horizontalHeader()
        shown = [c for c in range(model.columnCount()) if not self.isColumnHidden(c)]
        text = [c for c in shown if model.column_def(c).sort is SortKind.TEXT and model.column_def(c).width]
        for column in shown:
            if model.column_def(column).whole:
                header.resizeSection(column, self._whole_width(column))
        # the width rows get with a vertical scroll bar (assumed: a folder has more rows than fit)
        bar = self.verticalScrollBar()
        extent = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar)
        bar_width = max(bar.sizeHint().width(), extent)
        room = self.width() - 2 * self.frameWidth() - bar_width
        left = room - sum(header.sectionSize(c) for c in shown if c not in text)
        minimum = {c: self.fontMetrics().horizontalAdvance(model.column_header(c)) + 2 * CELL_PADDING for c in text}
        # (the header's words whole; its sort arrow may cover a letter when this column is the sorted one)
        widths = share_out(left, {c: model.column_def(c).width for c in text}, minimum)
        for column, width in widths.items():
            header.resizeSection(column, width)

    def _whole_width(self, column: int) -> int:
        spec = self.posting_model().column_def(column)
        metrics = self.fontMetrics()
        words = [QCoreApplication.translate(CONTEXT, text, "", n) for text, n in spec.widest]
        needs = [self.horizontalHeader().sectionSizeFromContents(column).width(), spec.width,
                 *(metrics.horizontalAdvance(w) + CELL_PADDING for w in words)]
        if self.model().rowCount():
            needs.append(self.sizeHintForColumn(column))  # the rows in view
        return max(needs)

    def shown_keys(self) -> list[str]:
        """Keys of the visible columns, in the order the user sees them."""
        model, header = self.posting_model(), self.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [model.column_key(c) for c in logical if not self.isColumnHidden(c)]

    def column_menu(self) -> QMenu:
        """A checkable action per column (fixed and extra fields)."""
        model = self.posting_model()
        menu = QMenu(self.tr("Colunas"), self)
        for column in range(model.columnCount()):
            action = QAction(model.column_header(column), menu)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.setColumnHidden(c, not on))
            menu.addAction(action)
        return menu

    def _on_header_menu(self, pos: QPoint) -> None:
        self.column_menu().exec(self.horizontalHeader().mapToGlobal(pos))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self.model() is not None and self.model().rowCount():
            row = 0 if key == Qt.Key.Key_Home else self.model().rowCount() - 1
            self._go_to_row(row, event)
            return
        super().keyPressEvent(event)

    def _go_to_row(self, row: int, event: Any) -> None:
        column = max(self.horizontalHeader().logicalIndexAt(0), 0)
        index = self.model().index(row, column)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    # -- saved state (by column key, so folders with other extra fields restore cleanly) --------
    def column_state(self) -> dict[str, Any]:
        model = self.posting_model()
        header = self.horizontalHeader()
        keys = [model.column_key(c) for c in range(model.columnCount())]
        order = [keys[header.logicalIndex(v)] for v in range(header.count())]
        sort_col = header.sortIndicatorSection()
        sort = None
        if 0 <= sort_col < len(keys) and header.isSortIndicatorShown():
            sort = [keys[sort_col], int(header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)]
        return {
            "order": order,
            "hidden": [k for c, k in enumerate(keys) if self.isColumnHidden(c)],
            "shown": [k for c, k in enumerate(keys) if not self.isColumnHidden(c)],
            "widths": {k: header.sectionSize(c) for c, k in enumerate(keys) if not self.isColumnHidden(c)},
            "sort": sort,
        }

    def default_sort(self) -> tuple[int, Qt.SortOrder] | None:
        """A new user's order (core.columns.DEFAULT_SORT): by deadline, soonest first."""
        column = self.posting_model().column_of(DEFAULT_SORT[0])
        order = Qt.SortOrder.DescendingOrder if DEFAULT_SORT[1] else Qt.SortOrder.AscendingOrder
        return (column, order) if column >= 0 else None

    def restore_column_state(self, state: Any) -> tuple[int, Qt.SortOrder] | None:
        """Apply a saved state; returns the sort (column, order) for the caller to apply: the saved
        one, or with nothing saved (a new user) the default order."""
        self.apply_default_columns()
        if not isinstance(state, dict):
            return self.default_sort()
        model = self.posting_model()
        header = self.horizontalHeader()
        column_of = {model.column_key(c): c for c in range(model.columnCount())}
        for key in _str_list(state.get("hidden")):
            if key in column_of:
                self.setColumnHidden(column_of[key], True)
        for key in _str_list(state.get("shown")):
            if key in column_of:
                self.setColumnHidden(column_of[key], False)
        widths = state.get("widths")
        if isinstance(widths, dict):
            for key, width in widths.items():
                if key in column_of and isinstance(width, int) and 10 <= width <= 2000:
                    header.resizeSection(column_of[key], width)
        for visual, key in enumerate(k for k in _str_list(state.get("order")) if k in column_of):
            header.moveSection(header.visualIndex(column_of[key]), visual)
        sort = state.get("sort")
        if isinstance(sort, list) and len(sort) == 2 and sort[0] in column_of:
            order = Qt.SortOrder.DescendingOrder if sort[1] else Qt.SortOrder.AscendingOrder
            return column_of[sort[0]], order
        return None


def share_out(room: int, weights: dict[int, int], minimum: dict[int, int]) -> dict[int, int]:
    """Split room among columns by weight, none below its minimum (those get it; the rest share what is left)."""
    widths: dict[int, int] = {}
    todo = dict(weights)
    while todo:
        total = sum(todo.values())
        left = room - sum(widths.values())
        short = {c: minimum[c] for c, w in todo.items() if left * w // max(total, 1) < minimum[c]}
        if not short:
            widths.update({c: left * w // max(total, 1) for c, w in todo.items()})
            break
        widths.update(short)
        todo = {c: w for c, w in todo.items() if c not in short}
    return widths


def _str_list(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
