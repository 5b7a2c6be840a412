"""What a user sees fits: the Lists panel's rows, the toolbar's tooltips, the status bar at 1024 px, the
statistics chart chosen last time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar, QToolButton

from vagas_desktop.core.stats import StatBy
from vagas_desktop.core.user_filters import SCOPE_CLOSED, SCOPE_NEW
from vagas_desktop.gui.bar_chart import BarChart, ChartBar
from vagas_desktop.gui.language import install_translators, remove_translators
from vagas_desktop.gui.main_window import MainWindow
from vagas_desktop.gui.shortlist_panel import search_scope
from vagas_desktop.gui.table_model import POSTING_ROLE

from .conftest import open_window

LONG_NAME = "Rui Costa — informática no Porto e arredores, só contratos sem termo"


@pytest.fixture(params=["pt", "en"])
def lang(request, qapp):
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def panel_rows(win: MainWindow) -> dict[object, tuple[str, str]]:
    model = win.shortlists.model
    return {model.scope_at(r): (str(model.index(r, 0).data()),
                                str(model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) or ""))
            for r in range(model.rowCount())}


def test_the_lists_panel_rows_fit_its_default_width(qtbot, tmp_path: Path, lang: str) -> None:
    win = open_window(qtbot, tmp_path)
    win.resize(1400, 900)
    win.saved_searches.save_current(LONG_NAME)
    qtbot.waitUntil(lambda: not win.saved_searches.pending, timeout=10_000)
    view = win.shortlists.view
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    assert not view.horizontalScrollBar().isVisible()
    rows = panel_rows(win)
    fixed = [rows[None][0], rows[SCOPE_NEW][0], rows[SCOPE_CLOSED][0]]
    width = view.viewport().width()
    for text in fixed:  # the fixed rows are never cut at the window's first size
        assert view.fontMetrics().horizontalAdvance(text) + 8 <= width, text
    new_text, new_tip = rows[SCOPE_NEW]
    closed_text, closed_tip = rows[SCOPE_CLOSED]
    if lang == "pt":
        assert new_text == "✦ Novas (0)" and closed_text == "✕ Fecharam (0)"
        assert "Vagas novas desde a última visita à pasta." in new_tip
        assert "Vagas que fecharam desde a última visita à pasta." in closed_tip
    else:
        assert new_text == "✦ New (0)" and closed_text == "✕ Closed (0)"
        assert "since your last visit" in new_tip and "since your last visit" in closed_tip
    search = win.user.store.saved_search_by_name(LONG_NAME)
    text, tip = rows[search_scope(search.id)]
    assert text.startswith(LONG_NAME) and view.fontMetrics().horizontalAdvance(text) > width  # elided on screen
    assert tip.startswith(text)  # ... whole in its tooltip


def test_toolbar_tooltips_name_the_shortcut_and_view_menu_toggles_the_toolbar(qtbot, window) -> None:
    keys = QKeySequence(QKeySequence.StandardKey.Open).toString(QKeySequence.SequenceFormat.NativeText)
    assert window.open_action.toolTip() == f"Abrir pasta ({keys})"
    assert window.reload_action.toolTip() == "Recarregar (F5)"
    assert window.statistics.show_action.toolTip() == "Mostrar as estatísticas das vagas em vista (Ctrl+4)"
    assert window.saved_searches.save_action.toolTip() == "Guardar pesquisa (Ctrl+Shift+S)"
    toolbar = window.findChild(QToolBar, "mainToolbar")
    button = toolbar.widgetForAction(window.open_action)
    assert button.toolTip() == window.open_action.toolTip()
    toggle = next(a for a in window.view_menu.actions() if a.text() == "Barra de ferramentas")
    assert toggle.isCheckable() and toggle.isChecked()
    toggle.trigger()
    assert not toolbar.isVisible()
    toggle.trigger()
    assert toolbar.isVisible()


def test_status_bar_message_is_elided_before_the_permanent_widgets(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path)
    win.resize(1024, 700)
    win.problems_button.setText("12 problemas · 3 ignorados")
    win.problems_button.show()
    status = win.statusBar()
    message = "Desde 15/03/2025: 12 novas, 3 fecharam · 2 pesquisas com novidades · " * 4
    status.showMessage(message)
    qtbot.waitUntil(lambda: status.shown_message() != "")
    permanent = status.shown_permanent()
    assert [w.objectName() for w in permanent][:2] == ["countLabel", "problemsButton"]
    right_end = status.message_rect().right()
    assert right_end < permanent[0].x()  # the message never runs into the count
    assert status.shown_message().endswith("…") and status.toolTip() == message
    for left, right in zip(permanent, permanent[1:], strict=False):
        assert right.x() - (left.x() + left.width()) >= 6  # room for the separator between them
    status.showMessage("Pronto")
    assert status.shown_message() == "Pronto"


def test_statistics_remembers_the_chart_and_distrito(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path)
    view = win.statistics.view
    win.statistics.show_action.trigger()
    view.set_by(StatBy.CONCELHO)
    view.distrito_combo.setCurrentIndex(view.distrito_combo.findData("Porto"))
    win.close()
    again = open_window(qtbot, tmp_path)  # the same settings file
    assert again.statistics.view.by is StatBy.CONCELHO
    assert again.statistics.view.distrito_combo.currentText() == "Porto"
    assert again.statistics.view.distrito_combo.isVisibleTo(again.statistics.view)


def test_statistics_labels_are_whole_when_the_dock_has_room(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path)
    win.resize(1400, 900)
    win.filter_bar.clear()
    win.statistics.show_action.trigger()
    win.resizeDocks([win.statistics], [400], Qt.Orientation.Horizontal)
    view = win.statistics.view
    qtbot.waitUntil(lambda: not win.controller.pending and not view.pending)
    chart = view.chart
    labels = [row.label("pt") for row in view.table.rows]
    madeira = next(i for i, label in enumerate(labels) if "Madeira" in label)
    assert chart.shown_label(madeira) == labels[madeira] == "Região Autónoma da Madeira"
    narrow = BarChart()  # a narrow chart: elided in the middle, the bars keep their room
    qtbot.addWidget(narrow)
    narrow.set_bars("Vagas por distrito", [ChartBar(labels[madeira], 2, 0.5, True, False)], False)
    narrow.resize(200, 100)
    assert "…" in narrow.shown_label(0)


def test_hidden_employers_dialog_wraps_and_waits_for_a_choice(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path)
    employer = win.model.index(0, 0).data(POSTING_ROLE).empregador
    win.user.set_employers_hidden([employer], True)
    dialog = win.saved_searches.show_hidden_dialog()
    assert dialog.minimumSizeHint().width() < 450  # the sentence above the list wraps
    assert not dialog.show_button.isEnabled()  # nothing chosen yet
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)  # the keyboard chooses the first name
    assert dialog.list.selectedItems() and dialog.show_button.isEnabled()
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.user.store.hidden_employers() == [])
    assert dialog.list.count() == 0 and not dialog.show_button.isEnabled() and dialog.empty_label.isVisible()


def test_the_saved_searches_title_is_readable_in_both_themes(qtbot, tmp_path: Path) -> None:
    from vagas_desktop.gui.shortlist_panel import SEARCHES_HEADER
    from vagas_desktop.gui.theme import ThemeChoice, contrast_ratio

    win = open_window(qtbot, tmp_path)
    win.saved_searches.save_current("Ana")
    model, view = win.shortlists.model, win.shortlists.view
    header = model.index(model.row_of(SEARCHES_HEADER), 0)
    try:
        for choice in (ThemeChoice.LIGHT, ThemeChoice.DARK):
            win.theme_menu.choice_actions[choice].trigger()
            dark = choice is ThemeChoice.DARK
            qtbot.waitUntil(lambda dark=dark: (view.palette().base().color().lightness() < 128) == dark)
            colour = header.data(Qt.ItemDataRole.ForegroundRole).color()
            assert contrast_ratio(colour, view.palette().base().color()) >= 4.5
    finally:
        win.theme_menu.choice_actions[ThemeChoice.SYSTEM].trigger()


def test_statistics_open_below_the_table_on_a_1024_window_and_beside_it_on_a_wide_one(qtbot, tmp_path: Path) -> None:
    """At 1024×700 the filters and the details leave the table ~490 px: a dock beside it would squeeze
    it to a column of stars, so the statistics open below it (a tab beside Problemas when that is open),
    the table keeps ≥ 400 px and a dozen rows, and every bar's label is whole. On a wide window the
    dock goes back beside the table."""
    win = open_window(qtbot, tmp_path)
    win.resize(1024, 700)
    qtbot.waitUntil(lambda: win.width() == 1024 and win.table.width() < 600)
    win.filter_bar.clear()  # every posting: the distritos' longest names ("Região Autónoma da Madeira")
    dock, view, chart = win.statistics, win.statistics.view, win.statistics.view.chart
    qtbot.keyClick(win, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not win.controller.pending and not view.pending and chart.hasFocus())
    assert win.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea and view.wide
    assert win.table.width() >= 400
    assert win.table.height() >= 12 * win.table.verticalHeader().defaultSectionSize()
    labels = [b.label for b in chart.bars]
    assert "Região Autónoma da Madeira" in labels
    assert [chart.shown_label(i) for i in range(len(labels))] == labels  # none elided
    assert chart.width() >= chart.sizeHint().width() and chart.visibleRegion().boundingRect().width() == chart.width()
    for widget in (view.by_combo, view.summary, *view.findChildren(QToolButton)):  # whole, beside the chart
        assert view.rect().contains(QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())), widget
    qtbot.keyClick(chart, Qt.Key.Key_End)  # the keyboard's last bar scrolls into view
    last = chart.bar_rects()[-1]
    assert chart.visibleRegion().contains(last.center())

    dock.close()
    win.problems_action.trigger()  # Problemas open below: the statistics join it as a tab
    win.statistics.show_action.trigger()
    qtbot.waitUntil(lambda: dock.isVisible() and not dock.visibleRegion().isEmpty())
    assert win.tabifiedDockWidgets(dock) == [win.problems] and win.table.width() >= 400

    dock.close()
    win.problems.close()
    win.resize(1500, 900)
    qtbot.waitUntil(lambda: win.table.width() > 800)
    win.statistics.show_action.trigger()
    qtbot.waitUntil(lambda: not view.pending and chart.hasFocus())
    assert win.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea and not view.wide
    qtbot.waitUntil(lambda: win.table.width() >= 400)  # the dock no wider than leaves the table its room
