"""Crash-safe file replacement, a kept backup, and an advisory lock file."""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import time
from pathlib import Path
from types import TracebackType

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

# (inode, size, mtime_ns, ctime_ns): every atomic replace makes a new inode, so a write by
# another process changes the signature even within one mtime tick.
Signature = tuple[int, int, int, int]

_REPLACE_TRIES = 20  # Windows: a reader holding the file open makes os.replace fail briefly


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
    """Delete temp files a killed writer left beside path (call only while holding the lock)."""
    for name in (path, path.with_name(path.name + ".bak")):
        for stale in name.parent.glob(f".{name.name}.*.tmp"):
            stale.unlink(missing_ok=True)
