"""A facet list's context menu: exclude or include a value again (and, on the employer list, hide it
always); the same from the keyboard: Menu or Shift+F10 opens it on the current row, Delete toggles."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from .facet_list import EXCLUDED_ROLE, FacetListWidget

EXCLUDE_KEY = QKeySequence(Qt.Key.Key_Delete)
MENU_KEYS = (QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10"))


class FacetMenu(QObject):
    """Attached to one FacetListWidget; acts on its current row (a right-click makes the row current)."""

    hide_always_requested = Signal(str)  # the value the user never wants to see (the employer list only)

    def __init__(self, facet: FacetListWidget, field: str, hide_always_text: str | None = None) -> None:
        super().__init__(facet)
        self._facet = facet
        view = facet.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_menu_requested)
        self.menu = QMenu(view)
        self.menu.setObjectName(f"{field}Menu")

        self.exclude_action = QAction(self.tr("Excluir"), view)
        self.exclude_action.setObjectName(f"{field}ExcludeAction")
        self.exclude_action.setShortcut(EXCLUDE_KEY)
        self.exclude_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.exclude_action.triggered.connect(facet.toggle_current_excluded)
        view.addAction(self.exclude_action)
        self.menu.addAction(self.exclude_action)

        self.hide_always_action: QAction | None = None
        if hide_always_text is not None:
            self.hide_always_action = QAction(hide_always_text, view)
            self.hide_always_action.setObjectName(f"{field}HideAlwaysAction")
            self.hide_always_action.triggered.connect(self._on_hide_always)
            self.menu.addSeparator()
            self.menu.addAction(self.hide_always_action)

        open_menu = QAction(view)  # the keyboard's way in: the view's current row
        open_menu.setShortcuts(list(MENU_KEYS))
        open_menu.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_menu.triggered.connect(self.open_at_current_row)
        view.addAction(open_menu)

    def open_at_current_row(self) -> None:
        view = self._facet.view
        index = view.currentIndex()
        if not index.isValid():
            if view.model().rowCount() == 0:
                return
            index = view.model().index(0, 0)
            view.setCurrentIndex(index)
        self._popup(view.visualRect(index).bottomLeft())

    def _on_menu_requested(self, pos: QPoint) -> None:
        view = self._facet.view
        index = view.indexAt(pos)
        if index.isValid():
            view.setCurrentIndex(index)
            self._popup(pos)

    def _popup(self, viewport_pos: QPoint) -> None:
        excluded = bool(self._facet.view.currentIndex().data(EXCLUDED_ROLE))
        self.exclude_action.setText(self.tr("Incluir") if excluded else self.tr("Excluir"))
        self.menu.popup(self._facet.view.viewport().mapToGlobal(viewport_pos))

    def _on_hide_always(self) -> None:
        value = self._facet.current_value()
        if value is not None:
            self.hide_always_requested.emit(value)
