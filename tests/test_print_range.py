"""File ▸ Print honours the print dialog: page range, selection, current posting, copies; the
footer keeps the whole document's "página N de M". Printed to a PDF QPrinter, read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from tests.conftest import open_window, show_every_deadline

PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed; CI installs it")


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def page_texts(path: Path) -> list[str]:
    text = subprocess.run([str(PDFTOTEXT), "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True).stdout.decode()
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def footer_numbers(pages: list[str]) -> list[tuple[int, int]]:
    out = []
    for page in pages:
        words = page.split()
        assert words[-4] == "página" and words[-2] == "de", page[-40:]
        out.append((int(words[-3]), int(words[-1])))
    return out


@pytest.fixture
def win(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    show_every_deadline(qtbot, window)
    window.table.clearSelection()
    return window


def test_whole_view_then_a_page_range_keeps_the_document_numbering(win, tmp_path: Path) -> None:
    whole = tmp_path / "all.pdf"
    total = win.export_actions.print_to(pdf_printer(whole))
    pages = page_texts(whole)
    assert total == len(pages) >= 4
    assert footer_numbers(pages) == [(n, total) for n in range(1, total + 1)]

    some = tmp_path / "range.pdf"
    printer = pdf_printer(some)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    win.export_actions.print_to(printer)
    ranged = page_texts(some)
    assert footer_numbers(ranged) == [(2, total), (3, total)]
    assert ranged == pages[1:3]  # the same pages as in the whole document

    beyond = pdf_printer(tmp_path / "beyond.pdf")
    beyond.setPrintRange(QPrinter.PrintRange.PageRange)
    beyond.setFromTo(total - 1, total + 5)  # a range past the end prints up to the last page
    win.export_actions.print_to(beyond)
    assert footer_numbers(page_texts(tmp_path / "beyond.pdf")) == [(total - 1, total), (total, total)]


def test_copies_collated_or_not(win, tmp_path: Path) -> None:
    for collate, expected in ((True, [2, 3, 2, 3]), (False, [2, 2, 3, 3])):
        path = tmp_path / f"copies-{collate}.pdf"
        printer = pdf_printer(path)
        assert not printer.supportsMultipleCopies()  # a PDF file: the copies are ours to paint
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        printer.setCopyCount(2)
        printer.setCollateCopies(collate)
        win.export_actions.print_to(printer)
        assert [n for n, _ in footer_numbers(page_texts(path))] == expected


def test_selection_and_the_current_posting(qtbot, win, tmp_path: Path) -> None:
    model = win.model
    titles = [model.postings[i].title for i in model.rows]
    win.table.selectRow(3)
    qtbot.waitUntil(lambda: len(win.selected_postings()) == 1)

    current = tmp_path / "current.pdf"
    printer = pdf_printer(current)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    win.export_actions.print_to(printer)
    printed = " ".join(page_texts(current))
    assert titles[3] in printed  # the page(s) of the posting on show, numbered as in the whole view
    total = footer_numbers(page_texts(current))[0][1]
    assert total > len(page_texts(current))

    from PySide6.QtCore import QItemSelectionModel
    selection = win.table.selectionModel()
    for row in (1, 5):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert len(win.selected_postings()) == 3
    chosen = tmp_path / "selection.pdf"
    printer = pdf_printer(chosen)
    printer.setPrintRange(QPrinter.PrintRange.Selection)
    win.export_actions.print_to(printer)
    text = " ".join(page_texts(chosen))
    assert "3 ofertas" in text
    for row in range(len(titles)):
        assert (titles[row] in text) == (row in (1, 3, 5)), titles[row]


def test_the_print_dialog_offers_the_selection_chosen_when_several_rows_are(qtbot, win) -> None:
    from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog
    from PySide6.QtWidgets import QApplication

    selection = win.table.selectionModel()
    for row in (0, 2):
        selection.select(win.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    seen: list[tuple[bool, bool, QPrinter.PrintRange]] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(20, inspect)
            return
        options = QAbstractPrintDialog.PrintDialogOption
        seen.append((dialog.testOption(options.PrintSelection), dialog.testOption(options.PrintCurrentPage),
                     dialog.printer().printRange()))
        dialog.reject()

    QTimer.singleShot(50, inspect)
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen == [(True, False, QPrinter.PrintRange.Selection)]
