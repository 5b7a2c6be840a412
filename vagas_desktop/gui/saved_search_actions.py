"""Saved searches in the window: save / choose / export / rename / duplicate / delete, their counts in the
Lists panel, "new since last seen"; and the employer blocklist (hide, "Mostrar ocultas", the status count).

The counting itself is core.saved_searches (the CLI shares it); this module only schedules it, one
search per turn of the event loop, so a dozen searches on a big folder never freeze the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QMessageBox, QToolBar, QToolButton

from ..core.facets import FacetChoice
from ..core.posting import Posting
from ..core.saved_searches import (
    SearchCounts,
    hidden_posting_count,
    match_keys,
    new_count,
    saved_choice,
    saved_query,
)
from ..core.shortlists import SavedSearch
from ..core.user_filters import USER_QUALIFIERS
from .filter_bar import FilterBar
from .filter_proxy import FilterController
from .hidden_employers_dialog import HiddenEmployersDialog
from .present import present
from .shortlist_panel import ShortlistPanel, search_scope
from .timers import debounce_timer
from .user_data import UserDataController
from .window_action import window_action

log = logging.getLogger(__name__)

SEEN_DELAY_MS = 1500  # looking at a chosen search this long marks its matches as seen
RECOUNT_DELAY_MS = 200


class SavedSearchActions(QObject):
    """Owns the saved-search and blocklist actions of one window and keeps the panel's counts fresh."""

    def __init__(self, window: QMainWindow, user: UserDataController, controller: FilterController,
                 panel: ShortlistPanel, filter_bar: FilterBar, apply_filters: Callable[[str, FacetChoice], None],
                 selected: Callable[[], list[Posting]], today: Callable[[], date]) -> None:
        super().__init__(window)
        self._window, self._user, self._controller = window, user, controller
        self._panel, self._filter_bar = panel, filter_bar
        self._apply_filters = apply_filters
        self._selected = selected
        self._today = today  # the day the open folder is seen on (the table's)
        self._counts: list[SearchCounts] = []
        self._generation = 0
        self._hidden_names: list[str] = user.store.hidden_employers()
        self._counted_state = self._searches_state()
        self.counting = False
        self._announce: str | None = None  # the load message a recount under way adds its news to

        self.save_action = self._action(self.tr("&Guardar pesquisa…"), "Ctrl+Shift+S", self.save_current)
        self.save_action.setObjectName("saveSearchAction")
        self.mark_seen_action = self._action(self.tr("Marcar como vistas"), None, self.mark_current_seen)
        self.hide_employer_action = self._action(self.tr("Ocultar sempre este empregador"), None,
                                                 self.hide_selected_employers)
        self.hidden_dialog_action = self._action(self.tr("Empregadores ocultos…"), None, self.show_hidden_dialog)
        self.show_hidden_action = self._action(self.tr("Mostrar ocultas"), None, self._on_show_hidden)
        self.show_hidden_action.setCheckable(True)
        self.hidden_button = QToolButton(window)
        self.hidden_button.setObjectName("hiddenEmployersButton")
        self.hidden_button.setAutoRaise(True)
        self.hidden_button.setToolTip(self.tr("Vagas de empregadores que ocultou; clique para os gerir"))
        self.hidden_button.clicked.connect(self.show_hidden_dialog)
        self.hidden_button.hide()
        window.statusBar().addPermanentWidget(self.hidden_button)
        search_bar = window.findChild(QToolBar, "searchToolbar")
        if search_bar is not None:  # the button by the search box
            search_bar.addAction(self.save_action)
        self._seen_timer = debounce_timer(self, SEEN_DELAY_MS, self.mark_current_seen)
        self._recount_timer = debounce_timer(self, RECOUNT_DELAY_MS, self.recount)
        self._dialog: HiddenEmployersDialog | None = None
        panel.search_chosen.connect(self.choose)
        panel.search_menu_requested.connect(self._fill_menu)
        user.changed.connect(self._on_user_data_changed)

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        return window_action(self._window, text, shortcut, slot)

    # -- saving ----------------------------------------------------------------------------------
    def save_current(self, name: str | None = None) -> SavedSearch | None:
        """Save the search box and the filters under a name (asked for when None). An existing
        name updates that search, once the user confirms."""
        store = self._user.store
        if name is None:
            chosen = store.saved_search(self._panel.current_search() or "")
            name, ok = QInputDialog.getText(self._window, self.tr("Guardar pesquisa"),
                                            self.tr("Nome da pesquisa (por exemplo, cliente e carreira):"),
                                            text=chosen.name if chosen else "")
            if not ok:
                return None
        name = name.strip()
        if not name:
            return None
        query, facets = self._controller.query_text, self._filter_bar.selection().to_dict()
        existing = store.saved_search_by_name(name)
        if existing is not None:
            answer = QMessageBox.question(
                self._window, self.tr("Atualizar pesquisa"),
                self.tr("Já existe a pesquisa «%1». Substituir os seus filtros pelos atuais?").replace(
                    "%1", existing.name))
            if answer != QMessageBox.StandardButton.Yes:
                return None
            self._user.update_search(existing.id, query, facets)
            return store.saved_search(existing.id)
        now = datetime.now(UTC)
        draft = SavedSearch(id="", name=name, query=query, facets=facets, created_at=now, updated_at=now)
        made = self._user.create_search(name, query, facets, self._match_keys(draft))  # what is on show: seen
        if made is not None:
            self._panel.set_scope(search_scope(made.id))
        return made

    # -- choosing and "seen" ---------------------------------------------------------------------
    def choose(self, search_id: str) -> None:
        """Restore the search's text and filters; its matches count as seen after a moment."""
        search = self._user.store.saved_search(search_id)
        if search is None:
            return
        self._apply_filters(search.query, saved_choice(search))
        self._seen_timer.start()

    def mark_current_seen(self) -> None:
        self._seen_timer.stop()
        search = self._user.store.saved_search(self._panel.current_search() or "")
        if search is not None and len(self._controller.library):
            self._user.mark_search_seen(search.id, self._match_keys(search))

    def _match_keys(self, search: SavedSearch) -> list[str]:
        return match_keys(self._controller.library, search, self._user.store, self._today())

    # -- the panel's context menu ------------------------------------------------------------------
    def _fill_menu(self, search_id: str, menu: QMenu) -> None:
        menu.addAction(self.mark_seen_action)
        menu.addSeparator()
        exporter = getattr(self._window, "export_actions", None)  # File ▸ Exportar, with this search chosen
        if exporter is not None:
            source = f"search:{search_id}"  # ExportActions.sources()' key for a saved search
            menu.addAction(self.tr("Exportar a pesquisa…")).triggered.connect(
                lambda: exporter.export_dialog(source))
            menu.addAction(self.tr("Exportar os prazos para o calendário…")).triggered.connect(
                lambda: exporter.export_dialog(source, fmt="ics"))
            menu.addSeparator()
        menu.addAction(self.tr("Mudar o nome da pesquisa…")).triggered.connect(lambda: self.rename(search_id))
        menu.addAction(self.tr("Duplicar a pesquisa")).triggered.connect(lambda: self.duplicate(search_id))
        menu.addAction(self.tr("Apagar a pesquisa")).triggered.connect(lambda: self._user.delete_search(search_id))

    def rename(self, search_id: str, name: str | None = None) -> None:
        search = self._user.store.saved_search(search_id)
        if search is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self._window, self.tr("Mudar o nome"), self.tr("Novo nome:"),
                                            text=search.name)
            if not ok:
                return
        if name.strip() and name.strip() != search.name:
            self._user.rename_search(search_id, name.strip())

    def duplicate(self, search_id: str) -> SavedSearch | None:
        """A copy under "Name (cópia)" with the same filters and the same matches seen."""
        search = self._user.store.saved_search(search_id)
        if search is None:
            return None
        name, n = self.tr("%1 (cópia)").replace("%1", search.name), 1
        while self._user.store.saved_search_by_name(name) is not None:
            n += 1
            name = self.tr("%1 (cópia %2)").replace("%1", search.name).replace("%2", str(n))
        return self._user.create_search(name, search.query, search.facets, search.seen)

    # -- counts ----------------------------------------------------------------------------------
    def recount(self, announce: str | None = None) -> None:
        """Count every saved search on the open folder, one per turn of the event loop; announce: the
        status bar's message after opening a folder, to which the searches with news are added."""
        self._recount_timer.stop()
        self._generation += 1
        if announce is None and self.counting:
            announce = self._announce  # a recount that takes over still owes the news
        self._announce = announce
        self._update_hidden_count()
        self._counted_state = self._searches_state()
        searches = self._user.store.saved_searches()
        if not len(self._controller.library):
            self._counts = []
            self._panel.model.set_search_counts([])
            return
        self.counting = True
        self._count_next(searches, 0, [], self._generation, announce)

    def _count_next(self, searches: list[SavedSearch], position: int, done: list[SearchCounts],
                    generation: int, announce: str | None) -> None:
        if generation != self._generation:
            return  # a newer recount took over
        if position < len(searches):
            search = searches[position]
            keys = self._match_keys(search)
            done.append(SearchCounts(search.id, search.name, len(keys), new_count(keys, search)))
            QTimer.singleShot(0, lambda: self._count_next(searches, position + 1, done, generation, announce))
            return
        self.counting = False
        self._counts = done
        self._panel.model.set_search_counts(done)
        news = self.news_text()
        if announce is not None and news:
            self._window.statusBar().showMessage(f"{announce} · {news}", 15_000)

    def news_text(self) -> str:
        """"3 pesquisas com novidades", or "" when none has news."""
        with_news = sum(1 for c in self._counts if c.new)
        return self.tr("%n pesquisas com novidades", "", with_news) if with_news else ""

    @property
    def pending(self) -> bool:
        """True while a recount waits to start or is under way (tests and benches wait on it)."""
        return self.counting or self._recount_timer.isActive()

    @property
    def counts(self) -> list[SearchCounts]:
        return list(self._counts)

    def _on_user_data_changed(self) -> None:
        hidden = self._user.store.hidden_employers()
        if hidden != self._hidden_names:
            self._hidden_names = hidden
            if not self.show_hidden_action.isChecked():
                self._controller.apply()  # the blocklist applies to every view
            self._update_hidden_count()
        state = self._searches_state()
        if state != self._counted_state or self._depends_on_user_data():
            self._recount_timer.start()  # a bookmark or a note alone changes no count: no recount

    def _searches_state(self) -> tuple[object, ...]:
        """What the counts depend on in the user's data (besides is:/status:/list: qualifiers)."""
        store = self._user.store
        return (tuple((s.id, s.name, s.updated_at, s.seen_at) for s in store.saved_searches()),
                tuple(store.hidden_employers()))

    def _depends_on_user_data(self) -> bool:
        return any(term.field in USER_QUALIFIERS
                   for s in self._user.store.saved_searches() for term in saved_query(s).terms)

    # -- the employer blocklist ------------------------------------------------------------------
    def hide_selected_employers(self) -> None:
        """"Ocultar sempre este empregador" on the table's selected rows."""
        names = sorted({p.empregador for p in self._selected() if p.empregador})
        if names:
            self._user.set_employers_hidden(names, True)

    def show_hidden_dialog(self) -> HiddenEmployersDialog:
        if self._dialog is None:
            self._dialog = HiddenEmployersDialog(self._user, self._window)
        self._dialog.refresh()
        present(self._dialog)
        return self._dialog

    def _on_show_hidden(self) -> None:
        self._controller.set_show_hidden(self.show_hidden_action.isChecked())
        self._update_hidden_count()

    def _update_hidden_count(self) -> None:
        count = hidden_posting_count(self._controller.library, self._user.store.hidden_employers())
        showing = self.show_hidden_action.isChecked()
        text = (self.tr("%n vagas ocultas (à vista)", "", count) if showing
                else self.tr("%n vagas ocultas", "", count))
        self.hidden_button.setText(text)
        self.hidden_button.setVisible(count > 0)
