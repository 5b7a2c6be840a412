"""Export columns: a key, a Portuguese header and a value function per column, plus cell hygiene."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .deadline import days_left
from .posting import Posting
from .profile import parse_profile

BEP_URL = "https://www.bep.gov.pt/pages/oferta/Oferta_Detalhes.aspx?CodOferta={id}"
EXTRA_PREFIX = "extra:"
# What a spreadsheet may read as the start of a formula (OWASP "CSV injection" list), once it has
# trimmed leading blanks and folded compatibility forms ("＝" is "=" to some spreadsheets).
FORMULA_CHARS = frozenset("=+-@")
# Control characters no export keeps: XML 1.0 cannot hold C0 (tab, LF and CR aside), DEL and C1
# are invisible junk that hides what a cell starts with, U+FFFE/U+FFFF are not characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# A file name that is not valid UTF-8 reaches us with each bad byte as a lone surrogate (PEP 383).
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\r\n?")

Value = str | int | date | None


@dataclass(frozen=True)
class ExportContext:
    """What a value may depend on besides the posting: the day, and the user's status and notes."""

    today: date
    status_of: Callable[[Posting], str] | None = None
    note_of: Callable[[Posting], str] | None = None


@dataclass(frozen=True)
class ExportColumn:
    """One column: key (as typed in --columns), header (as shown in the file) and value function."""

    key: str
    header: str
    value: Callable[[Posting, ExportContext], Value]
    wrap: bool = False  # long, multi-line text: wrapped in spreadsheets


def _field(name: str) -> Callable[[Posting, ExportContext], Value]:
    def get(posting: Posting, ctx: ExportContext) -> Value:
        value: Value = getattr(posting, name)
        return value

    return get


def _days_left(posting: Posting, ctx: ExportContext) -> Value:
    return days_left(posting.data_fecho, ctx.today)


def _status(posting: Posting, ctx: ExportContext) -> Value:
    return ctx.status_of(posting) if ctx.status_of is not None else ""


def _notes(posting: Posting, ctx: ExportContext) -> Value:
    return ctx.note_of(posting) if ctx.note_of is not None else ""


def _profile(posting: Posting, ctx: ExportContext) -> Value:
    return parse_profile(posting.descricao).as_text()


def _link(posting: Posting, ctx: ExportContext) -> Value:
    return "" if posting.id is None else BEP_URL.format(id=posting.id)


def _column(key: str, header: str, wrap: bool = False) -> ExportColumn:
    return ExportColumn(key, header, _field(key), wrap)


COLUMNS: dict[str, ExportColumn] = {
    c.key: c
    for c in (
        _column("ref", "Ref"),
        _column("title", "Título"),
        _column("id", "Id"),
        _column("trabalho", "Trabalho"),
        _column("empregador", "Empregador"),
        _column("concelho", "Concelho"),
        _column("distrito", "Distrito"),
        _column("codigo_postal", "Código postal"),
        _column("data_abertura", "Abertura"),
        _column("data_fecho", "Fecho"),
        ExportColumn("days_left", "Dias", _days_left),
        ExportColumn("status", "Estado", _status),
        ExportColumn("notes", "Notas", _notes, wrap=True),
        ExportColumn("profile", "Perfil funcional", _profile, wrap=True),
        _column("descricao", "Descrição", wrap=True),
        ExportColumn("link", "Ligação BEP", _link),
        _column("source_path", "Ficheiro"),
    )
}

# Extra fields left out of the default columns ("layout" is a Jekyll artefact of the scraper).
HIDDEN_EXTRA = frozenset({"layout"})
DEFAULT_KEYS = (
    "ref", "title", "empregador", "concelho", "distrito", "data_abertura", "data_fecho", "days_left", "link",
)  # fmt: skip


def extra_column(name: str) -> ExportColumn:
    """The column of one extra front-matter field, headed by its own name."""

    def get(posting: Posting, ctx: ExportContext) -> Value:
        return posting.extra.get(name, "")

    return ExportColumn(EXTRA_PREFIX + name, name, get)


def extra_names(postings: Iterable[Posting]) -> list[str]:
    """Names of the extra fields present in postings, in order of first appearance."""
    seen: dict[str, None] = {}
    for posting in postings:
        seen.update(dict.fromkeys(posting.extra))
    return list(seen)


def column(key: str) -> ExportColumn:
    """The column of a key ("ref", "extra:Vagas"); ValueError listing the valid keys otherwise."""
    key = key.strip()
    if key.startswith(EXTRA_PREFIX) and key[len(EXTRA_PREFIX) :].strip():
        return extra_column(key[len(EXTRA_PREFIX) :].strip())
    found = COLUMNS.get(key)
    if found is None:
        valid = ", ".join([*COLUMNS, EXTRA_PREFIX + "<Nome>"])
        raise ValueError(f"Coluna desconhecida {key!r} (unknown column). Colunas válidas: {valid}")
    return found


def parse_columns(spec: str) -> list[ExportColumn]:
    """Columns of a comma-separated list of keys, in order ("ref,trabalho,extra:Vagas")."""
    keys = [k.strip() for k in spec.split(",") if k.strip()]
    if not keys:
        raise ValueError(f"Nenhuma coluna indicada (no columns). Colunas válidas: {', '.join(COLUMNS)}")
    columns = [column(k) for k in keys]
    dupes = sorted({c.key for c in columns if sum(d.key == c.key for d in columns) > 1})
    if dupes:
        raise ValueError(f"Coluna repetida (duplicate column): {', '.join(dupes)}")
    return columns


def default_columns(postings: Sequence[Posting] = ()) -> list[ExportColumn]:
    """The default columns, then one per extra field found in postings (but HIDDEN_EXTRA)."""
    extras = [extra_column(n) for n in extra_names(postings) if n not in HIDDEN_EXTRA]
    return [COLUMNS[k] for k in DEFAULT_KEYS] + extras


def _escape_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """Text every UTF-8 writer accepts: a byte a file name could not decode shows as "\\xNN"."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(_escape_surrogate, text)


def clean_text(text: str) -> str:
    """A string as every export writes it: safe_text, no control characters, line breaks as "\\n".

    A lone "\\r" would split the row in some readers.
    """
    text = safe_text(text)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return _LINE_BREAKS.sub("\n", text) if "\r" in text else text


def looks_like_formula(text: str) -> bool:
    """True if a spreadsheet could take text for a formula: a formula character after any blanks."""
    if not text:
        return False
    first = text[0]
    if first.isascii() and not first.isspace():
        return first in FORMULA_CHARS  # the common case, decided by one character
    if first in "\t\r\n":
        return True
    for ch in text:
        # Spreadsheets trim Unicode spaces and drop zero-width characters (category Cf) on import.
        if ch.isspace() or unicodedata.category(ch) == "Cf":
            continue
        return unicodedata.normalize("NFKC", ch)[:1] in FORMULA_CHARS
    return False


def neutralise(text: str) -> str:
    """Text a spreadsheet shows as is: cleaned first, then a "'" before anything formula-like.

    The one place every export (CSV, XLSX) turns a string into a cell; cleaning comes first so a
    stripped control character can never uncover a formula.
    """
    text = clean_text(text)
    return "'" + text if looks_like_formula(text) else text


def row_values(posting: Posting, columns: Sequence[ExportColumn], ctx: ExportContext) -> list[Value]:
    """The raw values of one row (strings not yet neutralised)."""
    return [c.value(posting, ctx) for c in columns]
