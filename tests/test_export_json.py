"""JSON export for scripts, and a list's default export columns (Estado, Notas, readable extra labels)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from vagas_desktop.core.export_columns import default_columns
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.scan import scan
from vagas_desktop.core.shortlists import UserStore
from vagas_desktop.core.userdata_schema import Status

from .conftest import SAMPLE_POSTS

pytestmark = pytest.mark.usefixtures("english_cli")


def run(command: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vagas_desktop", command, *args],
                          capture_output=True, text=True, timeout=180)


@pytest.fixture
def client_list(tmp_path: Path) -> tuple[Path, list]:
    data = tmp_path / "data"
    postings = scan(str(SAMPLE_POSTS), use_cache=False).postings
    store = UserStore.open(data)
    client = store.create_list("Cliente Ana")
    other = store.create_list("Outra")
    store.add_to_list(client.id, postings[:3])
    store.add_to_list(other.id, postings[:1])
    store.set_status(postings[:1], Status.CANDIDATURA_ENVIADA)
    store.set_note(postings[1], "=ligar «amanhã»")
    return data, postings


def test_json_of_a_list_is_the_scan_record_plus_user_data(tmp_path: Path, client_list) -> None:
    data, postings = client_list
    out = tmp_path / "ana.json"  # the format from the file name
    proc = run("export", str(SAMPLE_POSTS), "-o", str(out), "--shortlist", "Cliente Ana", "--data-dir", str(data),
               "--today", "2025-03-15")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert "«amanhã»" in out.read_text(encoding="utf-8")  # UTF-8, not \\u escapes
    scan_out = tmp_path / "records.jsonl"
    assert run("scan", str(SAMPLE_POSTS), "--records", str(scan_out), "--today", "2025-03-15").returncode == 0
    records = {r["ref"]: r for r in map(json.loads, scan_out.read_text(encoding="utf-8").splitlines())}
    assert sorted(r["ref"] for r in rows) == sorted(p.ref for p in postings[:3])
    for row in rows:
        user = {k: row.pop(k) for k in ("status", "notes", "lists")}
        assert row == records[row["ref"]]  # exactly the scan --records shape, key order included
        assert list(row) == list(records[row["ref"]])
        if row["ref"] == postings[0].ref:
            assert user == {"status": "candidatura_enviada", "notes": "", "lists": ["Cliente Ana", "Outra"]}
        elif row["ref"] == postings[1].ref:
            assert user == {"status": None, "notes": "=ligar «amanhã»", "lists": ["Cliente Ana"]}
    proc = run("export", str(SAMPLE_POSTS), "-o", str(tmp_path / "q.txt"), "--format", "json",
               "--query", "distrito:faro")
    assert proc.returncode == 0, proc.stderr
    assert {r["distrito"] for r in json.loads((tmp_path / "q.txt").read_text(encoding="utf-8"))} == {"Faro"}


def test_a_list_exports_estado_and_notas_by_default(tmp_path: Path, client_list) -> None:
    data, postings = client_list
    out = tmp_path / "ana.csv"
    proc = run("export", str(SAMPLE_POSTS), "-o", str(out), "--shortlist", "Cliente Ana", "--data-dir", str(data))
    assert proc.returncode == 0, proc.stderr
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    by_ref = {r["Ref"]: r for r in rows}
    assert by_ref[postings[0].ref]["Estado"] == "Candidatura enviada"
    assert by_ref[postings[1].ref]["Notas"] == "'=ligar «amanhã»"  # never a formula
    proc = run("export", str(SAMPLE_POSTS), "-o", str(tmp_path / "all.csv"))
    with (tmp_path / "all.csv").open(encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh, delimiter=";"))
    assert "Estado" not in header and "Notas" not in header  # not a list: the user's data stays out


def test_extra_fields_carry_readable_labels() -> None:
    posting = Posting(ref="X", extra={"Remuneracao": "1000", "TipoVinculo": "CTFP", "Habilitacao": "12.º ano",
                                      "Outro": "y"})
    headers = [c.header for c in default_columns([posting])]
    assert headers[-4:] == ["Remuneração", "Tipo de vínculo", "Habilitação literária", "Outro"]
