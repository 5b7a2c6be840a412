"""What the table says when it shows no rows (an empty folder, no matches, an empty list), with the
next step as a button: real widgets over the viewport, so screen readers and Tab reach them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.user_filters import SCOPE_BOOKMARKED, SCOPE_CLOSED, SCOPE_NEW
from .filter_proxy import FilterController
from .folder_loader import FolderLoader
from .user_data import UserDataController

Slot = Callable[[], object]


class EmptyStateOverlay(QWidget):
    """A word-wrapped, centred message and an optional button, kept over the view's viewport."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.setObjectName("emptyState")
        self._view = view
        self._slot: Slot | None = None
        self.label = QLabel(self)
        self.label.setObjectName("emptyStateLabel")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self)
        self.button.setObjectName("emptyStateButton")
        self.button.clicked.connect(self._on_click)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        QWidget.setTabOrder(view, self.button)  # Tab from the table lands on the next step
        view.installEventFilter(self)
        self.hide()

    def show_message(self, text: str, button_text: str = "", slot: Slot | None = None) -> None:
        self.label.setText(text)
        self._slot = slot
        self.button.setText(button_text)
        self.button.setVisible(bool(button_text and slot))
        self._view.setAccessibleDescription(text)  # read with the table, as well as on its own
        self._fit()
        self.show()

    def clear(self) -> None:
        self._slot = None
        self._view.setAccessibleDescription("")
        self.hide()

    def _on_click(self) -> None:
        if self._slot is not None:
            self._slot()

    def _fit(self) -> None:
        self.setGeometry(self._view.viewport().geometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._view and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._fit()
        return False


class EmptyStates(QObject):
    """Chooses the table's empty-state message from the open folder, the filters and the scope."""

    def __init__(self, view: QAbstractItemView, controller: FilterController, user: UserDataController,
                 loader: FolderLoader, open_folder: Slot, clear_filters: Slot, show_all: Slot) -> None:
        super().__init__(view)
        self.overlay = EmptyStateOverlay(view)
        self._view = view
        self._controller = controller
        self._user = user
        self._loader = loader
        self._open_folder = open_folder
        self._clear_filters = clear_filters
        self._show_all = show_all
        controller.results_changed.connect(self.update)
        loader.started.connect(lambda _folder: self.update())
        loader.cancelled.connect(self.update)
        loader.failed.connect(lambda _text: self.update())
        self.update()  # before the first folder: say so

    def update(self, shown: int | None = None, total: int | None = None) -> None:
        controller = self._controller
        if shown is None or total is None:
            shown, total = self._view.model().rowCount(), controller.library.ghost_from
        if shown:
            self.overlay.clear()
            return
        if self._loader.is_loading and (not controller.library.folder or total == 0):
            self.overlay.show_message(self.tr("A ler a pasta…"))  # nothing to show until it is read
            return
        if not controller.library.folder:
            self.overlay.show_message(self.tr("Nenhuma pasta aberta."), self.tr("Abrir pasta…"), self._open_folder)
            return
        filtered = not controller.query.is_empty or not controller.selection.is_default()
        scope = controller.scope
        if total == 0:
            self.overlay.show_message(self.tr("Esta pasta não tem vagas."), self.tr("Abrir outra pasta…"),
                                      self._open_folder)
        elif filtered and not self._scope_is_empty(scope):  # an empty list is empty whatever the filters
            self.overlay.show_message(self.tr("Nenhuma vaga corresponde à pesquisa e aos filtros."),
                                      self.tr("Limpar filtros"), self._clear_filters)
        elif scope is not None and scope not in (SCOPE_BOOKMARKED, SCOPE_NEW, SCOPE_CLOSED):
            self.overlay.show_message(self._empty_list_text(scope), self.tr("Mostrar todas as vagas"),
                                      self._show_all)
        elif scope == SCOPE_BOOKMARKED:
            self.overlay.show_message(self.tr("Ainda não marcou nenhuma vaga. Marque-as com ★ ou Ctrl+D."),
                                      self.tr("Mostrar todas as vagas"), self._show_all)
        elif scope == SCOPE_CLOSED:
            self.overlay.show_message(self.tr("Nenhuma vaga fechou desde a última visita."),
                                      self.tr("Mostrar todas as vagas"), self._show_all)
        else:
            self.overlay.show_message(self.tr("Não há vagas novas desde a última visita."),
                                      self.tr("Mostrar todas as vagas"), self._show_all)

    def _scope_is_empty(self, scope: str | None) -> bool:
        """The chosen list (or the bookmarks) has no postings at all, filters or not."""
        store = self._user.store
        if scope == SCOPE_BOOKMARKED:
            return not store.bookmarked_keys()
        return scope is not None and scope not in (SCOPE_NEW, SCOPE_CLOSED) and not store.members(scope)

    def _empty_list_text(self, list_id: str) -> str:
        found = self._user.store.shortlist(list_id)
        name = found.name if found is not None else "?"
        return self.tr("A lista «%1» está vazia. Arraste vagas da tabela para a lista, ou use "
                       "Listas ▸ Juntar à lista.").replace("%1", name)
