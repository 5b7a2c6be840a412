"""VersionsDialog: the older files of a posting (same Ref), each shown with the fields that differ marked."""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ..core.posting import Posting
from ..core.posting_versions import COMPARED_FIELDS, Version, read_version
from ..core.texts import read_profile
from . import html_render
from .theme import theme_manager


class VersionsDialog(QDialog):
    """A list of the older files on the left, the chosen one on the right: differing fields in bold
    with a "≠" marker and a word (not colour alone)."""

    def __init__(self, posting: Posting, paths: Sequence[str], folder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Versões anteriores de %1").replace("%1", posting.ref or posting.title))
        self.resize(760, 520)
        self._posting = posting
        current_profile = read_profile(posting).text
        self.versions: list[Version] = [read_version(p, posting, current_profile) for p in paths]
        self.list = QListWidget(self)
        self.list.setObjectName("versionsList")
        self.list.setAccessibleName(self.tr("Versões anteriores"))
        folder = folder or os.path.dirname(posting.source_path)  # paths shown relative to the open folder
        for version in self.versions:
            self.list.addItem(os.path.relpath(version.path, folder) if folder else version.path)
        self.view = QTextBrowser(self)
        self.view.setObjectName("versionView")
        self.view.setOpenLinks(False)
        self.view.document().setDefaultStyleSheet(html_render.style_sheet(theme_manager().colours()))
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 540])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        if self.versions:
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _labels(self) -> dict[str, str]:
        return {
            "title": self.tr("Título"), "data_abertura": self.tr("Abertura"), "data_fecho": self.tr("Fecho"),
            "trabalho": self.tr("Trabalho"), "empregador": self.tr("Empregador"), "concelho": self.tr("Concelho"),
            "distrito": self.tr("Distrito"), "codigo_postal": self.tr("Código postal"), "id": self.tr("Id"),
            "descricao": self.tr("Perfil funcional"),
        }

    def version_html(self, version: Version) -> str:
        """The older version's fields, those that differ from the current posting marked; all escaped."""
        if version.posting is None:
            gone = self.tr("Este ficheiro já não pode ser lido.")
            return f'<p class="notice">{html.escape(gone)}</p>'
        marker = html.escape(self.tr("≠ diferente da versão atual"))
        rows = []
        for name, label in self._labels().items():
            if name == "descricao":
                continue  # below, as a paragraph
            shown = html.escape(_field_text(getattr(version.posting, name)))
            if name in version.differs:  # the current value beside it: what changed, not only that it did
                now = html.escape(self.tr("≠ atual: %1").replace("%1", _field_text(getattr(self._posting, name))
                                                                   or "—"))
                shown = f'<b>{shown}</b> <span class="seen">{now}</span>'
            rows.append(f'<tr><td class="label">{html.escape(label)}</td><td>{shown}</td></tr>')
        parts = [f'<table cellspacing="0">{"".join(rows)}</table>']
        profile = html.escape(self._labels()["descricao"])
        if "descricao" in version.differs:
            parts.append(f"<h2>{profile} <span class='seen'>{marker}</span></h2>")
        else:
            parts.append(f"<h2>{profile}</h2>")
        parts.append(f"<p>{html_render.text_html(version.posting.descricao or '')}</p>")
        return "".join(parts)

    def differing_labels(self, row: int) -> list[str]:
        """The labels of the fields that differ in the version at row (tests, accessibility)."""
        labels = self._labels()
        return [labels[name] for name in COMPARED_FIELDS if name in self.versions[row].differs]

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.versions):
            self.view.setHtml(self.version_html(self.versions[row]))


def _field_text(value: object) -> str:
    """A field as the detail pane shows it: dates as dd/mm/yyyy, nothing as ""."""
    return html_render.format_date(value) if isinstance(value, date) else str(value or "")
