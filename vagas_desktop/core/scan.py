"""A folder of posting files -> postings and problems, with progress and cancel."""

from __future__ import annotations

import errno
import gc
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from stat import S_ISDIR, S_ISREG

from .cache import FolderCache, InlineDecoder, Outcome
from .messages import os_reason
from .parse_pool import Candidate, parse_in_workers, read_one, worker_count
from .pieces import PieceMemo
from .posting import ParseProblem, Posting, Severity

POSTING_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt")
PROGRESS_EVERY = 256
_name = attrgetter("name")
log = logging.getLogger(__name__)

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
    cache_used: bool = False  # the scan looked in the folder's cache
    cache_hits: int = 0  # files whose outcome came from the cache, unread
    cache_saved: str = ""  # what the scan wrote to the cache: "full", "delta" or ""
    directories: list[str] = field(default_factory=list)  # the folder and the subfolders walked
    unlisted: int = 0  # folders that could not be listed: their postings are unknown, not gone
    sections: bool = False  # the postings' section headers were found (else Posting.sections is None)

    @property
    def complete(self) -> bool:
        """Every folder was listed and every file looked at: what is missing is really gone."""
        return not self.cancelled and not self.unlisted

    def relative(self, path: str) -> str:
        """A source path relative to the scanned folder, '/'-separated."""
        return os.path.relpath(path, self.folder).replace(os.sep, "/")


def list_candidates(folder: str, cancelled: CancelCheck | None = None, directories: list[str] | None = None,
                    problems: list[ParseProblem] | None = None,
                    unlisted: list[str] | None = None) -> tuple[list[Candidate], int]:
    """Walk folder recursively; returns (candidate files sorted by path, ignored count).

    Hidden entries and backups are skipped unseen. Links are followed when their target is inside
    folder, each file and folder read once; links leading outside or nowhere, and what cannot be
    listed or stat'ed, go to problems when given (with a reason, sorted by path).
    The folders listed are appended to directories when given (a watcher wants them), those that
    could not be to unlisted.
    """
    walk = _Walk(folder)
    stack = [folder]
    while stack:
        if cancelled is not None and cancelled():
            break
        current = stack.pop()
        if walk.list_dir(current, stack) and directories is not None:
            directories.append(current)
    walk.found.sort()  # by path: paths are unique
    if problems is not None:
        problems.extend(sorted(walk.problems, key=attrgetter("source_path")))
    if unlisted is not None:
        unlisted.extend(walk.unlisted)
    return walk.found, walk.ignored


class _Walk:
    """What a walk of one folder found, saw and could not read."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        root = os.path.realpath(folder)  # the folder may itself be reached through a link
        self.inside = root if root.endswith(os.sep) else root + os.sep
        self.seen: set[tuple[int, int]] = set()
        self.found: list[Candidate] = []
        self.problems: list[ParseProblem] = []
        self.unlisted: list[str] = []  # folders reported unreadable
        self.ignored = 0
        self.real_heads: dict[str, str] = {}  # realpath of the folders links point into
        try:
            st = os.stat(folder)
            self.seen.add((st.st_dev, st.st_ino))
        except OSError:
            pass  # reported when it is listed

    def list_dir(self, current: str, stack: list[str]) -> bool:
        """Add current's candidate files to found and its new subfolders to stack; False if unlistable."""
        try:
            with os.scandir(current) as it:
                entries = sorted(it, key=_name)
        except OSError as exc:
            if exc.errno != errno.ENOENT or current == self.folder:  # else removed since it was seen
                self._unlisted(current, exc)
            return False
        seen, found, new = self.seen, self.found, Candidate._make
        for entry in entries:
            name = entry.name
            if name[0] in ".#" or name[-1] == "~":
                continue
            try:
                st = entry.stat()  # follows links
                link = entry.is_symlink()  # from the listing, mostly: no system call
            except OSError as exc:
                self._unstatable(entry, exc)
                continue
            if link and not self._link_inside(entry, st):
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen:
                continue  # a loop, or reached twice through links
            seen.add(key)
            if S_ISDIR(st.st_mode):
                stack.append(entry.path)
            elif not name.lower().endswith(POSTING_SUFFIXES):
                self.ignored += 1
            elif S_ISREG(st.st_mode):
                found.append(new((entry.path, st.st_size, st.st_mtime, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)))
            else:  # reading a pipe or a device could block, or never end
                self._ignore(entry.path, "not-regular")
        return True

    def _link_inside(self, entry: os.DirEntry[str], st: os.stat_result) -> bool:
        """True when the link's target is inside the folder; else it is reported as ignored."""
        target = self._real_path(entry.path)
        if self._is_inside(target):
            return True
        kind = "folder" if S_ISDIR(st.st_mode) else "file"
        self._ignore(entry.path, f"link-{kind}-outside", target)
        return False

    def _unstatable(self, entry: os.DirEntry[str], exc: OSError) -> None:
        """Report an entry whose stat failed: a link leading nowhere or outside, else an unreadable one."""
        if _entry_is(entry, True):
            if exc.errno in _BROKEN_LINK:
                return self._ignore(entry.path, "broken-link")
            target = self._real_path(entry.path)
            if not self._is_inside(target):  # e.g. into a folder this user cannot enter
                return self._ignore(entry.path, "link-outside", target)
        elif exc.errno == errno.ENOENT:
            return  # removed since the folder was listed: nothing left to read or report
        if _entry_is(entry, False):
            return self._unlisted(entry.path, exc)
        self._report(entry.path, Severity.ERROR, "unreadable", os_reason(exc))

    def _unlisted(self, path: str, exc: OSError) -> None:
        self.unlisted.append(path)
        self._report(path, Severity.ERROR, "folder-unreadable", os_reason(exc))

    def _real_path(self, link: str) -> str:
        """os.path.realpath(link), resolving the folder it points into once: links often share a few."""
        try:
            head, tail = os.path.split(os.path.join(os.path.dirname(link), os.readlink(link)))
        except OSError:  # no longer a link: changed since it was listed
            return os.path.realpath(link)
        if tail in ("", ".", ".."):
            return os.path.realpath(link)
        real_head = self.real_heads.get(head)
        if real_head is None:
            real_head = self.real_heads[head] = os.path.realpath(head)
        path = os.path.join(real_head, tail)
        return os.path.realpath(path) if os.path.islink(path) else path  # else a chain of links

    def _is_inside(self, real_path: str) -> bool:
        return real_path.startswith(self.inside) or real_path + os.sep == self.inside

    def _ignore(self, path: str, code: str, *args: str) -> None:
        self.ignored += 1
        self._report(path, Severity.INFO, code, *args)

    def _report(self, path: str, severity: Severity, code: str, *args: str) -> None:
        self.problems.append(ParseProblem(source_path=path, severity=severity, code=code, args=args))


_BROKEN_LINK = (errno.ENOENT, errno.ENOTDIR, errno.ELOOP)  # the target is missing, or links round in a loop


def _entry_is(entry: os.DirEntry[str], link: bool) -> bool:
    """Whether entry is a link (else a folder, not following links), as the listing says."""
    try:
        return entry.is_symlink() if link else entry.is_dir(follow_symlinks=False)
    except OSError:  # when the listing did not say, an lstat was tried and failed
        return False


def scan(
    folder: str,
    on_progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    use_cache: bool = True,
    sections: bool = False,
) -> ScanResult:
    """Read every posting file under folder. Never raises for bad files; never writes into folder.

    sections: find each profile's section headers (Posting.sections; else None, unknown). Only
    `scan --records` lists them, and they cost an eighth of a cold scan; a cached record without
    them counts as missing when they are wanted, and the files are read again.

    With use_cache, files unchanged since the last scan (same size, mtime_ns, ctime_ns and inode) are not read:
    their outcome comes from the folder's cache in the user cache folder, which is then updated.
    """
    started = time.perf_counter()
    started_ns = time.time_ns()
    folder = os.path.abspath(folder)
    result = ScanResult(folder, cache_used=use_cache, sections=sections)
    gc_was_enabled = gc.isenabled()
    gc.disable()  # many small objects, no cycles: the collector only costs time here
    try:
        cache = FolderCache.open(folder, started_ns, sections) if use_cache else None
        unlisted: list[str] = []
        candidates, result.ignored = list_candidates(folder, cancelled, result.directories, result.problems,
                                                     unlisted)
        result.unlisted = len(unlisted)
        result.files = len(candidates)
        postings = _read_all(candidates, result, cache, on_progress, cancelled)
        result.postings = _drop_superseded(postings, result)
        if cache is not None:
            result.cache_saved = cache.save(complete=not result.cancelled)
            cache.close()
    finally:
        if gc_was_enabled:
            gc.freeze()  # else the first collection walks every new object at once (a 100-300 ms pause)
            gc.enable()
    result.seconds = time.perf_counter() - started
    return result


def _read_all(
    candidates: list[Candidate],
    result: ScanResult,
    cache: FolderCache | None,
    on_progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
) -> list[Posting]:
    """Each candidate's outcome, from the cache or its file; problems and ignored go to result.

    The cache is looked up first (in path order, as it is read along), then the files it did not
    answer for are read: in worker processes when there are many (see core.parse_pool).
    """
    total = len(candidates)
    outcomes: list[Outcome | None] = [None] * total
    missed: list[int] = []
    done = 0
    for start in range(0, total, PROGRESS_EVERY):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        if on_progress is not None:
            on_progress(done, total)
        chunk = candidates[start : start + PROGRESS_EVERY]
        if cache is None:
            missed.extend(range(start, start + len(chunk)))
            continue
        for i, outcome in enumerate(cache.lookup(chunk), start):
            if outcome is None:
                missed.append(i)
            else:
                outcomes[i] = outcome
                done += 1
    result.cache_hits = done
    if not result.cancelled:
        _read_missed(candidates, missed, outcomes, done, cache, on_progress, cancelled, result)
    if on_progress is not None and not result.cancelled:
        on_progress(total, total)
    return _collect(outcomes, result)


def _read_missed(candidates: list[Candidate], missed: list[int], outcomes: list[Outcome | None], done: int,
                 cache: FolderCache | None, on_progress: ProgressCallback | None, cancelled: CancelCheck | None,
                 result: ScanResult) -> None:
    """Read the files the cache did not answer for, into outcomes (and the cache)."""
    reader = _Reader(candidates, outcomes, done, cache, on_progress, cancelled, result.sections)
    workers = worker_count(len(missed))
    if workers:
        missed = missed[reader.in_workers(missed, workers) :]  # what they did not read, if one failed
    reader.here(missed)
    result.cancelled = reader.is_cancelled()


class _Reader:
    """Reads files into their slots of outcomes, reporting progress and giving the cache what it read."""

    def __init__(self, candidates: list[Candidate], outcomes: list[Outcome | None], done: int,
                 cache: FolderCache | None, on_progress: ProgressCallback | None,
                 cancelled: CancelCheck | None, sections: bool) -> None:
        self.sections = sections
        self.candidates, self.outcomes, self.done, self.cache = candidates, outcomes, done, cache
        self.memo = cache.memo if cache is not None else PieceMemo()
        self.on_progress, self.cancelled = on_progress, cancelled

    def is_cancelled(self) -> bool:
        return self.cancelled is not None and self.cancelled()

    def in_workers(self, missed: list[int], workers: int) -> int:
        """Read missed in worker processes; returns how many were read (all, unless a worker failed)."""
        decoder = InlineDecoder(self.memo)
        position = 0
        try:
            for batch in parse_in_workers([self.candidates[i] for i in missed], workers, self.cancelled,
                                          self.sections):
                for cacheable, rec in batch:
                    i = missed[position]
                    cand = self.candidates[i]
                    self._store(i, decoder.outcome(rec, cand.path, cand.mtime), cacheable)
                    position += 1
                self.done += len(batch)
                self._progress()
        except Exception:  # the workers could not start, or one died: the rest is read here
            log.exception("parse workers failed after %d of %d files; reading the rest here", position, len(missed))
        return position

    def here(self, missed: list[int]) -> None:
        """Read missed in this process, one file at a time."""
        for n, i in enumerate(missed):
            if self.is_cancelled():
                return
            if n % PROGRESS_EVERY == 0:
                self._progress()
            outcome, cacheable = read_one(self.candidates[i], self.memo, self.sections)
            self._store(i, outcome, cacheable)
            self.done += 1

    def _store(self, i: int, outcome: Outcome, cacheable: bool) -> None:
        self.outcomes[i] = outcome
        if cacheable and self.cache is not None:
            cand = self.candidates[i]
            self.cache.put(cand.path, cand.size, cand.mtime_ns, outcome, cand.ctime_ns, cand.ino)

    def _progress(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.done, len(self.candidates))


def _collect(outcomes: list[Outcome | None], result: ScanResult) -> list[Posting]:
    """The postings, in file order; problems and ignored files go to result."""
    postings: list[Posting] = []
    problems = result.problems
    for outcome in outcomes:
        if outcome is None:
            continue  # not read: the scan was cancelled
        posting, found, ignored = outcome
        if ignored:
            result.ignored += 1
            continue
        if found:
            problems.extend(found)
        if posting is not None:
            postings.append(posting)
    return postings


def _drop_superseded(postings: list[Posting], result: ScanResult) -> list[Posting]:
    """Postings sharing a Ref are versions of one offer: keep the newest, report the rest."""
    refs = [p.ref for p in postings if p.ref]
    if len(set(refs)) == len(refs):
        return postings  # no Ref twice (the usual case): nothing to compare
    best: dict[str, Posting] = {}
    for posting in postings:
        if not posting.ref:
            continue
        current = best.get(posting.ref)
        if current is None or _version_key(posting, result) > _version_key(current, result):
            best[posting.ref] = posting
    kept: list[Posting] = []
    for posting in postings:
        winner = best.get(posting.ref) if posting.ref else None
        if winner is None or winner is posting:
            kept.append(posting)
            continue
        result.superseded += 1
        result.problems.append(ParseProblem(
            source_path=posting.source_path, severity=Severity.INFO,
            code="superseded", args=(posting.ref, result.relative(winner.source_path)),
        ))
    return kept


def _version_key(posting: Posting, result: ScanResult) -> tuple[str, float, str]:
    opened = posting.data_abertura.isoformat() if posting.data_abertura else ""
    return opened, posting.mtime, result.relative(posting.source_path)
