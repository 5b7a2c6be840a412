"""The headless `scan` command, run as a user would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLE, SAMPLE_POSTS

pytestmark = pytest.mark.usefixtures("english_cli")  # they read the CLI's English words

RECORD_KEYS = ["id", "ref", "title", "trabalho", "empregador", "concelho", "distrito", "codigo_postal",
               "data_abertura", "data_fecho", "source_path", "sections", "extra"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vagas_desktop", *args],
                          capture_output=True, text=True, timeout=120)


def test_scan_sample_posts_to_stdout() -> None:
    proc = run("scan", str(SAMPLE_POSTS))
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(records) >= 40
    assert all(list(r) == RECORD_KEYS for r in records)
    example = next(r for r in records if r["ref"] == "OE202502/0240")
    assert example["source_path"] == "000_9454e346601759a9.txt"
    assert example["data_abertura"] == "2025-02-06" and example["data_fecho"] == "2025-12-31"
    assert example["sections"] == ["Atendimento presencial", "Atendimento telefónico", "Atendimento online",
                                   "Faturação e gestão da receita", "Competências Comportamentais"]
    assert example["extra"] == {"layout": "post"}
    assert "problems: 0" in proc.stderr and f"postings: {len(records)}" in proc.stderr


def test_scan_writes_records_and_problems_files(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "ok.md").write_bytes(EXAMPLE.read_bytes())
    (folder / "bad.md").write_text("sem front matter\n")
    (folder / "odd.md").write_text("--- \nRef: X\nDataFecho: 2025-02-30\n--- \n")
    records, problems = tmp_path / "r.jsonl", tmp_path / "p.jsonl"
    proc = run("scan", str(folder), "--records", str(records), "--problems", str(problems))
    assert proc.returncode == 0
    rows = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["source_path"] for r in rows) == ["odd.md", "sub/ok.md"]
    odd = next(r for r in rows if r["ref"] == "X")
    assert odd["data_fecho"] is None and odd["sections"] == [] and odd["extra"] == {"DataFecho": "2025-02-30"}
    probs = [json.loads(line) for line in problems.read_text(encoding="utf-8").splitlines()]
    assert probs == [
        {"source_path": "bad.md", "severity": "error", "message": "not a posting: no front matter",
         "code": "no-front-matter", "args": []},
        {"source_path": "odd.md", "severity": "warning", "message": "DataFecho '2025-02-30' is not a valid date",
         "code": "bad-date", "args": ["DataFecho", "2025-02-30"]},
    ]
    assert "postings: 2, problems: 2 (errors: 1, warnings: 1), superseded: 0" in proc.stderr


def test_scan_missing_folder_exits_2(tmp_path: Path) -> None:
    proc = run("scan", str(tmp_path / "nope"))
    assert proc.returncode == 2
    assert "folder not found" in proc.stderr
    file = tmp_path / "file.md"
    file.write_text("x")
    proc = run("scan", str(file))
    assert proc.returncode == 2 and "not a folder" in proc.stderr


def test_scan_bad_today_is_a_usage_error() -> None:
    proc = run("scan", str(SAMPLE_POSTS), "--today", "amanhã")
    assert proc.returncode == 2 and "not a date" in proc.stderr


def test_verbose_logs_to_stderr_and_the_log_file(tmp_path: Path) -> None:
    logs = Path(os.environ["VAGAS_LOG_DIR"])
    quiet = run("scan", str(SAMPLE_POSTS), "--records", str(tmp_path / "r.jsonl"))
    assert quiet.returncode == 0 and "INFO" not in quiet.stderr and "DEBUG" not in quiet.stderr
    assert "INFO vagas_desktop.cli: scanned" in (logs / "vagas-desktop.log").read_text(encoding="utf-8")
    loud = run("scan", str(SAMPLE_POSTS), "--records", str(tmp_path / "r.jsonl"), "--verbose")
    assert loud.returncode == 0
    assert "DEBUG vagas_desktop.cli: vagas-desktop scan" in loud.stderr
    assert "INFO vagas_desktop.cli: scanned" in loud.stderr and "postings: " in loud.stderr
    export = run("export", str(SAMPLE_POSTS), "-o", str(tmp_path / "out.csv"), "--verbose")
    assert export.returncode == 0 and "DEBUG vagas_desktop.cli: vagas-desktop export" in export.stderr
    assert (tmp_path / "out.csv").is_file()
