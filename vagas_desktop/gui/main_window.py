"""MainWindow: filters | postings table | detail pane; builds them and wires them to the features.

The menus are laid out in window_menus, a loaded folder is shown by folder_display, the detail
pane follows the table in table_selection, user data changes are answered in user_data_feedback.
"""

from __future__ import annotations

import linecache
import os
import sys
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QToolBar, QWidget

from ..core.facets import FacetChoice, starting_choice
from ..core.library import Library
from ..core.posting import Posting
from ..core.shortlists import UserStore
from ..core.user_filters import SCOPE_CLOSED
from ..paths import user_data_dir
from .about import show_about
from .activity_dialog import ActivityReportAction
from .detail_pane import DetailPane
from .empty_state import EmptyStates
from .export_actions import ExportActions
from .filter_bar import FilterBar
from .filter_proxy import FilterController
from .folder_display import FolderDisplay
from .folder_drop import FolderDrop
from .folder_loader import FolderLoader
from .folder_watcher import FolderWatcher
from .help_window import HelpAction, app_places
from .icons import app_icon
from .load_status import LoadStatus
from .load_worker import GUI_SWITCH_INTERVAL
from .main_toolbar import install_main_toolbar, keep_shortcut_tooltip
from .postings_view import PostingsTableView
from .problems_view import ProblemsButton, ProblemsDock
from .row_problems import RowProblems
from .sample_day import SampleDay
from .saved_search_actions import SavedSearchActions
from .search_edit import SearchEdit
from .shortlist_panel import ShortlistPanel
from .slow_release import SlowRelease
from .statistics_view import StatisticsDock
from .status_bar import StatusBar
from .table_model import PostingTableModel
from .table_selection import TableSelection
from .theme import keep_styled
from .tracked_changes import TrackedChangesNotice
from .tracking_actions import TrackingActions
from .tracking_panel import TrackingPanel
from .undo import undo_actions
from .user_data import UserDataController
from .user_data_feedback import UserDataFeedback
from .versions_dialog import VersionsDialog
from .window_action import window_action
from .window_menus import build_menus
from .window_state import WindowSettings


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
        self.recent_menu, self.view_menu, self.columns_menu, self.theme_menu = build_menus(self)
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
            return window_action(self, text, shortcut, slot)

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

    def _connect(self) -> None:
        # The objects made here connect in their constructors: the order decides who hears a signal first.
        self.search_edit.textChanged.connect(self.controller.set_query_text)
        self.search_edit.textChanged.connect(lambda text: self.filter_bar.set_search_active(bool(text.strip())))
        self.folder_drop.folder_dropped.connect(self.open_folder)
        self.filter_bar.filter_changed.connect(self._on_filter_changed)
        self.controller.results_changed.connect(self._on_results_changed)
        self.controller.hints_changed.connect(self._on_hints_changed)
        self.controller.counts_changed.connect(self.filter_bar.set_counts)
        self.table_selection = TableSelection(self.table, self.model, self.controller, self.detail,
                                              self.tracking, self.user, self)  # the model, the table, its selection
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.controller.set_sort)
        self.problems_button.clicked.connect(self.problems_action.trigger)
        self.watcher.changed.connect(self.refresh_folder)
        self.loader.started.connect(lambda _folder: self.cancel_action.setEnabled(True))
        self.folder_display = FolderDisplay(self)  # answers the loader's loaded and failed
        self.loader.cancelled.connect(lambda: self.cancel_action.setEnabled(False))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.row_problems.with_entry(self.tracking_actions.row_menu()).exec(
                self.table.viewport().mapToGlobal(pos)))
        self.empty_state = EmptyStates(self.table, self.controller, self.user, self.loader, self.choose_folder,
                                       self.clear_filters, lambda: self.shortlists.set_scope(None))
        self.user_feedback = UserDataFeedback(self.user, self.model, self.controller, self.shortlists,
                                              self.tracking, self)  # answers the user data's changed and failed
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

    def show_query(self, query: str) -> None:
        """Show every posting matching query (the search box set to it, the Lists panel on all)."""
        self.shortlists.set_scope(None)
        self.search_edit.setText(query)

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
        self.table_selection.highlight_soon()  # re-highlighting the details can wait for a typing pause
        locale = QLocale()
        self.count_label.setText(
            self.tr("%1 de %Ln vagas", "", total).replace("%1", locale.toString(shown)))

    def _on_hints_changed(self, hints: list[str]) -> None:
        self.hint_label.setText("  ".join(hints))
        self.search_edit.setToolTip("\n".join(hints))

    def selected_postings(self) -> list[Posting]:
        """The selected rows' postings (the current one when nothing is selected)."""
        return self.table_selection.selected_postings()

    def report_store_problems(self) -> None:
        """Tell the user, in plain words, if their data file could not be read; offer the backup."""
        self.user_feedback.report_store_problems()

    def show_about(self) -> QMessageBox:
        return show_about(self)

    # -- saved state ----------------------------------------------------------------------------
    def _splitters(self) -> dict[str, QSplitter]:
        return {"splitter": self.splitter, "leftSplitter": self.left_splitter, "rightSplitter": self.right_splitter}

    def _restore_state(self) -> None:
        ws = self.window_settings
        ws.restore_layout(self, self._splitters(), {"splitter": [220, 890, 290]})  # 1400 px: every column
        self.folder_display.pending_column_state = ws.load_json("table/columns")  # for the first folder shown
        self.show_filters(ws.text("filters/query"), starting_choice(ws.load_json("filters/selection")))  # new: Abertas

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
