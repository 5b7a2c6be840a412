"""The status bar's part of a folder load: progress bar, Cancel button, and what the bar says meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar

from .folder_loader import FolderLoader


class LoadStatus(QObject):
    """Shows a FolderLoader's progress in a status bar; Cancel (button or Esc action) stops it."""

    def __init__(self, loader: FolderLoader, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._loader, self._bar = loader, status_bar
        self.progress = QProgressBar(status_bar)
        self.progress.setObjectName("loadProgress")
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancelar"), status_bar)
        self.cancel_button.setObjectName("cancelLoad")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(loader.cancel)
        loader.started.connect(self._on_started)
        loader.progress.connect(self._on_progress)
        for done in (loader.loaded, loader.cancelled, loader.failed):
            done.connect(lambda *_: self._show(False))
        loader.cancelled.connect(
            lambda: status_bar.showMessage(self.tr("Leitura cancelada; mantém-se a pasta anterior."), 8000))

    def _show(self, loading: bool) -> None:
        self.progress.setVisible(loading)
        self.cancel_button.setVisible(loading)

    def _on_started(self, folder: str) -> None:
        self._show(True)
        self.progress.setRange(0, 0)
        self._bar.showMessage(self.tr("A ler %s…") % folder)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v de %m ficheiros"))
