"""Menu and shortcut actions on the user's data: bookmark, status, lists, backup and restore."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from ..core.posting import Posting
from ..core.userdata_schema import Status
from .table_model import status_label
from .user_data import UserDataController
from .window_action import window_action


class TrackingActions(QObject):
    """Owns the actions; `selected` returns the postings they apply to (the table's selection)."""

    def __init__(self, user: UserDataController, selected: Callable[[], list[Posting]],
                 current_list: Callable[[], str | None], window: QWidget) -> None:
        super().__init__(window)
        self.user = user
        self._selected = selected
        self._current_list = current_list
        self._window = window
        self.extra_row_actions: list[QAction] = []  # other modules' entries for the table's context menu
        self.bookmark_action = self._action(self.tr("&Marcar / desmarcar"), "Ctrl+D", self.toggle_bookmark)
        self.status_menu = QMenu(self.tr("&Estado da candidatura"), window)
        for status in (*Status, None):
            label = status_label(status) if status is not None else self.tr("Sem estado")
            act = self.status_menu.addAction(label)
            act.triggered.connect(lambda _=False, s=status: self.set_status(s))
        self.add_menu = QMenu(self.tr("&Juntar à lista"), window)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.remove_action = self._action(self.tr("&Tirar da lista atual"), None, self.remove_from_current)
        self.new_list_action = self._action(self.tr("&Nova lista…"), "Ctrl+Shift+N", self.new_list_with_selection)
        self.export_action = self._action(self.tr("Guardar cópia dos meus dados…"), None, self.export_backup)
        self.import_action = self._action(self.tr("Importar cópia dos meus dados…"), None, self.import_backup)
        user.changed.connect(self.update_enabled)
        self.update_enabled()

    def update_enabled(self) -> None:
        """A read-only store (another version's file, a read-only disk): changes are greyed out, not refused late."""
        writable = not self.user.store.read_only
        for act in (self.bookmark_action, self.remove_action, self.new_list_action, self.import_action,
                    self.status_menu.menuAction(), self.add_menu.menuAction()):
            act.setEnabled(writable)

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        return window_action(self._window, text, shortcut, slot)

    def row_menu(self) -> QMenu:
        """The table's context menu."""
        menu = QMenu(self._window)
        menu.addAction(self.bookmark_action)
        menu.addMenu(self.status_menu)
        menu.addMenu(self.add_menu)
        if self._current_list() is not None:
            menu.addAction(self.remove_action)
        if self.extra_row_actions:
            menu.addSeparator()
            menu.addActions(self.extra_row_actions)
        return menu

    def toggle_bookmark(self) -> None:
        postings = self._selected()
        if postings:
            self.user.toggle_bookmark(postings)

    def set_status(self, status: Status | None) -> None:
        postings = self._selected()
        if postings:
            self.user.set_status(postings, status)

    def remove_from_current(self) -> None:
        list_id, postings = self._current_list(), self._selected()
        if list_id is not None and postings:
            self.user.remove_from_list(list_id, postings)

    def new_list_with_selection(self) -> None:
        name, ok = QInputDialog.getText(self._window, self.tr("Nova lista"),
                                        self.tr("Nome da lista (por exemplo, o cliente):"))
        if ok and name.strip():
            self.user.create_list(name.strip(), self._selected())  # one step to undo

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        for shortlist in self.user.store.shortlists():
            act = self.add_menu.addAction(shortlist.name)
            act.triggered.connect(lambda _=False, i=shortlist.id: self.user.add_to_list(i, self._selected()))
        if self.user.store.shortlists():
            self.add_menu.addSeparator()
        self.add_menu.addAction(self.new_list_action)

    def export_backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Guardar cópia dos meus dados"),
                                              "vagas-desktop-dados.json", self.tr("JSON (*.json)"))
        if path and self.user.export_backup(path):
            QMessageBox.information(self._window, self.tr("Cópia guardada"),
                                    self.tr("Os seus dados foram guardados em:\n%1").replace("%1", path))

    def import_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Importar cópia dos meus dados"), "",
                                              self.tr("JSON (*.json)"))
        if not path:
            return
        summary = self.user.import_backup(path)
        if summary is not None:
            QMessageBox.information(self._window, self.tr("Dados importados"), self.tr(
                "Juntados sem perder nada: %1 novas, %2 atualizadas, %3 mantidas, %4 listas novas.")
                .replace("%1", str(summary.added)).replace("%2", str(summary.updated))
                .replace("%3", str(summary.kept)).replace("%4", str(summary.lists_added)))
