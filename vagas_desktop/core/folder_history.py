"""What changed in a folder since it was last opened: new postings, and postings that have closed since."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .deadline import DeadlineState, deadline_state
from .posting import Posting

FORMAT = 1


@dataclass(frozen=True)
class FolderChanges:
    """New postings (by key) and postings that were open last time and are closed now."""

    first_visit: bool
    new_keys: frozenset[str] = field(default_factory=frozenset)
    closed_keys: frozenset[str] = field(default_factory=frozenset)
    last_opened: date | None = None


def history_path(cache_dir: Path, folder: str) -> Path:
    digest = hashlib.sha1(os.path.abspath(folder).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return cache_dir / "history" / f"{digest}.json"


def compare_with_last_visit(cache_dir: Path, folder: str, postings: Sequence[Posting], today: date) -> FolderChanges:
    """Compare with what was recorded at the last visit (nothing on a first visit; bad records ignored)."""
    previous = _read(history_path(cache_dir, folder))
    if previous is None:
        return FolderChanges(first_visit=True)
    seen, was_open, when = previous
    by_key = {p.key: p for p in postings}
    new = frozenset(k for k in by_key if k not in seen)
    closed = frozenset(k for k in was_open if k in by_key and _closed(by_key[k], today))
    return FolderChanges(False, new, closed, when)


def record_visit(cache_dir: Path, folder: str, postings: Sequence[Posting], today: date) -> None:
    """Remember the keys seen and those still open today; a failure to write is not an error."""
    path = history_path(cache_dir, folder)
    data = {
        "format": FORMAT, "folder": os.path.abspath(folder), "opened": today.isoformat(),
        "keys": sorted(p.key for p in postings),
        "open": sorted(p.key for p in postings if not _closed(p, today)),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a cache: the next visit simply has nothing to compare with


def _closed(posting: Posting, today: date) -> bool:
    return deadline_state(posting.data_fecho, today) is DeadlineState.CLOSED


def _read(path: Path) -> tuple[set[str], set[str], date | None] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        keys, still_open = data["keys"], data["open"]
        if not all(isinstance(k, str) for k in [*keys, *still_open]):
            return None
        opened = date.fromisoformat(data["opened"]) if isinstance(data.get("opened"), str) else None
        return set(keys), set(still_open), opened
    except (OSError, ValueError, KeyError, TypeError):
        return None
