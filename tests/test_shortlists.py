"""Tests for the user-data store: bookmarks, status, notes, shortlists, crash safety and merging."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import textwrap
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vagas_desktop.core.posting import Posting
from vagas_desktop.core.shortlists import (
    STATUS_LABELS,
    LoadReport,
    Status,
    StoreError,
    UserStore,
    posting_key,
)
from vagas_desktop.core.userdata_schema import (
    SCHEMA_VERSION,
    Entry,
    Membership,
    Snapshot,
    StatusChange,
    merge_entry,
    parse_userdata,
)

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


class Clock:
    """A controllable clock: each call returns the current time; advance() moves it."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def make(i: int, **fields: object) -> Posting:
    """A posting with a Ref (so keyed by Ref)."""
    values: dict[str, object] = {
        "ref": f"OE202403/{i:04d}",
        "id": 1000 + i,
        "title": f"Técnico Superior {i}",
        "empregador": "Câmara Municipal de Évora",
        "concelho": "Évora",
        "distrito": "Évora",
        "data_abertura": date(2024, 3, 1),
        "data_fecho": date(2024, 3, 15),
        "source_path": f"/postings/{i}.md",
    }
    values.update(fields)
    return Posting(**values)  # type: ignore[arg-type]


def run_child(code: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run Python code in a fresh interpreter (argv[1:] = args)."""
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True, timeout=timeout
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def good_store(folder: Path) -> UserStore:
    """A store saved twice, so both userdata.json and a valid userdata.json.bak exist."""
    store = UserStore.open(folder)
    store.set_bookmarked([make(1)], True)
    store.set_note(make(2), "nota antiga")
    assert (folder / "userdata.json.bak").exists()
    return store


# --- keys, snapshots, status, notes -----------------------------------------------------------


def test_posting_key_prefers_ref_then_id_then_hash() -> None:
    assert posting_key(Posting(ref="  OE202403/0001 ", id=7)) == "ref:OE202403/0001"
    assert posting_key(Posting(ref="oe202403/0001")) == "ref:oe202403/0001"  # case preserved
    assert posting_key(Posting(id=7, title="x")) == "id:7"
    hashed = posting_key(Posting(title="T", empregador="E", data_abertura=date(2024, 1, 2), descricao="D"))
    assert re.fullmatch(r"hash:[0-9a-f]{16}", hashed)
    same = Posting(title="T", empregador="E", data_abertura=date(2024, 1, 2), descricao="D", source_path="/b.md")
    assert posting_key(same) == hashed
    assert posting_key(Posting(title="T2", empregador="E", descricao="D")) != hashed


def test_same_ref_in_moved_folder_is_the_same_entry(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path / "data")
    store.set_bookmarked([make(1, source_path="/old/folder/a.md")], True)
    moved = make(1, source_path="/new/place/renamed.md", title="Título corrigido")
    reopened = UserStore.open(tmp_path / "data")
    assert reopened.is_bookmarked(posting_key(moved))
    reopened.set_note(moved, "visto")
    assert len(reopened.entries()) == 1
    snapshot = reopened.entry(posting_key(moved)).snapshot  # type: ignore[union-attr]
    assert snapshot is not None and snapshot.title == "Título corrigido"  # refreshed when touched


def test_bookmarked_posting_missing_from_folder_is_listed_by_snapshot(tmp_path: Path) -> None:
    gone = make(9, title="Assistente Operacional", concelho="Mértola", data_fecho=date(2024, 4, 2))
    UserStore.open(tmp_path).set_bookmarked([gone, make(1)], True)
    store = UserStore.open(tmp_path)
    current_folder = [make(1), make(2)]
    missing = store.bookmarked_keys() - {posting_key(p) for p in current_folder}
    assert missing == {posting_key(gone)}
    snapshot = store.entries()[posting_key(gone)].snapshot
    assert snapshot is not None
    shown = snapshot.to_posting()
    assert (shown.title, shown.ref, shown.concelho, shown.data_fecho) == (
        "Assistente Operacional",
        gone.ref,
        "Mértola",
        date(2024, 4, 2),
    )


def test_status_bookmarks_and_records_dated_history(tmp_path: Path) -> None:
    clock = Clock()
    store = UserStore.open(tmp_path, clock=clock)
    p = make(1)
    key = posting_key(p)
    store.set_status([p], Status.INTERESSADO)
    assert store.is_bookmarked(key) and store.status(key) is Status.INTERESSADO
    t2 = clock.advance(days=3)
    store.set_status([p], Status.CANDIDATURA_ENVIADA)
    store.set_status([p], Status.CANDIDATURA_ENVIADA)  # same status: no new history line
    t3 = clock.advance(days=20)
    store.set_status([p], None)  # clears the status, keeps (and extends) the history
    reopened = UserStore.open(tmp_path)
    assert reopened.status(key) is None and reopened.is_bookmarked(key)
    assert [(c.status, c.at) for c in reopened.history(key)] == [
        (Status.INTERESSADO, T0),
        (Status.CANDIDATURA_ENVIADA, t2),
        (None, t3),
    ]
    assert all(c.at.utcoffset() == timedelta(0) for c in reopened.history(key))


def test_status_values_and_labels_are_stable() -> None:
    assert [s.value for s in Status] == [
        "interessado",
        "candidatura_enviada",
        "entrevista",
        "oferta",
        "excluido",
        "desisti",
    ]
    assert STATUS_LABELS[Status.ENTREVISTA] == "Entrevista / Prova"
    assert Status.EXCLUIDO.label == "Excluído"


def test_note_multiline_unicode_round_trip(tmp_path: Path) -> None:
    text = "Ligar à Dra. Conceição\n\n  • levar CV — 2 cópias\r\nprazo: 15/03 😀\ttab"
    UserStore.open(tmp_path).set_note(make(1), text)
    assert UserStore.open(tmp_path).note(posting_key(make(1))) == text
    raw = (tmp_path / "userdata.json").read_bytes()
    assert "Conceição".encode() in raw  # readable UTF-8, not \\u escapes


def test_note_with_lone_surrogate_is_saved_with_replacement(tmp_path: Path) -> None:
    UserStore.open(tmp_path).set_note(make(1), "a\ud800b")
    assert UserStore.open(tmp_path).note(posting_key(make(1))) == "a\ufffdb"


def test_toggle_bookmarks_all_if_any_is_not_bookmarked(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path)
    a, b = make(1), make(2)
    store.set_bookmarked([a], True)
    assert store.toggle_bookmark([a, b]) is True
    assert store.bookmarked_keys() == {posting_key(a), posting_key(b)}
    assert store.toggle_bookmark([a, b]) is False
    assert store.bookmarked_keys() == frozenset()
    assert store.entries() == {}  # unbookmarked entries are tombstones, not listed


def test_revision_increases_on_every_change(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path)
    seen = [store.revision]
    store.set_bookmarked([make(1)], True)
    seen.append(store.revision)
    store.set_bookmarked([make(1)], True)  # no change, no save, no new revision
    seen.append(store.revision)
    store.set_note(make(1), "x")
    seen.append(store.revision)
    assert seen[0] < seen[1] == seen[2] < seen[3]


# --- shortlists -------------------------------------------------------------------------------


def test_list_create_rename_delete_and_membership(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path)
    fav = store.create_list("  Favoritas ")
    assert fav.name == "Favoritas" and re.fullmatch(r"[0-9a-f]{32}", fav.id)
    lisboa = store.create_list("Lisboa")
    store.add_to_list(fav.id, [make(1), make(2)])
    store.add_to_list(lisboa.id, [make(2)])
    assert store.members(fav.id) == [posting_key(make(1)), posting_key(make(2))]
    assert store.lists_of(posting_key(make(2))) == {fav.id, lisboa.id}
    store.remove_from_list(fav.id, [posting_key(make(2))])
    assert store.lists_of(posting_key(make(2))) == {lisboa.id}
    store.rename_list(fav.id, "Évora e arredores")
    assert [s.name for s in store.shortlists()] == ["Évora e arredores", "Lisboa"]
    assert store.shortlist_by_name("EVORA E ARREDORES") == store.shortlist(fav.id)  # list:NAME
    assert store.members_by_name("évora e arredores") == {posting_key(make(1))}
    store.delete_list(lisboa.id)
    assert [s.name for s in store.shortlists()] == ["Évora e arredores"]
    assert store.lists_of(posting_key(make(2))) == frozenset() and store.members(lisboa.id) == []
    assert store.shortlist_by_name("lisboa") is None
    reopened = UserStore.open(tmp_path)
    assert reopened.members(fav.id) == [posting_key(make(1))]
    assert reopened.create_list("LISBOA").name == "LISBOA"  # a deleted list's name is free again


def test_list_name_errors(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path)
    fav = store.create_list("Favoritas")
    other = store.create_list("Outras")
    for bad, code in (("   ", "empty-name"), ("FAVORITAS", "duplicate-name"), ("Fávoritas ", "duplicate-name")):
        with pytest.raises(StoreError) as info:
            store.create_list(bad)
        assert info.value.code == code and isinstance(info.value, ValueError)
    with pytest.raises(StoreError, match="duplicate-name"):
        store.rename_list(other.id, "favoritas")
    store.rename_list(fav.id, "FAVORITAS")  # its own name in another case is fine
    with pytest.raises(StoreError, match="no-such-list"):
        store.add_to_list("nope", [make(1)])
    store.delete_list(other.id)
    with pytest.raises(StoreError, match="no-such-list"):
        store.rename_list(other.id, "Ressuscitada")


def test_name_clash_from_another_window_or_a_backup(tmp_path: Path) -> None:
    a, b = UserStore.open(tmp_path), UserStore.open(tmp_path)
    first = a.create_list("Favoritas")
    with pytest.raises(StoreError, match="duplicate-name"):
        b.create_list("FAVORITAS")  # b re-reads the file before writing, so it sees a's list
    c = UserStore.open(tmp_path / "other")
    c.create_list("favoritas")
    c.export_backup(tmp_path / "c.json")
    b.import_backup(tmp_path / "c.json")  # two lists with one name: the younger is renamed
    assert sorted(s.name for s in b.shortlists()) == ["Favoritas", "favoritas (2)"]
    assert b.shortlist_by_name("FAVORITAS") == b.shortlist(first.id)
    assert sorted(s.name for s in UserStore.open(tmp_path).shortlists()) == ["Favoritas", "favoritas (2)"]


# --- persistence and crash safety ---------------------------------------------------------------

CHILD_PRELUDE = """
import sys
from datetime import date
from pathlib import Path
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.shortlists import Status, UserStore
def make(i):
    return Posting(ref=f"OE202403/{i:04d}", title=f"Técnico Superior {i}", data_abertura=date(2024, 3, 1))
"""


def test_restart_persistence_in_a_fresh_process(tmp_path: Path) -> None:
    code = (
        CHILD_PRELUDE
        + """
store = UserStore.open(Path(sys.argv[1]))
store.set_bookmarked([make(1), make(2)], True)
store.set_status([make(3)], Status.ENTREVISTA)
store.set_note(make(1), "Nota\\ncom ç")
lst = store.create_list("Para o João")
store.add_to_list(lst.id, [make(2), make(3)])
"""
    )
    run_child(code, str(tmp_path))
    store = UserStore.open(tmp_path)
    assert store.load_report == LoadReport()
    keys = [posting_key(Posting(ref=f"OE202403/{i:04d}")) for i in (1, 2, 3)]
    assert store.bookmarked_keys() == set(keys)
    assert store.status(keys[2]) is Status.ENTREVISTA and store.note(keys[0]) == "Nota\ncom ç"
    found = store.shortlist_by_name("para o joao")
    assert found is not None and store.members(found.id) == keys[1:]


def test_files_created_on_first_write_postings_folder_untouched(tmp_path: Path, sample_copy: Path) -> None:
    data_dir = tmp_path / "deep" / "data"
    before = sorted((p.name, p.stat().st_mtime_ns) for p in sample_copy.rglob("*"))
    store = UserStore.open(data_dir)
    assert not data_dir.exists() and store.load_report.ok
    store.set_bookmarked([make(1, source_path=str(sample_copy / "x.md"))], True)
    assert (data_dir / "userdata.json").is_file()
    assert sorted((p.name, p.stat().st_mtime_ns) for p in sample_copy.rglob("*")) == before
    assert json.loads((data_dir / "userdata.json").read_text("utf-8"))["schema_version"] == SCHEMA_VERSION


def test_open_without_folder_uses_the_user_data_dir() -> None:
    store = UserStore.open()
    store.set_bookmarked([make(1)], True)
    assert store.path == Path(os.environ["VAGAS_DATA_DIR"]) / "userdata.json"
    assert store.path.is_file()


def test_backup_holds_the_previous_file(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path)
    store.set_bookmarked([make(1)], True)
    first = (tmp_path / "userdata.json").read_bytes()
    store.set_bookmarked([make(2)], True)
    assert (tmp_path / "userdata.json.bak").read_bytes() == first
    assert not list(tmp_path.glob(".*.tmp"))


def test_stale_temp_files_are_removed_on_next_save(tmp_path: Path) -> None:
    UserStore.open(tmp_path).set_bookmarked([make(1)], True)
    stale = tmp_path / ".userdata.json.999.deadbeef.tmp"
    stale.write_bytes(b'{"half": ')
    UserStore.open(tmp_path).set_bookmarked([make(2)], True)
    assert not stale.exists()


KILL_LOOP = (
    CHILD_PRELUDE
    + """
store = UserStore.open(Path(sys.argv[1]))
postings = [make(i) for i in range(200)]
n = 0
while True:
    store.toggle_bookmark(postings)
    store.set_note(postings[n % 200], "nota " * (n % 50))
    n += 1
    if n == 1:
        print("ready", flush=True)
"""
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_kill_9_during_save_loop_leaves_a_complete_file(tmp_path: Path) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    keys = {posting_key(Posting(ref=f"OE202403/{i:04d}")) for i in range(200)}
    for round_ in range(10):
        child = subprocess.Popen([sys.executable, "-c", KILL_LOOP, str(tmp_path)], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.05, 0.5))
        child.kill()  # SIGKILL
        child.wait()
        store = UserStore.open(tmp_path)
        where = f"round {round_}, seed {seed}"
        assert store.load_report.ok and not store.read_only, where
        assert not list(tmp_path.glob("userdata.corrupt-*")), where
        assert all(store.entry(k) is not None for k in keys), where
        # one save toggles all 200 together: a complete file has them all in the same state
        assert len({store.is_bookmarked(k) for k in keys}) == 1, where
        parse_userdata((tmp_path / "userdata.json.bak").read_bytes())


# --- damaged and future files -------------------------------------------------------------------

BAD_FILES = {
    "garbage": bytes(range(256)) * 4,
    "truncated": b'{"schema_version":1,\n"entries":{\n"ref:OE1":{"bookmarked":true,"bookm',
    "wrong-schema": json.dumps({"schema_version": 1, "bookmarks": ["ref:OE1"]}).encode(),
    "no-version": json.dumps({"entries": {}, "lists": {}}).encode(),
    "not-an-object": b"[1, 2, 3]",
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_damaged_file_is_moved_aside_and_backup_restores(tmp_path: Path, kind: str) -> None:
    good_store(tmp_path)
    backup_bytes = (tmp_path / "userdata.json.bak").read_bytes()
    (tmp_path / "userdata.json").write_bytes(BAD_FILES[kind])
    store = UserStore.open(tmp_path, clock=Clock(datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)))
    report = store.load_report
    assert not report.ok and not report.read_only
    assert report.moved_to is not None and report.moved_to.read_bytes() == BAD_FILES[kind]
    assert re.fullmatch(r"userdata\.corrupt-\d{8}-\d{6}\.json", report.moved_to.name)
    assert report.message.startswith("O ficheiro de dados estava danificado; foi guardado à parte como ")
    assert report.moved_to.name in report.message
    assert report.backup_available == tmp_path / "userdata.json.bak"
    assert store.entries() == {}
    assert not (tmp_path / "userdata.json").exists()  # nothing saved until the user changes something
    store.restore_backup()
    assert store.is_bookmarked(posting_key(make(1))) and store.note(posting_key(make(2))) == ""
    assert store.load_report.ok
    reopened = UserStore.open(tmp_path)
    assert reopened.load_report.ok and reopened.is_bookmarked(posting_key(make(1)))
    assert parse_userdata(backup_bytes).entries.keys() == reopened.entries().keys()


def test_change_after_damage_keeps_the_offered_backup(tmp_path: Path) -> None:
    good_store(tmp_path)
    backup_bytes = (tmp_path / "userdata.json.bak").read_bytes()
    (tmp_path / "userdata.json").write_bytes(b"\x00garbage")
    store = UserStore.open(tmp_path)
    store.set_bookmarked([make(5)], True)
    store.set_bookmarked([make(6)], True)
    assert (tmp_path / "userdata.json.bak").read_bytes() == backup_bytes  # not rotated away
    store.restore_backup()
    assert store.bookmarked_keys() == {posting_key(make(i)) for i in (1, 5, 6)}


def test_damaged_file_names_are_never_overwritten(tmp_path: Path) -> None:
    clock = Clock()
    moved = []
    for content in (b"first", b"second", b"third"):
        (tmp_path / "userdata.json").write_bytes(content)
        report = UserStore.open(tmp_path, clock=clock).load_report
        assert report.moved_to is not None and report.backup_available is None
        moved.append(report.moved_to)
    assert len(set(moved)) == 3 and [p.read_bytes() for p in moved] == [b"first", b"second", b"third"]
    assert moved[1].name == moved[0].name.replace(".json", "-2.json")


def test_lost_data_file_offers_the_backup(tmp_path: Path) -> None:
    good_store(tmp_path)
    (tmp_path / "userdata.json").unlink()
    store = UserStore.open(tmp_path)
    assert store.load_report.backup_available == tmp_path / "userdata.json.bak"
    store.restore_backup()
    assert store.is_bookmarked(posting_key(make(1)))


def test_future_version_is_read_only_and_never_rewritten(tmp_path: Path) -> None:
    future = json.dumps({"schema_version": SCHEMA_VERSION + 1, "entries": {"ref:OE1": {"stars": 5}},
                         "novidade": True}).encode()
    (tmp_path / "userdata.json").write_bytes(future)
    store = UserStore.open(tmp_path)
    report = store.load_report
    assert report.read_only and not report.ok and "versão mais recente" in report.message
    assert store.read_only and store.entries() == {} and store.shortlists() == []
    mutations = [
        lambda: store.set_bookmarked([make(1)], True),
        lambda: store.toggle_bookmark([make(1)]),
        lambda: store.set_status([make(1)], Status.OFERTA),
        lambda: store.set_note(make(1), "x"),
        lambda: store.create_list("x"),
        lambda: store.import_backup(tmp_path / "userdata.json"),
        lambda: store.restore_backup(),
    ]
    for mutate in mutations:
        with pytest.raises(StoreError, match="read-only"):
            mutate()
    assert not store.reload_if_changed()
    assert (tmp_path / "userdata.json").read_bytes() == future
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "userdata.lock") == ["userdata.json"]


def test_future_version_valid_v1_shape_is_shown_but_refused(tmp_path: Path) -> None:
    UserStore.open(tmp_path).set_bookmarked([make(1)], True)
    data = json.loads((tmp_path / "userdata.json").read_text("utf-8"))
    data["schema_version"] = SCHEMA_VERSION + 1
    (tmp_path / "userdata.json").write_text(json.dumps(data), "utf-8")
    before = (tmp_path / "userdata.json").read_bytes()
    store = UserStore.open(tmp_path)
    assert store.read_only and store.is_bookmarked(posting_key(make(1)))
    with pytest.raises(StoreError, match="read-only"):
        store.set_bookmarked([make(2)], True)
    assert (tmp_path / "userdata.json").read_bytes() == before


# --- two writers --------------------------------------------------------------------------------


def test_two_stores_in_one_process_do_not_clobber(tmp_path: Path) -> None:
    clock_a, clock_b = Clock(), Clock()
    a = UserStore.open(tmp_path, clock=clock_a)
    b = UserStore.open(tmp_path, clock=clock_b)
    a.set_bookmarked([make(1)], True)
    b.set_note(make(2), "nota de B")  # B never saw A's bookmark in memory before this write
    assert b.is_bookmarked(posting_key(make(1)))
    assert a.reload_if_changed() and a.note(posting_key(make(2))) == "nota de B"
    assert not a.reload_if_changed()  # nothing new
    # same entry, different field groups: both survive
    clock_a.advance(minutes=1)
    a.set_status([make(2)], Status.CANDIDATURA_ENVIADA)
    clock_b.advance(minutes=2)
    b.set_note(make(2), "nota nova de B")
    # same field: the newer change wins
    clock_a.advance(minutes=5)
    a.set_note(make(1), "A, mais recente")
    clock_b.now = clock_a.now - timedelta(minutes=1)
    b.set_note(make(1), "B, mais antiga")  # b's clock is behind; stamped after the value it overrides
    final = UserStore.open(tmp_path)
    assert final.status(posting_key(make(2))) is Status.CANDIDATURA_ENVIADA
    assert final.note(posting_key(make(2))) == "nota nova de B"
    assert final.note(posting_key(make(1))) == "B, mais antiga"  # b edited after seeing a's note


def test_unbookmark_in_one_window_is_not_undone_by_the_other(tmp_path: Path) -> None:
    a, b = UserStore.open(tmp_path), UserStore.open(tmp_path)
    a.set_bookmarked([make(1), make(2)], True)
    b.set_note(make(3), "x")
    a.set_bookmarked([make(1)], False)
    b.set_note(make(3), "y")  # b still had make(1) bookmarked in memory
    assert UserStore.open(tmp_path).bookmarked_keys() == {posting_key(make(2))}
    assert b.bookmarked_keys() == {posting_key(make(2))}


WRITER = (
    CHILD_PRELUDE
    + """
store = UserStore.open(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.readline()
for i in range(200):
    store.set_bookmarked([Posting(ref=f"{sys.argv[2]}-{i}")], True)
"""
)


def test_two_processes_writing_concurrently_keep_all_bookmarks(tmp_path: Path) -> None:
    children = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path), name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("A", "B")
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
    for child in children:  # start both at once
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    for child in children:
        assert child.wait(timeout=120) == 0
    store = UserStore.open(tmp_path)
    assert store.load_report.ok
    assert store.bookmarked_keys() == {f"ref:{n}-{i}" for n in "AB" for i in range(200)}


# --- backup export / import ---------------------------------------------------------------------


def test_export_then_import_into_empty_store_is_identical(tmp_path: Path) -> None:
    src = UserStore.open(tmp_path / "a")
    src.set_status([make(1)], Status.ENTREVISTA)
    src.add_to_list(src.create_list("L").id, [make(2)])
    src.export_backup(tmp_path / "backup.json")
    dst = UserStore.open(tmp_path / "b")
    summary = dst.import_backup(tmp_path / "backup.json")
    assert (summary.added, summary.updated, summary.kept, summary.lists_added) == (2, 0, 0, 1)
    assert dst.entries() == src.entries() and dst.shortlists() == src.shortlists()
    again = dst.import_backup(tmp_path / "backup.json")
    assert (again.added, again.updated, again.kept, again.lists_added) == (0, 0, 2, 0)


def test_import_merges_nothing_lost_newer_wins_histories_unioned(tmp_path: Path) -> None:
    clock = Clock()
    other = UserStore.open(tmp_path / "other", clock=clock)  # e.g. the counselor's laptop
    mine = UserStore.open(tmp_path / "mine", clock=clock)
    p1, p2, p3, p4 = make(1), make(2), make(3), make(4)
    mine.set_status([p1], Status.INTERESSADO)  # T0
    clock.advance(hours=1)
    other.set_status([p1], Status.CANDIDATURA_ENVIADA)  # newer status on the other side
    other.set_note(p2, "nota antiga (outro)")
    clock.advance(hours=1)
    mine.set_note(p2, "nota nova (minha)")  # newer note on my side
    mine.set_bookmarked([p3], True)  # only mine
    other.set_bookmarked([p4], True)  # only theirs
    theirs_list = other.create_list("Do conselheiro")
    other.add_to_list(theirs_list.id, [p1])
    doomed = mine.create_list("Apagar")
    other_doomed = other.create_list("Apagada lá")
    other.export_backup(tmp_path / "other.json")
    clock.advance(hours=1)
    mine.delete_list(doomed.id)
    summary = mine.import_backup(tmp_path / "other.json")
    assert (summary.added, summary.updated, summary.kept) == (1, 1, 1)  # p4 added, p1 changed, p2 kept
    assert summary.lists_added == 2
    k1, k2, k3, k4 = (posting_key(p) for p in (p1, p2, p3, p4))
    assert mine.status(k1) is Status.CANDIDATURA_ENVIADA
    assert [c.status for c in mine.history(k1)] == [Status.INTERESSADO, Status.CANDIDATURA_ENVIADA]
    assert mine.note(k2) == "nota nova (minha)"
    assert mine.bookmarked_keys() == {k1, k3, k4}
    assert mine.lists_of(k1) == {theirs_list.id}
    assert {s.name for s in mine.shortlists()} == {"Do conselheiro", "Apagada lá"}
    # a deletion holds only if newer than the other side's last change
    clock.advance(hours=1)
    other.delete_list(other_doomed.id)
    other.rename_list(theirs_list.id, "Do conselheiro (revista)")
    clock.advance(hours=1)
    mine.rename_list(other_doomed.id, "Mantida")  # renamed after their deletion: stays
    other.export_backup(tmp_path / "other2.json")
    mine.import_backup(tmp_path / "other2.json")
    assert {s.name for s in mine.shortlists()} == {"Do conselheiro (revista)", "Mantida"}
    clock.advance(hours=1)
    other.delete_list(theirs_list.id)  # newer than my copy: the deletion holds
    other.export_backup(tmp_path / "other3.json")
    mine.import_backup(tmp_path / "other3.json")
    assert [s.name for s in mine.shortlists()] == ["Mantida"] and mine.lists_of(k1) == frozenset()


def test_import_refuses_bad_and_future_files(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path)
    (tmp_path / "bad.json").write_bytes(b"{nope")
    (tmp_path / "future.json").write_text('{"schema_version": 9}', "utf-8")
    for name, code in (("bad.json", "bad-backup"), ("future.json", "future-version"), ("none.json", "unreadable")):
        with pytest.raises(StoreError) as info:
            store.import_backup(tmp_path / name)
        assert info.value.code == code


# --- merge properties ---------------------------------------------------------------------------

_times = st.integers(0, 5).map(lambda n: T0 + timedelta(seconds=n))
_maybe_times = st.none() | _times
_entries = st.builds(
    Entry,
    bookmarked=st.booleans(),
    bookmarked_at=_maybe_times,
    status=st.none() | st.sampled_from(Status),
    status_at=_maybe_times,
    history=st.lists(st.builds(StatusChange, status=st.none() | st.sampled_from(Status), at=_times), max_size=3).map(
        lambda h: tuple(sorted(set(h), key=lambda c: (c.at, c.status or "")))
    ),
    note=st.sampled_from(["", "a", "b"]),
    note_at=_maybe_times,
    memberships=st.dictionaries(
        st.sampled_from(["l1", "l2"]), st.builds(Membership, member=st.booleans(), at=_times), max_size=2
    ),
    snapshot=st.none() | st.builds(Snapshot, title=st.sampled_from(["x", "y"])),
    snapshot_at=_maybe_times,
    updated_at=_times,
)


@settings(max_examples=300, deadline=None)
@given(_entries, _entries, _entries)
def test_merge_is_commutative_associative_idempotent(a: Entry, b: Entry, c: Entry) -> None:
    assert merge_entry(a, b) == merge_entry(b, a)
    assert merge_entry(merge_entry(a, b), c) == merge_entry(a, merge_entry(b, c))
    assert merge_entry(a, a) == a
    merged = merge_entry(a, b)
    assert {(h.status, h.at) for h in a.history + b.history} == {(h.status, h.at) for h in merged.history}


# --- speed --------------------------------------------------------------------------------------


def test_save_speed_with_5000_entries(tmp_path: Path) -> None:
    postings = [make(i, descricao="Descrição " * 200) for i in range(5000)]
    store = UserStore.open(tmp_path)
    start = time.perf_counter()
    store.set_bookmarked(postings, True)
    bulk = time.perf_counter() - start
    toggles = []
    for p in postings[:21]:
        start = time.perf_counter()
        store.toggle_bookmark([p])
        toggles.append(time.perf_counter() - start)
    median = sorted(toggles)[len(toggles) // 2]
    print(f"5000 bookmarks in one call: {bulk * 1000:.0f} ms; one toggle: median {median * 1000:.1f} ms")
    assert bulk < 1.0 and median < 0.1
    assert len(UserStore.open(tmp_path).bookmarked_keys()) == 5000 - 21
