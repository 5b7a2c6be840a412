"""The CLI's open folder: scan it and build its Library as the window does, reading its history read-only."""

from __future__ import annotations

from datetime import date

from .core.folder_load import read_folder
from .core.library import Library
from .core.scan import scan
from .core.shortlists import UserStore
from .core.user_filters import tracked_snapshots
from .paths import user_cache_dir


def open_library(folder: str, store: UserStore, today: date, use_cache: bool = True) -> Library:
    """folder's postings plus the user's tracked ones it lacks, with what changed across the window's
    opens (is:alterada, is:prorrogada...) and since its last visit (is:nova, is:fechou), as of today.
    Nothing is recorded: running a command never changes what the window will show as new or changed."""
    result = scan(folder, use_cache=use_cache)
    return read_folder(result, tracked_snapshots(store), user_cache_dir(), today)
