"""Undo and redo of bookmarks, statuses, list membership and list changes, driven like a user would."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPlainTextEdit

from vagas_desktop.core.shortlists import UserStore
from vagas_desktop.core.userdata_schema import Status
from vagas_desktop.gui.main_window import MainWindow

from .conftest import SAMPLE_POSTS, close_message_boxes, open_window
from .test_userdata_disks import mount_point, remount_read_only  # noqa: F401 - mount_point is a fixture

TODAY = date(2025, 3, 15)
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def make_window(qtbot, tmp_path: Path, data_dir: Path | None = None) -> MainWindow:
    return open_window(qtbot, tmp_path, SAMPLE_POSTS, TODAY, data_dir or tmp_path / "data")


def select_rows(win: MainWindow, *rows: int) -> None:
    selection = win.table.selectionModel()
    flag = QItemSelectionModel.SelectionFlag
    selection.setCurrentIndex(win.model.index(rows[0], 0), flag.ClearAndSelect | flag.Rows)
    for row in rows[1:]:
        selection.select(win.model.index(row, 0), flag.Select | flag.Rows)


def keys_of(win: MainWindow, *rows: int) -> list[str]:
    return [win.model.postings[win.model.rows[r]].key for r in rows]


def edit_menu_texts(win: MainWindow) -> list[str]:
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Editar")
    return [a.text() for a in menu.actions()]


def test_bookmark_ctrl_z_unbookmarks_and_redo_bookmarks_again(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path)
    select_rows(win, 1, 2, 3)
    key = keys_of(win, 1, 2, 3)
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_D, CTRL)
    assert all(win.user.store.is_bookmarked(k) for k in key)
    assert win.undo_action.isEnabled() and "Desfazer: Marcar 3 vagas" in edit_menu_texts(win)

    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL)
    assert not any(win.user.store.is_bookmarked(k) for k in key)
    assert not any(UserStore.open(tmp_path / "data").is_bookmarked(k) for k in key)  # on disk too
    assert win.redo_action.text() == "Refazer: Marcar 3 vagas"
    assert "★ Marcadas (0)" in [str(win.shortlists.model.index(r, 0).data())
                                for r in range(win.shortlists.model.rowCount())]

    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL_SHIFT)
    assert all(UserStore.open(tmp_path / "data").is_bookmarked(k) for k in key)
    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(win.table, Qt.Key.Key_Y, CTRL)  # the other redo key
    assert all(win.user.store.is_bookmarked(k) for k in key)


def test_undo_puts_back_each_postings_own_status(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path)
    select_rows(win, 0)
    win.tracking_actions.set_status(Status.ENTREVISTA)
    select_rows(win, 0, 1)
    first, second = keys_of(win, 0, 1)
    win.tracking_actions.set_status(Status.CANDIDATURA_ENVIADA)
    assert win.undo_action.text() == "Desfazer: Estado: Candidatura enviada"
    win.undo_action.trigger()
    store = UserStore.open(tmp_path / "data")
    assert store.status(first) is Status.ENTREVISTA and store.is_bookmarked(first)
    assert store.status(second) is None and not store.is_bookmarked(second)  # set_status had bookmarked it
    win.undo_action.trigger()
    assert win.user.store.status(first) is None and not win.user.store.is_bookmarked(first)
    win.redo_action.trigger()
    win.redo_action.trigger()
    assert win.user.store.status(second) is Status.CANDIDATURA_ENVIADA


def test_undo_adding_to_a_list_and_renaming_it(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path)
    lisboa = win.user.create_list("Lisboa")
    win.user.add_to_list(lisboa.id, [win.model.postings[0]])
    before = win.user.store.members(lisboa.id)
    win.user.add_to_list(lisboa.id, win.model.postings[1:3])
    assert win.undo_action.text() == "Desfazer: Juntar 2 vagas a «Lisboa»"
    win.undo_action.trigger()
    assert UserStore.open(tmp_path / "data").members(lisboa.id) == before

    win.user.rename_list(lisboa.id, "Lisboa e Porto")
    assert "Desfazer: Mudar o nome da lista «Lisboa» para «Lisboa e Porto»" in edit_menu_texts(win)
    win.undo_action.trigger()
    assert UserStore.open(tmp_path / "data").shortlist(lisboa.id).name == "Lisboa"
    assert "Lisboa (1)" in [str(win.shortlists.model.index(r, 0).data())
                            for r in range(win.shortlists.model.rowCount())]
    win.redo_action.trigger()
    assert win.user.store.shortlist(lisboa.id).name == "Lisboa e Porto"


def test_undo_deleting_a_list_brings_it_back_with_its_members_in_order(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path)
    porto = win.user.create_list("Porto")
    for posting in (win.model.postings[4], win.model.postings[2], win.model.postings[3]):
        win.user.add_to_list(porto.id, [posting])
    members = win.user.store.members(porto.id)
    win.shortlists.set_scope(porto.id)
    win.user.delete_list(porto.id)
    assert win.user.store.shortlist(porto.id) is None
    assert win.undo_action.text() == "Desfazer: Apagar a lista «Porto»"
    win.undo_action.trigger()
    reopened = UserStore.open(tmp_path / "data")
    assert reopened.shortlist(porto.id).name == "Porto" and reopened.members(porto.id) == members
    win.redo_action.trigger()
    assert UserStore.open(tmp_path / "data").shortlist(porto.id) is None


def test_a_new_list_made_from_the_selection_is_one_step(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path)
    created = win.user.create_list("Clientes", win.model.postings[:2])
    assert len(win.user.store.members(created.id)) == 2
    assert win.undo_action.text() == "Desfazer: Criar a lista «Clientes»"
    win.undo_action.trigger()
    assert win.user.store.shortlists() == [] and not win.undo_action.isEnabled()
    win.redo_action.trigger()
    assert len(UserStore.open(tmp_path / "data").members(created.id)) == 2


def test_ctrl_z_in_the_notes_undoes_the_typing_not_the_bookmark(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path)
    select_rows(win, 0)
    win.tracking_actions.toggle_bookmark()
    note = win.tracking.findChild(QPlainTextEdit)
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    qtbot.keyClicks(note, "abc")
    qtbot.keyClick(note, Qt.Key.Key_Z, CTRL)
    assert note.toPlainText() != "abc"  # the editor undid (some of) its typing
    assert win.user.store.is_bookmarked(keys_of(win, 0)[0])  # the bookmark stays
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL)
    assert not win.user.store.is_bookmarked(keys_of(win, 0)[0])


def test_nothing_changed_means_nothing_to_undo(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path)
    lisboa = win.user.create_list("Lisboa")
    win.user.add_to_list(lisboa.id, win.model.postings[:1])
    count = win.user.undo_stack.count()
    win.user.add_to_list(lisboa.id, win.model.postings[:1])  # already there
    win.user.rename_list(lisboa.id, "Lisboa")  # same name
    assert win.user.undo_stack.count() == count


def test_undo_on_a_read_only_disk_says_so_and_claims_nothing(qtbot, tmp_path: Path, mount_point: Path) -> None:  # noqa: F811
    win = make_window(qtbot, tmp_path, data_dir=mount_point / "data")
    select_rows(win, 0)
    win.tracking_actions.toggle_bookmark()
    key = keys_of(win, 0)[0]
    remount_read_only(mount_point)
    seen: list[str] = []
    close_message_boxes(seen)
    win.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert "só para leitura" in seen[0]
    assert win.user.store.is_bookmarked(key)  # still bookmarked, as on the disk
    assert not win.redo_action.isEnabled()  # no "Refazer: Marcar" for an undo that never happened
    assert UserStore.open(mount_point / "data").is_bookmarked(key)


def test_the_status_named_in_the_edit_menu_is_the_tables_label() -> None:
    from vagas_desktop.gui.table_model import status_label
    from vagas_desktop.gui.user_data import _status_text

    assert all(_status_text(s) == status_label(s) for s in Status)


def test_undo_refused_by_a_newer_versions_file_is_dropped_not_claimed(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path)
    select_rows(win, 0)
    win.tracking_actions.toggle_bookmark()
    key = keys_of(win, 0)[0]
    data_file = tmp_path / "data" / "userdata.json"
    newer = json.loads(data_file.read_text(encoding="utf-8"))
    newer["schema_version"] = 99  # a newer app took the file over: this window may only read it now
    data_file.write_text(json.dumps(newer), encoding="utf-8")
    seen: list[str] = []
    close_message_boxes(seen)
    win.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert "só para leitura" in seen[0]
    assert win.user.store.is_bookmarked(key)
    assert not win.undo_action.isEnabled() and not win.redo_action.isEnabled()
    assert json.loads(data_file.read_text(encoding="utf-8")) == newer  # never written over


def test_ctrl_z_in_the_search_box_undoes_the_typing(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path)
    select_rows(win, 0)
    win.tracking_actions.toggle_bookmark()
    key = keys_of(win, 0)[0]
    win.activateWindow()
    win.search_edit.setFocus()
    qtbot.waitUntil(win.search_edit.hasFocus)
    qtbot.keyClicks(win.search_edit, "lisboa")
    qtbot.keyClick(win.search_edit, Qt.Key.Key_Z, CTRL)
    assert win.search_edit.text() != "lisboa"
    assert win.user.store.is_bookmarked(key)  # the bookmark stays
