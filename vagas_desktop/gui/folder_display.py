"""FolderDisplay: puts a freshly loaded folder on show (table, columns, place, everything naming it), or recovers."""

from __future__ import annotations

import gc
import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from ..core.folder_load import LoadedFolder
from ..core.library import Library
from ..core.scan import ScanResult
from .table_place import remember_place, restore_place

log = logging.getLogger(__name__)
_ONLY_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class FolderDisplay(QObject):
    """Owned by the window: answers the loader's loaded and failed signals. The one owner of the
    table's column state waiting for the next folder (restored from the settings, or the folder
    being left). Its texts keep the "MainWindow" translation context they were written under."""

    def __init__(self, window: Any) -> None:  # the MainWindow (its module imports this one)
        super().__init__(window)
        self._window = window
        self.pending_column_state: Any = None
        window.loader.loaded.connect(self._on_loaded)
        window.loader.failed.connect(self._on_load_failed)

    def _on_loaded(self, result: ScanResult, loaded: LoadedFolder) -> None:
        win = self._window
        win.cancel_action.setEnabled(False)
        old = win.library
        try:
            self._show_loaded(result, loaded)
        except Exception:  # never an empty window with a stale count: show the folder plainly, or keep the old
            log.exception("showing the folder %s failed", result.folder)
            self._recover(result, loaded, old)
            return
        win.graveyard.release(old.postings, old.index, old.keys)  # freed a slice at a time, not in one pause

    def _show_loaded(self, result: ScanResult, loaded: LoadedFolder) -> None:
        win, table, model = self._window, self._window.table, self._window.model
        library = loaded.library
        refresh = loaded.changes is None and result.folder == win.folder
        place = remember_place(table, model, win.library) if refresh else None
        message = self._changes_message(result, loaded, win.library if refresh else None)
        if win.folder and model.columnCount():
            self.pending_column_state = table.column_state()
        self._set_today(win.sample_day.today_for(result.folder))
        win.controller.set_library(library)
        self._show_folder(result, loaded)
        sort = table.restore_column_state(self.pending_column_state)
        self.pending_column_state = None
        header = table.horizontalHeader()
        if sort is not None:
            header.setSortIndicator(*sort)  # sorts once, through the model
        elif header.sortIndicatorSection() >= 0:
            header.setSortIndicator(-1, header.sortIndicatorOrder())  # its column is gone: the folder's own order
        win.statusBar().showMessage(message, 15_000)
        if loaded.changes is not None:  # an open, not a quiet refresh
            win.tracked_changes.show_for(library, win.user.store)
        win.saved_searches.recount(announce=message)  # adds "3 pesquisas com novidades" once counted
        if place is not None:
            restore_place(table, model, library, place)
        elif model.rowCount():  # a folder opened: its first row (in the order just applied), alone
            table.selectionModel().setCurrentIndex(model.index(0, 0), _ONLY_ROW)
            table.scrollToTop()

    def _show_folder(self, result: ScanResult, loaded: LoadedFolder) -> None:
        """Everything around the table that names the open folder."""
        win = self._window
        win.setWindowTitle(f"Vagas Desktop — {result.folder}")
        win.sample_day.show_for(result.folder)
        win.problems.set_problems(result.folder, result.problems)
        win.row_problems.set_problems(result.problems)
        win.problems_button.show_counts(result.problems, result.superseded)
        win.shortlists.refresh(win.user.store, len(loaded.library.new_keys), len(loaded.library.closed_keys))
        win.model.set_history(loaded.library.changes.history)
        win.window_settings.remember_folder(result.folder)
        win.recent_menu.refill()
        win.watcher.watch(loaded.directories)
        gc.freeze()  # the folder's objects live until the next load: later collections can skip them

    @staticmethod
    def _changes_message(result: ScanResult, loaded: LoadedFolder, before: Library | None) -> str:
        """What changed since the last visit (an open) or the last look (a quiet refresh, before given)."""
        library, changes = loaded.library, loaded.changes
        if before is not None:  # a watched change: new files join the "novas"
            old_keys, keys = set(before.folder_keys()), set(library.folder_keys())
            added = frozenset(keys - old_keys)
            library.new_keys = before.new_keys | added
            library.closed_keys = before.closed_keys
            n_added, n_removed = len(added), len(old_keys - keys)  # lupdate reads a plain name as the count
            return QCoreApplication.translate("MainWindow", "Pasta atualizada: %1, %2").replace(
                "%1", QCoreApplication.translate("MainWindow", "%n novas", "", n_added)).replace(
                "%2", QCoreApplication.translate("MainWindow", "%n removidas", "", n_removed))
        if changes is None or changes.first_visit:
            n_read = len(result.postings)
            return QCoreApplication.translate("MainWindow", "%n vagas lidas em %1 s", "", n_read).replace(
                "%1", f"{result.seconds:.1f}")
        since = changes.last_opened.strftime("%d/%m/%Y") if changes.last_opened else "?"
        n_new, n_closed = len(changes.new_keys), len(changes.closed_keys)
        return QCoreApplication.translate("MainWindow", "Desde %1: %2, %3").replace("%1", since).replace(
            "%2", QCoreApplication.translate("MainWindow", "%n novas", "", n_new)).replace(
            "%3", QCoreApplication.translate("MainWindow", "%n fecharam", "", n_closed))

    def _recover(self, result: ScanResult, loaded: LoadedFolder, old: Library) -> None:
        """After a failure: the new folder with default columns and order, else the previous folder."""
        win = self._window
        self.pending_column_state = None
        win.controller.set_sort(-1, Qt.SortOrder.AscendingOrder)
        win.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        try:
            win.controller.set_library(loaded.library)
            win.table.apply_default_columns()
            self._show_folder(result, loaded)
            text = QCoreApplication.translate("MainWindow", "A pasta foi aberta com as colunas e a ordem de origem: "
                                              "não foi possível repor as anteriores.")
        except Exception:
            log.exception("showing the folder %s plainly failed too; the previous folder stays", result.folder)
            win.controller.set_library(old)
            win.table.apply_default_columns()
            text = QCoreApplication.translate(
                "MainWindow", "Não foi possível mostrar a pasta %s; mantém-se a pasta anterior.") % result.folder
        win.statusBar().showMessage(text, 30_000)
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Vagas Desktop"), text,
                          parent=win)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window stays usable behind it

    def _set_today(self, today: date) -> None:
        """The day the open folder is seen on (the samples have their own, see SampleDay)."""
        win = self._window
        if today != win.model.today:
            win.model.set_today(today)
            if not win.filter_bar.open_on_check.isChecked():
                win.filter_bar.open_on_date.setDate(QDate(today))

    def _on_load_failed(self, text: str) -> None:
        self._window.cancel_action.setEnabled(False)
        QMessageBox.critical(self._window, QCoreApplication.translate("MainWindow", "Erro ao ler a pasta"), text)
