"""Help ▸ "Abrir pasta dos registos" opens the log folder, creating it; says so when it cannot."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from vagas_desktop.gui.language import install_translators
from vagas_desktop.gui.log_folder import log_folder_action
from vagas_desktop.paths import user_log_dir

from .conftest import close_message_boxes


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_action_opens_the_log_folder_creating_it(parent: QWidget) -> None:
    action = log_folder_action(parent)
    opened: list[QUrl] = []
    action.open_url = lambda url: opened.append(url) or True
    folder = user_log_dir()
    assert not folder.exists()  # nothing logged yet in this test's own folder
    assert action.text() == "Abrir pasta dos registos" and action.parent() is parent
    action.trigger()
    assert folder.is_dir()
    assert opened == [QUrl.fromLocalFile(str(folder))]


def test_a_folder_that_cannot_be_made_is_explained_and_logged(
        parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should go")
    monkeypatch.setenv("VAGAS_LOG_DIR", str(blocker / "logs"))
    action = log_folder_action(parent)
    opened: list[QUrl] = []
    action.open_url = lambda url: opened.append(url) or True
    seen: list[str] = []
    close_message_boxes(seen)
    with caplog.at_level(logging.ERROR, logger="vagas_desktop"):
        assert action.open_folder() is False
    assert opened == []
    assert len(seen) == 1 and str(blocker / "logs") in seen[0]
    assert any(r.exc_info and "log folder" in r.getMessage() for r in caplog.records)


def test_a_desktop_that_opens_nothing_is_explained(parent: QWidget) -> None:
    action = log_folder_action(parent)
    action.open_url = lambda url: False  # no file manager (a bare server, a sandbox)
    seen: list[str] = []
    close_message_boxes(seen)
    assert action.open_folder() is False
    assert len(seen) == 1 and str(user_log_dir()) in seen[0]


def test_the_action_speaks_english(qapp, parent: QWidget) -> None:
    translators = install_translators(qapp, "en")
    try:
        assert log_folder_action(parent).text() == "Open log folder"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
