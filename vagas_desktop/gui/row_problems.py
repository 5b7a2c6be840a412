"""Rows from files read with problems: the model's warning icons and the way from a row to the Problems panel."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..core.posting import ParseProblem
from .postings_view import PostingsTableView
from .problems_view import ProblemsDock, warnings_by_file
from .table_model import POSTING_ROLE, WARNING_COLUMN


class RowProblems(QObject):
    """Feeds the table model each scan's warnings; a row's context menu and a double-click on its
    warning icon open the Problems panel on that file."""

    def __init__(self, table: PostingsTableView, dock: ProblemsDock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table, self._dock = table, dock
        self.show_action = QAction(self.tr("Ver problemas deste ficheiro"), self)
        self.show_action.setObjectName("showRowProblems")
        self.show_action.triggered.connect(lambda: self.show_current())
        table.activated.connect(self._on_activated)  # double-click and Enter

    def set_problems(self, problems: list[ParseProblem]) -> None:
        self._table.posting_model().set_warnings(warnings_by_file(problems))

    def with_entry(self, menu: QMenu) -> QMenu:
        """menu, plus "Ver problemas deste ficheiro" when the current row's file had problems."""
        if self._table.posting_model().warnings_of(self._table.currentIndex().data(POSTING_ROLE)):
            menu.addSeparator()
            menu.addAction(self.show_action)
        return menu

    def show_current(self) -> bool:
        """Open the Problems panel on the current row's file; False when it had none."""
        posting = self._table.currentIndex().data(POSTING_ROLE)
        if not self._table.posting_model().warnings_of(posting):
            return False
        self._dock.show_file(posting.source_path)
        return True

    def _on_activated(self, index: QModelIndex) -> None:
        if index.column() == WARNING_COLUMN:
            self.show_current()
