"""Where bundled data and user data live."""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

import platformdirs

APP_NAME = "vagas-desktop"
_PACKAGE_DIR = Path(__file__).resolve().parent
# The day the bundled samples are dated around (see sample_posts/README.txt): the app's "today"
# while they are open, unless --today says otherwise.
SAMPLES_REFERENCE_DAY = date(2025, 3, 15)

log = logging.getLogger(__name__)


def _bundled(name: str) -> Path:
    """A folder shipped in the wheel (vagas_desktop/NAME) or, in a checkout, at the top level."""
    inside = _PACKAGE_DIR / name
    return inside if inside.is_dir() else _PACKAGE_DIR.parent / name


def sample_posts_dir() -> Path:
    """The bundled sample folder the app opens by default."""
    return _bundled("sample_posts")


def is_sample_folder(folder: str | Path) -> bool:
    """True when folder is the bundled sample folder itself (same resolved path)."""
    try:
        return Path(folder).resolve() == sample_posts_dir().resolve()
    except (OSError, RuntimeError):  # a broken path or a symlink loop: not the samples
        log.debug("could not resolve %s", folder, exc_info=True)
        return False


def resources_dir() -> Path:
    """Icons, translations and stylesheets."""
    return _bundled("resources")


def user_data_dir(override: str | None = None) -> Path:
    """User data (bookmarks, statuses, notes): --data-dir, $VAGAS_DATA_DIR, else platformdirs."""
    chosen = override or os.environ.get("VAGAS_DATA_DIR")
    return Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Caches that can be rebuilt at any time."""
    chosen = os.environ.get("VAGAS_CACHE_DIR")
    return Path(chosen) if chosen else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    """The rotating log file's folder: $VAGAS_LOG_DIR, else platformdirs."""
    chosen = os.environ.get("VAGAS_LOG_DIR")
    return Path(chosen) if chosen else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
