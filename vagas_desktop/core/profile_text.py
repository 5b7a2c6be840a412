"""The profile text of a posting read back from its file, for postings that do not keep it in memory."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict

_KEPT = 32  # the detail pane asks for the same few texts again and again
_lock = threading.Lock()
_recent: OrderedDict[tuple[str, int, int, int, int], str] = OrderedDict()


def profile_text_of(path: str) -> str:
    """The Descricao (or body) of the posting file at path, as the parser reads it; "" if unreadable
    or too large to be a posting.

    The file is read as it is now: an edit since the scan shows at once, a removed file gives "".
    """
    from .parse import open_regular, parse_bytes, read_capped

    try:
        fd = open_regular(path)  # a FIFO put in its place must not hang the detail pane
        try:
            st = os.fstat(fd)
            key = (path, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)  # as the scan cache checks
            with _lock:
                text = _recent.get(key)
                if text is not None:
                    _recent.move_to_end(key)
                    return text
            data, whole = read_capped(fd, st.st_size)  # a file grown huge since the scan is not loaded
        finally:
            os.close(fd)
    except OSError:
        return ""
    posting, _problems = parse_bytes(data, path, keep_text=True) if whole else (None, [])
    text = posting.descricao if posting is not None else ""
    with _lock:
        _recent[key] = text
        while len(_recent) > _KEPT:
            _recent.popitem(last=False)
    return text
