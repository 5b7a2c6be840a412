"""Saved searches and the employer blocklist, driven through the window like a user would."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QToolBar

from vagas_desktop.core.facets import DeadlineFilter, FacetChoice
from vagas_desktop.gui.main_window import MainWindow
from vagas_desktop.gui.shortlist_panel import SEARCHES_HEADER, search_scope
from vagas_desktop.gui.table_model import POSTING_ROLE

from .conftest import EXAMPLE, SAMPLE_POSTS, open_window

pytestmark = pytest.mark.usefixtures("portuguese")  # as the app runs: with the plural forms

TODAY = date(2025, 3, 15)


def refs(win: MainWindow) -> list[str]:
    return [win.model.index(r, 0).data(POSTING_ROLE).ref for r in range(win.model.rowCount())]


def panel_texts(win: MainWindow) -> list[str]:
    model = win.shortlists.model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def search(qtbot, win: MainWindow, text: str) -> None:
    win.search_edit.setText(text)
    qtbot.waitUntil(lambda: not win.controller.pending)


def counted(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.saved_searches.pending and not win.controller.pending, timeout=10_000)


def answer_next_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Press button on the next modal question box once it shows."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, press)

    QTimer.singleShot(20, press)


def new_posting(folder: Path, ref: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("OE202502/0240", ref).replace("Id: 132314", "Id: 1")
    (folder / f"{ref.replace('/', '-')}.md").write_text(text, encoding="utf-8")


def test_save_choose_update_rename_duplicate_delete(qtbot, qtmodeltester, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path, SAMPLE_POSTS, TODAY)
    search_bar = win.findChild(QToolBar, "searchToolbar")
    assert win.saved_searches.save_action in search_bar.actions()  # the button by the search box
    assert win.saved_searches.save_action.shortcut().toString() == "Ctrl+Shift+S"
    search(qtbot, win, "distrito:lisboa")
    win.filter_bar.set_selection(FacetChoice(deadline=DeadlineFilter.ALL))
    qtbot.waitUntil(lambda: not win.controller.pending)
    lisboa = sorted(refs(win))
    made = win.saved_searches.save_current("Ana — TS Lisboa")
    assert made is not None and made.query == "distrito:lisboa"
    counted(qtbot, win)
    assert "Pesquisas guardadas" in panel_texts(win)
    # the matches on show when saving are not "new"
    assert f"Ana — TS Lisboa ({len(lisboa)} · 0 novas)" in panel_texts(win)
    qtmodeltester.check(win.shortlists.model)  # with the group title and a search row
    assert win.shortlists.current_search() == made.id
    # elsewhere, then back: choosing it restores its text and filters
    search(qtbot, win, "porto")
    win.filter_bar.set_selection(FacetChoice(deadline=DeadlineFilter.OPEN))
    win.shortlists.set_scope(None)
    win.shortlists.set_scope(search_scope(made.id))
    qtbot.waitUntil(lambda: not win.controller.pending)
    assert win.search_edit.text() == "distrito:lisboa"
    assert win.filter_bar.selection().deadline is DeadlineFilter.ALL
    assert sorted(refs(win)) == lisboa
    # editing the filters and saving again under its name updates it, once confirmed
    search(qtbot, win, "distrito:lisboa concelho:oeiras")
    seen: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Yes, seen)
    win.saved_searches.save_current("ana — ts lisboa")
    assert seen and "Ana — TS Lisboa" in seen[0]
    assert win.user.store.saved_search(made.id).query == "distrito:lisboa concelho:oeiras"
    assert len(win.user.store.saved_searches()) == 1
    win.saved_searches.rename(made.id, "Ana — Oeiras")
    copy = win.saved_searches.duplicate(made.id)
    counted(qtbot, win)
    assert [s.name for s in win.user.store.saved_searches()] == ["Ana — Oeiras", "Ana — Oeiras (cópia)"]
    assert copy is not None and copy.query == "distrito:lisboa concelho:oeiras"
    win.user.delete_search(copy.id)
    counted(qtbot, win)
    assert not any("cópia" in t for t in panel_texts(win))
    win.undo_action.trigger()  # delete undone
    counted(qtbot, win)
    assert "Ana — Oeiras (cópia) (1 · 0 novas)" in panel_texts(win)
    qtmodeltester.check(win.shortlists.model)
    # the header is a title, not a choice
    header = win.shortlists.model.index(panel_texts(win).index("Pesquisas guardadas"), 0)
    assert header.data(Qt.ItemDataRole.UserRole + 1) == SEARCHES_HEADER and not header.flags()


def test_keyboard_saves_with_the_dialog(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path, SAMPLE_POSTS, TODAY)
    search(qtbot, win, "tecnico")

    def type_name() -> None:
        from PySide6.QtWidgets import QInputDialog

        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            dialog.setTextValue("Técnicos")
            dialog.accept()
        else:
            QTimer.singleShot(20, type_name)

    QTimer.singleShot(20, type_name)
    qtbot.keyClick(win.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [s.name for s in win.user.store.saved_searches()] == ["Técnicos"]


def test_new_count_after_files_land_in_the_watched_folder(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    shutil.copytree(SAMPLE_POSTS, folder)
    win = open_window(qtbot, tmp_path, folder, TODAY)
    search(qtbot, win, "oeiras")
    win.filter_bar.set_selection(FacetChoice())
    qtbot.waitUntil(lambda: not win.controller.pending)
    shown = win.model.rowCount()
    made = win.saved_searches.save_current("Oeiras")
    win.shortlists.set_scope(None)  # looking elsewhere: nothing is marked as seen
    counted(qtbot, win)
    new_posting(folder, "OE209901/0001")
    new_posting(folder, "OE209901/0002")
    qtbot.waitUntil(lambda: f"Oeiras ({shown + 2} · 2 novas)" in panel_texts(win), timeout=15_000)
    assert [c.new for c in win.saved_searches.counts] == [2]
    # choosing it and looking a moment marks them seen
    win.shortlists.set_scope(search_scope(made.id))
    qtbot.waitUntil(lambda: f"Oeiras ({shown + 2} · 0 novas)" in panel_texts(win), timeout=10_000)
    assert len(win.user.store.saved_search(made.id).seen) == shown + 2


def test_opening_a_new_scrape_says_which_searches_have_news(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    shutil.copytree(SAMPLE_POSTS, folder)
    data = tmp_path / "data"
    first = open_window(qtbot, tmp_path, folder, TODAY, data)
    search(qtbot, first, "oeiras")
    first.saved_searches.save_current("Oeiras")
    first.saved_searches.save_current("Porto")  # saved with the same filters: no news either
    first.close()
    new_posting(folder, "OE209901/0003")
    second = open_window(qtbot, tmp_path / "again", folder, TODAY, data)
    qtbot.waitUntil(lambda: "2 pesquisas com novidades" in second.statusBar().currentMessage(), timeout=10_000)


def test_hide_employer_everywhere_manage_and_show_hidden(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path, SAMPLE_POSTS, TODAY)
    win.filter_bar.set_selection(FacetChoice())
    qtbot.waitUntil(lambda: not win.controller.pending)
    total = win.model.rowCount()
    row = next(r for r in range(total) if win.model.index(r, 0).data(POSTING_ROLE).empregador)
    employer = win.model.index(row, 0).data(POSTING_ROLE).empregador
    theirs = sum(1 for r in range(total) if win.model.index(r, 0).data(POSTING_ROLE).empregador == employer)
    win.table.selectRow(row)
    menu = win.tracking_actions.row_menu()
    entry = next(a for a in menu.actions() if a.text() == "Ocultar sempre este empregador")
    entry.trigger()
    qtbot.waitUntil(lambda: win.model.rowCount() == total - theirs)
    assert employer not in {win.model.index(r, 0).data(POSTING_ROLE).empregador for r in range(win.model.rowCount())}
    assert win.saved_searches.hidden_button.isVisibleTo(win)
    assert win.saved_searches.hidden_button.text() == f"{theirs} vaga{'s' if theirs > 1 else ''} oculta" + (
        "s" if theirs > 1 else "")
    # "Mostrar ocultas" brings them back without forgetting the blocklist
    win.saved_searches.show_hidden_action.trigger()
    qtbot.waitUntil(lambda: win.model.rowCount() == total)
    win.saved_searches.show_hidden_action.trigger()
    qtbot.waitUntil(lambda: win.model.rowCount() == total - theirs)
    # a typed exclusion still works beside it
    search(qtbot, win, f'-empregador:"{employer}"')
    assert win.model.rowCount() == total - theirs
    search(qtbot, win, "")
    # the dialog: choose it, press Delete, it shows again (and Ctrl+Z hides it again)
    dialog = win.saved_searches.show_hidden_dialog()
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [employer]
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: win.model.rowCount() == total)
    assert dialog.list.count() == 0 and not win.saved_searches.hidden_button.isVisibleTo(win)
    win.undo_action.trigger()
    qtbot.waitUntil(lambda: win.model.rowCount() == total - theirs)
    assert win.user.store.hidden_employers() == [employer]


def test_the_facet_menu_hook_hides_an_employer(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path, SAMPLE_POSTS, TODAY)
    employer = win.model.index(0, 0).data(POSTING_ROLE).empregador
    win.filter_bar.hide_employer_requested.emit(employer)  # the employer facet's "Ocultar sempre este empregador"
    qtbot.waitUntil(lambda: not win.controller.pending)
    assert employer not in {win.model.index(r, 0).data(POSTING_ROLE).empregador for r in range(win.model.rowCount())}


def test_the_search_context_menu_offers_its_actions(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMenu

    win = open_window(qtbot, tmp_path, SAMPLE_POSTS, TODAY)
    made = win.saved_searches.save_current("Lisboa")
    menu = QMenu(win)
    win.shortlists.search_menu_requested.emit(made.id, menu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Marcar como vistas", "Exportar a pesquisa…", "Exportar os prazos para o calendário…",
                     "Mudar o nome da pesquisa…", "Duplicar a pesquisa", "Apagar a pesquisa"]
    next(a for a in menu.actions() if a.text() == "Duplicar a pesquisa").trigger()
    assert [s.name for s in win.user.store.saved_searches()] == ["Lisboa", "Lisboa (cópia)"]
    next(a for a in menu.actions() if a.text() == "Apagar a pesquisa").trigger()
    assert [s.name for s in win.user.store.saved_searches()] == ["Lisboa (cópia)"]


def test_a_chosen_search_keeps_the_users_edits_when_other_data_changes(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path, SAMPLE_POSTS, TODAY)
    search(qtbot, win, "distrito:lisboa")
    made = win.saved_searches.save_current("Lisboa")
    assert win.shortlists.current_search() == made.id
    search(qtbot, win, "distrito:lisboa tecnico")  # editing on top of the chosen search
    win.table.selectRow(0)
    win.tracking_actions.bookmark_action.trigger()  # the panel's counts refresh
    qtbot.waitUntil(lambda: not win.controller.pending and not win.saved_searches.pending)
    qtbot.wait(50)
    assert win.search_edit.text() == "distrito:lisboa tecnico"
    assert win.shortlists.current_search() == made.id
