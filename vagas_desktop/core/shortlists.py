"""UserStore: bookmarks, application status, notes and named shortlists, saved crash-safely."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vagas_desktop.core.atomic import (
    FileLock,
    LockTimeoutError,
    Signature,
    atomic_write,
    file_signature,
    move_aside,
    read_with_signature,
    remove_stale_temps,
)
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.userdata_schema import (
    EMPTY_ENTRY,
    SCHEMA_VERSION,
    STATUS_LABELS,
    TICK,
    BadDataError,
    Entry,
    FutureVersionError,
    Membership,
    Shortlist,
    Snapshot,
    Status,
    StatusChange,
    UserData,
    disambiguate_names,
    dump_userdata,
    merge_entries,
    merge_entry,
    merge_shortlists,
    name_key,
    parse_userdata,
    posting_key,
)
from vagas_desktop.paths import user_data_dir

__all__ = [
    "STATUS_LABELS",
    "Entry",
    "ImportSummary",
    "LoadReport",
    "Shortlist",
    "Snapshot",
    "Status",
    "StatusChange",
    "StoreError",
    "UserStore",
    "posting_key",
]

DATA_FILE = "userdata.json"
BACKUP_FILE = "userdata.json.bak"
LOCK_FILE = "userdata.lock"
CORRUPT_STEM = "userdata.corrupt"

Clock = Callable[[], datetime]
# Entry field -> the timestamp of its group.
_STAMPS = {"bookmarked": "bookmarked_at", "status": "status_at", "note": "note_at", "snapshot": "snapshot_at"}


class StoreError(ValueError):
    """A change the store refuses; code is stable for the GUI ("read-only", "duplicate-name"...)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code


@dataclass(frozen=True)
class LoadReport:
    """How opening went; message is plain pt_PT text for the user (empty when all is well)."""

    ok: bool = True
    message: str = ""
    moved_to: Path | None = None
    backup_available: Path | None = None
    read_only: bool = False


@dataclass(frozen=True)
class ImportSummary:
    """What merging a backup did: entries added / changed / left as they were, lists added."""

    added: int = 0
    updated: int = 0
    kept: int = 0
    lists_added: int = 0


def _utc_now() -> datetime:
    return datetime.now(UTC)


class UserStore:
    """The user's data on postings, in DATA_DIR/userdata.json; every change is saved at once.

    Every save locks the folder, re-reads the file if another window or process changed it,
    merges (newer change wins per field group) and replaces the file atomically. Not thread-safe.
    """

    def __init__(self, data_dir: Path, clock: Clock = _utc_now) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DATA_FILE
        self.backup_path = data_dir / BACKUP_FILE
        self.revision = 0
        self.load_report = LoadReport()
        self._clock = clock
        self._last_stamp: datetime | None = None
        self._entries: dict[str, Entry] = {}
        self._lists: dict[str, Shortlist] = {}
        self._signature: Signature | None = None  # of the file as last read or written
        self._read_only = False
        self._keep_backup = False  # a backup is on offer: do not rotate it away
        self._temps_checked = False
        self._cache: tuple[int, frozenset[str], dict[str, list[str]]] | None = None

    # --- opening --------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path | str | None = None, clock: Clock | None = None) -> UserStore:
        """Open the store (None: the platform's user-data folder); never raises for a bad file."""
        store = cls(Path(data_dir) if data_dir is not None else user_data_dir(), clock or _utc_now)
        try:
            store._load()
        except OSError as exc:  # unreadable: refuse to write rather than clobber what we cannot see
            store._read_only = True
            store.load_report = LoadReport(
                ok=False, message=f"Não foi possível ler os dados do utilizador ({exc}).", read_only=True
            )
        return store

    def _load(self) -> None:
        if not self.path.exists():
            self._offer_backup_if_lost()
            return
        try:
            with FileLock(self.data_dir / LOCK_FILE):
                data = self._read_current()
        except (PermissionError, LockTimeoutError):  # read-only folder or a stuck lock: read anyway
            data = self._read_current(move_bad=False)
        if data is not None:
            self._entries, self._lists = dict(data.entries), dict(data.lists)

    def _offer_backup_if_lost(self) -> None:
        """No data file but a valid backup: offer it (the file was deleted or lost)."""
        if self._valid_backup() is not None:
            self._keep_backup = True
            self.load_report = LoadReport(
                message=(
                    "Não foi encontrado o ficheiro de dados, mas existe uma cópia de segurança que pode ser reposta."
                ),
                backup_available=self.backup_path,
            )

    def _read_current(self, move_bad: bool = True) -> UserData | None:
        """Read and validate the data file (caller holds the lock); None if absent or unusable."""
        got = read_with_signature(self.path)
        if got is None:
            self._signature = None
            return None
        raw, signature = got
        try:
            data = parse_userdata(raw)
        except FutureVersionError as exc:
            self._become_read_only(exc.version)
            self._signature = signature
            return None
        except BadDataError as exc:
            self._set_aside(str(exc), move_bad)
            return None
        self._signature = signature
        return data

    def _become_read_only(self, version: int) -> None:
        """A newer app wrote the file: keep it intact, show nothing editable."""
        self._read_only = True
        self._entries, self._lists = {}, {}
        self.revision += 1
        self.load_report = LoadReport(
            ok=False,
            read_only=True,
            message=(
                f"Os dados foram gravados por uma versão mais recente da aplicação (esquema {version}; "
                f"esta versão lê até {SCHEMA_VERSION}). Abertos só para leitura, sem alterações: atualize a aplicação."
            ),
        )

    def _set_aside(self, reason: str, move: bool) -> None:
        """Move a damaged file aside (never overwriting) and offer the backup if it is valid."""
        moved = move_aside(self.path, CORRUPT_STEM, self._now_local()) if move else None
        self._signature = None
        backup = self._valid_backup()
        self._keep_backup = self._keep_backup or backup is not None
        shown = moved.name if moved else self.path.name
        message = f"O ficheiro de dados estava danificado; foi guardado à parte como {shown}."
        if backup is not None:
            message += " Existe uma cópia de segurança anterior que pode ser reposta."
        self.load_report = LoadReport(ok=False, message=message, moved_to=moved, backup_available=backup)
        if not move:  # it is still there: never save over it
            self._read_only = True

    def _valid_backup(self) -> Path | None:
        return self.backup_path if self._read_backup() is not None else None

    def _read_backup(self) -> UserData | None:
        try:
            return parse_userdata(self.backup_path.read_bytes())
        except (OSError, BadDataError, FutureVersionError):
            return None

    def _now_local(self) -> str:
        """The clock's time as a file-name stamp, in local time."""
        return self._clock().astimezone().strftime("%Y%m%d-%H%M%S")

    # --- queries (all in memory) ----------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self._read_only

    def entry(self, key: str) -> Entry | None:
        return self._entries.get(key)

    def is_bookmarked(self, key: str) -> bool:
        entry = self._entries.get(key)
        return entry is not None and entry.bookmarked

    def status(self, key: str) -> Status | None:
        entry = self._entries.get(key)
        return entry.status if entry else None

    def history(self, key: str) -> list[StatusChange]:
        entry = self._entries.get(key)
        return list(entry.history) if entry else []

    def note(self, key: str) -> str:
        entry = self._entries.get(key)
        return entry.note if entry else ""

    def lists_of(self, key: str) -> frozenset[str]:
        """Ids of the live shortlists holding key."""
        entry = self._entries.get(key)
        if entry is None:
            return frozenset()
        return frozenset(i for i in entry.lists if i in self._lists and not self._lists[i].deleted)

    def entries(self) -> dict[str, Entry]:
        """Every entry with user data (tombstones left out), snapshots included."""
        live = self._live_lists()
        return {key: entry for key, entry in self._entries.items() if entry.has_data(live)}

    def bookmarked_keys(self) -> frozenset[str]:
        return self._indexes()[1]

    def members(self, list_id: str) -> list[str]:
        """Keys in a live shortlist, in the order they were added."""
        return list(self._indexes()[2].get(list_id, ()))

    def shortlists(self) -> list[Shortlist]:
        """Live shortlists sorted by folded name."""
        return sorted(self._live_lists().values(), key=lambda s: (name_key(s.name), s.created_at))

    def shortlist(self, list_id: str) -> Shortlist | None:
        found = self._lists.get(list_id)
        return found if found is not None and not found.deleted else None

    def shortlist_by_name(self, name: str) -> Shortlist | None:
        """The live list called name (case/accent-insensitive) — the `list:NAME` qualifier."""
        wanted = name_key(name)
        for shortlist in self.shortlists():
            if name_key(shortlist.name) == wanted:
                return shortlist
        return None

    def members_by_name(self, name: str) -> frozenset[str] | None:
        """Keys in the list called name, None if there is no such list (for `list:NAME`)."""
        found = self.shortlist_by_name(name)
        return frozenset(self._indexes()[2].get(found.id, ())) if found else None

    def _live_lists(self) -> dict[str, Shortlist]:
        return {i: s for i, s in self._lists.items() if not s.deleted}

    def _indexes(self) -> tuple[int, frozenset[str], dict[str, list[str]]]:
        """Bookmarked keys and list members, rebuilt once per revision."""
        if self._cache is None or self._cache[0] != self.revision:
            live = self._live_lists()
            added: dict[str, list[tuple[datetime, str]]] = {}
            for key, entry in self._entries.items():
                for list_id, mark in entry.memberships.items():
                    if mark.member and list_id in live:
                        added.setdefault(list_id, []).append((mark.at, key))
            members = {list_id: [key for _, key in sorted(pairs)] for list_id, pairs in added.items()}
            marked = frozenset(k for k, e in self._entries.items() if e.bookmarked)
            self._cache = (self.revision, marked, members)
        return self._cache

    # --- mutations ------------------------------------------------------------------------

    def set_bookmarked(self, postings: Sequence[Posting], on: bool) -> None:
        self._mutate(lambda now: self._edit_all(postings, now, {"bookmarked": on}))

    def toggle_bookmark(self, postings: Sequence[Posting]) -> bool:
        """Bookmark all if any is not bookmarked, else unbookmark all; returns the new state."""
        state = [False]

        def change(now: datetime) -> bool:
            state[0] = not all(self.is_bookmarked(posting_key(p)) for p in postings)
            return self._edit_all(postings, now, {"bookmarked": state[0]})

        self._mutate(change)
        return state[0]

    def set_status(self, postings: Sequence[Posting], status: Status | None) -> None:
        """Set (and bookmark) or clear (None) the status; every change goes into the history."""
        values: dict[str, Any] = {"status": status}
        if status is not None:
            values["bookmarked"] = True
        self._mutate(lambda now: self._edit_all(postings, now, values))

    def set_note(self, posting: Posting, text: str) -> None:
        self._mutate(lambda now: self._edit(posting_key(posting), posting, now, {"note": text}))

    def refresh_snapshots(self, postings: Iterable[Posting]) -> None:
        """Update stored snapshots of postings the user has data on (after a folder scan)."""
        known = [p for p in postings if posting_key(p) in self._entries]
        if known:
            self._mutate(lambda now: self._edit_all(known, now, {}))

    def create_list(self, name: str) -> Shortlist:
        made: list[Shortlist] = []

        def change(now: datetime) -> bool:
            clean = self._free_name(name, None)
            made.append(Shortlist(id=uuid.uuid4().hex, name=clean, created_at=now, updated_at=now))
            self._lists[made[0].id] = made[0]
            return True

        self._mutate(change)
        return self._lists.get(made[0].id, made[0])

    def rename_list(self, list_id: str, name: str) -> None:
        def change(now: datetime) -> bool:
            shortlist = self._live(list_id)
            clean = self._free_name(name, list_id)
            if clean == shortlist.name:
                return False
            self._lists[list_id] = self._restamp(shortlist, now, name=clean)
            return True

        self._mutate(change)

    def delete_list(self, list_id: str) -> None:
        """Delete a list (kept as a tombstone so the deletion reaches other instances)."""

        def change(now: datetime) -> bool:
            self._lists[list_id] = self._restamp(self._live(list_id), now, deleted=True)
            return True

        self._mutate(change)

    def add_to_list(self, list_id: str, postings: Sequence[Posting]) -> None:
        def change(now: datetime) -> bool:
            self._live(list_id)
            return self._edit_all(postings, now, {}, {list_id: True})

        self._mutate(change)

    def remove_from_list(self, list_id: str, keys: Iterable[str]) -> None:
        wanted = list(keys)

        def change(now: datetime) -> bool:
            self._live(list_id)
            return any([self._edit(key, None, now, {}, {list_id: False}) for key in wanted])

        self._mutate(change)

    # --- editing helpers ------------------------------------------------------------------

    def _live(self, list_id: str) -> Shortlist:
        found = self.shortlist(list_id)
        if found is None:
            raise StoreError("no-such-list", f"there is no shortlist {list_id!r}")
        return found

    def _free_name(self, name: str, own_id: str | None) -> str:
        """The stripped name, checked to be non-empty and not used by another live list."""
        clean = " ".join(name.split())
        if not clean:
            raise StoreError("empty-name", "a shortlist name cannot be empty")
        for other in self._live_lists().values():
            if other.id != own_id and name_key(other.name) == name_key(clean):
                raise StoreError("duplicate-name", f"a shortlist called {other.name!r} already exists")
        return clean

    def _restamp(self, shortlist: Shortlist, now: datetime, **update: Any) -> Shortlist:
        return shortlist.model_copy(update={**update, "updated_at": max(now, shortlist.updated_at + TICK)})

    def _edit_all(
        self, postings: Iterable[Posting], now: datetime, values: dict[str, Any], lists: dict[str, bool] | None = None
    ) -> bool:
        changed = False
        for posting in postings:
            changed = self._edit(posting_key(posting), posting, now, values, lists) or changed
        return changed

    def _edit(
        self,
        key: str,
        posting: Posting | None,
        now: datetime,
        values: dict[str, Any],
        lists: dict[str, bool] | None = None,
    ) -> bool:
        """Set values on one entry, stamping each changed group; refresh its snapshot. True if changed."""
        old = self._entries.get(key)
        base = old or EMPTY_ENTRY
        update: dict[str, Any] = {}
        for name, value in values.items():
            if getattr(base, name) != value:
                update[name] = value
                update[_STAMPS[name]] = stamp = _after(now, getattr(base, _STAMPS[name]))
                if name == "status":
                    update["history"] = (*base.history, StatusChange(status=value, at=stamp))
        if lists:
            marks = _set_marks(base.memberships, lists, now)
            if marks is not base.memberships:
                update["memberships"] = marks
        if old is None and not update:
            return False  # nothing to remember about a posting the user never touched
        if posting is not None:
            snapshot = Snapshot.of(posting)
            if snapshot != base.snapshot:
                update["snapshot"], update["snapshot_at"] = snapshot, _after(now, base.snapshot_at)
        if not update:
            return False
        stamps = [v for v in update.values() if isinstance(v, datetime)]
        stamps += [m.at for m in update.get("memberships", {}).values()]
        update["updated_at"] = max([base.updated_at, *stamps])
        self._entries[key] = base.model_copy(update=update)
        return True

    # --- saving ---------------------------------------------------------------------------

    def _now(self) -> datetime:
        """The clock in UTC, strictly increasing within this store."""
        now = self._clock()
        now = now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)
        if self._last_stamp is not None and now <= self._last_stamp:
            now = self._last_stamp + TICK
        self._last_stamp = now
        return now

    def _check_writable(self) -> None:
        if self._read_only:
            raise StoreError("read-only", "the user data is open read-only; nothing can be changed")

    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            with FileLock(self.data_dir / LOCK_FILE):
                yield
        except LockTimeoutError as exc:
            raise StoreError("busy", "another instance of the app holds the user data lock") from exc

    def _mutate(self, change: Callable[[datetime], bool]) -> None:
        """Lock, merge in the file's changes, apply change, save if anything changed, unlock."""
        self._check_writable()
        with self._locked():
            merged = self._refresh_locked()
            self._check_writable()
            changed = change(self._now())
            if changed:
                self._save_locked()
        if merged or changed:
            self.revision += 1

    def _refresh_locked(self) -> bool:
        """Merge the file into memory if it changed since we last read or wrote it."""
        signature = file_signature(self.path)
        if signature is None or signature == self._signature:
            self._signature = signature
            return False
        data = self._read_current()
        return data is not None and self._merge_in(data)

    def _merge_in(self, data: UserData) -> bool:
        changed = merge_entries(self._entries, data.entries)
        return merge_shortlists(self._lists, data.lists) or changed

    def _save_locked(self) -> None:
        disambiguate_names(self._lists, self._now())
        if not self._temps_checked:
            remove_stale_temps(self.path)
            self._temps_checked = True
        raw = dump_userdata(self._entries, self._lists)
        atomic_write(self.path, raw, None if self._keep_backup else self.backup_path)
        self._signature = file_signature(self.path)

    def reload_if_changed(self) -> bool:
        """Merge in changes another instance saved; True if anything here changed (GUI refresh)."""
        if self._read_only or file_signature(self.path) == self._signature:
            return False
        try:
            with FileLock(self.data_dir / LOCK_FILE, timeout=1.0):
                merged = self._refresh_locked()
        except LockTimeoutError:
            return False  # busy writing: the watcher fires again when it is done
        if merged:
            self.revision += 1
        return merged

    # --- backups --------------------------------------------------------------------------

    def export_backup(self, path: Path | str) -> None:
        """Write all user data (same schema) to one JSON file."""
        self._check_writable()
        with self._locked():
            if self._refresh_locked():
                self.revision += 1
            atomic_write(Path(path), dump_userdata(self._entries, self._lists))

    def import_backup(self, path: Path | str) -> ImportSummary:
        """Merge a backup in: nothing here is lost, the newer change wins per field group."""
        try:
            data = parse_userdata(Path(path).read_bytes())
        except OSError as exc:
            raise StoreError("unreadable", f"cannot read {path}: {exc}") from exc
        except FutureVersionError as exc:
            raise StoreError("future-version", f"{path} was written by a newer version ({exc})") from exc
        except BadDataError as exc:
            raise StoreError("bad-backup", f"{path} is not a valid user-data file ({exc})") from exc
        return self._absorb(data)

    def restore_backup(self) -> ImportSummary:
        """Bring back userdata.json.bak (merged with anything changed since) and save it as current."""
        data = self._read_backup()
        if data is None:
            raise StoreError("no-backup", f"there is no valid backup at {self.backup_path}")
        summary = self._absorb(data)
        self._keep_backup = False
        self.load_report = LoadReport(message="A cópia de segurança foi reposta.")
        return summary

    def _absorb(self, data: UserData) -> ImportSummary:
        counts = {"added": 0, "updated": 0, "kept": 0, "lists_added": 0}

        def change(now: datetime) -> bool:
            counts.update(added=0, updated=0, kept=0)
            for key, theirs in data.entries.items():
                mine = self._entries.get(key)
                merged = theirs if mine is None else merge_entry(mine, theirs)
                counts["added" if mine is None else "kept" if merged is mine else "updated"] += 1
                self._entries[key] = merged
            new_lists = [s for i, s in data.lists.items() if i not in self._lists and not s.deleted]
            counts["lists_added"] = len(new_lists)
            lists_changed = merge_shortlists(self._lists, data.lists)
            return counts["added"] + counts["updated"] > 0 or lists_changed

        self._mutate(change)
        return ImportSummary(**counts)


def _set_marks(marks: dict[str, Membership], wanted: dict[str, bool], now: datetime) -> dict[str, Membership]:
    """marks with each list's in/out set as wanted (same object if nothing changes)."""
    out = marks
    for list_id, member in wanted.items():
        mark = marks.get(list_id)
        if (mark.member if mark else False) != member:
            out = dict(out) if out is marks else out
            out[list_id] = Membership(member=member, at=_after(now, mark.at if mark else None))
    return out


def _after(now: datetime, previous: datetime | None) -> datetime:
    """A stamp later than both now and the value it overrides, so the change wins any merge."""
    return now if previous is None or previous < now else previous + TICK
