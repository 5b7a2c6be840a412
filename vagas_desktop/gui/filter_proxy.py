"""FilterController: applies the search box and facets through the core and resets the model over ids."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCollator, QLocale, QObject, Qt, QTimer, Signal

from ..core.posting import Posting
from ..core.query import Query, parse_query
from ..core.search import DeadlineFilter, FacetFilter, SearchIndex
from .filter_bar import FilterSelection
from .table_model import PostingTableModel

DEBOUNCE_MS = 120
COUNTS_DELAY_MS = 250
FACET_FIELDS = ("distrito", "concelho", "trabalho", "empregador")
_DEADLINES = {"all": DeadlineFilter.ALL, "open": DeadlineFilter.OPEN,
              "within": DeadlineFilter.CLOSING_WITHIN, "closed": DeadlineFilter.CLOSED}


def to_facets(selection: FilterSelection, today: date) -> FacetFilter:
    """The filter bar's choices as the core's facet filter."""
    return FacetFilter(
        distritos=selection.distritos, concelhos=selection.concelhos,
        trabalhos=selection.trabalhos, empregadores=selection.empregadores,
        deadline=_DEADLINES.get(selection.deadline, DeadlineFilter.ALL),
        within_days=selection.within_days, open_on=selection.open_on, today=today,
    )


class FilterController(QObject):
    """Owns the search index; turns query text + facet selection into the model's visible rows."""

    results_changed = Signal(int, int)  # shown, total
    hints_changed = Signal(list)  # list[str]
    counts_changed = Signal(str, list)  # facet field, [(value, count)]

    def __init__(self, model: PostingTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._index: SearchIndex | None = None
        self._query: Query = parse_query("")
        self._query_text = ""
        self._selection = FilterSelection()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        collator = QCollator(QLocale(QLocale.Language.Portuguese, QLocale.Country.Portugal))
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        collator.setNumericMode(True)
        self._collate = collator.sortKey
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply)
        # Facet counts are not needed per keystroke: refresh them once typing pauses.
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._facets: FacetFilter | None = None
        model.set_sorter(self._sort_rows)

    # -- inputs ----------------------------------------------------------------------------------
    def set_data(self, postings: list[Posting], index: SearchIndex) -> None:
        """A new folder: index built off the GUI thread; the model is reset once."""
        self._index = index
        self._model.set_postings(postings, rows=[])
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
        return self._timer.isActive() or self._counts_timer.isActive()

    @property
    def selection(self) -> FilterSelection:
        return self._selection

    def set_query_text(self, text: str, debounce: bool = True) -> None:
        self._query_text = text
        self._query = parse_query(text)
        self.hints_changed.emit([h.text for h in self._query.hints])
        if debounce:
            self._timer.start()
        else:
            self.apply()

    def set_selection(self, selection: FilterSelection) -> None:
        self._selection = selection
        self.apply()

    def set_sort(self, column: int, order: Qt.SortOrder) -> None:
        """Remember the header's sort so a new filter result comes out in the same order."""
        self._sort = (column, order)

    # -- work ------------------------------------------------------------------------------------
    def apply(self) -> None:
        """Search, sort and reset the model; then refresh facet counts."""
        self._timer.stop()
        if self._index is None:
            return
        facets = to_facets(self._selection, self._model.today)
        rows = self._index.search(self._query, facets)
        if self._sort is not None:
            column, order = self._sort
            rows = self._sort_rows(rows, self._model.column_key(column), order == Qt.SortOrder.DescendingOrder)
        self._model.set_rows(rows)
        self.results_changed.emit(len(rows), len(self._index))
        self._facets = facets
        self._counts_timer.start()

    def refresh_counts(self) -> None:
        """Recount each facet's values for the current query and the other facets."""
        self._counts_timer.stop()
        if self._index is None or self._facets is None:
            return
        for field in FACET_FIELDS:
            self.counts_changed.emit(field, self._index.facet_counts(self._query, self._facets, field))

    def _sort_rows(self, rows: Sequence[int], key: str, descending: bool) -> list[int]:
        if self._index is None:
            return list(rows)
        return self._index.sort(rows, key, descending, collate=self._collate_key(key), today=self._model.today)

    def _collate_key(self, key: str) -> Any:
        """pt_PT collation for text columns ("Évora" under E); values are ranked once per column."""
        return None if key in ("data_abertura", "data_fecho", "days_left", "id") else self._collate
