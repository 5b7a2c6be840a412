"""UserDataFeedback: the window's answer when the user's data changes, fails to save, or could not be read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.user_filters import USER_QUALIFIERS
from .filter_proxy import FilterController
from .language import active_language
from .shortlist_panel import ShortlistPanel
from .table_model import PostingTableModel
from .tracking_panel import TrackingPanel
from .user_data import UserDataController


class UserDataFeedback(QObject):
    """Refreshes the views that show the user's data when it changes; tells the user, in plain words,
    when it cannot be written or read. Its texts keep the "MainWindow" translation context."""

    def __init__(self, user: UserDataController, model: PostingTableModel, controller: FilterController,
                 shortlists: ShortlistPanel, tracking: TrackingPanel, window: QWidget) -> None:
        super().__init__(window)
        self._user, self._model, self._controller = user, model, controller
        self._shortlists, self._tracking, self._window = shortlists, tracking, window
        user.changed.connect(self.on_changed)
        user.failed.connect(self._on_failed)

    def on_changed(self) -> None:
        self._model.user_data_changed()
        self._shortlists.refresh(self._user.store)
        self._tracking.refresh()
        if self._controller.scope is not None or any(
                t.field in USER_QUALIFIERS for t in self._controller.query.terms):
            self._controller.apply()  # membership may have changed what the view shows

    def _on_failed(self, message: str) -> None:
        QMessageBox.warning(self._window, QCoreApplication.translate("MainWindow", "Os seus dados"), message)

    def report_store_problems(self) -> None:
        """Tell the user if their data file could not be read; offer the backup."""
        report = self._user.store.load_report
        if report.ok and not report.read_only:
            return
        title = QCoreApplication.translate("MainWindow", "Os seus dados")
        if report.backup_available is not None and not report.read_only:
            answer = QMessageBox.warning(
                self._window, title, report.text(active_language()) + "\n\n"
                + QCoreApplication.translate("MainWindow", "Quer recuperar a última cópia de segurança?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes and self._user.restore_backup() is not None:
                self.on_changed()
        else:
            QMessageBox.warning(self._window, title, report.text(active_language()))
