"""The main window driven like a user: open, search, facets, sort, keyboard, problems, cancel, restore."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QListView, QTableView, QTextBrowser, QWidget

from vagas_desktop.core.textfold import fold
from vagas_desktop.core.texts import profile_of
from vagas_desktop.gui.main_window import MainWindow
from vagas_desktop.gui.table_model import POSTING_ROLE, Column
from vagas_desktop.gui.theme import theme_manager

from .conftest import EXAMPLE, SAMPLE_POSTS, open_and_wait

TODAY = date(2025, 3, 15)
COL = {c: i for i, c in enumerate(Column)}


def visible_postings(win: MainWindow) -> list:
    model = win.model
    return [model.index(r, 0).data(POSTING_ROLE) for r in range(model.rowCount())]


def test_widgets_have_stable_names(window: MainWindow) -> None:
    assert isinstance(window.findChild(QTableView, "postingsTable"), QTableView)
    assert isinstance(window.findChild(QLineEdit, "searchEdit"), QLineEdit)
    assert isinstance(window.findChild(QTextBrowser, "detailPane"), QTextBrowser)
    assert isinstance(window.findChild(QTableView, "problemsView"), QTableView)
    assert isinstance(window.findChild(QListView, "distritoFilter"), QListView)
    assert isinstance(window.findChild(QListView, "concelhoFilter"), QListView)
    for name in ("postingsTable", "searchEdit", "detailPane", "problemsView", "distritoFilter"):
        assert window.findChild(QWidget, name).accessibleName()


def test_open_samples_shows_table_count_and_detail(qtbot, window: MainWindow, qtmodeltester) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    shown = window.model.rowCount()
    assert shown == 37  # a new user sees the postings open on 15 March 2025 (sample_posts/README.txt)
    assert window.count_label.text() == "37 de 56 vagas"
    qtmodeltester.check(window.model)
    first = window.model.index(0, 0).data(POSTING_ROLE)
    assert first.title in window.detail.browser.toPlainText()


def test_typing_in_search_filters_accent_insensitively(qtbot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    total = window.model.rowCount()
    qtbot.keyClicks(window.search_edit, "evora")
    qtbot.waitUntil(lambda: not window.controller.pending and window.model.rowCount() < total)
    shown = visible_postings(window)
    assert shown and all("evora" in fold(" ".join([p.title, p.concelho, p.distrito, p.empregador, profile_of(p)]))
                         for p in shown)
    assert any(p.distrito == "Évora" for p in shown)
    assert window.count_label.text() == f"{len(shown)} de 56 vagas"  # of all the folder's postings
    assert window.detail.posting() in shown
    assert theme_manager().hex("highlight_bg") in window.detail.browser.toHtml()  # the search word highlighted
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.model.rowCount() == total)
    assert window.search_edit.text() == ""


def test_qualifiers_and_hint(qtbot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    window.search_edit.setText('distrito:lisboa -oeiras trabalho:"tecnico"')
    qtbot.waitUntil(lambda: all(p.distrito == "Lisboa" for p in visible_postings(window)))
    shown = visible_postings(window)
    assert shown and all(p.concelho != "Oeiras" and "tecnico" in fold(p.trabalho) for p in shown)
    window.search_edit.setText('empregador:"camara')
    qtbot.waitUntil(lambda: window.hint_label.text() != "")


def test_distrito_facet_and_concelho_follows(qtbot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    distritos = window.findChild(QListView, "distritoFilter")
    model = distritos.model()
    row = next(r for r in range(model.rowCount()) if str(model.index(r, 0).data()).startswith("Porto"))
    distritos.setFocus()
    distritos.setCurrentIndex(model.index(row, 0))
    with qtbot.waitSignal(window.filter_bar.filter_changed):
        qtbot.keyClick(distritos, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: all(p.distrito == "Porto" for p in visible_postings(window)))
    qtbot.waitUntil(lambda: not window.controller.pending)  # counts follow once the user pauses
    concelhos = window.findChild(QListView, "concelhoFilter").model()
    labels = [str(concelhos.index(r, 0).data()) for r in range(concelhos.rowCount())]
    assert labels and all(label.split(" (")[0] in {"Porto", "Matosinhos", "Vila Nova de Gaia", "Maia"}
                          for label in labels)


def test_click_header_sorts_by_value(qtbot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(COL[Column.DISTRITO]) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.viewport().rect().center()
                     .__class__(x, header.height() // 2))
    distritos = [p.distrito for p in visible_postings(window)]
    assert distritos == sorted(distritos, key=lambda d: (fold(d), d))
    assert distritos.index("Évora") < distritos.index("Faro")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.viewport().rect().center()
                     .__class__(x, header.height() // 2))
    assert [p.distrito for p in visible_postings(window)][0] == max(distritos, key=lambda d: (fold(d), d))


def test_keyboard_moves_and_updates_detail(qtbot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    table = window.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = window.model.index(1, 0).data(POSTING_ROLE)
    assert window.detail.posting() is second
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert table.currentIndex().row() == window.model.rowCount() - 1
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert table.currentIndex().row() == 0
    assert window.detail.posting() is window.model.index(0, 0).data(POSTING_ROLE)
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()


def test_problems_panel_lists_bad_files_and_reveals(qtbot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "ok.md")
    (folder / "sem.md").write_text("só texto\n", encoding="utf-8")
    (folder / "data.md").write_text("--- \nRef: X\nDataFecho: 2025-02-30\n--- \n", encoding="utf-8")
    open_and_wait(qtbot, window, folder)
    assert window.problems_button.isVisible() and "2" in window.problems_button.text()
    qtbot.mouseClick(window.problems_button, Qt.MouseButton.LeftButton)
    view = window.findChild(QTableView, "problemsView")
    assert view.isVisible() and view.model().rowCount() == 2
    messages = {view.model().index(r, 2).data() for r in range(2)}
    assert messages == {"não é uma vaga: sem cabeçalho (front matter)", "DataFecho '2025-02-30' não é uma data válida"}
    opened: list = []
    window.problems.open_url = opened.append
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # starts with a click
    assert opened and opened[0].toLocalFile() == str(folder)


def test_cancel_keeps_previous_folder(qtbot, window: MainWindow, tmp_path: Path) -> None:
    open_and_wait(qtbot, window, SAMPLE_POSTS)
    before = window.model.rowCount()
    big = tmp_path / "big"
    big.mkdir()
    data = EXAMPLE.read_bytes()
    for i in range(4000):
        (big / f"{i:05}.md").write_bytes(data.replace(b"OE202502/0240", f"R{i}".encode()))
    window.open_folder(str(big))
    assert window.is_loading and window.cancel_button.isVisible()
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.is_loading, timeout=30_000)
    assert window.model.rowCount() == before
    assert window.folder == str(SAMPLE_POSTS.resolve())
    assert "cancelada" in window.statusBar().currentMessage()


def test_state_restored_on_restart(qtbot, settings: QSettings) -> None:
    first = MainWindow(settings, today=TODAY)
    qtbot.addWidget(first)
    open_and_wait(qtbot, first, SAMPLE_POSTS)
    first.table.setColumnHidden(COL[Column.EMPREGADOR], True)
    first.table.setColumnHidden(COL[Column.ID], False)
    first.table.sortByColumn(COL[Column.FECHO], Qt.SortOrder.DescendingOrder)
    first.search_edit.setText("tecnico")
    first.close()

    second = MainWindow(settings, today=TODAY)
    qtbot.addWidget(second)
    assert second.search_edit.text() == "tecnico"
    open_and_wait(qtbot, second, SAMPLE_POSTS)
    assert second.table.isColumnHidden(COL[Column.EMPREGADOR])
    assert not second.table.isColumnHidden(COL[Column.ID])
    header = second.table.horizontalHeader()
    assert header.sortIndicatorSection() == COL[Column.FECHO]
    fechos = [p.data_fecho for p in visible_postings(second)]
    assert fechos == sorted(fechos, reverse=True)
    assert all("tecnico" in fold(p.title + p.trabalho + profile_of(p) + p.empregador) for p in visible_postings(second))


def test_problems_model_passes_model_tester(qtmodeltester, tmp_path: Path) -> None:
    from vagas_desktop.core.scan import scan
    from vagas_desktop.gui.problems_view import ProblemsModel

    (tmp_path / "a.md").write_text("sem front matter\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("--- \nRef: R\nDataFecho: ontem\n--- \n", encoding="utf-8")
    result = scan(str(tmp_path))
    model = ProblemsModel()
    model.set_problems(result.folder, result.problems)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["a.md", "b.md"]  # errors first
    assert model.index(0, 1).data() == "erro" and model.index(1, 1).data() == "aviso"


def test_facet_and_deadline_filters_restored_on_restart(qtbot, settings: QSettings) -> None:
    from vagas_desktop.gui.filter_bar import FilterSelection

    first = MainWindow(settings, today=TODAY)
    qtbot.addWidget(first)
    open_and_wait(qtbot, first, SAMPLE_POSTS)
    first.filter_bar.set_selection(FilterSelection(distritos=frozenset({"Lisboa"}), deadline="open"))
    qtbot.waitUntil(lambda: all(p.distrito == "Lisboa" for p in visible_postings(first)))
    shown = {p.ref for p in visible_postings(first)}
    first.close()

    second = MainWindow(settings, today=TODAY)
    qtbot.addWidget(second)
    open_and_wait(qtbot, second, SAMPLE_POSTS)
    assert second.filter_bar.selection().distritos == {"Lisboa"}
    assert second.filter_bar.selection().deadline == "open"
    assert {p.ref for p in visible_postings(second)} == shown
    assert second.findChild(QWidget, "deadlineOpen").isChecked()
