"""After a scan, off the GUI thread: add stand-ins for tracked postings, index everything, compare with last visit."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .folder_history import FolderChanges, compare_with_last_visit, record_visit
from .posting import HIDDEN_EXTRA_KEYS, Posting
from .scan import ScanResult
from .search import SearchIndex
from .user_filters import ghost_postings
from .userdata_schema import Snapshot, posting_key


@dataclass(frozen=True)
class LoadedFolder:
    """Everything the window needs for a folder: postings (stand-ins last), their index, what changed."""

    postings: list[Posting]
    index: SearchIndex
    ghost_from: int
    changes: FolderChanges | None  # None for a quiet refresh (the folder is being watched)
    keys: list[str]  # posting_key of each posting
    extra_keys: list[str]  # extra front-matter fields seen, sorted
    directories: list[str]  # the folder and its visible subfolders, as the scan walked them: to watch


def prepare_folder(result: ScanResult, snapshots: dict[str, Snapshot], cache_dir: Path, today: date,
                   first_open: bool) -> LoadedFolder:
    """Build the folder's index; on a real open, compare with the last visit and record this one."""
    with collector_paused():  # millions of young objects, no cycles: a full collection would stall the GUI
        present = [posting_key(p) for p in result.postings]
        here = set(present)
        ghosts = ghost_postings({k: snap for k, snap in snapshots.items() if k not in here})
        postings = result.postings + ghosts
        changes = None
        if first_open:
            changes = compare_with_last_visit(cache_dir, result.folder, result.postings, today, present)
            if result.complete:  # else a subfolder's postings, unread this time, would be "new" next time
                record_visit(cache_dir, result.folder, result.postings, today, present)
        keys = present + [posting_key(p) for p in ghosts]
        extra = sorted({k for p in postings for k in p.extra if k not in HIDDEN_EXTRA_KEYS}, key=str.casefold)
        index = SearchIndex(postings)
    return LoadedFolder(postings, index, len(result.postings), changes, keys, extra, result.directories)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (it holds the GIL while it walks every object)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()  # the postings and index live long: no collection should have to walk them
            gc.enable()
