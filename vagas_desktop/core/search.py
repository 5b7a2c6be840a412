"""Search, facets and sorting over postings: the core hands the GUI ordered row ids."""

from __future__ import annotations

import enum
import math
import sys
from array import array
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from vagas_desktop.core.columns import COLUMNS, EXTRA_PREFIX, FACET_ATTRS, ColumnContext, SortKind, by_key
from vagas_desktop.core.date_terms import (
    DATE_FIELDS,
    STATE_FIELD,
    DateSpan,
    parse_span,
    resolve_date,
    span_text,
    state_spans,
)
from vagas_desktop.core.deadline import DeadlineState, days_left, deadline_state, is_open_on
from vagas_desktop.core.facets import EXCLUDED_ATTRS, NO_FACETS, DeadlineFilter, FacetFilter
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.profile_index import ProfileIndex
from vagas_desktop.core.query import Query, Term, parse_query
from vagas_desktop.core.textfold import fold, fold_cached

# Caller-evaluated qualifier (e.g. is:bookmarked): (row id, folded value) -> matches.
Predicate = Callable[[int, str], bool]

__all__ = ["EXTRA_PREFIX", "DeadlineFilter", "FacetFilter", "Predicate", "SearchIndex", "SortKey"]

_OPEN_STATES = frozenset({DeadlineState.OPEN, DeadlineState.SOON, DeadlineState.TODAY})
_WANTED_STATES = {
    DeadlineFilter.OPEN: _OPEN_STATES,  # open today: upcoming and unknown closing dates left out
    DeadlineFilter.UPCOMING: frozenset({DeadlineState.UPCOMING}),
    DeadlineFilter.CLOSED: frozenset({DeadlineState.CLOSED}),
}
# Kinds the index sorts itself (the user-data ranks need the user's store: the GUI sorts those).
_CORE_SORTS = frozenset({SortKind.TEXT, SortKind.CODE, SortKind.DATE, SortKind.NUMBER, SortKind.DAYS})
# The sortable registry columns ("ref", "data_fecho"...); sort() also takes "extra:<name>".
SortKey = enum.StrEnum(  # type: ignore[misc]  # members come from the registry
    "SortKey", [(c.key.upper(), c.key) for c in COLUMNS if c.sort in _CORE_SORTS]
)
_NO_CONTEXT = ColumnContext(today=date(2000, 1, 1))  # sort values depend on the posting alone


@dataclass
class _Entry:
    """A cached result: rows matching facets and all terms."""

    facets: FacetFilter
    terms: tuple[Term, ...]
    rows: list[int]

    @property
    def keys(self) -> frozenset[tuple[str, str, bool]]:
        return frozenset(t.key for t in self.terms)


class _SortColumn:
    """Per-row ranks of one column (missing values rank last) and the full orders, made on demand."""

    def __init__(self, ranks: array[int], missing: int, ids: list[int]) -> None:
        self.ranks = ranks
        self.missing = missing
        self._ids = ids
        self._desc_ranks: array[int] | None = None
        self._orders: dict[bool, list[int]] = {}

    def rank_array(self, descending: bool) -> array[int]:
        if not descending:
            return self.ranks
        if self._desc_ranks is None:
            top = self.missing - 1
            self._desc_ranks = array("i", [top - r if r <= top else r for r in self.ranks])
        return self._desc_ranks

    def order(self, descending: bool) -> list[int]:
        if descending not in self._orders:
            self._orders[descending] = sorted(self._ids, key=self.rank_array(descending).__getitem__)
        return self._orders[descending]


def _ranks(values: Sequence[Any], key: Callable[[Any], Any] | None) -> tuple[array[int], int]:
    """Rank each value among the distinct present ones (None and "" are missing, ranked last)."""
    present = {v for v in values if v is not None and v != ""}
    if key is fold:
        ordered = sorted(present, key=lambda v: (fold(v), v))
    else:
        ordered = sorted(present)
        if key is not None:
            ordered.sort(key=key)  # stable: equal keys stay in original-value order
    rank_of = {v: i for i, v in enumerate(ordered)}
    missing = len(ordered)
    return array("i", [rank_of.get(v, missing) for v in values]), missing


def _days_ranks(closing: Sequence[date | None], today: date) -> tuple[array[int], int]:
    """Days left as ranks, then closed postings, then those with no closing date: the last two stay
    last in either direction (ranks from `missing` on are never flipped)."""
    left = {d: days_left(d, today) for d in set(closing)}
    ranks, missing = _ranks([left[d] or None for d in closing], None)  # closed (0 left) as missing...
    for row, day in enumerate(closing):
        if day is None:
            ranks[row] = missing + 1  # ...before the unknown ones
    return ranks, missing


def _resolved(term: Term, today: date) -> Term:
    """A date or estado: term fixed to today (its span or its day in folded: the cache tells days apart)."""
    if term.field in DATE_FIELDS:
        return replace(term, folded=span_text(resolve_date(term.folded, today)))
    if term.field == STATE_FIELD:
        return replace(term, folded=f"{term.folded}@{today.isoformat()}")
    return term


def _as_number(text: str) -> float | None:
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


class SearchIndex:
    """Folded, searchable copies of the postings' fields, with result and sort-key caches.

    Not thread-safe: use it from one thread (the caches mutate on every call).
    """

    CACHE_ROWS = 4_000_000  # result cache budget in row ids (8 bytes each: ~32 MB at most)...
    CACHE_ENTRIES = 64  # ...and in entries (each search looks at all of them)
    SORT_CACHE_SIZE = 12

    def __init__(self, postings: Sequence[Posting]) -> None:
        intern = sys.intern  # repeated short values: one string object each
        self._postings = postings
        self._ids = list(range(len(postings)))
        self._columns = {name: [intern(getattr(p, name)) for p in postings] for name in FACET_ATTRS}
        self._values = {name: frozenset(col) for name, col in self._columns.items()}
        self._abertura = [p.data_abertura for p in postings]
        self._fecho = [p.data_fecho for p in postings]
        self._dates = {"fecho": self._fecho, "abertura": self._abertura}  # a date term's column...
        self._distinct_dates = {name: set(col) for name, col in self._dates.items()}  # ...and its values
        self._refs = [fold(p.ref) for p in postings]
        # One short haystack per row: folded title, trabalho, empregador, concelho, distrito and ref.
        dist, conc, trab, emp = self._columns.values()
        columns = zip(postings, trab, emp, conc, dist, self._refs, strict=True)
        self._meta = [
            "\n".join((fold(p.title), fold_cached(t), fold_cached(e), fold_cached(c), fold_cached(d), ref))
            for p, t, e, c, d, ref in columns
        ]
        self._profile = ProfileIndex(postings)  # from the profiles' shared pieces, not their texts
        self._cache: OrderedDict[tuple[Hashable, ...], _Entry] = OrderedDict()
        self._cached_rows = 0
        self._sort_cache: OrderedDict[tuple[Hashable, ...], _SortColumn] = OrderedDict()

    def __len__(self) -> int:
        return len(self._ids)

    def column(self, name: str) -> Sequence[Any]:
        """One field's value per row: a facet field (str) or "data_abertura"/"data_fecho" (date | None)."""
        if name == "data_abertura":
            return self._abertura
        if name == "data_fecho":
            return self._fecho
        return self._columns[name]

    # -- search ---------------------------------------------------------------------------------

    def search(
        self,
        query: Query | str,
        facets: FacetFilter | None = None,
        extra_predicates: Mapping[str, Predicate] | None = None,
        today: date | None = None,
    ) -> list[int]:
        """Row ids (ascending) matching the query and the facets.

        Extra qualifiers (parsed with parse_query(text, extra_qualifiers)) are evaluated with
        extra_predicates[name](row, folded value); one without a predicate is ignored. Relative date
        terms (fecho<=7d) and estado: count from today (default: facets.today when facets are given,
        else the real today).
        """
        day = today or (facets.today if facets is not None else date.today())
        return list(self._search(query, facets or NO_FACETS, extra_predicates or {}, day))

    def _search(
        self, query: Query | str, facets: FacetFilter, preds: Mapping[str, Predicate], today: date
    ) -> list[int]:
        if isinstance(query, str):
            query = parse_query(query, preds.keys())
        text_terms = tuple(_resolved(t, today) for t in query.terms if t.is_builtin)
        extra = [(preds[t.field], t) for t in query.terms if not t.is_builtin and t.field in preds]
        rows, todo = self._candidates(facets, text_terms)
        if extra and todo:  # predicates depend on caller state: evaluate them first, cache nothing
            return self._filter_terms(self._filter_extra(rows, extra), todo)
        if todo:
            rows = self._filter_terms(rows, todo)
            self._remember(facets, text_terms, rows)
        return self._filter_extra(rows, extra)

    def _candidates(self, facets: FacetFilter, terms: tuple[Term, ...]) -> tuple[list[int], list[Term]]:
        """Smallest cached superset of the answer, and the terms still to test on it."""
        keys = {t.key for t in terms}
        best: _Entry | None = None
        best_score = (0, 0, 0)
        for entry in self._cache.values():
            if entry.facets.covers(facets) and all(any(t.implies(e) for t in terms) for e in entry.terms):
                # fewest rows, then least left to do, then the most specific ("te" over "t")
                score = (len(entry.rows), -len(keys & entry.keys), -sum(len(e.folded) for e in entry.terms))
                if best is None or score < best_score:
                    best, best_score = entry, score
        if best is None:
            best = self._remember(facets, (), self._apply_facets(self._ids, facets))
        self._cache.move_to_end(self._cache_key(best.facets, best.terms))
        done = best.keys
        todo = list({t.key: t for t in terms if t.key not in done}.values())
        rows = best.rows
        if best.facets.key() != facets.key():
            rows = self._apply_facets(rows, facets)
        return rows, sorted(todo, key=self._term_cost)

    @staticmethod
    def _cache_key(facets: FacetFilter, terms: tuple[Term, ...]) -> tuple[Hashable, ...]:
        return (facets.key(), frozenset(t.key for t in terms))

    def _remember(self, facets: FacetFilter, terms: tuple[Term, ...], rows: list[int]) -> _Entry:
        entry, key = _Entry(facets, terms, rows), self._cache_key(facets, terms)
        replaced = self._cache.pop(key, None)
        self._cached_rows += len(rows) - (len(replaced.rows) if replaced else 0)
        self._cache[key] = entry
        while len(self._cache) > 1 and (
            self._cached_rows > self.CACHE_ROWS or len(self._cache) > self.CACHE_ENTRIES
        ):
            self._cached_rows -= len(self._cache.popitem(last=False)[1].rows)
        return entry

    @staticmethod
    def _term_cost(term: Term) -> tuple[int, int]:
        """Cheap and selective first: columns and dates, ref, long words, short words, exclusions of text."""
        if term.field in FACET_ATTRS or term.field in DATE_FIELDS or term.field == STATE_FIELD:
            return (0, 0)
        if term.field == "ref":
            return (1, 0)
        return (3 if term.negated else 2, -len(term.folded))

    def _filter_terms(self, rows: list[int], terms: list[Term]) -> list[int]:
        for term in terms:
            rows = self._filter_term(rows, term)
        return rows

    def _filter_term(self, rows: list[int], term: Term) -> list[int]:
        text, neg = term.folded, term.negated
        if term.field in FACET_ATTRS:  # test each distinct value once, then rows by identity
            col = self._columns[term.field]
            ok = {v for v in self._values[term.field] if text in fold_cached(v)}
            return [r for r in rows if col[r] not in ok] if neg else [r for r in rows if col[r] in ok]
        if term.field in DATE_FIELDS:  # test each distinct date once (a missing one never matches)
            first, last = parse_span(text)
            dates = self._dates[term.field]
            in_span = {d: d is not None and first <= d <= last for d in self._distinct_dates[term.field]}
            return [r for r in rows if not in_span[dates[r]]] if neg else [r for r in rows if in_span[dates[r]]]
        if term.field == STATE_FIELD:  # a condition on each date column, each distinct date tested once
            word, _, day = text.partition("@")
            closing, opening = state_spans(word, date.fromisoformat(day))
            fecho, abertura = self._fecho, self._abertura
            ok_f, ok_a = self._in_span("fecho", closing), self._in_span("abertura", opening)
            if neg:
                return [r for r in rows if not (ok_f[fecho[r]] and ok_a[abertura[r]])]
            return [r for r in rows if ok_f[fecho[r]] and ok_a[abertura[r]]]
        if term.field == "ref":
            refs = self._refs
            return [r for r in rows if text not in refs[r]] if neg else [r for r in rows if text in refs[r]]
        needle = text.encode("utf-8", "surrogatepass")
        meta = None if term.field == "texto" else self._meta  # a plain word: the short fields, then the profile
        return self._profile.matching(rows, needle, meta, text, neg)

    def _in_span(self, field: str, span: DateSpan) -> dict[date | None, bool]:
        first, last, missing_ok = span
        return {d: missing_ok if d is None else first <= d <= last for d in self._distinct_dates[field]}

    @staticmethod
    def _filter_extra(rows: list[int], extra: list[tuple[Predicate, Term]]) -> list[int]:
        for pred, term in extra:
            value, neg = term.folded, term.negated
            rows = [r for r in rows if pred(r, value) != neg]
        return rows

    def _apply_facets(self, rows: list[int], facets: FacetFilter) -> list[int]:
        for name, attr in FACET_ATTRS.items():
            selected: frozenset[str] = getattr(facets, attr)
            if selected:
                col = self._columns[name]
                rows = [r for r in rows if col[r] in selected]
            excluded: frozenset[str] = getattr(facets, EXCLUDED_ATTRS[name])
            if excluded:
                col = self._columns[name]
                rows = [r for r in rows if col[r] not in excluded]
        if facets.deadline is not DeadlineFilter.ALL:
            rows = self._deadline_rows(rows, facets)
        if facets.open_on is not None:
            day, abertura, fecho = facets.open_on, self._abertura, self._fecho
            ok_from = {d: is_open_on(d, None, day) for d in self._distinct_dates["abertura"]}  # is_open_on
            ok_to = {d: is_open_on(None, d, day) for d in self._distinct_dates["fecho"]}  # checks each bound
            rows = [r for r in rows if ok_from[abertura[r]] and ok_to[fecho[r]]]
        return rows

    def _deadline_rows(self, rows: list[int], facets: FacetFilter) -> list[int]:
        """The rows passing the deadline filter, each distinct closing date tested once per kind of opening.

        deadline_state reads the opening date only as "after today or not", so the closing dates are
        tested with one opening date of each kind: no (opening, closing) pair is kept per row (at
        100,000 postings most pairs are distinct, and their tuples and set cost 10 MB).
        """
        today, mode, fecho = facets.today, facets.deadline, self._fecho
        closing = self._distinct_dates["fecho"]
        if mode is DeadlineFilter.CLOSING_WITHIN:
            within = {d: (left := days_left(d, today)) is not None and 1 <= left <= facets.within_days
                      for d in closing}
            return [r for r in rows if within[fecho[r]]]
        wanted, abertura = _WANTED_STATES[mode], self._abertura
        later = {d: d is not None and d > today for d in self._distinct_dates["abertura"]}
        sample = {kind: d for d, kind in later.items()}  # an opening date of each kind found
        ok = {kind: {d: deadline_state(d, today, opens=opens) in wanted for d in closing}
              for kind, opens in sample.items()}
        return [r for r in rows if ok[later[abertura[r]]][fecho[r]]]

    # -- facets ---------------------------------------------------------------------------------

    def facet_counts(
        self,
        query: Query | str,
        facets: FacetFilter | None,
        field: str,
        extra_predicates: Mapping[str, Predicate] | None = None,
        today: date | None = None,
    ) -> list[tuple[str, int]]:
        """(value, rows) for one facet among rows matching the query and the other facets.

        The facet's own selection and exclusions are ignored (counts show what picking, or including
        again, would yield) but selected and excluded values stay listed, with 0 when nothing matches;
        empty values are left out. Concelhos follow
        the selected distritos. Sorted by folded value.
        """
        if field not in FACET_ATTRS:
            raise ValueError(f"unknown facet {field!r}; expected one of {sorted(FACET_ATTRS)}")
        day = today or (facets.today if facets is not None else date.today())
        facets = facets or NO_FACETS
        rows = self._search(query, facets.without(field), extra_predicates or {}, day)
        counts = Counter(map(self._columns[field].__getitem__, rows))
        for value in getattr(facets, FACET_ATTRS[field]) | getattr(facets, EXCLUDED_ATTRS[field]):
            counts.setdefault(value, 0)
        counts.pop("", None)
        return sorted(counts.items(), key=lambda item: (fold_cached(item[0]), item[0]))

    # -- sorting --------------------------------------------------------------------------------

    def sort(
        self,
        rows: Sequence[int],
        key: str,
        descending: bool = False,
        collate: Callable[[str], Any] | None = None,
        today: date | None = None,
    ) -> list[int]:
        """Rows (unique valid ids) ordered by a column's value; missing values last either way.

        Text sorts by collate(text) (e.g. a QCollator sort key; keys are cached per collate object, so
        pass the same one each time), by default by folded text then the text itself; dates as dates,
        DAYS_LEFT (from today) and ID as numbers; "extra:<name>" as numbers when every value is one.
        Ties keep ascending row id order.
        """
        column = self._sort_column(str(key), collate, today or date.today())
        order = column.order(descending)
        n = len(self._ids)
        if len(rows) * 4 >= n:  # many rows: filter the precomputed full order
            mask = bytearray(n)
            for r in rows:
                mask[r] = 1
            if mask.count(1) == len(rows):
                return [r for r in order if mask[r]]
        return sorted(sorted(rows), key=column.rank_array(descending).__getitem__)

    def _sort_column(self, key: str, collate: Callable[[str], Any] | None, today: date) -> _SortColumn:
        cache_key = (key, collate, today if key == "days_left" else None)
        column = self._sort_cache.get(cache_key)
        if column is None:
            column = _SortColumn(*self._column_ranks(key, collate, today), self._ids)
            self._sort_cache[cache_key] = column
            while len(self._sort_cache) > self.SORT_CACHE_SIZE:
                self._sort_cache.popitem(last=False)
        self._sort_cache.move_to_end(cache_key)
        return column

    def _column_ranks(
        self, key: str, collate: Callable[[str], Any] | None, today: date
    ) -> tuple[array[int], int]:
        posts = self._postings
        text_key = collate or fold
        if key.startswith(EXTRA_PREFIX):
            name = key[len(EXTRA_PREFIX) :]
            texts = [p.extra.get(name, "") for p in posts]
            numbers = {t: _as_number(t) for t in set(texts) if t}
            if collate is None and None not in numbers.values():
                return _ranks([numbers.get(t) for t in texts], None)
            return _ranks(texts, text_key)
        found = by_key(key)
        if found is None or found.sort not in _CORE_SORTS:
            raise ValueError(f"not a sortable column: {key!r}")
        kind = found.sort
        if key == "ref" and collate is None:
            return _ranks(self._refs, None)  # already folded: codes sort by their characters
        if key in FACET_ATTRS:
            return _ranks(self._columns[key], text_key)
        if key == "data_abertura":
            return _ranks(self._abertura, None)
        if key == "data_fecho":
            return _ranks(self._fecho, None)
        if kind is SortKind.DAYS:
            return _days_ranks(self._fecho, today)
        values = [found.value(p, _NO_CONTEXT) for p in posts]
        if kind is SortKind.CODE and collate is None:
            return _ranks([fold(v) if isinstance(v, str) else v for v in values], None)
        if kind in (SortKind.TEXT, SortKind.CODE):
            return _ranks(values, text_key)
        return _ranks(values, None)  # dates and numbers by value
