"""What changed since the last visit: new postings and postings that closed in between."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from vagas_desktop.core.folder_history import compare_with_last_visit, history_path, record_visit
from vagas_desktop.core.posting import Posting


def posting(ref: str, fecho: date | None) -> Posting:
    return Posting(ref=ref, data_fecho=fecho)


def test_first_visit_then_new_and_closed(tmp_path: Path) -> None:
    cache, folder = tmp_path / "cache", str(tmp_path / "posts")
    monday = [posting("A", date(2025, 3, 20)), posting("B", date(2025, 3, 16)), posting("C", date(2025, 3, 1))]
    assert compare_with_last_visit(cache, folder, monday, date(2025, 3, 15)).first_visit
    record_visit(cache, folder, monday, date(2025, 3, 15))
    later = [*monday, posting("D", date(2025, 4, 1)), posting("E", None)]
    changes = compare_with_last_visit(cache, folder, later, date(2025, 3, 18))
    assert not changes.first_visit
    assert changes.new_keys == {"ref:D", "ref:E"}
    assert changes.closed_keys == {"ref:B"}  # C was already closed last time
    assert changes.last_opened == date(2025, 3, 15)


def test_damaged_history_counts_as_first_visit(tmp_path: Path) -> None:
    cache, folder = tmp_path / "cache", str(tmp_path / "posts")
    record_visit(cache, folder, [posting("A", None)], date(2025, 3, 15))
    path = history_path(cache, folder)
    for junk in (b"{", b"[]", b'{"format": 1, "keys": [1], "open": []}', b"\xff\xfe"):
        path.write_bytes(junk)
        assert compare_with_last_visit(cache, folder, [posting("A", None)], date(2025, 3, 16)).first_visit


def test_a_folder_that_could_not_be_listed_does_not_make_its_postings_new_later(tmp_path: Path) -> None:
    import os
    import shutil

    from vagas_desktop.core.folder_load import prepare_folder
    from vagas_desktop.core.scan import scan

    from .test_scan_walk import make_deep, write

    cache, folder = tmp_path / "cache", tmp_path / "posts"
    write(folder / "a.md", "Ref: A")
    write(folder / "sub" / "b.md", "Ref: B")
    day = date(2025, 3, 15)
    first = prepare_folder(scan(str(folder)), {}, cache, day, True)
    assert first.changes is not None and first.changes.first_visit
    # For one visit "sub" holds a folder that cannot be listed (its path is past PATH_MAX), B unseen.
    shutil.move(folder / "sub", tmp_path / "held")
    (folder / "sub").mkdir()
    names = make_deep(folder / "sub", os.pathconf(folder, "PC_PATH_MAX") // 201 + 1, "x.md")
    away = scan(str(folder))
    assert not away.complete and [p.ref for p in away.postings] == ["A"]
    prepare_folder(away, {}, cache, day, True)
    shutil.rmtree(folder / "sub" / names[0])
    (folder / "sub").rmdir()
    shutil.move(tmp_path / "held", folder / "sub")
    back = prepare_folder(scan(str(folder)), {}, cache, day, True)
    assert back.changes is not None and back.changes.new_keys == set()  # B was there all along
