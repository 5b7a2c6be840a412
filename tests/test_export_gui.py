"""File ▸ Export from the window: the dialog's choices, the columns it proposes, and the files it writes."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from vagas_desktop.core.userdata_schema import Status
from vagas_desktop.gui.export_dialog import ExportDialog
from vagas_desktop.gui.main_window import MainWindow
from vagas_desktop.gui.table_model import POSTING_ROLE, Column

from .conftest import open_window

TODAY = date(2025, 3, 15)


def make_window(qtbot, tmp_path: Path) -> MainWindow:
    return open_window(qtbot, tmp_path)


def test_ctrl_e_opens_the_dialog_with_view_selection_lists_and_bookmarked(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path)
    shortlist = win.user.create_list("Cliente Ana")
    win.user.add_to_list(shortlist.id, win.model.postings[:3])
    win.user.toggle_bookmark(win.model.postings[4:6])
    seen: list[ExportDialog] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ExportDialog):
            seen.append(dialog)
            dialog.reject()

    QTimer.singleShot(100, inspect)
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+E did not open the export dialog"
    sources = {s.id: s for s in win.export_actions.sources()}
    assert len(sources["view"].postings) == win.model.rowCount()
    assert len(sources[f"list:{shortlist.id}"].postings) == 3
    assert len(sources["bookmarked"].postings) == 2
    assert sources["selected"].postings == [win.model.index(0, 0).data(POSTING_ROLE)]  # the current row


def test_columns_follow_the_table_and_csv_round_trips(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path)
    win.table.setColumnHidden(list(Column).index(Column.EMPREGADOR), True)
    win.table.setColumnHidden(list(Column).index(Column.ID), False)
    first = win.model.index(0, 0).data(POSTING_ROLE)
    win.user.set_status([first], Status.CANDIDATURA_ENVIADA)
    win.user.set_note(first, "Ligar amanhã;\nlevar =CV")
    dialog = ExportDialog(win.export_actions.sources(), win.table.shown_keys(), "view", win)
    qtbot.addWidget(dialog)
    keys = dialog.chosen_keys()
    assert keys[:3] == ["ref", "id", "trabalho"] and "empregador" not in keys and "status" in keys
    notes_row = next(i for i in range(dialog.columns.count())
                     if dialog.columns.item(i).data(Qt.ItemDataRole.UserRole) == "notes")
    dialog.columns.item(notes_row).setCheckState(Qt.CheckState.Checked)
    dialog.columns.setCurrentRow(notes_row)
    for _ in range(notes_row):
        qtbot.keyClick(dialog.columns, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert dialog.chosen_keys()[0] == "notes"
    dialog.set_format("csv-excel-pt")
    request = dialog.request()
    out = tmp_path / "out.csv"
    assert win.export_actions.run(request, str(out))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[0] == "Notas" and "Estado" in header
    assert len(body) == win.model.rowCount()
    assert body[0][0] == "Ligar amanhã;\nlevar =CV"
    assert body[0][header.index("Estado")] == "Candidatura enviada"
    assert body[0][header.index("Ref")] == first.ref


def test_pdf_export_of_a_list(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path)
    shortlist = win.user.create_list("Cliente Rui")
    win.user.add_to_list(shortlist.id, win.model.postings[5:7])
    dialog = ExportDialog(win.export_actions.sources(), win.table.shown_keys(), f"list:{shortlist.id}", win)
    qtbot.addWidget(dialog)
    dialog.set_format("pdf")
    request = dialog.request()
    assert request.source.title == "Cliente Rui" and len(request.source.postings) == 2
    out = tmp_path / "rui.pdf"
    assert win.export_actions.run(request, str(out))
    assert out.read_bytes().startswith(b"%PDF-")


def test_export_dialog_names_columns_in_the_ui_language(qtbot, tmp_path) -> None:
    """In English the column list says "Employer", as the table's header does, not "Empregador"."""
    from vagas_desktop.gui.language import install_translators, remove_translators

    app = QApplication.instance()
    translators = install_translators(app, "en")
    try:
        win = open_window(qtbot, tmp_path)
        dialog = ExportDialog(win.export_actions.sources(), win.table.shown_keys(), None, win)
        qtbot.addWidget(dialog)
        names = [dialog.columns.item(i).text() for i in range(dialog.columns.count())]
        assert "Employer" in names and "Empregador" not in names
        assert win.model.headerData(win.model.column_of("empregador"), Qt.Orientation.Horizontal) == "Employer"
    finally:
        remove_translators(app, translators)
