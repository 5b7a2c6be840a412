"""The Problems panel: every file the scan could not read or had to repair, with its reason."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QPushButton, QTableView, QWidget

from ..core.posting import ParseProblem, Severity
from .language import active_language

ModelIndex = QModelIndex | QPersistentModelIndex
_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class ProblemsModel(QAbstractTableModel):
    """Problems as rows: file (relative), severity, message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: list[ParseProblem] = []
        self._folder = ""

    def set_problems(self, folder: str, problems: list[ParseProblem]) -> None:
        self.beginResetModel()
        self._folder = folder
        self._problems = sorted(problems, key=lambda p: (_SEVERITY_ORDER[p.severity], p.source_path))
        self.endResetModel()

    def problem_at(self, row: int) -> ParseProblem | None:
        return self._problems[row] if 0 <= row < len(self._problems) else None

    def relative(self, path: str) -> str:
        if not self._folder:
            return path
        return os.path.relpath(path, self._folder).replace(os.sep, "/")

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = (self.tr("Ficheiro"), self.tr("Gravidade"), self.tr("Motivo"))
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        problem = self.problem_at(index.row()) if index.isValid() else None
        if problem is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return self.relative(problem.source_path) if role == Qt.ItemDataRole.DisplayRole \
                    else problem.source_path
            if index.column() == 1:
                return {Severity.ERROR: self.tr("erro"), Severity.WARNING: self.tr("aviso"),
                        Severity.INFO: self.tr("info")}[problem.severity]
            return problem.text(active_language())
        return None


class ProblemsDock(QDockWidget):
    """A dock with the problems table; double-click or Enter reveals the file's folder."""

    reveal_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Problemas"), parent)
        self.setObjectName("problemsDock")
        self.model = ProblemsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("problemsView")
        self.view.setAccessibleName(self.tr("Ficheiros com problemas"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 320)
        header.setStretchLastSection(True)
        self.view.activated.connect(self._on_activated)  # double-click and Enter
        self.setWidget(self.view)
        self.open_url = QDesktopServices.openUrl  # seam for tests
        self.reveal_requested.connect(self._reveal)

    def set_problems(self, folder: str, problems: list[ParseProblem]) -> None:
        self.model.set_problems(folder, problems)

    def show_file(self, path: str) -> None:
        """Open the panel on one file's problems (its rows selected, the first in view)."""
        self.show()
        self.raise_()
        found = (self.model.problem_at(r) for r in range(self.model.rowCount()))
        rows = [r for r, problem in enumerate(found) if problem is not None and problem.source_path == path]
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            self.view.setCurrentIndex(self.model.index(rows[0], 0))
            self.view.scrollTo(self.model.index(rows[0], 0))
            self.view.setFocus()

    def _on_activated(self, index: QModelIndex) -> None:
        problem = self.model.problem_at(index.row())
        if problem is not None:
            self.reveal_requested.emit(problem.source_path)

    def _reveal(self, path: str) -> None:
        folder = os.path.dirname(path) or "."
        self.open_url(QUrl.fromLocalFile(folder))


def warnings_by_file(problems: Iterable[ParseProblem]) -> dict[str, list[str]]:
    """Files that gave a posting only after a repair (warnings): path -> reasons."""
    found: dict[str, list[str]] = {}
    for problem in problems:
        if problem.severity is Severity.WARNING:
            found.setdefault(problem.source_path, []).append(problem.message)
    return found


class ProblemsButton(QPushButton):
    """The status bar's summary of a scan's problems ("3 problemas · 1 ignorado"); hidden when none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsButton")
        self.setFlat(True)
        self.setToolTip(self.tr("Mostrar os ficheiros com problemas (Ctrl+Shift+P)"))
        self.hide()

    def show_counts(self, problems: list[ParseProblem], superseded: int) -> None:
        count = sum(1 for p in problems if p.severity != Severity.INFO)
        skipped = sum(1 for p in problems if p.severity == Severity.INFO) - superseded  # links, pipes
        parts = []
        if count:
            parts.append(self.tr("%n problemas", "", count))
        if superseded:
            parts.append(self.tr("%n versões antigas", "", superseded))
        if skipped > 0:
            parts.append(self.tr("%n ignorados", "", skipped))
        self.setText(" · ".join(parts))
        self.setVisible(bool(parts))
