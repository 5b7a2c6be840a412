"""The open folder is watched, and reopening it says what changed since the last visit."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from vagas_desktop.core.user_filters import SCOPE_NEW
from vagas_desktop.gui.main_window import MainWindow
from vagas_desktop.gui.table_model import POSTING_ROLE

from .conftest import EXAMPLE, SAMPLE_POSTS, open_window

pytestmark = pytest.mark.usefixtures("portuguese")  # as the app runs: with the plural forms

TODAY = date(2025, 3, 15)


def new_posting(folder: Path, ref: str, title: str) -> Path:
    path = folder / f"{ref.replace('/', '-')}.md"
    text = EXAMPLE.read_text(encoding="utf-8").replace("OE202502/0240", ref).replace(
        "Emprego - Oeiras - Assistente Técnico", title)
    path.write_text(text.replace("Id: 132314", "Id: 1"), encoding="utf-8")
    return path


def make_window(qtbot, tmp_path: Path, folder: Path, today: date = TODAY) -> MainWindow:
    return open_window(qtbot, tmp_path, folder, today)


def refs(win: MainWindow) -> list[str]:
    return [win.model.index(r, 0).data(POSTING_ROLE).ref for r in range(win.model.rowCount())]


def test_reopening_says_what_is_new_and_what_closed(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    shutil.copytree(SAMPLE_POSTS, folder)
    first = make_window(qtbot, tmp_path, folder, date(2025, 3, 10))
    assert "vagas lidas" in first.statusBar().currentMessage()  # first visit: nothing to compare
    first.close()
    new_posting(folder, "OE209901/0001", "Emprego - Beja - Nova A")
    new_posting(folder, "OE209901/0002", "Emprego - Beja - Nova B")
    second = make_window(qtbot, tmp_path / "again", folder, TODAY)  # five days later
    message = second.statusBar().currentMessage()
    assert re.fullmatch(r"Desde 10/03/2025: 2 novas, (1 fechou|\d+ fecharam)", message), message
    closed = int(message.split(", ")[1].split()[0])
    assert closed >= 1  # postings closing between the 10th and the 14th
    second.shortlists.set_scope(SCOPE_NEW)
    qtbot.waitUntil(lambda: sorted(refs(second)) == ["OE209901/0001", "OE209901/0002"])
    labels = [str(second.shortlists.model.index(r, 0).data()) for r in range(second.shortlists.model.rowCount())]
    assert "✦ Novas (2)" in labels


def test_watched_folder_picks_up_files_and_keeps_the_selection(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    shutil.copytree(SAMPLE_POSTS, folder)
    win = make_window(qtbot, tmp_path, folder)
    before = win.model.rowCount()
    win.table.selectRow(7)
    chosen = win.model.index(7, 0).data(POSTING_ROLE).ref
    added = new_posting(folder / "2025", "OE209902/0009", "Emprego - Faro - Chegou agora")
    qtbot.waitUntil(lambda: win.model.rowCount() == before + 1, timeout=15_000)
    assert "OE209902/0009" in refs(win)
    assert win.detail.posting().ref == chosen  # still on the posting the user was reading
    assert "Pasta atualizada: 1 nova, 0 removidas" == win.statusBar().currentMessage()
    added.unlink()
    qtbot.waitUntil(lambda: win.model.rowCount() == before, timeout=15_000)
    assert win.detail.posting().ref == chosen


def test_rewatching_changes_only_the_difference(qtbot, tmp_path: Path) -> None:
    from vagas_desktop.gui.folder_watcher import FolderWatcher

    a, b, c = (tmp_path / name for name in "abc")
    for folder in (a, b, c):
        folder.mkdir()
    watcher = FolderWatcher()
    watcher.watch([str(a), str(b)])
    watcher.watch([str(b), str(c), str(c)])
    assert sorted(watcher._watcher.directories()) == [str(b), str(c)]
    with qtbot.waitSignal(watcher.changed, timeout=10_000):  # still watching b, re-added or not
        (b / "nova.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    watcher.watch([])
    assert watcher._watcher.directories() == []
