"""What changed in each posting between opens of a folder: moved deadlines, new titles, profiles, republications.

Per folder, one file beside core.folder_history's (in the user cache folder, never in the postings
folder) remembers each posting's fingerprint — the fields that matter to someone who applied — and
the changes seen so far. Each complete load compares the folder with it and writes it again.

Republication: a posting gone since the last load and one new in this load, with the same Empregador,
Trabalho, Concelho, Distrito and profile (non-empty), are one offer published again. Matching is
one-to-one: when several gone or several new postings share those fields, none of them is matched
(a guess could tell someone the wrong offer was republished).

The file: MAGIC, format, CRC-32 and length of the rest, then zlib(marshal(...)): the fingerprints as
core.fingerprints packs them (format 1 held a tuple of objects per column: read once, then rewritten),
then the changes. A file that fails any check is logged and replaced: the history starts again from
this load, never served wrong.
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
from typing import Any

from .atomic import atomic_write
from .fingerprints import NUMBERS, TEXTS, Fingerprint, FingerprintTable, TextColumn
from .messages import Note
from .posting import Posting

log = logging.getLogger(__name__)

FORMAT = 2
MAGIC = b"VAGASHST"
_HEADER = struct.Struct("<8sHIQ")  # magic, format, CRC-32 of the payload, payload length
_SIZE = struct.Struct("<Q")  # format 2's payload starts with the size of the data it compresses...
_MAX_RATIO = 1100  # ...which zlib cannot exceed by more than this (about 1032: 1)
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


class _Current:
    """This load's postings, one per key, beside the remembered rows: a posting whose file kept its mtime
    keeps its remembered row, the others (fresh) are fingerprinted again."""

    def __init__(self, postings: Sequence[Posting], before: FingerprintTable | None,
                 remembered: Mapping[str, tuple[Change, ...]]) -> None:
        row_of = {p.key: j for j, p in enumerate(postings)}  # the last posting of a key stands for it
        row_before = array("i", [-1]) * len(postings)  # posting -> its row in before (-1: none)
        self.gone = array("i")  # rows of before whose key is not in this load
        for i, key in enumerate(before.keys() if before is not None else ()):
            j = row_of.get(key)
            if j is None:
                self.gone.append(i)
            else:
                row_before[j] = i
        self.kept = array("i")  # rows of before whose posting is unchanged...
        self.kept_keys: list[str] = []  # ...and their keys
        self.fresh_postings: list[Posting] = []
        fresh = self.fresh_postings
        self.fresh_rows = array("i")  # the fresh postings' rows in before (-1: new)
        mtimes = before.mtime if before is not None else array("d")
        unique = len(row_of) == len(postings)
        for j, posting in enumerate(postings):
            if not unique and row_of[posting.key] != j:
                continue
            i = row_before[j]
            if i >= 0 and posting.mtime and mtimes[i] == posting.mtime:
                self.kept.append(i)
                self.kept_keys.append(posting.key)
            else:
                fresh.append(posting)
                self.fresh_rows.append(i)
        self.history = {key: items for key, items in remembered.items() if key in row_of}  # of postings here
        del row_of, row_before  # before the fingerprints are made: the peak of a first load
        self.fresh = FingerprintTable.of_postings(fresh)

    def table(self, before: FingerprintTable | None) -> FingerprintTable:
        """What to write: the kept rows as remembered, then the fresh ones."""
        return before.gather(self.kept, self.kept_keys, then=self.fresh) if before is not None else self.fresh


def changes_path(cache_dir: Path, folder: str) -> Path:
    """Beside core.folder_history's file for the same folder."""
    digest = hashlib.sha1(os.path.abspath(folder).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return cache_dir / "history" / f"{digest}.changes"


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
    before, remembered, outdated = _read(path)
    current = _Current(postings, before, remembered)
    # An incomplete load (cancelled, a subfolder unreadable) lacks postings that are not gone: no republication.
    whole = record if complete is None else complete
    found = _compare(before, remembered, current, today, whole) if before is not None else PostingChanges()
    unchanged = before is not None and not len(current.fresh) and not current.gone and not outdated
    if record and not unchanged:
        table = current.table(before)
        del before, current  # what was read and compared: gone before the file's bytes are made
        _write(path, table, found.history)
    return found


def _compare(before: FingerprintTable, remembered: dict[str, tuple[Change, ...]], current: _Current,
             today: date, complete: bool) -> PostingChanges:
    history = current.history
    changed_now: set[str] = set()
    for t, i in enumerate(current.fresh_rows):
        if i >= 0 and (fresh := diff(before.row(i), current.fresh.row(t), today)):
            key = current.fresh_postings[t].key  # the posting's own str, not a copy of it
            history[key] = (*history.get(key, ()), *fresh)[-MAX_CHANGES:]
            changed_now.add(key)
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


def match_republications(before: FingerprintTable, current: _Current) -> dict[str, str]:
    """New key -> gone key, for the pairs alone in sharing Empregador, Trabalho, place and profile."""
    appeared: dict[tuple[Any, ...], list[str]] = {}
    for t, i in enumerate(current.fresh_rows):  # a new posting's file is never "kept"
        fp = current.fresh.row(t)
        if i < 0 and _matchable(fp):
            appeared.setdefault(_offer(fp), []).append(current.fresh_postings[t].key)
    if not appeared:
        return {}
    gone: dict[tuple[Any, ...], list[str]] = {}
    for i in current.gone:
        offer = _offer(before.row(i))
        if offer in appeared:
            gone.setdefault(offer, []).append(before.key(i))
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
def _write(path: Path, table: FingerprintTable, history: History) -> None:
    changes = {key: tuple((c.kind.value, c.old, c.new, c.seen.toordinal()) for c in items)
               for key, items in history.items()}
    data = marshal.dumps((table.pack(), changes))
    payload = _SIZE.pack(len(data)) + zlib.compress(data, 1)
    del data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, _HEADER.pack(MAGIC, FORMAT, zlib.crc32(payload), len(payload)) + payload)
    except OSError as exc:  # a cache: the next load compares with the last good file
        log.warning("posting history %s not written: %s", path, exc)


_NOTHING: tuple[None, dict[str, tuple[Change, ...]], bool] = (None, {}, False)


def _read(path: Path) -> tuple[FingerprintTable | None, dict[str, tuple[Change, ...]], bool]:
    """The remembered fingerprints and changes, and whether the file is in an older format (to rewrite);
    none when missing, or damaged (logged, started afresh)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return _NOTHING
    except OSError as exc:
        log.warning("posting history %s not read, started afresh: %s", path, exc)
        return _NOTHING
    try:
        magic, fmt, crc, length = _HEADER.unpack_from(data)
        payload = memoryview(data)[_HEADER.size:]
        if magic != MAGIC or fmt not in (1, FORMAT) or len(payload) != length or zlib.crc32(payload) != crc:
            raise ValueError("wrong header or checksum")
        if fmt == 1:
            raw = zlib.decompress(payload)
        else:  # sized up front: a growing buffer peaked at 3 times the data (20 MB at 100,000)
            size, = _SIZE.unpack_from(payload)
            raw = zlib.decompress(payload[_SIZE.size:], bufsize=max(1, min(size, _MAX_RATIO * len(payload))))
        del data, payload
        loaded = marshal.loads(raw)
        del raw
        if fmt == 1:
            table, changes = _format_1(loaded)
        else:
            packed, changes = loaded
            table = FingerprintTable.unpack(packed)
        if type(changes) is not dict:
            raise ValueError("the wrong shape")
        remembered = {k: tuple(_checked_change(c) for c in items) for k, items in changes.items()}
        if not set(map(type, remembered)) <= {str}:
            raise ValueError("a key that is not text")
        return table, remembered, fmt != FORMAT
    except (ValueError, TypeError, EOFError, KeyError, IndexError, OverflowError, struct.error, zlib.error) as exc:
        log.warning("posting history %s damaged, started afresh: %s", path, exc)
        return _NOTHING


_FORMAT_1_TYPES = {"opens": int, "closes": int, "profile": int, "mtime": float}


def _format_1(loaded: Any) -> tuple[FingerprintTable, Any]:
    """Format 1: keys, then a tuple per column (texts as distinct values and an index per posting)."""
    keys, packed, changes = loaded
    if type(keys) is not tuple or type(packed) is not list or len(packed) != len(Fingerprint._fields) \
            or not set(map(type, keys)) <= {str} or len(set(keys)) != len(keys):
        raise ValueError("the wrong shape")
    columns = dict(zip(Fingerprint._fields, packed, strict=True))
    numbers: dict[str, Sequence[Any]] = {}
    for name, code in NUMBERS.items():
        column = columns[name]
        if type(column) is not tuple or len(column) != len(keys) \
                or not set(map(type, column)) <= {_FORMAT_1_TYPES[name]}:
            raise ValueError("a column of the wrong shape")
        numbers[name] = array(code, column)  # OverflowError: a number out of range
    texts = {}
    for name in TEXTS:
        distinct, raw = columns[name]
        if type(distinct) is not tuple or not set(map(type, distinct)) <= {str}:
            raise ValueError("a text column of the wrong shape")
        index = array("I")
        index.frombytes(raw)
        if len(index) != len(keys) or max(index, default=-1) >= len(distinct):
            raise ValueError("a text column of the wrong length")
        texts[name] = TextColumn(distinct, index)
    return FingerprintTable.of_keys(keys, numbers, texts), changes


def _checked_change(item: Any) -> Change:
    kind, old, new, seen = item
    if type(old) is not str or type(new) is not str or type(seen) is not int:
        raise ValueError("a change of the wrong shape")
    return Change(ChangeKind(kind), old, new, date.fromordinal(seen))
