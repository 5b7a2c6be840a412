"""Library: the one owner of an open folder — its postings, their keys, the search index, counts and texts.

The window, the CLI and export all ask a Library; none of them assembles this state itself. A Library
is built off the GUI thread (scan result + the user's tracked postings) and replaced whole when the
folder is reopened; only the "new since the last visit" set changes in place.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from .columns import extra_column_names
from .posting import Posting
from .posting_history import Change, PostingChanges
from .query import Query
from .search import FacetFilter, Predicate, SearchIndex
from .shortlists import UserStore
from .texts import ProfileText, read_profile
from .user_filters import asks_for_tracked, ghost_postings, user_predicates
from .userdata_schema import Snapshot


class Library:
    """An open folder's postings (its own first, then stand-ins for tracked postings missing from it)."""

    def __init__(self, folder: str, postings: Sequence[Posting], keys: Sequence[str], ghost_from: int,
                 index: SearchIndex | None = None, extra_keys: Sequence[str] | None = None) -> None:
        self.folder = folder
        self.postings: list[Posting] = postings if isinstance(postings, list) else list(postings)
        self.keys: Sequence[str] = keys  # posting i's user-data key, computed once
        self.ghost_from = ghost_from  # postings from here on are not in the folder
        self.index = index if index is not None else SearchIndex(postings)
        self.extra_keys: list[str] = list(extra_keys) if extra_keys is not None else extra_column_names(postings)
        self.new_keys: frozenset[str] = frozenset()  # new since the folder was last opened (is:nova)
        self.closed_keys: frozenset[str] = frozenset()  # closed since the folder was last opened (is:fechou)
        self.changes = PostingChanges()  # what changed in each posting across opens (is:alterada)
        self.superseded: dict[str, list[str]] = {}  # Ref -> older files of the same offer, newest first
        self._row_of_key: dict[str, int] | None = None

    @classmethod
    def build(cls, folder: str, postings: list[Posting], tracked: Mapping[str, Snapshot]) -> Library:
        """The folder's postings plus stand-ins for the tracked ones (key -> snapshot) it lacks."""
        present = {p.key for p in postings}
        everything = postings + ghost_postings({k: s for k, s in tracked.items() if k not in present})
        return cls(folder, everything, [p.key for p in everything], len(postings))

    @classmethod
    def empty(cls) -> Library:
        return cls("", [], [], 0)

    def __len__(self) -> int:
        return len(self.postings)

    # -- keys ------------------------------------------------------------------------------------
    def key_at(self, index: int) -> str:
        return self.keys[index]

    def folder_keys(self) -> Sequence[str]:
        """Keys of the folder's own postings (stand-ins left out)."""
        return self.keys[: self.ghost_from]

    def is_ghost(self, index: int) -> bool:
        return index >= self.ghost_from

    def index_of(self, key: str) -> int:
        """The posting with this key, or -1."""
        if self._row_of_key is None:
            self._row_of_key = {k: i for i, k in enumerate(self.keys)}
        return self._row_of_key.get(key, -1)

    def postings_of(self, keys: Sequence[str]) -> list[Posting]:
        """The postings with these keys, in that order (keys not here are left out)."""
        found = (self.index_of(k) for k in keys)
        return [self.postings[i] for i in found if i >= 0]

    # -- search, counts, sort ----------------------------------------------------------------------
    def predicates(self, store: UserStore | None) -> dict[str, Predicate] | None:
        """The is:/status:/list: qualifiers over the user's data, for these postings."""
        if store is None:
            return None
        return user_predicates(store, self.keys, self.ghost_from, self.new_keys, self.closed_keys,
                               self.changes.history)

    def search(self, query: Query, facets: FacetFilter | None = None, store: UserStore | None = None,
               today: date | None = None) -> list[int]:
        """Matching posting indices, ascending; stand-ins only when the query asks for tracked postings.

        today: the day relative dates (fecho<=7d) and estado: count from (default facets.today, else today).
        """
        rows = self.index.search(query, facets, self.predicates(store), today)
        if not asks_for_tracked(query):
            rows = rows[: bisect_left(rows, self.ghost_from)]
        return rows

    def facet_counts(self, query: Query, facets: FacetFilter | None, field: str,
                     store: UserStore | None = None, today: date | None = None) -> list[tuple[str, int]]:
        return self.index.facet_counts(query, facets, field, self.predicates(store), today)

    def column(self, name: str) -> Sequence[Any]:
        """One field's value per posting (a facet field, "data_abertura", "data_fecho"): what counts read."""
        return self.index.column(name)

    def sort(self, rows: Sequence[int], key: str, descending: bool = False, collate: Any = None,
             today: date | None = None) -> list[int]:
        return self.index.sort(rows, key, descending, collate=collate, today=today)

    # -- history -------------------------------------------------------------------------------
    def changes_of(self, posting: Posting) -> tuple[Change, ...]:
        """What changed in this posting across opens of the folder, oldest first."""
        return self.changes.of(posting.key)

    def older_versions(self, posting: Posting) -> list[str]:
        """Files holding older versions of this posting (same Ref), newest first."""
        return self.superseded.get(posting.ref, []) if posting.ref else []

    # -- texts -----------------------------------------------------------------------------------
    def profile(self, posting: Posting) -> ProfileText:
        """The posting's profile text, read back from its file when not kept, saying if the file changed or went."""
        return read_profile(posting)
