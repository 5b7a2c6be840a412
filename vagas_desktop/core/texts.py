"""The text service: a posting's profile text, from memory or read back from its file, with what happened."""

from __future__ import annotations

import enum
import logging
import os
import threading
from collections import OrderedDict
from typing import NamedTuple

from .parse import open_regular, parse_bytes, read_capped
from .posting import Posting

log = logging.getLogger(__name__)

_KEPT = 32  # the detail pane asks for the same few texts again and again
_lock = threading.Lock()
# (path, size, mtime_ns, ctime_ns, inode) -> the text, or None when the file is no longer a posting
_recent: OrderedDict[tuple[str, int, int, int, int], str | None] = OrderedDict()


class TextState(enum.Enum):
    """Where a profile text came from, so a view can say when it is not what the scan read."""

    KEPT = "kept"  # in memory
    READ = "read"  # read back; the file is unchanged since the scan
    CHANGED = "changed"  # the file changed since the scan: the text is the file's current one
    GONE = "gone"  # the file is missing, unreadable, too large or no longer a posting: text ""


class ProfileText(NamedTuple):
    """A profile text and where it came from."""

    text: str
    state: TextState


def profile_of(posting: Posting) -> str:
    """The profile text of a posting ("" when its file is gone)."""
    return read_profile(posting).text


def read_profile(posting: Posting) -> ProfileText:
    """The profile text of a posting: kept in memory, or read back from its file as the file is now.

    Never blocks on a FIFO put in the file's place, never loads a file grown too large, never raises.
    """
    kept = posting.descricao
    if kept is not None:
        return ProfileText(kept, TextState.KEPT)
    path = posting.source_path
    try:
        fd = open_regular(path)
        try:
            st = os.fstat(fd)
            stat_key = (path, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)  # as the scan cache checks
            with _lock:
                found = stat_key in _recent
                text = _recent.get(stat_key)
                if found:
                    _recent.move_to_end(stat_key)
            if not found:
                data, whole = read_capped(fd, st.st_size)
        finally:
            os.close(fd)
    except OSError as exc:
        log.warning("profile text of %s not read: %s", path, exc)
        return ProfileText("", TextState.GONE)
    if not found:
        text = _parse_text(data, path) if whole else None
        with _lock:
            _recent[stat_key] = text
            while len(_recent) > _KEPT:
                _recent.popitem(last=False)
    if text is None:
        return ProfileText("", TextState.GONE)
    # The modification time, not the (size, ctime, inode) the cache checks: a stamp of those (an int
    # and a slot per posting) cost 4.8 MB at 100,000. A rewrite that puts the mtime back (or lands within its tick)
    # shows its current text as read; the next scan sees it.
    same = not posting.mtime or st.st_mtime == posting.mtime  # 0: not known, taken as read
    return ProfileText(text, TextState.READ if same else TextState.CHANGED)


def _parse_text(data: bytes, path: str) -> str | None:
    posting, _problems = parse_bytes(data, path, keep_text=True, sections=False)  # only the text is wanted
    if posting is None:
        log.info("profile text of %s not read: no longer a posting", path)
        return None
    return posting.descricao or ""


