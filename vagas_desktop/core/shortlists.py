"""UserStore: bookmarks, application status, notes and named shortlists, saved crash-safely."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vagas_desktop.core.atomic import (
    LoadReport,
    LockTimeoutError,
    UserDataFile,
    atomic_write,
    dump_userdata,
    is_read_only_error,
)
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.userdata_schema import (
    EMPTY_ENTRY,
    STATUS_LABELS,
    TICK,
    BadDataError,
    Entry,
    FutureVersionError,
    HiddenEmployer,
    SavedSearch,
    Shortlist,
    Snapshot,
    Status,
    StatusChange,
    UserData,
    after,
    clean_text,
    disambiguate_names,
    edit_entry,
    merge_entries,
    merge_entry,
    merge_hidden_employers,
    merge_searches,
    merge_shortlists,
    name_key,
    parse_userdata,
    posting_key,
)
from vagas_desktop.paths import user_data_dir

__all__ = [
    "STATUS_LABELS",
    "Entry",
    "HiddenEmployer",
    "ImportSummary",
    "LoadReport",
    "SavedSearch",
    "Shortlist",
    "Snapshot",
    "Status",
    "StatusChange",
    "StoreError",
    "UserStore",
    "posting_key",
]

Clock = Callable[[], datetime]
UNDOABLE_FIELDS = ("bookmarked", "status")  # the entry fields put_back sets (notes have their own undo)

log = logging.getLogger(__name__)


class StoreError(ValueError):
    """A change the store refuses; code is stable for the GUI ("read-only", "duplicate-name"...)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code


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
    merges (newer change wins per field group) and replaces the file atomically. Queries are
    answered from memory. Not thread-safe: use it from one thread (the GUI's).
    """

    def __init__(self, data_dir: Path, clock: Clock = _utc_now) -> None:
        self.data_dir = data_dir
        self.revision = 0  # bumped on every change seen here (own or merged in)
        self._clock = clock
        self._file = UserDataFile(data_dir, self._file_stamp)
        self._last_stamp: datetime | None = None
        self._entries: dict[str, Entry] = {}
        self._lists: dict[str, Shortlist] = {}
        self._searches: dict[str, SavedSearch] = {}
        self._hidden: dict[str, HiddenEmployer] = {}  # by name_key
        self._cache: tuple[int, frozenset[str], dict[str, list[str]]] | None = None

    @classmethod
    def open(cls, data_dir: Path | str | None = None, clock: Clock | None = None) -> UserStore:
        """Open the store (None: the platform's user-data folder); never raises for a bad file."""
        store = cls(Path(data_dir) if data_dir is not None else user_data_dir(), clock or _utc_now)
        try:
            data = store._file.load()
        except OSError as exc:
            store._file.cannot_read(exc)
            data = None
        if data is not None:
            store._take(data)
        return store

    def _take(self, data: UserData | None) -> None:
        """Hold the file's data as it is (opening; a read-only file shown again)."""
        data = data or UserData()
        self._entries, self._lists = dict(data.entries), dict(data.lists)
        self._searches, self._hidden = dict(data.searches), dict(data.hidden_employers)

    @property
    def path(self) -> Path:
        return self._file.path

    @property
    def backup_path(self) -> Path:
        return self._file.backup_path

    @property
    def load_report(self) -> LoadReport:
        return self._file.report

    @property
    def read_only(self) -> bool:
        return self._file.read_only

    def _file_stamp(self) -> str:
        """The clock's time as a file-name stamp, in local time."""
        return self._clock().astimezone().strftime("%Y%m%d-%H%M%S")

    # --- queries (all in memory) ----------------------------------------------------------

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
            state[0] = not all(self.is_bookmarked(p.key) for p in postings)
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
        note = clean_text(text)
        self._mutate(lambda now: self._edit_all([posting], now, {"note": note}))

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
            return self._edit_all(wanted, now, {}, {list_id: False})

        self._mutate(change)

    def put_back(self, states: Mapping[str, Entry | None], fields: Iterable[str] = (),
                 lists: Iterable[str] = ()) -> None:
        """Set each key's fields (bookmarked, status) and marks in lists as they are in states[key]
        (None: an untouched posting), stamped now so the put-back wins any merge: undo and redo.
        A status put back is one more line of the history, which only ever grows."""
        names, list_ids = tuple(fields), tuple(lists)
        unknown = set(names) - set(UNDOABLE_FIELDS)
        if unknown:
            raise ValueError(f"cannot put back {sorted(unknown)}")

        def change(now: datetime) -> bool:
            changed = False
            for key, state in states.items():
                old = state or EMPTY_ENTRY
                values = {name: getattr(old, name) for name in names}
                marks = {i: (old.memberships[i].member if i in old.memberships else False) for i in list_ids}
                changed = self._edit_all([key], now, values, marks) or changed
            return changed

        self._mutate(change)

    def restore_list(self, list_id: str) -> Shortlist:
        """Bring a deleted list back with its members (their marks outlive the deletion) and order;
        under its old name, or "Name (2)" if another list has taken it since."""

        def change(now: datetime) -> bool:
            found = self._lists.get(list_id)
            if found is None:
                raise StoreError("no-such-list", f"there is no shortlist {list_id!r}")
            if not found.deleted:
                return False
            name, n = found.name, 1
            taken = {name_key(s.name) for s in self._live_lists().values()}
            while name_key(name) in taken:
                n += 1
                name = f"{found.name} ({n})"
            self._lists[list_id] = self._restamp(found, now, deleted=False, name=name)
            return True

        self._mutate(change)
        return self._live(list_id)

    # --- editing helpers ------------------------------------------------------------------

    def _live(self, list_id: str) -> Shortlist:
        found = self.shortlist(list_id)
        if found is None:
            raise StoreError("no-such-list", f"there is no shortlist {list_id!r}")
        return found

    def _free_name(self, name: str, own_id: str | None) -> str:
        """The stripped name, checked to be non-empty and not used by another live list."""
        clean = " ".join(clean_text(name).split())
        if not clean:
            raise StoreError("empty-name", "a shortlist name cannot be empty")
        for other in self._live_lists().values():
            if other.id != own_id and name_key(other.name) == name_key(clean):
                raise StoreError("duplicate-name", f"a shortlist called {other.name!r} already exists")
        return clean

    def _restamp(self, shortlist: Shortlist, now: datetime, **update: Any) -> Shortlist:
        return shortlist.model_copy(update={**update, "updated_at": after(now, shortlist.updated_at)})

    def _edit_all(
        self,
        items: Iterable[Posting | str],
        now: datetime,
        values: dict[str, Any],
        lists: dict[str, bool] | None = None,
    ) -> bool:
        """Apply values and list marks to postings (snapshots refreshed) or bare keys; True if any changed."""
        changed = False
        for item in items:
            key, snapshot = (item, None) if isinstance(item, str) else (item.key, Snapshot.of(item))
            new = edit_entry(self._entries.get(key), now, values, lists, snapshot)
            if new is not None:
                self._entries[key] = new
                changed = True
        return changed

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
        if self._file.read_only:
            raise StoreError("read-only", "the user data is open read-only; nothing can be changed")

    @contextmanager
    def _locked(self) -> Iterator[None]:
        lock = self._file.lock()
        try:
            lock.__enter__()
        except LockTimeoutError as exc:
            raise StoreError("busy", "another instance of the app holds the user data lock") from exc
        except OSError as exc:
            if not is_read_only_error(exc):
                raise
            self._file.cannot_write(exc)  # the disk went read-only, or lost its permissions, since opening
            raise StoreError("read-only", f"the user data folder cannot be written ({exc})") from exc
        try:
            yield
        finally:
            lock.__exit__(None, None, None)

    def _mutate(self, change: Callable[[datetime], bool]) -> None:
        """Lock, merge in the file's changes, apply change, save if anything changed, unlock."""
        self._check_writable()
        merged = changed = False
        try:
            with self._locked():
                merged = self._refresh_locked()
                self._check_writable()
                changed = change(self._now())
                if changed:
                    disambiguate_names(self._lists, self._now())
                    disambiguate_names(self._searches, self._now())
                    self._file.write(self._entries, self._lists, self._searches, self._hidden)
        finally:
            if merged or changed:
                self.revision += 1

    def _refresh_locked(self) -> bool:
        """Merge the file into memory if it changed since we last read or wrote it."""
        if not self._file.changed():
            return False
        data = self._file.read()
        if self._file.read_only:  # a newer version took over the file: show what it holds, read-only
            self._show(data)
            return True
        if data is None:
            return False
        changed = merge_entries(self._entries, data.entries)
        changed = merge_searches(self._searches, data.searches) or changed
        changed = merge_hidden_employers(self._hidden, data.hidden_employers) or changed
        return merge_shortlists(self._lists, data.lists) or changed

    def _show(self, data: UserData | None) -> bool:
        """Show the file's data as it is (read-only: nothing of ours to merge); True if shown."""
        if data is None and self._file.newer_version is None:
            return False  # damaged or gone: keep showing what was read before
        self._take(data)
        return True

    def reload_if_changed(self) -> bool:
        """Merge in changes another instance saved; True if anything here changed (GUI refresh)."""
        if not self._file.changed():
            return False
        if self._file.read_only:
            # nothing is written from here, so no lock (a read-only disk could not hold one);
            # never move the file aside either
            try:
                shown = self._show(self._file.read(move_bad=False))
            except OSError as exc:
                log.warning("cannot re-read %s: %s", self.path, exc)
                return False
            if shown:
                self.revision += 1
            return shown
        try:
            with self._file.lock(timeout=1.0):
                merged = self._refresh_locked()
        except LockTimeoutError:
            return False  # busy writing: the watcher fires again when it is done
        except OSError as exc:
            if not is_read_only_error(exc):
                raise
            self._file.cannot_write(exc)
            return self.reload_if_changed()  # read-only now: re-read without the lock
        if merged:
            self.revision += 1
        return merged

    # --- backups --------------------------------------------------------------------------

    def export_backup(self, path: Path | str) -> None:
        """Write all user data (same schema) to one JSON file; a copy of data on a read-only disk
        too, but not of a newer version's file (the copy would drop what this version cannot read)."""
        if self._file.newer_version is not None:
            self._check_writable()
        if self._file.read_only:  # a read-only disk: no lock to take, nothing can change there
            atomic_write(Path(path), dump_userdata(self._entries, self._lists, self._searches, self._hidden))
            return
        with self._locked():
            if self._refresh_locked():
                self.revision += 1
            atomic_write(Path(path), dump_userdata(self._entries, self._lists, self._searches, self._hidden))

    def import_backup(self, path: Path | str) -> ImportSummary:
        """Merge a backup in: nothing here is lost, the newer change wins per field group."""
        self._check_writable()
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
        self._check_writable()
        data = self._file.read_backup()
        if data is None:
            raise StoreError("no-backup", f"there is no valid backup at {self.backup_path}")
        summary = self._absorb(data)
        self._file.keep_backup = False
        self._file.report = LoadReport(notes=(("store.restored", ()),), code="restored")
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
            lists_changed = merge_searches(self._searches, data.searches) or lists_changed
            lists_changed = merge_hidden_employers(self._hidden, data.hidden_employers) or lists_changed
            return counts["added"] + counts["updated"] > 0 or lists_changed

        self._mutate(change)
        return ImportSummary(**counts)

    # --- saved searches -------------------------------------------------------------------

    def saved_searches(self) -> list[SavedSearch]:
        """Live saved searches sorted by folded name."""
        live = (s for s in self._searches.values() if not s.deleted)
        return sorted(live, key=lambda s: (name_key(s.name), s.created_at))

    def saved_search(self, search_id: str) -> SavedSearch | None:
        found = self._searches.get(search_id)
        return found if found is not None and not found.deleted else None

    def saved_search_by_name(self, name: str) -> SavedSearch | None:
        """The live saved search called name (case/accent-insensitive)."""
        wanted = name_key(name)
        return next((s for s in self.saved_searches() if name_key(s.name) == wanted), None)

    def create_search(self, name: str, query: str, facets: Mapping[str, Any],
                      seen: Iterable[str] = ()) -> SavedSearch:
        """A new saved search; seen: the keys of its matches the user is looking at now."""
        made: list[SavedSearch] = []
        keys = tuple(sorted(set(seen)))

        def change(now: datetime) -> bool:
            clean = self._free_search_name(name, None)
            made.append(SavedSearch(id=uuid.uuid4().hex, name=clean, query=clean_text(query), facets=dict(facets),
                                    created_at=now, updated_at=now, seen=keys, seen_at=now))
            self._searches[made[0].id] = made[0]
            return True

        self._mutate(change)
        return self._searches.get(made[0].id, made[0])

    def update_search(self, search_id: str, query: str, facets: Mapping[str, Any]) -> None:
        """Give a saved search new filters (its name and what was seen stay)."""

        def change(now: datetime) -> bool:
            found = self._live_search(search_id)
            if found.query == clean_text(query) and found.facets == dict(facets):
                return False
            self._searches[search_id] = self._restamp_search(found, now, query=clean_text(query),
                                                             facets=dict(facets))
            return True

        self._mutate(change)

    def rename_search(self, search_id: str, name: str) -> None:
        def change(now: datetime) -> bool:
            found = self._live_search(search_id)
            clean = self._free_search_name(name, search_id)
            if clean == found.name:
                return False
            self._searches[search_id] = self._restamp_search(found, now, name=clean)
            return True

        self._mutate(change)

    def delete_search(self, search_id: str) -> None:
        """Delete a saved search (kept as a tombstone so the deletion reaches other instances)."""
        self._mutate(lambda now: self._set_search_deleted(search_id, True, now))

    def restore_search(self, search_id: str) -> None:
        """Bring a deleted saved search back (undo); "Name (2)" if its name was taken since."""
        self._mutate(lambda now: self._set_search_deleted(search_id, False, now))

    def mark_search_seen(self, search_id: str, keys: Iterable[str]) -> bool:
        """Remember keys as the matches the user has seen; True if that changed anything."""
        wanted = tuple(sorted(set(keys)))
        changed: list[bool] = []

        def change(now: datetime) -> bool:
            found = self._live_search(search_id)
            if found.seen == wanted:
                return False
            self._searches[search_id] = found.model_copy(update={"seen": wanted,
                                                                 "seen_at": after(now, found.seen_at)})
            changed.append(True)
            return True

        self._mutate(change)
        return bool(changed)

    def _set_search_deleted(self, search_id: str, deleted: bool, now: datetime) -> bool:
        found = self._searches.get(search_id)
        if found is None or (found.deleted and deleted):
            raise StoreError("no-such-search", f"there is no saved search {search_id!r}")
        if found.deleted == deleted:
            return False
        self._searches[search_id] = self._restamp_search(found, now, deleted=deleted)
        return True  # a clashing name is made unique on save (disambiguate_names)

    def _live_search(self, search_id: str) -> SavedSearch:
        found = self.saved_search(search_id)
        if found is None:
            raise StoreError("no-such-search", f"there is no saved search {search_id!r}")
        return found

    def _free_search_name(self, name: str, own_id: str | None) -> str:
        clean = " ".join(clean_text(name).split())
        if not clean:
            raise StoreError("empty-name", "a saved search needs a name")
        for other in self.saved_searches():
            if other.id != own_id and name_key(other.name) == name_key(clean):
                raise StoreError("duplicate-search-name", f"a saved search called {other.name!r} already exists")
        return clean

    @staticmethod
    def _restamp_search(search: SavedSearch, now: datetime, **update: Any) -> SavedSearch:
        return search.model_copy(update={**update, "updated_at": after(now, search.updated_at)})

    # --- hidden employers -----------------------------------------------------------------

    def hidden_employers(self) -> list[str]:
        """Names of the employers the user hid ("Ocultar sempre este empregador"), sorted."""
        return sorted((h.name for h in self._hidden.values() if h.hidden), key=name_key)

    def is_employer_hidden(self, name: str) -> bool:
        found = self._hidden.get(name_key(name))
        return found is not None and found.hidden

    def set_employers_hidden(self, names: Iterable[str], hidden: bool) -> bool:
        """Hide (or show again) employers by name; True if anything changed."""
        wanted = [" ".join(clean_text(n).split()) for n in names]
        wanted = [n for n in wanted if n]

        def change(now: datetime) -> bool:
            changed = False
            for name in wanted:
                key = name_key(name)
                old = self._hidden.get(key)
                if (old is not None and old.hidden) == hidden:
                    continue
                self._hidden[key] = HiddenEmployer(name=name if hidden or old is None else old.name,
                                                   hidden=hidden, at=after(now, old.at if old else None))
                changed = True
            return changed

        before = self.revision
        self._mutate(change)
        return self.revision != before
