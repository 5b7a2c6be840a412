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
