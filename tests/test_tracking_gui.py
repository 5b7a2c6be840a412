"""Bookmarks, statuses, notes and shortlists driven through the window like a user would."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPlainTextEdit

from vagas_desktop.core.shortlists import UserStore
from vagas_desktop.core.userdata_schema import Status, posting_key
from vagas_desktop.gui.main_window import MainWindow
from vagas_desktop.gui.table_model import KEYS_MIME, POSTING_ROLE, Column

from .conftest import SAMPLE_POSTS, open_window

TODAY = date(2025, 3, 15)
STAR = list(Column).index(Column.STAR)
STATUS = list(Column).index(Column.STATUS)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def make_window(qtbot, tmp_path: Path, data_dir: Path, folder: Path | str = SAMPLE_POSTS) -> MainWindow:
    return open_window(qtbot, tmp_path, folder, TODAY, data_dir)


def cell(win: MainWindow, row: int, column: int) -> str:
    return str(win.model.index(row, column).data())


def posting_at(win: MainWindow, row: int):
    return win.model.index(row, 0).data(POSTING_ROLE)


def search(qtbot, win: MainWindow, text: str) -> None:
    win.search_edit.setText(text)
    qtbot.waitUntil(lambda: not win.controller.pending)


def test_click_star_bookmarks_and_reflects_everywhere(qtbot, tmp_path: Path, data_dir: Path) -> None:
    win = make_window(qtbot, tmp_path, data_dir)
    assert cell(win, 2, STAR) == "☆"
    rect = win.table.visualRect(win.model.index(2, STAR))
    qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert cell(win, 2, STAR) == "★"
    assert win.user.store.is_bookmarked(posting_key(posting_at(win, 2)))
    labels = [str(win.shortlists.model.index(r, 0).data()) for r in range(win.shortlists.model.rowCount())]
    assert "★ Marcadas (1)" in labels
    search(qtbot, win, "is:bookmarked")
    assert win.model.rowCount() == 1 and cell(win, 0, STAR) == "★"


def test_ctrl_d_bookmarks_a_multi_row_selection_and_toggles_back(qtbot, tmp_path: Path, data_dir: Path) -> None:
    win = make_window(qtbot, tmp_path, data_dir)
    win.table.setFocus()
    win.table.selectRow(0)
    qtbot.keyClick(win.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(win.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(win.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [cell(win, r, STAR) for r in range(4)] == ["★", "★", "★", "☆"]
    assert len(win.user.store.bookmarked_keys()) == 3
    qtbot.keyClick(win.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [cell(win, r, STAR) for r in range(3)] == ["☆", "☆", "☆"]


def test_status_from_detail_pane_bookmarks_and_keeps_history(qtbot, tmp_path: Path, data_dir: Path) -> None:
    win = make_window(qtbot, tmp_path, data_dir)
    win.table.selectRow(1)
    combo = win.findChild(QComboBox, "statusCombo")
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(Status.CANDIDATURA_ENVIADA.value))
    combo.activated.emit(combo.currentIndex())  # what choosing with the keyboard or mouse emits
    assert cell(win, 1, STATUS) == "Candidatura enviada"
    assert cell(win, 1, STAR) == "★"  # a status bookmarks the posting
    combo.setCurrentIndex(combo.findData(Status.ENTREVISTA.value))
    combo.activated.emit(combo.currentIndex())
    history = win.tracking.history_label.text()
    assert "Candidatura enviada" in history and "Entrevista / Prova" in history
    search(qtbot, win, "status:entrevista")
    assert win.model.rowCount() == 1
    search(qtbot, win, "status:enviada")
    assert win.model.rowCount() == 0


def test_note_saved_after_pause_on_switch_and_on_close(qtbot, tmp_path: Path, data_dir: Path) -> None:
    win = make_window(qtbot, tmp_path, data_dir)
    win.table.selectRow(0)
    first = posting_at(win, 0)
    note = win.findChild(QPlainTextEdit, "noteEdit")
    note.setFocus()
    qtbot.keyClicks(note, "Ligar a Dra. Sousa")  # QTest types ASCII only; accents come below
    qtbot.waitUntil(lambda: win.user.store.note(posting_key(first)) == "Ligar a Dra. Sousa", timeout=3000)
    qtbot.keyClick(note, Qt.Key.Key_Return)
    qtbot.keyClicks(note, "segunda linha")
    win.table.selectRow(1)  # switching postings saves at once
    assert win.user.store.note(posting_key(first)) == "Ligar a Dra. Sousa\nsegunda linha"
    second = posting_at(win, 1)
    note.setFocus()
    note.insertPlainText("até já — 10h")
    win.close()  # closing saves too
    assert UserStore.open(data_dir).note(posting_key(second)) == "até já — 10h"


def test_shortlist_create_add_scope_remove_and_qualifier(qtbot, tmp_path: Path, data_dir: Path) -> None:
    win = make_window(qtbot, tmp_path, data_dir)
    with qtbot.waitSignal(win.user.changed):
        win.shortlists.create_requested.emit("Ana Silva")
    ana = win.user.store.shortlist_by_name("ana silva")
    assert ana is not None
    win.table.selectRow(0)
    qtbot.keyClick(win.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = {posting_at(win, 0).ref, posting_at(win, 1).ref}
    win.tracking_actions._fill_add_menu()
    next(a for a in win.tracking_actions.add_menu.actions() if a.text() == "Ana Silva").trigger()
    win.shortlists.set_scope(ana.id)
    qtbot.waitUntil(lambda: win.model.rowCount() == 2)
    assert {posting_at(win, r).ref for r in range(2)} == chosen
    search(qtbot, win, "")
    win.table.selectRow(0)
    win.tracking_actions.remove_action.trigger()
    qtbot.waitUntil(lambda: win.model.rowCount() == 1)
    win.shortlists.set_scope(None)
    search(qtbot, win, "list:ana")
    assert win.model.rowCount() == 1


def test_drop_rows_on_a_list(qtbot, tmp_path: Path, data_dir: Path) -> None:
    win = make_window(qtbot, tmp_path, data_dir)
    win.user.create_list("Rui")
    rui = win.user.store.shortlist_by_name("Rui")
    mime = win.model.mimeData([win.model.index(3, 0), win.model.index(4, 0)])
    assert isinstance(mime, QMimeData) and mime.hasFormat(KEYS_MIME)
    view = win.shortlists.view
    target = view.visualRect(win.shortlists.model.index(win.shortlists.model.row_of(rui.id), 0)).center()
    event = QDropEvent(QPointF(target), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)
    assert set(win.user.store.members(rui.id)) == {posting_key(posting_at(win, 3)), posting_key(posting_at(win, 4))}


def test_bookmark_missing_from_folder_still_listed(qtbot, tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "posts"
    shutil.copytree(SAMPLE_POSTS, folder)
    win = make_window(qtbot, tmp_path, data_dir, folder)
    win.table.selectRow(0)
    gone = posting_at(win, 0)
    win.tracking_actions.bookmark_action.trigger()
    Path(gone.source_path).unlink()
    win.reload()
    qtbot.waitUntil(lambda: not win.is_loading, timeout=30_000)
    assert gone.ref not in {posting_at(win, r).ref for r in range(win.model.rowCount())}  # not in "all"
    win.shortlists.set_scope("bookmarked")
    qtbot.waitUntil(lambda: win.model.rowCount() == 1)
    ghost_index = win.model.index(0, 0)
    assert posting_at(win, 0).ref == gone.ref and posting_at(win, 0).title == gone.title
    assert "Não está nesta pasta" in str(ghost_index.data(Qt.ItemDataRole.ToolTipRole))
    win.table.selectRow(0)
    assert win.tracking.missing_label.isVisibleTo(win)


def test_bookmarks_survive_restart_and_a_moved_folder(qtbot, tmp_path: Path, data_dir: Path) -> None:
    first = make_window(qtbot, tmp_path, data_dir)
    first.table.selectRow(5)
    ref = posting_at(first, 5).ref
    first.tracking_actions.bookmark_action.trigger()
    first.close()
    moved = tmp_path / "elsewhere" / "renamed"
    shutil.copytree(SAMPLE_POSTS, moved)
    second = make_window(qtbot, tmp_path, data_dir, moved)
    search(qtbot, second, "is:bookmarked")
    assert [posting_at(second, r).ref for r in range(second.model.rowCount())] == [ref]
    assert second.model.is_ghost(second.model.rows[0]) is False


def test_corrupt_data_file_is_reported_and_backup_offered(qtbot, tmp_path: Path, data_dir: Path) -> None:
    store = UserStore.open(data_dir)
    store.create_list("Primeira")
    store.create_list("Segunda")  # the first save left a good .bak
    store.path.write_bytes(b"{ not json")
    answers: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            answers.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()

    win = make_window(qtbot, tmp_path, data_dir)
    assert not win.user.store.load_report.ok
    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, answer)
    win.report_store_problems()
    assert answers and "cópia de segurança" in answers[0]
    assert win.user.store.shortlist_by_name("Primeira") is not None
    assert list(data_dir.glob("userdata.corrupt-*.json"))


def test_two_windows_on_the_same_data_see_each_others_changes(qtbot, tmp_path: Path, data_dir: Path) -> None:
    first = make_window(qtbot, tmp_path, data_dir)
    first.user.create_list("Partilhada")  # creates the data file, so the watcher has a folder to watch
    second = make_window(qtbot, tmp_path / "other", data_dir)
    first.table.selectRow(0)
    first.tracking_actions.bookmark_action.trigger()
    qtbot.waitUntil(lambda: cell(second, 0, STAR) == "★", timeout=5000)  # picked up from disk
    second.table.selectRow(1)
    second.tracking_actions.bookmark_action.trigger()
    qtbot.waitUntil(lambda: cell(first, 1, STAR) == "★", timeout=5000)
    assert cell(first, 0, STAR) == "★" and cell(second, 0, STAR) == "★"  # neither clobbered the other
