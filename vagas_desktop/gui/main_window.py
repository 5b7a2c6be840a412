"""MainWindow: filters | postings table | detail pane, with menus, status bar and saved state."""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QItemSelection,
    QLocale,
    QModelIndex,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolBar,
    QWidget,
)

from ..core.posting import Posting, Severity
from ..core.scan import ScanResult
from ..core.search import SearchIndex
from ..core.shortlists import UserStore
from ..core.user_filters import USER_QUALIFIERS, ghost_postings
from ..core.userdata_schema import Snapshot, posting_key
from ..paths import user_data_dir
from .detail_pane import DetailPane
from .export_actions import ExportActions
from .filter_bar import FilterBar, FilterSelection
from .filter_proxy import FilterController
from .load_worker import LoadWorker
from .postings_view import PostingsTableView
from .problems_view import ProblemsDock
from .search_edit import SearchEdit
from .shortlist_panel import ShortlistPanel
from .table_model import POSTING_ROLE, Column, PostingTableModel
from .tracking_actions import TrackingActions
from .tracking_panel import TrackingPanel
from .user_data import UserDataController
from .window_state import WindowSettings

Prepared = tuple[list[Posting], SearchIndex, int]  # all postings (ghosts last), their index, first ghost


def prepare_folder(result: ScanResult, snapshots: dict[str, Snapshot]) -> Prepared:
    """Runs in the load worker's thread: postings plus stand-ins for tracked ones missing here, indexed."""
    present = {posting_key(p) for p in result.postings}
    ghosts = ghost_postings({k: snap for k, snap in snapshots.items() if k not in present})
    postings = result.postings + ghosts
    return postings, SearchIndex(postings), len(result.postings)


class MainWindow(QMainWindow):
    """The application window. `settings` holds only window state, filters and recent folders."""

    def __init__(self, settings: QSettings, today: date | None = None, store: UserStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Vagas Desktop")
        self.window_settings = WindowSettings(settings)
        self.folder = ""
        self._worker: LoadWorker | None = None
        self._pending_column_state: Any = None
        self._current_posting_index = -1
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.setInterval(250)
        self._highlight_timer.timeout.connect(self._update_highlight)
        self.thread_pool = QThreadPool.globalInstance()

        self.user = UserDataController(store or UserStore.open(user_data_dir()), self)
        self.model = PostingTableModel(self)
        self.model.set_user_data(self.user)
        if today is not None:
            self.model.set_today(today)
        self.controller = FilterController(self.model, self.user, self)
        self._build_widgets()
        self.filter_bar.open_on_date.setDate(QDate(self.model.today))  # "open on day" starts at --today
        self._build_actions()
        self._build_menus()
        self._connect()
        self._restore_state()

    # -- construction ---------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.search_edit = SearchEdit(self)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("searchHint")
        self.hint_label.setStyleSheet("color: #9a6700;")
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
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([250, 800, 350])
        self.setCentralWidget(self.splitter)

        self.problems = ProblemsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.problems.hide()

        status = self.statusBar()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.problems_button = QPushButton(self)
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setFlat(True)
        self.problems_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("loadProgress")
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancelar"), self)
        self.cancel_button.setObjectName("cancelLoad")
        self.cancel_button.hide()
        status.addPermanentWidget(self.count_label)  # permanent: messages never hide the count
        status.addPermanentWidget(self.problems_button)
        status.addPermanentWidget(self.progress)
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
        self.cancel_action = action(self.tr("Cancelar leitura"), "Esc", self.cancel_load)
        self.cancel_action.setEnabled(False)
        self.problems_action = self.problems.toggleViewAction()
        self.problems_action.setText(self.tr("&Problemas"))
        self.problems_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.focus_table_action = action(self.tr("Ir para a tabela"), "Ctrl+1", self.table.setFocus)
        self.focus_filters_action = action(self.tr("Ir para os filtros"), "Ctrl+2", self.filter_bar.setFocus)
        self.focus_detail_action = action(self.tr("Ir para os detalhes"), "Ctrl+3", self.detail.setFocus)
        self.about_action = action(self.tr("&Sobre o Vagas Desktop"), None, self.show_about)
        self.tracking_actions = TrackingActions(self.user, self.selected_postings, self.shortlists.current_list, self)
        self.export_actions = ExportActions(self.model, self.user, self.selected_postings, self.table.shown_keys, self)
        self.shortlists.export_requested.connect(lambda list_id: self.export_actions.export_dialog(f"list:{list_id}"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Ficheiro"))
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Abrir &recente"))
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_actions.export_action)
        file_menu.addAction(self.export_actions.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.tracking_actions.export_action)
        file_menu.addAction(self.tracking_actions.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Editar"))
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
        view_menu = bar.addMenu(self.tr("&Ver"))
        self.columns_menu = view_menu.addMenu(self.tr("&Colunas"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        view_menu.addAction(self.problems_action)
        view_menu.addSeparator()
        for act in (self.focus_table_action, self.focus_filters_action, self.focus_detail_action):
            view_menu.addAction(act)
        help_menu = bar.addMenu(self.tr("A&juda"))
        help_menu.addAction(self.about_action)
        self._fill_recent_menu()

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self.controller.set_query_text)
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
        self.table.clicked.connect(self._on_table_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.tracking_actions.row_menu().exec(self.table.viewport().mapToGlobal(pos)))
        self.user.changed.connect(self._on_user_data_changed)
        self.user.failed.connect(self._on_user_data_failed)
        self.shortlists.scope_changed.connect(self.controller.set_scope)
        self.shortlists.create_requested.connect(self.user.create_list)
        self.shortlists.rename_requested.connect(self.user.rename_list)
        self.shortlists.delete_requested.connect(self.user.delete_list)
        self.shortlists.view.postings_dropped.connect(
            lambda list_id, indices: self.user.add_to_list(list_id, [self.model.postings[i] for i in indices]))
        self.cancel_button.clicked.connect(self.cancel_load)

    # -- folders --------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Abrir pasta de vagas"), self.folder or "")
        if folder:
            self.open_folder(folder)

    def reload(self) -> None:
        if self.folder:
            self.open_folder(self.folder)

    def open_folder(self, folder: str) -> None:
        """Scan in the background; the current folder stays until the new one is ready."""
        folder = os.path.abspath(folder)
        if not os.path.isdir(folder):
            QMessageBox.warning(self, self.tr("Pasta não encontrada"),
                                self.tr("A pasta não existe ou não é legível:\n%s") % folder)
            return
        self.cancel_load()
        snapshots = self.user.snapshots_for_ghosts()  # copied here: the worker thread never touches the store
        worker = LoadWorker(folder, lambda result: prepare_folder(result, snapshots))
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(lambda result, index, w=worker: self._on_loaded(w, result, index))
        worker.signals.cancelled.connect(lambda w=worker: self._on_load_cancelled(w))
        worker.signals.failed.connect(lambda text, w=worker: self._on_load_failed(w, text))
        self._worker = worker
        self._set_loading(True, folder)
        self.thread_pool.start(worker)

    def cancel_load(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    @property
    def is_loading(self) -> bool:
        return self._worker is not None

    def _set_loading(self, loading: bool, folder: str = "") -> None:
        self.progress.setVisible(loading)
        self.cancel_button.setVisible(loading)
        self.cancel_action.setEnabled(loading)
        if loading:
            self.progress.setRange(0, 0)
            self.statusBar().showMessage(self.tr("A ler %s…") % folder)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v de %m ficheiros"))

    def _on_loaded(self, worker: LoadWorker, result: ScanResult, prepared: Prepared) -> None:
        if worker is not self._worker:
            return  # a superseded load
        self._worker = None
        self._set_loading(False)
        if self.folder and self.model.columnCount():
            self._pending_column_state = self.table.column_state()
        self.folder = result.folder
        self.setWindowTitle(f"Vagas Desktop — {result.folder}")
        postings, index, ghost_from = prepared
        self.controller.set_data(postings, index, ghost_from)
        sort = self.table.restore_column_state(self._pending_column_state)
        self._pending_column_state = None
        if sort is not None:
            self.table.horizontalHeader().setSortIndicator(*sort)  # sorts once, through the model
        self.problems.set_problems(result.folder, result.problems)
        self._show_problem_count(result)
        self.statusBar().showMessage(
            self.tr("%n vagas lidas em %1 s", "", len(result.postings)).replace("%1", f"{result.seconds:.1f}"), 8000)
        self.window_settings.remember_folder(result.folder)
        self._fill_recent_menu()
        if self.table.currentIndex().row() < 0 and self.model.rowCount():
            self.table.selectRow(0)

    def _on_load_cancelled(self, worker: LoadWorker) -> None:
        if worker is self._worker:
            self._worker = None
            self._set_loading(False)
            self.statusBar().showMessage(self.tr("Leitura cancelada; mantém-se a pasta anterior."), 8000)

    def _on_load_failed(self, worker: LoadWorker, text: str) -> None:
        if worker is self._worker:
            self._worker = None
            self._set_loading(False)
            QMessageBox.critical(self, self.tr("Erro ao ler a pasta"), text)

    def _show_problem_count(self, result: ScanResult) -> None:
        count = sum(1 for p in result.problems if p.severity != Severity.INFO)
        superseded = result.superseded
        parts = []
        if count:
            parts.append(self.tr("%n problema(s)", "", count))
        if superseded:
            parts.append(self.tr("%n versão(ões) antiga(s)", "", superseded))
        self.problems_button.setText(" · ".join(parts))
        self.problems_button.setVisible(bool(parts))
        self.problems_button.setToolTip(self.tr("Mostrar os ficheiros com problemas (Ctrl+Shift+P)"))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.window_settings.recent_folders()
        for folder in recent:
            act = self.recent_menu.addAction(folder)
            act.triggered.connect(lambda _=False, f=folder: self.open_folder(f))
        self.recent_menu.setEnabled(bool(recent))

    # -- filters and selection ------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_filters(self) -> None:
        self.search_edit.clear()
        self.controller.set_query_text("", debounce=False)
        if not self.filter_bar.selection().is_default():
            self.filter_bar.clear()

    def _on_filter_changed(self) -> None:
        self.controller.set_selection(self.filter_bar.selection())

    def _on_results_changed(self, shown: int, total: int) -> None:
        self._highlight_timer.start()  # re-highlighting the details can wait for a typing pause
        locale = QLocale()
        self.count_label.setText(
            self.tr("%1 de %2 vagas").replace("%1", locale.toString(shown)).replace("%2", locale.toString(total)))

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
                report.message + "\n\n" + self.tr("Quer recuperar a última cópia de segurança?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes and self.user.restore_backup() is not None:
                self._on_user_data_changed()
        else:
            QMessageBox.warning(self, self.tr("Os seus dados"), report.message)

    # -- menus ------------------------------------------------------------------------------------
    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        for act in self.table.column_menu().actions():
            act.setParent(self.columns_menu)
            self.columns_menu.addAction(act)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Sobre o Vagas Desktop"), self.tr(
            "Vagas Desktop — uma bancada offline para ofertas de emprego público (BEP).\n"
            "Os ficheiros da pasta nunca são alterados."))

    # -- saved state ----------------------------------------------------------------------------
    def _splitters(self) -> dict[str, QSplitter]:
        return {"splitter": self.splitter, "leftSplitter": self.left_splitter, "rightSplitter": self.right_splitter}

    def _restore_state(self) -> None:
        ws = self.window_settings
        ws.restore_layout(self, self._splitters())
        self._pending_column_state = ws.load_json("table/columns")
        query = ws.text("filters/query")
        self.search_edit.setText(query)
        self.controller.set_query_text(query, debounce=False)
        self.filter_bar.set_selection(FilterSelection.from_dict(ws.load_json("filters/selection")))

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
        self.cancel_load()
        self.save_state()
        super().closeEvent(event)

    def wait_for_load(self, timeout_ms: int = 30_000) -> bool:
        """For tests and benches: block (processing events) until no load is running."""
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.start(timeout_ms)
        while self._worker is not None and deadline.isActive():
            QCoreApplication.processEvents()
            self.thread_pool.waitForDone(10)
        QCoreApplication.processEvents()
        return self._worker is None
