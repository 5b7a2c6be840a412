"""F1 help: the search syntax (every qualifier, each example valid), the shortcuts (from the window's
actions, never stale) and where the data lives."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from vagas_desktop.core import user_filters
from vagas_desktop.core.query import HINT_UNKNOWN_QUALIFIER, parse_query
from vagas_desktop.core.query_help import IS_WORD_SETS, SEARCH_SYNTAX, accepted_qualifiers, syntax_rows
from vagas_desktop.core.user_filters import USER_QUALIFIERS
from vagas_desktop.core.userdata_schema import Status
from vagas_desktop.gui.main_window import MainWindow
from vagas_desktop.paths import user_cache_dir, user_log_dir


def open_help(qtbot, window: MainWindow):
    window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F1)
    help_window = window.help_action.help_window
    assert help_window is not None
    qtbot.waitUntil(help_window.isVisible)
    return help_window


def plain(browser) -> str:
    return browser.toPlainText()


# -- the syntax rows (core, no Qt) ------------------------------------------------------------------
def test_every_qualifier_the_search_box_accepts_has_a_documented_row() -> None:
    documented = {row.qualifier for row in SEARCH_SYNTAX if row.meaning}
    assert set(accepted_qualifiers()) <= documented
    for name in accepted_qualifiers():  # the parser really accepts them: no "unknown filter" hint
        hints = parse_query(f"{name}:x", USER_QUALIFIERS).hints
        assert HINT_UNKNOWN_QUALIFIER not in {h.code for h in hints}


@pytest.mark.parametrize("row", syntax_rows(), ids=lambda r: r.syntax)
def test_every_example_is_a_query_the_parser_reads_without_a_hint(row) -> None:
    query = parse_query(row.example, USER_QUALIFIERS)
    assert query.terms and not query.hints
    if row.qualifier:
        assert all(term.field == row.qualifier for term in query.terms)


def test_every_is_word_and_status_is_listed() -> None:
    listed = {v for row in SEARCH_SYNTAX if row.qualifier == "is" for v in (*row.values, row.example[3:])}
    sets = [v for k, v in vars(user_filters).items() if k.startswith("IS_") and isinstance(v, frozenset)]
    assert {id(s) for s in sets} == {id(s) for s in IS_WORD_SETS}
    assert set().union(*sets) == listed
    status_row = next(row for row in SEARCH_SYNTAX if row.qualifier == "status")
    assert set(status_row.values) == {s.value for s in Status}


def test_a_new_qualifier_appears_even_before_anyone_documents_it(monkeypatch) -> None:
    monkeypatch.setattr("vagas_desktop.core.query_help.USER_QUALIFIERS", (*USER_QUALIFIERS, "prazo"))
    assert "prazo" in {row.qualifier for row in syntax_rows()}


# -- the window -------------------------------------------------------------------------------------
def test_f1_opens_a_non_modal_help_with_every_qualifier_and_example(qtbot, window: MainWindow) -> None:
    help_window = open_help(qtbot, window)
    assert not help_window.isModal() and QApplication.activeModalWidget() is None
    text = plain(help_window.syntax)
    for row in syntax_rows():
        assert row.example in text
    for name in accepted_qualifiers():
        assert f"{name}:" in text
    assert "Ajuda do Vagas Desktop" in [a.text().replace("&", "") for a in window.findChildren(QAction)]
    qtbot.keyClick(help_window.tabs, Qt.Key.Key_Escape)
    assert not help_window.isVisible()


def test_every_action_with_a_shortcut_is_listed_with_its_keys(qtbot, window: MainWindow) -> None:
    text = plain(open_help(qtbot, window).shortcuts)
    actions = [*window.actions()]
    for menu in window.menuBar().findChildren(QMenu):
        actions += menu.actions()
    with_keys = [a for a in actions if any(not k.isEmpty() for k in a.shortcuts())]
    assert len(with_keys) >= 10
    for action in with_keys:
        name = action.property("helpName") or action.text().replace("&", "")
        assert name in text
        assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in text
    assert "Desfazer" in text and "Ctrl+Z" in text and "F1" in text


def test_an_action_added_later_shows_up_the_next_time_help_opens(qtbot, window: MainWindow) -> None:
    help_window = open_help(qtbot, window)
    assert "Saltar para a & seguinte" not in plain(help_window.shortcuts)
    help_window.close()
    extra = QAction("Saltar para a && seguinte", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.addAction(extra)
    text = plain(open_help(qtbot, window).shortcuts)
    assert "Saltar para a & seguinte" in text and "Ctrl+Alt+J" in text


def test_the_places_page_names_the_data_cache_logs_and_settings(qtbot, window: MainWindow, settings) -> None:
    help_window = open_help(qtbot, window)
    text = plain(help_window.places)
    for path in (window.user.store.path, window.user.store.backup_path, user_cache_dir(), user_log_dir(),
                 Path(settings.fileName())):
        assert str(path) in text
    html = help_window.places.toHtml()
    assert str(window.user.store.path.parent) in html  # the data file's link opens its folder


def test_inserted_text_is_escaped(qtbot, window: MainWindow) -> None:
    risky = QAction("<b>Negrito</b> & <i>cia</i>", window)
    risky.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.addAction(risky)
    help_window = open_help(qtbot, window)
    assert "<b>Negrito</b>" in plain(help_window.shortcuts)  # shown as typed, not as markup
    assert escape("<b>") in help_window.shortcuts.toHtml()
