"""The one column registry: key, header, value, sort kind, width and where each column appears.

The table, sorting, export, the scan command's JSON record and the saved column state all read
COLUMNS; adding a column is one entry here (plus its test). Headers are pt_PT source texts marked
for lupdate; the GUI shows them through QCoreApplication.translate(CONTEXT, header).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import Any

from . import texts
from .deadline import DeadlineState, days_left, days_to_open, deadline_state
from .posting import HIDDEN_EXTRA_KEYS, Posting, fold_key
from .profile import parse_profile, section_headers

__all__ = [
    "BEP_URL", "COLUMNS", "CONTEXT", "EXTRA_PREFIX", "FACET_ATTRS", "FACET_FIELDS", "HIDDEN_EXTRA_KEYS",
    "DEFAULT_SORT", "EXTRA_LABELS", "Align", "ColumnContext", "ColumnDef", "SortKind", "Value", "bep_url",
    "by_key", "column",
    "days_cell", "days_words", "extra_column", "extra_label", "record_columns", "table_columns", "uses_collation",
    "visible_extra_keys",
]  # fmt: skip

CONTEXT = "Columns"  # the translation context of headers and cell words
EXTRA_PREFIX = "extra:"
BEP_URL = "https://www.bep.gov.pt/pages/oferta/Oferta_Detalhes.aspx?CodOferta={id}"
# Facet field (a Posting attribute, also a search qualifier) -> its FacetFilter attribute, in the
# order the filter bar lists them.
FACET_ATTRS: dict[str, str] = {
    "distrito": "distritos",
    "concelho": "concelhos",
    "trabalho": "trabalhos",
    "empregador": "empregadores",
}
FACET_FIELDS: tuple[str, ...] = tuple(FACET_ATTRS)

Value = str | int | date | list[str] | dict[str, str] | None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks text for lupdate; the core cannot translate (no Qt here), the GUI does."""
    return text


# The Dias cell's words (the short form; the detail pane and the PDF say more, see html_render).
NO_DATE = "—"
CLOSED = QT_TRANSLATE_NOOP("Columns", "fechada")
CLOSES_TODAY = QT_TRANSLATE_NOOP("Columns", "fecha hoje")
# An upcoming posting ("a abrir"): the table and the detail pane say the same words.
OPENS_TOMORROW = QT_TRANSLATE_NOOP("Columns", "abre amanhã")
OPENS_IN = QT_TRANSLATE_NOOP("Columns", "abre em %n dias")  # %n > 1 (the pt source has no plural forms)
NO_N = -1  # days_words: the text has no %n


class SortKind(enum.Enum):
    """How a column sorts; missing values always sort last."""

    TEXT = "text"  # pt_PT collation when the GUI gives one, else folded text
    CODE = "code"  # folded characters: codes with zero-padded numbers (OE202502/0240)
    DATE = "date"
    NUMBER = "number"
    DAYS = "days"  # days left from today, as a number; closed postings after the open ones either way
    USER = "user"  # a rank from the user's data (bookmark, status): sorted by the GUI's controller
    NONE = "none"  # not sortable


class Align(enum.Enum):
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"


@dataclass(frozen=True)
class ColumnContext:
    """What a value may depend on besides the posting: the day, the user's data, the profile text."""

    today: date
    status_of: Callable[[Posting], str] | None = None  # the status as shown ("" for none)
    note_of: Callable[[Posting], str] | None = None
    bookmarked: Callable[[Posting], bool] | None = None
    profile_of: Callable[[Posting], str] = texts.profile_of  # the profile (Descricao) text, read back
    path_of: Callable[[str], str] | None = None  # source_path as shown (scan: relative to the folder)


Getter = Callable[[Posting, ColumnContext], Value]
TextGetter = Callable[[Posting, ColumnContext], str]
WordsGetter = Callable[[Posting, ColumnContext], tuple[str, int]]


@dataclass(frozen=True)
class ColumnDef:
    """One column: its stable key, pt_PT header, raw value, cell text and where it appears."""

    key: str  # saved column state, --columns, sort keys
    header: str  # pt_PT source text (translate with CONTEXT)
    value: Getter  # raw value: str, int, date, None (export cells, the JSON record)
    text: TextGetter | None = None  # the table cell (words like "fechada" translated with CONTEXT);
    # None: the value as text ("" for None)
    sort: SortKind = SortKind.NONE
    width: int = 0  # default table width in pixels (0: Qt's default)
    shown: bool = True  # visible in the table by default
    table: bool = True  # a table column
    export: bool = True  # offered by export (and --columns)
    export_default: bool = False  # in the default export columns
    record: int | None = None  # position in the scan command's JSON record (None: not in it)
    wrap: bool = False  # long, multi-line text: wrapped in spreadsheets
    align: Align = Align.LEFT
    translated: bool = False  # the cell text is one of our words, to translate
    words: WordsGetter | None = None  # translated cells with a count: (pt source, n for %n or NO_N)
    whole: bool = False  # short values always shown whole: the default width fits the header and text
    widest: tuple[tuple[str, int], ...] = ()  # words (pt source, n) a whole column's default width fits
    attr: str = ""  # the Posting attribute the value is, as is ("": computed); lets callers fetch
    # many plain columns with one attrgetter

    def __post_init__(self) -> None:
        if self.text is None:
            object.__setattr__(self, "text", _str_or_empty(self.value))

    def cell(self, posting: Posting, ctx: ColumnContext) -> str:
        """The table cell's text (untranslated)."""
        assert self.text is not None  # set by __post_init__
        return self.text(posting, ctx)


def _field(name: str) -> Getter:
    get = attrgetter(name)
    return lambda posting, ctx: get(posting)


def _field_text(name: str) -> TextGetter:
    get = attrgetter(name)
    return lambda posting, ctx: get(posting)


def _date_text(name: str) -> TextGetter:
    get = attrgetter(name)

    def text(posting: Posting, ctx: ColumnContext) -> str:
        day: date | None = get(posting)
        return day.strftime("%d/%m/%Y") if day else ""

    return text


def _str_or_empty(getter: Getter) -> TextGetter:
    def text(posting: Posting, ctx: ColumnContext) -> str:
        value = getter(posting, ctx)
        return "" if value is None else str(value)

    return text


def _text_column(key: str, header: str, sort: SortKind = SortKind.TEXT, **kw: Any) -> ColumnDef:
    return ColumnDef(key, header, _field(key), _field_text(key), sort, attr=key, **kw)


def _date_column(key: str, header: str, **kw: Any) -> ColumnDef:
    return ColumnDef(key, header, _field(key), _date_text(key), SortKind.DATE, attr=key, **kw)


def days_words(data_fecho: date | None, today: date, opens: date | None = None) -> tuple[str, int]:
    """The Dias cell as (pt source text, n for its %n or NO_N): translate both together in the GUI."""
    state = deadline_state(data_fecho, today, opens=opens)
    if state is DeadlineState.UPCOMING:
        wait = days_to_open(opens, today) or 1
        return (OPENS_TOMORROW, NO_N) if wait == 1 else (OPENS_IN, wait)
    if state is DeadlineState.UNKNOWN:
        return NO_DATE, NO_N
    if state is DeadlineState.CLOSED:
        return CLOSED, NO_N
    if state is DeadlineState.TODAY:
        return CLOSES_TODAY, NO_N
    return str(days_left(data_fecho, today)), NO_N


def days_cell(data_fecho: date | None, today: date, opens: date | None = None) -> str:
    """The Dias cell in pt: days left inclusive of the closing day, or words ("abre em 3 dias")."""
    text, n = days_words(data_fecho, today, opens)
    return text if n == NO_N else text.replace("%n", str(n))


def bep_url(posting_id: int | None) -> str | None:
    """The BEP page of a posting, or None without an Id."""
    return None if posting_id is None else BEP_URL.format(id=posting_id)


def _days_left(posting: Posting, ctx: ColumnContext) -> Value:
    return days_left(posting.data_fecho, ctx.today)


def _days_text(posting: Posting, ctx: ColumnContext) -> str:
    return days_cell(posting.data_fecho, ctx.today, posting.data_abertura)


def _days_words(posting: Posting, ctx: ColumnContext) -> tuple[str, int]:
    return days_words(posting.data_fecho, ctx.today, posting.data_abertura)


def _star(posting: Posting, ctx: ColumnContext) -> Value:
    return ctx.bookmarked is not None and ctx.bookmarked(posting)


def _star_text(posting: Posting, ctx: ColumnContext) -> str:
    if ctx.bookmarked is None:
        return ""
    return "★" if ctx.bookmarked(posting) else "☆"


def _status(posting: Posting, ctx: ColumnContext) -> str:
    return ctx.status_of(posting) if ctx.status_of is not None else ""


def _notes(posting: Posting, ctx: ColumnContext) -> str:
    return ctx.note_of(posting) if ctx.note_of is not None else ""


def _profile(posting: Posting, ctx: ColumnContext) -> str:
    return parse_profile(ctx.profile_of(posting)).as_text()


def _descricao_value(posting: Posting, ctx: ColumnContext) -> str:
    return ctx.profile_of(posting)


def _link(posting: Posting, ctx: ColumnContext) -> str:
    return bep_url(posting.id) or ""


def _source_path(posting: Posting, ctx: ColumnContext) -> str:
    return posting.source_path if ctx.path_of is None else ctx.path_of(posting.source_path)


def _sections(posting: Posting, ctx: ColumnContext) -> Value:
    if posting.sections is not None:
        return list(posting.sections)  # found by a scan that looked for them (and cached): no file read
    return list(section_headers(ctx.profile_of(posting)))  # a scan that did not: from the text


def _extra(posting: Posting, ctx: ColumnContext) -> Value:
    return posting.extra


def _nothing(posting: Posting, ctx: ColumnContext) -> str:
    return ""


def _off_table(key: str, header: str, value: Getter, **kw: Any) -> ColumnDef:
    return ColumnDef(key, header, value, _nothing, table=False, shown=False, **kw)


# In table order (the table shows the `table` ones; export offers the `export` ones in this order).
# Widths are proportions: by default the `whole` columns get what their text needs and the text
# columns share the rest of the table's width (gui.postings_view.fit_default_widths).
COLUMNS: tuple[ColumnDef, ...] = (
    ColumnDef("star", "★", _star, _star_text, SortKind.USER, width=26, export=False, align=Align.CENTER),
    _text_column("ref", QT_TRANSLATE_NOOP("Columns", "Ref"), SortKind.CODE, width=100, export_default=True,
                 record=1, whole=True),
    _text_column("title", QT_TRANSLATE_NOOP("Columns", "Título"), shown=False, export_default=True, record=2),
    ColumnDef("id", QT_TRANSLATE_NOOP("Columns", "Id"), _field("id"), None, SortKind.NUMBER, shown=False, record=0,
              align=Align.RIGHT, attr="id"),
    _text_column("trabalho", QT_TRANSLATE_NOOP("Columns", "Trabalho"), width=130, record=3),
    _text_column("empregador", QT_TRANSLATE_NOOP("Columns", "Empregador"), width=150, export_default=True,
                 record=4),
    _text_column("concelho", QT_TRANSLATE_NOOP("Columns", "Concelho"), width=88, export_default=True, record=5),
    _text_column("distrito", QT_TRANSLATE_NOOP("Columns", "Distrito"), width=82, export_default=True, record=6),
    _text_column("codigo_postal", QT_TRANSLATE_NOOP("Columns", "Código postal"), SortKind.CODE, shown=False,
                 record=7),
    _date_column("data_abertura", QT_TRANSLATE_NOOP("Columns", "Abertura"), width=76, export_default=True,
                 record=8, whole=True),
    _date_column("data_fecho", QT_TRANSLATE_NOOP("Columns", "Fecho"), width=76, export_default=True, record=9,
                 whole=True),
    ColumnDef("days_left", QT_TRANSLATE_NOOP("Columns", "Dias"), _days_left, _days_text, SortKind.DAYS, width=58,
              export_default=True, align=Align.RIGHT, translated=True, words=_days_words, whole=True,
              widest=((CLOSES_TODAY, NO_N), (CLOSED, NO_N), (OPENS_TOMORROW, NO_N), (OPENS_IN, 999))),
    ColumnDef("status", QT_TRANSLATE_NOOP("Columns", "Estado"), _status, _status, SortKind.USER, width=72,
              whole=True),
    _off_table("notes", QT_TRANSLATE_NOOP("Columns", "Notas"), _notes, wrap=True),
    _off_table("profile", QT_TRANSLATE_NOOP("Columns", "Perfil funcional"), _profile, wrap=True),
    _off_table("descricao", QT_TRANSLATE_NOOP("Columns", "Descrição"), _descricao_value, wrap=True),
    _off_table("link", QT_TRANSLATE_NOOP("Columns", "Ligação BEP"), _link, export_default=True),
    _off_table("source_path", QT_TRANSLATE_NOOP("Columns", "Ficheiro"), _source_path, record=10),
    _off_table("sections", QT_TRANSLATE_NOOP("Columns", "Secções"), _sections, export=False, record=11),
    _off_table("extra", QT_TRANSLATE_NOOP("Columns", "Outros campos"), _extra, export=False, record=12),
)
_BY_KEY = {c.key: c for c in COLUMNS}
# A new user's order (no saved column state): by deadline, soonest first; closed, then no date, last.
DEFAULT_SORT: tuple[str, bool] = ("days_left", False)  # (column key, descending)


def by_key(key: str) -> ColumnDef | None:
    """The registry column of a key ("ref"), or None; see column() for "extra:<Name>" too."""
    return _BY_KEY.get(key)


# Readable labels of the extra front-matter fields the scraper writes (folded key -> pt_PT label,
# translated with CONTEXT); a field not listed is headed by its own name.
EXTRA_LABELS: dict[str, str] = {
    fold_key(k): v for k, v in (
        ("Remuneracao", QT_TRANSLATE_NOOP("Columns", "Remuneração")),
        ("TipoVinculo", QT_TRANSLATE_NOOP("Columns", "Tipo de vínculo")),
        ("Habilitacao", QT_TRANSLATE_NOOP("Columns", "Habilitação literária")),
        ("HabilitacaoLiteraria", QT_TRANSLATE_NOOP("Columns", "Habilitação literária")),
        ("Observacoes", QT_TRANSLATE_NOOP("Columns", "Observações")),
        ("Link", QT_TRANSLATE_NOOP("Columns", "Ligação")),
    )
}


def extra_label(name: str) -> str:
    """The pt_PT label of an extra field ("TipoVinculo" -> "Tipo de vínculo"), else the name itself."""
    return EXTRA_LABELS.get(fold_key(name), name)


def extra_column(name: str) -> ColumnDef:
    """The column of one extra front-matter field, headed by its readable label (see EXTRA_LABELS)."""

    def value(posting: Posting, ctx: ColumnContext) -> str:
        return posting.extra.get(name, "")

    return ColumnDef(EXTRA_PREFIX + name, extra_label(name), value, value, SortKind.TEXT, shown=False)


def column(key: str) -> ColumnDef | None:
    """The column of a key, "extra:<Name>" included; None for an unknown key."""
    if key.startswith(EXTRA_PREFIX) and key[len(EXTRA_PREFIX) :]:
        return extra_column(key[len(EXTRA_PREFIX) :])
    return _BY_KEY.get(key)


def uses_collation(key: str) -> bool:
    """Whether a column sorts as text with the pt_PT collation ("Évora" under E).

    Codes (refs, postal codes), dates and numbers sort by value: collating 100,000 distinct refs
    took ~0.5 s on the first click of the header.
    """
    found = column(key)
    return found is not None and found.sort is SortKind.TEXT


def table_columns() -> tuple[ColumnDef, ...]:
    """The fixed table columns, in their default order."""
    return tuple(c for c in COLUMNS if c.table)


def record_columns() -> tuple[ColumnDef, ...]:
    """The scan command's JSON record, in its documented key order."""
    return tuple(sorted((c for c in COLUMNS if c.record is not None), key=attrgetter("record")))


def visible_extra_keys(keys: Any) -> list[str]:
    """Extra field names worth a column or a line (the hidden ones left out), in the order given."""
    return [k for k in keys if k not in HIDDEN_EXTRA_KEYS]


def extra_column_names(postings: Iterable[Posting]) -> list[str]:
    """The extra fields the postings have that are worth a column (the table's optional columns), sorted."""
    return sorted(visible_extra_keys({k for p in postings for k in p.extra}), key=str.casefold)
