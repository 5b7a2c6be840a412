"""Export columns: a key, a Portuguese header and a value function per column, plus cell hygiene."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from .columns import COLUMNS as REGISTRY
from .columns import EXTRA_PREFIX, ColumnContext, ColumnDef, Value, extra_column, visible_extra_keys
from .messages import NotedError
from .posting import Posting


class ExportArgumentError(NotedError, ValueError):
    """A format or column list that cannot be exported; text(lang) says why."""

__all__ = [
    "COLUMNS", "DEFAULT_KEYS", "EXTRA_PREFIX", "LIST_KEYS", "FORMULA_CHARS", "ExportColumn", "ExportContext",
    "Value", "clean_text", "column", "default_columns", "extra_column", "extra_names", "looks_like_formula",
    "neutralise", "parse_columns", "row_values", "safe_text",
]  # fmt: skip

# What a spreadsheet may read as the start of a formula (OWASP "CSV injection" list), once it has
# trimmed leading blanks and folded compatibility forms ("＝" is "=" to some spreadsheets).
FORMULA_CHARS = frozenset("=+-@")
# Control characters no export keeps: XML 1.0 cannot hold C0 (tab, LF and CR aside), DEL and C1
# are invisible junk that hides what a cell starts with, U+FFFE/U+FFFF are not characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# A file name that is not valid UTF-8 reaches us with each bad byte as a lone surrogate (PEP 383).
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\r\n?")

# An export column is a registry column: key (as typed in --columns), header (the pt_PT text the
# file shows), value and wrap; the context gives the day, the user's data and the profile text.
ExportColumn = ColumnDef
ExportContext = ColumnContext

COLUMNS: dict[str, ExportColumn] = {c.key: c for c in REGISTRY if c.export}
DEFAULT_KEYS = tuple(c.key for c in REGISTRY if c.export_default)




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
        raise ExportArgumentError("export.unknown-column", repr(key), valid)
    return found


def parse_columns(spec: str) -> list[ExportColumn]:
    """Columns of a comma-separated list of keys, in order ("ref,trabalho,extra:Vagas")."""
    keys = [k.strip() for k in spec.split(",") if k.strip()]
    if not keys:
        raise ExportArgumentError("export.no-columns", ", ".join(COLUMNS))
    columns = [column(k) for k in keys]
    dupes = sorted({c.key for c in columns if sum(d.key == c.key for d in columns) > 1})
    if dupes:
        raise ExportArgumentError("export.duplicate-column", ", ".join(dupes))
    return columns


# What a list's export adds to the defaults: a list is a client's file, its status and notes belong in it.
LIST_KEYS = ("status", "notes")


def default_columns(postings: Sequence[Posting] = (), with_user: bool = False) -> list[ExportColumn]:
    """The default columns (with Estado and Notas for a list), then one per extra field found in
    postings (but the hidden ones)."""
    extras = [extra_column(n) for n in visible_extra_keys(extra_names(postings))]
    user = [COLUMNS[k] for k in LIST_KEYS] if with_user else []
    return [COLUMNS[k] for k in DEFAULT_KEYS] + user + extras


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
