"""Every hostile thing at once in one folder: `scan` finishes, reads the good postings and names each bad file.

The single cases have their own tests (parse, walk, cache, export); this one checks that together they
neither block nor hide one another, through the command a user or a script runs, and through the window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vagas_desktop.core.cache import cache_paths

from .conftest import EXAMPLE

GOOD = ["OE202503/0001", "OE202503/0002", "OE202503/0003", "OE202503/0004"]
OLD_NS = 1_700_000_000 * 10**9
REPAIRED = ["OE202503/0101", "OE202503/0102"]  # shown, with a warning saying what was set aside


def posting_text(ref: str, *extra_lines: str) -> str:
    text = EXAMPLE.read_text(encoding="utf-8").replace("OE202502/0240", ref)
    return text.replace("\n---", "\n" + "".join(f"{line}\n" for line in extra_lines) + "---", 1) if extra_lines \
        else text


def build(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """The folder, and each hostile entry's relative path -> a word its problem's reason must hold."""
    folder = tmp_path / "posts"
    (folder / "sub" / "deeper").mkdir(parents=True)
    (folder / "good-1.md").write_text(posting_text(GOOD[0]), encoding="utf-8")
    (folder / "sub" / "good-2.md").write_text(posting_text(GOOD[1]), encoding="utf-8")
    # A key indented by a tab is a key (and the posting is good).
    (folder / "sub" / "deeper" / "tab-key.md").write_text(
        posting_text(GOOD[2]).replace("Concelho: Oeiras", "\tConcelho: Barcelos"), encoding="utf-8")
    # A non-UTF-8 file name, a good posting inside.
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.md"), "wb") as fh:
        fh.write(posting_text(GOOD[3]).encode("utf-8"))
    hostile = {}
    (folder / "huge-id.md").write_text(posting_text("OE202503/0101").replace("Id: 132314", "Id: " + "9" * 6000),
                                       encoding="utf-8")
    hostile["huge-id.md"] = "Id"
    deep = "[" * 400 + "]" * 400
    (folder / "nested-quoted.md").write_text(
        f"---\ntitle: '{deep}'\nTrabalho: [{deep}]\nRef: OE202503/0102\nDescricao: >\n  real YAML\n---\n",
        encoding="utf-8")  # the folded block sends the file down the YAML path
    hostile["nested-quoted.md"] = "nest"
    (folder / "too-large.md").write_bytes(b"---\nRef: OE202503/0103\nDescricao: " + b"x" * (3 << 20) + b"\n---\n")
    hostile["too-large.md"] = "large"
    (folder / "binary.md").write_bytes(b"---\n\x00\x01\x02" + os.urandom(2000))
    hostile["binary.md"] = "binary"
    (folder / "no-front-matter.md").write_text("just text\n", encoding="utf-8")
    hostile["no-front-matter.md"] = "front matter"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "foreign.md").write_text(posting_text("OE202503/0199"), encoding="utf-8")
    (folder / "link-to-root").symlink_to("/")
    hostile["link-to-root"] = "outside"
    (folder / "link-outside.md").symlink_to(outside / "foreign.md")
    hostile["link-outside.md"] = "outside"
    (folder / "sub" / "dangling.md").symlink_to(tmp_path / "gone.md")
    hostile["sub/dangling.md"] = "broken"
    os.mkfifo(folder / "sub" / "pipe.md")
    hostile["sub/pipe.md"] = "regular"
    for root, _dirs, files in os.walk(os.fsencode(folder)):  # old files: the cache trusts only settled ones
        for name in files:
            os.utime(os.path.join(root, name), ns=(OLD_NS, OLD_NS), follow_symlinks=False)
    return folder, hostile


def scan_cli(folder: Path, tmp_path: Path, *extra: str) -> tuple[list[dict], list[dict], str]:
    records, problems = tmp_path / "records.jsonl", tmp_path / "problems.jsonl"
    # timeout: a guard only, so a regression (a FIFO read, a walk of /) fails instead of hanging CI
    done = subprocess.run([sys.executable, "-m", "vagas_desktop", "scan", str(folder), "--records", str(records),
                           "--problems", str(problems), *extra], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    read = [[json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            for path in (records, problems)]
    return read[0], read[1], done.stderr


@pytest.mark.usefixtures("english_cli")  # reads the summary's English words
def test_scan_of_a_folder_holding_every_hostile_case(tmp_path: Path) -> None:
    folder, hostile = build(tmp_path)
    records, problems, summary = scan_cli(folder, tmp_path, "--no-cache")
    assert sorted(r["ref"] for r in records) == sorted(GOOD + REPAIRED)
    assert {r["source_path"] for r in records} >= {"good-1.md", "sub/good-2.md", "sub/deeper/tab-key.md"}
    assert next(r for r in records if r["ref"] == GOOD[2])["concelho"] == "Barcelos"
    assert any(r["source_path"].startswith("caf") and r["ref"] == GOOD[3] for r in records)
    for path, word in hostile.items():
        reasons = [p["message"] for p in problems if p["source_path"] == path]
        assert reasons, f"{path} is not reported"
        assert any(word.lower() in m.lower() for m in reasons), (path, reasons)
    assert "OE202503/0199" not in {r["ref"] for r in records}  # nothing read through a link to outside
    assert all(not r["source_path"].startswith("..") and not os.path.isabs(r["source_path"]) for r in records)
    assert "postings: 6" in summary


def test_the_same_folder_through_a_damaged_cache(tmp_path: Path) -> None:
    folder, _hostile = build(tmp_path)
    plain_records, plain_problems, _ = scan_cli(folder, tmp_path, "--no-cache")
    scan_cli(folder, tmp_path)  # writes the cache
    full, _delta = cache_paths(str(folder))
    assert full.is_file()
    data = bytearray(full.read_bytes())
    for offset in range(17, len(data), max(1, len(data) // 40)):  # damage it all along
        data[offset] ^= 0x5A
    full.write_bytes(bytes(data))
    for _ in range(2):  # served from the damaged cache, then from the rebuilt one
        records, problems, _ = scan_cli(folder, tmp_path)
        assert records == plain_records
        assert sorted(map(str, problems)) == sorted(map(str, plain_problems))


def test_the_window_opens_the_hostile_folder(qtbot, tmp_path: Path, qtmodeltester) -> None:
    from .conftest import open_window, show_every_deadline

    folder, hostile = build(tmp_path)
    win = open_window(qtbot, tmp_path, folder)
    assert win.folder == str(folder)
    show_every_deadline(qtbot, win)  # the closed ones too
    assert win.model.rowCount() == len(GOOD + REPAIRED)
    qtmodeltester.check(win.model)
    problems = win.problems.model
    qtmodeltester.check(problems)
    shown = {problems.index(r, 0).data() for r in range(problems.rowCount())}
    assert set(hostile) <= shown
    assert all(problems.index(r, 2).data() for r in range(problems.rowCount()))  # each with its reason
    assert win.problems_button.isVisible()
    for row in range(win.model.rowCount()):  # every posting's details render, the non-UTF-8 name's too
        win.table.selectRow(row)
        assert win.detail.posting() is not None and win.detail.as_text()
