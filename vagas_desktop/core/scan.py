"""A folder of posting files -> postings and problems, with progress and cancel."""

from __future__ import annotations

import gc
import os
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .frontmatter_text import decode, starts_with_fence
from .parse import parse_bytes
from .posting import ParseProblem, Posting, Severity

POSTING_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt")
# A file of these kinds without front matter is reported; the others are just not postings.
STRICT_SUFFIXES = (".md", ".markdown")
PROGRESS_EVERY = 256

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass
class ScanResult:
    """What a scan found: postings (one per Ref), problems, and counts for the summary."""

    folder: str
    postings: list[Posting] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)
    superseded: int = 0
    ignored: int = 0
    files: int = 0
    seconds: float = 0.0
    cancelled: bool = False

    def relative(self, path: str) -> str:
        """A source path relative to the scanned folder, '/'-separated."""
        return os.path.relpath(path, self.folder).replace(os.sep, "/")


@dataclass(frozen=True)
class Candidate:
    """A file that may be a posting."""

    path: str
    size: int
    mtime: float
    mtime_ns: int


def list_candidates(folder: str, cancelled: CancelCheck | None = None) -> tuple[list[Candidate], int]:
    """Walk folder recursively; returns (candidate files sorted by path, ignored count)."""
    seen: set[tuple[int, int]] = set()
    found: list[Candidate] = []
    ignored = 0
    for entry, st in _walk(folder, seen, cancelled):
        name = entry.name
        if name.lower().endswith(POSTING_SUFFIXES):
            found.append(Candidate(entry.path, st.st_size, st.st_mtime, st.st_mtime_ns))
        else:
            ignored += 1
    found.sort(key=lambda c: c.path)
    return found, ignored


def _walk(
    folder: str, seen: set[tuple[int, int]], cancelled: CancelCheck | None
) -> Iterator[tuple[os.DirEntry[str], os.stat_result]]:
    """Regular files under folder, each once; hidden entries and backups skipped; links followed once."""
    stack = [folder]
    while stack:
        if cancelled is not None and cancelled():
            return
        current = stack.pop()
        try:
            st = os.stat(current)
            if (st.st_dev, st.st_ino) in seen:
                continue  # a symlink loop or a folder reached twice
            seen.add((st.st_dev, st.st_ino))
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if name.startswith(".") or name.endswith("~") or name.startswith("#"):
                continue
            try:
                st = entry.stat()  # follows links
            except OSError:
                continue  # dangling link
            if stat.S_ISDIR(st.st_mode):
                stack.append(entry.path)
            elif stat.S_ISREG(st.st_mode) and (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                yield entry, st


def scan(
    folder: str,
    on_progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ScanResult:
    """Read every posting file under folder. Never raises for bad files; never writes."""
    started = time.perf_counter()
    folder = os.path.abspath(folder)
    result = ScanResult(folder)
    candidates, result.ignored = list_candidates(folder, cancelled)
    total = len(candidates)
    postings: list[Posting] = []
    gc_was_enabled = gc.isenabled()
    gc.disable()  # many small objects, no cycles: the collector only costs time here
    try:
        for done, cand in enumerate(candidates):
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            if on_progress is not None and done % PROGRESS_EVERY == 0:
                on_progress(done, total)
            _read_one(cand, result, postings)
        else:
            if on_progress is not None:
                on_progress(total, total)
    finally:
        if gc_was_enabled:
            gc.enable()
    result.files = total
    result.postings = _drop_superseded(postings, result)
    result.seconds = time.perf_counter() - started
    return result


def _read_one(cand: Candidate, result: ScanResult, postings: list[Posting]) -> None:
    try:
        with open(cand.path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        result.problems.append(ParseProblem(source_path=cand.path, severity=Severity.ERROR,
                                            message=f"unreadable: {reason}"))
        return
    if not _looks_like_posting(data) and not cand.path.lower().endswith(STRICT_SUFFIXES):
        result.ignored += 1  # e.g. a README.txt or an HTML page: not a posting, not a problem
        return
    posting, problems = parse_bytes(data, cand.path, cand.mtime)
    result.problems.extend(problems)
    if posting is not None:
        postings.append(posting)


def _looks_like_posting(data: bytes) -> bool:
    """True when the file opens with a front-matter fence (after an optional BOM)."""
    if data.startswith(b"---"):
        return True
    head, _warning = decode(data[:64])
    return starts_with_fence(head)


def _drop_superseded(postings: list[Posting], result: ScanResult) -> list[Posting]:
    """Postings sharing a Ref are versions of one offer: keep the newest, report the rest."""
    best: dict[str, Posting] = {}
    for posting in postings:
        if not posting.ref:
            continue
        current = best.get(posting.ref)
        if current is None or _version_key(posting, result) > _version_key(current, result):
            best[posting.ref] = posting
    if len(best) == sum(1 for p in postings if p.ref):
        return postings
    kept: list[Posting] = []
    for posting in postings:
        winner = best.get(posting.ref) if posting.ref else None
        if winner is None or winner is posting:
            kept.append(posting)
            continue
        result.superseded += 1
        result.problems.append(ParseProblem(
            source_path=posting.source_path, severity=Severity.INFO,
            message=f"superseded: Ref {posting.ref} also in {result.relative(winner.source_path)}, "
                    "a newer version",
        ))
    return kept


def _version_key(posting: Posting, result: ScanResult) -> tuple[str, float, str]:
    opened = posting.data_abertura.isoformat() if posting.data_abertura else ""
    return opened, posting.mtime, result.relative(posting.source_path)
