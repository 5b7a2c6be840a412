"""The activity report as a PDF: a title, the period, and the table of dated status changes."""

from __future__ import annotations

import errno
import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPageLayout, QTextDocument

from ..core.activity_report import ReportTable
from ..core.export import IncompleteWriteError, atomic_output, check_complete, safe_text
from ..core.messages import Lang, render
from .export_pdf import PDF_TRAILER, pdf_writer, print_style_sheet
from .html_render import format_date, text_html
from .pdf_pages import paint_pages


def period_text(start: date | None, end: date | None, lang: Lang) -> str:
    first = format_date(start) if start else render("report.since", (), lang)
    last = format_date(end) if end else render("report.until", (), lang)
    return render("report.period", (first, last), lang)


def report_html(table: ReportTable, title: str, period: str) -> str:
    """Escaped HTML: every value from the postings and the user is data, never markup."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in table.headers)
    body = []
    for values in table.rows:
        cells = [html.escape(format_date(v)) if isinstance(v, date) else text_html(str(v or "")) for v in values]
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return (f'<h1 class="doc">{text_html(title)}</h1><p class="doc">{html.escape(period)}</p>'
            f'<table class="summary" width="100%" cellspacing="0"><tr>{head}</tr>{"".join(body)}</table>')


def export_report_pdf(table: ReportTable, path: Path, title: str, period: str, overwrite: bool = False) -> int:
    """Write the report as an A4 landscape PDF (same file-safety rules as the other exports); rows written."""
    title = safe_text(title)
    doc = QTextDocument()
    doc.setDefaultStyleSheet(print_style_sheet())
    doc.setHtml(report_html(table, title, period))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, title)
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)  # eight columns
    paint_pages(doc, writer)
    del writer
    data = bytes(buffer.data().data())
    if not data.rstrip().endswith(PDF_TRAILER):
        raise IncompleteWriteError(errno.EIO, f"the PDF is incomplete ({len(data)} bytes, no %%EOF)")
    with atomic_output(Path(path), overwrite) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
        check_complete(fh)
    return len(table.rows)
