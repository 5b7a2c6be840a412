"""Opening, reloading and quietly refreshing the folder: the main window's background-load half."""

from __future__ import annotations

import gc
import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..core.folder_load import LoadedFolder, prepare_folder
from ..core.posting import Posting, Severity
from ..core.scan import ScanResult
from ..core.search import SearchIndex
from ..paths import user_cache_dir
from .load_worker import LoadWorker

if TYPE_CHECKING:
    from .main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

log = logging.getLogger(__name__)


class FolderLoading(_Base):
    """Mixed into MainWindow: the scan runs in a worker; the window keeps the old folder until it is ready."""

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Abrir pasta de vagas"), self.folder or "")
        if folder:
            self.open_folder(folder)

    def reload(self) -> None:
        if self.folder:
            self.open_folder(self.folder)

    def refresh_folder(self) -> None:
        """The watched folder changed on disk: rescan quietly (cache makes it quick), keep the user's place."""
        if self.folder and self._worker is None:
            self.open_folder(self.folder, refresh=True)

    def open_folder(self, folder: str, refresh: bool = False) -> None:
        """Scan in the background; the current folder stays until the new one is ready."""
        folder = os.path.abspath(folder)
        if not os.path.isdir(folder):
            QMessageBox.warning(self, self.tr("Pasta não encontrada"),
                                self.tr("A pasta não existe ou não é legível:\n%s") % folder)
            return
        self.cancel_load()
        snapshots = self.user.snapshots_for_ghosts()  # copied here: the worker thread never touches the store
        today, cache = self.model.today, user_cache_dir()
        worker = LoadWorker(folder, lambda result: prepare_folder(result, snapshots, cache, today, not refresh))
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(lambda result, index, w=worker: self._on_loaded(w, result, index))
        worker.signals.cancelled.connect(lambda w=worker: self._on_load_cancelled(w))
        worker.signals.failed.connect(lambda text, w=worker: self._on_load_failed(w, text))
        self._worker = worker
        self._set_loading(True, folder)
        self.thread_pool.start(worker)

    def cancel_load(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    @property
    def is_loading(self) -> bool:
        return self._worker is not None

    def _set_loading(self, loading: bool, folder: str = "") -> None:
        self.progress.setVisible(loading)
        self.cancel_button.setVisible(loading)
        self.cancel_action.setEnabled(loading)
        if loading:
            self.progress.setRange(0, 0)
            self.statusBar().showMessage(self.tr("A ler %s…") % folder)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v de %m ficheiros"))

    def _on_loaded(self, worker: LoadWorker, result: ScanResult, loaded: LoadedFolder) -> None:
        if worker is not self._worker:
            return  # a superseded load
        self._worker = None
        self._set_loading(False)
        old = self.controller.current_data()
        previous = (self.folder, self.model.ghost_from, self.model.extra_keys)
        try:
            self._apply_loaded(result, loaded)
        except Exception:  # never an empty window with a stale count: show the folder plainly, or keep the old
            log.exception("showing the folder %s failed", result.folder)
            self._recover(result, loaded, old, previous)
            return
        self.graveyard.release(*old)  # the previous folder is freed a slice at a time, not in one long pause

    def _apply_loaded(self, result: ScanResult, loaded: LoadedFolder) -> None:
        refresh = loaded.changes is None and result.folder == self.folder
        place = self._remember_place() if refresh else None
        old_keys = set(self.controller.folder_keys()) if refresh else set()
        message = self._note_changes(loaded, old_keys, result)  # before the reset: one search, not two
        if self.folder and self.model.columnCount():
            self._pending_column_state = self.table.column_state()
        self.controller.set_data(loaded.postings, loaded.index, loaded.ghost_from, loaded.keys, loaded.extra_keys)
        self._show_folder(result, loaded)
        sort = self.table.restore_column_state(self._pending_column_state)
        self._pending_column_state = None
        header = self.table.horizontalHeader()
        if sort is not None:
            header.setSortIndicator(*sort)  # sorts once, through the model
        elif header.sortIndicatorSection() >= 0:
            header.setSortIndicator(-1, header.sortIndicatorOrder())  # its column is gone: the folder's own order
        self.statusBar().showMessage(message, 15_000)
        if place is not None:
            self._restore_place(place)
        elif self.table.currentIndex().row() < 0 and self.model.rowCount():
            self.table.selectRow(0)

    def _show_folder(self, result: ScanResult, loaded: LoadedFolder) -> None:
        """Everything around the table that names the open folder."""
        self.folder = result.folder
        self.setWindowTitle(f"Vagas Desktop — {result.folder}")
        self.problems.set_problems(result.folder, result.problems)
        self._show_problem_count(result)
        self.shortlists.refresh(self.user.store, len(self.controller.new_keys))
        self.window_settings.remember_folder(result.folder)
        self._fill_recent_menu()
        self.watcher.watch(loaded.directories)
        gc.freeze()  # the folder's objects live until the next load: later collections can skip them

    def _recover(self, result: ScanResult, loaded: LoadedFolder,
                 old: tuple[list[Posting], SearchIndex | None, list[str]],
                 previous: tuple[str, int, list[str]]) -> None:
        """After a failure: the new folder with default columns and order, else the previous folder."""
        self._pending_column_state = None
        self.controller.set_sort(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        try:
            self.controller.set_data(loaded.postings, loaded.index, loaded.ghost_from, loaded.keys,
                                     loaded.extra_keys)
            self.table.apply_default_columns()
            self._show_folder(result, loaded)
            text = self.tr("A pasta foi aberta com as colunas e a ordem de origem: não foi possível "
                           "repor as anteriores.")
        except Exception:
            log.exception("showing the folder %s plainly failed too; the previous folder stays", result.folder)
            postings, index, keys = old
            folder, ghost_from, extra_keys = previous
            self.folder = folder
            if index is not None:
                self.controller.set_data(postings, index, ghost_from, keys, extra_keys)
                self.table.apply_default_columns()
            text = self.tr("Não foi possível mostrar a pasta %s; mantém-se a pasta anterior.") % result.folder
        self.statusBar().showMessage(text, 30_000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Vagas Desktop"), text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window stays usable behind it

    def _note_changes(self, loaded: LoadedFolder, old_keys: set[str], result: ScanResult) -> str:
        """Set the "novas" and say what changed since the last visit (open) or the last look (refresh)."""
        keys = set(loaded.keys[: loaded.ghost_from])
        if loaded.changes is None:  # a watched change: new files join the "novas"
            added = frozenset(keys - old_keys)
            self.controller.set_new_keys(self.controller.new_keys | added)
            text = self.tr("Pasta atualizada: %1 novas, %2 removidas").replace("%1", str(len(added))).replace(
                "%2", str(len(old_keys - keys)))
        elif loaded.changes.first_visit:
            self.controller.set_new_keys(frozenset())
            text = self.tr("%n vagas lidas em %1 s", "", len(result.postings)).replace(
                "%1", f"{result.seconds:.1f}")
        else:
            changes = loaded.changes
            self.controller.set_new_keys(changes.new_keys)
            since = changes.last_opened.strftime("%d/%m/%Y") if changes.last_opened else "?"
            text = self.tr("Desde %1: %2 novas, %3 fecharam").replace("%1", since).replace(
                "%2", str(len(changes.new_keys))).replace("%3", str(len(changes.closed_keys)))
        return text

    def _remember_place(self) -> tuple[list[str], str | None, int]:
        keys = [self.controller.key_at(i) for i in self._selected_posting_indices()]
        current = self.table.currentIndex()
        current_key = self.controller.key_at(self.model.rows[current.row()]) if current.isValid() else None
        return keys, current_key, self.table.verticalScrollBar().value()

    def _restore_place(self, place: tuple[list[str], str | None, int]) -> None:
        """After a quiet refresh: the same postings selected, the same scroll position."""
        keys, current_key, scroll = place
        row_of_key = {self.controller.key_at(p): r for r, p in enumerate(self.model.rows)}
        selection = self.table.selectionModel()
        selection.clearSelection()
        if current_key in row_of_key:
            self.table.setCurrentIndex(self.model.index(row_of_key[current_key], 0))
        for key in keys:
            if key in row_of_key:
                row = row_of_key[key]
                selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.verticalScrollBar().setValue(scroll)

    def _on_load_cancelled(self, worker: LoadWorker) -> None:
        if worker is self._worker:
            self._worker = None
            self._set_loading(False)
            self.statusBar().showMessage(self.tr("Leitura cancelada; mantém-se a pasta anterior."), 8000)

    def _on_load_failed(self, worker: LoadWorker, text: str) -> None:
        if worker is self._worker:
            self._worker = None
            self._set_loading(False)
            QMessageBox.critical(self, self.tr("Erro ao ler a pasta"), text)

    def _show_problem_count(self, result: ScanResult) -> None:
        count = sum(1 for p in result.problems if p.severity != Severity.INFO)
        superseded = result.superseded
        skipped = sum(1 for p in result.problems if p.severity == Severity.INFO) - superseded  # links, pipes
        parts = []
        if count:
            parts.append(self.tr("%n problema(s)", "", count))
        if superseded:
            parts.append(self.tr("%n versão(ões) antiga(s)", "", superseded))
        if skipped > 0:
            parts.append(self.tr("%n ignorado(s)", "", skipped))
        self.problems_button.setText(" · ".join(parts))
        self.problems_button.setVisible(bool(parts))
        self.problems_button.setToolTip(self.tr("Mostrar os ficheiros com problemas (Ctrl+Shift+P)"))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.window_settings.recent_folders()
        for folder in recent:
            act = self.recent_menu.addAction(folder)
            act.triggered.connect(lambda _=False, f=folder: self.open_folder(f))
        self.recent_menu.setEnabled(bool(recent))

    def wait_for_load(self, timeout_ms: int = 30_000) -> bool:
        """For tests and benches: block (processing events) until no load is running."""
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.start(timeout_ms)
        while self._worker is not None and deadline.isActive():
            QCoreApplication.processEvents()
            self.thread_pool.waitForDone(10)
        QCoreApplication.processEvents()
        return self._worker is None
