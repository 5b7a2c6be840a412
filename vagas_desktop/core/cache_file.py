"""Scan cache files: a header, records in marshal chunks (sorted by path), a table of pieces, a head.

Written atomically (temp file, fsync, rename); read back a chunk at a time, so a scan never holds
every record. What the records mean is core.cache's business.
"""

from __future__ import annotations

import itertools
import marshal
import os
import secrets
import struct
import sys
import time
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

FORMAT_VERSION = 4
MAGIC = b"VAGASCAN"
# magic, format version, marshal version, then the byte lengths of head, texts and records.
# The file: header, records (marshal chunks, sorted by relative path), the table of distinct pieces,
# head (folder, kind, token, parser key, the byte length of each records chunk, the pieces' byte
# lengths as little-endian uint64, the number of records).
_HEADER = struct.Struct("<8sHHQQQ")
# Records per marshal chunk. A scan reads the full cache a chunk at a time, in step with the sorted
# files, so the records are never all in memory (100k: ~130 MB). One marshal call holds the GIL
# throughout; between chunks the scan thread yields it (time.sleep(0)).
RECORDS_PER_CHUNK = 2000
_CHUNK = 1 << 20
_STALE_TEMP_SECONDS = 3600

Record = tuple[Any, ...]  # a tuple whose first item is the file's relative path (see core.cache)


class DamagedCache(Exception):
    """A cache file that cannot be used (from where it went wrong on)."""


class RecordStream:
    """An open cache file: its token and table of pieces now, its records a chunk at a time."""

    def __init__(self, fh: IO[bytes], token: str, texts: list[bytes], chunk_lengths: tuple[int, ...],
                 count: int) -> None:
        self.token, self.texts, self.count = token, texts, count
        self._fh: IO[bytes] | None = fh
        self._chunks = iter(chunk_lengths)
        self._chunk: list[Record] = []
        self._i = 0  # the next record of _chunk
        self._base = 0  # the position in the file of _chunk[0]
        self._last: str | None = None  # the last relative path passed: the records must ascend

    def find(self, rel: str) -> tuple[int, Record | None]:
        """(position, record) of rel, passing the records before it; (-1, None) when it has none.

        Raises DamagedCache when a chunk is damaged or the records are not in path order.
        """
        while True:
            if self._i >= len(self._chunk) and not self._next_chunk():
                return -1, None
            rec = self._chunk[self._i]
            key = rec[0]
            if type(key) is not str or (self._last is not None and key <= self._last):
                raise DamagedCache("records out of order")
            if key > rel:
                return -1, None  # not cached; this record waits for a later file
            self._i += 1
            self._last = key
            if key == rel:
                return self._base + self._i - 1, rec

    def records(self) -> Iterator[tuple[int, Record]]:
        """Every (position, record) from here on."""
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
        n = next(self._chunks, None)
        if n is None or self._fh is None:
            self.close()
            return False
        time.sleep(0)  # let other threads (the GUI) run between the GIL-holding loads
        data = self._fh.read(n)
        chunk = marshal.loads(data) if len(data) == n else None
        if type(chunk) is not list or not chunk:
            self.close()
            raise DamagedCache("damaged records chunk")
        self._base += len(self._chunk)
        self._chunk, self._i = chunk, 0
        return True


def open_segment(path: Path, owner: tuple[str, str], parser: str, token: str | None) -> RecordStream | None:
    """An open cache file, or None when missing, damaged, of another version, (folder, kind) or parser.

    token: the full cache's, which a delta must name (None: any).
    """
    fh = None
    try:
        fh = open(path, "rb")
        size = os.fstat(fh.fileno()).st_size
        magic, fmt, mversion, head_len, texts_len, records_len = _HEADER.unpack(fh.read(_HEADER.size))
        if (magic, fmt, mversion) != (MAGIC, FORMAT_VERSION, marshal.version):
            raise DamagedCache("another format")
        if size != _HEADER.size + head_len + texts_len + records_len:
            raise DamagedCache("truncated, or bytes appended")
        fh.seek(_HEADER.size + records_len + texts_len)
        head = marshal.loads(fh.read(head_len))
        if (type(head) is not tuple or len(head) != 7 or head[:2] != owner
                or head[3] != parser or token not in (None, head[2])):
            raise DamagedCache("another folder, kind or parser")
        chunk_lengths, lengths, count = head[4], _unpack_lengths(head[5]), head[6]
        if (type(chunk_lengths) is not tuple or sum(chunk_lengths) != records_len
                or not all(type(n) is int and n > 0 for n in chunk_lengths)
                or sum(lengths) != texts_len or type(count) is not int):
            raise DamagedCache("inconsistent lengths")
        fh.seek(_HEADER.size + records_len)
        texts = _read_texts(fh, lengths)
        fh.seek(_HEADER.size)
        return RecordStream(fh, str(head[2]), texts, chunk_lengths, count)
    except Exception:  # missing, unreadable, truncated, garbage: no cache
        if fh is not None:
            fh.close()
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


def write_file(path: Path, head: tuple[str, str, str, str], records: Iterable[Record], table: list[bytes]) -> None:
    """Write a cache file atomically: a temp file beside it, fsynced, then renamed over it.

    The records (in path order; made as they are read, so they may still be adding pieces to table)
    are written a chunk at a time, then table, the head, and the header last.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb", buffering=_CHUNK) as fh:
            fh.write(bytes(_HEADER.size))  # no magic yet: never valid until finished
            chunk_lengths = []
            count = 0
            for chunk in _batched(records, RECORDS_PER_CHUNK):
                time.sleep(0)  # let other threads (the GUI) run between the GIL-holding dumps
                data = marshal.dumps(chunk)
                fh.write(data)
                chunk_lengths.append(len(data))
                count += len(chunk)
            for piece in table:
                fh.write(piece)
            lengths = [len(piece) for piece in table]
            head_bytes = marshal.dumps((*head, tuple(chunk_lengths), _pack_lengths(lengths), count))
            fh.write(head_bytes)
            fh.seek(0)
            fh.write(_HEADER.pack(MAGIC, FORMAT_VERSION, marshal.version, len(head_bytes),
                                  sum(lengths), sum(chunk_lengths)))
            fh.flush()
            os.fsync(fh.fileno())  # the data is on disk before the name points to it
        os.replace(tmp, path)  # a rename lost in a crash leaves the old cache: still valid
    finally:
        tmp.unlink(missing_ok=True)


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
