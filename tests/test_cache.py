"""The per-folder scan cache: same results as reading the files, only faster, and never stale."""

from __future__ import annotations

import itertools
import marshal
import os
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from vagas_desktop.core import cache_file
from vagas_desktop.core.cache import cache_paths
from vagas_desktop.core.posting import Severity
from vagas_desktop.core.scan import ScanResult, scan

OLD_NS = 1_700_000_000_123_456_789  # well before any scan: not "racy"


def write(path: Path, *lines: str, body: str = "", mtime_ns: int = OLD_NS) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("--- \n" + "\n".join(lines) + "\n--- \n" + body, encoding="utf-8")
    age(path, mtime_ns)
    return path


def age(path: Path, mtime_ns: int = OLD_NS) -> None:
    os.utime(path, ns=(mtime_ns, mtime_ns))


def view(result: ScanResult) -> tuple[Any, ...]:
    """Everything a scan shows, in order."""
    return ([p.values() for p in result.postings],
            [(p.source_path, p.severity, p.message) for p in result.problems],
            result.superseded, result.ignored, result.files, result.cancelled)


def fresh(folder: Path) -> tuple[Any, ...]:
    """What reading every file gives."""
    return view(scan(str(folder), use_cache=False))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A small folder with every kind of file a scan meets."""
    root = tmp_path / "posts"
    for i in range(6):
        write(root / f"{2020 + i % 2}" / f"p{i}.md", f"Ref: R{i}", f"title: Posting {i}", "Id: 7",
              "DataAbertura: 2025-02-06", "DataFecho: 2025-12-31", "Concelho: Évora", "layout: post",
              body=f"Descrição número {i}, com acentos.\n")
    write(root / "euro.txt", "Ref: EURO", "title: Custa 5 €", body="Vencimento 1000 € ✓\n")
    write(root / "short.md", "Ref: SHORT", "Descricao: texto")
    write(root / "warn.md", "Ref: W", "DataFecho: 2025-02-30", "Ref: W2")
    (root / "bad.md").write_text("sem front matter\n")
    (root / "cp1252.txt").write_bytes("--- \nRef: CP\ntitle: Ação\n--- \n".encode("cp1252"))
    (root / "README.txt").write_text("Leia-me\n")
    (root / "notes.json").write_text("{}")
    for p in root.rglob("*"):
        if p.is_file():
            age(p)
    return root


def test_warm_scan_gives_the_same_result_without_reading_files(folder: Path) -> None:
    cold = scan(str(folder))
    assert cold.cache_saved == "full" and cold.cache_hits == 0
    assert any(p.severity == Severity.WARNING for p in cold.problems)
    warm = scan(str(folder))
    assert warm.cache_hits == warm.files == 12 and warm.cache_saved == ""
    assert view(warm) == view(cold) == fresh(folder)
    assert warm.postings == cold.postings

    # Same size, same mtime_ns, other bytes: the new ctime gives it away, the file is read again.
    target = folder / "2020" / "p0.md"
    st = target.stat()
    target.write_bytes(target.read_bytes().replace(b"Posting 0", b"Changed 0"))
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert target.stat().st_size == st.st_size
    again = scan(str(folder))
    assert {p.ref: p.title for p in again.postings}["R0"] == "Changed 0"
    assert again.cache_hits == 11 and view(again) == fresh(folder)


def test_edit_add_delete_rename(folder: Path) -> None:
    scan(str(folder))
    write(folder / "2020" / "p0.md", "Ref: R0", "title: Editada", mtime_ns=OLD_NS + 5)
    write(folder / "novo" / "n.md", "Ref: NEW", "title: Nova")
    (folder / "2021" / "p1.md").unlink()
    (folder / "2020" / "p2.md").rename(folder / "2020" / "p2-renamed.md")

    result = scan(str(folder))

    by_ref = {p.ref: p for p in result.postings}
    assert by_ref["R0"].title == "Editada" and by_ref["NEW"].title == "Nova" and "R1" not in by_ref
    assert [result.relative(p.source_path) for p in result.postings if p.ref == "R2"] == ["2020/p2-renamed.md"]
    assert result.cache_hits == result.files - 3
    assert view(result) == fresh(folder)
    assert view(scan(str(folder))) == fresh(folder)


def test_small_changes_go_to_a_delta_large_ones_rewrite_the_cache(tmp_path: Path) -> None:
    for i in range(40):
        write(tmp_path / f"{i:02}.md", f"Ref: R{i}", f"title: T{i}")
    full, delta = cache_paths(str(tmp_path))
    assert scan(str(tmp_path)).cache_saved == "full"
    age(tmp_path / "03.md", OLD_NS + 1)
    result = scan(str(tmp_path))
    assert (result.cache_saved, result.cache_hits) == ("delta", 39) and delta.exists()
    result = scan(str(tmp_path))
    assert (result.cache_saved, result.cache_hits) == ("", 40)
    for i in range(12):
        age(tmp_path / f"{i:02}.md", OLD_NS + 2)
    result = scan(str(tmp_path))
    assert result.cache_saved == "full" and not delta.exists() and full.exists()
    assert view(result) == fresh(tmp_path)
    assert scan(str(tmp_path)).cache_hits == 40


def test_a_rewrite_carries_records_from_the_cache_and_its_delta(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_file, "RECORDS_PER_CHUNK", 7)  # records spread over chunks
    for i in range(40):
        write(tmp_path / f"{i:02}.md", f"Ref: R{i}", f"title: T{i}", "Descricao: Igual;  Outra coisa. Fim",
              body=f"corpo {i}\n")
    scan(str(tmp_path))
    write(tmp_path / "39.md", "Ref: R39", "title: Mudou", "Descricao: Nova;  Outra coisa", mtime_ns=OLD_NS + 1)
    assert scan(str(tmp_path)).cache_saved == "delta"
    for i in range(0, 39, 3):  # every third file but the one in the delta: more than COMPACT_FRACTION
        age(tmp_path / f"{i:02}.md", OLD_NS + 2)
    assert scan(str(tmp_path)).cache_saved == "full"
    warm = scan(str(tmp_path))
    assert warm.cache_hits == 40 and warm.cache_saved == ""
    assert view(warm) == fresh(tmp_path)
    assert {p.ref: p.title for p in warm.postings}["R39"] == "Mudou"


def test_only_the_cache_folder_is_written(folder: Path, tmp_path: Path) -> None:
    before = {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}
    scan(str(folder))
    scan(str(folder))
    assert {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")} == before
    full, _delta = cache_paths(str(folder))
    assert full.parent == Path(os.environ["VAGAS_CACHE_DIR"]) / "scan"
    assert [p.name for p in full.parent.iterdir()] == [full.name]


def _garbage(path: Path, _other: Path) -> None:
    path.write_bytes(os.urandom(4096))


def _truncated(path: Path, _other: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _cut_short(path: Path, _other: Path) -> None:
    path.write_bytes(path.read_bytes()[:-3])


def _appended(path: Path, _other: Path) -> None:
    path.write_bytes(path.read_bytes() + b"\0")


def _other_version(path: Path, _other: Path) -> None:
    data = bytearray(path.read_bytes())
    data[8:10] = (cache_file.FORMAT_VERSION + 1).to_bytes(2, "little")
    path.write_bytes(bytes(data))


def _other_folder(path: Path, other: Path) -> None:
    shutil.copyfile(other, path)


def _split(path: Path) -> tuple[tuple[Any, ...], bytes, list[bytes], Any]:
    """A cache file's header fields, texts, records chunks (marshal bytes each) and head."""
    data = path.read_bytes()
    fields = cache_file._HEADER.unpack(data[: cache_file._HEADER.size])
    _magic, _fmt, _mversion, head_len, texts_len, records_len, head_crc, _header_crc = fields
    pos = cache_file._HEADER.size
    texts = data[pos + records_len : pos + records_len + texts_len]
    head_bytes = data[pos + records_len + texts_len :]
    head = marshal.loads(head_bytes)
    assert len(data) == pos + records_len + texts_len + head_len and sum(head[4]) == records_len
    assert zlib.crc32(head_bytes) == head_crc and zlib.crc32(texts) == head[7]
    chunks = []
    for n, crc in zip(head[4], head[5], strict=True):
        chunks.append(data[pos : pos + n])
        assert zlib.crc32(chunks[-1]) == crc
        pos += n
    return fields, texts, chunks, head


def _rewrite(path: Path, head: Any = None, records: Any = None) -> None:
    """Replace the head and/or records chunks of a cache file, keeping it well-formed (checksums too)."""
    (magic, fmt, mversion, *_lengths), texts, chunks, head_value = _split(path)
    if head is not None:
        head_value = head(head_value)
    if records is not None:
        chunks = records(chunks)
    head_bytes = marshal.dumps((*head_value[:4], tuple(len(c) for c in chunks),
                                tuple(zlib.crc32(c) for c in chunks), *head_value[6:]))
    records_bytes = b"".join(chunks)
    header = cache_file._HEADER.pack(magic, fmt, mversion, len(head_bytes), len(texts), len(records_bytes),
                                     zlib.crc32(head_bytes), 0)[:-4]
    path.write_bytes(header + struct.pack("<I", zlib.crc32(header)) + records_bytes + texts + head_bytes)


def _bad_record(path: Path, _other: Path) -> None:
    """Valid marshal data, wrong types inside (checksums right): caught when the record is used."""
    def damage(chunks: list[bytes]) -> list[bytes]:
        def bad(rec: cache_file.Record) -> tuple[Any, ...]:
            return tuple(rec._replace(ref=42) if rec.kind == cache_file.POSTING else rec)
        return [marshal.dumps([bad(cache_file.as_record(r)) for r in marshal.loads(chunk)]) for chunk in chunks]
    _rewrite(path, records=damage)


def _other_parser(path: Path, _other: Path) -> None:
    """Made by another version of the parsing code: its outcomes may differ."""
    _rewrite(path, head=lambda head: (*head[:3], "0" * 16, *head[4:]))


@pytest.mark.parametrize("damage", [_garbage, _truncated, _cut_short, _appended, _other_version,
                                    _other_folder, _bad_record, _other_parser])
def test_damaged_cache_is_ignored_and_rebuilt(folder: Path, tmp_path: Path, damage: Any) -> None:
    other = tmp_path / "other"
    write(other / "x.md", "Ref: X", "title: de outra pasta")
    scan(str(other))
    scan(str(folder))
    full, _delta = cache_paths(str(folder))
    damage(full, cache_paths(str(other))[0])

    result = scan(str(folder))

    assert view(result) == fresh(folder)
    assert result.cache_saved == "full"
    assert result.cache_hits < result.files
    assert scan(str(folder)).cache_hits == result.files


def test_records_in_many_chunks(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_file, "RECORDS_PER_CHUNK", 5)
    cold = scan(str(folder))
    full, _delta = cache_paths(str(folder))
    _fields, _texts, chunks, _head = _split(full)
    assert [len(marshal.loads(chunk)) for chunk in chunks] == [5, 5, 2]
    warm = scan(str(folder))
    assert warm.cache_hits == warm.files == 12 and warm.cache_saved == ""
    assert view(warm) == view(cold) == fresh(folder)
    assert warm.postings == cold.postings


def _chunk_cut_short(chunks: list[bytes]) -> list[bytes]:
    return [chunks[0], chunks[1][:-3], *chunks[2:]]


def _chunk_garbage(chunks: list[bytes]) -> list[bytes]:
    return [chunks[0], b"\xff" * len(chunks[1]), *chunks[2:]]


def _chunk_not_a_list(chunks: list[bytes]) -> list[bytes]:
    return [chunks[0], marshal.dumps(tuple(marshal.loads(chunks[1]))), *chunks[2:]]


def _chunks_out_of_order(chunks: list[bytes]) -> list[bytes]:
    return [chunks[0], chunks[2], chunks[1]]


@pytest.mark.parametrize("damage", [_chunk_cut_short, _chunk_garbage, _chunk_not_a_list, _chunks_out_of_order])
def test_damaged_chunk_is_ignored_and_rebuilt(folder: Path, monkeypatch: pytest.MonkeyPatch,
                                              damage: Any) -> None:
    monkeypatch.setattr(cache_file, "RECORDS_PER_CHUNK", 5)
    scan(str(folder))
    full, _delta = cache_paths(str(folder))
    _rewrite(full, records=damage)  # the chunk lengths and checksums in the head still match the file

    result = scan(str(folder))

    assert view(result) == fresh(folder)
    # The records before the damage were used (each matches its file); the rest of the files were
    # read, and the whole cache is written again.
    assert result.cache_saved == "full" and 5 <= result.cache_hits < result.files
    assert scan(str(folder)).cache_hits == result.files


def test_damaged_delta_is_ignored(folder: Path) -> None:
    scan(str(folder))
    age(folder / "2020" / "p0.md", OLD_NS + 1)
    assert scan(str(folder)).cache_saved == "delta"
    _full, delta = cache_paths(str(folder))
    delta.write_bytes(delta.read_bytes()[:-5])
    result = scan(str(folder))
    assert view(result) == fresh(folder) and result.cache_hits == result.files - 1


def test_leftovers_of_killed_writers_and_old_formats_are_removed(folder: Path) -> None:
    full, _delta = cache_paths(str(folder))
    full.parent.mkdir(parents=True)
    old_tmp = full.with_name(f".{full.name}.123.abcd.tmp")
    new_tmp = full.with_name(f".{full.name}.456.abcd.tmp")  # maybe another scan, writing right now
    old_format = full.with_name(full.name.replace(f".v{cache_file.FORMAT_VERSION}.", ".v0."))
    for path in (old_tmp, new_tmp, old_format):
        path.write_bytes(b"x")
    os.utime(old_tmp, (1, 1))
    assert scan(str(folder)).cache_saved == "full"
    assert sorted(p.name for p in full.parent.iterdir()) == sorted([full.name, new_tmp.name])


def test_unwritable_cache_folder_does_not_break_the_scan(folder: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("VAGAS_CACHE_DIR", str(blocker))
    result = scan(str(folder))
    assert result.cache_saved == "" and view(result) == fresh(folder)


def test_recently_changed_files_are_not_cached(tmp_path: Path) -> None:
    write(tmp_path / "old.md", "Ref: OLD")
    (tmp_path / "new.md").write_text("--- \nRef: NEW\n--- \n")  # mtime now: could change again unseen
    assert scan(str(tmp_path)).cache_saved == "full"
    result = scan(str(tmp_path))
    assert result.cache_hits == 1 and sorted(p.ref for p in result.postings) == ["NEW", "OLD"]


def test_unusual_file_names(tmp_path: Path) -> None:
    write(tmp_path / "ação 1.md", "Ref: A")
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9.md")  # not UTF-8: a surrogate in the str path
    with open(raw, "wb") as fh:
        fh.write(b"--- \nRef: B\n--- \n")
    age(Path(os.fsdecode(raw)))
    cold = scan(str(tmp_path))
    warm = scan(str(tmp_path))
    assert warm.cache_hits == 2 and view(warm) == view(cold) == fresh(tmp_path)
    assert sorted(warm.relative(p.source_path) for p in warm.postings) == ["ação 1.md", "caf\udce9.md"]


def test_duplicates_resolved_with_a_warm_cache(tmp_path: Path) -> None:
    write(tmp_path / "2024" / "x.md", "Ref: OE1/0001", "title: velha", "DataAbertura: 2025-01-01")
    write(tmp_path / "2025" / "x.md", "Ref: OE1/0001", "title: nova", "DataAbertura: 2025-02-01")
    cold = scan(str(tmp_path))
    warm = scan(str(tmp_path))
    assert warm.cache_hits == 2 and view(warm) == view(cold)
    assert [p.title for p in warm.postings] == ["nova"] and warm.superseded == 1
    assert [(warm.relative(p.source_path), p.severity) for p in warm.problems] == [("2024/x.md", Severity.INFO)]
    assert warm.problems[0].message.startswith("superseded: Ref OE1/0001 also in 2025/x.md")


def test_cancelled_scans(tmp_path: Path) -> None:
    for i in range(30):
        write(tmp_path / f"{i:02}.md", f"Ref: R{i}", f"title: T{i}")
    full, _delta = cache_paths(str(tmp_path))
    calls = itertools.count()
    partial = scan(str(tmp_path), cancelled=lambda: next(calls) >= 10)
    done = len(partial.postings)
    assert partial.cancelled and 0 < done < 30
    assert partial.cache_saved == "full"  # no cache yet: keep the work done; each record is checked

    result = scan(str(tmp_path))
    assert result.cache_hits == done and result.cache_saved == "full" and view(result) == fresh(tmp_path)

    before = full.read_bytes()
    calls = itertools.count()
    age(tmp_path / "00.md", OLD_NS + 1)
    # Cancelled once the folder is listed and the cache has answered for 29 files, before the changed
    # one is read again.
    again = scan(str(tmp_path), cancelled=lambda: next(calls) >= 2)
    assert again.cancelled and again.cache_hits == 29
    assert again.cache_saved == "" and full.read_bytes() == before
    assert view(scan(str(tmp_path))) == fresh(tmp_path)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vagas_desktop", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.usefixtures("english_cli")  # reads the summary's English words
def test_cli_no_cache_writes_nothing_and_default_uses_the_cache(folder: Path) -> None:
    cache_dir = Path(os.environ["VAGAS_CACHE_DIR"])
    first = run_cli("scan", str(folder), "--no-cache")
    assert first.returncode == 0, first.stderr
    assert not cache_dir.exists() or not any(cache_dir.rglob("*"))
    assert "cached:" not in first.stderr
    run_cli("scan", str(folder))
    warm = run_cli("scan", str(folder))
    assert warm.returncode == 0 and "cached: 12" in warm.stderr
    assert warm.stdout == first.stdout
