"""What changed in a posting, as the detail pane's Histórico section and the table badge's tooltip."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QUrl

from ..core.messages import render
from ..core.posting_history import Change, change_note
from .html_render import format_date
from .language import active_language

VERSIONS_URL = "vagas:versoes"  # a local anchor: the detail pane opens the older versions, nothing leaves the app


def is_versions_link(url: QUrl) -> bool:
    return url.toString() == VERSIONS_URL


def change_text(change: Change) -> str:
    """One change in the reader's language, dates in the app's format."""
    return render(*change_note(change, format_date), active_language())


def seen_text(change: Change) -> str:
    return QCoreApplication.translate("PostingHistory", "visto a %1").replace("%1", format_date(change.seen))


def history_html(changes: Sequence[Change], versions: int) -> str:
    """<h2>Histórico</h2> with each change (newest first) and the day it was seen, and the link to the
    older versions when there are any; "" when there is nothing to say. Every text is escaped."""
    if not changes and not versions:
        return ""
    heading = QCoreApplication.translate("PostingHistory", "Histórico")
    items = "".join(f'<li><b>{html.escape(change_text(c))}</b> <span class="seen">— {html.escape(seen_text(c))}'
                    f"</span></li>" for c in reversed(changes))
    parts = [f'<h2>{html.escape(heading)}</h2>', f"<ul>{items}</ul>" if items else ""]
    if versions:
        label = QCoreApplication.translate("PostingHistory", "%n versões anteriores", "", versions)
        parts.append(f'<p class="links"><a href="{VERSIONS_URL}">{html.escape(label)}</a></p>')
    return "".join(parts)


def history_lines(changes: Sequence[Change]) -> list[str]:
    """The changes as plain lines, newest first (copy as text, tooltips)."""
    return [f"{change_text(c)} ({seen_text(c)})" for c in reversed(changes)]


def badge_tooltip(changes: Sequence[Change]) -> str:
    head = QCoreApplication.translate("PostingHistory", "Mudou desde que a viu:")
    return "\n".join([head, *(f"• {line}" for line in history_lines(changes[-5:]))])
