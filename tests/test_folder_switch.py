"""Switching folders never leaves an empty table: a vanished sort column, a failure while showing a folder."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from vagas_desktop.gui.main_window import MainWindow
from vagas_desktop.gui.table_model import POSTING_ROLE

from .conftest import EXAMPLE, SAMPLE_POSTS, open_and_wait

TODAY = date(2025, 3, 15)


def refs(win: MainWindow) -> list[str]:
    return [win.model.index(r, 0).data(POSTING_ROLE).ref for r in range(win.model.rowCount())]


def posting(folder: Path, name: str, ref: str, extra: str = "") -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("OE202502/0240", ref)
    if extra:
        text = text.replace("\n---", f"\n{extra}\n---", 1)  # before the closing fence
    (folder / name).write_text(text, encoding="utf-8")


def small_folder(folder: Path) -> Path:
    """A folder of three postings, OE202503/0001 to 0003, in files p1.md to p3.md."""
    folder.mkdir()
    for n in (1, 2, 3):
        posting(folder, f"p{n}.md", f"OE202503/000{n}")
    return folder


def sort_by(win: MainWindow, key: str, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
    column = win.model.column_of(key)
    assert column >= 0, key
    win.table.horizontalHeader().setSortIndicator(column, order)


def test_sorting_by_an_extra_column_then_opening_a_folder_without_it(qtbot, window: MainWindow, tmp_path: Path,
                                                                      qtmodeltester) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    sort_by(window, "extra:Vagas", Qt.SortOrder.DescendingOrder)
    other = small_folder(tmp_path / "other")
    open_and_wait(qtbot, window, other)
    assert window.folder == str(other)
    assert sorted(refs(window)) == ["OE202503/0001", "OE202503/0002", "OE202503/0003"]
    assert window.count_label.text().startswith("3 ")  # not the old folder's "56 de 56"
    assert window.model.column_of("extra:Vagas") < 0
    assert window.table.horizontalHeader().sortIndicatorSection() < 0  # no arrow on a column that is not it
    assert "colunas" not in window.statusBar().currentMessage()  # handled as normal, not as a failure
    qtmodeltester.check(window.model)
    window.reload()  # F5 keeps working
    qtbot.waitUntil(lambda: not window.is_loading, timeout=30_000)
    assert window.model.rowCount() == 3
    sort_by(window, "ref")  # and sorting again
    assert refs(window) == ["OE202503/0001", "OE202503/0002", "OE202503/0003"]


def test_a_sort_column_at_the_same_position_in_another_folder_is_not_used(qtbot, window: MainWindow,
                                                                          tmp_path: Path) -> None:
    # Two folders whose only extra column sits at the same position: the sort names a column, not a place.
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for n, (vagas, outro) in enumerate([("1", "c"), ("3", "a"), ("2", "b")], 1):
        posting(first, f"p{n}.md", f"OE202503/100{n}", f"Vagas: {vagas}")
        posting(second, f"p{n}.md", f"OE202503/200{n}", f"Zona: {outro}")
    open_and_wait(qtbot, window, first)
    sort_by(window, "extra:Vagas")
    assert refs(window) == ["OE202503/1001", "OE202503/1003", "OE202503/1002"]
    open_and_wait(qtbot, window, second)
    assert refs(window) == ["OE202503/2001", "OE202503/2002", "OE202503/2003"]  # file order, not by Zona
    assert window.table.horizontalHeader().sortIndicatorSection() != window.model.column_of("extra:Zona")


def test_a_sort_by_a_shared_column_follows_to_the_next_folder(qtbot, window: MainWindow, tmp_path: Path) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    sort_by(window, "ref", Qt.SortOrder.DescendingOrder)
    other = small_folder(tmp_path / "other")
    open_and_wait(qtbot, window, other)
    assert refs(window) == ["OE202503/0003", "OE202503/0002", "OE202503/0001"]
    assert window.table.horizontalHeader().sortIndicatorSection() == window.model.column_of("ref")


def test_a_failure_while_showing_a_folder_falls_back_to_a_plain_view(qtbot, window: MainWindow, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    other = tmp_path / "other"
    shutil.copytree(SAMPLE_POSTS, other)
    calls = []

    def broken_restore(state: object) -> None:  # a fault in restoring the saved columns, once
        calls.append(state)
        raise RuntimeError("simulated fault")

    monkeypatch.setattr(window.table, "restore_column_state", broken_restore)
    with qtbot.captureExceptions() as raised:
        open_and_wait(qtbot, window, other)
    assert calls and not raised
    assert window.folder == str(other)
    assert window.model.rowCount() > 0
    assert "colunas" in window.statusBar().currentMessage()
    assert str(other) in window.windowTitle()


def test_when_the_new_folder_cannot_be_shown_the_old_one_stays(qtbot, window: MainWindow, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    before = refs(window)
    other = tmp_path / "other"
    other.mkdir()
    posting(other, "p1.md", "OE202503/0001")
    real_set_library = window.controller.set_library
    new_folder_postings = []

    def refuse_new_folder(library):  # the new folder's data breaks the model, every time
        if any(p.ref == "OE202503/0001" for p in library.postings):
            new_folder_postings.append(library)
            raise RuntimeError("simulated fault")
        return real_set_library(library)

    monkeypatch.setattr(window.controller, "set_library", refuse_new_folder)
    with qtbot.captureExceptions() as raised:
        open_and_wait(qtbot, window, other)
    assert len(new_folder_postings) == 2 and not raised  # tried as saved, then plainly
    assert window.folder == str(SAMPLE_POSTS)
    assert sorted(refs(window)) == sorted(before)
    assert str(other) in window.statusBar().currentMessage()


def test_the_details_say_when_a_postings_file_changed_or_went(qtbot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    posting(folder, "a.md", "OE202503/0001")
    posting(folder, "b.md", "OE202503/0002")
    open_and_wait(qtbot, window, folder)
    window.watcher.watch([])  # this test changes files behind the window's back: no quiet refresh
    window.table.selectRow(0)
    shown = window.detail.posting()
    assert "Atendimento presencial" in window.detail.as_text() and "mudou" not in window.detail.as_text()
    path = Path(shown.source_path)
    path.write_text(path.read_text(encoding="utf-8").replace("Atendimento presencial", "Balcão único"),
                    encoding="utf-8")
    window.detail.show_posting(shown, TODAY)  # shown again, as on a click
    text = window.detail.as_text()
    assert "O ficheiro mudou desde a leitura" in text and "Balcão único" in text
    path.unlink()
    window.detail.show_posting(shown, TODAY)
    text = window.detail.as_text()
    assert "já não existe" in text and "Balcão único" not in text
    assert "já não existe" in window.detail.browser.toPlainText()
