"""The first minute: a new user's order and filter, the samples' own day, dropping a folder, clearing filters."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QRadioButton

from vagas_desktop.core.deadline import DeadlineState, days_left, deadline_state
from vagas_desktop.gui.main_window import MainWindow
from vagas_desktop.gui.table_model import POSTING_ROLE, Column

from .conftest import SAMPLE_POSTS, open_and_wait, show_every_deadline

DAY = date(2025, 3, 15)
DIAS = list(Column).index(Column.DIAS)


def shown(win: MainWindow) -> list:
    return [win.model.index(r, 0).data(POSTING_ROLE) for r in range(win.model.rowCount())]


def cell(win: MainWindow, row: int, column: int = DIAS) -> str:
    return win.model.index(row, column).data()


def radio(win: MainWindow, name: str) -> QRadioButton:
    return win.filter_bar.findChild(QRadioButton, name)


def test_a_new_user_sees_open_postings_soonest_deadline_first(qtbot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    assert radio(window, "deadlineOpen").isChecked()
    postings = shown(window)
    assert all(deadline_state(p.data_fecho, DAY, opens=p.data_abertura) in
               (DeadlineState.OPEN, DeadlineState.SOON, DeadlineState.TODAY) for p in postings)
    left = [days_left(p.data_fecho, DAY) for p in postings]
    assert left == sorted(left) and left[0] == 1
    assert cell(window, 0) == "fecha hoje"  # the first row closes today, and says so
    header = window.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (DIAS, Qt.SortOrder.AscendingOrder)
    assert window.table.currentIndex().row() == 0 and window.detail.posting() is postings[0]
    assert window.filter_bar.clear_action.isEnabled()  # "Abertas" is a filter: one click shows everything


def test_limpar_filtros_shows_everything_closed_last_and_the_header_still_toggles(qtbot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    window.filter_bar.clear_button.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 56)
    assert radio(window, "deadlineAll").isChecked()
    states = [deadline_state(p.data_fecho, DAY, opens=p.data_abertura) for p in shown(window)]
    closed = states.index(DeadlineState.CLOSED)
    assert set(states[closed:]) == {DeadlineState.CLOSED}  # closed last (the samples all have a closing date)
    assert cell(window, 55) == "fechada"
    header = window.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(DIAS)
                                                                             + 10, header.height() // 2))
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    left = [days_left(p.data_fecho, DAY) for p in shown(window)]
    assert left[0] == max(left) and left[-1] == 0  # longest deadline first, the closed ones still last


def test_a_saved_choice_is_kept_over_the_new_user_default(qtbot, tmp_path: Path, settings: QSettings) -> None:
    first = MainWindow(settings, today=DAY)
    qtbot.addWidget(first)
    first.show()
    open_and_wait(qtbot, first, SAMPLE_POSTS)
    show_every_deadline(qtbot, first)
    first.close()
    again = MainWindow(settings, today=DAY)
    qtbot.addWidget(again)
    open_and_wait(qtbot, again, SAMPLE_POSTS)
    assert radio(again, "deadlineAll").isChecked() and again.model.rowCount() == 56


def test_upcoming_postings_are_their_own_choice_and_words(qtbot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    qtbot.mouseClick(radio(window, "deadlineUpcoming"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.controller.pending)
    postings = shown(window)
    assert len(postings) == 7  # the README's seven that open after 15 March
    assert all(p.data_abertura > DAY for p in postings)
    words = [cell(window, r) for r in range(len(postings))]
    assert all(w.startswith("abre ") for w in words), words
    window.table.selectRow(0)
    assert words[0] in window.detail.browser.toPlainText()  # the detail pane says the same words
    assert window.model.index(0, DIAS).data(Qt.ItemDataRole.ForegroundRole) is not None  # its own colour


def test_the_samples_are_seen_on_their_own_day_unless_today_is_given(qtbot, tmp_path: Path,
                                                                      settings: QSettings) -> None:
    win = MainWindow(settings)  # no --today
    qtbot.addWidget(win)
    win.show()
    open_and_wait(qtbot, win, SAMPLE_POSTS)
    label = win.sample_day.label
    assert win.model.today == DAY and label.isVisible()
    assert label.text() == "Exemplos vistos a 15/03/2025"
    assert window_shows_open_postings(win)
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(SAMPLE_POSTS / "000_9454e346601759a9.txt", other)
    open_and_wait(qtbot, win, other)
    assert win.model.today == date.today() and not label.isVisible()
    open_and_wait(qtbot, win, SAMPLE_POSTS)
    assert win.model.today == DAY and label.isVisible()

    given = MainWindow(QSettings(str(tmp_path / "given.ini"), QSettings.Format.IniFormat), today=date(2025, 1, 1))
    qtbot.addWidget(given)
    given.show()
    open_and_wait(qtbot, given, SAMPLE_POSTS)
    assert given.model.today == date(2025, 1, 1) and not given.sample_day.label.isVisible()


def window_shows_open_postings(win: MainWindow) -> bool:
    return win.model.rowCount() == 37


def _drag(urls: list[QUrl]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls(urls)
    return mime


def _enter(win: MainWindow, mime: QMimeData) -> bool:
    event = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, event)
    return event.isAccepted()


def test_dropping_a_folder_on_the_window_opens_it(qtbot, window: MainWindow, sample_copy: Path) -> None:
    mime = _drag([QUrl.fromLocalFile(str(sample_copy))])
    assert _enter(window, mime)
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.folder == str(sample_copy) and not window.is_loading, timeout=30_000)
    assert window.model.rowCount() > 0


def test_a_file_or_several_items_are_refused(qtbot, window: MainWindow, sample_copy: Path) -> None:
    a_file = QUrl.fromLocalFile(str(sample_copy / "README.txt"))
    assert not _enter(window, _drag([a_file]))
    assert not _enter(window, _drag([QUrl.fromLocalFile(str(sample_copy)), QUrl.fromLocalFile(str(SAMPLE_POSTS))]))
    assert not _enter(window, _drag([QUrl("https://www.bep.gov.pt/")]))
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, _drag([a_file]), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert not window.is_loading and window.folder == ""


def test_a_cleared_facet_value_no_longer_looks_chosen(qtbot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    qtbot.waitUntil(lambda: not window.controller.pending)
    facet = window.filter_bar.facet("distrito")
    view = facet.view
    row = facet.model.row_of("Lisboa")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(facet.model.index(row)).center())
    assert window.filter_bar.selection().distritos == {"Lisboa"}
    assert not view.selectionModel().selectedIndexes()  # chosen = checked; never a highlighted row
    window.filter_bar.clear_button.click()
    qtbot.waitUntil(lambda: not window.controller.pending)
    assert window.filter_bar.selection().distritos == set()
    index = facet.model.index(facet.model.row_of("Lisboa"))
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not view.selectionModel().isSelected(index)


def test_limpar_filtros_is_enabled_by_the_search_text_alone(qtbot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    show_every_deadline(qtbot, window)
    action = window.filter_bar.clear_action
    assert not action.isEnabled() and not window.filter_bar.clear_button.isEnabled()
    qtbot.keyClicks(window.search_edit, "lisboa")
    assert action.isEnabled() and window.filter_bar.clear_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.model.rowCount() == 56)
    assert window.search_edit.text() == "" and not action.isEnabled()


def test_at_1400_by_900_every_default_column_shows_whole(qtbot, tmp_path: Path, settings: QSettings) -> None:
    win = MainWindow(settings, today=DAY)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    open_and_wait(qtbot, win, SAMPLE_POSTS)
    show_every_deadline(qtbot, win)  # every kind of Dias cell: "fecha hoje", "fechada", "abre em 170 dias"
    table, model = win.table, win.model
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    assert not table.horizontalScrollBar().isVisible()
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    assert [model.column_key(c) for c in shown] == [c.key for c in model_defaults()]
    last = max(shown, key=header.sectionViewportPosition)
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= table.viewport().width()
    metrics = table.fontMetrics()
    for column in shown:
        spec = model.column_def(column)
        label = metrics.horizontalAdvance(model.column_header(column))
        assert header.sectionSize(column) >= label + 8, spec.key  # the header's words are never cut
        if spec.whole:  # codes, dates, deadline words and status: the cells whole too
            assert header.sectionSize(column) >= table.sizeHintForColumn(column), spec.key
    words = [model.index(r, DIAS).data() for r in range(model.rowCount())]  # off-screen rows too
    assert {"fecha hoje", "fechada", "abre em 170 dias"} <= set(words)
    assert header.sectionSize(DIAS) >= max(metrics.horizontalAdvance(w) for w in words) + 8


def model_defaults():
    from vagas_desktop.core.columns import table_columns

    return [c for c in table_columns() if c.shown]


def test_the_first_run_window_fits_the_screen_centred(qtbot, settings: QSettings) -> None:
    from PySide6.QtCore import QRect, QSize

    from vagas_desktop.gui.window_state import PREFERRED_SIZE, first_run_geometry

    assert first_run_geometry(QRect(0, 0, 1920, 1050)) == QRect(260, 75, 1400, 900)
    assert first_run_geometry(QRect(0, 30, 1280, 770)).size() == QSize(1280, 770)
    win = MainWindow(settings, today=DAY)
    qtbot.addWidget(win)
    available = win.screen().availableGeometry()
    assert win.size() == PREFERRED_SIZE.boundedTo(available.size())
    assert abs(win.geometry().center().x() - available.center().x()) <= 1
