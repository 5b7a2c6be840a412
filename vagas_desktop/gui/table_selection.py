"""TableSelection: the table's selected postings, with the detail and tracking panes following the current one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QObject

from ..core.posting import Posting
from .detail_pane import DetailPane
from .filter_proxy import FilterController
from .postings_view import PostingsTableView
from .table_model import POSTING_ROLE, Column, PostingTableModel
from .timers import debounce_timer
from .tracking_panel import TrackingPanel
from .user_data import UserDataController


class TableSelection(QObject):
    """Keeps the posting on show across a filter (or the first match when it went), shows the current
    posting in the panes, highlights the search terms in the details, and toggles a bookmark when
    the star column is clicked."""

    def __init__(self, table: PostingsTableView, model: PostingTableModel, controller: FilterController,
                 detail: DetailPane, tracking: TrackingPanel, user: UserDataController,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table, self._model, self._controller = table, model, controller
        self._detail, self._tracking, self._user = detail, tracking, user
        self._current_posting_index = -1  # the posting on show across a model reset, as an index in the model
        self._highlight_timer = debounce_timer(self, 250, self._update_highlight)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        table.clicked.connect(self._on_table_clicked)

    def highlight_soon(self) -> None:
        """Re-highlight the details once typing pauses."""
        self._highlight_timer.start()

    def _update_highlight(self) -> None:
        self._detail.set_highlight(self._controller.query.highlight_terms())

    def _remember_current(self) -> None:
        posting = self._detail.posting()
        self._current_posting_index = -1
        if posting is not None:
            self._current_posting_index = next(
                (i for i in self._selected_posting_indices() if self._model.postings[i] is posting), -1)

    def _restore_current(self) -> None:
        row = self._model.row_of(self._current_posting_index)
        if row < 0 and self._model.rowCount():
            row = 0  # the posting on show was filtered out: show the first match instead
        if row >= 0:
            self._table.selectRow(row)
            self._table.scrollTo(self._model.index(row, 0))
        else:
            self._show_detail()

    def _selected_posting_indices(self) -> list[int]:
        rows = self._model.rows
        return [rows[i.row()] for i in self._table.selectionModel().selectedRows() if i.row() < len(rows)]

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail()

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        index = self._table.currentIndex()
        posting = index.data(POSTING_ROLE) if index.isValid() else None
        if posting is None or posting is not self._detail.posting():
            self._detail.show_posting(posting, self._model.today, self._controller.query.highlight_terms())
        if posting is not self._tracking.posting:
            ghost = index.isValid() and self._model.is_ghost(self._model.rows[index.row()])
            self._tracking.show_posting(posting, missing=ghost)

    def selected_postings(self) -> list[Posting]:
        """The selected rows' postings (the current one when nothing is selected)."""
        postings = [self._model.postings[i] for i in self._selected_posting_indices()]
        current = self._table.currentIndex()
        if not postings and current.isValid():
            postings = [current.data(POSTING_ROLE)]
        return postings

    def _on_table_clicked(self, index: QModelIndex) -> None:
        if index.column() == list(Column).index(Column.STAR):
            self._user.toggle_bookmark([index.data(POSTING_ROLE)])
