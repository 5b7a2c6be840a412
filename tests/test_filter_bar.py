"""FilterBar and FacetListWidget: real widgets offscreen, driven by keys and clicks."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Mapping
from datetime import date

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QStyle, QStyleOptionViewItem, QWidget

from vagas_desktop.gui.facet_list import FacetListModel, fold
from vagas_desktop.gui.filter_bar import FilterBar, FilterSelection

from .conftest import facet_view, shown_filter_bar

DISTRITOS = [("Aveiro", 12), ("Beja", 3), ("Évora", 7), ("Faro", 9), ("Lisboa", 120), ("Região Autónoma dos Açores", 4)]
EMPREGADORES = [
    ("Agrupamento de Escolas de Évora", 2),
    ("Câmara Municipal de Évora", 5),
    ("Câmara Municipal de Lisboa", 30),
    ("Direção-Geral do Orçamento", 1),
    ("Junta de Freguesia de Camarate", 1),
    ("camara municipal do porto", 4),
]


@pytest.fixture
def bar(qtbot) -> FilterBar:  # type: ignore[no-untyped-def]
    return shown_filter_bar(qtbot, {"distrito": DISTRITOS, "empregador": EMPREGADORES})


def view_of(bar: FilterBar, field: str) -> QListView:
    return facet_view(bar, field)


def visible(bar: FilterBar, field: str) -> list[str]:
    model = view_of(bar, field).model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def press_space_on(qtbot, view: QListView, value: str) -> None:  # type: ignore[no-untyped-def]
    row = view.model().row_of(value)
    assert row >= 0, value
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)


def emissions(bar: FilterBar) -> list[int]:
    hits: list[int] = []
    bar.filter_changed.connect(lambda: hits.append(1))
    return hits


def test_space_checks_a_value_and_emits(qtbot, qtmodeltester, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    view = view_of(bar, "distrito")
    qtmodeltester.check(view.model())
    assert visible(bar, "distrito")[2] == "Évora (7)"
    with qtbot.waitSignal(bar.filter_changed, timeout=1000):
        press_space_on(qtbot, view, "Évora")
    assert bar.selection().distritos == {"Évora"}
    assert bar.facet("distrito").title_label.text() == "Distrito (1)"
    assert bar.clear_button.isEnabled()
    with qtbot.waitSignal(bar.filter_changed, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_Space)  # again: unchecks
    assert bar.selection().is_default()
    assert bar.facet("distrito").title_label.text() == "Distrito"


def test_arrow_keys_move_then_space_toggles(qtbot, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    view = view_of(bar, "distrito")
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    with qtbot.waitSignal(bar.filter_changed, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert bar.selection().distritos == {"Évora"}


def test_mouse_click_on_indicator_or_text_toggles_once(qtbot, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    view = view_of(bar, "distrito")
    index = view.model().index(view.model().row_of("Faro"), 0)
    rect = view.visualRect(index)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = rect
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    assert rect.contains(box.center())
    with qtbot.waitSignal(bar.filter_changed, timeout=1000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert bar.selection().distritos == {"Faro"}
    with qtbot.waitSignal(bar.filter_changed, timeout=1000):  # on the text: toggles too
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.right() - 20, rect.center().y()))
    assert bar.selection().distritos == set()


def test_set_counts_keeps_checks_without_emitting(qtbot, qtmodeltester, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    press_space_on(qtbot, view_of(bar, "distrito"), "Évora")
    with qtbot.assertNotEmitted(bar.filter_changed):
        bar.set_counts("distrito", [("Beja", 1), ("Évora", 2), ("Lisboa", 3)])
    assert visible(bar, "distrito") == ["Beja (1)", "Évora (2)", "Lisboa (3)"]
    with qtbot.assertNotEmitted(bar.filter_changed):
        bar.set_counts("distrito", [("Beja", 1), ("Lisboa", 3)])  # Évora gone: still listed, with 0
    assert visible(bar, "distrito") == ["Beja (1)", "Lisboa (3)", "Évora (0)"]
    model = view_of(bar, "distrito").model()
    assert model.index(2, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtmodeltester.check(model)
    assert bar.selection().distritos == {"Évora"}


def test_set_counts_keeps_current_row_and_scroll(qtbot, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    names = [f"Entidade {i:04d}" for i in range(300)]
    bar.set_counts("empregador", [(n, 1) for n in names])
    view = view_of(bar, "empregador")
    press_space_on(qtbot, view, "Entidade 0150")
    view.scrollTo(view.currentIndex())
    position = view.verticalScrollBar().value()
    assert position > 0
    bar.set_counts("empregador", [(n, 2) for n in names])
    assert view.currentIndex().data() == "Entidade 0150 (2)"
    assert view.verticalScrollBar().value() == position
    with qtbot.waitSignal(bar.filter_changed, timeout=1000):  # keyboard use goes on where it was
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert bar.selection().empregadores == set()


def test_set_counts_with_other_values_keeps_current_row_and_scroll(qtbot, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    names = [f"Entidade {i:04d}" for i in range(300)]
    bar.set_counts("empregador", [(n, 1) for n in names])
    view = view_of(bar, "empregador")
    press_space_on(qtbot, view, "Entidade 0150")
    press_space_on(qtbot, view, "Entidade 0150")  # checked and unchecked: only the current row stays
    view.scrollTo(view.currentIndex())
    position = view.verticalScrollBar().value()
    bar.set_counts("empregador", [(n, 3) for n in names if n != "Entidade 0000"])  # a value gone
    assert view.currentIndex().data() == "Entidade 0150 (3)"
    assert abs(view.verticalScrollBar().value() - position) <= 1


def test_recount_with_the_same_values_updates_counts_without_a_reset(qtbot, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    model = view_of(bar, "distrito").model()
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged, timeout=1000):
        bar.set_counts("distrito", [(name, n * 2) for name, n in DISTRITOS])
    assert visible(bar, "distrito")[:2] == ["Aveiro (24)", "Beja (6)"]


def test_owner_may_repopulate_from_inside_filter_changed(qtbot, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    counts = {"value": 0}

    def recount() -> None:  # like the main window: new counts as soon as the filter changes
        counts["value"] += 1
        bar.set_counts("distrito", [(name, n + counts["value"]) for name, n in DISTRITOS])

    bar.filter_changed.connect(recount)
    view = view_of(bar, "distrito")
    press_space_on(qtbot, view, "Évora")
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert bar.selection().distritos == {"Évora", "Faro"}
    assert visible(bar, "distrito")[3] == "Faro (11)"


def test_find_box_filters_accent_and_case_insensitively(qtbot, qtmodeltester, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    find = bar.findChild(QLineEdit, "empregadorFind")
    with qtbot.assertNotEmitted(bar.filter_changed):
        qtbot.keyClicks(find, "camara")
    assert visible(bar, "empregador") == [
        "Câmara Municipal de Évora (5)",
        "Câmara Municipal de Lisboa (30)",
        "Junta de Freguesia de Camarate (1)",
        "camara municipal do porto (4)",
    ]
    qtmodeltester.check(view_of(bar, "empregador").model())
    find.setText("CÂMARA  évora")  # every word must match
    assert visible(bar, "empregador") == ["Câmara Municipal de Évora (5)"]
    press_space_on(qtbot, view_of(bar, "empregador"), "Câmara Municipal de Évora")
    find.clear()
    assert len(visible(bar, "empregador")) == len(EMPREGADORES)
    assert bar.selection().empregadores == {"Câmara Municipal de Évora"}
    assert fold("Câmara ÉVORA d’Água") == "camara evora d'agua"


def test_within_radio_and_spin(qtbot, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    spin = bar.within_spin
    assert not spin.isEnabled()
    radio = bar.findChild(QWidget, "deadlineWithin")
    with qtbot.waitSignal(bar.filter_changed, timeout=1000):
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    assert spin.isEnabled()
    assert (bar.selection().deadline, bar.selection().within_days) == ("within", 7)
    with qtbot.waitSignal(bar.filter_changed, timeout=1000):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert bar.selection().within_days == 8
    spin.setValue(200)
    assert bar.selection().within_days == 90
    with qtbot.waitSignal(bar.filter_changed, timeout=1000):
        qtbot.mouseClick(bar.findChild(QWidget, "deadlineClosed"), Qt.MouseButton.LeftButton)
    assert bar.selection().deadline == "closed" and not spin.isEnabled()


def test_open_on_checkbox_and_date(qtbot, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    check, edit = bar.open_on_check, bar.open_on_date
    assert edit.displayFormat() == "dd/MM/yyyy" and edit.calendarPopup()
    hits = emissions(bar)
    edit.setDate(QDate(2025, 3, 1))  # not checked: no change to the filter
    assert not hits and bar.selection().open_on is None
    with qtbot.waitSignal(bar.filter_changed, timeout=1000):
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert bar.selection().open_on == date(2025, 3, 1)
    with qtbot.waitSignal(bar.filter_changed, timeout=1000):
        edit.setDate(QDate(2025, 4, 15))
    assert bar.selection().open_on == date(2025, 4, 15)


def test_clear_resets_everything_and_emits_once(qtbot, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    press_space_on(qtbot, view_of(bar, "distrito"), "Lisboa")
    bar.findChild(QLineEdit, "empregadorFind").setText("camara")
    press_space_on(qtbot, view_of(bar, "empregador"), "Câmara Municipal de Lisboa")
    qtbot.mouseClick(bar.findChild(QWidget, "deadlineOpen"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.open_on_check, Qt.MouseButton.LeftButton)
    assert not bar.selection().is_default()
    hits = emissions(bar)
    bar.clear()
    assert hits == [1]
    assert bar.selection().is_default() and bar.selection() == FilterSelection()
    assert bar.findChild(QLineEdit, "empregadorFind").text() == ""
    assert bar.facet("distrito").title_label.text() == "Distrito"
    assert not bar.clear_action.isEnabled() and not bar.clear_button.isEnabled()


def test_clear_button_and_action(qtbot, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    action = bar.clear_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+L")
    assert action in bar.actions()
    press_space_on(qtbot, view_of(bar, "distrito"), "Beja")
    hits = emissions(bar)
    qtbot.mouseClick(bar.findChild(QWidget, "clearFilters"), Qt.MouseButton.LeftButton)
    assert hits == [1] and bar.selection().is_default()


def test_facet_limpar_clears_only_that_facet(qtbot, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    press_space_on(qtbot, view_of(bar, "distrito"), "Beja")
    press_space_on(qtbot, view_of(bar, "empregador"), "Direção-Geral do Orçamento")
    hits = emissions(bar)
    qtbot.mouseClick(bar.findChild(QWidget, "distritoClear"), Qt.MouseButton.LeftButton)
    assert hits == [1]
    assert bar.selection().distritos == set()
    assert bar.selection().empregadores == {"Direção-Geral do Orçamento"}
    assert not bar.findChild(QWidget, "distritoClear").isEnabled()


def test_set_selection_restores_state_and_emits_once(qtbot, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    wanted = FilterSelection(
        distritos=frozenset({"Évora", "Guarda"}),
        empregadores=frozenset({"Câmara Municipal de Lisboa"}),
        deadline="within",
        within_days=21,
        open_on=date(2024, 12, 31),
    )
    hits = emissions(bar)
    bar.set_selection(wanted)
    assert hits == [1]
    assert bar.selection() == wanted
    assert "Guarda (0)" in visible(bar, "distrito")  # not in the counts yet: listed, checked, 0
    assert bar.facet("distrito").title_label.text() == "Distrito (2)"
    assert bar.within_spin.isEnabled() and bar.open_on_date.isEnabled()
    assert bar.findChild(QWidget, "deadlineWithin").isChecked()
    bar.set_counts("distrito", DISTRITOS + [("Guarda", 5)])
    assert bar.selection() == wanted


def test_round_trip_through_json() -> None:
    sel = FilterSelection(
        distritos=frozenset({"Évora"}),
        concelhos=frozenset({"Évora", "Mora"}),
        trabalhos=frozenset({"Técnico Superior"}),
        empregadores=frozenset({"Câmara Municipal de Évora"}),
        deadline="within",
        within_days=30,
        open_on=date(2025, 2, 28),
    )
    data = json.loads(json.dumps(sel.to_dict()))
    assert FilterSelection.from_dict(data) == sel
    assert FilterSelection.from_dict(FilterSelection().to_dict()).is_default()
    assert FilterSelection(distritos={"Beja"}).distritos == frozenset({"Beja"})  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        FilterSelection(deadline="soon")


class _Hostile(Mapping[str, object]):
    def __getitem__(self, key: str) -> object:
        raise RuntimeError("boom")

    def __iter__(self) -> Iterator[str]:
        raise RuntimeError("boom")

    def __len__(self) -> int:
        return 1


@pytest.mark.parametrize(
    "garbage", [None, 3, "texto", [], b"\x00", {}, {"distritos": 5}, _Hostile(), {"deadline": ["all"]}]
)
def test_from_dict_garbage_gives_defaults(garbage: object) -> None:
    assert FilterSelection.from_dict(garbage).is_default()


def test_from_dict_salvages_what_it_can() -> None:
    sel = FilterSelection.from_dict(
        {
            "distritos": ["Évora", 3, None, ""],
            "concelhos": "Mora",
            "trabalhos": {"x": 1},
            "deadline": "soon",
            "within_days": "14",
            "open_on": "2025-13-45",
        }
    )
    assert sel.distritos == {"Évora"} and sel.concelhos == {"Mora"} and not sel.trabalhos
    assert (sel.deadline, sel.within_days, sel.open_on) == ("all", 14, None)
    for raw, days in [(1000, 90), (-3, 1), (True, 7), (float("nan"), 7), ("abc", 7), (12.7, 12)]:
        assert FilterSelection.from_dict({"within_days": raw}).within_days == days
    assert FilterSelection.from_dict({"open_on": "2025-03-01T10:00:00"}).open_on == date(2025, 3, 1)


def test_five_thousand_values_are_quick(qtbot, qtmodeltester, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    many = [(f"Câmara Municipal n.º {i}", i % 50) for i in range(5000)]
    start = time.perf_counter()
    for _ in range(3):
        bar.set_counts("empregador", many)
        QApplication.processEvents()
    find = bar.findChild(QLineEdit, "empregadorFind")
    find.setText("4999")
    QApplication.processEvents()
    assert time.perf_counter() - start < 2.0
    assert visible(bar, "empregador") == ["Câmara Municipal n.º 4999 (49)"]
    find.clear()
    qtmodeltester.check(view_of(bar, "empregador").model())


def test_unknown_facet_is_an_error(bar: FilterBar) -> None:
    with pytest.raises(ValueError):
        bar.set_counts("freguesia", [])


def test_names_for_tests_and_screen_readers(bar: FilterBar) -> None:
    names = [
        "distritoFilter", "concelhoFilter", "trabalhoFilter", "empregadorFilter",
        "trabalhoFind", "empregadorFind", "concelhoFind",
        "deadlineAll", "deadlineOpen", "deadlineWithin", "deadlineClosed",
        "withinDays", "openOnCheck", "openOnDate", "clearFilters",
    ]  # fmt: skip
    for name in names:
        widget = bar.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, name
    assert bar.findChild(QWidget, "distritoFind") is None
    flags = FacetListModel().flags(QModelIndex())
    assert flags == Qt.ItemFlag.NoItemFlags


def test_tab_reaches_every_control(qtbot, bar: FilterBar) -> None:  # type: ignore[no-untyped-def]
    press_space_on(qtbot, view_of(bar, "distrito"), "Beja")  # enables distritoClear and clearFilters
    qtbot.mouseClick(bar.findChild(QWidget, "deadlineWithin"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.open_on_check, Qt.MouseButton.LeftButton)
    bar.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is bar)
    bar.setFocus()  # the focus proxy: the checked deadline radio
    assert QApplication.focusWidget().objectName() == "deadlineWithin"
    seen = []
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    for name in ["withinDays", "openOnCheck", "openOnDate", "distritoClear", "distritoFilter", "concelhoFind",
                 "concelhoFilter", "trabalhoFind", "trabalhoFilter", "empregadorFind", "empregadorFilter",
                 "clearFilters"]:  # fmt: skip
        assert name in seen, (name, seen)
    assert seen.index("withinDays") < seen.index("distritoFilter") < seen.index("empregadorFilter")
    radio = bar.findChild(QWidget, "deadlineWithin")
    radio.setFocus()
    with qtbot.waitSignal(bar.filter_changed, timeout=1000):  # arrows move between the radios
        qtbot.keyClick(radio, Qt.Key.Key_Down)
    assert bar.selection().deadline == "upcoming"  # "A abrir" sits between "A fechar em" and "Fechadas"
