"""Scanning a folder: what counts as a posting, duplicates, links, progress and cancel."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from vagas_desktop.core.posting import Severity
from vagas_desktop.core.scan import scan

from .conftest import SAMPLE_POSTS


def write(path: Path, *lines: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("--- \n" + "\n".join(lines) + "\n--- \n", encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}


def test_sample_posts_read_without_problems() -> None:
    result = scan(str(SAMPLE_POSTS))
    assert result.problems == []
    assert len(result.postings) >= 40
    assert result.ignored >= 1  # README.txt has no front matter
    assert len({p.ref for p in result.postings}) == len(result.postings)
    distritos = {p.distrito for p in result.postings}
    assert {"Lisboa", "Porto", "Évora", "Região Autónoma dos Açores", "Região Autónoma da Madeira"} <= distritos


def test_recursive_with_junk_ignored_and_bad_md_reported(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "Ref: A", "title: Um")
    write(tmp_path / "sub" / "deeper" / "b.txt", "Ref: B", "title: Dois")
    write(tmp_path / "c.markdown", "Ref: C")
    write(tmp_path / "d.html", "Ref: D")
    (tmp_path / "README.txt").write_text("Leia-me\n")
    (tmp_path / "page.html").write_text("<html></html>")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "notes.json").write_text("{}")
    write(tmp_path / "a.md~", "Ref: BACKUP")
    write(tmp_path / ".hidden" / "e.md", "Ref: HIDDEN")
    write(tmp_path / ".f.md", "Ref: HIDDEN2")
    (tmp_path / "plain.md").write_text("# Só texto\n")
    before = snapshot(tmp_path)

    result = scan(str(tmp_path))

    assert sorted(p.ref for p in result.postings) == ["A", "B", "C", "D"]
    assert [(result.relative(p.source_path), p.severity, p.message) for p in result.problems] == [
        ("plain.md", Severity.ERROR, "not a posting: no front matter")]
    assert result.ignored == 4  # README.txt, page.html, .png, .json; hidden and ~ files are skipped unseen
    assert snapshot(tmp_path) == before  # never writes into the folder


def test_duplicates_keep_newest_and_report_the_rest(tmp_path: Path) -> None:
    old = write(tmp_path / "2024" / "x.md", "Ref: OE1/0001", "title: velha", "DataAbertura: 2025-01-01")
    new = write(tmp_path / "2025" / "x.md", "Ref: OE1/0001", "title: nova", "DataAbertura: 2025-02-01")
    same_day_a = write(tmp_path / "p" / "a.md", "Ref: OE1/0002", "title: a", "DataAbertura: 2025-02-01")
    same_day_b = write(tmp_path / "p" / "b.md", "Ref: OE1/0002", "title: b", "DataAbertura: 2025-02-01")
    os.utime(same_day_a, (1_000, 2_000_000))
    os.utime(same_day_b, (1_000, 1_000_000))
    os.utime(old, (1_000, 9_000_000))  # newest file, older version: DataAbertura decides

    result = scan(str(tmp_path))

    assert sorted(p.title for p in result.postings) == ["a", "nova"]
    assert result.superseded == 2
    infos = {result.relative(p.source_path): p.message for p in result.problems}
    assert set(infos) == {"2024/x.md", "p/b.md"}
    assert infos["2024/x.md"] == "superseded: Ref OE1/0001 also in 2025/x.md, a newer version"
    assert all(p.severity == Severity.INFO for p in result.problems)
    assert new.exists()


def test_duplicate_tie_goes_to_greater_path(tmp_path: Path) -> None:
    a = write(tmp_path / "a.md", "Ref: R", "title: a")
    b = write(tmp_path / "b.md", "Ref: R", "title: b")
    for p in (a, b):
        os.utime(p, (1, 5))
    assert [p.title for p in scan(str(tmp_path)).postings] == ["b"]


def test_symlink_loops_and_double_links_read_once(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    write(folder / "real" / "a.md", "Ref: A")
    (folder / "real" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "again").symlink_to(folder / "real", target_is_directory=True)
    (folder / "link.md").symlink_to(folder / "real" / "a.md")
    (folder / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    result = scan(str(folder))
    assert [p.ref for p in result.postings] == ["A"]
    assert [(result.relative(p.source_path), p.severity, p.message) for p in result.problems] == [
        ("dangling.md", Severity.INFO, "ignored: broken link")]


def test_unreadable_file_reported_and_scan_goes_on(tmp_path: Path) -> None:
    write(tmp_path / "ok.md", "Ref: OK")
    bad = write(tmp_path / "bad.md", "Ref: BAD")
    bad.chmod(0)
    try:
        result = scan(str(tmp_path))
    finally:
        bad.chmod(0o644)
    refs = [p.ref for p in result.postings]
    if os.geteuid() == 0:
        assert sorted(refs) == ["BAD", "OK"]  # root reads anything
    else:
        assert refs == ["OK"]
        assert result.problems[0].message == "unreadable: permission denied"


def test_progress_reports_and_cancel_stops(tmp_path: Path) -> None:
    for i in range(600):
        write(tmp_path / f"{i:04}.md", f"Ref: R{i}")
    seen: list[tuple[int, int]] = []
    result = scan(str(tmp_path), on_progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 600) and seen[-1] == (600, 600)
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:], strict=False))
    assert len(result.postings) == 600 and not result.cancelled

    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 256:
            stop.set()

    result = scan(str(tmp_path), on_progress=progress, cancelled=stop.is_set)
    assert result.cancelled
    assert 256 <= len(result.postings) < 600


def test_encodings_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "bom.md").write_bytes("\ufeff--- \nRef: Évora-1\n--- \n".encode())
    (tmp_path / "u16.txt").write_bytes("--- \nRef: Évora-2\n--- \n".encode("utf-16"))
    (tmp_path / "w.txt").write_bytes("--- \r\nRef: Évora-3\r\n--- \r\n".encode("cp1252"))
    result = scan(str(tmp_path))
    assert sorted(p.ref for p in result.postings) == ["Évora-1", "Évora-2", "Évora-3"]
    assert [p.message for p in result.problems] == ["not UTF-8: read as Windows-1252"]
