"""The activity report: dated status changes of the tracked applications in a period, in every format."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from vagas_desktop.core.activity_report import activity_rows, report_table, write_report
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.shortlists import UserStore
from vagas_desktop.core.userdata_schema import Status

A = Posting(id=140001, ref="OE202504/0001", title="Emprego - Évora - Técnico Superior", trabalho="Técnico Superior",
            empregador="Câmara Municipal de Évora", concelho="Évora", distrito="Évora", data_fecho=date(2025, 4, 21))
B = Posting(ref="OE202504/0002", title="=HYPERLINK(\"x\")", trabalho="Assistente Técnico", empregador="@Junta",
            data_fecho=date(2025, 5, 2))
C = Posting(ref="OE202504/0003", title="Só interesse", trabalho="Docente", empregador="Escola")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 10, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A job search: A sent 3 Mar, interview 20 Mar; B sent 10 Mar, withdrawn 1 Apr; C (2 Apr) in another list."""
    folder = tmp_path / "data"
    clock = Clock()
    store = UserStore.open(folder, clock=clock)
    search = store.create_list("Procura ativa")
    store.create_list("Outra")
    store.add_to_list(search.id, [A, B])
    store.add_to_list(store.shortlist_by_name("Outra").id, [C])
    for day, postings, status in ((3, [A], Status.CANDIDATURA_ENVIADA), (10, [B], Status.CANDIDATURA_ENVIADA),
                                  (20, [A], Status.ENTREVISTA), (32, [B], Status.DESISTI),
                                  (33, [C], Status.INTERESSADO)):
        clock.now = datetime(2025, 3, 1, 10, tzinfo=UTC) + timedelta(days=day - 1)  # day 32: 1 April
        store.set_status(postings, status)
    store.set_note(B, "=telefonar à Junta")
    return folder


def test_rows_in_a_period_oldest_first(data: Path) -> None:
    store = UserStore.open(data)
    search = store.shortlist_by_name("Procura ativa")
    rows = activity_rows(store, date(2025, 3, 1), date(2025, 3, 31), search.id, tz=UTC)
    assert [(r.day(UTC), r.posting.ref, r.status) for r in rows] == [
        (date(2025, 3, 3), A.ref, Status.CANDIDATURA_ENVIADA),
        (date(2025, 3, 10), B.ref, Status.CANDIDATURA_ENVIADA),
        (date(2025, 3, 20), A.ref, Status.ENTREVISTA),
    ]
    everything = activity_rows(store, tz=UTC)
    assert len(everything) == 5 and everything[-1].posting.ref == C.ref  # all tracked postings
    assert everything[0].posting.empregador == A.empregador  # described from the stored snapshot
    table = report_table(rows, "pt", tz=UTC)
    assert table.headers == ["Data", "Ref", "Trabalho", "Empregador", "Local", "Estado", "Fecho", "Página no BEP"]
    assert table.rows[0][:7] == [date(2025, 3, 3), A.ref, "Técnico Superior", A.empregador, "Évora, Évora",
                                 "Candidatura enviada", date(2025, 4, 21)]
    assert report_table(rows, "en", include_notes=True, tz=UTC).headers[-1] == "Notes"


def test_csv_and_xlsx_never_hold_a_formula(data: Path, tmp_path: Path) -> None:
    store = UserStore.open(data)
    table = report_table(activity_rows(store, tz=UTC), "pt", include_notes=True, tz=UTC)
    write_report(table, tmp_path / "r.csv", "csv-excel-pt")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert [r["Data"] for r in rows] == ["2025-03-03", "2025-03-10", "2025-03-20", "2025-04-01", "2025-04-02"]
    withdrawn = rows[3]
    assert withdrawn["Estado"] == "Desisti" and withdrawn["Empregador"] == "'@Junta"
    assert withdrawn["Notas"] == "'=telefonar à Junta"
    write_report(table, tmp_path / "r.xlsx", "xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:6] == ("Data", "Ref", "Trabalho", "Empregador", "Local", "Estado")
    assert values[1][0] == datetime(2025, 3, 3) and values[1][5] == "Candidatura enviada"
    assert all(not str(c.value).startswith(("=", "@")) for row in sheet.iter_rows() for c in row if c.value)
    with pytest.raises(FileExistsError):
        write_report(table, tmp_path / "r.csv", "csv")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vagas_desktop", "report", *args],
                          capture_output=True, text=True, timeout=180)


@pytest.mark.usefixtures("english_cli")
def test_cli_report_in_every_format(data: Path, tmp_path: Path) -> None:
    for name in ("r.csv", "r.xlsx", "r.pdf"):
        proc = run("-o", str(tmp_path / name), "--from", "2025-03-05", "--to", "2025-03-31",
                   "--shortlist", "procura ativa", "--data-dir", str(data))
        assert proc.returncode == 0, proc.stderr
        assert "status changes: 2" in proc.stderr  # B sent 10 Mar, A interview 20 Mar
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert [(r["Date"], r["Ref"], r["Status"]) for r in rows] == [
        ("2025-03-10", B.ref, "Application sent"), ("2025-03-20", A.ref, "Interview / Test")]  # the CLI's language
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                              check=True).stdout.decode()
        flat = " ".join(text.split())
        assert "Activity report — Procura ativa" in flat and "Period: 05/03/2025 to 31/03/2025" in flat
        assert "10/03/2025 OE202504/0002" in flat and flat.endswith("page 1 of 1")  # the footer in English too
    proc = run("-o", str(tmp_path / "x.csv"), "--shortlist", "Ninguém", "--data-dir", str(data))
    assert proc.returncode == 2 and "Procura ativa" in proc.stderr
