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
    ref: str


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
                       profile_hash(posting), posting.ref)


def update_history(cache_dir: Path, folder: str, postings: Sequence[Posting], today: date,
                   record: bool = True) -> PostingChanges:
    """Compare postings with the folder's remembered fingerprints; with record, remember this load.

    A first load (or a damaged file) finds no change. Never raises for a bad or unwritable file.
    """
    path = changes_path(cache_dir, folder)
    previous = _read(path)
    current = {p.key: fingerprint(p) for p in postings}
    if previous is None:
        found = PostingChanges()
    else:
        found = _compare(previous[0], previous[1], current, today)
    if record:
        _write(path, current, found.history)
    return found


def _compare(before: dict[str, Fingerprint], remembered: dict[str, tuple[Change, ...]],
             current: dict[str, Fingerprint], today: date) -> PostingChanges:
    history: dict[str, tuple[Change, ...]] = {}
    changed_now: set[str] = set()
    for key, now in current.items():
        old = before.get(key)
        kept = remembered.get(key, ())
        if old is not None and old != now:
            fresh = diff(old, now, today)
            if fresh:
                kept = (*kept, *fresh)[-MAX_CHANGES:]
                changed_now.add(key)
        if kept:
            history[key] = kept
    republished = match_republications(before, current)
    for new_key, old_key in republished.items():
        old = before[old_key]
        earlier = remembered.get(old_key, ())
        mark = Change(ChangeKind.REPUBLISHED, old.ref or old_key, current[new_key].ref or new_key, today)
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


def match_republications(before: Mapping[str, Fingerprint], current: Mapping[str, Fingerprint]) -> dict[str, str]:
    """New key -> gone key, for the pairs alone in sharing Empregador, Trabalho, place and profile."""
    gone: dict[tuple[Any, ...], list[str]] = {}
    for key, fp in before.items():
        if key not in current and _matchable(fp):
            gone.setdefault(_offer(fp), []).append(key)
    if not gone:
        return {}
    appeared: dict[tuple[Any, ...], list[str]] = {}
    for key, fp in current.items():
        if key not in before and _offer(fp) in gone:
            appeared.setdefault(_offer(fp), []).append(key)
    return {new[0]: gone[offer][0] for offer, new in appeared.items() if len(new) == 1 and len(gone[offer]) == 1}


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
def _write(path: Path, current: dict[str, Fingerprint], history: History) -> None:
    """Fingerprints and changes, strings shared (marshal writes a repeated object once); logged on failure."""
    shared: dict[Any, Any] = {}
    share = shared.setdefault
    rows = [tuple(share(v, v) if type(v) is str else v for v in fp) for fp in current.values()]
    changes = {key: tuple((c.kind.value, share(c.old, c.old), share(c.new, c.new), c.seen.toordinal())
                          for c in items) for key, items in history.items()}
    payload = zlib.compress(marshal.dumps((list(current), rows, changes)), 1)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, _HEADER.pack(MAGIC, FORMAT, zlib.crc32(payload), len(payload)) + payload)
    except OSError as exc:  # a cache: the next load compares with the last good file
        log.warning("posting history %s not written: %s", path, exc)


def _read(path: Path) -> tuple[dict[str, Fingerprint], dict[str, tuple[Change, ...]]] | None:
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
        keys, rows, changes = marshal.loads(zlib.decompress(payload))
        before = {k: _checked_fingerprint(fp) for k, fp in zip(keys, rows, strict=True)}
        remembered = {k: tuple(_checked_change(c) for c in items) for k, items in changes.items()}
        if not all(type(k) is str for k in (*before, *remembered)):
            raise ValueError("a key that is not text")
        return before, remembered
    except (ValueError, TypeError, EOFError, KeyError, struct.error, zlib.error) as exc:
        log.warning("posting history %s damaged, started afresh: %s", path, exc)
        return None


def _checked_fingerprint(fp: Any) -> Fingerprint:
    if type(fp) is not tuple or len(fp) != 9 or not all(type(v) is int for v in (fp[0], fp[1], fp[7])) \
            or not all(type(v) is str for v in (*fp[2:7], fp[8])):
        raise ValueError("a fingerprint of the wrong shape")
    return Fingerprint._make(fp)


def _checked_change(item: Any) -> Change:
    kind, old, new, seen = item
    if type(old) is not str or type(new) is not str or type(seen) is not int:
        raise ValueError("a change of the wrong shape")
    return Change(ChangeKind(kind), old, new, date.fromordinal(seen))
