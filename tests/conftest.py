"""Shared fixtures: Qt offscreen, stores pointed at tmp_path, real posting files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA_DIR = Path(__file__).parent / "data"
EXAMPLE = DATA_DIR / "example-posting.md"
SAMPLE_POSTS = Path(__file__).parent.parent / "sample_posts"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user data or cache folders."""
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("VAGAS_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("VAGAS_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("VAGAS_LOG_DIR", str(base / "logs"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))


@pytest.fixture
def example_bytes() -> bytes:
    """The real example posting, byte for byte."""
    return EXAMPLE.read_bytes()


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A private copy of the bundled sample folder."""
    target = tmp_path / "sample_posts"
    shutil.copytree(SAMPLE_POSTS, target)
    return target


@pytest.fixture
def settings(tmp_path: Path):
    """The window's own QSettings file, in tmp_path."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    """A shown MainWindow on its own settings (seen as on 15 March 2025), no folder open yet."""
    from datetime import date

    from vagas_desktop.gui.main_window import MainWindow

    win = MainWindow(settings, today=date(2025, 3, 15))
    qtbot.addWidget(win)
    win.show()
    return win


def open_and_wait(qtbot, win, folder: Path | str) -> None:
    """Open folder in win and wait for the background scan."""
    win.open_folder(str(folder))
    qtbot.waitUntil(lambda: not win.is_loading, timeout=30_000)


def open_window(qtbot, tmp_path: Path, folder: Path | str = SAMPLE_POSTS, today=None, data_dir: Path | None = None):
    """A real MainWindow on its own settings and data, with folder loaded (waits for the background scan)."""
    from datetime import date

    from PySide6.QtCore import QSettings

    from vagas_desktop.core.shortlists import UserStore
    from vagas_desktop.gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store = UserStore.open(data_dir or tmp_path / "data")
    win = MainWindow(settings, today=today or date(2025, 3, 15), store=store)
    qtbot.addWidget(win)
    win.show()
    win.open_folder(str(folder))
    qtbot.waitUntil(lambda: not win.is_loading, timeout=30_000)
    return win


def show_every_deadline(qtbot, win) -> None:
    """Click the deadline filter's "Todas" (a new user starts on "Abertas") and wait for the table."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QRadioButton

    qtbot.mouseClick(win.filter_bar.findChild(QRadioButton, "deadlineAll"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.controller.pending)


def close_message_boxes(seen: list[str], delay_ms: int = 20) -> None:
    """Close the next modal QMessageBox once it shows (recording its text in seen); keeps looking until one does."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def close_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        else:
            QTimer.singleShot(delay_ms, close_the_box)

    QTimer.singleShot(delay_ms, close_the_box)


@pytest.fixture
def english_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI follows the locale (C: Portuguese); these tests read its English words."""
    monkeypatch.setenv("VAGAS_LANG", "en")


@pytest.fixture
def portuguese(qapp):
    """The catalogues the app installs for Portuguese (plural forms, Qt's own dialogs), removed after."""
    from vagas_desktop.gui.language import install_translators, remove_translators

    translators = install_translators(qapp, "pt")
    yield
    remove_translators(qapp, translators)


def shown_filter_bar(qtbot, counts: dict):
    """A FilterBar on screen (280×900) with counts per facet field, e.g. {"distrito": [("Beja", 3)]}."""
    from vagas_desktop.gui.filter_bar import FilterBar

    widget = FilterBar()
    qtbot.addWidget(widget)
    widget.resize(280, 900)
    widget.show()
    qtbot.waitExposed(widget)
    for field, values in counts.items():
        widget.set_counts(field, values)
    return widget


def facet_view(bar, field: str):
    """The facet list of one field in a FilterBar."""
    from PySide6.QtWidgets import QListView

    view = bar.findChild(QListView, f"{field}Filter")
    assert view is not None
    return view
