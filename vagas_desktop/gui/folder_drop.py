"""Open a folder by dragging it onto the window (an event filter on the window)."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget


def dropped_folder(mime: QMimeData | None) -> str | None:
    """The folder a drag carries: exactly one local URL that is a directory.

    A file, several items or a remote URL are refused (the cursor says so): guessing which folder
    the user meant would open the wrong one as often as the right one.
    """
    if mime is None or not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = urls[0].toLocalFile()
    return path if os.path.isdir(path) else None


class FolderDrop(QObject):
    """Accepts folder drags on a window and emits folder_dropped(path) on the drop."""

    folder_dropped = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.setAcceptDrops(True)  # drags over child widgets that refuse them reach the window too
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDropEvent)  # DragEnter and DragMove are QDropEvents too
        folder = dropped_folder(event.mimeData())
        if folder is None:
            event.ignore()
            return True
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            self.folder_dropped.emit(folder)
        return True
