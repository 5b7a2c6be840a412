"""Printable export of postings for a client: a summary table on the first page, then the postings
several to a page, "página N de M" at each foot; notes only when asked (they are private)."""

from __future__ import annotations

import errno
import html
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextBlock, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from ..core.columns import CONTEXT, NO_N, days_words
from ..core.export import ExportContext, IncompleteWriteError, Ticker, atomic_output, check_complete, safe_text
from ..core.posting import Posting
from . import html_render
from .html_render import (
    Countdown,
    Labels,
    bep_url,
    countdown_html,
    format_date,
    header_fields,
    link_html,
    profile_and_extra_html,
    style_sheet,
    text_html,
)
from .pdf_pages import Sheet, lay_out, paint_pages, printer_pages
from .theme import Scheme, colours_for

RESOLUTION_DPI = 300
MARGIN_MM = 15.0
PROGRESS_EVERY = 20  # postings between progress reports while the document is built
PDF_TRAILER = b"%%EOF"
ANCHOR = "posting-"  # + the posting's number in the document: its title's anchor


def print_style_sheet() -> str:
    """The detail pane's style sheet plus the paper's own rules, always in the light colours."""
    light = colours_for(Scheme.LIGHT)
    return style_sheet(light) + f"""
h1.doc {{ font-size: xx-large; margin-bottom: 2px; color: {light["heading"]}; }}
p.doc {{ color: {light["muted"]}; margin-bottom: 14px; }}
h1 {{ font-size: large; margin-top: 0px; margin-bottom: 6px; }}
h2 {{ font-size: medium; margin-top: 12px; }}
h3 {{ font-size: medium; margin-top: 10px; }}
p.links {{ font-size: small; color: {light["link"]}; }}
hr {{ margin-top: 14px; margin-bottom: 14px; }}
h2.summary {{ margin-top: 4px; }}
table.summary {{ border-collapse: collapse; font-size: small; }}
table.summary th {{ background-color: {light["table_head_bg"]}; color: {light["heading"]}; text-align: left;
  padding: 4px; border: 1px solid {light["border"]}; }}
table.summary td {{ padding: 4px; border: 1px solid {light["border"]}; }}
td.num {{ text-align: right; white-space: nowrap; }}
"""


def _labels() -> Labels:
    return Labels(
        trabalho=QCoreApplication.translate("ExportPdf", "Trabalho"),
        empregador=QCoreApplication.translate("ExportPdf", "Empregador"),
        place=QCoreApplication.translate("ExportPdf", "Concelho / Distrito"),
        codigo_postal=QCoreApplication.translate("ExportPdf", "Código postal"),
        ref=QCoreApplication.translate("ExportPdf", "Ref"),
        id=QCoreApplication.translate("ExportPdf", "Id"),
        abertura=QCoreApplication.translate("ExportPdf", "Abertura"),
        fecho=QCoreApplication.translate("ExportPdf", "Fecho"),
        bep_link=QCoreApplication.translate("ExportPdf", "Página no BEP"),
        profile=QCoreApplication.translate("ExportPdf", "Perfil funcional"),
        extra=QCoreApplication.translate("ExportPdf", "Outros campos"),
        # the detail pane's own notes, in its words (the defaults would stay Portuguese)
        file_changed=QCoreApplication.translate(
            "DetailPane", "O ficheiro mudou desde a leitura: mostra-se o texto atual."),
        file_gone=QCoreApplication.translate(
            "DetailPane", "O ficheiro desta vaga já não existe ou não pode ser lido: o perfil não está disponível."),
    )


def countdown(posting: Posting, ctx: ExportContext) -> Countdown:
    """The detail pane's deadline phrase ("faltam N dias", "fechou há N dias"...) on ctx.today."""
    return html_render.countdown(posting.data_fecho, ctx.today, posting.data_abertura)


def _row(label: str, value_html: str) -> str:
    return f'<tr><td class="label">{html.escape(label)}</td><td>{value_html}</td></tr>'


def posting_block(
    posting: Posting, ctx: ExportContext, labels: Labels, page_break: bool = False, separator: bool = False,
    number: int = 0,
) -> str:
    """One posting: title, header table (with deadline, status and notes), BEP address, profile, extras.

    The title carries the anchor "posting-NUMBER": where the posting starts on paper (posting_pages)."""
    style = ' style="page-break-before: always"' if page_break else ""
    parts = ["<hr>"] if separator else []
    title = text_html(posting.title or posting.trabalho or '—')
    parts.append(f'<h1{style}><a name="{ANCHOR}{number}">{title}</a></h1>')
    rows = [_row(label, text_html(value)) for label, value in header_fields(posting, labels)]
    left = countdown(posting, ctx)
    phrase = countdown_html(left)
    closing = format_date(posting.data_fecho)
    rows.append(_row(labels.fecho, f"{html.escape(closing)} &nbsp;{phrase}" if closing else phrase))
    status = ctx.status_of(posting) if ctx.status_of is not None else ""
    if status:
        rows.append(_row(QCoreApplication.translate("ExportPdf", "Estado"), text_html(status)))
    note = ctx.note_of(posting) if ctx.note_of is not None else ""
    if note:
        rows.append(_row(QCoreApplication.translate("ExportPdf", "Notas"), text_html(note)))
    parts.append(f'<table cellspacing="0">{"".join(rows)}</table>')
    url = bep_url(posting.id)
    if url:  # on paper the address itself is what counts
        parts.append(f'<p class="links">{html.escape(labels.bep_link)}: {link_html(url, url)}</p>')
    parts.append(profile_and_extra_html(posting, labels))
    return "".join(parts)


def summary_order(postings: Sequence[Posting]) -> list[Posting]:
    """By deadline, soonest first; postings without one last (stable otherwise)."""
    return sorted(postings, key=lambda p: (p.data_fecho is None, p.data_fecho or date.min))


def _days_text(posting: Posting, ctx: ExportContext) -> str:
    """The table's Dias cell, translated ("12", "fecha hoje", "fechada")."""
    text, n = days_words(posting.data_fecho, ctx.today, posting.data_abertura)
    if n == NO_N:
        return QCoreApplication.translate(CONTEXT, text)
    return QCoreApplication.translate(CONTEXT, text, "", n)


def summary_html(postings: Sequence[Posting], ctx: ExportContext) -> str:
    """The first page's table: Ref, Trabalho, Empregador, Local, Fecho, Dias, Estado by deadline."""
    heads = [QCoreApplication.translate("ExportPdf", "Ref"), QCoreApplication.translate("ExportPdf", "Trabalho"),
             QCoreApplication.translate("ExportPdf", "Empregador"), QCoreApplication.translate("ExportPdf", "Local"),
             QCoreApplication.translate("ExportPdf", "Fecho"), QCoreApplication.translate("ExportPdf", "Dias"),
             QCoreApplication.translate("ExportPdf", "Estado")]
    rows = ["<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in heads) + "</tr>"]
    for posting in summary_order(postings):
        place = ", ".join(p for p in (posting.concelho, posting.distrito) if p)
        status = ctx.status_of(posting) if ctx.status_of is not None else ""
        cells = [text_html(posting.ref), text_html(posting.trabalho or posting.title), text_html(posting.empregador),
                 text_html(place), html.escape(format_date(posting.data_fecho))]
        days = f'<td class="num">{html.escape(_days_text(posting, ctx))}</td>'
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + days + f"<td>{text_html(status)}</td></tr>")
    heading = html.escape(QCoreApplication.translate("ExportPdf", "Resumo"))
    return (f'<h2 class="summary">{heading}</h2>'
            f'<table class="summary" width="100%" cellspacing="0">{"".join(rows)}</table>')


def document_html(
    postings: Sequence[Posting],
    ctx: ExportContext,
    title: str,
    tick: Callable[[int], None] | None = None,
    page_per_posting: bool = False,
    include_notes: bool = False,
) -> str:
    """The whole document: a title block and the summary table, then from a new page each posting
    (several to a page, or each on its own page if page_per_posting); notes only if include_notes."""
    if not include_notes:
        ctx = replace(ctx, note_of=None)
    n = len(postings)
    if n == 1:
        count = QCoreApplication.translate("ExportPdf", "1 oferta")
    else:
        count = QCoreApplication.translate("ExportPdf", "%n ofertas", "", n)
    when = QCoreApplication.translate("ExportPdf", "Situação em %1").replace("%1", format_date(ctx.today))
    parts = [f'<h1 class="doc">{text_html(title)}</h1><p class="doc">{html.escape(when)} · {html.escape(count)}</p>',
             summary_html(postings, ctx)]
    labels = _labels()
    for i, posting in enumerate(postings):
        if tick is not None:
            tick(i)
        later = i > 0
        parts.append(posting_block(posting, ctx, labels, page_per_posting or not later,
                                   not page_per_posting and later, i))
    return "".join(parts)


def build_document(
    postings: Sequence[Posting],
    ctx: ExportContext,
    title: str,
    tick: Callable[[int], None] | None = None,
    page_per_posting: bool = False,
    include_notes: bool = False,
) -> QTextDocument:
    """A QTextDocument of the postings, styled like the detail pane."""
    doc = QTextDocument()
    doc.setDefaultStyleSheet(print_style_sheet())
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    doc.setHtml(document_html(postings, ctx, title, tick, page_per_posting, include_notes))
    return doc


def pdf_writer(device: QIODevice, title: str) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION_DPI)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
    )
    writer.setPageLayout(layout)
    writer.setTitle(title)
    writer.setCreator("Vagas Desktop")
    return writer


def render_pdf(doc: QTextDocument, title: str) -> bytes:
    """The PDF of doc, made in memory: Qt's PDF engine ignores write errors, so the bytes reach the
    disk through Python, which reports them. Raises IncompleteWriteError if Qt did not finish it."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, title)
    paint_pages(doc, writer)  # begins and ends its own painter on the writer
    del writer
    data = bytes(buffer.data().data())
    buffer.close()
    if not data.rstrip().endswith(PDF_TRAILER):
        raise IncompleteWriteError(errno.EIO, f"the PDF is incomplete ({len(data)} bytes, no %%EOF)")
    return data


def export_pdf(
    postings: Sequence[Posting],
    path: Path,
    ctx: ExportContext,
    title: str,
    overwrite: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    page_per_posting: bool = False,
    include_notes: bool = False,
) -> int:
    """Write postings as an A4 PDF; the number of postings written.

    Same rules as core.export.export: FileExistsError without overwrite, ExportError when the
    destination cannot be written, ExportCancelled on cancel, and never a partial or temp file
    left behind. Cancel is polled while the document is built, not during the final print.
    """
    ticker = Ticker(len(postings), progress, cancelled, PROGRESS_EVERY)
    title = safe_text(title)  # a list name typed on a command line may carry undecodable bytes
    with atomic_output(Path(path), overwrite) as tmp:
        doc = build_document(postings, ctx, title, ticker, page_per_posting, include_notes)
        ticker.check()
        data = render_pdf(doc, title)
        ticker.check()
        with open(tmp, "w+b") as fh:
            fh.write(data)
            check_complete(fh)
            fh.seek(-min(len(data), 64), 2)
            if not fh.read().rstrip().endswith(PDF_TRAILER):  # what the disk holds, not what we sent
                raise IncompleteWriteError(errno.EIO, "the PDF on disk has no %%EOF trailer")
    ticker.finish()
    return len(postings)


def print_document(
    postings: Sequence[Posting], printer: QPrinter, ctx: ExportContext, title: str, page_per_posting: bool = False,
    include_notes: bool = False, current: int | None = None,
) -> int:
    """Send the same document to a printer (File ▸ Print); the caller set the printer up. Its page
    range and copies are honoured; with its print range CurrentPage, the pages of postings[current]
    (the posting on show). The document's page count."""
    doc = build_document(postings, ctx, safe_text(title), page_per_posting=page_per_posting,
                         include_notes=include_notes)
    span = None
    if printer.printRange() == QPrinter.PrintRange.CurrentPage and current is not None:
        span = posting_pages(doc, lay_out(doc, printer), current)
    return paint_pages(doc, printer, pages=printer_pages(printer, span))


def posting_pages(doc: QTextDocument, sheet: Sheet, number: int) -> tuple[int, int]:
    """The first and last page (0-based) on which the document's posting `number` is printed
    (from its title's anchor to the lowest line before the next posting's)."""
    layout = doc.documentLayout()
    top = bottom = -1.0
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        found = _posting_number(block)
        if found is not None and top >= 0 and found != number:
            break  # the next posting starts here
        if found == number and top < 0:
            top = rect.top()
        if top >= 0:
            bottom = max(bottom, rect.bottom())
        block = block.next()
    if top < 0:
        return 0, max(doc.pageCount() - 1, 0)
    first = sheet.page_at(top)
    return first, max(first, sheet.page_at(bottom - 0.5))


def _posting_number(block: QTextBlock) -> int | None:
    """The posting whose title anchor is in block, if any."""
    it = block.begin()
    while not it.atEnd():
        for name in it.fragment().charFormat().anchorNames():
            if name.startswith(ANCHOR) and name[len(ANCHOR):].isdigit():
                return int(name[len(ANCHOR):])
        it += 1
    return None
