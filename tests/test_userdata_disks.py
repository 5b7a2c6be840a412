"""User data on unusual disks and from unusual writers: read-only disks, BOMs, newer versions."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from vagas_desktop.core.posting import Posting
from vagas_desktop.core.shortlists import Status, StoreError, UserStore, posting_key
from vagas_desktop.core.userdata_schema import SCHEMA_VERSION
from vagas_desktop.gui.table_model import POSTING_ROLE, Column

from .conftest import close_message_boxes, open_window

BOM = codecs.BOM_UTF8
STAR = list(Column).index(Column.STAR)


def make(i: int) -> Posting:
    return Posting(
        ref=f"OE202403/{i:04d}",
        id=1000 + i,
        title=f"Técnico Superior {i}",
        empregador="Câmara Municipal de Évora",
        data_abertura=date(2024, 3, 1),
        source_path=f"/postings/{i}.md",
    )


def fill(folder: Path) -> UserStore:
    """A store with a bookmark, a status history, a note and a list, saved in folder."""
    store = UserStore.open(folder)
    store.set_bookmarked([make(1)], True)
    store.set_status([make(2)], Status.INTERESSADO)
    store.set_status([make(2)], Status.ENTREVISTA)
    store.set_note(make(3), "Levar o CV impresso\nçãõ ✓")
    favourites = store.create_list("Favoritas")
    store.add_to_list(favourites.id, [make(1), make(4)])
    return store


def seen(store: UserStore) -> dict[str, object]:
    """Everything a user can see of a store."""
    return {
        "entries": store.entries(),
        "bookmarked": store.bookmarked_keys(),
        "lists": [(s.name, store.members(s.id)) for s in store.shortlists()],
        "history": [h.status for h in store.history(posting_key(make(2)))],
        "note": store.note(posting_key(make(3))),
    }


def refused_changes(store: UserStore, folder: Path) -> None:
    """Every change is refused as read-only."""
    changes = [
        lambda: store.set_bookmarked([make(9)], True),
        lambda: store.toggle_bookmark([make(1)]),
        lambda: store.set_status([make(1)], Status.OFERTA),
        lambda: store.set_note(make(3), "outra"),
        lambda: store.create_list("Nova"),
        lambda: store.restore_backup(),
    ]
    for change in changes:
        with pytest.raises(StoreError) as info:
            change()
        assert info.value.code == "read-only"


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# --- a read-only file system ----------------------------------------------------------------------


@pytest.fixture
def mount_point(tmp_path: Path):
    """A small tmpfs of our own (remountable read-only); skipped where mounting is not allowed."""
    point = tmp_path / "disk"
    point.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a file system needs root and mount(8)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here: {done.stderr.decode(errors='replace').strip()}")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=True)


def remount_read_only(point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
    with pytest.raises(OSError):
        (point / "probe").write_bytes(b"")


def test_read_only_disk_shows_every_entry_and_refuses_changes(mount_point: Path, tmp_path: Path) -> None:
    expected = seen(fill(mount_point))
    before = files_in(mount_point)
    remount_read_only(mount_point)

    store = UserStore.open(mount_point)
    assert seen(store) == expected and len(expected["entries"]) == 4  # type: ignore[arg-type]
    assert expected["history"] == [Status.INTERESSADO, Status.ENTREVISTA]
    assert store.read_only
    report = store.load_report
    assert report.read_only and report.code == "read-only-disk"
    assert "só para leitura" in report.message and "só permite leitura" in report.message
    refused_changes(store, mount_point)
    assert not store.reload_if_changed()  # re-reading must not need a lock file
    # a copy can still be taken elsewhere, and it holds everything
    store.export_backup(tmp_path / "copia.json")
    elsewhere = UserStore.open(tmp_path / "elsewhere")
    elsewhere.import_backup(tmp_path / "copia.json")
    assert seen(elsewhere) == expected
    assert files_in(mount_point) == before


def test_missing_data_folder_on_a_read_only_disk_opens_empty_and_read_only(mount_point: Path) -> None:
    remount_read_only(mount_point)
    store = UserStore.open(mount_point / "vagas" / "dados")
    assert store.entries() == {} and store.shortlists() == []
    assert store.read_only and store.load_report.code == "read-only-disk"
    assert str(mount_point / "vagas" / "dados") in store.load_report.message
    refused_changes(store, mount_point)
    assert list(mount_point.iterdir()) == []


def test_disk_going_read_only_while_open_refuses_and_keeps_showing(mount_point: Path) -> None:
    store = fill(mount_point)
    expected = seen(store)
    before = files_in(mount_point)
    remount_read_only(mount_point)
    with pytest.raises(StoreError) as info:
        store.set_bookmarked([make(9)], True)
    assert info.value.code == "read-only"
    assert store.read_only and store.load_report.code == "read-only-disk"
    assert seen(store) == expected and files_in(mount_point) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes to read-only folders")
def test_folder_without_write_permission_shows_every_entry(tmp_path: Path) -> None:
    folder = tmp_path / "dados"
    expected = seen(fill(folder))
    (folder / "userdata.lock").unlink()
    folder.chmod(0o555)
    try:
        store = UserStore.open(folder)
        assert seen(store) == expected and store.read_only
        assert "sem permissão de escrita" in store.load_report.message
        refused_changes(store, folder)
    finally:
        folder.chmod(0o755)


def test_data_folder_under_a_file_is_read_only_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "ficheiro").write_text("não é uma pasta", "utf-8")
    store = UserStore.open(tmp_path / "ficheiro" / "dados")
    assert store.read_only and "não é uma pasta" in store.load_report.message
    with pytest.raises(StoreError, match="read-only"):
        store.set_bookmarked([make(1)], True)


def test_unreadable_data_file_is_never_written_over(tmp_path: Path) -> None:
    (tmp_path / "userdata.json").mkdir()  # something that is there but cannot be read as a file
    store = UserStore.open(tmp_path)
    assert store.read_only and store.load_report.code == "unreadable"
    assert "Não foi possível ler" in store.load_report.message
    with pytest.raises(StoreError, match="read-only"):
        store.create_list("Nova")
    assert (tmp_path / "userdata.json").is_dir()


def test_read_only_disk_in_the_window_shows_bookmarks_and_explains(qtbot, tmp_path: Path, mount_point: Path) -> None:
    first = open_window(qtbot, tmp_path / "w1", data_dir=mount_point)
    first.user.toggle_bookmark([first.model.index(0, 0).data(POSTING_ROLE)])
    first.close()
    before = files_in(mount_point)
    remount_read_only(mount_point)

    win = open_window(qtbot, tmp_path / "w2", data_dir=mount_point)
    assert str(win.model.index(0, STAR).data()) == "★"
    labels = [str(win.shortlists.model.index(r, 0).data()) for r in range(win.shortlists.model.rowCount())]
    assert "★ Marcadas (1)" in labels
    shown: list[str] = []
    close_message_boxes(shown)
    win.report_store_problems()
    assert shown and "só para leitura" in shown[0]
    close_message_boxes(shown)
    win.user.toggle_bookmark([win.model.index(1, 0).data(POSTING_ROLE)])  # what a click on ☆ does
    assert len(shown) == 2 and shown[1].startswith("Os seus dados estão abertos só para leitura")
    assert str(win.model.index(1, STAR).data()) == "☆"
    assert files_in(mount_point) == before


# --- a byte order mark -----------------------------------------------------------------------------


@pytest.mark.parametrize("crlf", [False, True], ids=["bom", "bom-crlf"])
def test_file_with_a_bom_is_read_and_kept(tmp_path: Path, crlf: bool) -> None:
    expected = seen(fill(tmp_path))
    raw = (tmp_path / "userdata.json").read_bytes()
    (tmp_path / "userdata.json").write_bytes(BOM + (raw.replace(b"\n", b"\r\n") if crlf else raw))
    store = UserStore.open(tmp_path)
    assert store.load_report.ok and not store.read_only
    assert seen(store) == expected
    assert not list(tmp_path.glob("userdata.corrupt-*"))
    store.set_bookmarked([make(7)], True)  # the next write keeps everything, without a BOM
    reopened = UserStore.open(tmp_path)
    assert reopened.load_report.ok
    assert reopened.bookmarked_keys() == expected["bookmarked"] | {posting_key(make(7))}  # type: ignore[operator]
    assert seen(reopened)["lists"] == expected["lists"] and seen(reopened)["note"] == expected["note"]
    assert not (tmp_path / "userdata.json").read_bytes().startswith(BOM)


def test_import_and_backup_with_a_bom(tmp_path: Path) -> None:
    expected = seen(fill(tmp_path / "a"))
    raw = (tmp_path / "a" / "userdata.json").read_bytes()
    (tmp_path / "copia.json").write_bytes(BOM + raw.replace(b"\n", b"\r\n"))
    other = UserStore.open(tmp_path / "b")
    summary = other.import_backup(tmp_path / "copia.json")
    assert summary.added == 4 and seen(other) == expected
    # a backup an editor touched is still offered and restored
    (tmp_path / "a" / "userdata.json.bak").write_bytes(BOM + raw)
    (tmp_path / "a" / "userdata.json").write_bytes(b"{ damaged")
    store = UserStore.open(tmp_path / "a")
    assert store.load_report.backup_available is not None
    store.restore_backup()
    assert seen(store) == expected


# --- a newer version's file -----------------------------------------------------------------------


def newer_file(folder: Path, version: int = SCHEMA_VERSION + 1) -> bytes:
    """Turn folder's file into what a newer version might write: extra fields everywhere, a status
    this version does not know; returns the bytes."""
    data = json.loads((folder / "userdata.json").read_text("utf-8"))
    data["schema_version"] = version
    data["sync"] = {"device": "portátil", "at": "2026-01-01T00:00:00Z"}
    for entry in data["entries"].values():
        entry["rating"] = 4
        for change in entry.get("history", []):
            change["by"] = "eu"
        if "snapshot" in entry:
            entry["snapshot"]["salario"] = 1500
        for mark in entry.get("memberships", {}).values():
            mark["position"] = 1
    for shortlist in data["lists"].values():
        shortlist["colour"] = "verde"
    stamp = datetime(2026, 1, 1, tzinfo=UTC).isoformat()
    unknown_status = {"status": "arquivado", "status_at": stamp}
    data["entries"]["ref:NOVA"] = {"bookmarked": True, "bookmarked_at": stamp, **unknown_status}
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    (folder / "userdata.json").write_bytes(raw)
    return raw


def test_newer_version_shows_its_entries_read_only_and_never_writes(tmp_path: Path) -> None:
    expected = seen(fill(tmp_path))
    (tmp_path / "userdata.json.bak").unlink()
    raw = newer_file(tmp_path, version=7)
    store = UserStore.open(tmp_path)
    report = store.load_report
    assert store.read_only and report.code == "newer-version" and report.moved_to is None
    assert "versão mais recente" in report.message and "esquema 7" in report.message
    assert "1 registo" in report.message  # the entry with a status this version does not know
    shown = seen(store)
    assert shown["lists"] == expected["lists"] and shown["history"] == expected["history"]
    assert shown["note"] == expected["note"]
    assert shown["bookmarked"] == expected["bookmarked"] | {"ref:NOVA"}  # type: ignore[operator]
    assert store.status("ref:NOVA") is None
    refused_changes(store, tmp_path)
    with pytest.raises(StoreError, match="read-only"):
        store.export_backup(tmp_path / "copia.json")  # it would drop what this version cannot read
    assert not store.reload_if_changed()
    assert files_in(tmp_path).keys() <= {"userdata.json", "userdata.lock"}
    assert (tmp_path / "userdata.json").read_bytes() == raw


def test_newer_version_that_cannot_be_read_at_all_opens_empty(tmp_path: Path) -> None:
    raw = json.dumps({"schema_version": SCHEMA_VERSION + 1, "entries": [["ref:OE1", {"bookmarked": True}]]}).encode()
    (tmp_path / "userdata.json").write_bytes(raw)
    store = UserStore.open(tmp_path)
    assert store.read_only and store.entries() == {}
    assert "versão mais recente" in store.load_report.message and "nenhum" in store.load_report.message
    assert (tmp_path / "userdata.json").read_bytes() == raw


def test_newer_version_taking_over_while_open_is_shown_and_not_written(tmp_path: Path) -> None:
    store = fill(tmp_path)
    newer = fill(tmp_path / "other")  # stands in for a newer app on this data
    newer.set_bookmarked([make(8)], True)
    newer_raw = newer_file(tmp_path / "other")
    (tmp_path / "userdata.json").write_bytes(newer_raw)
    with pytest.raises(StoreError, match="read-only"):
        store.set_bookmarked([make(9)], True)
    assert store.read_only and store.is_bookmarked(posting_key(make(8)))
    assert not store.is_bookmarked(posting_key(make(9)))
    assert (tmp_path / "userdata.json").read_bytes() == newer_raw


def test_newer_version_in_the_window_shows_the_bookmarks(qtbot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = open_window(qtbot, tmp_path / "w1", data_dir=data_dir)
    posting = first.model.index(2, 0).data(POSTING_ROLE)
    first.user.toggle_bookmark([posting])
    first.user.create_list("Para rever")
    first.close()
    raw = newer_file(data_dir)

    win = open_window(qtbot, tmp_path / "w2", data_dir=data_dir)
    assert win.user.store.read_only
    assert [str(win.model.index(r, STAR).data()) for r in range(3)] == ["☆", "☆", "★"]
    labels = [str(win.shortlists.model.index(r, 0).data()) for r in range(win.shortlists.model.rowCount())]
    assert "★ Marcadas (2)" in labels  # the sample posting and the newer version's own
    assert any(label.startswith("Para rever") for label in labels)
    assert (data_dir / "userdata.json").read_bytes() == raw
    actions = win.tracking_actions
    assert not actions.bookmark_action.isEnabled() and not actions.status_menu.menuAction().isEnabled()
    assert not actions.new_list_action.isEnabled() and not actions.import_action.isEnabled()
    assert first.tracking_actions.bookmark_action.isEnabled()  # the window on a writable store had them
    actions.bookmark_action.trigger()  # a shortcut on a disabled action does nothing, and writes nothing
    assert (data_dir / "userdata.json").read_bytes() == raw
