"""UserDataController: the Qt face of the user-data store (signals, file watching, error messages)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from ..core.messages import os_reason, render
from ..core.posting import Posting
from ..core.shortlists import ImportSummary, StoreError, UserStore
from ..core.user_filters import tracked_snapshots
from ..core.userdata_schema import Snapshot, Status
from .language import active_language
from .timers import debounce_timer

log = logging.getLogger(__name__)

T = TypeVar("T")


class UserDataController(QObject):
    """Wraps UserStore: every change emits `changed`; failures emit `failed` with a readable message."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, store: UserStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._watcher = QFileSystemWatcher(self)
        # an atomic replace fires several events: react once
        self._reload_timer = debounce_timer(self, 200, self._reload_from_disk)
        folder = str(store.path.parent)
        if Path(folder).is_dir():
            self._watcher.addPath(folder)
        self._watcher.directoryChanged.connect(lambda _path: self._reload_timer.start())

    # -- queries ------------------------------------------------------------------------------------
    @staticmethod
    def key_of(posting: Posting) -> str:
        return posting.key

    def is_bookmarked(self, posting: Posting) -> bool:
        return self.store.is_bookmarked(posting.key)

    def status(self, posting: Posting) -> Status | None:
        return self.store.status(posting.key)

    def note(self, posting: Posting) -> str:
        return self.store.note(posting.key)

    def snapshots_for_ghosts(self) -> dict[str, Snapshot]:
        """Snapshots of every tracked posting (copied, so a worker thread can use them)."""
        return tracked_snapshots(self.store)

    # -- changes ------------------------------------------------------------------------------------
    def toggle_bookmark(self, postings: Sequence[Posting]) -> bool | None:
        return self._change(lambda: self.store.toggle_bookmark(postings))

    def set_status(self, postings: Sequence[Posting], status: Status | None) -> None:
        self._change(lambda: self.store.set_status(postings, status))

    def set_note(self, posting: Posting, text: str) -> None:
        if self.store.note(posting.key) != text:
            self._change(lambda: self.store.set_note(posting, text))

    def create_list(self, name: str) -> Any:
        return self._change(lambda: self.store.create_list(name))

    def rename_list(self, list_id: str, name: str) -> None:
        self._change(lambda: self.store.rename_list(list_id, name))

    def delete_list(self, list_id: str) -> None:
        self._change(lambda: self.store.delete_list(list_id))

    def add_to_list(self, list_id: str, postings: Sequence[Posting]) -> None:
        self._change(lambda: self.store.add_to_list(list_id, postings))

    def remove_from_list(self, list_id: str, postings: Sequence[Posting]) -> None:
        self._change(lambda: self.store.remove_from_list(list_id, [p.key for p in postings]))

    def export_backup(self, path: str) -> bool:
        def write() -> bool:
            self.store.export_backup(path)
            return True

        return self._change(write, emit=False) is not None

    def import_backup(self, path: str) -> ImportSummary | None:
        return self._change(lambda: self.store.import_backup(path))

    def restore_backup(self) -> ImportSummary | None:
        return self._change(self.store.restore_backup)

    def describe(self, exc: Exception) -> str:
        """A failure in the user's words: the store's codes translated, anything else as it came."""
        code = exc.code if isinstance(exc, StoreError) else None
        if code == "read-only":
            text = self.tr("Os seus dados estão abertos só para leitura: esta alteração não foi gravada.")
            reason = self.store.load_report.text(active_language())
            return f"{text}\n\n{reason}" if reason else text
        if code == "busy":
            return self.tr("Outra janela ou instância da aplicação está a gravar os seus dados. Tente de novo.")
        if code == "future-version":
            return self.tr("Essa cópia foi gravada por uma versão mais recente da aplicação; "
                           "atualize a aplicação para a importar.")
        if code == "bad-backup":
            return self.tr("Esse ficheiro não é uma cópia válida dos seus dados; nada foi importado.")
        if code == "unreadable":
            return self.tr("Não foi possível ler esse ficheiro; nada foi importado.")
        if code == "no-backup":
            return self.tr("Não há nenhuma cópia de segurança válida para repor.")
        if code == "empty-name":
            return self.tr("Uma lista precisa de um nome.")
        if code == "duplicate-name":
            return self.tr("Já existe uma lista com esse nome.")
        if code == "no-such-list":
            return self.tr("Essa lista já não existe.")
        if isinstance(exc, OSError):
            return self.tr("Não foi possível ler ou gravar o ficheiro: %1").replace(
                "%1", render(os_reason(exc), (), active_language()))
        log.warning("a store failure without words of its own: %s", exc)
        return str(exc)

    def _change(self, action: Callable[[], T], emit: bool = True) -> T | None:
        try:
            result = action()
        except (StoreError, OSError, ValueError) as exc:
            self.failed.emit(self.describe(exc))
            return None
        folder = str(self.store.path.parent)
        if folder not in self._watcher.directories() and Path(folder).is_dir():
            self._watcher.addPath(folder)  # the folder exists after the first save
        if emit:
            self.changed.emit()
        return result

    def _reload_from_disk(self) -> None:
        try:
            reloaded = self.store.reload_if_changed()
        except (StoreError, OSError) as exc:
            self.failed.emit(self.describe(exc))
            return
        if reloaded:
            self.changed.emit()
