"""Logging set-up: a rotating file in the user log dir, and stderr for warnings (or everything with --verbose)."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from .paths import user_log_dir

LOG_NAME = "vagas-desktop.log"
MAX_BYTES = 1_000_000  # a few days of a busy user's warnings; three old files are kept
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_OURS = "vagas_desktop"

log = logging.getLogger(__name__)


def setup_logging(verbose: bool = False, folder: Path | None = None) -> Path | None:
    """Send our loggers to the log file (and stderr); returns the file's path, None when it cannot be written.

    A log folder that cannot be written (a read-only home, a full disk) never stops the app: it then logs
    to stderr only.
    """
    root = logging.getLogger(_OURS)
    for handler in list(root.handlers):  # called again (tests, a second window): no duplicate lines
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(stderr)
    path = (folder or user_log_dir()) / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                                   errors="backslashreplace")
    except OSError as exc:
        log.warning("no log file (%s): %s", path, exc.strerror or exc)
        return None
    file.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(file)
    return path


def log_uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: an exception no code caught (in a Qt slot, say) goes to the log with its traceback."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    logging.getLogger(_OURS).critical("uncaught exception", exc_info=(kind, exc, tb))
