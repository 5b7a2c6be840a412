"""Where bundled data and user data live."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "vagas-desktop"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    """A folder shipped in the wheel (vagas_desktop/NAME) or, in a checkout, at the top level."""
    inside = _PACKAGE_DIR / name
    return inside if inside.is_dir() else _PACKAGE_DIR.parent / name


def sample_posts_dir() -> Path:
    """The bundled sample folder the app opens by default."""
    return _bundled("sample_posts")


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
