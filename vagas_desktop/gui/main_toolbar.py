"""The main toolbar and the icons of the window's actions (one table of which action shows which icon)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton, QWidget

from .icons import ThemedIcons

ToolItem = QAction | QMenu
TIP_BASE = "toolTipBase"  # an action's own tooltip (set before it joined the toolbar), kept without the keys


def plain_text(text: str) -> str:
    """A menu text as a tooltip says it: "&Abrir pasta…" -> "Abrir pasta" ("A && B" -> "A & B")."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").replace("…", "").strip()


def shortcut_tooltip(action: QAction) -> str:
    """"Abrir pasta (Ctrl+O)": the action's own tooltip or plain text, then its keys as the platform writes them."""
    base = action.property(TIP_BASE) or plain_text(action.text())
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{base} ({keys})" if keys else str(base)


def keep_shortcut_tooltip(action: QAction) -> None:
    """Show the shortcut in the action's tooltip now and whenever its text or keys change."""
    own = action.toolTip()
    if own not in (action.text().replace("&", "").strip(), plain_text(action.text())):
        action.setProperty(TIP_BASE, own)  # a tooltip of its own ("Mostrar as estatísticas…")

    def refresh() -> None:
        tip = shortcut_tooltip(action)
        if action.toolTip() != tip:  # no change, no signal: no loop
            action.setToolTip(tip)

    action.changed.connect(refresh)
    refresh()


def window_icons(window: Any) -> list[tuple[ToolItem | None, str]]:
    """Each action or menu of the window with its icon name (resources/icons/lucide); menus and the
    toolbar share the actions, so one icon shows in both."""
    tracking, export = window.tracking_actions, window.export_actions
    return [
        (window.open_action, "folder-open"),
        (window.reload_action, "refresh-cw"),
        (export.export_action, "file-down"),
        (export.print_action, "printer"),
        (tracking.export_action, "archive"),
        (tracking.import_action, "archive-restore"),
        (window.quit_action, "log-out"),
        (window.find_action, "search"),
        (window.clear_filters_action, "filter-x"),
        (window.detail.copy_text_action, "copy"),
        (tracking.bookmark_action, "star"),
        (tracking.status_menu, "list-checks"),
        (tracking.add_menu, "list-plus"),
        (tracking.remove_action, "list-minus"),
        (tracking.new_list_action, "plus"),
        (window.columns_menu, "columns-3"),
        (window.problems_action, "triangle-alert"),
        (window.theme_menu, "sun-moon"),
        (window.findChild(QAction, "openLogFolderAction"), "folder-search"),
        (window.about_action, "info"),
    ]


def toolbar_groups(window: Any) -> list[list[ToolItem]]:
    """What the toolbar shows, by group: folder, the posting's tracking, output."""
    tracking, export = window.tracking_actions, window.export_actions
    return [
        [window.open_action, window.reload_action],
        [tracking.bookmark_action, tracking.status_menu, tracking.add_menu],
        [export.export_action, export.print_action],
    ]


class MainToolbar(QToolBar):
    """Icon buttons for the everyday actions; menus open at once on a click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Barra de ferramentas"), parent)
        self.setObjectName("mainToolbar")
        self.setMovable(False)
        self.setIconSize(QSize(20, 20))
        self._groups = 0

    def add_group(self, items: Sequence[ToolItem]) -> None:
        """A separator (after the first group), then the items."""
        if self._groups:
            self.addSeparator()
        self._groups += 1
        for item in items:
            action = item.menuAction() if isinstance(item, QMenu) else item
            self.addAction(action)
            keep_shortcut_tooltip(action)
            button = self.widgetForAction(action)
            if isinstance(item, QMenu) and isinstance(button, QToolButton):
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def add_statistics(self, action: QAction, icons: ThemedIcons | None = None) -> None:
        """The hook for View ▸ Estatísticas (issue #16): its own group at the end, with its icon."""
        if icons is not None:
            icons.bind(action, "chart-column")
        self.add_group([action])


def install_main_toolbar(window: QMainWindow) -> tuple[MainToolbar, ThemedIcons]:
    """Put icons on the window's actions and the main toolbar before the search toolbar."""
    icons = ThemedIcons(window)
    for target, name in window_icons(window):
        if target is not None:
            icons.bind(target, name)
    toolbar = MainToolbar(window)
    for group in toolbar_groups(window):
        toolbar.add_group(group)
    search = window.findChild(QToolBar, "searchToolbar")
    if search is not None:
        window.insertToolBar(search, toolbar)
    else:
        window.addToolBar(toolbar)
    return toolbar, icons

