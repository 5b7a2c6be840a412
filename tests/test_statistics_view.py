"""View ▸ Estatísticas: the charts follow the table, a click on a bar filters it, copy and save work."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QImage, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from vagas_desktop.core.facets import DeadlineFilter
from vagas_desktop.core.stats import DISTRITOS, StatBy
from vagas_desktop.core.userdata_schema import Status
from vagas_desktop.gui.table_model import POSTING_ROLE
from vagas_desktop.gui.theme import Scheme, ThemeChoice, colours_for, theme_manager

from .conftest import open_window, show_every_deadline


def shown_postings(win) -> list:
    return [win.model.index(r, 0).data(POSTING_ROLE) for r in range(win.model.rowCount())]


def settle(qtbot, win) -> None:
    qtbot.waitUntil(lambda: not win.controller.pending and not win.statistics.view.pending)


def open_stats(qtbot, tmp_path: Path):
    win = open_window(qtbot, tmp_path)
    show_every_deadline(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)
    return win, win.statistics.view


def bars(view) -> dict[str, int]:
    return {b.label: b.count for b in view.chart.bars}


def click_bar(qtbot, view, label: str) -> None:
    index = [b.label for b in view.chart.bars].index(label)
    qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=view.chart.bar_rects()[index].center())


def test_ctrl_4_shows_the_view_with_focus_and_it_counts_the_table(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path)
    assert not win.statistics.isVisible()
    assert win.statistics.show_action.shortcut() == QKeySequence("Ctrl+4")
    assert win.main_toolbar.actions()[-1] is win.statistics.show_action
    show_every_deadline(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = win.findChild(type(win.statistics.view), "statisticsView")
    assert win.statistics.isVisible() and view is win.statistics.view
    qtbot.waitUntil(lambda: view.chart.hasFocus())
    settle(qtbot, win)
    counted = bars(view)
    assert set(DISTRITOS) <= set(counted)  # all 20, the islands too
    assert counted == {d: n for d, n in Counter(p.distrito for p in shown_postings(win)).items()} | {
        d: 0 for d in DISTRITOS if d not in counted or counted[d] == 0}
    assert sum(counted.values()) == win.model.rowCount() == 56


def test_the_view_follows_the_filter(qtbot, tmp_path: Path) -> None:
    win, view = open_stats(qtbot, tmp_path)
    win.search_edit.setText("tecnico")
    settle(qtbot, win)
    assert view.table.total == win.model.rowCount() < 56
    assert bars(view)["Lisboa"] == sum(p.distrito == "Lisboa" for p in shown_postings(win))
    view.set_by(StatBy.TRABALHO)
    assert bars(view) == dict(Counter(p.trabalho for p in shown_postings(win)))


def test_a_click_on_a_bar_filters_the_table_through_the_facets(qtbot, tmp_path: Path) -> None:
    win, view = open_stats(qtbot, tmp_path)
    click_bar(qtbot, view, "Porto")
    settle(qtbot, win)
    assert win.filter_bar.facet("distrito").checked() == {"Porto"}  # shown in the filter panel
    assert {p.distrito for p in shown_postings(win)} == {"Porto"} and win.model.rowCount() == 6
    assert bars(view)["Porto"] == 6 and bars(view)["Lisboa"] == 0
    view.set_by(StatBy.CONCELHO)  # the concelhos of the distrito clicked
    assert view.distrito_combo.currentData() == "Porto" and view.distrito_combo.isVisible()
    assert sum(bars(view).values()) == 6
    click_bar(qtbot, view, "Porto")  # a concelho: combines with the distrito
    settle(qtbot, win)
    assert win.filter_bar.facet("concelho").checked() == {"Porto"}
    assert win.filter_bar.facet("distrito").checked() == {"Porto"}
    assert {p.concelho for p in shown_postings(win)} == {"Porto"}
    click_bar(qtbot, view, "Porto")  # the whole filter already: clicking again clears it
    settle(qtbot, win)
    assert win.filter_bar.facet("concelho").checked() == frozenset()
    win.filter_bar.set_selection(replace(win.filter_bar.selection(), distritos=frozenset(),
                                         excluded_distritos=frozenset({"Lisboa"})))
    view.set_by(StatBy.DISTRITO)
    settle(qtbot, win)
    assert bars(view)["Lisboa"] == 0
    click_bar(qtbot, view, "Lisboa")  # an excluded value picked on the chart: shown, no longer excluded
    settle(qtbot, win)
    assert win.filter_bar.selection().excluded_distritos == frozenset() and win.model.rowCount() == 8


def test_keyboard_moves_between_bars_and_enter_filters(qtbot, tmp_path: Path) -> None:
    win, view = open_stats(qtbot, tmp_path)
    view.set_by(StatBy.TRABALHO)
    chart = view.chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    second = chart.bars[1]
    assert chart.current == 1 and chart.accessibleDescription().startswith(f"{second.label}: {second.count} (")
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    settle(qtbot, win)
    assert win.filter_bar.facet("trabalho").checked() == {second.label}
    assert win.model.rowCount() == second.count


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform, for the tooltip's window
def test_hover_tells_the_number_and_share(qtbot, tmp_path: Path) -> None:
    win, view = open_stats(qtbot, tmp_path)
    index = [b.label for b in view.chart.bars].index("Lisboa")
    centre = view.chart.bar_rects()[index].center()
    QApplication.sendEvent(view.chart, QHelpEvent(QEvent.Type.ToolTip, centre, view.chart.mapToGlobal(centre)))
    assert QToolTip.text() in ("Lisboa: 8 (14.3%)", "Lisboa: 8 (14,3%)")


def test_closed_column_filters_closed_postings_and_status_bars_search(qtbot, tmp_path: Path) -> None:
    win, view = open_stats(qtbot, tmp_path)
    view.set_by(StatBy.FECHO_SEMANA)
    assert view.chart.bars[0].count == 12  # closed by 15 March (README)
    qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=view.chart.bar_rects()[0].center())
    settle(qtbot, win)
    assert win.filter_bar.selection().deadline is DeadlineFilter.CLOSED and win.model.rowCount() == 12
    win.filter_bar.clear()
    win.user.set_status(shown_postings(win)[:3], Status.ENTREVISTA)
    view.set_by(StatBy.ESTADO)
    settle(qtbot, win)
    labels = [b.label for b in view.chart.bars]
    assert view.chart.bars[labels.index("Entrevista / Prova")].count == 3
    click_bar(qtbot, view, "Entrevista / Prova")
    settle(qtbot, win)
    assert win.search_edit.text() == "status:entrevista" and win.model.rowCount() == 3


def test_week_and_month_bars_search_by_date(qtbot, tmp_path: Path) -> None:
    win, view = open_stats(qtbot, tmp_path)
    view.set_by(StatBy.FECHO_SEMANA)
    week = view.table.rows[1]  # 15/03-21/03
    qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=view.chart.bar_rects()[1].center())
    settle(qtbot, win)
    assert win.search_edit.text() == "fecho>=2025-03-15 fecho<=2025-03-21"
    assert win.model.rowCount() == week.count == 10
    assert all(date(2025, 3, 15) <= p.data_fecho <= date(2025, 3, 21) for p in shown_postings(win))
    qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=view.chart.bar_rects()[2].center())
    settle(qtbot, win)  # another week replaces the first
    assert win.search_edit.text() == "fecho>=2025-03-22 fecho<=2025-03-28" and win.model.rowCount() == 9
    win.search_edit.clear()
    view.set_by(StatBy.ABERTURA_MES)
    settle(qtbot, win)
    click_bar(qtbot, view, "02/2025")
    settle(qtbot, win)
    assert win.search_edit.text() == "abertura:2025-02" and win.model.rowCount() == 8
    assert bars(view)["02/2025"] == 8 and bars(view)["03/2025"] == 0  # the axis stays the folder's span
    click_bar(qtbot, view, "02/2025")  # again: back to every month
    settle(qtbot, win)
    assert win.search_edit.text() == "" and win.model.rowCount() == 56


def test_hidden_view_does_not_recount_until_shown(qtbot, tmp_path: Path) -> None:
    win, view = open_stats(qtbot, tmp_path)
    win.statistics.close()
    win.search_edit.setText("enfermeiro")
    qtbot.waitUntil(lambda: not win.controller.pending)
    assert view.table.total == 56 and not view.pending
    win.statistics.show_action.trigger()
    settle(qtbot, win)
    assert view.table.total == win.model.rowCount() < 56


def test_copy_table_copy_image_and_save(qtbot, tmp_path: Path) -> None:
    win, view = open_stats(qtbot, tmp_path)
    clipboard = QApplication.clipboard()
    view.copy_table_action.trigger()
    lines = [line.split("\t") for line in clipboard.text().splitlines()]
    assert lines[0][0] == "Vagas por distrito" and len(lines) == 21
    assert sum(int(cells[1]) for cells in lines[1:]) == 56
    view.copy_image_action.trigger()
    assert not clipboard.image().isNull() and clipboard.image().height() >= view.chart.height()
    assert view.save_image(str(tmp_path / "distritos"))
    saved = QImage(str(tmp_path / "distritos.png"))
    assert not saved.isNull() and saved.width() == view.chart.width()


def test_bars_take_the_theme_colours_live(qtbot, tmp_path: Path) -> None:
    win, view = open_stats(qtbot, tmp_path)
    view.chart.clearFocus()
    win.table.setFocus()

    def colour_of_first_bar() -> str:
        rect = view.chart.bar_rects()[0]
        point = QPoint(rect.right() - 40, rect.center().y())  # inside the longest bar
        return view.chart.grab().toImage().pixelColor(point).name()

    assert colour_of_first_bar() == colours_for(Scheme.LIGHT)["chart_bar"]
    try:
        win.theme_menu.choice_actions[ThemeChoice.DARK].trigger()
        qtbot.waitUntil(lambda: colour_of_first_bar() == colours_for(Scheme.DARK)["chart_bar"])
    finally:
        theme_manager().set_choice(ThemeChoice.SYSTEM)
        QApplication.setPalette(QPalette())
