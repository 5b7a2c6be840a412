"""Paint a QTextDocument page by page on a PDF writer or printer, with a "página N de M" footer.

QTextDocument.print_() numbers pages with a bare "N" and cannot say "of M"; so the document is laid
out for the device (its paint device set, so sizes in points and CSS pixels are scaled like print_
does), its page height made shorter by the footer's band, and each page drawn through a clip.
A printer's page range, page order and copies (when it does not make them itself) are honoured;
a page keeps its number in the whole document ("página 3 de 7" even when only 3-4 are printed).
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from ..core.export import IncompleteWriteError
from .theme import Scheme, colours_for

FOOTER_POINTS = 8.0
Pages = Callable[[int], Sequence[int]]  # the document's page count -> the pages to paint (0-based), in order


def page_words(page: int, pages: int) -> str:
    return (QCoreApplication.translate("ExportPdf", "página %1 de %2")
            .replace("%1", str(page)).replace("%2", str(pages)))


@dataclass(frozen=True)
class Sheet:
    """The document laid out for a device: each page's body (width x body) above a footer band."""

    width: float
    body: float
    band: float
    font: QFont

    def page_at(self, y: float) -> int:
        """The page (0-based) holding the document's vertical position y."""
        return max(int(y // self.body), 0)


def lay_out(doc: QTextDocument, device: QPagedPaintDevice) -> Sheet:
    """Lay doc out in the device's pages, minus the footer's band (the same each time: no relayout)."""
    font = QFont(doc.defaultFont())
    font.setPointSizeF(FOOTER_POINTS)
    band = QFontMetricsF(font, device).height() * 2.5
    paper = device.pageLayout().paintRectPixels(device.logicalDpiY())
    width, height = float(paper.width()), float(paper.height())
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(QSizeF(width, height - band))
    return Sheet(width, height - band, band, font)


def printer_pages(printer: QPrinter, span: tuple[int, int] | None = None) -> Pages:
    """The pages a printer's dialog asked for: its from/to range (1-based, 0 = all) or span (0-based,
    first and last: the current page), in its page order, each copy when the printer cannot copy."""

    def pages(count: int) -> list[int]:
        first, last = 0, count - 1
        if span is not None:
            first, last = span
        elif printer.printRange() == QPrinter.PrintRange.PageRange or printer.fromPage() or printer.toPage():
            first = max(printer.fromPage(), 1) - 1
            last = min(printer.toPage() or count, count) - 1
        chosen = list(range(max(first, 0), min(last, count - 1) + 1))
        if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
            chosen.reverse()
        copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        if printer.collateCopies():
            return chosen * copies
        return [page for page in chosen for _ in range(copies)]

    return pages


def paint_pages(doc: QTextDocument, device: QPagedPaintDevice,
                footer: Callable[[int, int], str] = page_words, pages: Pages | None = None) -> int:
    """Draw doc on device, one page after another (those pages(count) names, else all), footer(page,
    count) at each page's foot; the document's page count. Nothing is painted when no page is chosen."""
    sheet = lay_out(doc, device)
    count = doc.pageCount()
    chosen = list(pages(count)) if pages is not None else list(range(count))
    if not chosen:
        return count
    painter = QPainter()
    if not painter.begin(device):
        raise IncompleteWriteError(errno.EIO, "the PDF or printer could not be opened for painting")
    try:
        muted = QColor(colours_for(Scheme.LIGHT)["muted"])
        width, body = sheet.width, sheet.body
        for n, index in enumerate(chosen):
            if n:
                device.newPage()
            painter.save()
            painter.translate(0, -index * body)
            doc.drawContents(painter, QRectF(0, index * body, width, body))
            painter.restore()
            painter.setFont(sheet.font)
            painter.setPen(muted)
            corner = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
            painter.drawText(QRectF(0, body, width, sheet.band), corner, footer(index + 1, count))
        return count
    finally:
        painter.end()
