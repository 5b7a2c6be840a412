"""Per-folder scan cache: each file's parse outcome, reused while its size, mtime, ctime and inode hold.

This module decides what is reused and what is written (full cache or delta) and turns outcomes into
records and back; core.cache_file reads and writes the files, every byte under a checksum.

What the (size, mtime_ns, ctime_ns, inode) check still cannot see, so a stale outcome is shown:
- two rewrites that keep the size and put the mtime back, within one ctime tick (a few ms on Linux,
  1 s where times are whole seconds), with the scan reading the file between them;
- on Linux, a ctime put back by setting the system clock back (root) or by editing the inode on the
  device: users cannot set it otherwise, and a replacement by rename has a new inode;
- where there is no real ctime and inode numbers are reused (some FUSE and network mounts), and on
  Windows (st_ctime is the creation time): a rewrite in place that keeps the size and puts the mtime back.
Inode numbers that change (FAT after a remount) only cost a re-read; a copied or moved folder has
another path, so another cache. Damage to a cache file that keeps every CRC-32 right goes unseen (1 in
2**32 for random damage); the cache folder is the user's own, so a forged file is no concern.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import logging
import os
import re
import secrets
import sys
import time
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from vagas_desktop.paths import user_cache_dir

from .cache_file import (
    FORMAT_VERSION,
    IGNORED,
    POSTING,
    PROBLEMS,
    RECORDS_PER_CHUNK,
    DamagedCache,
    Record,
    RecordStream,
    open_segment,
    write_file,
)
from .pieces import PieceMemo
from .posting import ParseProblem, Posting, Severity

log = logging.getLogger(__name__)

# A file changed this close to the scan start could change again within its mtime tick, unseen
# by (size, mtime_ns): it is read again next time instead of cached (FAT ticks are 2 s). Not
# applied to the ctime: a folder just copied with its mtimes kept would not be cached at all.
RACY_NS = 2_000_000_000
COMPACT_FRACTION = 0.25  # stale + delta records above this share of the folder: rewrite it all
# A record is a cache_file.Record. In a full cache its pieces are indexes into the table of distinct
# pieces stored after the records; a delta has them inline.
# What one file gave: its posting or None, its problems, and whether it is ignored (not a posting).
Outcome = tuple[Posting | None, Sequence[ParseProblem], bool]
Item = tuple[str, int, int, int, int, Outcome]  # relative path, size, mtime_ns, ctime_ns, inode, outcome


def cache_paths(folder: str) -> tuple[Path, Path]:
    """The full cache file and the delta file of an absolute folder path."""
    stem = f"{hashlib.sha256(os.fsencode(folder)).hexdigest()[:32]}.v{FORMAT_VERSION}"
    scan_dir = user_cache_dir() / "scan"
    return scan_dir / f"{stem}.cache", scan_dir / f"{stem}.delta"


_PACKAGE = "vagas_desktop"
_PACKAGE_DIR = Path(__file__).resolve().parents[1]
# The modules that turn bytes into records and records into postings: with everything they import
# from the package, their sources make the parser key.
_RECORD_ROOTS = ("vagas_desktop.core.parse_pool", "vagas_desktop.core.cache")


@functools.cache
def parser_key() -> str:
    """Changes whenever the code that shapes a record, the package, PyYAML or Python does.

    A cache made under another key is ignored (then rebuilt).
    """
    digest = hashlib.sha256(f"{sys.version}|{yaml.__version__}|{yaml.__with_libyaml__}|{_version()}".encode())
    try:
        for path in record_sources():
            digest.update(path.read_bytes())
    except OSError as exc:  # no sources (a frozen build): the version stands for them
        log.info("scan cache keyed on the package version only: %s", exc)
    return digest.hexdigest()[:16]


def record_sources() -> list[Path]:
    """The source files of _RECORD_ROOTS and of every package module they import, in any way (also
    inside functions), sorted; found by reading the sources, not by what happens to be imported.

    Raises OSError when a source is missing.
    """
    seen: set[str] = set()
    todo = list(_RECORD_ROOTS)
    files: dict[str, Path] = {}
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = _source_of(name)
        if path is None:
            continue  # a name imported from a module, not a module
        files[name] = path
        todo.extend(_package_imports(name, path))
    return [files[name] for name in sorted(files)]


def _source_of(module: str) -> Path | None:
    """The source file of a package module, None if no module has that name; raises OSError if the
    package has no sources at all."""
    base = _PACKAGE_DIR.joinpath(*module.split(".")[1:])
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    if not (_PACKAGE_DIR / "__init__.py").is_file():
        raise FileNotFoundError(f"no source for {module}")
    return None


# An import statement anywhere (also indented, in a function): (dots, module, names) or (modules,).
# Read with a pattern rather than ast (7x faster, once per process); an "import" line in a string
# can only add a module to the key, never leave one out.
_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)|import[ \t]+([^\n]*))",
                     re.MULTILINE)
_NAME = re.compile(r"[A-Za-z_][\w.]*")


def _package_imports(module: str, path: Path) -> Iterator[str]:
    """The package's modules (and names, which _source_of tells apart) that the source imports."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for dots, base, names, modules in _IMPORT.findall(path.read_text("utf-8")):
        if modules:
            found = [name for name in _NAME.findall(modules.partition("#")[0]) if name != "as"]
        else:
            if dots:
                parts = package.split(".")
                base = ".".join(filter(None, [*parts[: len(parts) - len(dots) + 1], base]))
            found = [base, *(f"{base}.{name}" for name in _NAME.findall(_uncommented(names)) if name != "as")]
        yield from (name for name in found if name == _PACKAGE or name.startswith(_PACKAGE + "."))


def _uncommented(names: str) -> str:
    return "\n".join(line.partition("#")[0] for line in names.splitlines())


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # only once per process

    try:
        return version("vagas-desktop")
    except PackageNotFoundError:  # run from a checkout that was never installed: the sources decide
        return "unknown"


class FolderCache:
    """One folder's cache during one scan: lookups by file (in path order), then a save of what changed.

    The full cache holds every file; a small delta file holds what changed since, until stale and
    delta records pass COMPACT_FRACTION and the full cache is rewritten. A record is trusted while
    its file keeps its size, mtime_ns, ctime_ns and inode: a rewrite in place changes the ctime, a
    replacement by rename the inode, even when the size and mtime are put back (see the module's
    docstring for what still is not seen).
    """

    def __init__(self, folder: str, started_ns: int) -> None:
        self.folder = folder
        self._need_sections = False
        self.damaged = False  # a record failed to rebuild: its file was read, the cache is rewritten
        self._cut = len(os.path.join(folder, ""))
        self._racy_after = started_ns - RACY_NS
        self._token: str | None = None  # of the full cache; None when there is none
        self._stream: RecordStream | None = None  # the full cache's records, read along the lookups
        self._texts: list[bytes] = []  # the full cache's distinct pieces
        self.memo = PieceMemo()  # one object per distinct piece: the cache's and the files read now
        self._days = _Days()
        self._sections = _Sections()
        self._delta: dict[str, Record] = {}
        self._full_size = 0
        self._full_hits = array("q")  # positions of the full cache's records found unchanged
        self._delta_hits: list[Record] = []  # the delta's records found unchanged
        self._new: list[Item] = []  # outcomes read from files in this scan

    @classmethod
    def open(cls, folder: str, started_ns: int, sections: bool = False) -> FolderCache:
        """Open the folder's cache; a missing or damaged one gives an empty cache. Never raises.

        sections: the scan wants section headers, so a record without them does not answer.
        """
        cache = cls(folder, started_ns)
        cache._need_sections = sections
        full_path, delta_path = cache_paths(folder)
        full = open_segment(full_path, (folder, "full"), parser_key(), None)
        if full is None:
            return cache
        cache._token, cache._texts, cache._full_size = full.token, full.texts, full.count
        cache._stream = full
        cache.memo.update(zip(cache._texts, cache._texts, strict=True))
        delta = open_segment(delta_path, (folder, "delta"), parser_key(), cache._token)
        if delta is not None:
            try:
                records = {rec.path: rec for _pos, rec in delta.records()}
                if _all_inline(records):
                    cache._delta = records
                else:
                    log.warning("scan cache %s not used: pieces not inline", delta_path)
            except Exception:  # a damaged delta: ignored (rewritten at the next save)
                log.exception("scan cache %s not used", delta_path)
            finally:
                delta.close()
        return cache

    def lookup(self, files: Iterable[tuple[str, int, float, int, int, int]]) -> list[Outcome | None]:
        """Each file's cached outcome or None; files are (path, size, mtime, mtime_ns, ctime_ns, ino).

        A record answers for a file only if its size, mtime_ns, ctime_ns and inode are those kept.
        Files must come in path order (as list_candidates gives them), across calls too: the full
        cache is read along with them. A file out of order just gets no cached outcome.
        """
        texts, days, cut, delta, memo, sections = (self._texts, self._days, self._cut, self._delta, self.memo,
                                                   self._sections)
        need_sections = self._need_sections
        found: list[Outcome | None] = []
        for path, size, mtime, mtime_ns, ctime_ns, ino in files:
            rel = path[cut:]
            position, rec = self._find(rel)
            if delta and rel in delta:
                position, rec = -1, delta[rel]
            outcome = None
            if rec is not None:
                try:
                    if (rec.size == size and rec.mtime_ns == mtime_ns and rec.ctime_ns == ctime_ns and rec.ino == ino
                            and not (need_sections and rec.sections is None and rec.kind == POSTING)):
                        outcome = _outcome(rec, texts, days, sections, path, mtime, memo)
                        if position >= 0:
                            self._full_hits.append(position)
                        else:
                            self._delta_hits.append(rec)
                except Exception:  # a damaged record: the file is read instead, the cache rewritten
                    if not self.damaged:
                        log.exception("scan cache of %s: a damaged record, its file is read again", self.folder)
                    self.damaged = True
            found.append(outcome)
        return found

    def _find(self, rel: str) -> tuple[int, Record | None]:
        stream = self._stream
        if stream is None:
            return -1, None
        try:
            return stream.find(rel)
        except Exception:  # records out of order: no more cached outcomes, the cache is rewritten
            log.exception("scan cache of %s: the rest of it is not used", self.folder)
            self.damaged = True
            self._stream = None
            stream.close()
            return -1, None

    def put(self, path: str, size: int, mtime_ns: int, outcome: Outcome, ctime_ns: int, ino: int) -> None:
        """Remember the outcome of a file just read (unless it changed too recently to trust)."""
        if mtime_ns <= self._racy_after:
            self._new.append((path[self._cut :], size, mtime_ns, ctime_ns, ino, outcome))

    def save(self, complete: bool) -> str:
        """Write what changed: 'full', 'delta' or '' (nothing). Never raises; a failed write is skipped.

        After a cancelled scan only a missing cache is written, with the files read so far: every
        record is checked against its file's size, mtime_ns, ctime_ns and inode, so a partial cache
        is still right.
        """
        token, delta, new, kept = self._token, self._delta, self._new, self._delta_hits
        if self._stream is not None and self._stream.damaged:
            self.damaged = True  # a chunk was skipped: its records are missing from the file
        self._close_stream()
        hits = len(self._full_hits) + len(kept)
        try:
            if token is None or self.damaged:
                return self._write_full() if (new or hits) and (complete or token is None) else ""
            if not complete:
                return ""
            stale = self._full_size - len(self._full_hits)
            if stale + len(kept) + len(new) > COMPACT_FRACTION * (hits + len(new)):
                return self._write_full()
            if new or len(kept) != len(delta):
                encoder = _Encoder(inline=True)
                write_file(cache_paths(self.folder)[1], (self.folder, "delta", token, parser_key()),
                           heapq.merge(iter(kept), (encoder.record(*item) for item in new), key=_rel), encoder.table)
                return "delta"
        except OSError as exc:  # e.g. a full disk, a read-only cache folder, a folder in the way
            log.warning("scan cache of %s not saved: %s", self.folder, exc)
        except Exception:  # a bug: no cache this time, never a failed scan
            log.exception("scan cache of %s not saved", self.folder)
        return ""

    def close(self) -> None:
        """Free what the scan gathered a slice at a time (one long dealloc would hold the GIL)."""
        self._close_stream()
        _drain_list(self._new)
        _drain_list(self._delta_hits)
        self._delta = {}
        self._texts = []

    def _close_stream(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def _carried(self) -> Iterator[Record]:
        """The full cache's records found unchanged, read again from its file (in path order)."""
        if not self._full_hits:
            return
        old = open_segment(cache_paths(self.folder)[0], (self.folder, "full"), parser_key(), self._token)
        if old is None:
            raise DamagedCache("the full cache changed during the scan")
        try:
            wanted = iter(self._full_hits)
            next_position = next(wanted, -1)
            for position, rec in old.records():
                while 0 <= next_position < position:  # in a chunk damaged since the lookups: left out
                    next_position = next(wanted, -1)
                if position == next_position:
                    yield rec
                    next_position = next(wanted, -1)
                    if next_position < 0:
                        return
        finally:
            old.close()

    def _write_full(self) -> str:
        full, _delta = cache_paths(self.folder)
        texts, kept, encoder = self._texts, self._delta_hits, _Encoder(inline=False)
        carried = (encoder.carry(rec, texts) for rec in self._carried())
        from_delta = (encoder.carry(rec, texts) for rec in kept)
        records = heapq.merge(carried, from_delta, (encoder.record(*item) for item in self._new), key=_rel)
        write_file(full, (self.folder, "full", secrets.token_hex(8), parser_key()), records, encoder.table)
        for old in full.parent.glob(full.name.partition(".")[0] + ".*"):
            if old != full:  # the old delta (its token is gone), other format versions
                try:
                    old.unlink()
                except OSError:
                    pass
        return "full"


_NO_EXTRA: dict[str, str] = {}  # Posting.make shares one empty dict anyway


def _rel(rec: Record) -> str:
    return rec.path


class _Encoder:
    """Outcomes -> records; distinct pieces go to a table (records keep their indexes), or inline.

    Repeated strings are shared, so marshal stores them once and loads them as one object.
    """

    def __init__(self, inline: bool) -> None:
        self.table: list[bytes] = []  # the distinct pieces, in index order (grows as records are made)
        self._inline = inline
        self._memo = _Memo()
        self._ids: dict[bytes, int] = {}

    def carry(self, rec: Record, table: list[bytes]) -> Record:
        """A loaded record (already checked by a lookup), its pieces moved to this file's table."""
        if rec.kind != POSTING:
            return rec
        pieces = tuple([x if isinstance(x, bytes) else table[x] for x in rec.pieces])
        return rec._replace(pieces=self._pieces(pieces))

    def record(self, rel: str, size: int, mtime_ns: int, ctime_ns: int, ino: int, outcome: Outcome) -> Record:
        p, problems, ignored = outcome
        m = self._memo
        stored = tuple([(x.severity.value, x.code, tuple([m[a] for a in x.args])) for x in problems]) \
            if problems else ()
        if p is None:
            return Record(rel, size, mtime_ns, ctime_ns, ino, IGNORED if ignored else PROBLEMS, stored)
        opened, closes, extra = p.data_abertura, p.data_fecho, p.extra
        return Record(
            path=rel, size=size, mtime_ns=mtime_ns, ctime_ns=ctime_ns, ino=ino, kind=POSTING, problems=stored,
            key=p.key, id=p.id, ref=p.ref, title=m[p.title], trabalho=m[p.trabalho], empregador=m[p.empregador],
            pieces=self._pieces(p.pieces), sections=m[p.sections], codigo_postal=p.codigo_postal,
            concelho=m[p.concelho], distrito=m[p.distrito],
            opened=None if opened is None else opened.toordinal(),
            closes=None if closes is None else closes.toordinal(),
            extra={m[k]: m[v] for k, v in extra.items()})

    def _pieces(self, pieces: tuple[bytes, ...]) -> tuple[int, ...] | tuple[bytes, ...]:
        """The pieces' indexes in the file's table of distinct pieces (the pieces themselves inline)."""
        if self._inline:
            return pieces
        ids, table = self._ids, self.table
        out = []
        for piece in pieces:
            index = ids.get(piece)
            if index is None:
                index = ids[piece] = len(table)
                table.append(piece)
            out.append(index)
        return tuple(out)


def inline_encoder() -> Callable[[int, int, int, int, Outcome], Record]:
    """(size, mtime_ns, ctime_ns, ino, outcome) -> a record with its pieces inline and no path (a parse
    worker's: the scan knows the path)."""
    encoder = _Encoder(inline=True)
    return lambda size, mtime_ns, ctime_ns, ino, outcome: encoder.record("", size, mtime_ns, ctime_ns, ino,
                                                                         outcome)


class InlineDecoder:
    """Records with inline pieces -> outcomes, the pieces shared through memo (like a delta's)."""

    def __init__(self, memo: PieceMemo) -> None:
        self._memo = memo
        self._days = _Days()
        self._sections = _Sections()

    def outcome(self, rec: Record, path: str, mtime: float) -> Outcome:
        """A record our own parse worker made just now: no damage to look for (a cache file's is checked)."""
        return _outcome(rec, [], self._days, self._sections, path, mtime, self._memo, checked=False)


class _Memo(dict[Any, Any]):
    """One object per distinct string (or tuple of strings)."""

    def __missing__(self, value: Any) -> Any:
        self[value] = value
        return value


class _Sections(dict[Any, Any]):
    """One object per distinct tuple of section headers, checked once."""

    def __missing__(self, sections: Any) -> tuple[str, ...]:
        if type(sections) is not tuple or not all(type(header) is str for header in sections):
            raise TypeError("damaged cache record")
        self[sections] = sections
        return sections


class _Days(dict[Any, Any]):
    """Ordinal -> date, each day built once (postings may share the immutable dates)."""

    def __init__(self) -> None:
        super().__init__({None: None})

    def __missing__(self, ordinal: int) -> date:
        day = self[ordinal] = date.fromordinal(ordinal)
        return day


def _outcome(rec: Record, table: list[bytes], days: _Days, shared: _Sections, path: str, mtime: float,
             memo: PieceMemo, checked: bool = True) -> Outcome:
    """Rebuild a file's outcome from its record; raises on a record of the wrong shape (unless not checked)."""
    # Every field at once, in Record's order (checked below): 100,000 times per warm scan.
    (_path, _size, _mtime_ns, _ctime_ns, _ino, kind, stored, key, id_, ref, title, trabalho, empregador, kept,
     sections, codigo_postal, concelho, distrito, opened, closes, extra) = rec
    pieces: Any = kept  # indexes or pieces, as stored
    problems = [ParseProblem(source_path=path, severity=Severity(sev), code=code, args=args)
                for sev, code, args in stored] if stored else ()
    if kind != POSTING:
        if kind == PROBLEMS or kind == IGNORED:
            return None, problems, kind == IGNORED
        raise TypeError("damaged cache record")
    if type(pieces) is not tuple:
        raise TypeError("damaged cache record")
    if pieces and type(pieces[0]) is int:
        pieces = tuple(map(table.__getitem__, pieces))  # bytes, from the table (an int elsewhere raises)
    elif pieces:
        if checked and not all(type(x) is bytes for x in pieces):
            raise TypeError("damaged cache record")
        pieces = tuple(map(memo.__getitem__, pieces))  # a delta's or a worker's: shared with the files read now
    if checked and not (type(key) is type(ref) is type(title) is type(trabalho) is type(empregador)
                        is type(codigo_postal) is type(concelho) is type(distrito) is str
                        and type(extra) is dict and (id_ is None or type(id_) is int)
                        and (sections is None or type(sections) is tuple)):
        raise TypeError("damaged cache record")
    posting = Posting.make(id_, ref, title, trabalho, empregador, None if pieces else "", codigo_postal, concelho,
                           distrito, days[opened], days[closes], memo.shared_extra(extra) if extra else _NO_EXTRA,
                           path, mtime, pieces, key, shared[sections] if sections else sections)
    return posting, problems, False


if Record._fields != ("path", "size", "mtime_ns", "ctime_ns", "ino", "kind", "problems", "key", "id", "ref", "title",
                      "trabalho", "empregador", "pieces", "sections", "codigo_postal", "concelho", "distrito",
                      "opened", "closes", "extra"):
    raise ImportError("core.cache._outcome unpacks the fields of another Record")


def _all_inline(records: dict[str, Record]) -> bool:
    """A delta keeps its pieces inline: an index would point into the full cache's table."""
    try:
        return all(rec.kind != POSTING or all(type(x) is bytes for x in rec.pieces) for rec in records.values())
    except Exception:  # a record of the wrong shape
        log.warning("scan cache: a delta record of the wrong shape", exc_info=True)
        return False


def _drain_list(items: list[Any]) -> None:
    """Empty a big list from the end, letting other threads run between slices."""
    while items:
        del items[-RECORDS_PER_CHUNK:]
        time.sleep(0)
