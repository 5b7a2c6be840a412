"""Scan cache files: a header, records in marshal chunks (sorted by path), a table of pieces, a head.

Written atomically (temp file, fsync, rename); read back a chunk at a time, so a scan never holds
every record. Every byte is under a CRC-32: the header's own, the head's (in the header), each records
chunk's and the table's (in the head). A damaged header, head or table discards the file; a damaged
chunk only its records (their files are read again). Only regular files are opened, without
blocking. What the records mean is core.cache's business.
"""

from __future__ import annotations

import functools
import itertools
import logging
import marshal
import os
import secrets
import stat
import struct
import sys
import time
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple, cast

log = logging.getLogger(__name__)

FORMAT_VERSION = 7  # 6: records with the posting's key and sections; 7: problems as code + arguments
MAGIC = b"VAGASCAN"
# magic, format version, marshal version, the byte lengths of head, texts and records, the head's
# CRC-32, then the CRC-32 of the header's bytes before it.
# The file: header, records (marshal chunks, sorted by relative path), the table of distinct pieces,
# head (folder, kind, token, parser key, the byte length and CRC-32 of each records chunk, the pieces'
# byte lengths as little-endian uint64, the table's CRC-32, the number of records).
_HEADER = struct.Struct("<8sHHQQQII")
_HEAD_ITEMS = 9
# Records per marshal chunk. A scan reads the full cache a chunk at a time, in step with the sorted
# files, so the records are never all in memory (100k: ~130 MB). One marshal call holds the GIL
# throughout; between chunks the scan thread yields it (time.sleep(0)).
RECORDS_PER_CHUNK = 2000
_CHUNK = 1 << 20
_STALE_TEMP_SECONDS = 3600
# A record's position: its chunk's number in the high bits, its index in the chunk in the low ones,
# so a skipped (damaged) chunk leaves the positions of the others as they are in the file.
_CHUNK_SHIFT = 32



class Record(NamedTuple):
    """One file in a cache file, or from a parse worker: its stat, then what it gave (core.cache).

    Written and sent as a plain tuple (marshal takes no tuple subclass) and rebuilt by as_record.
    kind: POSTING (the posting's fields follow), PROBLEMS (problems only) or IGNORED (not a posting,
    not a problem). pieces: indexes into the file's table of pieces in a full cache, the pieces
    themselves elsewhere; opened and closes: dates as ordinals. The profile text is not stored.
    """

    path: str  # relative to the folder; "" from a parse worker
    size: int
    mtime_ns: int
    ctime_ns: int
    ino: int
    kind: int
    problems: tuple[tuple[str, str, tuple[str, ...]], ...]  # (severity, core.messages code, arguments)
    key: str = ""
    id: int | None = None
    ref: str = ""
    title: str = ""
    trabalho: str = ""
    empregador: str = ""
    pieces: tuple[int, ...] | tuple[bytes, ...] = ()
    sections: tuple[str, ...] | None = ()  # None: not looked for (see scan's sections)
    codigo_postal: str = ""
    concelho: str = ""
    distrito: str = ""
    opened: int | None = None
    closes: int | None = None
    extra: dict[str, str] | None = None


POSTING, PROBLEMS, IGNORED = 1, 2, 3  # Record.kind
# A marshalled record back as a Record, without checks: a C call, 5x cheaper than Record._make. A
# record of the wrong length raises IndexError when a missing field is read (ValueError when
# unpacked); its types are checked where it is used.
as_record = cast(Callable[[tuple[Any, ...]], Record], functools.partial(tuple.__new__, Record))


class DamagedCache(Exception):
    """A cache file that cannot be used (from where it went wrong on)."""


class RecordStream:
    """An open cache file: its token and table of pieces now, its records a chunk at a time."""

    def __init__(self, fh: IO[bytes], path: Path, token: str, texts: list[bytes],
                 chunks: tuple[tuple[int, int], ...], count: int) -> None:
        self.token, self.texts, self.count = token, texts, count
        self.damaged = False  # a chunk failed its checksum: its records were skipped
        self._fh: IO[bytes] | None = fh
        self._path = path
        self._chunks = iter(chunks)  # (byte length, CRC-32) of each chunk
        self._chunk: list[Record] = []
        self._i = 0  # the next record of _chunk
        self._base = -1 << _CHUNK_SHIFT  # the position of _chunk[0]
        self._last: str | None = None  # the last relative path passed: the records must ascend

    def find(self, rel: str) -> tuple[int, Record | None]:
        """(position, record) of rel, passing the records before it; (-1, None) when it has none.

        Raises DamagedCache when the records are not in path order.
        """
        while True:
            if self._i >= len(self._chunk) and not self._next_chunk():
                return -1, None
            rec = self._chunk[self._i]
            key = rec.path
            if type(key) is not str or (self._last is not None and key <= self._last):
                raise DamagedCache("records out of order")
            if key > rel:
                return -1, None  # not cached; this record waits for a later file
            self._i += 1
            self._last = key
            if key == rel:
                return self._base + self._i - 1, rec

    def records(self) -> Iterator[tuple[int, Record]]:
        """Every (position, record) from here on (but those of damaged chunks)."""
        while self._i < len(self._chunk) or self._next_chunk():
            rec = self._chunk[self._i]
            self._i += 1
            yield self._base + self._i - 1, rec

    def close(self) -> None:
        self._chunk = []
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def _next_chunk(self) -> bool:
        """Load the next undamaged chunk; False at the end. A damaged one is logged and skipped."""
        while True:
            item = next(self._chunks, None)
            if item is None or self._fh is None:
                self.close()
                return False
            n, crc = item
            self._base += 1 << _CHUNK_SHIFT
            self._chunk, self._i = [], 0
            time.sleep(0)  # let other threads (the GUI) run between the GIL-holding loads
            data = self._fh.read(n)
            if len(data) == n and zlib.crc32(data) == crc:
                try:
                    chunk = marshal.loads(data)
                except (ValueError, EOFError, TypeError):
                    chunk = None
                if type(chunk) is not list or not chunk or set(map(type, chunk)) != {tuple}:
                    self.close()  # written so (a bug): the rest is not trusted
                    raise DamagedCache("a records chunk of the wrong shape")
                self._chunk = list(map(as_record, chunk))
                return True
            self.damaged = True
            log.warning("scan cache %s: records chunk %d damaged, its files are read again",
                        self._path, self._base >> _CHUNK_SHIFT)


def open_segment(path: Path, owner: tuple[str, str], parser: str, token: str | None) -> RecordStream | None:
    """An open cache file, or None when missing, damaged, of another version, (folder, kind) or parser.

    token: the full cache's, which a delta must name (None: any). Never blocks on a FIFO or a device
    at path: only a regular file is opened. A damaged or unusable file is logged.
    """
    fh = None
    try:
        fh = _open_regular(path)
        if fh is None:
            return None
        size = os.fstat(fh.fileno()).st_size
        header = fh.read(_HEADER.size)
        if len(header) != _HEADER.size:
            raise DamagedCache("shorter than a header")
        magic, fmt, mversion, head_len, texts_len, records_len, head_crc, header_crc = _HEADER.unpack(header)
        if (magic, fmt, mversion) != (MAGIC, FORMAT_VERSION, marshal.version):
            raise DamagedCache("another format")
        if zlib.crc32(header[:-4]) != header_crc:
            raise DamagedCache("damaged header")
        if size != _HEADER.size + head_len + texts_len + records_len:
            raise DamagedCache("truncated, or bytes appended")
        fh.seek(_HEADER.size + records_len + texts_len)
        head_bytes = fh.read(head_len)
        if zlib.crc32(head_bytes) != head_crc:
            raise DamagedCache("damaged head")
        head = marshal.loads(head_bytes)
        if type(head) is not tuple or len(head) != _HEAD_ITEMS or head[:2] != owner:
            raise DamagedCache("another folder or kind")
        if head[3] != parser or token not in (None, head[2]):  # after an upgrade, or a delta left behind
            log.info("scan cache %s not used: made by another parser or for another full cache", path)
            fh.close()
            return None
        chunk_lengths, chunk_crcs, lengths, texts_crc, count = head[4], head[5], _unpack_lengths(head[6]), *head[7:]
        if (type(chunk_lengths) is not tuple or type(chunk_crcs) is not tuple
                or len(chunk_lengths) != len(chunk_crcs) or sum(chunk_lengths) != records_len
                or not all(type(n) is int and n > 0 for n in chunk_lengths)
                or sum(lengths) != texts_len or type(count) is not int):
            raise DamagedCache("inconsistent lengths")
        fh.seek(_HEADER.size + records_len)
        texts = _read_texts(fh, lengths, texts_len, texts_crc)
        fh.seek(_HEADER.size)
        return RecordStream(fh, path, str(head[2]), texts, tuple(zip(chunk_lengths, chunk_crcs, strict=True)),
                            count)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, TypeError, DamagedCache) as exc:  # unreadable, truncated, garbage
        log.warning("scan cache %s not used: %s", path, exc)
    except Exception:  # not expected of any file: a bug here, still no cache rather than no scan
        log.exception("scan cache %s not used", path)
    if fh is not None:
        fh.close()
    return None


def _open_regular(path: Path) -> IO[bytes] | None:
    """path opened for reading if it is a regular file (else None, logged); never waits on a FIFO."""
    st = os.stat(path)
    if stat.S_ISREG(st.st_mode):
        # O_NONBLOCK: should a FIFO take its place before the open, the open does not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
                     | getattr(os, "O_CLOEXEC", 0))
        fh = os.fdopen(fd, "rb")
        st = os.fstat(fh.fileno())
        if stat.S_ISREG(st.st_mode):
            return fh
        fh.close()
    log.warning("scan cache %s not used: not a regular file", path)
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


def _read_texts(fh: IO[bytes], lengths: Iterable[int], total: int, crc: int) -> list[bytes]:
    """The table of distinct pieces, read a chunk at a time; raises unless its CRC-32 is crc."""
    texts: list[bytes] = []
    chunk, pos, left, seen = b"", 0, total, 0
    for n in lengths:
        end = pos + n
        if end > len(chunk):
            more = fh.read(min(max(_CHUNK, n), left))
            left -= len(more)
            seen = zlib.crc32(more, seen)
            chunk = chunk[pos:] + more
            pos, end = 0, n
            if end > len(chunk):
                raise EOFError("cache texts cut short")
        texts.append(chunk[pos:end])
        pos = end
    if seen != crc or left:
        raise DamagedCache("damaged table of pieces")
    return texts


def write_file(path: Path, head: tuple[str, str, str, str], records: Iterable[Record], table: list[bytes]) -> None:
    """Write a cache file atomically: a temp file beside it, fsynced, then renamed over it.

    The records (in path order; made as they are read, so they may still be adding pieces to table)
    are written a chunk at a time, then table, the head, and the header last. Raises OSError (nothing
    written) when path is a folder; a FIFO, socket or device there is replaced (logged).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(path)
    _check_target(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb", buffering=_CHUNK) as fh:
            fh.write(bytes(_HEADER.size))  # no magic yet: never valid until finished
            chunk_lengths, chunk_crcs = [], []
            count = 0
            for chunk in _batched(records, RECORDS_PER_CHUNK):
                time.sleep(0)  # let other threads (the GUI) run between the GIL-holding dumps
                data = marshal.dumps(list(map(tuple, chunk)))
                fh.write(data)
                chunk_lengths.append(len(data))
                chunk_crcs.append(zlib.crc32(data))
                count += len(chunk)
            texts_crc = 0
            for piece in table:
                fh.write(piece)
                texts_crc = zlib.crc32(piece, texts_crc)
            lengths = [len(piece) for piece in table]
            head_bytes = marshal.dumps((*head, tuple(chunk_lengths), tuple(chunk_crcs), _pack_lengths(lengths),
                                        texts_crc, count))
            fh.write(head_bytes)
            header = _HEADER.pack(MAGIC, FORMAT_VERSION, marshal.version, len(head_bytes), sum(lengths),
                                  sum(chunk_lengths), zlib.crc32(head_bytes), 0)
            fh.seek(0)
            fh.write(header[:-4] + zlib.crc32(header[:-4]).to_bytes(4, "little"))
            fh.flush()
            os.fsync(fh.fileno())  # the data is on disk before the name points to it
        os.replace(tmp, path)  # a rename lost in a crash leaves the old cache: still valid
    finally:
        tmp.unlink(missing_ok=True)


def _check_target(path: Path) -> None:
    """Raise if a folder is at path (a rename cannot replace it); log anything else odd found there."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(f"a folder is in the way of {path}")
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
        log.warning("scan cache %s: not a regular file, replaced", path)


def _batched(items: Iterable[Record], n: int) -> Iterator[list[Record]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def _remove_stale_temps(path: Path) -> None:
    """Delete temp files a killed writer left (old ones only: another scan may be writing)."""
    limit = time.time() - _STALE_TEMP_SECONDS
    for tmp in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            if tmp.stat().st_mtime < limit:
                tmp.unlink()
        except OSError:
            pass
