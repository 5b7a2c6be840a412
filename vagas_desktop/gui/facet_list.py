"""Checkable facet list: a small (value, count, checked or excluded) model and its find box + view widget."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.textfold import fold

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw facet value
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2  # its count
EXCLUDED_ROLE = Qt.ItemDataRole.UserRole + 3  # True when its postings are hidden ("Excluir")
_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked
_Index = QModelIndex | QPersistentModelIndex


class FacetListModel(QAbstractListModel):
    """Facet values with counts, check marks and exclusions; a find filter picks the visible subset.

    A value is checked (only the checked values' postings are shown), excluded (its postings are
    hidden; shown struck through) or neither, never both: checking an excluded value includes it.
    """

    checks_changed = Signal()  # the user toggled a value (setData), never for programmatic changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._given: list[tuple[str, int]] = []  # the owner's last counts
        self._values: list[str] = []
        self._counts: list[int] = []
        self._folded: list[str] = []
        self._checked: set[str] = set()
        self._excluded: set[str] = set()
        self._terms: list[str] = []
        self._visible: list[int] = []  # row -> index into _values

    # -- Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        i = self._visible[index.row()]
        value, count = self._values[i], self._counts[i]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value} ({count})"
        if role == Qt.ItemDataRole.ToolTipRole:
            if value not in self._excluded:
                return f"{value} ({count})"
            return self.tr("%1 (%2): excluído").replace("%1", value).replace("%2", str(count))
        if role == Qt.ItemDataRole.CheckStateRole:
            return _CHECKED if value in self._checked else _UNCHECKED
        if role == Qt.ItemDataRole.FontRole and value in self._excluded:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and value in self._excluded:
            return self.tr("excluído")
        if role == VALUE_ROLE:
            return value
        if role == COUNT_ROLE:
            return count
        if role == EXCLUDED_ROLE:
            return value in self._excluded
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.row() >= len(self._visible):
            return False
        state = getattr(value, "value", value)  # Qt.CheckState or the plain int the delegate may pass
        name = self._values[self._visible[index.row()]]
        if (state == _CHECKED.value) == (name in self._checked):
            return True
        if state == _CHECKED.value:
            self._checked.add(name)
            self._excluded.discard(name)  # checking an excluded value includes it
        else:
            self._checked.discard(name)
        self._changed(index)
        return True

    def toggle_excluded(self, index: _Index) -> bool:
        """The user's "Excluir"/"Incluir" on a row (an excluded value is never checked); emits checks_changed."""
        if not index.isValid() or index.row() >= len(self._visible):
            return False
        name = self._values[self._visible[index.row()]]
        if name in self._excluded:
            self._excluded.discard(name)
        else:
            self._excluded.add(name)
            self._checked.discard(name)
        self._changed(index)
        return True

    def _changed(self, index: _Index) -> None:
        roles = [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole,
                 Qt.ItemDataRole.AccessibleDescriptionRole, EXCLUDED_ROLE]
        self.dataChanged.emit(index, index, roles)
        self.checks_changed.emit()

    # -- owner API
    def set_counts(self, counts: Iterable[tuple[str, int]]) -> None:
        """Replace the values (one model reset); checked values stay, listed with 0 if absent."""
        self._given = [(str(value), int(count)) for value, count in counts]
        self._rebuild()

    def set_filter_text(self, text: str) -> None:
        """Show only values containing every word of text (accent/case-insensitive)."""
        terms = fold(text).split()
        if terms != self._terms:
            self.beginResetModel()
            self._terms = terms
            self._refilter()
            self.endResetModel()

    def checked(self) -> frozenset[str]:
        return frozenset(self._checked)

    def set_checked(self, values: Iterable[str]) -> None:
        """Replace the checked values without emitting checks_changed."""
        new = set(values)
        if new != self._checked:
            self._checked = new
            self._excluded -= new
            self._rebuild()

    def excluded(self) -> frozenset[str]:
        return frozenset(self._excluded)

    def set_excluded(self, values: Iterable[str]) -> None:
        """Replace the excluded values without emitting checks_changed (they win over checks)."""
        new = set(values)
        if new != self._excluded:
            self._excluded = new
            self._checked -= new
            self._rebuild()

    def row_of(self, value: str) -> int:
        """Visible row of value, -1 when hidden or absent."""
        for row, i in enumerate(self._visible):
            if self._values[i] == value:
                return row
        return -1

    def _rebuild(self) -> None:
        values, counts = self._merged()
        if values == self._values:  # only counts changed: no reset, so no relayout of the whole list
            self._counts = counts
            if self._visible:
                self.dataChanged.emit(self.index(0), self.index(len(self._visible) - 1))
            return
        self.beginResetModel()
        self._values, self._counts = values, counts
        self._folded = [fold(v) for v in values]
        self._refilter()
        self.endResetModel()

    def _merged(self) -> tuple[list[str], list[int]]:
        """The given values and counts, then checked or excluded values absent from them with 0."""
        values: list[str] = []
        counts: list[int] = []
        seen: set[str] = set()
        for value, count in self._given:
            if value not in seen:
                seen.add(value)
                values.append(value)
                counts.append(count)
        for value in sorted((self._checked | self._excluded) - seen, key=lambda v: (fold(v), v)):
            values.append(value)
            counts.append(0)
        return values, counts

    def _refilter(self) -> None:
        terms = self._terms
        if terms:
            self._visible = [i for i, key in enumerate(self._folded) if all(t in key for t in terms)]
        else:
            self._visible = list(range(len(self._values)))


class _ToggleDelegate(QStyledItemDelegate):
    """A left click anywhere on a row toggles its check (not only on the tiny box); roomy rows."""

    def __init__(self, row_height: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.row_height = row_height

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), self.row_height)

    def editorEvent(
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        if (
            isinstance(event, QMouseEvent)
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and option.rect.contains(event.position().toPoint())
            and index.flags() & Qt.ItemFlag.ItemIsUserCheckable
        ):
            checked = index.data(Qt.ItemDataRole.CheckStateRole) == _CHECKED
            return model.setData(index, _UNCHECKED if checked else _CHECKED, Qt.ItemDataRole.CheckStateRole)
        return super().editorEvent(event, model, option, index)


def section_title(text: str) -> QLabel:
    """A bold section heading for the filter panel."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class FacetListWidget(QWidget):
    """A titled section: "limpar" button, optional find box and the checkable list (its context menu
    excludes values; see facet_menu)."""

    checks_changed = Signal()  # the user changed the checked or excluded values

    def __init__(
        self,
        field: str,
        title: str,
        *,
        list_name: str,
        clear_name: str,
        find_name: str | None = None,
        rows: int = 8,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{field}Facet")
        self._title = title
        self.model = FacetListModel(self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)

        self.title_label = section_title(title)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("limpar"))
        self.clear_button.setObjectName(f"{field}Clear")
        self.clear_button.setAccessibleName(clear_name)
        self.clear_button.setToolTip(clear_name)
        self.clear_button.setAutoRaise(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # tool buttons skip Tab by default
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.clear_button)
        box.addLayout(header)

        self.find_edit: QLineEdit | None = None
        if find_name is not None:
            self.find_edit = QLineEdit()
            self.find_edit.setObjectName(f"{field}Find")
            self.find_edit.setAccessibleName(find_name)
            self.find_edit.setPlaceholderText(self.tr("Procurar…"))
            self.find_edit.setClearButtonEnabled(True)
            self.find_edit.textChanged.connect(self._on_find_text_changed)
            box.addWidget(self.find_edit)

        self.view = QListView()
        self.view.setObjectName(f"{field}Filter")
        self.view.setAccessibleName(list_name)
        self.view.setModel(self.model)
        row_height = max(self.fontMetrics().height(), 16) + 6
        self.view.setItemDelegate(_ToggleDelegate(row_height, self.view))
        self.view.setUniformItemSizes(True)
        # The check mark is the only "chosen" look: a highlighted row would still look chosen after
        # its value is unchecked or cleared. Keyboard users keep the current row (focus frame).
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep the "(N)" visible
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFixedHeight(rows * row_height + 2 * self.view.frameWidth())
        self.title_label.setBuddy(self.view)
        box.addWidget(self.view)
        self.model.checks_changed.connect(self._on_model_checks_changed)

    def checked(self) -> frozenset[str]:
        return self.model.checked()

    def set_checked(self, values: Iterable[str]) -> None:
        """Programmatic check marks: no checks_changed."""
        self._keeping_place(lambda: self.model.set_checked(values))
        self._update_title()

    def excluded(self) -> frozenset[str]:
        return self.model.excluded()

    def set_excluded(self, values: Iterable[str]) -> None:
        """Programmatic exclusions: no checks_changed."""
        self._keeping_place(lambda: self.model.set_excluded(values))
        self._update_title()

    def current_value(self) -> str | None:
        """The value of the keyboard's current row (what the context menu acts on), if any."""
        value = self.view.currentIndex().data(VALUE_ROLE)
        return value if isinstance(value, str) else None

    def toggle_current_excluded(self) -> None:
        """Exclude the current row's value, or include it again (the user's action: emits)."""
        self.model.toggle_excluded(self.view.currentIndex())

    def set_counts(self, counts: Iterable[tuple[str, int]]) -> None:
        """Repopulate, keeping checks, the current value and the scroll position."""
        self._keeping_place(lambda: self.model.set_counts(counts))

    def clear_find(self) -> None:
        if self.find_edit is not None:
            self.find_edit.clear()

    def _keeping_place(self, reset: Callable[[], None]) -> None:
        current = self.view.currentIndex().data(VALUE_ROLE)
        position = self.view.verticalScrollBar().value()
        reset()
        row = self.model.row_of(current) if isinstance(current, str) else -1
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        if position:  # a layout now (not at the next turn) lets the old position stick; costly in a big window
            self.view.doItemsLayout()
            self.view.verticalScrollBar().setValue(position)

    def _update_title(self) -> None:
        """"Distrito (2)" with two checked, "(−1)" with one excluded, "(2, −1)" with both."""
        count, excluded = len(self.model.checked()), len(self.model.excluded())
        marks = ([str(count)] if count else []) + ([f"\u2212{excluded}"] if excluded else [])
        self.title_label.setText(f"{self._title} ({', '.join(marks)})" if marks else self._title)
        self.clear_button.setEnabled(bool(marks))

    def _on_find_text_changed(self, text: str) -> None:
        self.model.set_filter_text(text)

    def _on_model_checks_changed(self) -> None:
        self._update_title()
        self.checks_changed.emit()

    def _on_clear_clicked(self) -> None:
        had_marks = bool(self.model.checked() or self.model.excluded())
        self.set_checked(())
        self.set_excluded(())
        if had_marks:
            self.checks_changed.emit()
