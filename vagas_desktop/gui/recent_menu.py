"""File ▸ Open recent: the folders WindowSettings remembers, newest first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from .window_state import WindowSettings


class RecentMenu(QMenu):
    """Refills itself from the settings each time it opens; choosing a folder emits folder_chosen."""

    folder_chosen = Signal(str)

    def __init__(self, title: str, settings: WindowSettings, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._settings = settings
        self.aboutToShow.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        self.clear()
        recent = self._settings.recent_folders()
        for folder in recent:
            act = self.addAction(folder)
            act.triggered.connect(lambda _=False, f=folder: self.folder_chosen.emit(f))
        self.setEnabled(bool(recent))
