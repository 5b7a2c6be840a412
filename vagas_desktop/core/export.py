"""Export postings to CSV or XLSX: never a half-written file, never an unasked overwrite."""

from __future__ import annotations

import csv
import errno
import logging
import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from .atomic import fsync_dir
from .export_columns import (
    COLUMNS,
    DEFAULT_KEYS,
    ExportArgumentError,
    ExportColumn,
    ExportContext,
    Value,
    column,
    default_columns,
    extra_column,
    extra_names,
    neutralise,
    parse_columns,
    row_values,
    safe_text,
)
from .messages import NotedError, os_reason
from .posting import Posting

log = logging.getLogger(__name__)

__all__ = [
    "COLUMNS",
    "CSV_FORMATS",
    "DEFAULT_KEYS",
    "FORMATS",
    "CsvFormat",
    "ExportCancelled",
    "ExportColumn",
    "ExportContext",
    "ExportError",
    "IncompleteWriteError",
    "Ticker",
    "atomic_output",
    "check_complete",
    "column",
    "default_columns",
    "export",
    "extra_column",
    "extra_names",
    "neutralise",
    "parse_columns",
    "safe_text",
]

PROGRESS_EVERY = 500

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ExportError(NotedError):
    """The destination could not be written: where, and the system's reason (text(lang) for the user)."""

    def __init__(self, path: Path, exc: OSError) -> None:
        code = "export.cannot-write"
        if exc.errno in _DISK_FULL:
            code = "export.disk-full"
        elif isinstance(exc, IncompleteWriteError):
            code = "export.incomplete"
        reason = exc.strerror or str(exc) if isinstance(exc, IncompleteWriteError) else os_reason(exc)
        super().__init__(code, safe_text(str(path)), reason)
        self.path = path
        self.reason = self.text("en")


class IncompleteWriteError(OSError):
    """The file on disk is not all that was written (a short write the system did not report)."""


_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})  # no EDQUOT on Windows


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class CsvFormat:
    """A CSV dialect preset."""

    name: str
    encoding: str
    delimiter: str
    lineterminator: str


CSV_FORMATS: dict[str, CsvFormat] = {
    # Portuguese Excel: BOM so it reads UTF-8, ";" because "," is the decimal separator there.
    "csv-excel-pt": CsvFormat("csv-excel-pt", "utf-8-sig", ";", "\r\n"),
    # LibreOffice, pandas, scripts.
    "csv": CsvFormat("csv", "utf-8", ",", "\n"),
}
FORMATS = (*CSV_FORMATS, "xlsx")


class Ticker:
    """Reports progress every `every` rows and polls for cancel at the same moments."""

    def __init__(
        self,
        total: int,
        progress: ProgressCallback | None,
        cancelled: CancelCheck | None,
        every: int = PROGRESS_EVERY,
    ) -> None:
        self.total = total
        self.progress = progress
        self.cancelled = cancelled
        self.every = every

    def __call__(self, done: int) -> None:
        if done % self.every == 0:
            if self.progress is not None:
                self.progress(done, self.total)
            self.check()

    def check(self) -> None:
        """Raise ExportCancelled if the user asked to stop."""
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


def _temp_name(path: Path) -> Path:
    """A fresh hidden name beside path (same folder, so the final rename is atomic)."""
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")


def _exists_error(path: Path) -> FileExistsError:
    return FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))


def check_complete(fh: IO[Any]) -> None:
    """Flush and fsync fh, then check the file holds every byte written to it.

    A full disk may only show itself here (buffered writes, delayed allocation); raises OSError.
    """
    fh.flush()
    fd = fh.fileno()
    os.fsync(fd)
    written = os.lseek(fd, 0, os.SEEK_CUR)
    size = os.fstat(fd).st_size
    if size != written:
        raise IncompleteWriteError(errno.EIO, f"{size}/{written} B")


def _commit(tmp: Path, path: Path, overwrite: bool) -> None:
    """Move the finished temp file to path; without overwrite, an existing path is never replaced."""
    with open(tmp, "rb+") as fh:  # a writer that skipped check_complete still gets its file synced
        os.fsync(fh.fileno())
    if overwrite:
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)  # fails if path exists, even if it appeared a moment ago
    except FileExistsError:
        raise _exists_error(path) from None
    except OSError:  # no hard links here (FAT, some shares): check, then rename
        if path.exists():
            raise _exists_error(path) from None
        os.replace(tmp, path)


@contextmanager
def atomic_output(path: Path, overwrite: bool = False) -> Iterator[Path]:
    """Yield a temp path beside path to write; on success it becomes path, on any error it goes.

    The writer must end with check_complete on its file. Raises FileExistsError (path exists and
    overwrite is False) and ExportError (cannot write, disk full, short write).
    """
    path = Path(path)
    tmp = _temp_name(path)
    try:
        if not overwrite and path.exists():
            raise _exists_error(path)
        open(tmp, "xb").close()  # fail early, with the system's reason, on a read-only or missing folder
        yield tmp
        _commit(tmp, path, overwrite)
    except FileExistsError:
        raise
    except OSError as exc:
        log.info("export to %s failed: %s", safe_text(str(path)), exc)
        raise ExportError(path, exc) from exc
    finally:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
    with suppress(OSError):
        fsync_dir(path.parent)


def csv_cell(value: Value) -> str:
    """A value as CSV text: ISO dates, plain integers, "" for none, strings cleaned and neutralised."""
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(
    postings: Sequence[Posting],
    tmp: Path,
    fmt: CsvFormat,
    columns: Sequence[ExportColumn],
    ctx: ExportContext,
    tick: Ticker,
) -> None:
    """Write header and rows; newline="" lets the csv module keep multi-line values in one cell."""
    with open(tmp, "w", encoding=fmt.encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=fmt.delimiter, lineterminator=fmt.lineterminator)
        writer.writerow([neutralise(c.header) for c in columns])
        for i, posting in enumerate(postings):
            tick(i)
            writer.writerow([csv_cell(v) for v in row_values(posting, columns, ctx)])
        check_complete(fh)


def export(
    postings: Sequence[Posting],
    path: Path,
    fmt: str,
    columns: Sequence[ExportColumn],
    ctx: ExportContext,
    overwrite: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write postings to path as fmt ("csv-excel-pt", "csv" or "xlsx"); the number of rows written.

    Raises ValueError (format or columns), FileExistsError, ExportError and ExportCancelled;
    after any of them the destination is as it was and no temp file is left.
    """
    if fmt not in FORMATS:
        raise ExportArgumentError("export.unknown-format", repr(fmt), ", ".join(FORMATS))
    if not columns:
        raise ExportArgumentError("export.no-columns", ", ".join(COLUMNS))
    tick = Ticker(len(postings), progress, cancelled)
    with atomic_output(Path(path), overwrite) as tmp:
        if fmt == "xlsx":
            from .export_xlsx import write_xlsx  # openpyxl is imported only when needed

            with open(tmp, "wb") as fh:  # our own handle, to check every byte reached the disk
                write_xlsx(postings, fh, columns, ctx, tick)
                check_complete(fh)
        else:
            write_csv(postings, tmp, CSV_FORMATS[fmt], columns, ctx, tick)
        tick.check()
    tick.finish()
    return len(postings)
