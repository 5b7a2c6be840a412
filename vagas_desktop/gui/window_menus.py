"""The window's menu bar (Ficheiro, Editar, Listas, Ver, Ajuda), laid out from the window's and features' actions."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from .language_menu import LanguageMenu
from .log_folder import log_folder_action
from .postings_view import PostingsTableView
from .recent_menu import RecentMenu
from .theme_menu import ThemeMenu


class WindowMenus(NamedTuple):
    """The menus the window keeps a handle on (the toolbar and the tests reach them through it)."""

    recent: RecentMenu
    view: QMenu
    columns: QMenu
    theme: ThemeMenu


def fill_columns_menu(menu: QMenu, table: PostingsTableView) -> None:
    """View ▸ Colunas: the table header's own column menu, rebuilt each time it opens."""
    menu.clear()
    for act in table.column_menu().actions():
        act.setParent(menu)
        menu.addAction(act)


def build_menus(window: Any) -> WindowMenus:  # the MainWindow (its module imports this one)
    """Fill the window's menu bar. Only layout: every action already exists, with its slot.
    The titles keep the "MainWindow" translation context they were written under."""
    bar = window.menuBar()
    tracking, export, saved = window.tracking_actions, window.export_actions, window.saved_searches
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Ficheiro"))
    file_menu.addAction(window.open_action)
    recent = RecentMenu(QCoreApplication.translate("MainWindow", "Abrir &recente"), window.window_settings, window)
    recent.folder_chosen.connect(window.open_folder)
    file_menu.addMenu(recent)
    file_menu.addAction(window.reload_action)
    file_menu.addSeparator()
    file_menu.addAction(export.export_action)
    file_menu.addAction(export.calendar_action)
    file_menu.addAction(export.print_action)
    file_menu.addAction(window.activity_report.action)
    file_menu.addSeparator()
    file_menu.addAction(tracking.export_action)
    file_menu.addAction(tracking.import_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Editar"))
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addAction(window.find_action)
    edit_menu.addAction(window.clear_filters_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.detail.copy_text_action)
    edit_menu.addSeparator()
    edit_menu.addAction(tracking.bookmark_action)
    edit_menu.addMenu(tracking.status_menu)

    lists_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Listas"))
    lists_menu.addMenu(tracking.add_menu)
    lists_menu.addAction(tracking.remove_action)
    lists_menu.addSeparator()
    lists_menu.addAction(tracking.new_list_action)
    lists_menu.addAction(window.shortlists.rename_action)
    lists_menu.addAction(window.shortlists.delete_action)
    lists_menu.addSeparator()
    lists_menu.addActions([saved.save_action, saved.hidden_dialog_action])

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Ver"))
    columns_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Colunas"))
    columns_menu.aboutToShow.connect(lambda: fill_columns_menu(columns_menu, window.table))
    view_menu.addAction(window.problems_action)
    view_menu.addAction(saved.show_hidden_action)
    theme_menu = ThemeMenu(window.window_settings.settings, window)  # applies the saved theme
    view_menu.addMenu(theme_menu)
    view_menu.addSeparator()
    for act in (window.focus_table_action, window.focus_filters_action, window.focus_detail_action,
                window.statistics.show_action):
        view_menu.addAction(act)
    view_menu.addSeparator()
    view_menu.addMenu(LanguageMenu(window.window_settings.settings, window.statusBar(), window))

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "A&juda"))
    help_menu.addAction(window.help_action)
    help_menu.addAction(log_folder_action(window))
    help_menu.addAction(window.about_action)
    return WindowMenus(recent, view_menu, columns_menu, theme_menu)
