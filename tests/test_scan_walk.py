"""The scan's walk: links stay inside the opened folder, and what cannot be listed is reported."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from vagas_desktop.core.posting import ParseProblem, Severity
from vagas_desktop.core.scan import list_candidates, scan

NOBODY = 65534

# Scans in a child process: a walk that escapes (into /, or a pipe) fails by timeout instead of hanging
# the run; as root the child drops to NOBODY after its imports, so permissions really apply.
CHILD = """
import json, os, sys
from vagas_desktop.core.scan import scan
folder, uid = sys.argv[1], int(sys.argv[2])
if uid >= 0:
    os.setgroups([]); os.setgid(uid); os.setuid(uid)
r = scan(folder, use_cache=False)
print(json.dumps({
    "postings": [[p.ref, p.source_path] for p in r.postings],
    "problems": [[p.source_path, str(p.severity), p.message] for p in r.problems],
    "directories": r.directories, "ignored": r.ignored,
}))
"""


def write(path: Path, *lines: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("---\n" + "\n".join(lines) + "\n---\n", encoding="utf-8")
    return path


def scan_in_child(folder: Path, uid: int = -1) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(uid)], capture_output=True,
                          text=True, timeout=120, check=True, cwd=Path(__file__).parent.parent)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def problems_of(result: Any, folder: Path) -> list[tuple[str, Severity, str]]:
    return [(os.path.relpath(p.source_path, folder), p.severity, p.message) for p in result.problems]


def test_link_to_root_is_reported_not_walked(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    write(folder / "a.md", "Ref: A")
    (folder / "sistema").symlink_to("/", target_is_directory=True)

    result = scan_in_child(folder)

    assert [ref for ref, _path in result["postings"]] == ["A"]
    assert all(path.startswith(f"{folder}{os.sep}") for _ref, path in result["postings"])
    assert result["directories"] == [str(folder)]  # nothing outside is watched either
    assert result["problems"] == [
        [str(folder / "sistema"), "info", "ignored: link to a folder outside the opened folder (/)"]]
    assert result["ignored"] == 1


def test_links_to_outside_folders_and_files_are_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "other"
    write(outside / "x.md", "Ref: OUT1")
    write(outside / "y.md", "Ref: OUT2")
    folder = tmp_path / "posts"
    write(folder / "a.md", "Ref: A")
    (folder / "other").symlink_to(outside, target_is_directory=True)
    (folder / "y.md").symlink_to(outside / "y.md")
    (folder / "up").symlink_to("..", target_is_directory=True)  # relative, and above the folder
    (folder / "hop.md").symlink_to("y.md")  # a chain of links that ends outside
    (folder / "via").symlink_to("other/../other", target_is_directory=True)  # through a link, then up
    (folder / "passwd.md").symlink_to("/etc/passwd")
    (folder / ".hidden").symlink_to(outside, target_is_directory=True)  # hidden: skipped unseen, as before

    result = scan(str(folder))

    assert [p.ref for p in result.postings] == ["A"]
    real = os.path.realpath(tmp_path)
    assert problems_of(result, folder) == [
        ("hop.md", Severity.INFO, f"ignored: link to a file outside the opened folder ({real}/other/y.md)"),
        ("other", Severity.INFO, f"ignored: link to a folder outside the opened folder ({real}/other)"),
        ("passwd.md", Severity.INFO, "ignored: link to a file outside the opened folder (/etc/passwd)"),
        ("up", Severity.INFO, f"ignored: link to a folder outside the opened folder ({real})"),
        ("via", Severity.INFO, f"ignored: link to a folder outside the opened folder ({real}/other)"),
        ("y.md", Severity.INFO, f"ignored: link to a file outside the opened folder ({real}/other/y.md)"),
    ]
    assert result.ignored == 6
    assert result.directories == [str(folder)]


def test_links_inside_are_followed_and_read_once(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    write(folder / "2024" / "a.md", "Ref: A")
    write(folder / "2025" / "b.md", "Ref: B")
    (folder / "2025" / "antigas").symlink_to("../2024", target_is_directory=True)  # a sibling
    (folder / "2025" / "c.md").symlink_to(folder / "2024" / "a.md")  # a file, by absolute path
    (folder / "2024" / "tudo").symlink_to(folder, target_is_directory=True)  # a loop
    (folder / "aqui").symlink_to(".", target_is_directory=True)  # another loop

    result = scan(str(folder))

    assert sorted(p.ref for p in result.postings) == ["A", "B"]
    assert result.problems == []
    assert sorted(os.path.relpath(d, folder) for d in result.directories) == [".", "2024", "2025"]


def test_broken_links_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    write(folder / "a.md", "Ref: A")
    (folder / "gone.md").symlink_to(tmp_path / "nowhere.md")
    (folder / "gone").symlink_to(folder / "nowhere", target_is_directory=True)
    (folder / "self.md").symlink_to("self.md")  # resolves to itself: too many levels of links
    (folder / "through.md").symlink_to(folder / "a.md" / "x.md")  # not a directory

    result = scan(str(folder))

    assert [p.ref for p in result.postings] == ["A"]
    assert problems_of(result, folder) == [
        (name, Severity.INFO, "ignored: broken link") for name in ("gone", "gone.md", "self.md", "through.md")]
    assert result.ignored == 4


def test_opened_folder_reached_through_a_link(tmp_path: Path) -> None:
    archive = tmp_path / "disk" / "archive"
    write(archive / "a.md", "Ref: A")
    write(archive / "2025" / "b.md", "Ref: B")
    (archive / "atalho").symlink_to(archive / "2025", target_is_directory=True)  # by its real path
    (archive / "fora").symlink_to(tmp_path / "disk", target_is_directory=True)
    opened = tmp_path / "link-to-archive"
    opened.symlink_to(archive, target_is_directory=True)

    result = scan(str(opened))

    assert sorted((p.ref, result.relative(p.source_path)) for p in result.postings) == [
        ("A", "a.md"), ("B", "2025/b.md")]
    assert all(p.source_path.startswith(f"{opened}{os.sep}") for p in result.postings)
    assert problems_of(result, opened) == [("fora", Severity.INFO, "ignored: link to a folder outside the "
                                            f"opened folder ({os.path.realpath(tmp_path / 'disk')})")]


def test_pipes_and_devices_are_reported_and_never_opened(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    write(folder / "a.md", "Ref: A")
    os.mkfifo(folder / "pipe.md")  # opening it would wait for a writer forever
    os.mkfifo(folder / "pipe")
    (folder / "zero.md").symlink_to("/dev/zero")  # outside anyway, and endless

    result = scan_in_child(folder)

    assert [ref for ref, _path in result["postings"]] == ["A"]
    assert result["problems"] == [
        [str(folder / "pipe.md"), "info", "ignored: not a regular file"],
        [str(folder / "zero.md"), "info", "ignored: link to a file outside the opened folder (/dev/zero)"]]
    assert result["ignored"] == 3  # the pipe without a posting suffix is counted, like any other file


def make_deep(base: Path, levels: int, file_name: str = "deep.md") -> list[str]:
    """Nest folders (200-byte names) below base, through folder descriptors: the path can outgrow PATH_MAX."""
    names = [f"{level:02}" + "x" * 198 for level in range(levels)]
    fd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for name in names:
            os.mkdir(name, dir_fd=fd)
            inner = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = inner
        posting = os.open(file_name, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(posting, b"---\nRef: DEEP\n---\n")
        os.close(posting)
    finally:
        os.close(fd)
    return names


def test_folder_past_the_path_limit_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    write(folder / "a.md", "Ref: A")
    limit = os.pathconf(folder, "PC_PATH_MAX")
    names = make_deep(folder, limit // 201 + 1)
    try:
        result = scan(str(folder))
    finally:
        shutil.rmtree(folder / names[0])  # rmtree works through descriptors: any depth

    assert [p.ref for p in result.postings] == ["A"]
    [problem] = result.problems
    assert problem.severity == Severity.ERROR
    assert problem.message == "folder unreadable: file name too long"
    depth = len(Path(result.relative(problem.source_path)).parts)
    assert len(problem.source_path) >= limit > len(str(Path(problem.source_path).parent))
    assert result.relative(problem.source_path) == "/".join(names[:depth])


def test_file_past_the_path_limit_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    write(folder / "a.md", "Ref: A")
    limit = os.pathconf(folder, "PC_PATH_MAX")
    levels = (limit - len(str(folder)) - 1) // 201  # the deepest folder's path still fits
    gap = limit - len(str(folder)) - levels * 201
    file_name = "y" * gap + ".md"  # its path does not
    names = make_deep(folder, levels, file_name)
    try:
        result = scan(str(folder))
    finally:
        shutil.rmtree(folder / names[0])

    assert [p.ref for p in result.postings] == ["A"]
    assert [(result.relative(p.source_path), p.severity, p.message) for p in result.problems] == [
        ("/".join([*names, file_name]), Severity.ERROR, "unreadable: file name too long")]


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder another user can reach (pytest's own temporary folders are private to this one)."""
    base = Path(tempfile.mkdtemp(prefix="vagas-walk-"))
    base.chmod(0o755)
    yield base
    shutil.rmtree(base)


def test_subfolder_without_permission_is_reported(shared_tmp: Path) -> None:
    folder = shared_tmp / "posts"
    write(folder / "a.md", "Ref: A")
    write(folder / "fechada" / "b.md", "Ref: B")
    write(folder / "aberta" / "c.md", "Ref: C")
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    (folder / "fechada").chmod(0)
    try:
        result = scan_in_child(folder, NOBODY if os.geteuid() == 0 else -1)  # root would read it anyway
    finally:
        (folder / "fechada").chmod(0o755)

    assert sorted(ref for ref, _path in result["postings"]) == ["A", "C"]
    assert result["problems"] == [[str(folder / "fechada"), "error", "folder unreadable: permission denied"]]
    assert str(folder / "fechada") not in result["directories"]

    (folder / "fechada").chmod(0)
    try:
        opened = scan_in_child(folder / "fechada", NOBODY if os.geteuid() == 0 else -1)  # the opened folder
    finally:
        (folder / "fechada").chmod(0o755)
    assert opened["postings"] == [] and opened["directories"] == []
    assert opened["problems"] == [[str(folder / "fechada"), "error", "folder unreadable: permission denied"]]


def test_list_candidates_keeps_its_signature_and_reports_on_request(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "Ref: A")
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere.md")
    candidates, ignored = list_candidates(str(tmp_path))  # as bench/ calls it
    assert [Path(c.path).name for c in candidates] == ["a.md"] and ignored == 1
    problems: list[ParseProblem] = []
    directories: list[str] = []
    candidates, ignored = list_candidates(str(tmp_path), None, directories, problems)
    assert [(p.source_path, p.message) for p in problems] == [(str(tmp_path / "gone.md"), "ignored: broken link")]
    assert directories == [str(tmp_path)]
