"""`vagas-desktop searches` and `export --search`, as a cron job would run them: real folders, real data."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from vagas_desktop.cli import run
from vagas_desktop.core.scan import scan
from vagas_desktop.core.shortlists import UserStore

pytestmark = pytest.mark.usefixtures("english_cli")  # they read the CLI's English words


def searches(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(["searches", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def lines(out: str) -> dict[str, tuple[int, int]]:
    rows = [line.split("\t") for line in out.splitlines()]
    assert all(len(row) == 3 for row in rows), out
    return {name: (int(matches), int(new)) for name, matches, new in rows}


def add_posting(folder: Path, ref: str, distrito: str = "Lisboa") -> None:
    """A new file in the folder, as the next scrape would bring."""
    (folder / f"novo_{ref.replace('/', '_')}.txt").write_text(
        f"---\ntitle: Emprego - Novo - Técnico Superior\nRef: {ref}\nDataAbertura: 2025-03-01\n"
        f"DataFecho: 2025-04-30\nTrabalho: Técnico Superior\nEmpregador: Câmara Municipal Nova\n"
        f"Concelho: Lisboa\nDistrito: {distrito}\n---\n", encoding="utf-8")


def test_add_list_mark_seen_and_new_after_a_scrape(sample_copy: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    postings = scan(str(sample_copy), use_cache=False).postings
    in_lisboa = sum(p.distrito == "Lisboa" for p in postings)
    assert searches(capsys, "add", "Ana — TS Lisboa", "distrito:lisboa", "--data-dir", data)[0] == 0
    assert searches(capsys, "add", "Porto", "distrito:porto", "--data-dir", data)[0] == 0
    code, out, _ = searches(capsys, "list", str(sample_copy), "--data-dir", data, "--mark-seen")
    assert code == 0
    in_porto = sum(p.distrito == "Porto" for p in postings)
    # never looked at: every match is new; --mark-seen marks them for next time
    assert lines(out) == {"Ana — TS Lisboa": (in_lisboa, in_lisboa), "Porto": (in_porto, in_porto)}
    add_posting(sample_copy, "OE209901/0001")
    add_posting(sample_copy, "OE209901/0002")
    code, out, _ = searches(capsys, "list", str(sample_copy), "--data-dir", data, "--today", "2025-03-15")
    assert lines(out) == {"Ana — TS Lisboa": (in_lisboa + 2, 2), "Porto": (in_porto, 0)}
    code, out, _ = searches(capsys, "list", str(sample_copy), "--data-dir", data, "--json")
    assert json.loads(out) == [{"name": "Ana — TS Lisboa", "matches": in_lisboa + 2, "new": 2},
                               {"name": "Porto", "matches": in_porto, "new": 0}]
    assert searches(capsys, "remove", "porto", "--data-dir", data)[0] == 0  # names as in the panel: any case
    code, out, _ = searches(capsys, "list", str(sample_copy), "--data-dir", data)
    assert list(lines(out)) == ["Ana — TS Lisboa"]


def test_searches_count_closed_postings_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    add_posting(folder, "OE1")
    (folder / "fechada.txt").write_text(
        "---\ntitle: Fechada\nRef: OE2\nDataAbertura: 2020-01-01\nDataFecho: 2020-02-01\nDistrito: Lisboa\n---\n",
        encoding="utf-8")
    data = str(tmp_path / "data")
    searches(capsys, "add", "Lisboa", "distrito:lisboa", "--data-dir", data)
    code, out, _ = searches(capsys, "list", str(folder), "--data-dir", data, "--today", "2025-03-15")
    assert code == 0 and lines(out) == {"Lisboa": (2, 2)}


def test_refusals_exit_2_and_name_the_search(sample_copy: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    searches(capsys, "add", "Ana", "distrito:lisboa", "--data-dir", data)
    code, _, err = searches(capsys, "add", "ANA", "tecnico", "--data-dir", data)
    assert code == 2 and "'ANA' already exists" in err
    code, _, err = searches(capsys, "add", "Má", 'distrito:lisboa cor:"azul', "--data-dir", data)
    assert code == 2 and "search 'Má'" in err and "Unknown filter" in err and "closing quote" in err
    code, _, err = searches(capsys, "remove", "Ninguém", "--data-dir", data)
    assert code == 2 and "'Ninguém'" in err and "searches: Ana" in err
    code, _, err = searches(capsys, "list", str(tmp_path / "nada"), "--data-dir", data)
    assert code == 2 and "folder not found" in err
    assert [s.name for s in UserStore.open(tmp_path / "data").saved_searches()] == ["Ana"]


def read_excel_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def test_export_search_writes_its_matches(sample_copy: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = UserStore.open(data)
    saved = store.create_search("Lisboa sem Oeiras", "distrito:lisboa -concelho:oeiras", {})
    out = tmp_path / "lisboa.csv"
    command = [sys.executable, "-m", "vagas_desktop", "export", str(sample_copy), "--search", "lisboa sem oeiras",
               "-o", str(out), "--data-dir", str(data), "--columns", "ref,distrito,concelho"]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    rows = read_excel_csv(out)
    postings = scan(str(sample_copy), use_cache=False).postings
    expected = {p.ref for p in postings if p.distrito == "Lisboa" and p.concelho != "Oeiras"}
    assert expected and {r["Ref"] for r in rows} == expected
    store.delete_search(saved.id)
    proc = subprocess.run(command[:-6] + ["-o", str(tmp_path / "x.csv"), "--data-dir", str(data)],
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 2 and "no saved search named 'lisboa sem oeiras'" in proc.stderr
    assert not (tmp_path / "x.csv").exists()


def test_export_search_refuses_a_saved_query_with_a_bad_term(sample_copy: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    store = UserStore.open(tmp_path / "data")
    store.create_search("Velha", "cor:azul", {})  # saved by the window, which only hints
    code = run(["export", str(sample_copy), "--search", "Velha", "-o", str(tmp_path / "v.csv"),
                "--data-dir", str(tmp_path / "data")])
    assert code == 2 and "search 'Velha'" in capsys.readouterr().err


def test_stats_search_counts_what_export_search_exports(sample_copy: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """`stats --search` and `export --search` select the same postings: the counts add up to the export."""
    data = tmp_path / "data"
    UserStore.open(data).create_search("Técnicos", "tecnico -distrito:lisboa", {})
    common = ["--search", "tecnicos", "--data-dir", str(data), "--today", "2025-03-15"]
    out_csv = tmp_path / "t.csv"
    assert run(["export", str(sample_copy), "-o", str(out_csv), "--columns", "ref,distrito", *common]) == 0
    exported: dict[str, int] = {}
    for row in read_excel_csv(out_csv):
        exported[row["Distrito"]] = exported.get(row["Distrito"], 0) + 1
    capsys.readouterr()
    assert run(["stats", str(sample_copy), "--by", "distrito", "--format", "csv", *common]) == 0
    counted = {row["distrito"]: int(row["count"]) for row in csv.DictReader(capsys.readouterr().out.splitlines())}
    assert counted == exported and "Lisboa" not in counted and sum(counted.values()) > 5
    assert run(["stats", str(sample_copy), "--search", "ninguém", "--data-dir", str(data)]) == 2
    assert "ninguém" in capsys.readouterr().err
