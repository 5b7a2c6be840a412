"""MainWindow: filters | postings table | detail pane, with menus, status bar and saved state."""

from __future__ import annotations

import gc
import linecache
import logging
import os
import sys
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
)

from ..core.facets import FacetChoice, starting_choice
from ..core.folder_load import LoadedFolder
from ..core.library import Library
from ..core.posting import Posting
from ..core.scan import ScanResult
from ..core.shortlists import UserStore
from ..core.user_filters import SCOPE_CLOSED, USER_QUALIFIERS
from ..paths import user_data_dir
from .about import show_about
from .activity_dialog import ActivityReportAction
from .detail_pane import DetailPane
from .empty_state import EmptyStates
from .export_actions import ExportActions
from .filter_bar import FilterBar
from .filter_proxy import FilterController
from .folder_drop import FolderDrop
from .folder_loader import FolderLoader
from .folder_watcher import FolderWatcher
from .help_window import HelpAction, app_places
from .icons import app_icon
from .language import active_language
from .language_menu import LanguageMenu
from .load_status import LoadStatus
from .load_worker import GUI_SWITCH_INTERVAL
from .log_folder import log_folder_action
from .main_toolbar import install_main_toolbar, keep_shortcut_tooltip
from .postings_view import PostingsTableView
from .problems_view import ProblemsButton, ProblemsDock
from .recent_menu import RecentMenu
from .row_problems import RowProblems
from .sample_day import SampleDay
from .saved_search_actions import SavedSearchActions
from .search_edit import SearchEdit
from .shortlist_panel import ShortlistPanel
from .slow_release import SlowRelease
from .statistics_view import StatisticsDock
from .status_bar import StatusBar
from .table_model import POSTING_ROLE, Column, PostingTableModel
from .table_place import remember_place, restore_place
from .theme import keep_styled
from .theme_menu import ThemeMenu
from .timers import debounce_timer
from .tracked_changes import TrackedChangesNotice
from .tracking_actions import TrackingActions
from .tracking_panel import TrackingPanel
from .undo import undo_actions
from .user_data import UserDataController
from .versions_dialog import VersionsDialog
from .window_state import WindowSettings

log = logging.getLogger(__name__)
_ONLY_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class MainWindow(QMainWindow):
    """The application window. `settings` holds only window state, filters and recent folders."""

    def __init__(self, settings: QSettings, today: date | None = None, store: UserStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(GUI_SWITCH_INTERVAL)  # the GUI gets the GIL back quickly from a busy worker
        self.setObjectName("mainWindow")
        self.setWindowTitle("Vagas Desktop")
        self.setWindowIcon(app_icon())
        self.window_settings = WindowSettings(settings)
        self._pending_column_state: Any = None
        self._current_posting_index = -1
        self._highlight_timer = debounce_timer(self, 250, self._update_highlight)
        self.user = UserDataController(store or UserStore.open(user_data_dir()), self)
        self.loader = FolderLoader(self.user.snapshots_for_ghosts, self)
        self.model = PostingTableModel(self)
        self.model.set_user_data(self.user)
        if today is not None:
            self.model.set_today(today)
        self.controller = FilterController(self.model, self.user, self)
        self._build_widgets()
        self.sample_day = SampleDay(today, self.statusBar())  # today None: the real date, or the samples' day
        self.folder_drop = FolderDrop(self)
        self.filter_bar.open_on_date.setDate(QDate(self.model.today))  # "open on day" starts at --today
        self._build_actions()
        self._build_menus()
        self.main_toolbar, self.icons = install_main_toolbar(self)
        self.main_toolbar.add_statistics(self.statistics.show_action, self.icons)
        self.view_menu.insertAction(self.problems_action, self.main_toolbar.toggleViewAction())
        keep_shortcut_tooltip(self.saved_searches.save_action)  # the search toolbar's button says its keys too
        self._connect()
        self._restore_state()
        # PySide6's import hook reads each module's source (looking for "PySide6") through linecache,
        # which keeps it: about 10 MB by now. Tracebacks read what they need again.
        linecache.clearcache()

    # -- construction ---------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.search_edit = SearchEdit(self)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("searchHint")
        keep_styled(self.hint_label, lambda theme: f"color: {theme.hex('hint_text')};")
        toolbar = QToolBar(self.tr("Pesquisa"), self)
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search_edit)
        toolbar.addWidget(self.hint_label)
        self.addToolBar(toolbar)

        self.filter_bar = FilterBar(self)  # scrolls by itself, keeping "Limpar filtros" in view
        self.shortlists = ShortlistPanel(self)
        self.shortlists.refresh(self.user.store)
        self.left_splitter = left = QSplitter(Qt.Orientation.Vertical, self)
        left.setObjectName("leftSplitter")
        left.addWidget(self.shortlists)
        left.addWidget(self.filter_bar)
        left.setStretchFactor(1, 1)
        self.table = PostingsTableView(self)
        self.table.setModel(self.model)
        self.table.apply_default_columns()
        self.detail = DetailPane(self)
        self.detail.profile_source = lambda posting: self.library.profile(posting)
        self.detail.history_source = lambda posting: self.library.changes_of(posting)
        self.detail.versions_source = lambda posting: self.library.older_versions(posting)
        self.tracking = TrackingPanel(self.user, self)
        self.right_splitter = right = QSplitter(Qt.Orientation.Vertical, self)
        right.setObjectName("rightSplitter")
        right.addWidget(self.detail)
        right.addWidget(self.tracking)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for widget in (left, self.table, right):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)  # a wider window widens the table; the panes keep their width
        self.splitter.setStretchFactor(2, 0)
        self.setCentralWidget(self.splitter)

        self.watcher = FolderWatcher(self)
        self.graveyard = SlowRelease(self)
        self.problems = ProblemsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.problems.hide()

        self.setStatusBar(StatusBar(self))
        status = self.statusBar()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.problems_button = ProblemsButton(self)
        self.load_status = LoadStatus(self.loader, status)
        self.cancel_button = self.load_status.cancel_button
        self.tracked_changes = TrackedChangesNotice(status, self.show_query, self)
        status.addPermanentWidget(self.count_label)  # permanent: messages never hide the count
        status.addPermanentWidget(self.problems_button)
        status.addPermanentWidget(self.load_status.progress)
        status.addPermanentWidget(self.cancel_button)

    def _build_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str | None = None, slot: Any = None) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            if slot is not None:
                act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.open_action = action(self.tr("&Abrir pasta…"), QKeySequence.StandardKey.Open, self.choose_folder)
        self.reload_action = action(self.tr("&Recarregar"), "F5", self.reload)
        self.quit_action = action(self.tr("&Sair"), QKeySequence.StandardKey.Quit, self.close)
        self.find_action = action(self.tr("&Procurar"), QKeySequence.StandardKey.Find, self.focus_search)
        self.clear_filters_action = self.filter_bar.clear_action
        self.clear_filters_action.triggered.connect(self.clear_filters)
        self.cancel_action = action(self.tr("Cancelar leitura"), "Esc", self.loader.cancel)
        self.cancel_action.setEnabled(False)
        self.row_problems = RowProblems(self.table, self.problems, self)
        self.problems_action = self.problems.toggleViewAction()
        self.problems_action.setText(self.tr("&Problemas"))
        self.problems_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.focus_table_action = action(self.tr("Ir para a tabela"), "Ctrl+1", self.table.setFocus)
        self.focus_filters_action = action(self.tr("Ir para os filtros"), "Ctrl+2", self.filter_bar.setFocus)
        self.focus_detail_action = action(self.tr("Ir para os detalhes"), "Ctrl+3", self.detail.setFocus)
        self.undo_action, self.redo_action = undo_actions(self.user.undo_stack, self)
        self.addActions([self.undo_action, self.redo_action])  # their keys work with the menu closed
        self.help_action = HelpAction(self, lambda: app_places(self.user.store, self.window_settings.settings))
        self.addAction(self.help_action)
        self.about_action = action(self.tr("&Sobre o Vagas Desktop"), None, self.show_about)
        self.tracking_actions = TrackingActions(self.user, self.selected_postings, self.shortlists.current_list, self)
        self.export_actions = ExportActions(self.model, lambda: self.library, self.user, self.selected_postings,
                                            self.table.shown_keys, self, self.window_settings.settings)
        self.activity_report = ActivityReportAction(lambda: self.user.store, lambda: self.library,
                                                    lambda: self.model.today, self)
        self.shortlists.export_requested.connect(lambda list_id: self.export_actions.export_dialog(f"list:{list_id}"))
        self.saved_searches = SavedSearchActions(self, self.user, self.controller, self.shortlists, self.filter_bar,
                                                 self.show_filters, self.selected_postings, lambda: self.model.today)
        self.tracking_actions.extra_row_actions.append(self.saved_searches.hide_employer_action)
        self.filter_bar.hide_employer_requested.connect(self.user.hide_employer)  # the employer facet's menu
        self.shortlists.calendar_requested.connect(
            lambda list_id: self.export_actions.export_dialog(f"list:{list_id}", fmt="ics"))
        self.statistics = StatisticsDock(self.controller, self.model, self.user, self.filter_bar,
                                         self.search_edit, self, self.window_settings.settings)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.statistics)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Ficheiro"))
        file_menu.addAction(self.open_action)
        self.recent_menu = RecentMenu(self.tr("Abrir &recente"), self.window_settings, self)
        self.recent_menu.folder_chosen.connect(self.open_folder)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_actions.export_action)
        file_menu.addAction(self.export_actions.calendar_action)
        file_menu.addAction(self.export_actions.print_action)
        file_menu.addAction(self.activity_report.action)
        file_menu.addSeparator()
        file_menu.addAction(self.tracking_actions.export_action)
        file_menu.addAction(self.tracking_actions.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Editar"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.clear_filters_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.detail.copy_text_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.tracking_actions.bookmark_action)
        edit_menu.addMenu(self.tracking_actions.status_menu)
        lists_menu = bar.addMenu(self.tr("&Listas"))
        lists_menu.addMenu(self.tracking_actions.add_menu)
        lists_menu.addAction(self.tracking_actions.remove_action)
        lists_menu.addSeparator()
        lists_menu.addAction(self.tracking_actions.new_list_action)
        lists_menu.addAction(self.shortlists.rename_action)
        lists_menu.addAction(self.shortlists.delete_action)
        lists_menu.addSeparator()
        lists_menu.addActions([self.saved_searches.save_action, self.saved_searches.hidden_dialog_action])
        self.view_menu = view_menu = bar.addMenu(self.tr("&Ver"))
        self.columns_menu = view_menu.addMenu(self.tr("&Colunas"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        view_menu.addAction(self.problems_action)
        view_menu.addAction(self.saved_searches.show_hidden_action)
        self.theme_menu = ThemeMenu(self.window_settings.settings, self)  # applies the saved theme
        view_menu.addMenu(self.theme_menu)
        view_menu.addSeparator()
        for act in (self.focus_table_action, self.focus_filters_action, self.focus_detail_action,
                    self.statistics.show_action):
            view_menu.addAction(act)
        view_menu.addSeparator()
        view_menu.addMenu(LanguageMenu(self.window_settings.settings, self.statusBar(), self))
        help_menu = bar.addMenu(self.tr("A&juda"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(log_folder_action(self))
        help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self.controller.set_query_text)
        self.search_edit.textChanged.connect(lambda text: self.filter_bar.set_search_active(bool(text.strip())))
        self.folder_drop.folder_dropped.connect(self.open_folder)
        self.filter_bar.filter_changed.connect(self._on_filter_changed)
        self.controller.results_changed.connect(self._on_results_changed)
        self.controller.hints_changed.connect(self._on_hints_changed)
        self.controller.counts_changed.connect(self.filter_bar.set_counts)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.controller.set_sort)
        self.problems_button.clicked.connect(self.problems_action.trigger)
        self.watcher.changed.connect(self.refresh_folder)
        self.loader.started.connect(lambda _folder: self.cancel_action.setEnabled(True))
        self.loader.loaded.connect(self._on_loaded)
        self.loader.cancelled.connect(lambda: self.cancel_action.setEnabled(False))
        self.loader.failed.connect(self._on_load_failed)
        self.table.clicked.connect(self._on_table_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.row_problems.with_entry(self.tracking_actions.row_menu()).exec(
                self.table.viewport().mapToGlobal(pos)))
        self.empty_state = EmptyStates(self.table, self.controller, self.user, self.loader, self.choose_folder,
                                       self.clear_filters, lambda: self.shortlists.set_scope(None))
        self.user.changed.connect(self._on_user_data_changed)
        self.user.failed.connect(self._on_user_data_failed)
        self.shortlists.scope_changed.connect(self.controller.set_scope)
        self.shortlists.scope_changed.connect(  # closed since the last visit: hidden by "Abertas"
            lambda scope: self.filter_bar.show_deadlines("all") if scope == SCOPE_CLOSED else None)
        self.detail.versions_requested.connect(
            lambda posting: VersionsDialog(posting, self.library.older_versions(posting), self.folder, self).open())
        self.shortlists.create_requested.connect(self.user.create_list)
        self.shortlists.rename_requested.connect(self.user.rename_list)
        self.shortlists.delete_requested.connect(self.user.delete_list)
        self.shortlists.view.postings_dropped.connect(
            lambda list_id, indices: self.user.add_to_list(list_id, [self.model.postings[i] for i in indices]))

    # -- the folder -------------------------------------------------------------------------------
    @property
    def library(self) -> Library:
        return self.controller.library

    @property
    def folder(self) -> str:
        """The open folder ("" before the first): the Library's, never kept twice."""
        return self.library.folder

    @property
    def is_loading(self) -> bool:
        return self.loader.is_loading

    def wait_for_load(self, timeout_ms: int = 30_000) -> bool:
        """For tests and benches: block (processing events) until no load is running."""
        return self.loader.wait(timeout_ms)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Abrir pasta de vagas"), self.folder or "")
        if folder:
            self.open_folder(folder)

    def reload(self) -> None:
        if self.folder:
            self.open_folder(self.folder)

    def refresh_folder(self) -> None:
        """The watched folder changed on disk: rescan quietly (cache makes it quick), keep the user's place."""
        if self.folder and not self.loader.is_loading:
            self.open_folder(self.folder, refresh=True)

    def open_folder(self, folder: str, refresh: bool = False) -> None:
        """Scan in the background; the current folder stays until the new one is ready."""
        folder = os.path.abspath(folder)
        if not os.path.isdir(folder):
            QMessageBox.warning(self, self.tr("Pasta não encontrada"),
                                self.tr("A pasta não existe ou não é legível:\n%s") % folder)
            return
        self.loader.load(folder, self.sample_day.today_for(folder), first_open=not refresh)

    def cancel_load(self) -> None:
        self.loader.cancel()

    def _on_loaded(self, result: ScanResult, loaded: LoadedFolder) -> None:
        self.cancel_action.setEnabled(False)
        old = self.library
        try:
            self._show_loaded(result, loaded)
        except Exception:  # never an empty window with a stale count: show the folder plainly, or keep the old
            log.exception("showing the folder %s failed", result.folder)
            self._recover(result, loaded, old)
            return
        self.graveyard.release(old.postings, old.index, old.keys)  # freed a slice at a time, not in one pause

    def _show_loaded(self, result: ScanResult, loaded: LoadedFolder) -> None:
        library = loaded.library
        refresh = loaded.changes is None and result.folder == self.folder
        place = remember_place(self.table, self.model, self.library) if refresh else None
        message = self._changes_message(result, loaded, self.library if refresh else None)
        if self.folder and self.model.columnCount():
            self._pending_column_state = self.table.column_state()
        self._set_today(self.sample_day.today_for(result.folder))
        self.controller.set_library(library)
        self._show_folder(result, loaded)
        sort = self.table.restore_column_state(self._pending_column_state)
        self._pending_column_state = None
        header = self.table.horizontalHeader()
        if sort is not None:
            header.setSortIndicator(*sort)  # sorts once, through the model
        elif header.sortIndicatorSection() >= 0:
            header.setSortIndicator(-1, header.sortIndicatorOrder())  # its column is gone: the folder's own order
        self.statusBar().showMessage(message, 15_000)
        if loaded.changes is not None:  # an open, not a quiet refresh
            self.tracked_changes.show_for(library, self.user.store)
        self.saved_searches.recount(announce=message)  # adds "3 pesquisas com novidades" once counted
        if place is not None:
            restore_place(self.table, self.model, library, place)
        elif self.model.rowCount():  # a folder opened: its first row (in the order just applied), alone
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0), _ONLY_ROW)
            self.table.scrollToTop()

    def _show_folder(self, result: ScanResult, loaded: LoadedFolder) -> None:
        """Everything around the table that names the open folder."""
        self.setWindowTitle(f"Vagas Desktop — {result.folder}")
        self.sample_day.show_for(result.folder)
        self.problems.set_problems(result.folder, result.problems)
        self.row_problems.set_problems(result.problems)
        self.problems_button.show_counts(result.problems, result.superseded)
        self.shortlists.refresh(self.user.store, len(loaded.library.new_keys), len(loaded.library.closed_keys))
        self.model.set_history(loaded.library.changes.history)
        self.window_settings.remember_folder(result.folder)
        self.recent_menu.refill()
        self.watcher.watch(loaded.directories)
        gc.freeze()  # the folder's objects live until the next load: later collections can skip them

    def _changes_message(self, result: ScanResult, loaded: LoadedFolder, before: Library | None) -> str:
        """What changed since the last visit (an open) or the last look (a quiet refresh, before given)."""
        library, changes = loaded.library, loaded.changes
        if before is not None:  # a watched change: new files join the "novas"
            old_keys, keys = set(before.folder_keys()), set(library.folder_keys())
            added = frozenset(keys - old_keys)
            library.new_keys = before.new_keys | added
            library.closed_keys = before.closed_keys
            return self.tr("Pasta atualizada: %1, %2").replace("%1", self.tr("%n novas", "", len(added))).replace(
                "%2", self.tr("%n removidas", "", len(old_keys - keys)))
        if changes is None or changes.first_visit:
            return self.tr("%n vagas lidas em %1 s", "", len(result.postings)).replace("%1", f"{result.seconds:.1f}")
        since = changes.last_opened.strftime("%d/%m/%Y") if changes.last_opened else "?"
        return self.tr("Desde %1: %2, %3").replace("%1", since).replace(
            "%2", self.tr("%n novas", "", len(changes.new_keys))).replace(
            "%3", self.tr("%n fecharam", "", len(changes.closed_keys)))

    def show_query(self, query: str) -> None:
        """Show every posting matching query (the search box set to it, the Lists panel on all)."""
        self.shortlists.set_scope(None)
        self.search_edit.setText(query)

    def _recover(self, result: ScanResult, loaded: LoadedFolder, old: Library) -> None:
        """After a failure: the new folder with default columns and order, else the previous folder."""
        self._pending_column_state = None
        self.controller.set_sort(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        try:
            self.controller.set_library(loaded.library)
            self.table.apply_default_columns()
            self._show_folder(result, loaded)
            text = self.tr("A pasta foi aberta com as colunas e a ordem de origem: não foi possível "
                           "repor as anteriores.")
        except Exception:
            log.exception("showing the folder %s plainly failed too; the previous folder stays", result.folder)
            self.controller.set_library(old)
            self.table.apply_default_columns()
            text = self.tr("Não foi possível mostrar a pasta %s; mantém-se a pasta anterior.") % result.folder
        self.statusBar().showMessage(text, 30_000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Vagas Desktop"), text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window stays usable behind it

    def _set_today(self, today: date) -> None:
        """The day the open folder is seen on (the samples have their own, see SampleDay)."""
        if today != self.model.today:
            self.model.set_today(today)
            if not self.filter_bar.open_on_check.isChecked():
                self.filter_bar.open_on_date.setDate(QDate(today))

    def _on_load_failed(self, text: str) -> None:
        self.cancel_action.setEnabled(False)
        QMessageBox.critical(self, self.tr("Erro ao ler a pasta"), text)

    # -- filters and selection ------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_filters(self) -> None:
        self.search_edit.clear()
        self.controller.set_query_text("", debounce=False)
        if not self.filter_bar.selection().is_default():
            self.filter_bar.clear()

    def show_filters(self, query: str, choice: FacetChoice) -> None:
        """Put a saved search's text and filters in the search box and the filter bar."""
        self.search_edit.setText(query)
        self.controller.set_query_text(query, debounce=False)
        self.filter_bar.set_selection(choice)

    def _on_filter_changed(self) -> None:
        self.controller.set_selection(self.filter_bar.selection())

    def _on_results_changed(self, shown: int, total: int) -> None:
        self._highlight_timer.start()  # re-highlighting the details can wait for a typing pause
        locale = QLocale()
        self.count_label.setText(
            self.tr("%1 de %Ln vagas", "", total).replace("%1", locale.toString(shown)))

    def _update_highlight(self) -> None:
        self.detail.set_highlight(self.controller.query.highlight_terms())

    def _on_hints_changed(self, hints: list[str]) -> None:
        self.hint_label.setText("  ".join(hints))
        self.search_edit.setToolTip("\n".join(hints))

    def _remember_current(self) -> None:
        posting = self.detail.posting()
        self._current_posting_index = -1
        if posting is not None:
            self._current_posting_index = next(
                (i for i in self._selected_posting_indices() if self.model.postings[i] is posting), -1)

    def _restore_current(self) -> None:
        row = self.model.row_of(self._current_posting_index)
        if row < 0 and self.model.rowCount():
            row = 0  # the posting on show was filtered out: show the first match instead
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self._show_detail()

    def _selected_posting_indices(self) -> list[int]:
        rows = self.model.rows
        return [rows[i.row()] for i in self.table.selectionModel().selectedRows() if i.row() < len(rows)]

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail()

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        index = self.table.currentIndex()
        posting = index.data(POSTING_ROLE) if index.isValid() else None
        if posting is None or posting is not self.detail.posting():
            self.detail.show_posting(posting, self.model.today, self.controller.query.highlight_terms())
        if posting is not self.tracking.posting:
            ghost = index.isValid() and self.model.is_ghost(self.model.rows[index.row()])
            self.tracking.show_posting(posting, missing=ghost)

    def selected_postings(self) -> list[Posting]:
        """The selected rows' postings (the current one when nothing is selected)."""
        postings = [self.model.postings[i] for i in self._selected_posting_indices()]
        current = self.table.currentIndex()
        if not postings and current.isValid():
            postings = [current.data(POSTING_ROLE)]
        return postings

    def _on_table_clicked(self, index: QModelIndex) -> None:
        if index.column() == list(Column).index(Column.STAR):
            self.user.toggle_bookmark([index.data(POSTING_ROLE)])

    def _on_user_data_changed(self) -> None:
        self.model.user_data_changed()
        self.shortlists.refresh(self.user.store)
        self.tracking.refresh()
        if self.controller.scope is not None or any(
                t.field in USER_QUALIFIERS for t in self.controller.query.terms):
            self.controller.apply()  # membership may have changed what the view shows

    def _on_user_data_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Os seus dados"), message)

    def report_store_problems(self) -> None:
        """Tell the user, in plain words, if their data file could not be read; offer the backup."""
        report = self.user.store.load_report
        if report.ok and not report.read_only:
            return
        if report.backup_available is not None and not report.read_only:
            answer = QMessageBox.warning(
                self, self.tr("Os seus dados"),
                report.text(active_language()) + "\n\n" + self.tr("Quer recuperar a última cópia de segurança?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes and self.user.restore_backup() is not None:
                self._on_user_data_changed()
        else:
            QMessageBox.warning(self, self.tr("Os seus dados"), report.text(active_language()))

    # -- menus ------------------------------------------------------------------------------------
    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        for act in self.table.column_menu().actions():
            act.setParent(self.columns_menu)
            self.columns_menu.addAction(act)

    def show_about(self) -> QMessageBox:
        return show_about(self)

    # -- saved state ----------------------------------------------------------------------------
    def _splitters(self) -> dict[str, QSplitter]:
        return {"splitter": self.splitter, "leftSplitter": self.left_splitter, "rightSplitter": self.right_splitter}

    def _restore_state(self) -> None:
        ws = self.window_settings
        ws.restore_layout(self, self._splitters(), {"splitter": [220, 890, 290]})  # 1400 px: every column
        self._pending_column_state = ws.load_json("table/columns")
        query = ws.text("filters/query")
        self.search_edit.setText(query)
        self.controller.set_query_text(query, debounce=False)
        self.filter_bar.set_selection(starting_choice(ws.load_json("filters/selection")))  # new user: Abertas

    def save_state(self) -> None:
        ws = self.window_settings
        ws.save_layout(self, self._splitters())
        if self.model.columnCount():
            ws.save_json("table/columns", self.table.column_state())
        ws.settings.setValue("filters/query", self.search_edit.text())
        ws.save_json("filters/selection", self.filter_bar.selection().to_dict())
        ws.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.tracking.flush_note()
        self.loader.cancel()
        self.save_state()
        super().closeEvent(event)
