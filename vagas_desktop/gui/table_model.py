"""PostingTableModel: a thin table over scanned postings and an ordered list of visible rows."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ..core.deadline import DeadlineState, days_left, deadline_state
from ..core.posting import HIDDEN_EXTRA_KEYS, Posting
from ..core.userdata_schema import Status

if TYPE_CHECKING:
    from .user_data import UserDataController

POSTING_ROLE = Qt.ItemDataRole.UserRole + 1
KEYS_MIME = "application/x-vagas-posting-keys"

ModelIndex = QModelIndex | QPersistentModelIndex
# (rows, column key, descending) -> rows in the new order; supplied by the filter controller.
Sorter = Callable[[Sequence[int], str, bool], list[int]]

_CLOSED_FG = QBrush(QColor("#8a8a8a"))
_STAR_FG = QBrush(QColor("#d29a00"))
_GHOST_FG = QBrush(QColor("#7a6f9a"))
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROLES = frozenset({_DISPLAY, int(POSTING_ROLE), _FOREGROUND, _BACKGROUND, _ALIGNMENT, _TOOLTIP, _FONT})
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ITEM_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
               | Qt.ItemFlag.ItemIsDragEnabled)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_TODAY_BG = QBrush(QColor("#ffd9cc"))
_SOON_BG = QBrush(QColor("#fff1c2"))


class Column(enum.Enum):
    """The fixed columns; the value is the core's sort key."""

    STAR = "star"
    REF = "ref"
    TITLE = "title"
    ID = "id"
    TRABALHO = "trabalho"
    EMPREGADOR = "empregador"
    CONCELHO = "concelho"
    DISTRITO = "distrito"
    CODIGO_POSTAL = "codigo_postal"
    ABERTURA = "data_abertura"
    FECHO = "data_fecho"
    DIAS = "days_left"
    STATUS = "status"

    @property
    def key(self) -> str:
        return str(self.value)

    @property
    def header(self) -> str:
        return column_headers()[self]


def column_headers() -> dict[Column, str]:
    """Header texts, translated (literal calls so lupdate finds them)."""
    return {
        Column.STAR: "★",
        Column.REF: QCoreApplication.translate("PostingTableModel", "Ref"),
        Column.TITLE: QCoreApplication.translate("PostingTableModel", "Título"),
        Column.ID: QCoreApplication.translate("PostingTableModel", "Id"),
        Column.TRABALHO: QCoreApplication.translate("PostingTableModel", "Trabalho"),
        Column.EMPREGADOR: QCoreApplication.translate("PostingTableModel", "Empregador"),
        Column.CONCELHO: QCoreApplication.translate("PostingTableModel", "Concelho"),
        Column.DISTRITO: QCoreApplication.translate("PostingTableModel", "Distrito"),
        Column.CODIGO_POSTAL: QCoreApplication.translate("PostingTableModel", "Código postal"),
        Column.ABERTURA: QCoreApplication.translate("PostingTableModel", "Abertura"),
        Column.FECHO: QCoreApplication.translate("PostingTableModel", "Fecho"),
        Column.DIAS: QCoreApplication.translate("PostingTableModel", "Dias"),
        Column.STATUS: QCoreApplication.translate("PostingTableModel", "Estado"),
    }


DEFAULT_HIDDEN = (Column.TITLE, Column.ID, Column.CODIGO_POSTAL)
_TEXT_ATTRS = {
    Column.REF: "ref", Column.TITLE: "title", Column.TRABALHO: "trabalho", Column.EMPREGADOR: "empregador",
    Column.CONCELHO: "concelho", Column.DISTRITO: "distrito", Column.CODIGO_POSTAL: "codigo_postal",
}


def status_label(status: Status) -> str:
    """Translated label of an application status."""
    labels = {
        Status.INTERESSADO: QCoreApplication.translate("PostingTableModel", "Interessado"),
        Status.CANDIDATURA_ENVIADA: QCoreApplication.translate("PostingTableModel", "Candidatura enviada"),
        Status.ENTREVISTA: QCoreApplication.translate("PostingTableModel", "Entrevista / Prova"),
        Status.OFERTA: QCoreApplication.translate("PostingTableModel", "Oferta / Colocado"),
        Status.EXCLUIDO: QCoreApplication.translate("PostingTableModel", "Excluído"),
        Status.DESISTI: QCoreApplication.translate("PostingTableModel", "Desisti"),
    }
    return labels[status]


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def days_text(posting: Posting, today: date) -> str:
    """The Dias cell: days left inclusive of the closing day, or a word."""
    state = deadline_state(posting.data_fecho, today)
    if state is DeadlineState.UNKNOWN:
        return "—"
    if state is DeadlineState.CLOSED:
        return QCoreApplication.translate("PostingTableModel", "fechada")
    if state is DeadlineState.TODAY:
        return QCoreApplication.translate("PostingTableModel", "fecha hoje")
    return str(days_left(posting.data_fecho, today))


class PostingTableModel(QAbstractTableModel):
    """All postings of a folder; shows `rows` (indices into them) in the order given."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._postings: list[Posting] = []
        self._rows: list[int] = []
        self._extra_keys: list[str] = []
        self._today = date.today()
        self._sorter: Sorter | None = None
        self._user: UserDataController | None = None
        self._ghost_from = 0  # postings at or after this index are not in the open folder
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- feeding -------------------------------------------------------------------------------
    def set_postings(self, postings: list[Posting], rows: list[int] | None = None, ghost_from: int = -1,
                     extra_keys: list[str] | None = None) -> None:
        """Replace everything in one reset; extra front-matter keys become optional columns.

        Postings from ghost_from on are stand-ins for tracked postings missing from the folder;
        extra_keys (computed off the GUI thread for big folders) saves a pass over every posting.
        """
        if extra_keys is None:
            extra_keys = sorted({k for p in postings for k in p.extra if k not in HIDDEN_EXTRA_KEYS}, key=str.casefold)
        self.beginResetModel()
        self._postings = postings
        self._ghost_from = len(postings) if ghost_from < 0 else ghost_from
        self._rows = list(range(len(postings))) if rows is None else rows
        self._extra_keys = extra_keys
        self.endResetModel()

    def set_rows(self, rows: list[int]) -> None:
        """Show these posting indices, in this order (one reset)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_today(self, today: date) -> None:
        self._today = today
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def set_sorter(self, sorter: Sorter | None) -> None:
        self._sorter = sorter

    def set_user_data(self, user: UserDataController | None) -> None:
        self._user = user

    def user_data_changed(self) -> None:
        """Bookmarks or statuses changed: repaint those columns (and ghost styling)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def is_ghost(self, posting_index: int) -> bool:
        return posting_index >= self._ghost_from

    @property
    def ghost_from(self) -> int:
        return self._ghost_from

    # -- queries -------------------------------------------------------------------------------
    @property
    def today(self) -> date:
        return self._today

    @property
    def postings(self) -> list[Posting]:
        return self._postings

    @property
    def rows(self) -> list[int]:
        return self._rows

    @property
    def extra_keys(self) -> list[str]:
        return self._extra_keys

    def posting_at(self, row: int) -> Posting | None:
        return self._postings[self._rows[row]] if 0 <= row < len(self._rows) else None

    def row_of(self, posting_index: int) -> int:
        """The view row showing a posting index, or -1."""
        try:
            return self._rows.index(posting_index)
        except ValueError:
            return -1

    def column_key(self, column: int) -> str:
        fixed = list(Column)
        if column < len(fixed):
            return fixed[column].key
        return "extra:" + self._extra_keys[column - len(fixed)]

    def column_of(self, key: str) -> int:
        """The column showing key, or -1 when this folder has no such column."""
        fixed = [c.key for c in Column]
        if key in fixed:
            return fixed.index(key)
        name = key.removeprefix("extra:")
        if key.startswith("extra:") and name in self._extra_keys:
            return len(fixed) + self._extra_keys.index(name)
        return -1

    def column_header(self, column: int) -> str:
        fixed = list(Column)
        return fixed[column].header if column < len(fixed) else self._extra_keys[column - len(fixed)]

    # -- Qt overrides --------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else _FIXED_COLUMNS + len(self._extra_keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_header(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == 0:
            return QCoreApplication.translate("PostingTableModel", "Marcada")
        return None

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        # Called for every cell and role on each repaint: roles are compared with plain constants
        # (a Qt enum attribute lookup per comparison costs more than the rest of the call).
        if role not in _ROLES or not index.isValid():
            return None  # most roles a view asks for are not ours: answer them first
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        posting_index = self._rows[row]
        posting = self._postings[posting_index]
        column = index.column()
        if role == _DISPLAY:
            return self._display(posting, column)
        if role == POSTING_ROLE:
            return posting
        ghost = posting_index >= self._ghost_from
        if role == _FOREGROUND:
            if column == _STAR and self._user is not None and self._user.is_bookmarked(posting):
                return _STAR_FG
            if ghost:
                return _GHOST_FG
            return _CLOSED_FG if deadline_state(posting.data_fecho, self._today) is DeadlineState.CLOSED else None
        if role == _FONT:
            return self._italic if ghost else None
        if role == _BACKGROUND:
            return self._background(posting)
        if role == _ALIGNMENT:
            if column == _STAR:
                return _CENTER
            return _RIGHT if column in (_DIAS, _ID) else None
        # the tooltip
        if ghost:
            return QCoreApplication.translate("PostingTableModel", "Não está nesta pasta (dados guardados)")
        if column == _STAR:
            return QCoreApplication.translate("PostingTableModel", "Marcar ou desmarcar (Ctrl+D)")
        if column == _FECHO:
            return days_text(posting, self._today)
        return self._display(posting, column) or None  # the whole text of a cut-short cell

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return _ITEM_FLAGS if index.isValid() else _NO_FLAGS

    def mimeTypes(self) -> list[str]:
        return [KEYS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """Dragged rows carry their posting indices (the shortlist panel turns them into list members)."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(KEYS_MIME, QByteArray(",".join(str(self._rows[r]) for r in rows).encode()))
        return data

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder rows by value through the core sorter; the selection follows its rows."""
        if self._sorter is None or not 0 <= column < self.columnCount():
            return
        new_rows = self._sorter(self._rows, self.column_key(column), order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        kept = [(self._rows[i.row()], i.column()) for i in old_persistent]
        self._rows = new_rows
        position = _positions(new_rows, {p for p, _ in kept})
        self.changePersistentIndexList(old_persistent, [self.index(position.get(p, -1), c) for p, c in kept])
        self.layoutChanged.emit()

    # -- helpers -------------------------------------------------------------------------------
    def _display(self, posting: Posting, column: int) -> str | None:
        if column >= len(Column):
            return posting.extra.get(self._extra_keys[column - len(Column)], "")
        col = _COLUMNS[column]
        attr = _TEXT_ATTRS.get(col)
        if attr is not None:
            return str(getattr(posting, attr))
        if col is Column.ABERTURA:
            return format_date(posting.data_abertura)
        if col is Column.FECHO:
            return format_date(posting.data_fecho)
        if col is Column.DIAS:
            return days_text(posting, self._today)
        if col is Column.ID:
            return "" if posting.id is None else str(posting.id)
        if self._user is None:
            return ""
        if col is Column.STAR:
            return "★" if self._user.is_bookmarked(posting) else "☆"
        status = self._user.status(posting)  # Column.STATUS
        return status_label(status) if status is not None else ""

    def _background(self, posting: Posting) -> QBrush | None:
        state = deadline_state(posting.data_fecho, self._today)
        if state is DeadlineState.TODAY:
            return _TODAY_BG
        if state is DeadlineState.SOON:
            return _SOON_BG
        return None


def _positions(rows: list[int], wanted: set[int]) -> dict[int, int]:
    """Row of each wanted posting index in rows; a few lookups beat mapping 100k rows."""
    if len(wanted) <= 32:
        return {p: rows.index(p) for p in wanted if p in rows}
    return {p: r for r, p in enumerate(rows) if p in wanted}


_COLUMNS = list(Column)
_FIXED_COLUMNS = len(_COLUMNS)
_STAR = _COLUMNS.index(Column.STAR)
_DIAS = _COLUMNS.index(Column.DIAS)
_ID = _COLUMNS.index(Column.ID)
_FECHO = _COLUMNS.index(Column.FECHO)
