"""The employer blocklist's small dialog: the hidden employers, and "Voltar a mostrar" for the chosen ones."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .user_data import UserDataController


class _NamesList(QListWidget):
    """The names; Delete (or Backspace) shows the chosen ones again, like the button."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class HiddenEmployersDialog(QDialog):
    """Lists the hidden employers; showing one again is undoable like any change to the user's data."""

    def __init__(self, user: UserDataController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hiddenEmployersDialog")
        self.setWindowTitle(self.tr("Empregadores ocultos"))
        self._user = user
        self.list = _NamesList(self)
        self.list.setObjectName("hiddenEmployersList")
        self.list.setAccessibleName(self.tr("Empregadores ocultos"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.empty_label = QLabel(self.tr("Não ocultou nenhum empregador. Use «Ocultar sempre este empregador» "
                                          "no menu de uma vaga."), self)
        self.empty_label.setWordWrap(True)
        self.show_button = QPushButton(self.tr("&Voltar a mostrar"), self)
        self.show_button.setObjectName("unhideEmployers")
        self.show_button.clicked.connect(self.unhide_selected)
        self.list.delete_pressed.connect(self.unhide_selected)
        self.list.itemSelectionChanged.connect(self._update_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("As vagas destes empregadores não aparecem em nenhuma vista "
                               "(a não ser com «Mostrar ocultas»)."), self)
        intro.setWordWrap(True)  # the dialog's width is the names', not this sentence's
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        user.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        names = self._user.store.hidden_employers()
        self.list.clear()
        self.list.addItems(names)
        self.empty_label.setVisible(not names)
        self._update_button()

    def _update_button(self) -> None:
        """"Voltar a mostrar" acts on the chosen names: without one it has nothing to do."""
        self.show_button.setEnabled(bool(self.list.selectedItems()))

    def unhide_selected(self) -> None:
        names = [item.text() for item in self.list.selectedItems()]
        if names:
            self._user.set_employers_hidden(names, False)
