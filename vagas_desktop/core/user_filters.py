"""Search qualifiers over the user's data (is:, status:, list:), shared by the search box and the CLI."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from .posting import Posting
from .posting_history import Change, ChangeKind
from .query import Query, Term
from .search import Predicate
from .shortlists import UserStore
from .textfold import fold
from .userdata_schema import Snapshot, Status

USER_QUALIFIERS = ("is", "status", "list")
SCOPE_BOOKMARKED = "bookmarked"
SCOPE_NEW = "new"
SCOPE_CLOSED = "justclosed"  # closed since the last visit
LIST_ID_PREFIX = "\x00id:"  # a list chosen by id (the shortlist panel) rather than by name
IS_BOOKMARKED = frozenset({"bookmarked", "marcada", "marcadas", "favorita", "favoritas", "starred"})
IS_MISSING = frozenset({"missing", "ausente", "ausentes"})
IS_NOTED = frozenset({"noted", "nota", "notas", "anotada"})
IS_NEW = frozenset({"new", "nova", "novas"})
IS_CLOSED_SINCE = frozenset({"justclosed", "fechou", "fecharam"})
IS_TRACKED = frozenset({"tracked", "acompanhada", "acompanhadas"})  # bookmarked or with a status
IS_CHANGED = frozenset({"changed", "alterada", "alteradas"})
IS_EXTENDED = frozenset({"extended", "prorrogada", "prorrogadas"})
IS_REPUBLISHED = frozenset({"republished", "republicada", "republicadas"})
_STATUS_TEXT = {s: fold(f"{s.value} {s.label}").replace("_", " ") for s in Status}


def user_predicates(store: UserStore, keys: Sequence[str], ghost_from: int,
                    new_keys: frozenset[str] = frozenset(), closed_keys: frozenset[str] = frozenset(),
                    history: Mapping[str, tuple[Change, ...]] | None = None) -> dict[str, Predicate]:
    """Predicates (row, folded value) -> bool for SearchIndex.search; keys[row] is the posting's key.

    Rows from ghost_from on are stand-ins for tracked postings missing from the folder; new_keys are
    the postings new since the folder was last opened (is:nova), closed_keys those closed since
    (is:fechou); history what changed in each posting across opens (is:alterada, core.posting_history).
    """
    changes = history if history is not None else {}

    def is_(row: int, value: str) -> bool:
        if value in IS_MISSING:
            return row >= ghost_from
        if value in IS_NOTED:
            return bool(store.note(keys[row]))
        if value in IS_NEW:
            return keys[row] in new_keys
        if value in IS_CLOSED_SINCE:
            return keys[row] in closed_keys
        if value in IS_CHANGED:
            return keys[row] in changes
        if value in IS_EXTENDED:
            return any(c.kind is ChangeKind.EXTENDED for c in changes.get(keys[row], ()))
        if value in IS_REPUBLISHED:
            return any(c.kind is ChangeKind.REPUBLISHED for c in changes.get(keys[row], ()))
        if value in IS_TRACKED:
            return store.is_bookmarked(keys[row]) or store.status(keys[row]) is not None
        return value in IS_BOOKMARKED and store.is_bookmarked(keys[row])

    def status(row: int, value: str) -> bool:
        current = store.status(keys[row])
        return current is not None and value.replace("_", " ") in _STATUS_TEXT[current]

    def list_(row: int, value: str) -> bool:
        lists = store.lists_of(keys[row])
        if value.startswith(LIST_ID_PREFIX):
            return value[len(LIST_ID_PREFIX):] in lists
        names = [fold(s.name) for s in store.shortlists() if s.id in lists]
        return any(value == name or value in name for name in names)

    return {"is": is_, "status": status, "list": list_}


def tracked_snapshots(store: UserStore) -> dict[str, Snapshot]:
    """Snapshots of every posting the user tracks (bookmark, status, note or list)."""
    found: dict[str, Snapshot] = {}
    for key, entry in store.entries().items():
        tracked = entry.bookmarked or entry.status is not None or bool(entry.note) or bool(store.lists_of(key))
        if tracked and entry.snapshot is not None:
            found[key] = entry.snapshot
    return found


def ghost_postings(snapshots: dict[str, Snapshot]) -> list[Posting]:
    """Stand-ins, built from stored snapshots, for tracked postings missing from the open folder."""
    return [snapshot.to_posting() for snapshot in snapshots.values()]


def scoped_query(query: Query, scope: str | None) -> Query:
    """The query plus one more term for a scope: SCOPE_BOOKMARKED, SCOPE_NEW, SCOPE_CLOSED or a list id."""
    if scope is None:
        return query
    if scope in (SCOPE_BOOKMARKED, SCOPE_NEW, SCOPE_CLOSED):
        term = Term(text=f"is:{scope}", folded=scope, field="is")
    else:
        term = Term(text="list", folded=LIST_ID_PREFIX + scope, field="list")
    return dataclasses.replace(query, terms=(*query.terms, term))


def asks_for_tracked(query: Query) -> bool:
    """Stand-ins for missing postings appear only when the query asks for tracked postings."""
    return any(t.field in USER_QUALIFIERS and not t.negated for t in query.terms)
