"""Versioned schema of the user-data file (bookmarks, status, notes, shortlists, saved searches,
hidden employers) and its merge."""

from __future__ import annotations

import codecs
import contextlib
import enum
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar, get_args, get_origin

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StrictInt, ValidationError

from vagas_desktop.core.posting import Posting, without_surrogates
from vagas_desktop.core.textfold import fold

SCHEMA_VERSION = 2  # 2: saved searches and hidden employers (a version-1 file reads as is)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
TICK = timedelta(microseconds=1)


class Status(enum.StrEnum):
    """Where an application stands; the values are stored, never rename them."""

    INTERESSADO = "interessado"
    CANDIDATURA_ENVIADA = "candidatura_enviada"
    ENTREVISTA = "entrevista"
    OFERTA = "oferta"
    EXCLUIDO = "excluido"
    DESISTI = "desisti"

    @property
    def label(self) -> str:
        """The pt_PT label (plain data; the GUI translates)."""
        return STATUS_LABELS[self]


STATUS_LABELS: dict[Status, str] = {
    Status.INTERESSADO: "Interessado",
    Status.CANDIDATURA_ENVIADA: "Candidatura enviada",
    Status.ENTREVISTA: "Entrevista / Prova",
    Status.OFERTA: "Oferta / Colocado",
    Status.EXCLUIDO: "Excluído",
    Status.DESISTI: "Desisti",
}

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class StatusChange(BaseModel):
    """One status change; status None records that the status was cleared."""

    model_config = _FROZEN

    status: Status | None = None
    at: AwareDatetime


class Snapshot(BaseModel):
    """What the list needs to show a posting that is not in the current folder."""

    model_config = _FROZEN

    title: str = ""
    ref: str = ""
    id: int | None = None
    empregador: str = ""
    concelho: str = ""
    distrito: str = ""
    trabalho: str = ""
    data_abertura: date | None = None
    data_fecho: date | None = None

    @classmethod
    def of(cls, posting: Posting) -> Snapshot:
        """The snapshot of a posting (values already typed by Posting)."""
        values = {name: getattr(posting, name) for name in _SNAPSHOT_FIELDS}
        return cls.model_validate({k: clean_text(v) if isinstance(v, str) else v for k, v in values.items()})

    def to_posting(self) -> Posting:
        """A Posting with the snapshot's fields (no file behind it)."""
        return Posting(**self.model_dump())


_SNAPSHOT_FIELDS = tuple(Snapshot.model_fields)


class Membership(BaseModel):
    """In or out of one shortlist, and when that was last set."""

    model_config = _FROZEN

    member: bool
    at: AwareDatetime


class Entry(BaseModel):
    """The user's data on one posting; each field group carries the time it was last set."""

    model_config = _FROZEN

    bookmarked: bool = False
    bookmarked_at: AwareDatetime | None = None
    status: Status | None = None
    status_at: AwareDatetime | None = None
    history: tuple[StatusChange, ...] = ()
    note: str = ""
    note_at: AwareDatetime | None = None
    memberships: dict[str, Membership] = Field(default_factory=dict)
    snapshot: Snapshot | None = None
    snapshot_at: AwareDatetime | None = None
    updated_at: AwareDatetime = EPOCH

    @property
    def lists(self) -> frozenset[str]:
        """Ids of the shortlists this posting is in (deleted lists included)."""
        return frozenset(list_id for list_id, mark in self.memberships.items() if mark.member)

    def has_data(self, live_lists: Mapping[str, object]) -> bool:
        """False for a tombstone: nothing the user would see."""
        return bool(
            self.bookmarked
            or self.status is not None
            or self.history
            or self.note
            or any(mark.member and list_id in live_lists for list_id, mark in self.memberships.items())
        )


EMPTY_ENTRY = Entry()


class Shortlist(BaseModel):
    """A named list of postings; deleted lists are kept as tombstones for merging."""

    model_config = _FROZEN

    id: str
    name: str
    created_at: AwareDatetime
    updated_at: AwareDatetime
    deleted: bool = False


class SavedSearch(BaseModel):
    """A named search: the search-box text and the facet choice (FacetChoice.to_dict), plus the
    keys of its matches the user has seen. Two stamped groups merge apart: the definition
    (name, query, facets, deleted: updated_at) and what was seen (seen_at)."""

    model_config = _FROZEN

    id: str
    name: str
    query: str = ""
    facets: dict[str, Any] = Field(default_factory=dict)
    created_at: AwareDatetime
    updated_at: AwareDatetime
    deleted: bool = False
    seen: tuple[str, ...] = ()
    seen_at: AwareDatetime | None = None


class HiddenEmployer(BaseModel):
    """An employer the user never wants to see (hidden False: shown again, kept for merging)."""

    model_config = _FROZEN

    name: str
    hidden: bool = True
    at: AwareDatetime


class UserData(BaseModel):
    """The whole user-data file."""

    model_config = ConfigDict(extra="forbid")

    schema_version: StrictInt = SCHEMA_VERSION
    entries: dict[str, Entry] = Field(default_factory=dict)
    lists: dict[str, Shortlist] = Field(default_factory=dict)
    searches: dict[str, SavedSearch] = Field(default_factory=dict)
    hidden_employers: dict[str, HiddenEmployer] = Field(default_factory=dict)


class BadDataError(ValueError):
    """The bytes are not a user-data file this version can read."""


class FutureVersionError(ValueError):
    """The file was written by a newer version (schema_version too high)."""

    def __init__(self, version: int) -> None:
        super().__init__(f"schema_version {version} > {SCHEMA_VERSION}")
        self.version = version


_M = TypeVar("_M", bound=BaseModel)


clean_text = without_surrogates  # what the user types, as the file can hold it


def posting_key(posting: Posting) -> str:
    """Stable key of a posting: its Ref, else its Id, else a hash of what identifies it (Posting.key,
    computed once when the posting is read; see posting.key_of)."""
    return posting.key


def parse_userdata(raw: bytes) -> UserData:
    """Validate a file's bytes; raises BadDataError or FutureVersionError."""
    raw = strip_bom(raw)
    try:
        data = UserData.model_validate_json(raw)
    except ValidationError as exc:
        version = _peek_version(raw)
        if version is not None and version > SCHEMA_VERSION:
            raise FutureVersionError(version) from None
        raise BadDataError(_first_error(exc)) from None
    if "schema_version" not in data.model_fields_set:
        raise BadDataError("schema_version missing")
    if data.schema_version > SCHEMA_VERSION:
        raise FutureVersionError(data.schema_version)
    if data.schema_version < 1:
        raise BadDataError(f"schema_version {data.schema_version} is not valid")
    if any(key != shortlist.id for key, shortlist in data.lists.items()):
        raise BadDataError("a shortlist is filed under another id")
    if any(key != search.id for key, search in data.searches.items()):
        raise BadDataError("a saved search is filed under another id")
    return migrate(data)


def migrate(data: UserData) -> UserData:
    """An older file's data in the current schema. Version 1 lacks only the saved searches and
    hidden employers, which default to none; the next save writes the current version (the
    version-1 file stays behind as the backup)."""
    if data.schema_version < SCHEMA_VERSION:
        data.schema_version = SCHEMA_VERSION
    return data


def strip_bom(raw: bytes) -> bytes:
    """raw without a leading UTF-8 byte order mark (some editors add one on save)."""
    return raw[len(codecs.BOM_UTF8):] if raw.startswith(codecs.BOM_UTF8) else raw


@dataclass(frozen=True)
class NewerData:
    """What this version understands of a newer version's file; partial: entries and lists it
    had to skip or show without a field it could not read."""

    data: UserData
    partial: int


def parse_newer(raw: bytes) -> NewerData | None:
    """Read a newer version's file for display only: fields this version does not know are
    ignored, and an entry or list it cannot understand is skipped; None if not even that works."""
    try:
        obj = json.loads(strip_bom(raw))
    except (ValueError, RecursionError):
        return None
    parts = ("entries", "lists", "searches", "hidden_employers")
    if not isinstance(obj, dict) or any(not isinstance(obj.get(part, {}), dict) for part in parts):
        return None
    entries, partial_entries = _each_known(obj.get("entries"), Entry)
    every_list, partial_lists = _each_known(obj.get("lists"), Shortlist)
    lists = {key: shortlist for key, shortlist in every_list.items() if key == shortlist.id}
    every_search, partial_searches = _each_known(obj.get("searches"), SavedSearch)
    searches = {key: search for key, search in every_search.items() if key == search.id}
    hidden, partial_hidden = _each_known(obj.get("hidden_employers"), HiddenEmployer)
    partial = (partial_entries + partial_lists + len(every_list) - len(lists) + partial_searches
               + len(every_search) - len(searches) + partial_hidden)
    data = UserData.model_construct(schema_version=SCHEMA_VERSION, entries=entries, lists=lists,
                                    searches=searches, hidden_employers=hidden)
    return NewerData(data, partial)


def _each_known(items: Any, model: type[_M]) -> tuple[dict[str, _M], int]:
    """Each value of a JSON object validated as model with unknown fields (at any depth) left
    out and, failing that, without the fields that do not validate; and how many needed that
    or were skipped."""
    if not isinstance(items, dict):
        return {}, 0
    kept: dict[str, _M] = {}
    partial = 0
    for key, value in items.items():
        known = _known_fields(value, model)
        try:
            kept[key] = model.model_validate(known)
            continue
        except ValidationError as exc:
            bad = {error["loc"][0] for error in exc.errors() if error["loc"]}
        partial += 1
        if isinstance(known, dict):
            with contextlib.suppress(ValidationError):  # a required field is unreadable: skip it
                kept[key] = model.model_validate({k: v for k, v in known.items() if k not in bad})
    return kept, partial


def _known_fields(value: Any, model: type[BaseModel]) -> Any:
    """value with only the keys model (and the models inside it) declares."""
    if not isinstance(value, dict):
        return value
    out = {}
    for name, field in model.model_fields.items():
        if name in value:
            out[name] = _prune(value[name], field.annotation)
    return out


def _prune(value: Any, annotation: Any) -> Any:
    """value cut down to what annotation's models declare (through tuples, dicts and unions)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _known_fields(value, annotation)
    args = get_args(annotation)
    if not args:
        return value
    if get_origin(annotation) is dict and isinstance(value, dict):
        return {k: _prune(v, args[1]) for k, v in value.items()}
    if get_origin(annotation) is tuple and isinstance(value, list):
        return [_prune(v, args[0]) for v in value]
    models = [a for a in args if isinstance(a, type) and issubclass(a, BaseModel)]
    return _known_fields(value, models[0]) if len(models) == 1 else value


def _peek_version(raw: bytes) -> int | None:
    """schema_version of a JSON object that failed validation, if it has an integer one."""
    try:
        obj = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    version = obj.get("schema_version") if isinstance(obj, dict) else None
    return version if isinstance(version, int) and not isinstance(version, bool) else None


def _first_error(exc: ValidationError) -> str:
    """A one-line summary of a validation error."""
    first = exc.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


# --- editing -------------------------------------------------------------------------------

# Entry field -> the timestamp of its group.
_STAMPS = {"bookmarked": "bookmarked_at", "status": "status_at", "note": "note_at", "snapshot": "snapshot_at"}


def after(now: datetime, previous: datetime | None) -> datetime:
    """A stamp later than both now and the value it overrides, so the change wins any merge."""
    return now if previous is None or previous < now else previous + TICK


def _set_marks(marks: dict[str, Membership], wanted: Mapping[str, bool], now: datetime) -> dict[str, Membership]:
    """marks with each list's in/out set as wanted (the same object if nothing changes)."""
    out = marks
    for list_id, member in wanted.items():
        mark = marks.get(list_id)
        if (mark.member if mark else False) != member:
            out = dict(out) if out is marks else out
            out[list_id] = Membership(member=member, at=after(now, mark.at if mark else None))
    return out


def edit_entry(
    old: Entry | None,
    now: datetime,
    values: Mapping[str, Any],
    lists: Mapping[str, bool] | None = None,
    snapshot: Snapshot | None = None,
) -> Entry | None:
    """old with values (bookmarked, status, note) and list marks set, each changed group stamped,
    and a fresh snapshot; None if nothing changed. A status change is appended to the history."""
    base = old or EMPTY_ENTRY
    update: dict[str, Any] = {}
    for name, value in values.items():
        if getattr(base, name) != value:
            update[name] = value
            update[_STAMPS[name]] = stamp = after(now, getattr(base, _STAMPS[name]))
            if name == "status":
                update["history"] = (*base.history, StatusChange(status=value, at=stamp))
    marks = _set_marks(base.memberships, lists or {}, now)
    if marks is not base.memberships:
        update["memberships"] = marks
    if old is None and not update:
        return None  # nothing to remember about a posting the user never touched
    if snapshot is not None and snapshot != base.snapshot:
        update["snapshot"], update["snapshot_at"] = snapshot, after(now, base.snapshot_at)
    if not update:
        return None
    stamps = [v for v in update.values() if isinstance(v, datetime)] + [m.at for m in marks.values()]
    update["updated_at"] = max([base.updated_at, *stamps])
    return base.model_copy(update=update)


# --- merging -------------------------------------------------------------------------------
# Last writer wins per field group (bookmark, status, note, snapshot, each list membership) by
# the group's own timestamp; ties break on the value so merge(a, b) == merge(b, a). Status
# histories are a union keyed by (status, at). The result never depends on argument order.


def _wins(a_at: datetime | None, a_rank: Any, b_at: datetime | None, b_rank: Any) -> bool:
    """True if side a's value of a group is kept: newer, or on a tie the greater value."""
    a_time, b_time = a_at or EPOCH, b_at or EPOCH
    if a_time != b_time:
        return a_time > b_time
    return bool(a_rank >= b_rank)


def _status_rank(status: Status | None) -> str:
    return status.value if status is not None else ""


def _snapshot_rank(snapshot: Snapshot | None) -> str:
    return snapshot.model_dump_json() if snapshot is not None else ""


def merge_history(a: tuple[StatusChange, ...], b: tuple[StatusChange, ...]) -> tuple[StatusChange, ...]:
    """Union of two histories by (status, at), oldest first."""
    if a == b:
        return a
    seen = {(c.status, c.at): c for c in a}
    for change in b:
        seen.setdefault((change.status, change.at), change)
    return tuple(sorted(seen.values(), key=lambda c: (c.at, _status_rank(c.status))))


def merge_memberships(a: dict[str, Membership], b: dict[str, Membership]) -> dict[str, Membership]:
    """Per shortlist, the newer in/out mark wins; on a tie, being in wins."""
    if a == b:
        return a
    out = dict(a)
    for list_id, mark in b.items():
        mine = out.get(list_id)
        if mine is None or not _wins(mine.at, mine.member, mark.at, mark.member):
            out[list_id] = mark
    return out


def merge_entry(a: Entry, b: Entry) -> Entry:
    """Merge two copies of one entry; returns a itself when b adds nothing."""
    if a == b:
        return a
    bm = a if _wins(a.bookmarked_at, a.bookmarked, b.bookmarked_at, b.bookmarked) else b
    st = a if _wins(a.status_at, _status_rank(a.status), b.status_at, _status_rank(b.status)) else b
    nt = a if _wins(a.note_at, a.note, b.note_at, b.note) else b
    sn = a if _wins(a.snapshot_at, _snapshot_rank(a.snapshot), b.snapshot_at, _snapshot_rank(b.snapshot)) else b
    merged = Entry.model_construct(
        bookmarked=bm.bookmarked,
        bookmarked_at=bm.bookmarked_at,
        status=st.status,
        status_at=st.status_at,
        history=merge_history(a.history, b.history),
        note=nt.note,
        note_at=nt.note_at,
        memberships=merge_memberships(a.memberships, b.memberships),
        snapshot=sn.snapshot,
        snapshot_at=sn.snapshot_at,
        updated_at=max(a.updated_at, b.updated_at),
    )
    return a if merged == a else merged


def _merge_maps(ours: dict[str, Any], theirs: Mapping[str, Any], merge: Callable[[Any, Any], Any]) -> bool:
    """Merge theirs into ours in place; True if ours changed."""
    changed = False
    for key, value in theirs.items():
        mine = ours.get(key)
        new = value if mine is None else merge(mine, value)
        if new is not mine:
            ours[key] = new
            changed = True
    return changed


def merge_entries(ours: dict[str, Entry], theirs: Mapping[str, Entry]) -> bool:
    """Merge their entries into ours in place; True if ours changed."""
    return _merge_maps(ours, theirs, merge_entry)


def merge_shortlist(a: Shortlist, b: Shortlist) -> Shortlist:
    """The newer copy of a shortlist wins (so a deletion holds only if newer); a tie keeps it alive."""
    if a == b:
        return a
    a_rank = (not a.deleted, a.name, a.created_at)
    b_rank = (not b.deleted, b.name, b.created_at)
    return a if _wins(a.updated_at, a_rank, b.updated_at, b_rank) else b


def merge_shortlists(ours: dict[str, Shortlist], theirs: Mapping[str, Shortlist]) -> bool:
    """Merge their shortlists into ours in place; True if ours changed."""
    return _merge_maps(ours, theirs, merge_shortlist)


def name_key(name: str) -> str:
    """How shortlist names are compared: stripped, case- and accent-insensitive."""
    return fold(" ".join(name.split()))


_Named = TypeVar("_Named", "Shortlist", "SavedSearch")


def disambiguate_names(items: dict[str, _Named], now: datetime) -> bool:
    """Rename live lists (or saved searches) whose names clash after a merge ("X" -> "X (2)"); the
    oldest keeps its name."""
    taken: set[str] = set()
    changed = False
    for item in sorted((s for s in items.values() if not s.deleted), key=lambda s: (s.created_at, s.id)):
        name, n = item.name, 1
        while name_key(name) in taken:
            n += 1
            name = f"{item.name} ({n})"
        taken.add(name_key(name))
        if name != item.name:
            stamp = max(now, item.updated_at + TICK)
            items[item.id] = item.model_copy(update={"name": name, "updated_at": stamp})
            changed = True
    return changed


# --- saved searches and hidden employers ------------------------------------------------------


def merge_search(a: SavedSearch, b: SavedSearch) -> SavedSearch:
    """The newer definition wins (a deletion holds only if newer); apart from it, the newer seen set."""
    if a == b:
        return a
    a_rank = (not a.deleted, a.name, a.query, json.dumps(a.facets, sort_keys=True))
    b_rank = (not b.deleted, b.name, b.query, json.dumps(b.facets, sort_keys=True))
    base = a if _wins(a.updated_at, a_rank, b.updated_at, b_rank) else b
    seen = a if _wins(a.seen_at, a.seen, b.seen_at, b.seen) else b
    merged = base.model_copy(update={"seen": seen.seen, "seen_at": seen.seen_at})
    return a if merged == a else b if merged == b else merged


def merge_searches(ours: dict[str, SavedSearch], theirs: Mapping[str, SavedSearch]) -> bool:
    """Merge their saved searches into ours in place; True if ours changed."""
    return _merge_maps(ours, theirs, merge_search)


def merge_hidden_employer(a: HiddenEmployer, b: HiddenEmployer) -> HiddenEmployer:
    """The newer hide/show wins; on a tie, hidden."""
    return a if _wins(a.at, (a.hidden, a.name), b.at, (b.hidden, b.name)) else b


def merge_hidden_employers(ours: dict[str, HiddenEmployer], theirs: Mapping[str, HiddenEmployer]) -> bool:
    """Merge their hidden employers into ours in place; True if ours changed."""
    return _merge_maps(ours, theirs, merge_hidden_employer)
