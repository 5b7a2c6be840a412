"""After a scan, off the GUI thread: add stand-ins for tracked postings, index everything, compare with last visit."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .folder_history import FolderChanges, compare_with_last_visit, record_visit
from .library import Library
from .posting_history import PostingChanges, update_history
from .posting_versions import superseded_versions
from .scan import ScanResult
from .userdata_schema import Snapshot


@dataclass(frozen=True)
class LoadedFolder:
    """A folder ready for the window: its Library, what changed since the last visit, what to watch."""

    library: Library
    changes: FolderChanges | None  # None for a quiet refresh (the folder is being watched)
    directories: list[str]  # the folder and its visible subfolders, as the scan walked them: to watch
    posting_changes: PostingChanges = PostingChanges()  # what changed in each posting (also library.changes)


def prepare_folder(result: ScanResult, snapshots: dict[str, Snapshot], cache_dir: Path, today: date,
                   first_open: bool, record: bool = True) -> LoadedFolder:
    """Build the folder's Library; on a real open, compare with the last visit and record this one.

    record=False (the CLI) reads the stored history and the last visit and writes neither: the
    window's "new" and "changed" stay as they were, yet is:alterada, is:prorrogada, is:republicada,
    is:nova and is:fechou select what the window would show if it opened the folder now."""
    with collector_paused():  # millions of young objects, no cycles: a full collection would stall the GUI
        # The comparisons first, the index last: what they hold for a while (20 MB on a first open of
        # 100,000 postings) is then freed for the index instead of adding to the load's peak.
        # Also on a quiet refresh: a deadline moved while the folder is open is news too.
        posting_changes = update_history(cache_dir, result.folder, result.postings, today,
                                         record=record and result.complete, complete=result.complete)
        changes = None
        if first_open:
            changes = compare_with_last_visit(cache_dir, result.folder, result.postings, today)
            if record and result.complete:  # else a subfolder's postings, unread this time, would be "new" next time
                record_visit(cache_dir, result.folder, result.postings, today)
            # a republication is not a new offer: it shows as "republicação de ..." instead
            changes = replace(changes, new_keys=changes.new_keys - posting_changes.republished.keys())
        library = Library.build(result.folder, result.postings, snapshots)
        library.superseded = superseded_versions(result.problems)
        library.changes = posting_changes
        if changes is not None:
            library.new_keys = changes.new_keys
            library.closed_keys = changes.closed_keys
    return LoadedFolder(library, changes, result.directories, posting_changes)


def read_folder(result: ScanResult, snapshots: dict[str, Snapshot], cache_dir: Path, today: date) -> Library:
    """The folder's Library with its stored history, read-only: what the CLI's commands search."""
    return prepare_folder(result, snapshots, cache_dir, today, first_open=True, record=False).library


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
