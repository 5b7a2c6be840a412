"""The command line on odd names and odd outputs: non-UTF-8 file names, folders as outputs, a full disk."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from vagas_desktop.cli import run

from .conftest import EXAMPLE
from .test_export_hostile import small_disk  # noqa: F401 - the 64 KiB tmpfs fixture

pytestmark = pytest.mark.usefixtures("english_cli")  # they read the CLI's English words

SHOWN = "caf\\xe9.md"  # how b"caf\xe9.md" must appear: its bad byte spelled out


def bytes_name(folder: Path, name: bytes) -> bytes:
    return os.path.join(os.fsencode(str(folder)), name)


@pytest.fixture
def odd_folder(tmp_path: Path) -> Path:
    """A posting named b"caf\\xe9.md", an older version of it (superseded: its message names the
    newer file) and a b"bad\\xff.md" without front matter (a problem on a non-UTF-8 name)."""
    folder = tmp_path / "posts"
    folder.mkdir()
    text = EXAMPLE.read_bytes()
    with open(bytes_name(folder, b"caf\xe9.md"), "wb") as fh:
        fh.write(text)
    (folder / "older.md").write_bytes(text.replace(b"DataAbertura: 2025-02-06", b"DataAbertura: 2025-01-06"))
    with open(bytes_name(folder, b"bad\xff.md"), "wb") as fh:
        fh.write(b"no front matter here\n")
    return folder


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def check_scan_output(records: list[dict], problems: list[dict]) -> None:
    assert [r["source_path"] for r in records] == [SHOWN]
    assert records[0]["ref"] == "OE202502/0240"
    by_path = {p["source_path"]: p for p in problems}
    assert "bad\\xff.md" in by_path and "front matter" in by_path["bad\\xff.md"]["message"]
    assert SHOWN in by_path["older.md"]["message"]  # "superseded: ... also in caf\xe9.md"


def test_scan_writes_undecodable_names_to_files(odd_folder: Path, tmp_path: Path) -> None:
    records, problems = tmp_path / "records.jsonl", tmp_path / "problems.jsonl"
    code = run(["scan", str(odd_folder), "--no-cache", "--records", str(records), "--problems", str(problems)])
    assert code == 0
    check_scan_output(read_lines(records), read_lines(problems))


def test_scan_writes_undecodable_names_to_stdout(odd_folder: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "vagas_desktop", "scan", str(odd_folder), "--no-cache",
                           "--problems", "-"], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]  # valid UTF-8 throughout
    check_scan_output([r for r in lines if "ref" in r], [p for p in lines if "severity" in p])


@pytest.mark.parametrize(("fmt", "name"), [("csv", "o.csv"), ("csv-excel-pt", "o.csv"), ("xlsx", "o.xlsx")])
def test_export_of_undecodable_source_path(odd_folder: Path, tmp_path: Path, fmt: str, name: str) -> None:
    out = tmp_path / name
    code = run(["export", str(odd_folder), "--no-cache", "-o", str(out), "--format", fmt,
                "--columns", "ref,source_path"])
    assert code == 0
    if fmt == "xlsx":
        rows = [[c.value for c in row] for row in openpyxl.load_workbook(out).active.iter_rows()]
    else:
        encoding, delimiter = ("utf-8", ",") if fmt == "csv" else ("utf-8-sig", ";")
        with open(out, encoding=encoding, newline="") as fh:
            rows = list(csv.reader(fh, delimiter=delimiter))
    assert rows[1][0] == "OE202502/0240"
    assert rows[1][1].endswith("/posts/" + SHOWN)


def test_pdf_export_of_a_posting_with_an_undecodable_name(qapp, odd_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.pdf"
    assert run(["export", str(odd_folder), "--no-cache", "-o", str(out), "--columns", "ref,source_path"]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


# -- outputs that are folders ---------------------------------------------------------------------

def _bad_outputs(tmp_path: Path) -> list[tuple[str, str]]:
    (tmp_path / "existing").mkdir(parents=True)
    return [
        (str(tmp_path / "new-dir") + "/", "ends with a path separator"),
        (str(tmp_path / "existing") + "/", "ends with a path separator"),
        (str(tmp_path / "existing"), "is a folder"),
        (str(tmp_path / "missing" / "out.csv"), "folder not found"),
    ]


@pytest.mark.parametrize("force", [False, True])
def test_export_refuses_folder_outputs_up_front(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                force: bool) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "a.md").write_bytes(EXAMPLE.read_bytes())
    for target, reason in _bad_outputs(tmp_path / "out"):
        before = sorted(p.name for p in (tmp_path / "out").iterdir())
        code = run(["export", str(folder), "-o", target, *(["--force"] if force else [])])
        err = capsys.readouterr().err
        assert code == 2 and reason in err and "--force" not in err, (target, err)
        assert sorted(p.name for p in (tmp_path / "out").iterdir()) == before  # nothing written
        assert not (tmp_path / "out" / "existing").exists() or not any((tmp_path / "out" / "existing").iterdir())


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="POSIX only")
def test_export_never_replaces_a_device(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "a.md").write_bytes(EXAMPLE.read_bytes())
    assert run(["export", str(folder), "-o", "/dev/null", "--force"]) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert Path("/dev/null").is_char_device()
    assert run(["scan", str(folder), "--records", "/dev/null"]) == 0  # written in place: fine


def test_scan_refuses_folder_outputs_up_front(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "a.md").write_bytes(EXAMPLE.read_bytes())
    for target, reason in _bad_outputs(tmp_path / "out"):
        for option in ("--records", "--problems"):
            assert run(["scan", str(folder), option, target]) == 2
            assert reason in capsys.readouterr().err
    assert not (tmp_path / "out" / "new-dir").exists()


# -- a full disk ----------------------------------------------------------------------------------

@pytest.fixture
def many_postings(tmp_path: Path) -> Path:
    """300 postings, each with its own long Descricao: far more than 64 KiB in every format."""
    folder = tmp_path / "many"
    folder.mkdir()
    text = EXAMPLE.read_bytes()
    for i in range(300):
        noise = " ".join(hashlib.sha256(f"{i}-{j}".encode()).hexdigest() for j in range(16))  # compresses badly
        body = text.replace(b"OE202502/0240", f"OE202502/{i:04d}".encode())
        (folder / f"p{i}.md").write_bytes(body.replace(b"Descricao: ", f"Descricao: {noise} ".encode()))
    return folder


@pytest.mark.parametrize("name", ["out.csv", "out.xlsx", "out.pdf"])
def test_export_to_a_full_disk_fails_clearly(qapp, many_postings: Path, small_disk: Path,  # noqa: F811
                                             capsys: pytest.CaptureFixture[str], name: str) -> None:
    code = run(["export", str(many_postings), "--no-cache", "-o", str(small_disk / name),
                "--columns", "ref,descricao,profile"])
    err = capsys.readouterr().err
    assert code == 1 and "the disk is full" in err, err
    assert os.listdir(small_disk) == []


def test_scan_of_a_folder_without_postings_writes_empty_files(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    records, problems = tmp_path / "r.jsonl", tmp_path / "p.jsonl"
    assert run(["scan", str(folder), "--records", str(records), "--problems", str(problems)]) == 0
    assert records.read_bytes() == b"" and problems.read_bytes() == b""


def test_scan_to_a_full_disk_fails_clearly(many_postings: Path, small_disk: Path,  # noqa: F811
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["scan", str(many_postings), "--no-cache", "--records", str(small_disk / "records.jsonl")])
    assert code == 1 and "the disk is full" in capsys.readouterr().err
    assert os.listdir(small_disk) == []


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="Linux only")
def test_scan_to_a_full_device_fails_clearly(many_postings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["scan", str(many_postings), "--no-cache", "--records", "/dev/full"]) == 1
    assert "cannot write /dev/full: no space left on device" in capsys.readouterr().err
