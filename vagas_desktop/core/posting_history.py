"""What changed in each posting between opens of a folder: moved deadlines, new titles, profiles, republications.

Per folder, one file beside core.folder_history's (in the user cache folder, never in the postings
folder) remembers each posting's fingerprint — the fields that matter to someone who applied — and
the changes seen so far. Each complete load compares the folder with it and writes it again.

Republication: a posting gone since the last load and one new in this load, with the same Empregador,
Trabalho, Concelho, Distrito and profile (non-empty), are one offer published again. Matching is
one-to-one: when several gone or several new postings share those fields, none of them is matched
(a guess could tell someone the wrong offer was republished).

The file: MAGIC, format, CRC-32 and length of the rest, then zlib(marshal(...)). A file that fails
any check is logged and replaced: the history starts again from this load, never served wrong.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import marshal
import os
import struct
import zlib
from array import array
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from .atomic import atomic_write
from .messages import Note
from .posting import Posting

log = logging.getLogger(__name__)

FORMAT = 1
MAGIC = b"VAGASHST"
_HEADER = struct.Struct("<8sHIQ")  # magic, format, CRC-32 of the payload, payload length
MAX_CHANGES = 30  # per posting: the oldest are dropped first


class ChangeKind(enum.StrEnum):
    """What changed; old and new are ISO dates for the date kinds, texts for the others."""

    EXTENDED = "extended"  # DataFecho moved later
    SHORTENED = "shortened"  # DataFecho moved earlier
    DEADLINE = "deadline"  # DataFecho set or removed
    OPENING = "opening"  # DataAbertura changed
    TITLE = "title"
    TRABALHO = "trabalho"
    EMPREGADOR = "empregador"
    PLACE = "place"  # Concelho / Distrito
    PROFILE = "profile"  # the profile text (old and new are "")
    REPUBLISHED = "republished"  # old: the earlier Ref (or key), new: this one's


DATE_KINDS = frozenset({ChangeKind.EXTENDED, ChangeKind.SHORTENED, ChangeKind.DEADLINE, ChangeKind.OPENING})
DEADLINE_KINDS = frozenset({ChangeKind.EXTENDED, ChangeKind.SHORTENED, ChangeKind.DEADLINE})


@dataclass(frozen=True, slots=True)
class Change:
    """One change to a posting, seen on a day."""

    kind: ChangeKind
    old: str
    new: str
    seen: date


History = Mapping[str, tuple[Change, ...]]  # posting key -> its changes, oldest first


@dataclass(frozen=True)
class PostingChanges:
    """The changes remembered for the folder's postings, and those found by this load."""

    history: History = field(default_factory=dict)
    changed_now: frozenset[str] = frozenset()  # keys that gained a change in this load
    republished: Mapping[str, str] = field(default_factory=dict)  # new key -> the gone key it republishes
    day: date | None = None  # the day of this load (its changes are seen on it)

    def of(self, key: str) -> tuple[Change, ...]:
        return self.history.get(key, ())

    def found_now(self, key: str) -> tuple[Change, ...]:
        """The changes this load found in the posting."""
        if key not in self.changed_now:
            return ()
        return tuple(c for c in self.of(key) if c.seen == self.day)


class Fingerprint(NamedTuple):
    """What is remembered of a posting between loads (dates as ordinals, 0: none)."""

    opens: int
    closes: int
    title: str
    trabalho: str
    empregador: str
    concelho: str
    distrito: str
    profile: int  # profile_hash (0: no profile)
    mtime: float  # the file's, when read: an unchanged file is not fingerprinted again


_FIELD_TYPES = (int, int, str, str, str, str, str, int, float)  # Fingerprint's, checked when read back
_MTIME = Fingerprint._fields.index("mtime")


class _Remembered:
    """The fingerprints of the last load, kept column by column as the file holds them, and the changes.

    Columns, not a tuple per posting: building 100,000 tuples at each load cost 0.2 s.
    """

    def __init__(self, keys: tuple[str, ...], columns: list[tuple[Any, ...]],
                 changes: dict[str, tuple[Change, ...]]) -> None:
        self.keys, self.columns, self.changes = keys, columns, changes
        self.index = dict(zip(keys, range(len(keys)), strict=True))

    def row(self, i: int) -> Fingerprint:
        return Fingerprint._make(column[i] for column in self.columns)


class _Current:
    """This load's postings: those whose file is unchanged (their remembered row) and the others."""

    def __init__(self, postings: Sequence[Posting], before: _Remembered | None) -> None:
        self.kept: dict[str, int] = {}  # key -> its row in before
        self.fresh: dict[str, Fingerprint] = {}
        index = before.index if before is not None else {}
        mtimes = before.columns[_MTIME] if before is not None else ()
        for posting in postings:
            key = posting.key
            i = index.get(key)
            if i is not None and posting.mtime and mtimes[i] == posting.mtime:
                self.kept[key] = i
            else:
                self.fresh[key] = fingerprint(posting)

    def __contains__(self, key: str) -> bool:
        return key in self.kept or key in self.fresh

    def columns(self, before: _Remembered | None) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
        """Keys and columns to write: the kept rows gathered from before's columns, then the fresh ones."""
        rows = list(self.kept.values())
        fresh = list(zip(*self.fresh.values(), strict=True)) or [()] * len(_FIELD_TYPES)
        old = before.columns if before is not None else [()] * len(_FIELD_TYPES)
        columns = [(*map(column.__getitem__, rows), *new) for column, new in zip(old, fresh, strict=True)]
        return (*self.kept, *self.fresh), columns


def changes_path(cache_dir: Path, folder: str) -> Path:
    """Beside core.folder_history's file for the same folder."""
    digest = hashlib.sha1(os.path.abspath(folder).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return cache_dir / "history" / f"{digest}.changes"


def profile_hash(posting: Posting) -> int:
    """A CRC-32 of the folded profile (its search pieces: no file is read); 0 when there is none.

    Folded: a change of case or accents alone is not a new profile.
    """
    pieces = posting.pieces
    return zlib.crc32(b"".join(pieces)) or 1 if pieces else 0


def fingerprint(posting: Posting) -> Fingerprint:
    return Fingerprint(posting.data_abertura.toordinal() if posting.data_abertura else 0,
                       posting.data_fecho.toordinal() if posting.data_fecho else 0,
                       posting.title, posting.trabalho, posting.empregador, posting.concelho, posting.distrito,
                       profile_hash(posting), float(posting.mtime))


def update_history(cache_dir: Path, folder: str, postings: Sequence[Posting], today: date,
                   record: bool = True, complete: bool | None = None) -> PostingChanges:
    """Compare postings with the folder's remembered fingerprints; with record (a complete load), remember it.

    complete (default: record) says the load read the whole folder, so a posting missing from it
    is gone: republications are matched. A read-only caller (the CLI) passes record=False and
    complete=True for a whole scan, and sees what the window would see without writing anything.

    A posting whose file kept its mtime is taken as unchanged (not fingerprinted again: hashing every
    profile cost 0.2-0.6 s at 100,000); a rewrite that keeps the mtime to the nanosecond goes unseen
    until the file changes again, as in the scan cache. A first load (or a damaged file) finds no
    change. Never raises for a bad or unwritable file; nothing is written when nothing changed.
    """
    path = changes_path(cache_dir, folder)
    before = _read(path)
    current = _Current(postings, before)
    # An incomplete load (cancelled, a subfolder unreadable) lacks postings that are not gone: no republication.
    whole = record if complete is None else complete
    found = _compare(before, current, today, whole) if before is not None else PostingChanges()
    unchanged = before is not None and not current.fresh and len(current.kept) == len(before.keys)
    if record and not unchanged:
        keys, columns = current.columns(before)
        _write(path, keys, columns, found.history)
    return found


def _compare(before: _Remembered, current: _Current, today: date, complete: bool) -> PostingChanges:
    remembered = before.changes
    history = {key: remembered[key] for key in current.kept if key in remembered}
    changed_now: set[str] = set()
    for key, now in current.fresh.items():
        i = before.index.get(key)
        kept = remembered.get(key, ())
        fresh = diff(before.row(i), now, today) if i is not None else []
        if fresh:
            kept = (*kept, *fresh)[-MAX_CHANGES:]
            changed_now.add(key)
        if kept:
            history[key] = kept
    republished = match_republications(before, current) if complete else {}
    for new_key, old_key in republished.items():
        earlier = remembered.get(old_key, ())
        mark = Change(ChangeKind.REPUBLISHED, _ref_of(old_key), _ref_of(new_key), today)
        history[new_key] = (*earlier, *history.get(new_key, ()), mark)[-MAX_CHANGES:]
        changed_now.add(new_key)
    return PostingChanges(history, frozenset(changed_now), republished, today)


def diff(old: Fingerprint, new: Fingerprint, today: date) -> list[Change]:
    """The changes from one fingerprint to the next, in a fixed order (deadline first)."""
    found: list[Change] = []
    if old.closes != new.closes:
        kind = (ChangeKind.DEADLINE if not (old.closes and new.closes)
                else ChangeKind.EXTENDED if new.closes > old.closes else ChangeKind.SHORTENED)
        found.append(Change(kind, _iso(old.closes), _iso(new.closes), today))
    if old.opens != new.opens:
        found.append(Change(ChangeKind.OPENING, _iso(old.opens), _iso(new.opens), today))
    for kind, was, now in ((ChangeKind.TITLE, old.title, new.title),
                           (ChangeKind.TRABALHO, old.trabalho, new.trabalho),
                           (ChangeKind.EMPREGADOR, old.empregador, new.empregador)):
        if was != now:
            found.append(Change(kind, was, now, today))
    if (old.concelho, old.distrito) != (new.concelho, new.distrito):
        found.append(Change(ChangeKind.PLACE, _place(old), _place(new), today))
    if old.profile != new.profile:
        found.append(Change(ChangeKind.PROFILE, "", "", today))
    return found


def match_republications(before: _Remembered, current: _Current) -> dict[str, str]:
    """New key -> gone key, for the pairs alone in sharing Empregador, Trabalho, place and profile."""
    appeared: dict[tuple[Any, ...], list[str]] = {}
    for key, fp in current.fresh.items():  # a new posting's file is never "kept"
        if key not in before.index and _matchable(fp):
            appeared.setdefault(_offer(fp), []).append(key)
    if not appeared:
        return {}
    gone: dict[tuple[Any, ...], list[str]] = {}
    for key, i in before.index.items():
        if key not in current:
            offer = _offer(before.row(i))
            if offer in appeared:
                gone.setdefault(offer, []).append(key)
    return {new[0]: gone[offer][0] for offer, new in appeared.items()
            if len(new) == 1 and len(gone.get(offer, ())) == 1}


def _ref_of(key: str) -> str:
    """A posting's Ref as its key holds it (core.posting.key_of); the key itself when it has none."""
    return key[4:] if key.startswith("ref:") else key


def _offer(fp: Fingerprint) -> tuple[Any, ...]:
    return fp.empregador, fp.trabalho, fp.concelho, fp.distrito, fp.profile


def _matchable(fp: Fingerprint) -> bool:
    return bool(fp.profile and fp.empregador)  # an empty profile or employer says too little


def _iso(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat() if ordinal else ""


def _place(fp: Fingerprint) -> str:
    return " / ".join(part for part in (fp.concelho, fp.distrito) if part)


def change_note(change: Change, format_date: Callable[[date], str]) -> Note:
    """A change as a core.messages code and arguments, dates in the reader's format ("—": none)."""
    code = f"change-{change.kind.value}"
    if change.kind in DATE_KINDS:
        return code, tuple(format_date(date.fromisoformat(v)) if v else "—" for v in (change.old, change.new))
    if change.kind is ChangeKind.PROFILE:
        return code, ()
    if change.kind is ChangeKind.REPUBLISHED:
        return code, (change.old,)
    return code, (change.old or "—", change.new or "—")


# -- the file -------------------------------------------------------------------------------------
def _write(path: Path, keys: tuple[str, ...], columns: list[tuple[Any, ...]], history: History) -> None:
    """Keys, then the fingerprints column by column; text columns as a table of distinct values and
    an index per posting (BEP repeats its employers and places)."""
    packed = [_pack_column(c) if wanted is str else c for c, wanted in zip(columns, _FIELD_TYPES, strict=True)]
    changes = {key: tuple((c.kind.value, c.old, c.new, c.seen.toordinal()) for c in items)
               for key, items in history.items()}
    payload = zlib.compress(marshal.dumps((keys, packed, changes)), 1)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, _HEADER.pack(MAGIC, FORMAT, zlib.crc32(payload), len(payload)) + payload)
    except OSError as exc:  # a cache: the next load compares with the last good file
        log.warning("posting history %s not written: %s", path, exc)


def _pack_column(column: tuple[str, ...]) -> tuple[tuple[str, ...], bytes]:
    distinct = {value: i for i, value in enumerate(dict.fromkeys(column))}
    return tuple(distinct), array("I", map(distinct.__getitem__, column)).tobytes()


def _unpack_column(packed: Any, count: int) -> tuple[str, ...]:
    distinct, raw = packed
    if type(distinct) is not tuple or type(raw) is not bytes or not set(map(type, distinct)) <= {str}:
        raise ValueError("a text column of the wrong shape")
    indexes = array("I")
    indexes.frombytes(raw)  # raises unless whole items
    if len(indexes) != count:
        raise ValueError("a text column of the wrong length")
    return tuple(map(distinct.__getitem__, indexes))  # an index out of range raises IndexError


def _read(path: Path) -> _Remembered | None:
    """The remembered fingerprints and changes; None when missing, or damaged (logged, started afresh)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("posting history %s not read, started afresh: %s", path, exc)
        return None
    try:
        magic, fmt, crc, length = _HEADER.unpack_from(data)
        payload = data[_HEADER.size:]
        if magic != MAGIC or fmt != FORMAT or len(payload) != length or zlib.crc32(payload) != crc:
            raise ValueError("wrong header or checksum")
        keys, packed, changes = marshal.loads(zlib.decompress(payload))
        if type(keys) is not tuple or type(packed) is not list or len(packed) != len(_FIELD_TYPES) \
                or type(changes) is not dict:
            raise ValueError("the wrong shape")
        columns = []
        for column, wanted in zip(packed, _FIELD_TYPES, strict=True):
            if wanted is str:
                column = _unpack_column(column, len(keys))
            elif type(column) is not tuple or len(column) != len(keys) or not set(map(type, column)) <= {wanted}:
                raise ValueError("a column of the wrong shape")
            columns.append(column)
        remembered = {k: tuple(_checked_change(c) for c in items) for k, items in changes.items()}
        if not set(map(type, (*keys, *remembered))) <= {str}:
            raise ValueError("a key that is not text")
        stored = _Remembered(keys, columns, remembered)
        if len(stored.index) != len(keys):
            raise ValueError("a key twice")
        return stored
    except (ValueError, TypeError, EOFError, KeyError, IndexError, struct.error, zlib.error) as exc:
        log.warning("posting history %s damaged, started afresh: %s", path, exc)
        return None


def _checked_change(item: Any) -> Change:
    kind, old, new, seen = item
    if type(old) is not str or type(new) is not str or type(seen) is not int:
        raise ValueError("a change of the wrong shape")
    return Change(ChangeKind(kind), old, new, date.fromordinal(seen))
