"""The scan cache never shows wrong data: damaged bytes, rewritten files, odd files at its paths."""

from __future__ import annotations

import logging
import os
import random
import shutil
import socket
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SAMPLE_POSTS
from vagas_desktop.core import cache_file
from vagas_desktop.core.cache import cache_paths
from vagas_desktop.core.posting import POSTING_FIELDS
from vagas_desktop.core.scan import ScanResult, scan
from vagas_desktop.core.texts import read_profile

OLD_NS = 1_700_000_000_123_456_789  # well before any scan: not "racy"
ROOT = Path(__file__).parent.parent
GUARD_SECONDS = 60  # only so that a scan blocked on a FIFO fails instead of hanging CI


# The profile text is not in the cache (it is read back from the file when shown): view() leaves it
# out, which makes the hundreds of comparisons below twice as fast; view(result, text=True) has it.
CACHED_FIELDS = (*(name for name in POSTING_FIELDS if name != "descricao"), "key", "sections")


def view(result: ScanResult, text: bool = False) -> tuple[Any, ...]:
    """Everything a scan shows, in order: every field, the search pieces, problems and counts."""
    return ([((p.values(), read_profile(p)) if text else [getattr(p, name) for name in CACHED_FIELDS], p.pieces)
             for p in result.postings],
            [(p.source_path, p.severity, p.message) for p in result.problems],
            result.superseded, result.ignored, result.files, result.cancelled)


def age_all(folder: Path) -> None:
    for path in folder.rglob("*"):
        os.utime(path, ns=(OLD_NS, OLD_NS), follow_symlinks=False)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled samples, generated postings and files with problems; records over many chunks."""
    monkeypatch.setattr(cache_file, "RECORDS_PER_CHUNK", 8)
    root = tmp_path / "posts"
    shutil.copytree(SAMPLE_POSTS, root)
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(root / "gerados"), "-n", "50"],
                   check=True, capture_output=True, timeout=GUARD_SECONDS)
    write(root / "extra" / "velha.md", "---\nRef: DUP/1\ntitle: Velha\nDataAbertura: 2025-01-01\n---\n")
    write(root / "extra" / "nova.md", "---\nRef: DUP/1\ntitle: Nova\nDataAbertura: 2025-02-01\n---\n")
    write(root / "extra" / "data.md", "---\nRef: D\nDataFecho: 2025-02-30\n---\nTexto; outro.\n")
    write(root / "extra" / "sem.md", "sem front matter\n")
    write(root / "extra" / "LEIA.txt", "Leia-me\n")
    age_all(root)
    return root


def corruptions(data: bytes, rng: random.Random) -> bytes:
    """data damaged in one of several ways, somewhere in a random region (header, records, table, head)."""
    size = len(data)
    header = cache_file._HEADER.size
    head_len, texts_len, records_len = cache_file._HEADER.unpack(data[:header])[3:6]
    table = header + records_len
    regions = [(0, header), (header, table), (header, table), (table, table + texts_len),
               (size - head_len, size), (0, size)]
    start, end = rng.choice([r for r in regions if r[0] < r[1]])
    at = rng.randrange(start, end)
    kind = rng.randrange(5)
    out = bytearray(data)
    if kind == 0:  # one byte
        out[at] ^= rng.randrange(1, 256)
    elif kind == 1:  # a few bytes close together
        for i in rng.sample(range(at, min(at + 16, size)), k=min(3, size - at)):
            out[i] ^= rng.randrange(1, 256)
    elif kind == 2:  # cut short
        del out[at:]
    elif kind == 3:  # bytes appended
        out += bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
    else:  # a range zeroed
        n = rng.randrange(1, 256)
        out[at : at + n] = bytes(len(out[at : at + n]))
    return bytes(out)


def restore(scan_dir: Path, saved: dict[str, bytes]) -> None:
    for path in scan_dir.iterdir():
        path.unlink()
    for name, data in saved.items():
        (scan_dir / name).write_bytes(data)


def assert_survives_damage(folder: Path, targets: list[Path], rounds: int, seed: int,
                           caplog: pytest.LogCaptureFixture) -> None:
    """Damage targets many ways: each scan with the cache equals one without; the next one is all hits."""
    expected = view(scan(str(folder), use_cache=False))
    assert expected[1] and expected[2] == 1  # problems, and a superseded version, to get right too
    scan_dir = targets[0].parent
    saved = {p.name: p.read_bytes() for p in scan_dir.iterdir()}
    rng = random.Random(seed)
    for round_ in range(rounds):
        restore(scan_dir, saved)
        target = rng.choice(targets)
        damaged = corruptions(saved[target.name], rng)
        target.write_bytes(damaged)
        caplog.clear()

        result = scan(str(folder))

        assert view(result) == expected, f"round {round_}"
        if damaged != saved[target.name]:
            assert result.cache_saved in ("full", "delta") and result.cache_hits < result.files, f"round {round_}"
            assert any(r.levelno == logging.WARNING and r.name.startswith("vagas_desktop.core.cache")
                       for r in caplog.records), f"round {round_}"
        again = scan(str(folder))
        assert view(again) == expected and again.cache_hits == again.files, f"round {round_}"
    assert view(scan(str(folder)), text=True) == view(scan(str(folder), use_cache=False), text=True)


def test_a_damaged_cache_is_never_served(folder: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert scan(str(folder)).cache_saved == "full"
    full, _delta = cache_paths(str(folder))
    assert len(full.read_bytes()) > 20_000  # many chunks, a table of pieces
    assert_survives_damage(folder, [full], rounds=120, seed=11, caplog=caplog)


def test_a_damaged_delta_is_never_served(folder: Path, caplog: pytest.LogCaptureFixture) -> None:
    scan(str(folder))
    changed = sorted(folder.rglob("*.md"))[::20]
    for path in changed:
        os.utime(path, ns=(OLD_NS + 1, OLD_NS + 1))
    assert scan(str(folder)).cache_saved == "delta"
    full, delta = cache_paths(str(folder))
    assert_survives_damage(folder, [delta, delta, full], rounds=90, seed=12, caplog=caplog)


def _chunk_offsets(path: Path) -> list[tuple[int, int]]:
    """(offset, byte length) of each records chunk of a cache file."""
    import marshal

    data = path.read_bytes()
    header = cache_file._HEADER.unpack(data[: cache_file._HEADER.size])
    head_len, texts_len, records_len = header[3:6]
    head = marshal.loads(data[cache_file._HEADER.size + records_len + texts_len :])
    offsets, at = [], cache_file._HEADER.size
    for n in head[4]:
        offsets.append((at, n))
        at += n
    return offsets


def test_a_damaged_chunk_costs_only_its_own_files(folder: Path) -> None:
    expected = view(scan(str(folder), use_cache=False))
    files = scan(str(folder)).files
    full, _delta = cache_paths(str(folder))
    chunks = _chunk_offsets(full)
    assert len(chunks) > 5
    data = bytearray(full.read_bytes())
    at, n = chunks[3]
    data[at + n // 2] ^= 0x01  # one bit, in the middle of the fourth chunk
    full.write_bytes(bytes(data))

    result = scan(str(folder))

    assert view(result) == expected
    assert result.cache_hits == files - cache_file.RECORDS_PER_CHUNK  # the other chunks still served
    assert result.cache_saved == "full"
    assert scan(str(folder)).cache_hits == files


def test_a_damaged_table_of_pieces_discards_the_cache(folder: Path) -> None:
    expected = view(scan(str(folder), use_cache=False))
    scan(str(folder))
    full, _delta = cache_paths(str(folder))
    data = bytearray(full.read_bytes())
    at, n = _chunk_offsets(full)[-1]
    data[at + n + 10] ^= 0x20  # a letter's case in the first pieces after the records
    full.write_bytes(bytes(data))
    result = scan(str(folder))
    assert view(result) == expected and result.cache_hits == 0 and result.cache_saved == "full"


def _rewrite_in_place(path: Path, old: bytes, new: bytes) -> None:
    st = path.stat()
    with open(path, "r+b") as fh:
        data = fh.read().replace(old, new)
        fh.seek(0)
        fh.write(data)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns, path.stat().st_ino) == (st.st_size, st.st_mtime_ns,
                                                                                   st.st_ino)


def _replace_by_rename(path: Path, old: bytes, new: bytes) -> None:
    st = path.stat()
    tmp = path.with_name(".novo.tmp")
    tmp.write_bytes(path.read_bytes().replace(old, new))
    os.utime(tmp, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(tmp, path)
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)
    assert path.stat().st_ino != st.st_ino


@pytest.mark.parametrize("change", [_rewrite_in_place, _replace_by_rename])
def test_an_edit_that_keeps_size_and_mtime_is_seen(folder: Path, change: Callable[[Path, bytes, bytes], None]) -> None:
    target = folder / "extra" / "data.md"
    scan(str(folder))
    assert {p.ref for p in scan(str(folder)).postings} >= {"D"}

    change(target, b"Ref: D\n", b"Ref: E\n")
    result = scan(str(folder))

    refs = {p.ref for p in result.postings}
    assert "E" in refs and "D" not in refs
    assert result.cache_hits == result.files - 1
    assert view(result, text=True) == view(scan(str(folder), use_cache=False), text=True)


SCAN_SCRIPT = textwrap.dedent("""
    import sys
    from vagas_desktop.core.scan import scan
    result = scan(sys.argv[1])
    print(repr(([(p.values(), p.pieces) for p in result.postings],
                [(p.source_path, p.severity, p.message) for p in result.problems],
                result.superseded, result.ignored, result.files)))
    print(result.cache_saved)
""")


def scan_in_subprocess(folder: Path) -> tuple[str, str]:
    """(the scan's result as text, what it saved): in another process, so a blocked scan fails in time."""
    done = subprocess.run([sys.executable, "-c", SCAN_SCRIPT, str(folder)], capture_output=True, text=True,
                          timeout=GUARD_SECONDS, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    shown, saved = done.stdout.splitlines()
    return shown, saved


def uncached(folder: Path) -> str:
    result = scan(str(folder), use_cache=False)
    return repr(([(p.values(), p.pieces) for p in result.postings],
                 [(p.source_path, p.severity, p.message) for p in result.problems],
                 result.superseded, result.ignored, result.files))


def _fifo(path: Path, tmp_path: Path) -> None:
    os.mkfifo(path)


def _link_to_fifo(path: Path, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "elsewhere")
    path.symlink_to(tmp_path / "elsewhere")


def _folder(path: Path, tmp_path: Path) -> None:
    path.mkdir()


def _device(path: Path, tmp_path: Path) -> None:
    path.symlink_to("/dev/zero")


def _socket(path: Path, tmp_path: Path) -> None:
    cwd = os.getcwd()
    os.chdir(path.parent)  # a relative name: the full path may pass the 108 bytes a socket address has
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(path.name)
    finally:
        os.chdir(cwd)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("odd", [_fifo, _link_to_fifo, _folder, _device, _socket])
@pytest.mark.parametrize("which", [0, 1], ids=["full", "delta"])
def test_an_odd_file_at_a_cache_path_never_blocks_the_scan(folder: Path, tmp_path: Path, which: int,
                                                           odd: Callable[[Path, Path], None]) -> None:
    expected = uncached(folder)
    if which == 1:
        scan(str(folder))  # a full cache to go with the delta
    path = cache_paths(str(folder))[which]
    path.parent.mkdir(parents=True, exist_ok=True)
    odd(path, tmp_path)

    shown, saved = scan_in_subprocess(folder)
    assert shown == expected
    again, _saved = scan_in_subprocess(folder)
    assert again == expected
    if which == 0 and odd is not _folder:
        assert saved == "full" and path.is_file()  # replaced by a real cache
