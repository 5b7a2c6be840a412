"""FolderLoader: scans a folder in the background and hands the window a ready Library, or says why not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from ..core.folder_load import LoadedFolder, prepare_folder
from ..core.scan import ScanResult
from ..core.userdata_schema import Snapshot
from ..paths import user_cache_dir
from .load_worker import LoadWorker


class FolderLoader(QObject):
    """One load at a time; a newer open supersedes the running one. Knows nothing of the window.

    Signals arrive in the GUI thread: started(folder), progress(done, total), loaded(result, folder)
    with the ScanResult and the LoadedFolder, cancelled(), failed(traceback text).
    """

    started = Signal(str)
    progress = Signal(int, int)
    loaded = Signal(object, object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, snapshots: Callable[[], dict[str, Snapshot]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snapshots = snapshots  # the tracked postings' snapshots, read on the GUI thread
        self._worker: LoadWorker | None = None
        self.thread_pool = QThreadPool.globalInstance()

    @property
    def is_loading(self) -> bool:
        return self._worker is not None

    def load(self, folder: str, today: date, first_open: bool = True) -> None:
        """Scan folder; first_open compares with (and records) the last visit, a quiet refresh does not."""
        self.cancel()
        snapshots = self._snapshots()  # copied here: the worker thread never touches the store
        cache = user_cache_dir()
        worker = LoadWorker(folder, lambda result: prepare_folder(result, snapshots, cache, today, first_open))
        worker.signals.progress.connect(lambda done, total, w=worker: self._forward_progress(w, done, total))
        worker.signals.finished.connect(lambda result, loaded, w=worker: self._on_finished(w, result, loaded))
        worker.signals.cancelled.connect(lambda w=worker: self._on_cancelled(w))
        worker.signals.failed.connect(lambda text, w=worker: self._on_failed(w, text))
        self._worker = worker
        self.started.emit(folder)
        self.thread_pool.start(worker)

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """For tests and benches: block (processing events) until no load is running."""
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.start(timeout_ms)
        while self._worker is not None and deadline.isActive():
            QCoreApplication.processEvents()
            self.thread_pool.waitForDone(10)
        QCoreApplication.processEvents()
        return self._worker is None

    def _forward_progress(self, worker: LoadWorker, done: int, total: int) -> None:
        if worker is self._worker:
            self.progress.emit(done, total)

    def _on_finished(self, worker: LoadWorker, result: ScanResult, loaded: LoadedFolder) -> None:
        if worker is self._worker:  # else superseded by a newer load
            self._worker = None
            self.loaded.emit(result, loaded)

    def _on_cancelled(self, worker: LoadWorker) -> None:
        if worker is self._worker:
            self._worker = None
            self.cancelled.emit()

    def _on_failed(self, worker: LoadWorker, text: str) -> None:
        if worker is self._worker:
            self._worker = None
            self.failed.emit(text)
