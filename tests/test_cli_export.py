"""`vagas-desktop export`, run as a user would: same query language as the search box, safe writes."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from vagas_desktop.core.scan import scan
from vagas_desktop.core.shortlists import UserStore
from vagas_desktop.core.textfold import fold
from vagas_desktop.core.texts import profile_of

from .conftest import SAMPLE_POSTS

pytestmark = pytest.mark.usefixtures("english_cli")  # they read the CLI's English words


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vagas_desktop", "export", *args],
                          capture_output=True, text=True, timeout=180)


def read_excel_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def test_query_export_matches_the_search_box(tmp_path: Path) -> None:
    out = tmp_path / "lisboa.csv"
    proc = run(str(SAMPLE_POSTS), "-o", str(out), "--query", 'distrito:lisboa -"tecnico superior"',
               "--columns", "ref,trabalho,distrito,data_fecho,days_left", "--today", "2025-03-15")
    assert proc.returncode == 0, proc.stderr
    rows = read_excel_csv(out)
    postings = scan(str(SAMPLE_POSTS), use_cache=False).postings
    text = {p.ref: fold(" ".join([p.title, p.trabalho, p.empregador, p.ref, profile_of(p)])) for p in postings}
    expected = [p for p in postings if p.distrito == "Lisboa" and "tecnico superior" not in text[p.ref]]
    assert sorted(r["Ref"] for r in rows) == sorted(p.ref for p in expected)
    assert list(rows[0]) == ["Ref", "Trabalho", "Distrito", "Fecho", "Dias"]
    assert all(r["Distrito"] == "Lisboa" for r in rows)
    assert all(len(r["Fecho"]) == 10 and r["Fecho"][4] == "-" for r in rows)  # ISO dates


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    out.write_text("keep me", encoding="utf-8")
    proc = run(str(SAMPLE_POSTS), "-o", str(out))
    assert proc.returncode == 2 and "--force" in proc.stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    proc = run(str(SAMPLE_POSTS), "-o", str(out), "--force", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8").startswith("Ref,")


def test_bookmarked_and_shortlist_exports(tmp_path: Path) -> None:
    data = tmp_path / "data"
    postings = scan(str(SAMPLE_POSTS), use_cache=False).postings
    store = UserStore.open(data)
    store.set_bookmarked(postings[:4], True)
    client = store.create_list("Cliente Ana")
    store.add_to_list(client.id, postings[10:13])
    store.set_note(postings[10], "=HYPERLINK(\"x\")\nsegunda linha")
    out = tmp_path / "marcadas.xlsx"
    proc = run(str(SAMPLE_POSTS), "-o", str(out), "--bookmarked", "--data-dir", str(data))
    assert proc.returncode == 0, proc.stderr
    sheet = openpyxl.load_workbook(out).active
    refs = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(refs) == sorted(p.ref for p in postings[:4])
    out = tmp_path / "ana.csv"
    proc = run(str(SAMPLE_POSTS), "-o", str(out), "--shortlist", "cliente ana", "--data-dir", str(data),
               "--columns", "ref,notes")
    assert proc.returncode == 0, proc.stderr
    rows = read_excel_csv(out)
    assert sorted(r["Ref"] for r in rows) == sorted(p.ref for p in postings[10:13])
    note = next(r["Notas"] for r in rows if r["Ref"] == postings[10].ref)
    assert note == "'=HYPERLINK(\"x\")\nsegunda linha"  # neutralised, kept in one cell
    proc = run(str(SAMPLE_POSTS), "-o", str(tmp_path / "n.csv"), "--shortlist", "Ninguém", "--data-dir", str(data))
    assert proc.returncode == 2 and "Cliente Ana" in proc.stderr


def test_pdf_and_bad_columns(tmp_path: Path) -> None:
    out = tmp_path / "lista.pdf"
    proc = run(str(SAMPLE_POSTS), "-o", str(out), "--query", "distrito:faro", "--today", "2025-03-15")
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    proc = run(str(SAMPLE_POSTS), "-o", str(tmp_path / "y.csv"), "--columns", "ref,salario")
    assert proc.returncode == 2 and "salario" in proc.stderr and "empregador" in proc.stderr
    proc = run(str(tmp_path / "nowhere"), "-o", str(tmp_path / "z.csv"))
    assert proc.returncode == 2 and "folder not found" in proc.stderr


def test_query_dates_count_from_today_and_a_bad_date_is_explained(tmp_path: Path) -> None:
    out = tmp_path / "soon.csv"
    proc = run(str(SAMPLE_POSTS), "-o", str(out), "--query", "estado:aberta fecho<=7d abertura<=2025-02-30",
               "--columns", "ref,data_fecho", "--today", "2025-03-15")
    assert proc.returncode == 0, proc.stderr
    assert 'Date not understood in "abertura<=2025-02-30"' in proc.stderr  # ignored, said why
    postings = scan(str(SAMPLE_POSTS), use_cache=False).postings
    today, last = date(2025, 3, 15), date(2025, 3, 22)
    expected = [p.ref for p in postings if p.data_fecho and today <= p.data_fecho <= last
                and (p.data_abertura is None or p.data_abertura <= today)]
    assert expected and sorted(r["Ref"] for r in read_excel_csv(out)) == sorted(expected)
