"""Printable export of postings: one QTextDocument built from escaped HTML, to a PDF file or a printer."""

from __future__ import annotations

import errno
import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

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
from .theme import Scheme, colours_for

RESOLUTION_DPI = 300
MARGIN_MM = 15.0
PROGRESS_EVERY = 20  # postings between progress reports while the document is built
PDF_TRAILER = b"%%EOF"



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
    posting: Posting, ctx: ExportContext, labels: Labels, page_break: bool = False, separator: bool = False
) -> str:
    """One posting: title, header table (with deadline, status and notes), BEP address, profile, extras."""
    style = ' style="page-break-before: always"' if page_break else ""
    parts = ["<hr>"] if separator else []
    parts.append(f"<h1{style}>{text_html(posting.title or posting.trabalho or '—')}</h1>")
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


def document_html(
    postings: Sequence[Posting],
    ctx: ExportContext,
    title: str,
    tick: Callable[[int], None] | None = None,
    page_per_posting: bool = True,
) -> str:
    """The whole document: a title block, then each posting (each on a new page if page_per_posting)."""
    n = len(postings)
    if n == 1:
        count = QCoreApplication.translate("ExportPdf", "1 oferta")
    else:
        count = QCoreApplication.translate("ExportPdf", "%n ofertas", "", n)
    when = QCoreApplication.translate("ExportPdf", "Situação em %1").replace("%1", format_date(ctx.today))
    parts = [f'<h1 class="doc">{text_html(title)}</h1><p class="doc">{html.escape(when)} · {html.escape(count)}</p>']
    labels = _labels()
    for i, posting in enumerate(postings):
        if tick is not None:
            tick(i)
        later = i > 0
        parts.append(posting_block(posting, ctx, labels, page_per_posting and later, not page_per_posting and later))
    return "".join(parts)


def build_document(
    postings: Sequence[Posting],
    ctx: ExportContext,
    title: str,
    tick: Callable[[int], None] | None = None,
    page_per_posting: bool = True,
) -> QTextDocument:
    """A QTextDocument of the postings, styled like the detail pane."""
    doc = QTextDocument()
    doc.setDefaultStyleSheet(print_style_sheet())
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    doc.setHtml(document_html(postings, ctx, title, tick, page_per_posting))
    return doc


def _pdf_writer(device: QIODevice, title: str) -> QPdfWriter:
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
    writer = _pdf_writer(buffer, title)
    doc.print_(writer)  # begins and ends its own painter on the writer
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
    page_per_posting: bool = True,
) -> int:
    """Write postings as an A4 PDF; the number of postings written.

    Same rules as core.export.export: FileExistsError without overwrite, ExportError when the
    destination cannot be written, ExportCancelled on cancel, and never a partial or temp file
    left behind. Cancel is polled while the document is built, not during the final print.
    """
    ticker = Ticker(len(postings), progress, cancelled, PROGRESS_EVERY)
    title = safe_text(title)  # a list name typed on a command line may carry undecodable bytes
    with atomic_output(Path(path), overwrite) as tmp:
        doc = build_document(postings, ctx, title, ticker, page_per_posting)
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
    postings: Sequence[Posting], printer: QPrinter, ctx: ExportContext, title: str, page_per_posting: bool = True
) -> None:
    """Send the same document to a printer (File ▸ Print); the caller set the printer up."""
    doc = build_document(postings, ctx, safe_text(title), page_per_posting=page_per_posting)
    doc.print_(printer)
