"""PostingTableModel: a thin table over scanned postings and an ordered list of visible rows."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
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
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ..core.columns import (
    CONTEXT,
    EXTRA_PREFIX,
    Align,
    ColumnContext,
    ColumnDef,
    days_words,
    extra_column,
    extra_column_names,
    table_columns,
)
from ..core.deadline import DeadlineState, deadline_state
from ..core.posting import Posting
from ..core.posting_history import Change
from ..core.userdata_schema import Status
from .history_render import badge_tooltip
from .icons import icon
from .theme import theme_manager

if TYPE_CHECKING:
    from .user_data import UserDataController

POSTING_ROLE = Qt.ItemDataRole.UserRole + 1
KEYS_MIME = "application/x-vagas-posting-keys"

ModelIndex = QModelIndex | QPersistentModelIndex
# (rows, column key, descending) -> rows in the new order; supplied by the filter controller.
Sorter = Callable[[Sequence[int], str, bool], list[int]]

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ROLES = frozenset({_DISPLAY, int(POSTING_ROLE), _FOREGROUND, _BACKGROUND, _ALIGNMENT, _TOOLTIP, _FONT, _DECORATION})
_ITEM_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
               | Qt.ItemFlag.ItemIsDragEnabled)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


def header_text(column: ColumnDef) -> str:
    """A registry column's header, translated (an extra field without a label keeps its own name)."""
    return QCoreApplication.translate(CONTEXT, column.header)


# The fixed table columns, from the registry; the value is the column key. Tests and the window
# use the short member names of the dates and days (FECHO, not DATA_FECHO).
_TABLE = table_columns()
_SHORT_NAMES = {"data_abertura": "ABERTURA", "data_fecho": "FECHO", "days_left": "DIAS"}


class _TableColumn(enum.Enum):
    """A fixed column of the table (members made from the registry below)."""

    @property
    def key(self) -> str:
        return str(self.value)

    @property
    def header(self) -> str:
        return header_text(_TABLE[list(type(self)).index(self)])


Column = _TableColumn("Column", [(_SHORT_NAMES.get(c.key, c.key.upper()), c.key) for c in _TABLE])  # type: ignore[call-overload]
DEFAULT_HIDDEN = tuple(Column(c.key) for c in _TABLE if not c.shown)


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


def days_text(posting: Posting, today: date) -> str:
    """The Dias cell: days left inclusive of the closing day, or words ("fecha hoje", "abre em 3 dias"), translated."""
    text, n = days_words(posting.data_fecho, today, posting.data_abertura)
    return QCoreApplication.translate(CONTEXT, text, "", n)


def _cell_getter(column: ColumnDef) -> Callable[[Posting, ColumnContext], str]:
    text, words = column.text, column.words
    assert text is not None  # the registry fills it in
    if words is not None:
        def counted(posting: Posting, ctx: ColumnContext) -> str:
            source, n = words(posting, ctx)
            return QCoreApplication.translate(CONTEXT, source, "", n)

        return counted
    if not column.translated:
        return text  # called for every cell on each repaint: no wrapper
    return lambda posting, ctx: QCoreApplication.translate(CONTEXT, text(posting, ctx))


_CELLS = [_cell_getter(c) for c in _TABLE]
_ALIGN = {Align.CENTER: int(Qt.AlignmentFlag.AlignCenter),
          Align.RIGHT: int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)}
_ALIGNMENTS = [_ALIGN.get(c.align) for c in _TABLE]


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
        self._warnings: Mapping[str, Sequence[str]] = {}  # source path -> what was repaired to read it
        self._warning_icon: QIcon | None = None
        self._history: Mapping[str, Sequence[Change]] = {}  # posting key -> what changed across opens
        self._history_icon: QIcon | None = None
        self._italic = QFont()
        self._italic.setItalic(True)
        self._context = self._make_context()
        self._take_colours()
        theme_manager().changed.connect(self._on_theme_changed)

    # -- feeding -------------------------------------------------------------------------------
    def set_postings(self, postings: list[Posting], rows: list[int] | None = None, ghost_from: int = -1,
                     extra_keys: list[str] | None = None) -> None:
        """Replace everything in one reset; extra front-matter keys become optional columns.

        Postings from ghost_from on are stand-ins for tracked postings missing from the folder;
        extra_keys (computed off the GUI thread for big folders) saves a pass over every posting.
        """
        if extra_keys is None:
            extra_keys = extra_column_names(postings)
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
        self._context = self._make_context()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def set_sorter(self, sorter: Sorter | None) -> None:
        self._sorter = sorter

    def set_user_data(self, user: UserDataController | None) -> None:
        self._user = user
        self._context = self._make_context()

    def _make_context(self) -> ColumnContext:
        """What the registry's cell texts read besides the posting: the day and the user's marks."""
        user = self._user
        if user is None:
            return ColumnContext(today=self._today)

        def status_of(posting: Posting) -> str:
            status = user.status(posting)
            return status_label(status) if status is not None else ""

        return ColumnContext(today=self._today, status_of=status_of, bookmarked=user.is_bookmarked)

    def set_warnings(self, warnings: Mapping[str, Sequence[str]]) -> None:
        """Files read with problems (source path -> reasons): their rows carry a warning icon."""
        self._warnings = warnings
        if self._rows:
            self.dataChanged.emit(self.index(0, WARNING_COLUMN), self.index(len(self._rows) - 1, WARNING_COLUMN))

    def set_history(self, history: Mapping[str, Sequence[Change]]) -> None:
        """What changed in each posting across opens (key -> changes): their rows carry a badge."""
        self._history = history
        if self._rows:
            self.dataChanged.emit(self.index(0, HISTORY_COLUMN), self.index(len(self._rows) - 1, HISTORY_COLUMN))

    def changes_of(self, posting: Posting | None) -> Sequence[Change]:
        return self._history.get(posting.key, ()) if posting is not None else ()

    def warnings_of(self, posting: Posting | None) -> Sequence[str]:
        """Why this posting's file was read with problems (empty: it was not)."""
        return self._warnings.get(posting.source_path, ()) if posting is not None else ()

    def user_data_changed(self) -> None:
        """Bookmarks or statuses changed: repaint those columns (and ghost styling)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def _take_colours(self) -> None:
        """The row colours of the current scheme, kept at hand: data() asks for them on every repaint."""
        theme = theme_manager()
        self._closed_fg, self._star_fg, self._ghost_fg = (
            theme.brush("closed_text"), theme.brush("star"), theme.brush("ghost_text"))
        self._today_bg, self._soon_bg = theme.brush("today_bg"), theme.brush("soon_bg")
        # "a abrir" rows in the detail pane's colour for that state (blue): not open yet
        self._state_fg = {DeadlineState.CLOSED: self._closed_fg,
                          DeadlineState.UPCOMING: theme.brush("countdown_upcoming")}

    def _on_theme_changed(self) -> None:
        self._take_colours()
        self._history_icon = None  # tinted again in the new colours
        self.user_data_changed()  # the same full repaint

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
        if column < _FIXED_COLUMNS:
            return _TABLE[column].key
        return EXTRA_PREFIX + self._extra_keys[column - _FIXED_COLUMNS]

    def column_of(self, key: str) -> int:
        """The column showing key, or -1 when this folder has no such column."""
        if key in _FIXED_INDEX:
            return _FIXED_INDEX[key]
        name = key.removeprefix(EXTRA_PREFIX)
        if key.startswith(EXTRA_PREFIX) and name in self._extra_keys:
            return _FIXED_COLUMNS + self._extra_keys.index(name)
        return -1

    def column_def(self, column: int) -> ColumnDef:
        """The registry column (or the extra field's column) shown at a column index."""
        if column < _FIXED_COLUMNS:
            return _TABLE[column]
        return extra_column(self._extra_keys[column - _FIXED_COLUMNS])

    def column_header(self, column: int) -> str:
        return header_text(self.column_def(column))

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
                return self._star_fg
            if ghost:
                return self._ghost_fg
            return self._state_fg.get(deadline_state(posting.data_fecho, self._today, opens=posting.data_abertura))
        if role == _FONT:
            return self._italic if ghost else None
        if role == _DECORATION:
            if column == HISTORY_COLUMN:
                return self._history_decoration(posting)
            return self._warning_decoration(posting) if column == WARNING_COLUMN else None
        if role == _BACKGROUND:
            return self._background(posting)
        if role == _ALIGNMENT:
            return _ALIGNMENTS[column] if column < _FIXED_COLUMNS else None
        # the tooltip
        if ghost:
            return QCoreApplication.translate("PostingTableModel", "Não está nesta pasta (dados guardados)")
        if column == _STAR:
            return QCoreApplication.translate("PostingTableModel", "Marcar ou desmarcar (Ctrl+D)")
        if column == _FECHO:
            return days_text(posting, self._today)
        if column == WARNING_COLUMN and posting.source_path in self._warnings:
            return warning_tooltip(self._warnings[posting.source_path])
        if column == HISTORY_COLUMN and posting.key in self._history:
            return badge_tooltip(self._history[posting.key])
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
        if column >= _FIXED_COLUMNS:
            return posting.extra.get(self._extra_keys[column - _FIXED_COLUMNS], "")
        return _CELLS[column](posting, self._context)

    def _warning_decoration(self, posting: Posting) -> QIcon | None:
        if posting.source_path not in self._warnings:
            return None
        if self._warning_icon is None:
            self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    def _history_decoration(self, posting: Posting) -> QIcon | None:
        if posting.key not in self._history:
            return None
        if self._history_icon is None:
            self._history_icon = icon("history")
        return self._history_icon

    def _background(self, posting: Posting) -> QBrush | None:
        state = deadline_state(posting.data_fecho, self._today, opens=posting.data_abertura)
        if state is DeadlineState.TODAY:
            return self._today_bg
        if state is DeadlineState.SOON:
            return self._soon_bg
        return None


def warning_tooltip(reasons: Sequence[str]) -> str:
    """A warned row's tooltip: the reasons, and where to see them."""
    lines = [QCoreApplication.translate("PostingTableModel", "Ficheiro lido com problemas:"),
             *(f"• {r}" for r in reasons),
             QCoreApplication.translate("PostingTableModel",
                                        "Ver no painel de Problemas: menu de contexto ou duplo clique aqui")]
    return "\n".join(lines)


def _positions(rows: list[int], wanted: set[int]) -> dict[int, int]:
    """Row of each wanted posting index in rows; a few lookups beat mapping 100k rows."""
    if len(wanted) <= 32:
        return {p: rows.index(p) for p in wanted if p in rows}
    return {p: r for r, p in enumerate(rows) if p in wanted}


_FIXED_COLUMNS = len(_TABLE)
_FIXED_INDEX = {c.key: i for i, c in enumerate(_TABLE)}
_STAR = _FIXED_INDEX["star"]
_FECHO = _FIXED_INDEX["data_fecho"]
WARNING_COLUMN = _FIXED_INDEX["ref"]  # the warning icon of a file read with problems: shown by default
# The badge of a posting that changed across opens (is:alterada): the first text column shown by default.
HISTORY_COLUMN = _FIXED_INDEX["trabalho"]
