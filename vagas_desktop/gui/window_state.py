"""WindowSettings: what QSettings keeps for the window (layout, columns, filters, recent folders) — never user data."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

MAX_RECENT = 8


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
    def restore_layout(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        else:
            window.resize(1380, 860)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        for name, splitter in splitters.items():
            saved = self.settings.value(f"window/{name}")
            if isinstance(saved, QByteArray):
                splitter.restoreState(saved)

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
