"""Per-folder scan cache: each file's parse outcome, reused while its size and mtime_ns are unchanged."""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import secrets
import struct
import sys
import time
from array import array
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

import yaml

from vagas_desktop.paths import user_cache_dir

from .pieces import PieceMemo
from .posting import ParseProblem, Posting, Severity

FORMAT_VERSION = 3
MAGIC = b"VAGASCAN"
# magic, format version, marshal version, then the byte lengths of head, texts and records.
# The file: header, pieces, records (marshal chunks), head (folder, kind, token, parser key, the byte
# length of each records chunk, the pieces' byte lengths as little-endian uint64).
_HEADER = struct.Struct("<8sHHQQQ")
# Records per marshal chunk. One marshal call holds the GIL throughout (100k records: ~0.4 s, the
# GUI frozen); between chunks the scan thread yields it (time.sleep(0)).
RECORDS_PER_CHUNK = 2000
# A file changed this close to the scan start could change again within its mtime tick, unseen
# by (size, mtime_ns): it is read again next time instead of cached (FAT ticks are 2 s).
RACY_NS = 2_000_000_000
COMPACT_FRACTION = 0.25  # stale + delta records above this share of the folder: rewrite it all
_CHUNK = 1 << 20
_STALE_TEMP_SECONDS = 3600
_IGNORED = 0  # record slot of a file that is not a posting and not a problem
# The code that turns bytes into outcomes: a cache made by another version of it is ignored.
_PARSER_SOURCES = ("cache.py", "scan.py", "parse.py", "frontmatter_text.py", "posting.py", "pieces.py", "textfold.py")

# A record: (relative path, size, mtime_ns, fields | None | _IGNORED, ((severity, message), ...)).
# Fields: id, ref, title, trabalho, empregador, the profile's pieces, codigo_postal, concelho, distrito,
# data_abertura and data_fecho as ordinals (or None), extra. The profile text itself is not stored
# (it is read back from the file when shown). In a full cache the pieces are indexes into the table
# of distinct pieces stored before the records; a delta has them inline.
Record = tuple[Any, ...]
# What one file gave: its posting or None, its problems, and whether it is ignored (not a posting).
Outcome = tuple[Posting | None, Sequence[ParseProblem], bool]
Item = tuple[str, int, int, Outcome]  # relative path, size, mtime_ns, outcome
Segment = tuple[str, dict[str, Record], list[bytes]]  # token, records by relative path, pieces


def cache_paths(folder: str) -> tuple[Path, Path]:
    """The full cache file and the delta file of an absolute folder path."""
    stem = f"{hashlib.sha256(os.fsencode(folder)).hexdigest()[:32]}.v{FORMAT_VERSION}"
    scan_dir = user_cache_dir() / "scan"
    return scan_dir / f"{stem}.cache", scan_dir / f"{stem}.delta"


@functools.cache
def parser_key() -> str:
    """Changes whenever the parsing code, PyYAML or Python does (then every cache is rebuilt)."""
    digest = hashlib.sha256(f"{sys.version}|{yaml.__version__}|{yaml.__with_libyaml__}".encode())
    here = Path(__file__).parent
    for name in _PARSER_SOURCES:
        try:
            digest.update((here / name).read_bytes())
        except OSError:  # no sources (a frozen build): its version stands for them
            from importlib.metadata import version

            digest.update(version("vagas-desktop").encode())
    return digest.hexdigest()[:16]


class FolderCache:
    """One folder's cache during one scan: lookups by file, then a save of what changed.

    The full cache holds every file; a small delta file holds what changed since, until stale and
    delta records pass COMPACT_FRACTION and the full cache is rewritten. A record is trusted while
    its file keeps its size and mtime_ns (as make and rsync do): a file rewritten with the same size
    and its old mtime put back by hand is not seen (within one mtime tick it is: see RACY_NS).
    """

    def __init__(self, folder: str, started_ns: int) -> None:
        self.folder = folder
        self.damaged = False  # a record failed to rebuild: its file was read, the cache is rewritten
        self._cut = len(os.path.join(folder, ""))
        self._racy_after = started_ns - RACY_NS
        self._token: str | None = None  # of the full cache; None when there is none
        self._records: dict[str, Record] = {}  # the full cache's, overlaid by the delta's
        self._texts: list[bytes] = []  # the full cache's distinct pieces
        self.memo = PieceMemo()  # one object per distinct piece: the cache's and the files read now
        self._days = _Days()
        self._delta: dict[str, Record] = {}
        self._full_size = 0
        self._hits: list[Record] = []  # records of files found unchanged
        self._new: list[Item] = []  # outcomes read from files in this scan

    @classmethod
    def open(cls, folder: str, started_ns: int) -> FolderCache:
        """Load the folder's cache; a missing or damaged one gives an empty cache. Never raises."""
        cache = cls(folder, started_ns)
        full_path, delta_path = cache_paths(folder)
        full = _load(full_path, folder, "full", None)
        if full is None:
            return cache
        cache._token, cache._records, cache._texts = full
        cache.memo.update(zip(cache._texts, cache._texts, strict=True))
        cache._full_size = len(cache._records)
        delta = _load(delta_path, folder, "delta", cache._token)
        if delta is not None and _all_inline(delta[1]):
            cache._delta = delta[1]
            cache._records.update(cache._delta)
        return cache

    def lookup(self, files: Iterable[tuple[str, int, float, int]]) -> list[Outcome | None]:
        """For each (path, size, mtime, mtime_ns): the cached outcome if size and mtime_ns match."""
        records, texts, days, cut, hits = self._records, self._texts, self._days, self._cut, self._hits
        memo = self.memo
        found: list[Outcome | None] = []
        for path, size, mtime, mtime_ns in files:
            rec = records.get(path[cut:])
            outcome = None
            if rec is not None:
                try:
                    if rec[1] == size and rec[2] == mtime_ns:
                        outcome = _outcome(rec, texts, days, path, mtime, memo)
                        hits.append(rec)
                except Exception:  # a damaged record: the file is read instead, the cache rewritten
                    self.damaged = True
            found.append(outcome)
        return found

    def put(self, path: str, size: int, mtime_ns: int, outcome: Outcome) -> None:
        """Remember the outcome of a file just read (unless it changed too recently to trust)."""
        if mtime_ns <= self._racy_after:
            self._new.append((path[self._cut :], size, mtime_ns, outcome))

    def save(self, complete: bool) -> str:
        """Write what changed: 'full', 'delta' or '' (nothing). Never raises; a failed write is skipped.

        After a cancelled scan only a missing cache is written, with the files read so far: every
        record is checked against its file's size and mtime_ns, so a partial cache is still right.
        """
        token, delta, hits, new = self._token, self._delta, self._hits, self._new
        _drain_dict(self._records)
        try:
            if token is None or self.damaged:
                return self._write_full() if (new or hits) and (complete or token is None) else ""
            if not complete:
                return ""
            kept = [rec for rec in hits if delta.get(rec[0]) is rec] if delta else []
            stale = self._full_size - (len(hits) - len(kept))
            if stale + len(kept) + len(new) > COMPACT_FRACTION * (len(hits) + len(new)):
                return self._write_full()
            if new or len(kept) != len(delta):
                _write(cache_paths(self.folder)[1], (self.folder, "delta", token, parser_key()), inline=True,
                       fill=lambda encoder: kept + [encoder.record(*item) for item in new])
                return "delta"
        except Exception:  # e.g. a full disk or a read-only cache folder: no cache this time
            pass
        return ""

    def close(self) -> None:
        """Free the loaded records a slice at a time (one long dealloc would hold the GIL ~100 ms)."""
        _drain_dict(self._records)
        _drain_list(self._hits)
        _drain_list(self._new)
        self._texts = []

    def _write_full(self) -> str:
        full, _delta = cache_paths(self.folder)

        def fill(encoder: _Encoder) -> list[Record]:
            records = [encoder.carry(rec, self._texts) for rec in self._hits]
            return records + [encoder.record(*item) for item in self._new]

        _write(full, (self.folder, "full", secrets.token_hex(8), parser_key()), fill, inline=False)
        for old in full.parent.glob(full.name.partition(".")[0] + ".*"):
            if old != full:  # the old delta (its token is gone), other format versions
                try:
                    old.unlink()
                except OSError:
                    pass
        return "full"


class _Encoder:
    """Outcomes -> records; distinct pieces go to sink (records keep their indexes), or inline (no sink).

    Repeated strings are shared, so marshal stores them once and loads them as one object.
    """

    def __init__(self, sink: IO[bytes] | None) -> None:
        self.lengths: list[int] = []
        self._sink = sink
        self._memo = _Memo()
        self._ids: dict[bytes, int] = {}

    def carry(self, rec: Record, table: list[bytes]) -> Record:
        """A loaded record (already checked by a lookup), its pieces moved to this file's table."""
        fields = rec[3]
        if type(fields) is not tuple:
            return rec
        pieces = tuple([table[x] if type(x) is int else x for x in fields[5]])
        return (*rec[:3], (*fields[:5], self._pieces(pieces), *fields[6:]), rec[4])

    def record(self, rel: str, size: int, mtime_ns: int, outcome: Outcome) -> Record:
        p, problems, ignored = outcome
        m = self._memo
        stored = tuple([(x.severity.value, m[x.message]) for x in problems]) if problems else ()
        if p is None:
            return (rel, size, mtime_ns, _IGNORED if ignored else None, stored)
        opened, closes, extra = p.data_abertura, p.data_fecho, p.extra
        fields = (p.id, p.ref, m[p.title], m[p.trabalho], m[p.empregador], self._pieces(p.pieces),
                  p.codigo_postal, m[p.concelho], m[p.distrito],
                  None if opened is None else opened.toordinal(), None if closes is None else closes.toordinal(),
                  {m[k]: m[v] for k, v in extra.items()})
        return (rel, size, mtime_ns, fields, stored)

    def _pieces(self, pieces: tuple[bytes, ...]) -> tuple[int, ...] | tuple[bytes, ...]:
        """The pieces' indexes in the file's table of distinct pieces (the pieces themselves inline)."""
        if self._sink is None:
            return pieces
        ids = self._ids
        out = []
        for piece in pieces:
            index = ids.get(piece)
            if index is None:
                index = ids[piece] = len(self.lengths)
                self._sink.write(piece)
                self.lengths.append(len(piece))
            out.append(index)
        return tuple(out)


class _Memo(dict[str, str]):
    """One object per distinct string."""

    def __missing__(self, text: str) -> str:
        self[text] = text
        return text


class _Days(dict[Any, Any]):
    """Ordinal -> date, each day built once (postings may share the immutable dates)."""

    def __init__(self) -> None:
        super().__init__({None: None})

    def __missing__(self, ordinal: int) -> date:
        day = self[ordinal] = date.fromordinal(ordinal)
        return day


def _outcome(rec: Record, table: list[bytes], days: _Days, path: str, mtime: float,
             memo: PieceMemo) -> Outcome:
    """Rebuild a file's outcome from its record; raises on a record of the wrong shape."""
    _rel, _size, _mtime_ns, fields, stored = rec
    problems = [ParseProblem(source_path=path, severity=Severity(sev), message=msg)
                for sev, msg in stored] if stored else ()
    if type(fields) is not tuple:
        if fields is None or (type(fields) is int and fields == _IGNORED):
            return None, problems, fields is not None
        raise TypeError("damaged cache record")
    (id_, ref, title, trabalho, empregador, pieces, codigo_postal, concelho, distrito,
     opened, closes, extra) = fields
    if type(pieces) is not tuple:
        raise TypeError("damaged cache record")
    if pieces and type(pieces[0]) is int:
        pieces = tuple(map(table.__getitem__, pieces))  # bytes, from the table (an int elsewhere raises)
    elif pieces:
        if not all(type(x) is bytes for x in pieces):
            raise TypeError("damaged cache record")
        pieces = tuple(map(memo.__getitem__, pieces))  # a delta's: shared with the files read now
    if not (type(ref) is type(title) is type(trabalho) is type(empregador)
            is type(codigo_postal) is type(concelho) is type(distrito) is str
            and type(extra) is dict and (id_ is None or type(id_) is int)):
        raise TypeError("damaged cache record")
    posting = Posting.trusted({
        "id": id_, "ref": ref, "title": title, "trabalho": trabalho, "empregador": empregador,
        "descricao": None if pieces else "", "pieces": pieces, "codigo_postal": codigo_postal,
        "concelho": concelho, "distrito": distrito,
        "data_abertura": days[opened], "data_fecho": days[closes], "extra": extra,
        "source_path": path, "mtime": mtime,
    })
    return posting, problems, False


def _all_inline(records: dict[str, Record]) -> bool:
    """A delta keeps its pieces inline: an index would point into the full cache's table."""
    try:
        return all(type(rec[3]) is not tuple or all(type(x) is bytes for x in rec[3][5]) for rec in records.values())
    except Exception:  # a record of the wrong shape
        return False


def _load(path: Path, folder: str, kind: str, token: str | None) -> Segment | None:
    """A cache file's contents, or None when missing, damaged, of another version or folder."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            magic, fmt, mversion, head_len, texts_len, records_len = _HEADER.unpack(fh.read(_HEADER.size))
            if (magic, fmt, mversion) != (MAGIC, FORMAT_VERSION, marshal.version):
                return None
            if size != _HEADER.size + head_len + texts_len + records_len:
                return None  # truncated, or bytes appended
            fh.seek(_HEADER.size + texts_len + records_len)
            head = marshal.loads(fh.read(head_len))
            if (type(head) is not tuple or len(head) != 6 or head[:2] != (folder, kind)
                    or head[3] != parser_key() or token not in (None, head[2])):
                return None
            chunk_lengths, lengths = head[4], _unpack_lengths(head[5])
            if sum(chunk_lengths) != records_len or min(chunk_lengths, default=0) < 0 or sum(lengths) != texts_len:
                return None
            fh.seek(_HEADER.size)
            texts = _read_texts(fh, lengths)
            fh.seek(_HEADER.size + texts_len)  # texts are read ahead a piece at a time
            records: dict[str, Record] = {}
            for n in chunk_lengths:
                time.sleep(0)  # let other threads (the GUI) run between the GIL-holding loads
                chunk = marshal.loads(fh.read(n))
                if type(chunk) is not list:
                    return None
                for rec in chunk:
                    records[rec[0]] = rec
        return str(head[2]), records, texts
    except Exception:  # missing, unreadable, truncated, garbage: no cache
        return None


def _pack_lengths(lengths: list[int]) -> bytes:
    """Text byte lengths as little-endian uint64: loaded by a mere copy, however many."""
    packed = array("Q", lengths)
    if sys.byteorder != "little":  # pragma: no cover - big-endian hosts
        packed.byteswap()
    return packed.tobytes()


def _unpack_lengths(data: bytes) -> array[int]:
    if type(data) is not bytes:
        raise TypeError("damaged cache head")
    lengths = array("Q")
    lengths.frombytes(data)  # raises unless a whole number of items
    if sys.byteorder != "little":  # pragma: no cover - big-endian hosts
        lengths.byteswap()
    return lengths


def _read_texts(fh: IO[bytes], lengths: Iterable[int]) -> list[bytes]:
    """The table of distinct pieces, read a chunk at a time."""
    texts: list[bytes] = []
    chunk, pos = b"", 0
    for n in lengths:
        end = pos + n
        if end > len(chunk):
            chunk = chunk[pos:] + fh.read(max(_CHUNK, n))
            pos, end = 0, n
            if end > len(chunk):
                raise EOFError("cache texts cut short")
        texts.append(chunk[pos:end])
        pos = end
    return texts


def _write(path: Path, head: tuple[str, str, str, str], fill: Callable[[_Encoder], list[Record]],
           inline: bool) -> None:
    """Write a cache file atomically: a temp file beside it, fsynced, then renamed over it.

    The texts are written while fill encodes the records, then the records a chunk at a time, the
    head after them and the header last.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb", buffering=_CHUNK) as fh:
            fh.write(bytes(_HEADER.size))  # no magic yet: never valid until finished
            encoder = _Encoder(None if inline else fh)
            records = fill(encoder)
            chunk_lengths = []
            for start in range(0, len(records), RECORDS_PER_CHUNK):
                time.sleep(0)  # let other threads (the GUI) run between the GIL-holding dumps
                data = marshal.dumps(records[start : start + RECORDS_PER_CHUNK])
                fh.write(data)
                chunk_lengths.append(len(data))
            _drain_list(records)
            head_bytes = marshal.dumps((*head, tuple(chunk_lengths), _pack_lengths(encoder.lengths)))
            fh.write(head_bytes)
            fh.seek(0)
            fh.write(_HEADER.pack(MAGIC, FORMAT_VERSION, marshal.version, len(head_bytes),
                                  sum(encoder.lengths), sum(chunk_lengths)))
            fh.flush()
            os.fsync(fh.fileno())  # the data is on disk before the name points to it
        os.replace(tmp, path)  # a rename lost in a crash leaves the old cache: still valid
    finally:
        tmp.unlink(missing_ok=True)


def _drain_list(items: list[Any]) -> None:
    """Empty a big list from the end, letting other threads run between slices."""
    while items:
        del items[-RECORDS_PER_CHUNK:]
        time.sleep(0)


def _drain_dict(items: dict[Any, Any]) -> None:
    """Empty a big dict a slice at a time, letting other threads run between slices."""
    pop = items.popitem
    while items:
        for _ in range(min(RECORDS_PER_CHUNK, len(items))):
            pop()
        time.sleep(0)


def _remove_stale_temps(path: Path) -> None:
    """Delete temp files a killed writer left (old ones only: another scan may be writing)."""
    limit = time.time() - _STALE_TEMP_SECONDS
    for tmp in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            if tmp.stat().st_mtime < limit:
                tmp.unlink()
        except OSError:
            pass
