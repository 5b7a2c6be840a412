"""Paint a QTextDocument page by page on a PDF writer or printer, with a "página N de M" footer.

QTextDocument.print_() numbers pages with a bare "N" and cannot say "of M"; so the document is laid
out for the device (its paint device set, so sizes in points and CSS pixels are scaled like print_
does), its page height made shorter by the footer's band, and each page drawn through a clip.
"""

from __future__ import annotations

import errno
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QTextDocument

from ..core.export import IncompleteWriteError
from .theme import Scheme, colours_for

FOOTER_POINTS = 8.0


def page_words(page: int, pages: int) -> str:
    return (QCoreApplication.translate("ExportPdf", "página %1 de %2")
            .replace("%1", str(page)).replace("%2", str(pages)))


def paint_pages(doc: QTextDocument, device: QPagedPaintDevice,
                footer: Callable[[int, int], str] = page_words) -> int:
    """Draw doc on device, one page after another, footer(page, pages) at each page's foot; the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise IncompleteWriteError(errno.EIO, "the PDF or printer could not be opened for painting")
    try:
        font = QFont(doc.defaultFont())
        font.setPointSizeF(FOOTER_POINTS)
        band = QFontMetricsF(font, device).height() * 2.5
        paper = device.pageLayout().paintRectPixels(device.logicalDpiY())
        width, height = float(paper.width()), float(paper.height())
        doc.documentLayout().setPaintDevice(device)
        body = height - band
        doc.setPageSize(QSizeF(width, body))
        pages = doc.pageCount()
        muted = QColor(colours_for(Scheme.LIGHT)["muted"])
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * body)
            doc.drawContents(painter, QRectF(0, index * body, width, body))
            painter.restore()
            painter.setFont(font)
            painter.setPen(muted)
            painter.drawText(QRectF(0, body, width, band), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             footer(index + 1, pages))
        return pages
    finally:
        painter.end()
