"""Crash-safe saves of the user-data file: atomic replace with a kept backup, lock, damaged files."""

from __future__ import annotations

import errno
import json
import logging
import os
import secrets
import shutil
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from pydantic import TypeAdapter

from vagas_desktop.core.messages import DEFAULT_LANG, Lang, Note, os_reason, render
from vagas_desktop.core.userdata_schema import (
    SCHEMA_VERSION,
    BadDataError,
    Entry,
    FutureVersionError,
    HiddenEmployer,
    SavedSearch,
    Shortlist,
    UserData,
    parse_newer,
    parse_userdata,
)

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

# (inode, size, mtime_ns, ctime_ns): every atomic replace makes a new inode, so a write by
# another process changes the signature even within one mtime tick.
Signature = tuple[int, int, int, int]

_REPLACE_TRIES = 20  # Windows: a reader holding the file open makes os.replace fail briefly

# errors that mean "you may read here but not write": a read-only file system or no permission
_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})

log = logging.getLogger(__name__)


def is_read_only_error(exc: OSError) -> bool:
    """True if exc says the place cannot be written (as opposed to broken or busy)."""
    return exc.errno in _READ_ONLY_ERRNOS


def cannot_create_in(folder: Path) -> OSError | None:
    """Why nothing could be written in folder (which need not exist yet), None if it could.

    Asks the closest existing ancestor, without creating anything; os.access knows about
    read-only file systems (even for root) but not about Windows folder ACLs, where it says yes.
    """
    target = folder
    while not target.exists() and target.parent != target:
        target = target.parent
    if not target.is_dir():
        return NotADirectoryError(errno.ENOTDIR, "not a folder", str(target))
    if os.access(target, os.W_OK):
        return None
    read_only_fs = hasattr(os, "statvfs") and bool(os.statvfs(target).f_flag & os.ST_RDONLY)
    code = errno.EROFS if read_only_fs else errno.EACCES
    return OSError(code, os.strerror(code), str(target))


class LockTimeoutError(OSError):
    """Another process held the lock for too long."""


class FileLock:
    """Exclusive advisory lock on a lock file (flock on POSIX, msvcrt.locking on Windows)."""

    def __init__(self, path: Path, timeout: float = 10.0) -> None:
        self.path = path
        self.timeout = timeout
        self._fd: int | None = None

    def __enter__(self) -> FileLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                _lock(fd)
                break
            except OSError:  # held elsewhere: poll until the deadline
                if time.monotonic() > deadline:
                    os.close(fd)
                    raise LockTimeoutError(f"{self.path} is locked by another process") from None
                time.sleep(0.002)
        self._fd = fd
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                _unlock(fd)
            finally:
                os.close(fd)


if sys.platform == "win32":

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def signature_of(st: os.stat_result) -> Signature:
    """The change signature of a stat result."""
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def file_signature(path: Path) -> Signature | None:
    """The change signature of a file, None if it does not exist."""
    try:
        return signature_of(os.stat(path))
    except FileNotFoundError:
        return None


def read_with_signature(path: Path) -> tuple[bytes, Signature] | None:
    """A file's bytes and the signature of exactly that file, None if it does not exist."""
    try:
        with open(path, "rb") as fh:
            return fh.read(), signature_of(os.fstat(fh.fileno()))
    except FileNotFoundError:
        return None


def fsync_dir(folder: Path) -> None:
    """Make renames in a folder durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems cannot fsync a directory
        pass
    finally:
        os.close(fd)


def _temp_name(path: Path) -> Path:
    """A fresh temporary name beside path (same folder, so os.replace stays atomic)."""
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")


def _replace(src: Path, dst: Path) -> None:
    """os.replace, retried briefly on Windows sharing violations."""
    for attempt in range(_REPLACE_TRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _REPLACE_TRIES - 1:
                raise
            time.sleep(0.01 * (attempt + 1))


def _write_temp(path: Path, data: bytes) -> Path:
    """Write data to a temp file beside path, flushed and fsynced; returns its name."""
    tmp = _temp_name(path)
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def keep_backup(path: Path, backup: Path) -> None:
    """Make backup a second name of the current file (hardlink, else a copy); path is untouched."""
    tmp = _temp_name(backup)
    try:
        try:
            os.link(path, tmp)
        except FileNotFoundError:
            return
        except OSError:  # no hardlinks here (FAT, some network shares): copy instead
            shutil.copyfile(path, tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
        _replace(tmp, backup)
    finally:
        tmp.unlink(missing_ok=True)


def atomic_write(path: Path, data: bytes, backup: Path | None = None) -> None:
    """Replace path with data so that at every instant path holds the old or the new bytes.

    The temp file is fsynced before the rename; the previous file (if any) becomes backup
    first, by a second link, so path itself is never missing; the folder is fsynced last.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_temp(path, data)
    try:
        if backup is not None:
            keep_backup(path, backup)
        _replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def move_aside(path: Path, stem: str, stamp: str, suffix: str = ".json") -> Path:
    """Rename path to STEM-STAMP[-N]SUFFIX in its folder, never overwriting a file; the new path."""
    for n in range(1, 10_000):
        target = path.with_name(f"{stem}-{stamp}{'' if n == 1 else f'-{n}'}{suffix}")
        if target.exists():
            continue
        try:
            os.link(path, target)  # fails if target appeared meanwhile: no overwrite, ever
        except FileExistsError:
            continue
        except OSError:  # no hardlinks: rename (fails on Windows if the target exists)
            if target.exists():
                continue
            os.rename(path, target)
            return target
        os.unlink(path)
        return target
    raise FileExistsError(f"no free name for {path} beside it")


def remove_stale_temps(path: Path) -> None:
    """Delete temp files a killed writer left beside path and its backup (hold the lock)."""
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        stale.unlink(missing_ok=True)


# --- the user-data file ------------------------------------------------------------------------

DATA_FILE = "userdata.json"
BACKUP_FILE = "userdata.json.bak"
LOCK_FILE = "userdata.lock"
CORRUPT_STEM = "userdata.corrupt"


_LISTS_JSON = TypeAdapter(dict[str, Shortlist])
_HIDDEN_JSON = TypeAdapter(dict[str, HiddenEmployer])


_Model = TypeVar("_Model", Entry, SavedSearch)


def _encoded_members(models: Mapping[str, _Model], old: Mapping[str, tuple[_Model, bytes]]
                     ) -> dict[str, tuple[_Model, bytes]]:
    """Each model as its '"key":{...}' JSON member, reusing old's bytes while the model is the same object."""
    parts = {}
    for key, model in models.items():
        part = old.get(key)
        if part is None or part[0] is not model:
            text = json.dumps(key, ensure_ascii=False) + ":" + model.model_dump_json(exclude_none=True)
            part = (model, text.encode("utf-8"))
        parts[key] = part
    return parts


class JsonWriter:
    """Serializes the file, reusing each entry's JSON while the (immutable) entry is the same object.

    The output is one entry per line, so a save after one click costs a join, not a full dump.
    """

    def __init__(self) -> None:
        self._parts: dict[str, tuple[Entry, bytes]] = {}
        # a saved search holds the keys of its matches seen (thousands): reused like the entries
        self._search_parts: dict[str, tuple[SavedSearch, bytes]] = {}

    def dump(self, entries: Mapping[str, Entry], lists: Mapping[str, Shortlist],
             searches: Mapping[str, SavedSearch] | None = None,
             hidden: Mapping[str, HiddenEmployer] | None = None) -> bytes:
        """The file's bytes: UTF-8 JSON, schema_version first, datetimes ISO in UTC."""
        self._parts = _encoded_members(entries, self._parts)
        body = b",\n".join(part[1] for part in self._parts.values())
        head = b'{"schema_version":%d,\n"entries":{\n' % SCHEMA_VERSION
        lists_json: bytes = _LISTS_JSON.dump_json(dict(lists), exclude_none=True)
        searches_json = self._searches_json(searches or {})
        hidden_json: bytes = _HIDDEN_JSON.dump_json(dict(hidden or {}), exclude_none=True)
        tail = (b'},\n"lists":' + lists_json + b',\n"searches":' + searches_json
                + b',\n"hidden_employers":' + hidden_json + b"}\n")
        return head + body + tail


    def _searches_json(self, searches: Mapping[str, SavedSearch]) -> bytes:
        self._search_parts = _encoded_members(searches, self._search_parts)
        return b"{" + b",\n".join(part[1] for part in self._search_parts.values()) + b"}"


def dump_userdata(entries: Mapping[str, Entry], lists: Mapping[str, Shortlist],
                  searches: Mapping[str, SavedSearch] | None = None,
                  hidden: Mapping[str, HiddenEmployer] | None = None) -> bytes:
    """The file's bytes for a one-off write (an export)."""
    return JsonWriter().dump(entries, lists, searches, hidden)


@dataclass(frozen=True)
class LoadReport:
    """How opening went; notes are the sentences for the user (none when all is well), as
    core.messages codes with their arguments: text(lang) renders them.

    code says which case it is, for the GUI: "" (fine), "backup-only", "restored", "damaged",
    "damaged-kept" (could not be moved aside), "newer-version", "read-only-disk", "unreadable".
    """

    ok: bool = True
    notes: tuple[Note, ...] = ()
    moved_to: Path | None = None
    backup_available: Path | None = None
    read_only: bool = False
    code: str = ""

    def text(self, lang: Lang = DEFAULT_LANG) -> str:
        return " ".join(render(code, args, lang) for code, args in self.notes)

    @property
    def message(self) -> str:
        """The report in Portuguese, the app's own language (logs, tests)."""
        return self.text()


class UserDataFile:
    """DATA_DIR/userdata.json: change detection, locked reads, atomic saves with a backup.

    A damaged file is moved aside (the store starts empty, the backup is offered); a file from
    a newer schema, or a folder that cannot be written, makes the store read-only: what can be
    read is shown, and the file is then never written nor moved.
    """

    def __init__(self, folder: Path, stamp: Callable[[], str]) -> None:
        self.folder = folder
        self.path = folder / DATA_FILE
        self.backup_path = folder / BACKUP_FILE
        self.report = LoadReport()
        self.read_only = False
        self.newer_version: int | None = None  # the file's schema version when a newer app wrote it
        self.keep_backup = False  # a backup is on offer: do not rotate it away
        self._stamp = stamp  # file-name time stamp for a damaged file
        self._signature: Signature | None = None  # of the file as last read or written
        self._temps_checked = False
        self._writer = JsonWriter()

    def lock(self, timeout: float = 10.0) -> FileLock:
        return FileLock(self.folder / LOCK_FILE, timeout)

    def changed(self) -> bool:
        """True if the file is not the one we last read or wrote."""
        return file_signature(self.path) != self._signature

    def load(self) -> UserData | None:
        """First read, at open: None if there is nothing usable (see report)."""
        if not self.path.exists():
            self._offer_lost_backup()
            problem = cannot_create_in(self.folder)
            if problem is not None:
                self.cannot_write(problem)
            return None
        try:
            with self.lock():
                return self.read()
        except LockTimeoutError:  # a stuck lock: read anyway (a save will say it is busy)
            return self.read(move_bad=False)
        except OSError as exc:
            if not is_read_only_error(exc):
                raise
            # no lock on a read-only disk or folder; none is needed to read an atomically
            # replaced file, and nothing will be written here
            data = self.read(move_bad=False)
            self.cannot_write(exc)
            return data

    def read(self, move_bad: bool = True) -> UserData | None:
        """Read and validate the file (caller holds the lock unless move_bad is False); None if
        absent or unusable. A newer version's file gives what this version understands of it."""
        got = read_with_signature(self.path)
        if got is None:
            self._signature = None
            return None
        raw, signature = got
        try:
            data = parse_userdata(raw)
        except FutureVersionError as exc:
            self._signature = signature
            newer = parse_newer(raw)
            self._refuse(exc.version, None if newer is None else newer.partial)
            return None if newer is None else newer.data
        except BadDataError:
            self._set_aside(move_bad)
            return None
        self._signature = signature
        return data

    def read_backup(self) -> UserData | None:
        """The backup's data if it is a valid file of this schema."""
        try:
            return parse_userdata(self.backup_path.read_bytes())
        except (OSError, BadDataError, FutureVersionError):
            return None

    def write(self, entries: Mapping[str, Entry], lists: Mapping[str, Shortlist],
              searches: Mapping[str, SavedSearch] | None = None,
              hidden: Mapping[str, HiddenEmployer] | None = None) -> None:
        """Save the data (caller holds the lock), the previous file becoming the backup."""
        if self.read_only:
            raise PermissionError(f"{self.path} is open read-only")
        if not self._temps_checked:
            remove_stale_temps(self.path)
            self._temps_checked = True
        raw = self._writer.dump(entries, lists, searches, hidden)
        atomic_write(self.path, raw, None if self.keep_backup else self.backup_path)
        self._signature = file_signature(self.path)

    def cannot_read(self, exc: OSError) -> None:
        """The file could not be read at all: refuse to write rather than clobber it."""
        log.warning("cannot read %s: %s", self.path, exc)
        self.read_only = True
        self.report = LoadReport(
            ok=False,
            read_only=True,
            code="unreadable",
            notes=(("store.unreadable", (os_reason(exc),)), ("store.nothing-saved", ())),
        )

    def cannot_write(self, exc: OSError) -> None:
        """The folder cannot be written (read-only disk, no permission): show the data, change nothing."""
        log.warning("user data in %s opened read-only: %s", self.folder, exc)
        self.read_only = True
        if not self.report.ok:  # a damaged or newer file: that message matters more and says read-only
            return
        why: Note = ("store.cannot-write", (str(self.folder), "#store.rofs" if exc.errno == errno.EROFS
                                                else "#store.no-permission"))
        if exc.errno == errno.ENOTDIR:
            why = ("store.cannot-write-not-folder", (str(self.folder), str(exc.filename)))
        self.report = LoadReport(
            ok=False,
            read_only=True,
            code="read-only-disk",
            notes=(why, ("store.no-change-saved", ())),
        )

    def _refuse(self, version: int, partial: int | None) -> None:
        """A newer version wrote the file: show what can be read (partial: items not shown in
        full; None: nothing could be read), never write it."""
        self.read_only = True
        self.newer_version = version
        notes: list[Note] = [("store.newer", (str(version), str(SCHEMA_VERSION)))]
        if partial is None:
            notes.append(("store.newer-none", ()))
        elif partial:
            notes.append(("store.newer-partial", (str(partial),)))
        notes.append(("store.update-app", ()))
        self.report = LoadReport(ok=False, read_only=True, code="newer-version", notes=tuple(notes))

    def _set_aside(self, move: bool) -> None:
        """Move a damaged file aside (never overwriting) and offer the backup if it is valid."""
        moved = move_aside(self.path, CORRUPT_STEM, self._stamp()) if move else None
        self._signature = None
        backup = self.backup_path if self.read_backup() is not None else None
        self.keep_backup = self.keep_backup or backup is not None
        notes: list[Note] = [("store.damaged-moved", (moved.name,)) if moved is not None
                             else ("store.damaged-kept", ())]
        if backup is not None:
            notes.append(("store.backup-offered", ()))
        # not moved: it is still there, so never save over it
        self.read_only = self.read_only or moved is None
        self.report = LoadReport(
            ok=False,
            notes=tuple(notes),
            moved_to=moved,
            backup_available=backup,
            read_only=moved is None,
            code="damaged" if moved is not None else "damaged-kept",
        )

    def _offer_lost_backup(self) -> None:
        """No data file but a valid backup (the file was deleted): offer the backup."""
        if self.read_backup() is not None:
            self.keep_backup = True
            self.report = LoadReport(notes=(("store.backup-only", ()),), backup_available=self.backup_path,
                                     code="backup-only")
