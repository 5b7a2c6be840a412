"""TrackingPanel: bookmark, application status with its history, lists and notes for the posting on show."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.posting import Posting
from ..core.userdata_schema import Status
from .table_model import status_label
from .theme import keep_styled
from .timers import debounce_timer
from .user_data import UserDataController

NOTE_SAVE_DELAY_MS = 700


class NoteEdit(QPlainTextEdit):
    """A notes box that reports losing focus, so the note is saved at once."""

    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.focus_lost.emit()
        super().focusOutEvent(event)


class TrackingPanel(QWidget):
    """Edits the user's data for one posting; every change goes straight to the store."""

    def __init__(self, user: UserDataController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self._posting: Posting | None = None
        self._note_dirty = False  # typed but not yet saved
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("missingBanner")
        keep_styled(self.missing_label, lambda theme: f"background:{theme.hex('banner_bg')}; "
                    f"color:{theme.hex('banner_text')}; padding:4px; border-radius:3px;")
        self.missing_label.setWordWrap(True)
        self.missing_label.hide()
        self.star_button = QPushButton(self)
        self.star_button.setObjectName("bookmarkButton")
        self.star_button.setCheckable(True)
        self.star_button.clicked.connect(self._on_star)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.setAccessibleName(self.tr("Estado da candidatura"))
        self.status_combo.addItem(self.tr("— sem estado —"), None)
        for status in Status:
            self.status_combo.addItem(status_label(status), status.value)
        self.status_combo.activated.connect(self._on_status)
        self.lists_label = QLabel(self)
        self.lists_label.setObjectName("listsLabel")
        self.lists_label.setWordWrap(True)
        self.history_label = QLabel(self)
        self.history_label.setObjectName("statusHistory")
        self.history_label.setWordWrap(True)
        keep_styled(self.history_label, lambda theme: f"color:{theme.hex('muted')};")
        self.note_edit = NoteEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setAccessibleName(self.tr("Notas sobre a vaga"))
        self.note_edit.setPlaceholderText(self.tr("Notas (guardadas automaticamente)…"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.textChanged.connect(self._on_note_typed)
        self.note_edit.focus_lost.connect(self.flush_note)
        self._note_timer = debounce_timer(self, NOTE_SAVE_DELAY_MS, self.flush_note)

        row = QHBoxLayout()
        row.addWidget(self.star_button)
        row.addWidget(QLabel(self.tr("Estado:"), self))
        row.addWidget(self.status_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.missing_label)
        layout.addLayout(row)
        layout.addWidget(self.history_label)
        layout.addWidget(self.lists_label)
        layout.addWidget(self.note_edit, 1)
        self.show_posting(None)

    @property
    def posting(self) -> Posting | None:
        return self._posting

    def show_posting(self, posting: Posting | None, missing: bool = False) -> None:
        """Switch to another posting; a pending note for the previous one is saved first."""
        if posting is not self._posting:
            self.flush_note()
        self._posting = posting
        self.setEnabled(posting is not None and not self.user.store.read_only)
        self.missing_label.setVisible(missing)
        self.missing_label.setText(self.tr(
            "Esta vaga não está nesta pasta: mostram-se os dados guardados quando foi marcada."))
        self.refresh()

    def refresh(self) -> None:
        """Show the store's current data (after any change, here or in another window)."""
        posting = self._posting
        store = self.user.store
        key = self.user.key_of(posting) if posting is not None else ""
        bookmarked = posting is not None and store.is_bookmarked(key)
        self.star_button.setChecked(bookmarked)
        self.star_button.setText(self.tr("★ Marcada") if bookmarked else self.tr("☆ Marcar"))
        self.star_button.setToolTip(self.tr("Marcar ou desmarcar (Ctrl+D)"))
        status = store.status(key) if posting is not None else None
        self.status_combo.setCurrentIndex(self.status_combo.findData(status.value if status else None))
        self.history_label.setText(self._history_text(key) if posting is not None else "")
        names = [s.name for s in store.shortlists() if s.id in store.lists_of(key)] if posting is not None else []
        self.lists_label.setText(self.tr("Listas: %1").replace("%1", ", ".join(names)) if names else "")
        self.lists_label.setVisible(bool(names))
        note = store.note(key) if posting is not None else ""
        if note != self.note_edit.toPlainText() and not self._note_dirty:
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(note)
            self.note_edit.blockSignals(False)

    def flush_note(self) -> None:
        """Save the note now if it was edited (called on a pause, focus loss, switch and close)."""
        self._note_timer.stop()
        if self._note_dirty and self._posting is not None:
            self._note_dirty = False
            self.user.set_note(self._posting, self.note_edit.toPlainText())

    def _history_text(self, key: str) -> str:
        lines = []
        for change in self.user.store.history(key)[-6:]:
            when = change.at.astimezone().strftime("%d/%m/%Y %H:%M")
            label = status_label(change.status) if change.status else self.tr("sem estado")
            lines.append(f"{when} — {label}")
        return "\n".join(lines)

    def _on_star(self) -> None:
        if self._posting is not None:
            self.user.toggle_bookmark([self._posting])

    def _on_status(self, row: int) -> None:
        if self._posting is None:
            return
        value = self.status_combo.itemData(row)
        self.user.set_status([self._posting], Status(value) if value else None)

    def _on_note_typed(self) -> None:
        if self._posting is not None:
            self._note_dirty = True
            self._note_timer.start()

