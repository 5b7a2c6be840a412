"""From the window: deadlines to a calendar file, a list's default columns, the PDF's notes, the activity report."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QRadioButton

from vagas_desktop.core.export_ics import uid_of
from vagas_desktop.core.userdata_schema import Status
from vagas_desktop.gui.activity_dialog import ActivityReportDialog
from vagas_desktop.gui.export_dialog import ExportDialog

from .conftest import open_window

icalendar = pytest.importorskip("icalendar")


def test_calendar_action_exports_a_list_with_the_remembered_reminder(qtbot, tmp_path: Path, monkeypatch) -> None:
    win = open_window(qtbot, tmp_path)
    shortlist = win.user.create_list("Cliente Ana")
    members = [p for p in win.model.postings if p.data_fecho][:3]
    win.user.add_to_list(shortlist.id, members)
    win.user.set_status(members[:1], Status.ENTREVISTA)
    assert win.export_actions.calendar_action in win.menuBar().actions()[0].menu().actions()
    out = tmp_path / "ana.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))  # the system's dialog
    seen: list[ExportDialog] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ExportDialog):
            seen.append(dialog)
            assert dialog.format_combo.currentData() == "ics" and dialog.remind_spin.isEnabled()
            assert dialog.remind_spin.value() == 3  # the default, the first time
            assert not dialog.columns.isEnabled()  # columns are for CSV and XLSX
            dialog.findChild(QRadioButton, f"source_list:{shortlist.id}").setChecked(True)
            dialog.remind_spin.setValue(5)
            dialog.accept()

    QTimer.singleShot(100, choose)
    win.export_actions.calendar_action.trigger()
    assert seen and win.export_actions.remind_days() == 5  # remembered for the next time
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {uid_of(p) for p in members}
    event = events[uid_of(members[0])]
    assert str(event["SUMMARY"]) == f"Fecho: {members[0].title}"
    assert "Estado: Entrevista / Prova" in str(event["DESCRIPTION"])
    ring = datetime.combine(members[0].data_fecho, datetime.min.time()) + event.walk("VALARM")[0].decoded("TRIGGER")
    assert ring.hour == 9 and ring.weekday() < 5
    assert "3 prazos exportados" in win.statusBar().currentMessage()


def test_a_list_ticks_estado_and_notas_and_the_pdf_keeps_notes_private(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path)
    shortlist = win.user.create_list("Cliente Rui")
    win.user.add_to_list(shortlist.id, win.model.postings[5:7])
    win.user.set_note(win.model.postings[5], "ligar à Rita")
    view = ExportDialog(win.export_actions.sources(), win.table.shown_keys(), "view", win)
    qtbot.addWidget(view)
    assert "notes" not in view.chosen_keys()
    dialog = ExportDialog(win.export_actions.sources(), win.table.shown_keys(), f"list:{shortlist.id}", win)
    qtbot.addWidget(dialog)
    assert {"status", "notes"} <= set(dialog.chosen_keys())
    assert not dialog.notes_check.isEnabled()
    dialog.set_format("pdf")
    assert dialog.notes_check.isEnabled() and not dialog.notes_check.isChecked()  # private by default
    assert win.export_actions.run(dialog.request(), str(tmp_path / "rui.pdf"))
    qtbot.mouseClick(dialog.notes_check, Qt.MouseButton.LeftButton)
    assert dialog.request().include_notes
    dialog.set_format("json")
    assert win.export_actions.run(dialog.request(), str(tmp_path / "rui.json"))
    rows = json.loads((tmp_path / "rui.json").read_text(encoding="utf-8"))
    assert [r["ref"] for r in rows] == [p.ref for p in win.model.postings[5:7]]
    assert rows[0]["notes"] == "ligar à Rita" and rows[0]["lists"] == ["Cliente Rui"]


def test_activity_report_from_the_window(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path)
    win.user.set_status(win.model.postings[:2], Status.CANDIDATURA_ENVIADA)
    assert win.activity_report.action in win.menuBar().actions()[0].menu().actions()
    today = date.today()
    dialog = ActivityReportDialog(win.user.store, today, win)
    qtbot.addWidget(dialog)
    assert dialog.scope_combo.count() == 1 and not dialog.notes_check.isChecked()
    dialog.start_edit.setDate(QDate(today.year, 1, 1))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv-excel-pt"))
    out = tmp_path / "atividade.csv"
    assert win.activity_report.write(dialog, str(out)) == 2
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert {r["Ref"] for r in rows} == {p.ref for p in win.model.postings[:2]}
    assert {r["Estado"] for r in rows} == {"Candidatura enviada"} and {r["Data"] for r in rows} == {today.isoformat()}
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pdf"))
    assert win.activity_report.write(dialog, str(tmp_path / "atividade.pdf")) == 2
    assert (tmp_path / "atividade.pdf").read_bytes().startswith(b"%PDF-")


def test_a_lists_menu_offers_its_deadlines_to_the_calendar(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path)
    shortlist = win.user.create_list("Cliente Ana")
    win.user.add_to_list(shortlist.id, win.model.postings[:2])
    win.shortlists.view.setCurrentIndex(win.shortlists.model.index(win.shortlists.model.row_of(shortlist.id), 0))
    seen: list[tuple[str, str]] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ExportDialog):
            seen.append((dialog.chosen_source().id, dialog.format_combo.currentData()))
            dialog.reject()

    QTimer.singleShot(100, inspect)
    win.shortlists.calendar_action.trigger()
    assert seen == [(f"list:{shortlist.id}", "ics")]
