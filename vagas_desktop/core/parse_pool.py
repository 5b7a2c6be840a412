"""Reading and parsing posting files, in this process or, for many files, in worker processes.

Workers send back compact records (the scan cache's inline form: short fields, the profile's folded
pieces, problems) rather than Posting objects: sending objects back cost more than the parse saved.
The scan rebuilds postings from the records as it does from its cache, sharing equal pieces.
Measured at 100,000 files on 2 cores: 10.0 s in one process, 5.9 s with two workers.
"""

from __future__ import annotations

import gc
import logging
import marshal
import os
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NamedTuple

from .cache import Outcome, inline_encoder
from .cache_file import Record, as_record
from .frontmatter_text import decode, starts_with_fence
from .parse import failed, parse_bytes, read_file, too_large, unreadable
from .pieces import PieceMemo

# A file of these kinds without front matter is reported; the others are just not postings.
STRICT_SUFFIXES = (".md", ".markdown")
PARALLEL_MIN_FILES = 8000  # fewer files: starting the workers (~0.3 s each, measured) costs about what they save
MAX_WORKERS = 4
BATCH = 500  # files per task: small enough for a prompt cancel and steady progress
_FRAME = struct.Struct("<Q")  # the byte length of each message on a worker's pipes
WORKERS_ENV = "VAGAS_PARSE_WORKERS"  # a number of worker processes, 0 for none (default: one per core)
# A frozen app has no `python -m`: its workers are the executable itself with this hidden argument,
# which vagas_desktop.__main__ hands to serve_worker() before importing anything else.
WORKER_FLAG = "--parse-worker"

log = logging.getLogger(__name__)


class Candidate(NamedTuple):
    """A file that may be a posting."""

    path: str
    size: int
    mtime: float
    mtime_ns: int
    ctime_ns: int  # with the inode, catches an in-place rewrite that kept size and mtime
    ino: int


def read_one(cand: Candidate, memo: PieceMemo, sections: bool = True) -> tuple[Outcome, bool]:
    """Read and parse one file: (outcome, cacheable); an unreadable file is never cached.

    Never raises: whatever the file holds, it gives a posting, problems, or "not a posting".
    """
    try:
        return _read_one(cand, memo, sections)
    except Exception as exc:  # a bug met by one file must not stop the folder (nor kill a worker)
        log.exception("could not read %s", cand.path)
        return (None, [failed(cand.path, exc)], False), False


def _read_one(cand: Candidate, memo: PieceMemo, sections: bool) -> tuple[Outcome, bool]:
    try:
        data, whole, _st = read_file(cand.path)
    except OSError as exc:
        return (None, [unreadable(cand.path, exc)], False), False
    if not _looks_like_posting(data) and not cand.path.lower().endswith(STRICT_SUFFIXES):
        return (None, [], True), True  # e.g. a README.txt or an HTML page: not a problem
    if not whole:
        return (None, [too_large(data, cand.path)], False), True
    posting, problems = parse_bytes(data, cand.path, cand.mtime, keep_text=False, memo=memo, sections=sections)
    return (posting, problems, False), True


def _looks_like_posting(data: bytes) -> bool:
    """True when the file opens with a front-matter fence (after an optional BOM)."""
    if data.startswith(b"---"):
        return True
    head, _warning = decode(data[:64])
    return starts_with_fence(head)


def worker_count(files: int) -> int:
    """How many worker processes should read this many files (0: read them in this process); logged."""
    wanted = os.environ.get(WORKERS_ENV, "").strip()
    if wanted.isdigit():
        count = min(int(wanted), MAX_WORKERS) if files else 0
        log.info("%d parse workers for %d files (%s=%s)", count, files, WORKERS_ENV, wanted)
        return count
    if files < PARALLEL_MIN_FILES:
        if files:
            log.info("no parse workers for %d files (fewer than %d)", files, PARALLEL_MIN_FILES)
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    count = min(cores, MAX_WORKERS) if cores > 1 else 0
    log.info("%d parse workers for %d files (%d cores)", count, files, cores)
    return count


def parse_in_workers(files: Sequence[Candidate], workers: int, cancelled: Callable[[], bool] | None = None,
                     sections: bool = True) -> Iterator[list[tuple[bool, Record]]]:
    """(cacheable, record) for each file, a batch at a time, in order; read by worker processes.

    The workers are plain `python -m vagas_desktop.core.parse_pool` processes (in a frozen app, the
    executable with WORKER_FLAG) fed through pipes (not multiprocessing, which would run the caller's
    main script again in each of them). Raises
    when a worker cannot start or dies: the caller reads the rest itself. Stops early (the workers
    are killed) when cancelled() turns true.
    """
    batches = [marshal.dumps((sections, list(map(tuple, files[i : i + BATCH])))) for i in range(0, len(files), BATCH)]
    procs = [_start_worker() for _ in range(min(workers, len(batches)))]
    try:
        feeders = [threading.Thread(target=_feed, args=(proc, batches[k :: len(procs)]), daemon=True)
                   for k, proc in enumerate(procs)]
        for feeder in feeders:
            feeder.start()
        for k in range(len(batches)):
            if cancelled is not None and cancelled():
                return
            stdout = procs[k % len(procs)].stdout
            assert stdout is not None
            yield [(cacheable, as_record(rec)) for cacheable, rec in marshal.loads(_read_frame(stdout))]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            for pipe in (proc.stdin, proc.stdout):
                if pipe is not None:
                    pipe.close()


def worker_command() -> list[str]:
    """The command line of a worker process: this Python with -m, or the frozen executable itself."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    # -P: the current folder is not put first on the path, where a checkout of another version (or
    # anything named vagas_desktop) would be imported instead of this code.
    return [sys.executable, "-P", "-m", __name__]


def _start_worker() -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        package_parent = str(Path(__file__).resolve().parents[2])  # importable, however this process found it
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (package_parent, env.get("PYTHONPATH"))))
    return subprocess.Popen(worker_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env)


def _feed(proc: subprocess.Popen[bytes], batches: list[bytes]) -> None:
    """Write a worker's batches, then close its input (it exits after the last one)."""
    try:
        assert proc.stdin is not None
        for data in batches:
            proc.stdin.write(_FRAME.pack(len(data)) + data)
        proc.stdin.close()
    except (OSError, ValueError) as exc:  # the worker died or was killed: the reader notices and says so
        log.debug("parse worker input closed early: %s", exc)


def _read_frame(stream: IO[bytes]) -> bytes:
    head = stream.read(_FRAME.size)
    if len(head) != _FRAME.size:
        raise EOFError("a parse worker stopped")
    (size,) = _FRAME.unpack(head)
    data = stream.read(size)
    if len(data) != size:
        raise EOFError("a parse worker stopped")
    return data


def _parse_batch(batch: tuple[bool, list[tuple[Any, ...]]]) -> bytes:
    """In a worker: read and parse a batch of files into marshalled (cacheable, record) pairs."""
    memo, encode = PieceMemo(), inline_encoder()
    sections, items = batch
    out = []
    for item in items:
        cand = Candidate._make(item)
        outcome, cacheable = read_one(cand, memo, sections)
        try:
            record = encode(cand.size, cand.mtime_ns, cand.ctime_ns, cand.ino, outcome)
        except Exception as exc:  # an outcome the record cannot hold: the file is reported instead
            log.exception("could not encode what %s gave", cand.path)
            record = encode(cand.size, cand.mtime_ns, cand.ctime_ns, cand.ino, (None, [failed(cand.path, exc)], False))
            cacheable = False
        out.append((cacheable, tuple(record)))  # marshal takes plain tuples only
    return marshal.dumps(out)


def serve_worker() -> None:
    """A worker's loop: batches in on stdin, results out on stdout, until stdin ends."""
    gc.disable()  # as in scan(): many small objects, no cycles
    # The raw descriptors, not sys.stdin/sys.stdout: a windowed frozen app (Windows) may have set those to None.
    stdin, stdout = open(0, "rb", closefd=False), open(1, "wb", closefd=False)
    while True:
        try:
            batch = marshal.loads(_read_frame(stdin))
        except EOFError:
            return
        data = _parse_batch(batch)
        stdout.write(_FRAME.pack(len(data)) + data)
        stdout.flush()


if __name__ == "__main__":
    serve_worker()
