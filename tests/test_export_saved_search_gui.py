"""File ▸ Export offers each saved search: its matches today (core.saved_searches.match_rows, as
`export --search`), in every format, the PDF and the calendar titled with the search's name."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QRadioButton

from vagas_desktop.core.saved_searches import match_rows
from vagas_desktop.gui.export_dialog import ExportDialog
from vagas_desktop.gui.shortlist_panel import search_scope

from .conftest import open_window

PDFTOTEXT = shutil.which("pdftotext")


@pytest.fixture
def chosen(qtbot, tmp_path: Path):
    """A window, a saved search with a facet and a hidden employer, and the export dialog with it chosen."""
    win = open_window(qtbot, tmp_path)
    store = win.user.store
    saved = store.create_search("Técnicos fora de Lisboa", "tecnico -distrito:lisboa",
                                {"deadline": "all", "distritos": []})
    employer = next(p.empregador for p in win.library.postings if "cnico" in p.title and p.empregador)
    store.set_employers_hidden([employer], True)
    dialog = ExportDialog(win.export_actions.sources(), win.table.shown_keys(), "view", win)
    qtbot.addWidget(dialog)
    radio = dialog.findChild(QRadioButton, f"source_search:{saved.id}")
    assert radio is not None and radio.isEnabled() and "Técnicos fora de Lisboa" in radio.text()
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    expected = [win.library.postings[r] for r in match_rows(win.library, saved, store, win.model.today)]
    assert expected and all(p.empregador != employer for p in expected)
    return win, dialog, expected


def test_csv_of_a_saved_search_has_its_matches(chosen, tmp_path: Path) -> None:
    win, dialog, expected = chosen
    dialog.set_format("csv")
    request = dialog.request()
    assert request.source.title == "Técnicos fora de Lisboa"
    out = tmp_path / "pesquisa.csv"
    assert win.export_actions.run(request, str(out))
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["Ref"] for r in rows] == [p.ref for p in expected]


def test_calendar_and_pdf_of_a_saved_search_carry_its_name(chosen, tmp_path: Path) -> None:
    win, dialog, expected = chosen
    dialog.set_format("ics")
    calendar = tmp_path / "pesquisa.ics"
    assert win.export_actions.run(dialog.request(), str(calendar))
    text = calendar.read_text(encoding="utf-8")
    assert "X-WR-CALNAME:Técnicos fora de Lisboa" in text
    assert text.count("BEGIN:VEVENT") == sum(1 for p in expected if p.data_fecho is not None)
    dialog.set_format("pdf")
    pdf = tmp_path / "pesquisa.pdf"
    assert win.export_actions.run(dialog.request(), str(pdf))
    if PDFTOTEXT is not None:
        words = " ".join(subprocess.run([PDFTOTEXT, "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                                        check=True).stdout.decode().split())
        assert words.startswith("Técnicos fora de Lisboa") and f"{len(expected)} ofertas" in words


def run_context_menu(qtbot, win, entry: str, fmt_seen: list[tuple[str | None, str]]) -> None:
    """Open the Lists panel's context menu from the keyboard (the Menu key), choose entry with the arrow
    keys and Enter, and record the export dialog it opens (its chosen source and format), then cancel it."""

    tries = [200]  # a few seconds of looking, then the waitUntil below reports what did not show

    def again(look) -> bool:  # type: ignore[no-untyped-def]
        tries[0] -= 1
        if tries[0] > 0:
            QTimer.singleShot(20, look)
        return False

    def inspect_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            again(inspect_dialog)
            return
        source = dialog.chosen_source()
        fmt_seen.append((source.id if source else None, str(dialog.format_combo.currentData())))
        dialog.reject()

    def choose_entry() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            again(choose_entry)
            return
        texts = [a.text() for a in menu.actions()]
        assert entry in texts, texts
        while menu.activeAction() is None or menu.activeAction().text() != entry:
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        QTimer.singleShot(20, inspect_dialog)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    before = len(fmt_seen)
    QTimer.singleShot(20, choose_entry)
    view = win.shortlists.view
    win.activateWindow()  # back from the last dialog
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: len(fmt_seen) > before)


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # offscreen menus
def test_a_saved_search_context_menu_exports_it(qtbot, tmp_path: Path) -> None:
    """The Lists panel's menu on a saved search opens the export dialog with that search chosen, as a
    list's menu does for the list; its calendar entry opens it on the ICS format."""
    win = open_window(qtbot, tmp_path)
    win.user.store.create_search("Outra", "porto", {"deadline": "all"})
    saved = win.user.store.create_search("Técnicos", "tecnico", {"deadline": "all"})
    win.shortlists.refresh(win.user.store)
    win.shortlists.set_scope(search_scope(saved.id))
    seen: list[tuple[str | None, str]] = []
    run_context_menu(qtbot, win, "Exportar a pesquisa…", seen)
    assert seen[0][0] == f"search:{saved.id}" and seen[0][1] != "ics"
    run_context_menu(qtbot, win, "Exportar os prazos para o calendário…", seen)
    assert seen[1] == (f"search:{saved.id}", "ics")
