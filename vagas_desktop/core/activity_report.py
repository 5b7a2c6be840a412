"""Activity report: every status change of the tracked applications in a period, with its date.

The record a person receiving unemployment benefit keeps of an active job search: for a list or
all tracked postings, one row per status change (the day it was made, the posting, the new status),
oldest first. Written as CSV or XLSX here; the GUI and the CLI print the same table as a PDF.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path

from .columns import bep_url
from .export import CSV_FORMATS, CancelCheck, ProgressCallback, Ticker, atomic_output, check_complete, csv_cell
from .export_columns import ExportArgumentError, Value, neutralise
from .messages import Lang, render
from .posting import Posting
from .shortlists import UserStore
from .userdata_schema import Status

__all__ = ["REPORT_FORMATS", "ActivityRow", "ReportTable", "activity_rows", "report_table", "write_report"]

REPORT_FORMATS = (*CSV_FORMATS, "xlsx")
StatusLabel = Callable[[Status | None], str]


@dataclass(frozen=True)
class ActivityRow:
    """One status change: when (aware), on which posting, to which status (None: cleared), and the note."""

    at: datetime
    posting: Posting
    status: Status | None
    note: str = ""

    def day(self, tz: tzinfo | None = None) -> date:
        """The local day of the change (the system's time zone unless tz is given)."""
        return self.at.astimezone(tz).date()


@dataclass(frozen=True)
class ReportTable:
    """The report as a table: headers, rows of values (dates as dates) and which columns wrap."""

    headers: list[str]
    rows: list[list[Value]]
    wraps: list[bool]
    sheet: str = "Atividade"  # the XLSX sheet's name


def _posting_of(store: UserStore, key: str, lookup: Callable[[str], Posting | None] | None) -> Posting:
    found = lookup(key) if lookup is not None else None
    if found is not None:
        return found
    entry = store.entry(key)
    if entry is not None and entry.snapshot is not None:
        return entry.snapshot.to_posting()
    return Posting(ref=key)  # no snapshot (older data): the key is its Ref, or its Id


def activity_rows(store: UserStore, start: date | None = None, end: date | None = None,
                  list_id: str | None = None, lookup: Callable[[str], Posting | None] | None = None,
                  tz: tzinfo | None = None) -> list[ActivityRow]:
    """The status changes from start to end (inclusive, local days; None: open-ended), oldest first.

    list_id limits them to one list's postings; lookup gives the open folder's posting for a key
    (else the snapshot the store keeps is used).
    """
    keys = store.members(list_id) if list_id is not None else list(store.entries())
    rows: list[ActivityRow] = []
    for key in keys:
        changes = [c for c in store.history(key)
                   if (start is None or c.at.astimezone(tz).date() >= start)
                   and (end is None or c.at.astimezone(tz).date() <= end)]
        if not changes:
            continue
        posting = _posting_of(store, key, lookup)
        note = store.note(key)
        rows += [ActivityRow(c.at, posting, c.status, note) for c in changes]
    rows.sort(key=lambda r: r.at)
    return rows


def default_status_label(lang: Lang) -> StatusLabel:
    def label(status: Status | None) -> str:
        return render(f"status.{status.value}", (), lang) if status is not None else render("report.cleared", (), lang)

    return label


def report_table(rows: Sequence[ActivityRow], lang: Lang, status_label: StatusLabel | None = None,
                 include_notes: bool = False, tz: tzinfo | None = None) -> ReportTable:
    """Data, Ref, Trabalho, Empregador, Local, Estado, Fecho, Página no BEP (and Notas when asked)."""
    label = status_label or default_status_label(lang)
    codes = ["report.date", "report.ref", "report.trabalho", "report.empregador", "report.place", "report.status",
             "report.closes", "report.link"] + (["report.notes"] if include_notes else [])
    table: list[list[Value]] = []
    for row in rows:
        p = row.posting
        place = ", ".join(x for x in (p.concelho, p.distrito) if x)
        values: list[Value] = [row.day(tz), p.ref, p.trabalho or p.title, p.empregador, place, label(row.status),
                               p.data_fecho, bep_url(p.id) if isinstance(p.id, int) else ""]
        if include_notes:
            values.append(row.note)
        table.append(values)
    wraps = [False] * 8 + ([True] if include_notes else [])
    return ReportTable([render(c, (), lang) for c in codes], table, wraps, render("report.sheet", (), lang))


def write_report(table: ReportTable, path: Path, fmt: str, overwrite: bool = False,
                 progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> int:
    """Write the table as CSV (either preset) or XLSX, atomically; the number of rows.

    Same rules as core.export.export: no cell is ever a formula, never a half-written file.
    """
    if fmt not in REPORT_FORMATS:
        raise ExportArgumentError("export.unknown-format", repr(fmt), ", ".join(REPORT_FORMATS))
    tick = Ticker(len(table.rows), progress, cancelled)
    with atomic_output(Path(path), overwrite) as tmp:
        if fmt == "xlsx":
            from .export_xlsx import write_rows_xlsx  # openpyxl is imported only when needed

            with open(tmp, "wb") as fh:
                write_rows_xlsx(table.headers, table.rows, table.wraps, fh, tick, table.sheet)
                check_complete(fh)
        else:
            preset = CSV_FORMATS[fmt]
            with open(tmp, "w", encoding=preset.encoding, newline="") as fh:
                writer = csv.writer(fh, delimiter=preset.delimiter, lineterminator=preset.lineterminator)
                writer.writerow([neutralise(h) for h in table.headers])
                for i, values in enumerate(table.rows):
                    tick(i)
                    writer.writerow([csv_cell(v) for v in values])
                check_complete(fh)
        tick.check()
    tick.finish()
    return len(table.rows)
