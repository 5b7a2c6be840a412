"""The CLI searches the folder's change history read-only: `export --query is:prorrogada` gives the
postings the window shows as extended, and running it never changes what the window will show."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.test_posting_history import write_posting
from vagas_desktop.cli import run
from vagas_desktop.core.folder_history import history_path
from vagas_desktop.core.folder_load import prepare_folder
from vagas_desktop.core.posting_history import changes_path
from vagas_desktop.core.scan import scan
from vagas_desktop.paths import user_cache_dir

MONDAY, FRIDAY = date(2025, 3, 10), date(2025, 3, 14)


def open_in_window(folder: Path, day: date):
    """What the window does after its scan of a folder it opens (gui/folder_loader.py)."""
    return prepare_folder(scan(str(folder)), {}, user_cache_dir(), day, True)


def rescrape(folder: Path, name: str, ref: str, fecho: str) -> None:
    write_posting(folder, name, ref, fecho=fecho)
    stamp = os.stat(folder / name).st_mtime + 60  # a later file, whatever the clock's resolution
    os.utime(folder / name, (stamp, stamp))


def stored(folder: Path) -> tuple[bytes, bytes]:
    cache = user_cache_dir()
    return changes_path(cache, str(folder)).read_bytes(), history_path(cache, str(folder)).read_bytes()


def exported_refs(folder: Path, tmp_path: Path, query: str) -> list[str]:
    out = tmp_path / "out.csv"
    command = [sys.executable, "-m", "vagas_desktop", "export", str(folder), "--query", query, "-o", str(out),
               "--format", "csv", "--columns", "ref", "--today", FRIDAY.isoformat(), "--force"]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    with out.open(encoding="utf-8", newline="") as fh:
        return sorted(row["Ref"] for row in csv.DictReader(fh))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    posts = tmp_path / "posts"
    for ref in "ABC":
        write_posting(posts, f"{ref}.md", ref)
    open_in_window(posts, MONDAY)
    return posts


def test_export_is_prorrogada_after_two_window_opens_leaves_the_history_alone(folder: Path, tmp_path: Path,
                                                                              capsys) -> None:
    rescrape(folder, "B.md", "B", "2025-04-30")  # extended
    rescrape(folder, "C.md", "C", "2025-03-20")  # shortened
    window = open_in_window(folder, FRIDAY)
    assert window.library.changes.changed_now == {"ref:B", "ref:C"}
    before = stored(folder)

    assert exported_refs(folder, tmp_path, "is:prorrogada") == ["B"]
    assert exported_refs(folder, tmp_path, "is:alterada") == ["B", "C"]
    assert stored(folder) == before  # byte for byte: the CLI recorded neither a visit nor a change

    assert run(["stats", str(folder), "--query", "is:alterada", "--format", "json", "--today", "2025-03-14"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 2
    assert stored(folder) == before


def test_the_cli_before_the_window_sees_the_change_and_leaves_it_new_for_the_window(folder: Path,
                                                                                     tmp_path: Path) -> None:
    rescrape(folder, "A.md", "A", "2025-05-02")  # extended since the window last opened the folder
    before = stored(folder)
    assert exported_refs(folder, tmp_path, "is:prorrogada") == ["A"]  # what the window would show now
    assert stored(folder) == before
    window = open_in_window(folder, FRIDAY)
    assert window.library.changes.changed_now == {"ref:A"}  # still news for the window
    assert window.changes is not None and not window.changes.first_visit


def test_a_republication_before_the_window_opens_is_seen_and_not_new(tmp_path: Path, capsys) -> None:
    posts = tmp_path / "repub"
    write_posting(posts, "X.md", "X", trabalho="Assistente Técnico")
    write_posting(posts, "Y.md", "Y", trabalho="Técnico Superior")
    open_in_window(posts, MONDAY)
    (posts / "Y.md").unlink()
    write_posting(posts, "Z.md", "Z", trabalho="Técnico Superior")  # Y's offer, published again
    before = stored(posts)
    common = ["--format", "csv", "--columns", "ref", "--today", "2025-03-14", "--force"]
    for query, refs in (("is:republicada", ["Z"]), ("is:nova", [])):
        out = tmp_path / "r.csv"
        assert run(["export", str(posts), "--query", query, "-o", str(out), *common]) == 0
        with out.open(encoding="utf-8", newline="") as fh:
            assert sorted(row["Ref"] for row in csv.DictReader(fh)) == refs, query
    assert stored(posts) == before
    window = open_in_window(posts, FRIDAY)
    assert dict(window.library.changes.republished) == {"ref:Z": "ref:Y"}
