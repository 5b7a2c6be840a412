"""FilterController: applies the search box, facets and shortlist scope to the open Library; resets the model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCollator, QLocale, QObject, Qt, QTimer, Signal

from ..core.columns import FACET_FIELDS, uses_collation
from ..core.facets import FacetChoice, FacetFilter
from ..core.library import Library
from ..core.query import Query, parse_query
from ..core.saved_searches import hiding_query
from ..core.shortlists import UserStore
from ..core.user_filters import USER_QUALIFIERS, scoped_query
from ..core.userdata_schema import Status
from .language import active_language
from .table_model import PostingTableModel
from .timers import debounce_timer
from .user_data import UserDataController

DEBOUNCE_MS = 120
_NO_FOLDER = Library.empty()
COUNTS_DELAY_MS = 250
class FilterController(QObject):
    """Turns query text + facets + scope into the model's visible rows, asking the open Library."""

    results_changed = Signal(int, int)  # shown, total
    hints_changed = Signal(list)  # list[str]
    counts_changed = Signal(str, list)  # facet field, [(value, count)]

    def __init__(self, model: PostingTableModel, user: UserDataController | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._user = user
        self._library: Library | None = None  # before the first folder
        self._query: Query = parse_query("", USER_QUALIFIERS)
        self._query_text = ""
        self._selection = FacetChoice()
        self._scope: str | None = None
        self._show_hidden = False  # "Mostrar ocultas": the employer blocklist is not applied
        self._sort: tuple[str, bool] | None = None  # (column key, descending): survives a new folder's columns
        collator = QCollator(QLocale(QLocale.Language.Portuguese, QLocale.Country.Portugal))
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        collator.setNumericMode(True)
        self._collate = collator.sortKey
        self._timer = debounce_timer(self, DEBOUNCE_MS, self.apply)
        # Facet counts are not needed per keystroke: refresh them once typing pauses.
        self._counts_timer = debounce_timer(self, COUNTS_DELAY_MS, self.refresh_counts)
        self._facets: FacetFilter | None = None
        self._counts_generation = 0
        self._counting = False  # a recount is spread over several turns of the event loop
        model.set_sorter(self._sort_rows)

    # -- inputs ----------------------------------------------------------------------------------
    def set_library(self, library: Library) -> None:
        """A new folder (its Library built off the GUI thread): the model is reset once."""
        self._library = library
        self._model.set_postings(library.postings, rows=[], ghost_from=library.ghost_from,
                                 extra_keys=library.extra_keys)
        self.apply()
        self.refresh_counts()  # a new folder: the facet lists are needed at once

    @property
    def query(self) -> Query:
        return self._query

    @property
    def query_text(self) -> str:
        return self._query_text

    @property
    def pending(self) -> bool:
        """True while a debounced search or facet recount waits to run."""
        return self._timer.isActive() or self._counts_timer.isActive() or self._counting

    @property
    def selection(self) -> FacetChoice:
        return self._selection

    @property
    def scope(self) -> str | None:
        return self._scope

    @property
    def library(self) -> Library:
        """The open folder (an empty Library before the first one)."""
        return self._library if self._library is not None else _NO_FOLDER

    def set_query_text(self, text: str, debounce: bool = True) -> None:
        self._query_text = text
        self._query = parse_query(text, USER_QUALIFIERS)
        self.hints_changed.emit([h.render(active_language()) for h in self._query.hints])
        if debounce:
            self._timer.start()
        else:
            self.apply()

    def set_selection(self, selection: FacetChoice) -> None:
        self._selection = selection
        self.apply()

    def set_scope(self, scope: str | None) -> None:
        """None = every posting of the folder; SCOPE_BOOKMARKED; SCOPE_NEW; or a shortlist id."""
        if scope != self._scope:
            self._scope = scope
            self.apply()

    def set_show_hidden(self, show: bool) -> None:
        if show != self._show_hidden:
            self._show_hidden = show
            self.apply()

    def set_sort(self, column: int, order: Qt.SortOrder) -> None:
        """Remember the header's sort so a new filter result comes out in the same order.

        Kept by column key, not position: another folder has other extra columns.
        """
        valid = 0 <= column < self._model.columnCount()
        self._sort = (self._model.column_key(column), order == Qt.SortOrder.DescendingOrder) if valid else None

    # -- work ------------------------------------------------------------------------------------
    def apply(self) -> None:
        """Search, sort and reset the model; facet counts follow a moment later."""
        self._timer.stop()
        if self._library is None:
            return
        facets = self._selection.on(self._model.today)
        rows = self._library.search(self._effective_query(), facets, self._store())
        if self._sort is not None and self._model.column_of(self._sort[0]) < 0:
            self._sort = None  # a column this folder lacks: its own order, as after a fresh open
        if self._sort is not None:
            rows = self._sort_rows(rows, *self._sort)
        self._model.set_rows(rows)
        self.results_changed.emit(len(rows), self._model.ghost_from)
        self._facets = facets
        self._counts_timer.start()

    def refresh_counts(self) -> None:
        """Recount each facet's values for the current query, scope and the other facets.

        One facet per turn of the event loop, so a big folder never blocks the window for all four.
        """
        self._counts_timer.stop()
        self._counts_generation += 1
        self._counting = True
        self._count_next(0, self._counts_generation)

    def _count_next(self, position: int, generation: int) -> None:
        if generation != self._counts_generation:
            return  # a newer recount took over
        if self._library is None or self._facets is None:
            self._counting = False
            return
        field = FACET_FIELDS[position]
        counts = self._library.facet_counts(self._effective_query(), self._facets, field, self._store())
        self.counts_changed.emit(field, counts)
        if position + 1 < len(FACET_FIELDS):
            QTimer.singleShot(0, self, lambda: self._count_next(position + 1, generation))  # dropped with us
        else:
            self._counting = False

    def _effective_query(self) -> Query:
        """The typed query plus the shortlist panel's scope as one more term, and the hidden employers'."""
        query = scoped_query(self._query, self._scope)
        if self._user is None or self._show_hidden:
            return query
        return hiding_query(query, self._user.store.hidden_employers())

    def _store(self) -> UserStore | None:
        return self._user.store if self._user is not None else None

    def _sort_rows(self, rows: Sequence[int], key: str, descending: bool) -> list[int]:
        if self._library is None:
            return list(rows)
        if key in ("star", "status"):
            return self._sort_by_user_data(rows, key, descending)
        return self._library.sort(rows, key, descending, collate=self._collate_key(key), today=self._model.today)

    def _sort_by_user_data(self, rows: Sequence[int], key: str, descending: bool) -> list[int]:
        if self._user is None:
            return list(rows)
        store, keys, order = self._user.store, self.library.keys, list(Status)

        def rank(row: int) -> int:
            if key == "star":
                return 0 if store.is_bookmarked(keys[row]) else 1
            current = store.status(keys[row])
            return order.index(current) if current is not None else len(order)

        return sorted(rows, key=(lambda r: -rank(r)) if descending else rank)  # stable: ties keep row order

    def _collate_key(self, key: str) -> Any:
        """pt_PT collation for text columns ("Évora" under E); codes, dates and numbers by value."""
        return self._collate if uses_collation(key) else None

