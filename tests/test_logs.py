"""The log file: caught errors land there with their traceback; an unwritable log folder never stops the app."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from vagas_desktop.logs import LOG_NAME, log_uncaught, setup_logging


@pytest.fixture(autouse=True)
def _restore_logging():
    yield
    root = logging.getLogger("vagas_desktop")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.propagate = True


def test_a_caught_error_is_in_the_log_with_its_traceback(tmp_path: Path) -> None:
    path = setup_logging(folder=tmp_path / "logs")
    assert path == tmp_path / "logs" / LOG_NAME
    try:
        {}["missing"]
    except KeyError:
        logging.getLogger("vagas_desktop.core.scan").exception("reading %s failed", "caf\udce9.md")
    text = path.read_text(encoding="utf-8")
    assert "ERROR vagas_desktop.core.scan: reading caf" in text
    assert "Traceback" in text and "KeyError: 'missing'" in text


def test_setting_up_twice_writes_each_line_once(tmp_path: Path) -> None:
    setup_logging(folder=tmp_path)
    path = setup_logging(folder=tmp_path)
    logging.getLogger("vagas_desktop.gui").warning("once")
    assert path is not None and path.read_text(encoding="utf-8").count("once") == 1


def test_an_uncaught_exception_is_logged(tmp_path: Path) -> None:
    path = setup_logging(folder=tmp_path)
    try:
        raise ValueError("from a slot")
    except ValueError as exc:
        log_uncaught(ValueError, exc, exc.__traceback__)
    assert path is not None and "ValueError: from a slot" in path.read_text(encoding="utf-8")


def test_an_unwritable_log_folder_falls_back_to_stderr(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    assert setup_logging(folder=blocker / "logs") is None
    logging.getLogger("vagas_desktop.core").warning("still said")  # no exception
