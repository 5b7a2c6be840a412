"""Date and deadline-state terms of the search box: fecho<=7d, abertura>=01/03/2025, fecho:2025-03, estado:aberta.

Parsing (query.py) turns what was typed into a canonical value that needs no "today" ("<=7d",
">=2025-03-01", "=2025-03"); searching resolves it on a given day into an inclusive span of days
(resolve_date), or, for estado:, the deadline states it keeps (STATE_WORDS).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from .deadline import SOON_DAYS, DeadlineState
from .textfold import fold

# Query field -> the Posting attribute it compares.
DATE_FIELDS: dict[str, str] = {"fecho": "data_fecho", "abertura": "data_abertura"}
STATE_FIELD = "estado"
OPERATORS = ("<=", ">=", "<", ">", "=")  # longest first; ":" after a field name means "="
MAX_DAYS = 36_500  # a relative day count beyond a century is a typo, not a date

# estado: canonical word -> the deadline states it keeps (the table's words: core.columns, DeadlineFilter).
STATE_WORDS: dict[str, frozenset[DeadlineState]] = {
    "aberta": frozenset({DeadlineState.OPEN, DeadlineState.SOON, DeadlineState.TODAY}),
    "a-fechar": frozenset({DeadlineState.SOON, DeadlineState.TODAY}),
    "fecha-hoje": frozenset({DeadlineState.TODAY}),
    "fechada": frozenset({DeadlineState.CLOSED}),
    "a-abrir": frozenset({DeadlineState.UPCOMING}),
}
# Other spellings (folded, "-" between words) -> the canonical word; shown by the help window.
STATE_ALIASES: dict[str, str] = {
    "abertas": "aberta", "aberto": "aberta", "abertos": "aberta", "open": "aberta",
    "afechar": "a-fechar", "closing": "a-fechar", "closing-soon": "a-fechar", "soon": "a-fechar",
    "hoje": "fecha-hoje", "today": "fecha-hoje", "closes-today": "fecha-hoje",
    "fechadas": "fechada", "fechado": "fechada", "fechados": "fechada", "closed": "fechada",
    "aabrir": "a-abrir", "upcoming": "a-abrir", "opens-later": "a-abrir",
}  # fmt: skip

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")  # 2025, 2025-03, 2025-03-31
_PT = re.compile(r"(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})")  # 31/03/2025, 03/2025
_DAYS = re.compile(r"([+-]?)(\d{1,6})d(?:ias?)?")  # 7d, -7d, +7d, 7dias
_TODAY_WORDS = frozenset({"hoje", "today"})
_ONE_DAY = timedelta(days=1)


def split_operator(value: str) -> tuple[str, str]:
    """("<=", "7d") from "<=7d"; ("=", value) when value starts with no operator."""
    for op in OPERATORS:
        if value.startswith(op):
            return op, value[len(op) :]
    return "=", value


def canonical_date(op: str, value: str) -> str | None:
    """op + the value's canonical form ("<=2025-03-31", ">=-7d", "=2025-03"), or None if it is no date."""
    if op not in OPERATORS:
        return None
    period = _canonical_period(fold(value).strip())
    return None if period is None else op + period


def _canonical_period(text: str) -> str | None:
    if text in _TODAY_WORDS:
        return "0d"
    days = _DAYS.fullmatch(text)
    if days:
        count = int(days[2]) * (-1 if days[1] == "-" else 1)
        return f"{count}d" if abs(count) <= MAX_DAYS else None
    iso = _ISO.fullmatch(text)
    if iso:
        return _checked(int(iso[1]), iso[2], iso[3])
    pt = _PT.fullmatch(text)
    if pt:
        return _checked(int(pt[3]), pt[2], pt[1])
    return None


def _checked(year: int, month: str | None, day: str | None) -> str | None:
    """ISO text of a real year, month or day ("2025", "2025-03", "2025-03-31"), else None."""
    try:
        if month is None:
            return f"{date(year, 1, 1):%Y}"
        if day is None:
            return date(year, int(month), 1).isoformat()[:7]
        return date(year, int(month), int(day)).isoformat()
    except ValueError:  # 2025-02-30, month 13, year 0
        return None


def canonical_state(value: str) -> str | None:
    """The canonical estado: word for what was typed ("Abertas", "a fechar", "closed"), or None."""
    word = "-".join(fold(value).replace("_", " ").replace("-", " ").split())
    word = STATE_ALIASES.get(word, word)
    return word if word in STATE_WORDS else None


# A condition on one date column: (first day, last day, whether a missing date passes).
DateSpan = tuple[date, date, bool]
_ANY: DateSpan = (date.min, date.max, True)
_NONE: DateSpan = (date.max, date.min, False)


@lru_cache(maxsize=64)
def state_spans(word: str, today: date, soon_days: int = SOON_DAYS) -> tuple[DateSpan, DateSpan]:
    """An estado: word as one condition on DataFecho and one on DataAbertura (both must hold).

    The same states as deadline_state (a test holds them together), split by column so a search
    tests each distinct date once instead of each (opening, closing) pair.
    """
    if word == "fechada":
        return ((date.min, today - _ONE_DAY, False) if today > date.min else _NONE), _ANY
    if word == "a-abrir":
        return (today, date.max, True), ((today + _ONE_DAY, date.max, False) if today < date.max else _NONE)
    opened: DateSpan = (date.min, today, True)  # not upcoming
    if word == "aberta":
        return (today, date.max, False), opened
    if word == "a-fechar":
        return (today, _shift(today, soon_days - 1), False), opened
    return (today, today, False), opened  # fecha-hoje


def resolve_date(canonical: str, today: date) -> tuple[date, date]:
    """The inclusive span of days a canonical date term keeps on today (first > last: none)."""
    return _resolve(canonical, today)


@lru_cache(maxsize=256)
def _resolve(canonical: str, today: date) -> tuple[date, date]:
    op, period = split_operator(canonical)
    start, end = _period(period, today)
    if op == "<":
        return (date.min, start - _ONE_DAY) if start > date.min else (date.max, date.min)
    if op == "<=":
        return date.min, end
    if op == ">":
        return (end + _ONE_DAY, date.max) if end < date.max else (date.max, date.min)
    if op == ">=":
        return start, date.max
    return start, end


def _period(text: str, today: date) -> tuple[date, date]:
    """First and last day of a canonical period: a day, a month, a year or today + N days."""
    if text.endswith("d"):
        day = _shift(today, int(text[:-1]))
        return day, day
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        last = date(year, 12, 31) if month == 12 else date(year, month + 1, 1) - _ONE_DAY
        return date(year, month, 1), last
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _shift(day: date, days: int) -> date:
    """day + days, held within the dates Python can represent."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def span_text(span: tuple[date, date]) -> str:
    """A resolved span as text (part of a cache key): "2025-03-01..2025-03-31"."""
    return f"{span[0].isoformat()}..{span[1].isoformat()}"


@lru_cache(maxsize=256)
def parse_span(text: str) -> tuple[date, date]:
    """Inverse of span_text."""
    first, _, last = text.partition("..")
    return date.fromisoformat(first), date.fromisoformat(last)
