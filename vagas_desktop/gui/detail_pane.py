"""DetailPane: a read-only, offline rich-text view of one posting."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QTextBrowser, QVBoxLayout, QWidget

from ..core.posting import Posting
from ..core.posting_history import Change
from ..core.texts import ProfileText, read_profile
from . import html_render
from .history_render import history_html, history_lines, is_versions_link
from .html_render import Countdown, Labels
from .theme import theme_manager

SAFE_SCHEMES = frozenset({"http", "https"})


class DetailBrowser(QTextBrowser):
    """A QTextBrowser that never loads any resource and adds extra context-menu actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.extra_menu_actions: list[QAction] = []
        self.blocked_resources: set[str] = set()  # what the document asked for (and did not get)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        # Posting text is data: no image, stylesheet or page is ever fetched, local or remote.
        if len(self.blocked_resources) < 100:
            self.blocked_resources.add(QUrl(name).toString())
        return None

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The standard copy/select menu plus our own actions."""
        menu = self.createStandardContextMenu(pos)
        if self.extra_menu_actions:
            menu.addSeparator()
            menu.addActions(self.extra_menu_actions)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()


class DetailPane(QWidget):
    """Shows one posting (or a placeholder); links open in the system browser only if http(s)."""

    link_activated = Signal(QUrl)
    versions_requested = Signal(object)  # the posting whose older versions were asked for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_url = QDesktopServices.openUrl  # side-effect seam: tests swap in a recorder
        # Where profile texts come from: the window points this at its Library.
        self.profile_source: Callable[[Posting], ProfileText] = read_profile
        # What changed in a posting across opens, and its older files: the window points these at its Library.
        self.history_source: Callable[[Posting], Sequence[Change]] = lambda _posting: ()
        self.versions_source: Callable[[Posting], Sequence[str]] = lambda _posting: ()
        self._posting: Posting | None = None
        self._today = date.today()
        self._highlight: tuple[str, ...] = ()

        self.browser = DetailBrowser(self)
        self.browser.setObjectName("detailPane")
        self.browser.setAccessibleName(self.tr("Detalhes da vaga"))
        self.browser.setReadOnly(True)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.browser.document().setDefaultStyleSheet(html_render.style_sheet(theme_manager().colours()))
        self.browser.document().setDocumentMargin(12)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)

        self.copy_text_action = QAction(self.tr("Copiar como texto"), self)
        self.copy_text_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_text_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_text_action.triggered.connect(self.copy_as_text)
        self.addAction(self.copy_text_action)
        self.browser.extra_menu_actions.append(self.copy_text_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.setFocusProxy(self.browser)  # setFocus() on the pane lands in the text
        self.show_posting(None, self._today)
        theme_manager().changed.connect(self._on_theme_changed)

    def posting(self) -> Posting | None:
        """The posting on show, if any."""
        return self._posting

    def show_posting(self, posting: Posting | None, today: date, highlight: Sequence[str] = ()) -> None:
        """Render a posting relative to today, highlighting the search terms; None shows a placeholder."""
        self._posting, self._today, self._highlight = posting, today, tuple(highlight)
        self.copy_text_action.setEnabled(posting is not None)
        if posting is None:
            text = self.tr("Selecione uma vaga para ver os detalhes.")
            self.browser.setHtml(html_render.placeholder_html(text))
            return
        history = history_html(self.history_source(posting), len(self.versions_source(posting)))
        page = html_render.posting_html(posting, self._countdown(posting), self._labels(), self._highlight,
                                        self.profile_source(posting), history)
        self.browser.setHtml(page)

    def set_highlight(self, highlight: Sequence[str]) -> None:
        """Re-render the posting on show with new search terms (no-op when unchanged)."""
        if tuple(highlight) != self._highlight and self._posting is not None:
            self.show_posting(self._posting, self._today, highlight)

    def _on_theme_changed(self) -> None:
        """Render again in the new colours (a default style sheet only applies to HTML set after it)."""
        scroll = self.browser.verticalScrollBar()
        position = scroll.value()
        self.browser.document().setDefaultStyleSheet(html_render.style_sheet(theme_manager().colours()))
        self.show_posting(self._posting, self._today, self._highlight)
        scroll.setValue(position)

    def as_text(self) -> str:
        """Plain-text rendering of the posting on show ("" when none)."""
        if self._posting is None:
            return ""
        posting = self._posting
        text = html_render.posting_text(posting, self._countdown(posting), self._labels(), self.profile_source(posting))
        changes = history_lines(self.history_source(posting))
        return "\n\n".join([text, "\n".join([self.tr("Histórico"), *changes])]) if changes else text

    def copy_as_text(self) -> None:
        """Put the plain-text rendering on the clipboard."""
        if self._posting is not None:
            QGuiApplication.clipboard().setText(self.as_text())

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if is_versions_link(url) and self._posting is not None:
            self.versions_requested.emit(self._posting)
            return
        # Only web links leave the app; javascript:, file:, relative and other schemes are ignored.
        if url.scheme().lower() not in SAFE_SCHEMES or not url.isValid():
            return
        self.link_activated.emit(url)
        self.open_url(url)

    def _countdown(self, posting: Posting) -> Countdown:
        return html_render.countdown(posting.data_fecho, self._today, posting.data_abertura)  # the PDF's wording too

    def _labels(self) -> Labels:
        return Labels(
            trabalho=self.tr("Trabalho"),
            empregador=self.tr("Empregador"),
            place=self.tr("Concelho / Distrito"),
            codigo_postal=self.tr("Código postal"),
            ref=self.tr("Ref"),
            id=self.tr("Id"),
            abertura=self.tr("Abertura"),
            fecho=self.tr("Fecho"),
            bep_link=self.tr("Ver no BEP"),
            profile=self.tr("Perfil funcional"),
            file_changed=self.tr("O ficheiro mudou desde a leitura: mostra-se o texto atual."),
            file_gone=self.tr("O ficheiro desta vaga já não existe ou não pode ser lido: o perfil não está "
                              "disponível."),
            extra=self.tr("Outros campos"),
        )
