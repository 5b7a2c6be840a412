"""PDF export and printing: a real PDF with the postings' text, escaped HTML, the same file-safety rules.

How the text is checked: PySide6-Essentials has no QtPdf, so the PDF's text is read with poppler's
``pdftotext`` when it is installed; without it, the tests check the QTextDocument's plain text
instead, and only that the file is a PDF with pages (a regex count of its page objects).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from vagas_desktop.core.export import ExportCancelled, ExportContext
from vagas_desktop.core.posting import Posting
from vagas_desktop.gui.export_pdf import build_document, countdown, document_html, export_pdf, print_document

TODAY = date(2025, 3, 15)
POSTINGS = [
    Posting(
        id=133021,
        ref="OE202503/0035",
        title="Emprego - Bragança - Técnico Superior",
        empregador="Instituto Politécnico de Bragança",
        concelho="Bragança",
        distrito="Bragança",
        data_abertura=date(2025, 3, 3),
        data_fecho=date(2025, 3, 21),
        descricao="Funções a exercer: gerir candidaturas; apoiar a mobilidade Erasmus+; elaborar acordos.",
    ),
    Posting(ref="OE202503/0036", title="Emprego - Faro - Assistente Operacional", data_fecho=TODAY),
    Posting(ref="OE202503/0037", title="<script>alert(1)</script> & Cª", data_fecho=date(2025, 3, 1)),
]
CTX = ExportContext(TODAY, lambda p: "Candidatura enviada", lambda p: "Ligar <b>amanhã</b>\nsegunda linha")
PDFTOTEXT = shutil.which("pdftotext")


def pdf_pages(path: Path) -> int:
    """Page objects in the file (Qt writes them uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", path.read_bytes()))


def pdf_text(path: Path) -> str | None:
    """The PDF's text via pdftotext, or None when it is not installed."""
    if PDFTOTEXT is None:
        return None
    return subprocess.run([PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout.decode()


PHRASES = (
    "Favoritas «março»",
    "Situação em 15/03/2025",
    "faltam 7 dias",
    "fecha hoje",
    "fechou há 14 dias",  # the detail pane's wording (it said "fechada")
    "Candidatura enviada",
    "Ligar <b>amanhã</b>",
    "CodOferta=133021",
    "Bragança / Bragança",
)


@pytest.mark.parametrize("reader", ["pdftotext", "document"])
def test_pdf_has_pages_and_the_titles(qapp, tmp_path: Path, reader: str) -> None:
    if reader == "pdftotext" and PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the 'document' case checks the printed text")
    path = tmp_path / "lista.pdf"
    calls: list[tuple[int, int]] = []
    assert export_pdf(POSTINGS, path, CTX, "Favoritas «março»", progress=lambda d, t: calls.append((d, t)),
                      include_notes=True) == 3
    assert path.read_bytes().startswith(b"%PDF-")
    assert pdf_pages(path) >= 2  # the summary, then the postings
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert os.listdir(tmp_path) == ["lista.pdf"]
    if reader == "pdftotext":
        text = pdf_text(path)
    else:  # the text of the document that was printed, not of the file
        text = build_document(POSTINGS, CTX, "Favoritas «março»", include_notes=True).toPlainText()
    flat = " ".join(str(text).split())
    for posting in POSTINGS:
        assert posting.title in flat
    for phrase in PHRASES:
        assert phrase in flat


def test_markup_in_values_is_shown_literally(qapp) -> None:
    markup = document_html(POSTINGS, CTX, "<i>Lista</i>")
    assert "<script>" not in markup and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Cª" in markup
    assert "<i>Lista</i>" not in markup and "<b>amanhã</b>" not in markup
    assert "&lt;b&gt;amanhã&lt;/b&gt;" in document_html(POSTINGS, CTX, "x", include_notes=True)
    plain = build_document(POSTINGS, CTX, "<i>Lista</i>").toPlainText()
    assert "<script>alert(1)</script> & Cª" in plain and "<i>Lista</i>" in plain


def test_compact_flow_and_page_breaks(qapp) -> None:
    compact = document_html(POSTINGS, CTX, "x")  # the default: the postings after the summary, several a page
    assert compact.count("page-break-before: always") == 1 and compact.count("<hr>") == 2
    paged = document_html(POSTINGS, CTX, "x", page_per_posting=True)
    assert paged.count("page-break-before: always") == 3


def test_countdown_phrases(qapp) -> None:
    def phrase(fecho: date | None) -> str:
        return countdown(Posting(data_fecho=fecho), CTX).text

    assert phrase(date(2025, 3, 21)) == "faltam 7 dias"
    assert phrase(date(2025, 3, 16)) == "faltam 2 dias"
    assert phrase(TODAY) == "fecha hoje"
    assert phrase(date(2025, 3, 14)) == "fechou há 1 dia"  # as in the detail pane (it said "fechada")
    assert phrase(None) == "sem data de fecho"


def test_pdf_no_overwrite_and_cancel(qapp, tmp_path: Path) -> None:
    path = tmp_path / "lista.pdf"
    path.write_bytes(b"old")
    with pytest.raises(FileExistsError):
        export_pdf(POSTINGS, path, CTX, "x")
    assert path.read_bytes() == b"old"
    export_pdf(POSTINGS, path, CTX, "x", overwrite=True)
    assert path.read_bytes().startswith(b"%PDF-")
    path.unlink()
    with pytest.raises(ExportCancelled):
        export_pdf(POSTINGS, path, CTX, "x", cancelled=lambda: True)
    assert os.listdir(tmp_path) == []


def test_print_document_to_a_pdf_printer(qapp, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_document(POSTINGS, printer, CTX, "Impressão", page_per_posting=True)
    assert pdf_pages(tmp_path / "printed.pdf") >= 4  # the summary, then one page per posting


def pdf_page_texts(path: Path) -> list[str]:
    """Each page's text (pdftotext separates pages with a form feed), spaces collapsed."""
    text = pdf_text(path)
    assert text is not None
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed; CI installs it")
def test_client_pdf_summary_first_then_several_postings_a_page(qapp, tmp_path: Path) -> None:
    many = [Posting(ref=f"OE202503/{n:04d}", title=f"Emprego {n}", trabalho=f"Trabalho {n}",
                    empregador=f"Empregador {n}", concelho="Faro", distrito="Faro",
                    data_fecho=date(2025, 3, 15 + (n * 7) % 12), descricao="Funções: atender o público.")
               for n in range(1, 13)] + [Posting(ref="OE202503/9999", title="Sem prazo", trabalho="Sem prazo")]
    path = tmp_path / "cliente.pdf"
    export_pdf(many, path, CTX, "Cliente Ana")
    pages = pdf_page_texts(path)
    assert len(pages) < len(many)  # several postings to a page, not one a page
    first = pages[0]
    assert first.startswith("Cliente Ana") and "Ref Trabalho Empregador Local Fecho Dias Estado" in first
    refs_in_order = [ref for ref in (p.ref for p in many) if ref in first]
    by_deadline = sorted(many, key=lambda p: (p.data_fecho is None, p.data_fecho or date.min))
    assert [ref for ref in sorted(refs_in_order, key=first.index)] == [p.ref for p in by_deadline]
    assert "Faro, Faro 15/03/2025 fecha hoje Candidatura enviada" in first
    assert "Funções" not in first  # the postings start on the next page
    for number, page in enumerate(pages, 1):
        assert page.endswith(f"página {number} de {len(pages)}")
    assert "Ligar" not in " ".join(pages)  # notes are private unless asked for
    export_pdf(many[:2], tmp_path / "notas.pdf", CTX, "Com notas", include_notes=True)
    assert "Ligar <b>amanhã</b>" in " ".join(pdf_page_texts(tmp_path / "notas.pdf"))
