"""ShortlistPanel: pick what the table shows (all, bookmarked, a list, a saved search); drop postings on a list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.saved_searches import SearchCounts
from ..core.shortlists import UserStore
from ..core.user_filters import SCOPE_BOOKMARKED, SCOPE_CLOSED, SCOPE_NEW
from .facet_menu import MENU_KEYS
from .table_model import KEYS_MIME
from .theme import theme_manager

ModelIndex = QModelIndex | QPersistentModelIndex
SCOPE_ROLE = Qt.ItemDataRole.UserRole + 1
_NOT_LISTS = (None, SCOPE_BOOKMARKED, SCOPE_NEW, SCOPE_CLOSED)
SEARCHES_HEADER = "\x00searches"  # the "Pesquisas guardadas" group title: not a choice
SEARCH_PREFIX = "\x00search:"  # a saved search's row: choosing it restores its filters


def search_scope(search_id: str) -> str:
    return SEARCH_PREFIX + search_id


def search_of(scope: str | None) -> str | None:
    """The saved search id of a row's scope, None for any other row."""
    return scope[len(SEARCH_PREFIX):] if scope is not None and scope.startswith(SEARCH_PREFIX) else None


def is_list(scope: str | None) -> bool:
    """True for a user's named list (the rows postings can be dropped on)."""
    return scope not in _NOT_LISTS and scope != SEARCHES_HEADER and search_of(scope) is None


class ShortlistModel(QAbstractListModel):
    """Rows: all postings, bookmarked, then each named list with its size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str | None, str]] = [(None, "")]
        self._search_counts: dict[str, SearchCounts] = {}
        self._search_names: dict[str, str] = {}  # id -> name (the row's text adds the counts)

    def set_search_counts(self, counts: list[SearchCounts]) -> None:
        """The saved searches' counts on the open folder; their rows' texts change, nothing else."""
        self._search_counts = {c.search_id: c for c in counts}
        for row, (scope, _) in enumerate(self._rows):
            search_id = search_of(scope)
            if search_id is not None and search_id in self._search_counts:
                self._rows[row] = (scope, self._search_text(self._search_names[search_id], search_id))
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0), [Qt.ItemDataRole.DisplayRole])

    def _search_text(self, name: str, search_id: str) -> str:
        """"Ana — TS Lisboa (41 · 3 novas)"; just the name until the folder is counted."""
        counts = self._search_counts.get(search_id)
        if counts is None:
            return name
        new = self.tr("%n novas", "", counts.new)
        return f"{name} ({counts.matches} · {new})"

    def _search_rows(self, store: UserStore) -> list[tuple[str | None, str]]:
        searches = store.saved_searches()
        self._search_names = {s.id: s.name for s in searches}
        if not searches:
            return []
        head: list[tuple[str | None, str]] = [(SEARCHES_HEADER, self.tr("Pesquisas guardadas"))]
        return head + [(search_scope(s.id), self._search_text(s.name, s.id)) for s in searches]

    def refresh(self, store: UserStore, new_count: int = 0, closed_count: int = 0) -> None:
        rows: list[tuple[str | None, str]] = [
            (None, self.tr("Todas as vagas")),
            (SCOPE_NEW, self.tr("✦ Novas (%1)").replace("%1", str(new_count))),  # "since when": the tooltip
            (SCOPE_CLOSED, self.tr("✕ Fecharam (%1)").replace("%1", str(closed_count))),
            (SCOPE_BOOKMARKED, self.tr("★ Marcadas (%1)").replace("%1", str(len(store.bookmarked_keys())))),
        ]
        for shortlist in store.shortlists():
            rows.append((shortlist.id, f"{shortlist.name} ({len(store.members(shortlist.id))})"))
        rows += self._search_rows(store)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def scope_at(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, scope: str | None) -> int:
        return next((i for i, (s, _) in enumerate(self._rows) if s == scope), 0)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if index.isValid() and self.scope_at(index.row()) == SEARCHES_HEADER:
            return Qt.ItemFlag.NoItemFlags  # a group title: skipped by clicks and arrow keys
        return super().flags(index)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        scope, text = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == SCOPE_ROLE:
            return scope
        if role == Qt.ItemDataRole.FontRole and scope == SEARCHES_HEADER:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and scope == SEARCHES_HEADER:
            return theme_manager().brush("muted")  # not the disabled grey: a title, readable in both themes
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(scope, text)
        return None

    def _tooltip(self, scope: str | None, text: str) -> str | None:
        """The row's whole text (the panel elides what does not fit), then what the row is for."""
        if scope == SCOPE_NEW:
            return f"{text}\n" + self.tr("Vagas novas desde a última visita à pasta.")
        if scope == SCOPE_CLOSED:
            return f"{text}\n" + self.tr("Vagas que fecharam desde a última visita à pasta.")
        if search_of(scope) is not None:
            return f"{text}\n" + self.tr("Escolher esta pesquisa repõe os seus filtros; as vagas novas ficam "
                                         "vistas ao fim de um momento")
        if is_list(scope):
            return f"{text}\n" + self.tr("Arraste vagas da tabela para aqui para as juntar a esta lista")
        return text if scope == SCOPE_BOOKMARKED else None  # "Todas as vagas" and the group title say it all


class ShortlistListView(QListView):
    """Accepts postings dragged from the table onto a named list."""

    postings_dropped = Signal(str, list)  # list id, posting indices

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def _target(self, pos: QPoint) -> str | None:
        index = self.indexAt(pos)
        scope = index.data(SCOPE_ROLE) if index.isValid() else None
        return scope if is_list(scope) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(KEYS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(KEYS_MIME) and self._target(event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        target = self._target(event.position().toPoint())
        raw = bytes(event.mimeData().data(KEYS_MIME).data()).decode()
        indices = [int(x) for x in raw.split(",") if x.isdigit()]
        if target and indices:
            self.postings_dropped.emit(target, indices)
            event.acceptProposedAction()
        else:
            event.ignore()


class ShortlistPanel(QWidget):
    """The shortlist picker with new / rename / delete."""

    scope_changed = Signal(object)  # str | None
    create_requested = Signal(str)
    rename_requested = Signal(str, str)
    delete_requested = Signal(str)
    export_requested = Signal(str)
    search_chosen = Signal(str)  # a saved search's id
    search_menu_requested = Signal(str, QMenu)  # its id and the context menu to fill
    calendar_requested = Signal(str)  # the list's deadlines to a calendar file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._new_count = self._closed_count = 0
        self._chosen: str | None = None  # the row the user chose (a model reset forgets the current index)
        self.model = ShortlistModel(self)
        self.view = ShortlistListView(self)
        self.view.setObjectName("shortlistPicker")
        self.view.setAccessibleName(self.tr("Listas de vagas"))
        self.view.setModel(self.model)
        self.view.setMaximumHeight(260)  # the four fixed rows, a few lists and saved searches
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long names elide (…)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the tooltip has the whole text
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_menu)
        open_menu = QAction(self.view)  # the keyboard's way in: the current row's menu
        open_menu.setShortcuts(list(MENU_KEYS))
        open_menu.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_menu.triggered.connect(self.open_menu_at_current)
        self.view.addAction(open_menu)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        title = QLabel(self.tr("<b>Listas</b>"), self)
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("newShortlist")
        self.add_button.setText("+")
        self.add_button.setToolTip(self.tr("Nova lista…"))
        self.add_button.setAccessibleName(self.tr("Nova lista"))
        self.add_button.clicked.connect(self.ask_create)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(head)
        layout.addWidget(self.view)
        self.rename_action = QAction(self.tr("Mudar o nome da lista…"), self)
        self.rename_action.triggered.connect(self.ask_rename)
        self.delete_action = QAction(self.tr("Apagar a lista…"), self)
        self.delete_action.triggered.connect(self.ask_delete)
        self.export_action = QAction(self.tr("Exportar a lista…"), self)
        self.export_action.triggered.connect(self._on_export)
        self.calendar_action = QAction(self.tr("Exportar os prazos para o calendário…"), self)
        self.calendar_action.triggered.connect(self._on_calendar)

    def refresh(self, store: UserStore, new_count: int | None = None, closed_count: int | None = None) -> None:
        """Rebuild the rows, keeping the chosen scope (back to all if that list is gone)."""
        scope = self._chosen
        if new_count is not None:
            self._new_count = new_count
        if closed_count is not None:
            self._closed_count = closed_count
        self.model.refresh(store, self._new_count, self._closed_count)
        row = self.model.row_of(scope)
        self.view.setCurrentIndex(self.model.index(row, 0))
        if self.model.scope_at(row) != scope:
            self.scope_changed.emit(self.model.scope_at(row))

    def current_scope(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.scope_at(index.row()) if index.isValid() else None

    def set_scope(self, scope: str | None) -> None:
        self.view.setCurrentIndex(self.model.index(self.model.row_of(scope), 0))

    def current_list(self) -> str | None:
        scope = self.current_scope()
        return scope if is_list(scope) else None

    def current_search(self) -> str | None:
        """The id of the saved search chosen in the panel, if one is."""
        return search_of(self.current_scope())

    def ask_create(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Nova lista"), self.tr("Nome da lista (por exemplo, o cliente):"))
        if ok and name.strip():
            self.create_requested.emit(name.strip())

    def ask_rename(self) -> None:
        list_id = self.current_list()
        if list_id is None:
            return
        old = str(self.view.currentIndex().data()).rsplit(" (", 1)[0]
        name, ok = QInputDialog.getText(self, self.tr("Mudar o nome"), self.tr("Novo nome:"), text=old)
        if ok and name.strip() and name.strip() != old:
            self.rename_requested.emit(list_id, name.strip())

    def ask_delete(self) -> None:
        list_id = self.current_list()
        if list_id is None:
            return
        name = str(self.view.currentIndex().data()).rsplit(" (", 1)[0]  # without the count
        answer = QMessageBox.question(
            self, self.tr("Apagar lista"),
            self.tr("Apagar a lista «%1»? As vagas continuam marcadas e com as suas notas.").replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(list_id)

    def _on_export(self) -> None:
        list_id = self.current_list()
        if list_id is not None:
            self.export_requested.emit(list_id)

    def _on_calendar(self) -> None:
        list_id = self.current_list()
        if list_id is not None:
            self.calendar_requested.emit(list_id)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        scope = self.model.scope_at(current.row()) if current.isValid() else None
        search_id = search_of(scope)
        if search_id is None:
            self._chosen = scope
            self.scope_changed.emit(scope)
            return
        if scope == self._chosen:
            return  # the same search put back by a refresh: the user's edits on top of it stay
        self._chosen = scope
        self.scope_changed.emit(None)  # a saved search is its own filters over every posting
        self.search_chosen.emit(search_id)

    def open_menu_at_current(self) -> None:
        """Menu or Shift+F10: the context menu of the current row, under it."""
        index = self.view.currentIndex()
        self._on_menu(self.view.visualRect(index).bottomLeft() if index.isValid() else QPoint(0, 0))

    def _on_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        new = menu.addAction(self.tr("Nova lista…"))
        new.triggered.connect(self.ask_create)
        if self.current_list() is not None:
            menu.addAction(self.export_action)
            menu.addAction(self.calendar_action)
            menu.addAction(self.rename_action)
            menu.addAction(self.delete_action)
        search_id = self.current_search()
        if search_id is not None:
            menu.clear()
            self.search_menu_requested.emit(search_id, menu)
        menu.exec(self.view.viewport().mapToGlobal(pos))
