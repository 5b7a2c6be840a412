"""Ajuda ▸ Ajuda do Vagas Desktop (F1): a non-modal window with the search syntax, the shortcuts and
where the data lives; rebuilt each time it opens, so it never goes stale."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from ..core.shortlists import UserStore
from ..paths import user_cache_dir, user_log_dir
from .help_pages import places_html, shortcuts_html, syntax_html
from .present import present

log = logging.getLogger(__name__)

Places = Callable[[], Sequence[tuple[str, str]]]



def app_places(store: UserStore, settings: QSettings) -> list[tuple[str, str]]:
    """Where this window's data, backup, cache, logs and settings are."""
    return [
        (QCoreApplication.translate("Help", "Os seus dados (marcas, estados, notas, listas)"), str(store.path)),
        (QCoreApplication.translate("Help", "Cópia de segurança dos seus dados"), str(store.backup_path)),
        (QCoreApplication.translate("Help", "Cache das pastas lidas"), str(user_cache_dir())),
        (QCoreApplication.translate("Help", "Registos (para relatar um problema)"), str(user_log_dir())),
        (QCoreApplication.translate("Help", "Definições da janela (tamanho, colunas, filtros)"), settings.fileName()),
    ]


class HelpBrowser(QTextBrowser):
    """A page of help: local text only; a link to a folder opens it in the file manager."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setOpenLinks(False)  # nothing is fetched or followed inside the help
        self.anchorClicked.connect(self._on_link)

    def _on_link(self, url: QUrl) -> None:
        if url.isLocalFile() and not QDesktopServices.openUrl(url):
            log.warning("the desktop did not open %s", url.toLocalFile())

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 - Qt override
        return None  # no images or style sheets from anywhere


class HelpWindow(QWidget):
    """Three tabs: Pesquisa, Atalhos, Onde ficam os dados."""

    def __init__(self, window: QMainWindow, places: Places) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(QCoreApplication.translate("Help", "Ajuda do Vagas Desktop"))
        self._window = window
        self._places = places
        self.tabs = QTabWidget(self)
        self.syntax = HelpBrowser("helpSyntax", self)
        self.shortcuts = HelpBrowser("helpShortcuts", self)
        self.places = HelpBrowser("helpPlaces", self)
        self.tabs.addTab(self.syntax, QCoreApplication.translate("Help", "&Pesquisa"))
        self.tabs.addTab(self.shortcuts, QCoreApplication.translate("Help", "&Atalhos"))
        self.tabs.addTab(self.places, QCoreApplication.translate("Help", "&Onde ficam os dados"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(720, 560)

    def refresh(self) -> None:
        """Regenerate every page (a new action or qualifier shows up the next time help opens)."""
        self.syntax.setHtml(syntax_html())
        self.shortcuts.setHtml(shortcuts_html(self._window))
        self.places.setHtml(places_html(self._places()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class HelpAction(QAction):
    """F1: opens (or raises) the one help window, refreshed."""

    def __init__(self, window: QMainWindow, places: Places) -> None:
        super().__init__(QCoreApplication.translate("Help", "&Ajuda do Vagas Desktop"), window)
        self.setObjectName("helpAction")
        self.setShortcuts(QKeySequence.StandardKey.HelpContents)
        self.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._window = window
        self._places = places
        self.help_window: HelpWindow | None = None
        self.triggered.connect(self.show_help)

    def show_help(self) -> HelpWindow:
        if self.help_window is None:
            self.help_window = HelpWindow(self._window, self._places)
        self.help_window.refresh()
        present(self.help_window)
        return self.help_window
