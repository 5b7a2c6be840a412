"""The user's place in the table (selection, current row, scroll) kept across a quiet refresh, by posting key."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView

from ..core.library import Library
from .table_model import PostingTableModel


@dataclass(frozen=True)
class Place:
    selected: list[str]  # keys of the selected postings
    current: str | None  # key of the current posting
    scroll: int


def remember_place(table: QTableView, model: PostingTableModel, library: Library) -> Place:
    rows = model.rows
    selected = [library.key_at(rows[i.row()]) for i in table.selectionModel().selectedRows() if i.row() < len(rows)]
    current = table.currentIndex()
    current_key = library.key_at(rows[current.row()]) if current.isValid() and current.row() < len(rows) else None
    return Place(selected, current_key, table.verticalScrollBar().value())


def restore_place(table: QTableView, model: PostingTableModel, library: Library, place: Place) -> None:
    """The same postings selected and current (those still shown), the same scroll position."""
    row_of_key = {library.key_at(p): r for r, p in enumerate(model.rows)}
    selection = table.selectionModel()
    selection.clearSelection()
    if place.current in row_of_key:
        table.setCurrentIndex(model.index(row_of_key[place.current], 0))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for key in place.selected:
        if key in row_of_key:
            selection.select(model.index(row_of_key[key], 0), flags)
    table.verticalScrollBar().setValue(place.scroll)
