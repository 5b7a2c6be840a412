"""XLSX export with openpyxl's write-only workbook: bold frozen header, real dates, sized columns."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from copy import copy
from datetime import date
from typing import Any, BinaryIO
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.writer.excel import ExcelWriter  # type: ignore[import-untyped]

from .export_columns import ExportColumn, ExportContext, Value, neutralise, row_values
from .posting import Posting

SHEET_TITLE = "Ofertas"
DATE_FORMAT = "DD/MM/YYYY"
DATE_WIDTH = 12
MIN_WIDTH = 8
MAX_WIDTH = 60
WRAP_WIDTH = 60
WRAP_CHARS = 66  # characters a WRAP_WIDTH column holds per line, on average, once words wrap
LINE_HEIGHT = 15  # points per text line at the default 11 pt font
MAX_ROW_HEIGHT = 409  # Excel's limit, in points
SAMPLE_ROWS = 200  # rows looked at to size the columns
MAX_CELL_CHARS = 32767  # Excel's limit for one cell


def clean_text(value: str) -> str:
    """A string as an XLSX cell holds it: cleaned and neutralised (export_columns), within the limit."""
    return neutralise(value)[:MAX_CELL_CHARS]


def _display_width(value: Value) -> int:
    """Characters of the longest line of a value as shown."""
    if value is None:
        return 0
    if isinstance(value, date):
        return DATE_WIDTH
    text = str(value)
    return max(map(len, text.split("\n"))) if "\n" in text else len(text)


def column_widths(postings: Sequence[Posting], columns: Sequence[ExportColumn], ctx: ExportContext) -> list[float]:
    """Widths from the header and the first SAMPLE_ROWS rows, capped; wrapped columns get a fixed width."""
    widths = [len(c.header) for c in columns]
    for posting in postings[:SAMPLE_ROWS]:
        for i, value in enumerate(row_values(posting, columns, ctx)):
            if not columns[i].wrap:
                widths[i] = max(widths[i], _display_width(value))
    return [
        WRAP_WIDTH if c.wrap else min(max(w + 2, MIN_WIDTH), MAX_WIDTH) for c, w in zip(columns, widths, strict=True)
    ]


def wrapped_lines(text: str, width: int = WRAP_CHARS) -> int:
    """Lines a text takes in a wrapped column of width characters (an estimate, on the safe side)."""
    return sum(max(1, -(-len(line) // width)) for line in text.split("\n"))


class _Cells:
    """Turns values into what the write-only sheet appends: numbers as they are, text and dates as cells.

    Styles are set once on template cells and copied (as openpyxl's own sheet copy does): setting
    them cell by cell costs several times more.
    """

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        top = Alignment(vertical="top")
        self.date = self._template(number_format=DATE_FORMAT)
        self.date_top = self._template(number_format=DATE_FORMAT, alignment=top)
        self.wrap = self._template(alignment=Alignment(wrap_text=True, vertical="top"))
        self.top = self._template(alignment=top)
        self.bold = self._template(font=Font(name="Calibri", size=11, bold=True))  # openpyxl's default font

    def _template(self, **style: Any) -> Any:
        cell = WriteOnlyCell(self.ws)
        for name, value in style.items():
            setattr(cell, name, value)
        return cell._style

    def styled(self, value: Value, style: Any) -> Any:
        cell = WriteOnlyCell(self.ws)
        cell._style = copy(style)
        cell.value = value  # after the style, so a date keeps DATE_FORMAT
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula or an error value, whatever it looks like
        return cell

    def text(self, value: str) -> Any:
        """An unstyled text cell. openpyxl would type a str starting with "=" as a formula and
        "#N/A" as an error: the type is set here, not inferred."""
        cell = WriteOnlyCell(self.ws)
        cell._value = value  # already cleaned and cut to MAX_CELL_CHARS: skip openpyxl's checks
        cell.data_type = "s"
        return cell

    def header(self, text: str) -> Any:
        return self.styled(clean_text(text), self.bold)

    def row(self, values: Sequence[Value], wraps: Sequence[bool]) -> tuple[list[Any], int]:
        """The cells of one row and its height in lines (tall rows are top-aligned throughout)."""
        texts = [clean_text(v) if isinstance(v, str) and v else v for v in values]
        lines = max(
            (wrapped_lines(t) for t, w in zip(texts, wraps, strict=True) if w and isinstance(t, str)), default=1
        )
        tall = lines > 1
        return [self.cell(t, w, tall) for t, w in zip(texts, wraps, strict=True)], lines

    def cell(self, value: Value, wrap: bool, tall: bool) -> Any:
        if value is None or value == "":
            return None  # no cell at all
        if isinstance(value, date):
            return self.styled(value, self.date_top if tall else self.date)
        if wrap or tall:
            return self.styled(value, self.wrap if wrap else self.top)
        if isinstance(value, str):
            return self.text(value)
        return value  # a number: openpyxl types it itself


def write_xlsx(
    postings: Sequence[Posting],
    out: BinaryIO,
    columns: Sequence[ExportColumn],
    ctx: ExportContext,
    tick: Callable[[int], None],
) -> None:
    """Write one sheet: header row (bold, frozen, filterable, repeated on printed pages), one row per posting.

    out is the caller's own handle on the file, to check afterwards that every byte reached the disk.
    """
    widths = column_widths(postings, columns, ctx)
    rows = (row_values(posting, columns, ctx) for posting in postings)
    _write_sheet(SHEET_TITLE, [c.header for c in columns], widths, [c.wrap for c in columns], rows, out, tick)


def _write_sheet(title: str, headers: Sequence[str], widths: Sequence[float], wraps: Sequence[bool],
                 rows: Iterable[Sequence[Value]], out: BinaryIO, tick: Callable[[int], None]) -> None:
    """One sheet: bold frozen filterable header (repeated on printed pages), then the rows, sized to wrap."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title[:31])  # Excel's limit for a sheet name
    ws.freeze_panes = "A2"
    _page_setup(ws)
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    cells = _Cells(ws)
    try:
        ws.append([cells.header(h) for h in headers])
        count = 0
        for i, values in enumerate(rows):
            tick(i)
            row, lines = cells.row(values, wraps)
            if lines > 1:  # spreadsheets do not grow rows on open: size them here
                ws.row_dimensions[i + 2].height = min(LINE_HEIGHT * lines, MAX_ROW_HEIGHT)
            ws.append(row)
            count = i + 1
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
        _save(wb, out)
    except BaseException:
        _discard(wb)
        raise


def _page_setup(ws: Any) -> None:
    """Printing: A4 landscape, all columns on one page width, the header row on every page."""
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _save(wb: Any, fh: BinaryIO) -> None:
    """openpyxl's save_workbook, but the archive is closed on failure too: left open, it would try
    to finish itself on a full disk when garbage-collected (an "Exception ignored" on stderr)."""
    archive = ZipFile(fh, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(wb, archive).save()
    except BaseException:
        with suppress(Exception):  # the first error is the one to report
            archive.close()
        raise


def _discard(wb: Any) -> None:
    """Let openpyxl remove its own scratch files (it does so on save), saving to memory; the caller
    deletes the temp file."""
    with suppress(Exception):
        wb.save(io.BytesIO())


def write_rows_xlsx(headers: Sequence[str], rows: Sequence[Sequence[Value]], wraps: Sequence[bool], out: BinaryIO,
                    tick: Callable[[int], None], title: str = SHEET_TITLE) -> None:
    """A table that is not postings (the activity report) with the same hygiene and looks as write_xlsx."""
    widths = [len(h) for h in headers]
    for values in rows[:SAMPLE_ROWS]:
        widths = [max(w, _display_width(v)) for w, v in zip(widths, values, strict=True)]
    fitted = [WRAP_WIDTH if wrap else min(max(width + 2, MIN_WIDTH), MAX_WIDTH)
              for width, wrap in zip(widths, wraps, strict=True)]
    _write_sheet(title, headers, fitted, wraps, rows, out, tick)
