"""After a scan, off the GUI thread: add stand-ins for tracked postings, index everything, compare with last visit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .folder_history import FolderChanges, compare_with_last_visit, record_visit
from .posting import Posting
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


def prepare_folder(result: ScanResult, snapshots: dict[str, Snapshot], cache_dir: Path, today: date,
                   first_open: bool) -> LoadedFolder:
    """Build the folder's index; on a real open, compare with the last visit and record this one."""
    present = {posting_key(p) for p in result.postings}
    ghosts = ghost_postings({k: snap for k, snap in snapshots.items() if k not in present})
    postings = result.postings + ghosts
    changes = None
    if first_open:
        changes = compare_with_last_visit(cache_dir, result.folder, result.postings, today)
        record_visit(cache_dir, result.folder, result.postings, today)
    return LoadedFolder(postings, SearchIndex(postings), len(result.postings), changes)
