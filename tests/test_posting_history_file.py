"""The posting history's stored fingerprints: compact columns that compare as plain fingerprints would."""

from __future__ import annotations

import logging
import marshal
import zlib
from array import array
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vagas_desktop.core import posting_history as ph
from vagas_desktop.core.fingerprints import NUMBERS, TEXTS, Fingerprint, FingerprintTable, fingerprint
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.posting_history import Change, ChangeKind, changes_path, diff, update_history

MONDAY, FRIDAY = date(2025, 3, 10), date(2025, 3, 14)
FOLDER = "/vagas"


def posting(ref: str, mtime: float = 1.0, **fields: object) -> Posting:
    values: dict[str, object] = {"source_path": f"{FOLDER}/{ref}.md", "title": f"Técnico {ref}",
                                 "empregador": "Câmara Municipal de Évora", "concelho": "Évora",
                                 "distrito": "Évora", "descricao": "Apoio jurídico.",
                                 "data_abertura": date(2025, 3, 1), "data_fecho": date(2025, 3, 31)}
    values.update(fields)
    return Posting(ref=ref, mtime=mtime, **values)


def write_format_1(path: Path, postings: list[Posting], changes: dict[str, tuple[Change, ...]]) -> None:
    """A history file as format 1 wrote it: keys, a tuple per column, texts as distinct values and indexes."""
    prints = [fingerprint(p) for p in postings]
    packed: list[object] = []
    for name, column in zip(Fingerprint._fields, zip(*prints, strict=True), strict=True):
        if name in TEXTS:
            distinct = {value: i for i, value in enumerate(dict.fromkeys(column))}
            packed.append((tuple(distinct), array("I", map(distinct.__getitem__, column)).tobytes()))
        else:
            packed.append(column)
    stored = {key: tuple((c.kind.value, c.old, c.new, c.seen.toordinal()) for c in items)
              for key, items in changes.items()}
    payload = zlib.compress(marshal.dumps((tuple(p.key for p in postings), packed, stored)), 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(ph._HEADER.pack(ph.MAGIC, 1, zlib.crc32(payload), len(payload)) + payload)


def test_a_format_1_file_is_read_kept_and_rewritten(tmp_path: Path) -> None:
    before = [posting("A"), posting("B"), posting("C")]
    earlier = (Change(ChangeKind.TITLE, "Jurista", "Técnico A", date(2025, 2, 1)),)
    path = changes_path(tmp_path, FOLDER)
    write_format_1(path, before, {"ref:A": earlier})
    now = [posting("A"), posting("B", mtime=2.0, data_fecho=date(2025, 4, 15)), posting("C")]
    found = update_history(tmp_path, FOLDER, now, MONDAY)
    moved = (Change(ChangeKind.EXTENDED, "2025-03-31", "2025-04-15", MONDAY),)
    assert dict(found.history) == {"ref:A": earlier, "ref:B": moved}
    assert ph._HEADER.unpack_from(path.read_bytes())[1] == ph.FORMAT  # rewritten in today's format
    again = update_history(tmp_path, FOLDER, now, FRIDAY)
    assert dict(again.history) == {"ref:A": earlier, "ref:B": moved} and not again.changed_now


def test_a_format_1_file_is_rewritten_even_when_nothing_changed(tmp_path: Path) -> None:
    postings = [posting("A"), posting("B")]
    path = changes_path(tmp_path, FOLDER)
    write_format_1(path, postings, {})
    assert not update_history(tmp_path, FOLDER, postings, MONDAY).history
    assert ph._HEADER.unpack_from(path.read_bytes())[1] == ph.FORMAT
    touched = [postings[0].replace(mtime=2.0, title="Outro"), postings[1]]
    assert update_history(tmp_path, FOLDER, touched, FRIDAY).changed_now == {"ref:A"}  # compared with format 1's


def test_postings_sharing_a_key_leave_a_file_that_reads_back(tmp_path: Path,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    twins = [posting("A"), posting("A", source_path=f"{FOLDER}/copy.md", mtime=3.0), posting("B")]
    touched = [twins[0], twins[1].replace(mtime=4.0), twins[2]]  # one of the two kept, the other not
    with caplog.at_level(logging.WARNING, logger="vagas_desktop.core.posting_history"):
        for day, postings in ((MONDAY, twins), (MONDAY, touched), (FRIDAY, touched)):
            found = update_history(tmp_path, FOLDER, postings, day)
    assert not caplog.text and dict(found.history) == {}


@pytest.mark.parametrize("packed", [
    ("ref:A", b"", (), ()),  # keys longer than their ends say
    ("ref:A", array("I", [5]).tobytes(), (b"", b"", b"", b""), ()),  # columns too short
    ("ref:A", array("I", [5]).tobytes(), (b"\0" * 4, b"\0" * 4, b"\0" * 4, b"\0" * 8),
     tuple(((), array("I", [0]).tobytes()) for _ in TEXTS)),  # a text index past its values
    ("ref:A", b"\1\2\3", (), ()),  # ends not whole items
    [1, 2],
])
def test_a_sealed_file_of_the_wrong_shape_starts_afresh(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                       packed: object) -> None:
    data = marshal.dumps((packed, {}))
    payload = ph._SIZE.pack(len(data)) + zlib.compress(data)
    path = changes_path(tmp_path, FOLDER)
    path.parent.mkdir(parents=True)
    path.write_bytes(ph._HEADER.pack(ph.MAGIC, ph.FORMAT, zlib.crc32(payload), len(payload)) + payload)
    with caplog.at_level(logging.WARNING, logger="vagas_desktop.core.posting_history"):
        found = update_history(tmp_path, FOLDER, [posting("A", mtime=2.0, title="Outro")], MONDAY)
    assert dict(found.history) == {} and "started afresh" in caplog.text


def test_a_table_reads_back_row_for_row() -> None:
    postings = [posting(f"OE/{i}", mtime=i + 0.5, title=f"Título {i % 3} ção", concelho="", data_fecho=None)
                for i in range(50)]
    table = FingerprintTable.of_postings(postings)
    back = FingerprintTable.unpack(marshal.loads(marshal.dumps(table.pack())))
    assert list(back.keys()) == [p.key for p in postings] == [back.key(i) for i in range(len(back))]
    assert [back.row(i) for i in range(len(back))] == [fingerprint(p) for p in postings]
    rows = array("i", [7, 3])
    gathered = back.gather(rows, [postings[7].key, postings[3].key], then=FingerprintTable.of_postings(postings[:1]))
    assert list(gathered.keys()) == [postings[7].key, postings[3].key, postings[0].key]
    assert [gathered.row(i) for i in range(3)] == [fingerprint(postings[i]) for i in (7, 3, 0)]
    assert set(NUMBERS) | set(TEXTS) == set(Fingerprint._fields)


_EDITS = st.lists(st.tuples(st.sampled_from(["same", "touch", "fecho", "title", "place", "profile", "gone"]),
                            st.integers(0, 3)), min_size=1, max_size=25)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(edits=_EDITS, added=st.integers(0, 3))
def test_changes_match_plain_fingerprint_diffs(tmp_path_factory: pytest.TempPathFactory,
                                               edits: list[tuple[str, int]], added: int) -> None:
    """Across two loads, each posting's changes are diff() of its two fingerprints, whatever was kept."""
    cache = tmp_path_factory.mktemp("cache")
    first = [posting(f"R{i}", data_fecho=date(2025, 3, 20) + timedelta(days=n)) for i, (_, n) in enumerate(edits)]
    update_history(cache, FOLDER, first, MONDAY)
    second = []
    for p, (edit, n) in zip(first, edits, strict=True):
        changed = {"fecho": {"data_fecho": date(2025, 5, 1) + timedelta(days=n)}, "title": {"title": f"Novo {n}"},
                   "place": {"concelho": f"Concelho {n}"}, "profile": {"descricao": f"Outro perfil {n}."},
                   "touch": {}}.get(edit)
        if edit == "same":
            second.append(p)
        elif changed is not None:
            second.append(p.replace(mtime=p.mtime + 1, **changed))
    second += [posting(f"N{i}", empregador="") for i in range(added)]  # no employer: never a republication
    found = update_history(cache, FOLDER, second, FRIDAY)
    olds = {p.key: fingerprint(p) for p in first}
    expected = {p.key: tuple(d) for p in second if p.key in olds
                if (d := diff(olds[p.key], fingerprint(p), FRIDAY))}
    assert dict(found.history) == expected and found.changed_now == expected.keys()
