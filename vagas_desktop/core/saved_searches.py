"""Saved searches on an open folder: their matches and what is new since last seen.

One code path for the Lists panel's counts, the `searches` CLI and `export --search`: the same
query parser, facet filter, user qualifiers and employer blocklist as the search box.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .facets import FacetChoice
from .library import Library
from .query import Query, Term, parse_query
from .shortlists import SavedSearch, UserStore
from .textfold import fold
from .user_filters import USER_QUALIFIERS


@dataclass(frozen=True)
class SearchCounts:
    """A saved search on a folder: how many postings match, how many of those are new."""

    search_id: str
    name: str
    matches: int
    new: int


def saved_query(search: SavedSearch) -> Query:
    """The saved search's text parsed as the search box parses it (hints included)."""
    return parse_query(search.query, USER_QUALIFIERS)


def saved_choice(search: SavedSearch) -> FacetChoice:
    """The saved facet and deadline choice (exclusions too, once FacetChoice carries them)."""
    return FacetChoice.from_dict(search.facets)


def hiding_query(query: Query, hidden_employers: Iterable[str]) -> Query:
    """query with one `-empregador:"NAME"` term per hidden employer: the blocklist rides on the
    search index like a typed exclusion, so results, facet counts and caches all follow it."""
    extra = tuple(Term(text=name, folded=fold(name), field="empregador", negated=True, phrase=True)
                  for name in hidden_employers if fold(name))
    return dataclasses.replace(query, terms=(*query.terms, *extra)) if extra else query


def match_rows(library: Library, search: SavedSearch, store: UserStore, today: date) -> list[int]:
    """Rows of library matching the saved search today (hidden employers left out), ascending."""
    query = hiding_query(saved_query(search), store.hidden_employers())
    return library.search(query, saved_choice(search).on(today), store, today)


def match_keys(library: Library, search: SavedSearch, store: UserStore, today: date) -> list[str]:
    """Keys of the postings matching the saved search (what "mark as seen" remembers)."""
    keys = library.keys
    return [keys[row] for row in match_rows(library, search, store, today)]


def new_count(keys: Sequence[str], search: SavedSearch) -> int:
    """Matches not among those seen the last time the user looked at this search."""
    seen = frozenset(search.seen)
    return sum(1 for key in keys if key not in seen)


def count_all(library: Library, store: UserStore, today: date) -> list[SearchCounts]:
    """Matches and new matches of every saved search, in the panel's order (by name)."""
    out = []
    for search in store.saved_searches():
        keys = match_keys(library, search, store, today)
        out.append(SearchCounts(search.id, search.name, len(keys), new_count(keys, search)))
    return out


def hidden_posting_count(library: Library, hidden_employers: Iterable[str]) -> int:
    """Postings of the folder an employer blocklist hides (the same substring rule as the terms)."""
    needles = [fold(name) for name in hidden_employers if fold(name)]
    if not needles:
        return 0
    per_employer = Counter(p.empregador for p in library.postings[: library.ghost_from])
    return sum(n for employer, n in per_employer.items() if any(s in fold(employer) for s in needles))
