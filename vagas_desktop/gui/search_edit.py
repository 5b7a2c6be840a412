"""The search box: accent-insensitive query language, Esc clears it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchEdit(QLineEdit):
    """A QLineEdit with a clear button, a helpful placeholder and Esc to clear."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchEdit")
        self.setAccessibleName(self.tr("Procurar vagas"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(420)
        self.setPlaceholderText(self.tr('Procurar (Ctrl+F): tecnico lisboa, "câmara municipal", -porto, distrito:faro'))
        self.setToolTip(self.tr(
            'Palavras: todas têm de aparecer (sem acentos nem maiúsculas).\n'
            '"frase exata", -excluir, e filtros ref: trabalho: empregador: concelho: distrito: texto:'))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
