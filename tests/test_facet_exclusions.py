"""Facet exclusions: "Excluir" in a facet's context menu hides a value's postings; saved with the choice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QFont
from PySide6.QtWidgets import QApplication, QListView, QMenu

from vagas_desktop.core.facets import EXCLUDED_ATTRS, FacetChoice, FacetFilter
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.search import SearchIndex
from vagas_desktop.gui.facet_list import COUNT_ROLE, EXCLUDED_ROLE
from vagas_desktop.gui.filter_bar import FilterBar

from .conftest import facet_view, open_window, show_every_deadline, shown_filter_bar

# A popup menu on the offscreen platform: it cannot raise a window nor grab the keyboard, and says so.
MENU_SHOWN = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
TODAY = date(2025, 3, 15)
DISTRITOS = [("Beja", 3), ("Évora", 7), ("Lisboa", 120)]
EMPREGADORES = [("Câmara Municipal de Évora", 5), ("Câmara Municipal de Lisboa", 30)]


# -- core ---------------------------------------------------------------------------------------------
def _index() -> SearchIndex:
    rows = [("Lisboa", "CM Lisboa"), ("Lisboa", "ISS"), ("Évora", "CM Évora"), ("Beja", "ISS"), ("", "ISS")]
    return SearchIndex([Posting(id=i, ref=f"R{i}", title="t", source_path=f"/{i}.md", distrito=d, empregador=e)
                        for i, (d, e) in enumerate(rows)])


def test_excluded_values_hide_their_postings_and_combine_with_everything() -> None:
    index = _index()
    lisboa_out = FacetChoice(excluded_distritos=frozenset({"Lisboa"})).on(TODAY)
    assert index.search("", lisboa_out) == [2, 3, 4]  # a posting without a distrito stays
    both = FacetChoice(excluded_distritos=frozenset({"Lisboa"}), excluded_empregadores=frozenset({"ISS"}))
    assert index.search("", both.on(TODAY)) == [2]
    picked = FacetChoice(empregadores=frozenset({"ISS"}), excluded_distritos=frozenset({"Beja"}))
    assert index.search("", picked.on(TODAY)) == [1, 4]
    assert index.search("-empregador:iss", lisboa_out) == [2]  # the query language's exclusion still works


def test_an_excluded_value_keeps_its_own_count() -> None:
    index = _index()
    facets = FacetChoice(excluded_distritos=frozenset({"Lisboa", "Porto"})).on(TODAY)
    assert index.facet_counts("", facets, "distrito") == [("Beja", 1), ("Évora", 1), ("Lisboa", 2), ("Porto", 0)]
    assert dict(index.facet_counts("", facets, "empregador")) == {"CM Évora": 1, "ISS": 2}  # others' exclusions hold


def test_cached_answers_never_show_an_excluded_value() -> None:
    index = _index()
    plain = FacetFilter(today=TODAY)
    out = FacetFilter(excluded_distritos=frozenset({"Lisboa"}), today=TODAY)
    more = FacetFilter(excluded_distritos=frozenset({"Lisboa", "Beja"}), today=TODAY)
    for facets, rows in [(plain, [0, 1, 2, 3, 4]), (out, [2, 3, 4]), (more, [2, 4]), (out, [2, 3, 4]),
                         (plain, [0, 1, 2, 3, 4])]:
        assert index.search("", facets) == rows
    assert out.covers(more) and not more.covers(out) and plain.covers(out)


def test_exclusions_are_saved_and_old_saves_still_load() -> None:
    choice = FacetChoice(distritos=frozenset({"Beja"}), excluded_empregadores=frozenset({"ISS", "CM Évora"}))
    data = choice.to_dict()
    assert data["excluded_empregadores"] == ["CM Évora", "ISS"]
    assert FacetChoice.from_dict(data) == choice
    old = {k: v for k, v in data.items() if k not in EXCLUDED_ATTRS.values()}  # saved before exclusions
    assert FacetChoice.from_dict(old) == FacetChoice(distritos=frozenset({"Beja"}))
    assert FacetChoice.from_dict({**data, "excluded_distritos": 7}).excluded_distritos == frozenset()
    assert not choice.is_default() and FacetChoice(excluded_trabalhos=frozenset({"x"})) != FacetChoice()


# -- the filter bar -------------------------------------------------------------------------------------
@pytest.fixture
def bar(qtbot) -> FilterBar:  # type: ignore[no-untyped-def]
    return shown_filter_bar(qtbot, {"distrito": DISTRITOS, "empregador": EMPREGADORES})


def view_of(bar: FilterBar, field: str) -> QListView:
    return facet_view(bar, field)


def right_click(view: QListView, value: str) -> None:
    """What a right mouse click on the row delivers to the list."""
    rect = view.visualRect(view.model().index(view.model().row_of(value), 0))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(), view.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(view.viewport(), event)


def shown_menu(qtbot, bar: FilterBar, field: str) -> QMenu:  # type: ignore[no-untyped-def]
    menu = bar.findChild(QMenu, f"{field}Menu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    return menu


def click_item(qtbot, menu: QMenu, text: str) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())


def row_font(view: QListView, value: str) -> QFont | None:
    font = view.model().index(view.model().row_of(value), 0).data(Qt.ItemDataRole.FontRole)
    return font if isinstance(font, QFont) else None


@MENU_SHOWN
def test_right_click_excluir_strikes_through_and_incluir_brings_it_back(qtbot, qtmodeltester, bar) -> None:  # type: ignore[no-untyped-def]
    view = view_of(bar, "distrito")
    changes: list[int] = []
    bar.filter_changed.connect(lambda: changes.append(1))
    right_click(view, "Lisboa")
    click_item(qtbot, shown_menu(qtbot, bar, "distrito"), "Excluir")
    assert bar.selection().excluded_distritos == {"Lisboa"} and changes == [1]
    font = row_font(view, "Lisboa")
    assert font is not None and font.strikeOut()
    assert row_font(view, "Beja") is None
    assert bar.facet("distrito").title_label.text() == "Distrito (\u22121)"
    qtmodeltester.check(view.model())

    right_click(view, "Lisboa")
    menu = shown_menu(qtbot, bar, "distrito")
    assert [a.text() for a in menu.actions() if a.text()] == ["Incluir"]  # no "hide always" off the employer list
    click_item(qtbot, menu, "Incluir")
    assert bar.selection().excluded_distritos == frozenset() and changes == [1, 1]
    assert row_font(view, "Lisboa") is None


@MENU_SHOWN
def test_keyboard_menu_key_and_delete_toggle_the_current_row(qtbot, bar) -> None:  # type: ignore[no-untyped-def]
    view = view_of(bar, "empregador")
    view.setFocus()
    view.setCurrentIndex(view.model().index(view.model().row_of("Câmara Municipal de Lisboa"), 0))
    qtbot.keyClick(view, Qt.Key.Key_Menu)
    menu = shown_menu(qtbot, bar, "empregador")
    assert "Del" in menu.actions()[0].shortcut().toString()  # the menu shows the shortcut
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)  # the first item: "Excluir"
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert bar.selection().excluded_empregadores == {"Câmara Municipal de Lisboa"}

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the shortcut toggles it back
    assert bar.selection().excluded_empregadores == frozenset()
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = shown_menu(qtbot, bar, "empregador")
    menu.close()


def test_checking_an_excluded_value_includes_it_and_excluding_unchecks(qtbot, bar) -> None:  # type: ignore[no-untyped-def]
    view = view_of(bar, "distrito")
    view.setFocus()
    view.setCurrentIndex(view.model().index(view.model().row_of("Beja"), 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert bar.selection().distritos == {"Beja"}
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    selection = bar.selection()
    assert selection.distritos == frozenset() and selection.excluded_distritos == {"Beja"}
    qtbot.keyClick(view, Qt.Key.Key_Space)  # checking a struck-through value
    selection = bar.selection()
    assert selection.distritos == {"Beja"} and selection.excluded_distritos == frozenset()


def test_clear_link_clear_all_and_set_selection_cover_exclusions(qtbot, bar) -> None:  # type: ignore[no-untyped-def]
    chosen = FacetChoice(excluded_distritos=frozenset({"Porto"}), excluded_empregadores=frozenset({"X"}))
    bar.set_selection(chosen)
    assert bar.selection() == chosen
    view = view_of(bar, "distrito")
    assert view.model().index(view.model().row_of("Porto"), 0).data(EXCLUDED_ROLE)  # listed though not counted
    assert bar.facet("distrito").clear_button.isEnabled()
    qtbot.mouseClick(bar.facet("distrito").clear_button, Qt.MouseButton.LeftButton)
    assert bar.selection().excluded_distritos == frozenset()
    assert bar.selection().excluded_empregadores == {"X"}
    assert bar.clear_button.isEnabled()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert bar.selection() == FacetChoice()


@MENU_SHOWN
def test_hide_employer_always_asks_with_the_value(qtbot, bar) -> None:  # type: ignore[no-untyped-def]
    view = view_of(bar, "empregador")
    right_click(view, "Câmara Municipal de Évora")
    menu = shown_menu(qtbot, bar, "empregador")
    with qtbot.waitSignal(bar.hide_employer_requested) as blocker:
        click_item(qtbot, menu, "Ocultar sempre este empregador")
    assert blocker.args == ["Câmara Municipal de Évora"]
    assert bar.selection().excluded_empregadores == frozenset()  # the blocklist is someone else's


def shown(win) -> list[Posting]:  # type: ignore[no-untyped-def]
    return [p for r in range(win.model.rowCount()) if (p := win.model.posting_at(r)) is not None]


# -- the window -----------------------------------------------------------------------------------------
@MENU_SHOWN
def test_excluding_a_distrito_hides_its_postings_in_the_table(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, tmp_path)
    show_every_deadline(qtbot, win)
    total = win.model.rowCount()
    view = view_of(win.filter_bar, "distrito")
    qtbot.waitUntil(lambda: view.model().row_of("Lisboa") >= 0)
    lisboa = view.model().index(view.model().row_of("Lisboa"), 0).data(COUNT_ROLE)
    right_click(view, "Lisboa")
    click_item(qtbot, shown_menu(qtbot, win.filter_bar, "distrito"), "Excluir")
    qtbot.waitUntil(lambda: win.model.rowCount() == total - lisboa and not win.controller.pending)
    distritos = {p.distrito for p in shown(win)}
    assert "Lisboa" not in distritos
    assert view.model().index(view.model().row_of("Lisboa"), 0).data(COUNT_ROLE) == lisboa
    win.search_edit.setText("fecho<=2025-03-31")  # dates in the query combine with exclusions
    qtbot.waitUntil(lambda: not win.controller.pending)
    closing = shown(win)
    assert 0 < len(closing) < total - lisboa
    assert all(p.distrito != "Lisboa" and p.data_fecho and p.data_fecho <= date(2025, 3, 31) for p in closing)
    assert win.hint_label.text() == ""
    win.search_edit.setText("fecho<=2025-02-30")  # a malformed date: said why, then ignored
    qtbot.waitUntil(lambda: not win.controller.pending)
    assert "fecho<=2025-02-30" in win.hint_label.text() and win.model.rowCount() == total - lisboa
