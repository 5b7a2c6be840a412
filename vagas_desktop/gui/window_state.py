"""WindowSettings: what QSettings keeps for the window (layout, columns, filters, recent folders) — never user data."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter

MAX_RECENT = 8
PREFERRED_SIZE = QSize(1400, 900)  # the first run's window, when the screen has room for it


def first_run_geometry(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QRect:
    """The preferred size, shrunk to fit the available screen area, centred in it."""
    rect = QRect(QPoint(0, 0), preferred.boundedTo(available.size()))
    rect.moveCenter(available.center())
    return rect


class WindowSettings:
    """Typed access to the window's QSettings keys; bad or missing values read as defaults."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    # -- folders ------------------------------------------------------------------------------------
    def recent_folders(self) -> list[str]:
        value = self.load_json("folders/recent")
        return [f for f in value if isinstance(f, str)] if isinstance(value, list) else []

    def remember_folder(self, folder: str) -> None:
        recent = [f for f in self.recent_folders() if f != folder]
        self.settings.setValue("folders/last", folder)
        self.save_json("folders/recent", [folder, *recent][:MAX_RECENT])

    # -- layout -------------------------------------------------------------------------------------
    def restore_layout(self, window: QMainWindow, splitters: dict[str, QSplitter],
                       default_sizes: dict[str, list[int]] | None = None) -> None:
        """The saved layout; on the first run the window fits the screen and splitters get default_sizes."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        else:
            rect = first_run_geometry(window.screen().availableGeometry())
            window.resize(rect.size())  # the frame is the window manager's: a little may go off-centre
            window.move(rect.topLeft())
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        layout = window.layout()
        if layout is not None:
            layout.activate()  # splitters get their real width before sizes are set in pixels
        for name, splitter in splitters.items():
            saved = self.settings.value(f"window/{name}")
            if isinstance(saved, QByteArray):
                splitter.restoreState(saved)
            elif default_sizes and name in default_sizes:
                splitter.setSizes(default_sizes[name])

    def save_layout(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        self.settings.setValue("window/geometry", window.saveGeometry())
        self.settings.setValue("window/state", window.saveState())
        for name, splitter in splitters.items():
            self.settings.setValue(f"window/{name}", splitter.saveState())

    # -- JSON values --------------------------------------------------------------------------------
    def load_json(self, key: str) -> Any:
        value = self.settings.value(key)
        try:
            return json.loads(str(value)) if value else None
        except ValueError:
            return None

    def save_json(self, key: str, value: Any) -> None:
        self.settings.setValue(key, json.dumps(value))

    def text(self, key: str) -> str:
        return str(self.settings.value(key, "") or "")
