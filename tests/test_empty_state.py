"""The table says why it is empty and offers the next step: an empty folder, no matches, an empty list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from vagas_desktop.gui.main_window import MainWindow

from .conftest import SAMPLE_POSTS, open_and_wait, open_window

TODAY = date(2025, 3, 15)


def overlay(win: MainWindow):
    return win.empty_state.overlay


def message(win: MainWindow) -> str:
    return overlay(win).label.text() if overlay(win).isVisible() else ""


def search(qtbot, win: MainWindow, text: str) -> None:
    win.search_edit.setText(text)
    qtbot.waitUntil(lambda: not win.controller.pending)


def test_before_any_folder_the_table_says_so_and_offers_to_open_one(window: MainWindow) -> None:
    assert message(window) == "Nenhuma pasta aberta."
    assert overlay(window).button.isVisible() and overlay(window).button.text() == "Abrir pasta…"


def test_while_the_first_folder_loads_it_says_it_is_reading(qtbot, window: MainWindow) -> None:
    window.open_folder(str(SAMPLE_POSTS))
    assert message(window) == "A ler a pasta…" and not overlay(window).button.isVisible()
    qtbot.waitUntil(lambda: not window.is_loading, timeout=30_000)
    assert not overlay(window).isVisible()  # rows: no message


def test_a_folder_without_postings_says_so_with_a_way_out(qtbot, window: MainWindow, tmp_path: Path) -> None:
    empty = tmp_path / "vazia"
    empty.mkdir()
    open_and_wait(qtbot, window, empty)
    assert window.model.rowCount() == 0
    assert message(window) == "Esta pasta não tem vagas."
    assert overlay(window).button.text() == "Abrir outra pasta…"
    assert window.table.accessibleDescription() == "Esta pasta não tem vagas."
    label = overlay(window).label
    assert label.isVisible() and window.table.viewport().geometry().contains(
        label.mapTo(window.table, label.rect().center()))  # over the table's rows area
    window.open_folder(str(SAMPLE_POSTS))
    assert message(window) == "A ler a pasta…"  # the next folder is on its way
    qtbot.waitUntil(lambda: not window.is_loading, timeout=30_000)
    assert not overlay(window).isVisible() and window.model.rowCount() > 0


def test_no_matches_offers_to_clear_the_filters_and_the_button_brings_the_rows_back(
        qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path, SAMPLE_POSTS, TODAY)
    assert win.model.rowCount() and not overlay(win).isVisible()
    total = win.model.ghost_from  # Limpar filtros shows every posting (a new user starts on "Abertas")
    search(qtbot, win, "xyzzy-nada-disto")
    assert win.model.rowCount() == 0
    assert message(win) == "Nenhuma vaga corresponde à pesquisa e aos filtros."
    assert overlay(win).button.text() == "Limpar filtros"
    win.activateWindow()
    win.table.setFocus()
    qtbot.waitUntil(win.table.hasFocus)
    qtbot.keyClick(win.table, Qt.Key.Key_Tab)  # keyboard-reachable: Tab from the table
    assert overlay(win).button.hasFocus()
    qtbot.keyClick(overlay(win).button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not win.controller.pending)
    assert win.search_edit.text() == "" and win.model.rowCount() == total
    assert not overlay(win).isVisible() and win.table.accessibleDescription() == ""


def test_an_empty_list_says_how_to_fill_it(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path, SAMPLE_POSTS, TODAY)
    lisboa = win.user.create_list("Lisboa")
    win.shortlists.set_scope(lisboa.id)
    assert win.controller.scope == lisboa.id
    assert message(win).startswith("A lista «Lisboa» está vazia.")
    assert "Listas ▸ Juntar à lista" in message(win)
    win.user.add_to_list(lisboa.id, [win.controller.library.postings[0]])
    assert win.model.rowCount() == 1 and not overlay(win).isVisible()
    win.undo_action.trigger()  # empty again
    assert message(win).startswith("A lista «Lisboa» está vazia.")
    overlay(win).button.click()  # "Mostrar todas as vagas"
    assert win.controller.scope is None and win.model.rowCount() > 0 and not overlay(win).isVisible()


def test_no_bookmarks_yet_says_how_to_bookmark(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path, SAMPLE_POSTS, TODAY)
    win.shortlists.set_scope("bookmarked")
    assert "Ainda não marcou nenhuma vaga" in message(win)
