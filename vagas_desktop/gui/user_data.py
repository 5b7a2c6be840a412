"""UserDataController: the Qt face of the user-data store (signals, file watching, error messages)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core.messages import os_reason, render
from ..core.posting import Posting
from ..core.shortlists import UNDOABLE_FIELDS, ImportSummary, StoreError, UserStore
from ..core.user_filters import tracked_snapshots
from ..core.userdata_schema import Entry, SavedSearch, Shortlist, Snapshot, Status
from .language import active_language
from .timers import debounce_timer
from .undo import Step, StoreCommand

log = logging.getLogger(__name__)

T = TypeVar("T")


def _status_text(status: Status) -> str:
    """The status's label as the table shows it (table_model.status_label translates the same pt_PT
    labels in the same context; imported from there it would make an import cycle)."""
    return QCoreApplication.translate("PostingTableModel", status.label)


class UserDataController(QObject):
    """Wraps UserStore: every change emits `changed`; failures emit `failed` with a readable message.

    Bookmark, status, list membership and list create/rename/delete go through `undo_stack`.
    """

    changed = Signal()
    failed = Signal(str)

    def __init__(self, store: UserStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)  # the user-data changes made in this window
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

    # -- changes (each one undoable: Edit ▸ Desfazer) -----------------------------------------------
    def toggle_bookmark(self, postings: Sequence[Posting]) -> bool | None:
        """Bookmark all (unless all are already, then unbookmark all); the new state, None on failure."""
        postings = list(postings)
        on = not all(self.store.is_bookmarked(p.key) for p in postings)
        text = (self.tr("Marcar %n vagas", "", len(postings)) if on
                else self.tr("Desmarcar %n vagas", "", len(postings)))
        done = self._entries_change(text, postings, ("bookmarked",), (),
                                    lambda: self.store.toggle_bookmark(postings))
        return on if done else None

    def set_status(self, postings: Sequence[Posting], status: Status | None) -> None:
        postings = list(postings)
        text = (self.tr("Estado: %1").replace("%1", _status_text(status)) if status is not None
                else self.tr("Limpar o estado"))
        self._entries_change(text, postings, UNDOABLE_FIELDS, (), lambda: self.store.set_status(postings, status))

    def set_note(self, posting: Posting, text: str) -> None:
        """Not on the undo stack: the notes editor undoes its own typing."""
        if self.store.note(posting.key) != text:
            self._change(lambda: self.store.set_note(posting, text))

    def create_list(self, name: str, postings: Sequence[Posting] = ()) -> Shortlist | None:
        """A new list, holding postings from the start (one step to undo)."""
        postings = list(postings)
        made: list[Shortlist] = []

        def create() -> None:
            made.append(self.store.create_list(name))
            if postings:
                self.store.add_to_list(made[0].id, postings)

        def first() -> bool:
            self._attempt(create)
            return bool(made)  # made but not filled (a failure reported) is still undoable

        text = self.tr("Criar a lista «%1»").replace("%1", name)
        self._push(text, first, lambda: self._attempt(lambda: self.store.delete_list(made[0].id)),
                   lambda: self._attempt(lambda: self.store.restore_list(made[0].id)))
        return self.store.shortlist(made[0].id) if made else None

    def rename_list(self, list_id: str, name: str) -> None:
        old = self._list_name(list_id)
        new: list[str] = []

        def first() -> bool:
            done = self._attempt(lambda: self.store.rename_list(list_id, name))
            new.append(self._list_name(list_id))
            return done and new[0] != old

        text = self.tr("Mudar o nome da lista «%1» para «%2»").replace("%1", old).replace("%2", name)
        self._push(text, first, lambda: self._attempt(lambda: self.store.rename_list(list_id, old)),
                   lambda: self._attempt(lambda: self.store.rename_list(list_id, new[0])))

    def delete_list(self, list_id: str) -> None:
        """Undo brings the list back with its members and their order."""
        text = self.tr("Apagar a lista «%1»").replace("%1", self._list_name(list_id))

        def delete() -> bool:
            return self._attempt(lambda: self.store.delete_list(list_id))

        self._push(text, delete, lambda: self._attempt(lambda: self.store.restore_list(list_id)), delete)

    def add_to_list(self, list_id: str, postings: Sequence[Posting]) -> None:
        postings = list(postings)
        text = self.tr("Juntar %n vagas a «%1»", "", len(postings)).replace("%1", self._list_name(list_id))
        self._entries_change(text, postings, (), (list_id,), lambda: self.store.add_to_list(list_id, postings))

    def remove_from_list(self, list_id: str, postings: Sequence[Posting]) -> None:
        postings = list(postings)
        text = self.tr("Tirar %n vagas de «%1»", "", len(postings)).replace("%1", self._list_name(list_id))
        self._entries_change(text, postings, (), (list_id,),
                             lambda: self.store.remove_from_list(list_id, [p.key for p in postings]))

    # -- saved searches and hidden employers (undoable too) -------------------------------------------
    def create_search(self, name: str, query: str, facets: dict[str, object],
                      seen: Sequence[str] = ()) -> SavedSearch | None:
        """Save the filters under a name; seen: the matches on show now (not new next time)."""
        made: list[SavedSearch] = []

        def first() -> bool:
            return self._attempt(lambda: made.append(self.store.create_search(name, query, facets, seen)))

        text = self.tr("Guardar a pesquisa «%1»").replace("%1", name)
        self._push(text, first, lambda: self._attempt(lambda: self.store.delete_search(made[0].id)),
                   lambda: self._attempt(lambda: self.store.restore_search(made[0].id)))
        return self.store.saved_search(made[0].id) if made else None

    def update_search(self, search_id: str, query: str, facets: dict[str, object]) -> None:
        old = self.store.saved_search(search_id)
        if old is None:
            return
        text = self.tr("Atualizar a pesquisa «%1»").replace("%1", old.name)
        self._push(text, lambda: self._attempt(lambda: self.store.update_search(search_id, query, facets)),
                   lambda: self._attempt(lambda: self.store.update_search(search_id, old.query, old.facets)),
                   lambda: self._attempt(lambda: self.store.update_search(search_id, query, facets)))

    def rename_search(self, search_id: str, name: str) -> None:
        old = self._search_name(search_id)
        new: list[str] = []

        def first() -> bool:
            done = self._attempt(lambda: self.store.rename_search(search_id, name))
            new.append(self._search_name(search_id))
            return done and new[0] != old

        text = self.tr("Mudar o nome da pesquisa «%1» para «%2»").replace("%1", old).replace("%2", name)
        self._push(text, first, lambda: self._attempt(lambda: self.store.rename_search(search_id, old)),
                   lambda: self._attempt(lambda: self.store.rename_search(search_id, new[0])))

    def delete_search(self, search_id: str) -> None:
        text = self.tr("Apagar a pesquisa «%1»").replace("%1", self._search_name(search_id))

        def delete() -> bool:
            return self._attempt(lambda: self.store.delete_search(search_id))

        self._push(text, delete, lambda: self._attempt(lambda: self.store.restore_search(search_id)), delete)

    def mark_search_seen(self, search_id: str, keys: Sequence[str]) -> None:
        """Not on the undo stack: looking is not an edit."""
        search = self.store.saved_search(search_id)
        if search is not None and frozenset(search.seen) != frozenset(keys):
            self._change(lambda: self.store.mark_search_seen(search_id, keys))

    def set_employers_hidden(self, names: Sequence[str], hidden: bool) -> None:
        """Hide employers from every view ("Ocultar sempre este empregador"), or show them again."""
        names = [n for n in names if n and self.store.is_employer_hidden(n) != hidden]
        if not names:
            return
        shown = ", ".join(names)
        text = (self.tr("Ocultar «%1»") if hidden else self.tr("Voltar a mostrar «%1»")).replace("%1", shown)
        self._push(text, lambda: self._attempt(lambda: self.store.set_employers_hidden(names, hidden)),
                   lambda: self._attempt(lambda: self.store.set_employers_hidden(names, not hidden)),
                   lambda: self._attempt(lambda: self.store.set_employers_hidden(names, hidden)))

    def hide_employer(self, name: str) -> None:
        """The handler for FilterBar.hide_employer_requested and the table's row menu."""
        self.set_employers_hidden([name], True)

    def _search_name(self, search_id: str) -> str:
        found = self.store.saved_search(search_id)
        return found.name if found is not None else "?"

    def _list_name(self, list_id: str) -> str:
        found = self.store.shortlist(list_id)
        return found.name if found is not None else "?"

    def _entries_change(self, text: str, postings: Sequence[Posting], fields: Sequence[str],
                        lists: Sequence[str], action: Callable[[], object]) -> bool:
        """A change to postings' entries, undone by putting back the fields and list marks it touched."""
        keys = list(dict.fromkeys(p.key for p in postings))
        before = {key: self.store.entry(key) for key in keys}
        after: dict[str, Entry | None] = {}
        done: list[bool] = []

        def first() -> bool:
            done.append(self._attempt(action))
            after.update((key, self.store.entry(key)) for key in keys)
            return done[0] and after != before  # nothing changed: nothing to undo

        self._push(text, first, lambda: self._attempt(lambda: self.store.put_back(before, fields, lists)),
                   lambda: self._attempt(lambda: self.store.put_back(after, fields, lists)))
        return bool(done and done[0])

    def _push(self, text: str, first: Step, undo_step: Step, redo_step: Step) -> None:
        self.undo_stack.push(StoreCommand(text, first, undo_step, redo_step))

    def _attempt(self, action: Callable[[], object]) -> bool:
        """Run a change like _change; True if the store took it (failures are reported by `failed`)."""
        done: list[bool] = []

        def run() -> bool:
            action()
            done.append(True)
            return True

        self._change(run)
        return bool(done)

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
        if code == "duplicate-search-name":
            return self.tr("Já existe uma pesquisa guardada com esse nome.")
        if code == "no-such-search":
            return self.tr("Essa pesquisa guardada já não existe.")
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
