"""After an open, the status bar names the changes to the postings the user tracks, with a one-click view."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QStatusBar, QToolButton

from ..core.library import Library
from ..core.posting_history import DEADLINE_KINDS
from ..core.shortlists import UserStore
from .icons import icon
from .theme import theme_manager

log = logging.getLogger(__name__)

TRACKED_CHANGED_QUERY = "is:alterada is:acompanhada"  # what the button shows (tracked: bookmarked or a status)


class TrackedChangesNotice(QObject):
    """A status bar button, "2 das suas vagas mudaram de prazo", shown until the next open; a click
    (or Space/Enter when it has the focus) shows the tracked postings that changed."""

    def __init__(self, status_bar: QStatusBar, show_query: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_query = show_query
        self.button = QToolButton(status_bar)
        self.button.setObjectName("trackedChanges")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setIcon(icon("history"))
        theme_manager().changed.connect(self._retint)  # a method: disconnected when this object goes
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.setToolTip(self.tr("Mostrar as vagas que acompanha e que mudaram"))
        self.button.clicked.connect(self._on_clicked)
        self.button.hide()
        status_bar.addPermanentWidget(self.button)

    def show_for(self, library: Library, store: UserStore) -> int:
        """Count the tracked postings that changed in this open and say so (hidden when none)."""
        tracked = [key for key in library.changes.changed_now
                   if store.is_bookmarked(key) or store.status(key) is not None]
        if not tracked:
            self.button.hide()
            return 0
        new_changes = [c for key in tracked for c in library.changes.found_now(key)]
        if new_changes and all(c.kind in DEADLINE_KINDS for c in new_changes):
            text = self.tr("%n das suas vagas mudaram de prazo", "", len(tracked))
        else:
            text = self.tr("%n das suas vagas mudaram", "", len(tracked))
        self.button.setText(text)
        self.button.setAccessibleName(text)
        self.button.show()
        log.info("%d tracked postings changed since the last open", len(tracked))
        return len(tracked)

    def _retint(self) -> None:
        self.button.setIcon(icon("history"))  # tinted for the new scheme

    def _on_clicked(self) -> None:
        self._show_query(TRACKED_CHANGED_QUERY)
