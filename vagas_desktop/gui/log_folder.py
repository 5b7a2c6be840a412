"""Help ▸ "Abrir pasta dos registos": shows the log folder in the system's file manager."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ..paths import user_log_dir

log = logging.getLogger(__name__)


class LogFolderAction(QAction):
    """Opens vagas_desktop.paths.user_log_dir(), creating it first (nothing may have been logged yet)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(QCoreApplication.translate("LogFolder", "Abrir pasta dos registos"), parent)
        self.setObjectName("openLogFolderAction")
        self.open_url = QDesktopServices.openUrl  # side-effect seam: tests swap in a recorder
        self.triggered.connect(self.open_folder)

    def open_folder(self) -> bool:
        """Create the folder if missing and ask the desktop to open it; say so when it cannot."""
        folder = user_log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            log.exception("cannot create the log folder %s", folder)
        else:
            if self.open_url(QUrl.fromLocalFile(str(folder))):
                return True
            log.warning("the desktop did not open the log folder %s", folder)
        parent = self.parent()
        text = QCoreApplication.translate("LogFolder", "Não foi possível abrir a pasta dos registos:\n{folder}")
        QMessageBox.information(parent if isinstance(parent, QWidget) else None, self.text().replace("&", ""),
                                text.format(folder=folder))
        return False


def log_folder_action(parent: QObject | None = None) -> LogFolderAction:
    """The Help menu's action that opens the log folder."""
    return LogFolderAction(parent)
