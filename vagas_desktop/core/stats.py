"""Counts of the postings in view, for the Estatísticas view and the `stats` command (one code for both).

Counts read the Library's columns (the search index keeps each facet field and both dates as plain
per-row lists), so a recount of 100,000 rows is a few Counter passes, not a walk over Posting objects.
Row labels are message codes (core.messages), so the GUI and the CLI say them in their language.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from .library import Library
from .messages import Lang, render
from .shortlists import UserStore
from .textfold import fold
from .userdata_schema import Status

WEEKS = 8  # deadlines: the next 8 weeks, one column each
VIEW_TOP = 15  # the view's top values (employers; concelhos of every distrito): the rest is "outros"
MONTH_SPAN_LIMIT = 360  # a longer span (a typo'd year) shows only the months that have postings

# The 18 mainland distritos and the two autonomous regions, spelt as BEP writes them.
DISTRITOS: tuple[str, ...] = (
    "Aveiro", "Beja", "Braga", "Bragança", "Castelo Branco", "Coimbra", "Évora", "Faro", "Guarda", "Leiria",
    "Lisboa", "Portalegre", "Porto", "Santarém", "Setúbal", "Viana do Castelo", "Vila Real", "Viseu",
    "Região Autónoma dos Açores", "Região Autónoma da Madeira",
)  # fmt: skip
# Other spellings seen in the wild (folded) -> the distrito they mean.
_ALIASES = {"acores": "Região Autónoma dos Açores", "madeira": "Região Autónoma da Madeira",
            "regiao autonoma acores": "Região Autónoma dos Açores",
            "regiao autonoma madeira": "Região Autónoma da Madeira"}
_DISTRITO_OF_FOLDED = {**{fold(d): d for d in DISTRITOS}, **_ALIASES}


class StatBy(enum.StrEnum):
    """What the postings are counted by; the values are the CLI's --by words."""

    DISTRITO = "distrito"
    CONCELHO = "concelho"
    TRABALHO = "trabalho"
    EMPREGADOR = "empregador"
    FECHO_SEMANA = "fecho-semana"
    ABERTURA_MES = "abertura-mes"
    ESTADO = "estado"

    @property
    def facet(self) -> str | None:
        """The facet field a bar of this count filters by (None: the count has no facet)."""
        return self.value if self in _FACETS else None

    @property
    def title_code(self) -> str:
        """The message code of the chart's title."""
        return f"stats.by.{self.value}"


_FACETS = frozenset({StatBy.DISTRITO, StatBy.CONCELHO, StatBy.TRABALHO, StatBy.EMPREGADOR})


class RowKind(enum.Enum):
    VALUE = "value"  # a facet value
    OTHERS = "others"  # the values after the top ones, together
    EMPTY = "empty"  # postings without the field
    CLOSED = "closed"  # closing date already past
    WEEK = "week"
    LATER = "later"  # closing after the weeks shown
    MONTH = "month"
    STATUS = "status"
    NO_STATUS = "no-status"


@dataclass(frozen=True)
class StatRow:
    """One bar: its machine value (facet value, "2025-03", "2025-03-15/2025-03-21", a status), count, kind."""

    key: str
    count: int
    kind: RowKind = RowKind.VALUE
    values: frozenset[str] = frozenset()  # the facet values the bar stands for (a click filters by them)
    start: date | None = None  # weeks and months: the first and last day
    end: date | None = None

    def label(self, lang: Lang) -> str:
        """What the bar is called, in lang."""
        if self.kind is RowKind.VALUE:
            return self.key
        if self.kind is RowKind.WEEK and self.start and self.end:
            return render("stats.week", (self.start.strftime("%d/%m"), self.end.strftime("%d/%m")), lang)
        if self.kind is RowKind.MONTH and self.start:
            return self.start.strftime("%m/%Y")
        if self.kind is RowKind.STATUS:
            return render(f"status.{self.key}", (), lang)
        if self.kind is RowKind.OTHERS:
            return render("stats.others", (str(len(self.values)),), lang)
        return render(f"stats.{self.kind.value}", (), lang)

    def machine_value(self, lang: Lang) -> str:
        """The value column of CSV and JSON: the key, or the label where there is no natural key."""
        return self.key if self.kind in _KEYED else self.label(lang)


_KEYED = frozenset({RowKind.VALUE, RowKind.WEEK, RowKind.MONTH, RowKind.STATUS})


@dataclass(frozen=True)
class StatTable:
    """The counts of one kind over a set of postings; `total` is how many postings were counted."""

    by: StatBy
    rows: tuple[StatRow, ...]
    total: int
    today: date = field(default_factory=date.today)

    def share(self, row: StatRow) -> float:
        return row.count / self.total if self.total else 0.0

    def without_zeros(self) -> StatTable:
        return StatTable(self.by, tuple(r for r in self.rows if r.count), self.total, self.today)

    def tsv(self, lang: Lang) -> str:
        """The counts for a spreadsheet: a header, then label, count and share (%) a line."""
        header = "\t".join((render(self.by.title_code, (), lang), render("stats.count", (), lang), "%"))
        lines = [f"{r.label(lang)}\t{r.count}\t{100 * self.share(r):.1f}" for r in self.rows]
        return "\n".join([header, *lines]) + "\n"


def count(library: Library, rows: Sequence[int], by: StatBy | str, today: date, *,
          store: UserStore | None = None, top: int | None = None, within: Iterable[str] | None = None) -> StatTable:
    """Count the postings at rows (Library indices) by one kind.

    top: the facet kinds keep the top values and sum the rest as one "outros" row (None: all).
    within: concelhos only in these distritos (the bars' raw values); None: every distrito.
    """
    by = StatBy(by)
    if by is StatBy.CONCELHO and within is not None:
        inside, distritos = frozenset(within), library.column("distrito")
        rows = [r for r in rows if distritos[r] in inside]
    if by is StatBy.DISTRITO:
        found = _by_distrito(Counter(map(library.column("distrito").__getitem__, rows)), top)
    elif by.facet is not None:
        found = _by_value(Counter(map(library.column(by.facet).__getitem__, rows)), top)
    elif by is StatBy.FECHO_SEMANA:
        found = _by_week(Counter(map(library.column("data_fecho").__getitem__, rows)), today)
    elif by is StatBy.ABERTURA_MES:
        found = _by_month(Counter(map(library.column("data_abertura").__getitem__, rows)),
                          set(library.column("data_abertura")))
    else:
        found = _by_status(library, rows, store)
    return StatTable(by, tuple(found), len(rows), today)


def _ranked(counts: Mapping[str, int]) -> list[str]:
    """Values by count, most first; ties by folded name."""
    return sorted(counts, key=lambda v: (-counts[v], fold(v), v))


def _by_value(counts: Counter[str], top: int | None) -> list[StatRow]:
    empty = counts.pop("", 0)
    ranked = _ranked(counts)
    found = [StatRow(v, counts[v], values=frozenset({v})) for v in ranked]
    found = _top(found, top)
    if empty:
        found.append(StatRow("", empty, RowKind.EMPTY))
    return found


def _top(found: list[StatRow], top: int | None) -> list[StatRow]:
    if top is None or len(found) <= top + 1:  # "outros" for a single value would hide its name
        return found
    rest = found[top:]
    others = StatRow("", sum(r.count for r in rest), RowKind.OTHERS, frozenset().union(*(r.values for r in rest)))
    return [*found[:top], others]


def _by_distrito(counts: Counter[str], top: int | None) -> list[StatRow]:
    """The 20 distritos always (0 when none), then values outside them (dirty data), then no distrito."""
    empty = counts.pop("", 0)
    slots: dict[str, list[str]] = {d: [] for d in DISTRITOS}
    strays: list[str] = []
    for value in counts:
        home = distrito_of(value)
        (slots[home] if home else strays).append(value)
    totals = {d: sum(counts[v] for v in values) for d, values in slots.items()}
    found = [StatRow(d, totals[d], values=frozenset(slots[d]) or frozenset({d})) for d in _ranked(totals)]
    found += [StatRow(v, counts[v], values=frozenset({v})) for v in _ranked({v: counts[v] for v in strays})]
    found = _top(found, top)
    if empty:
        found.append(StatRow("", empty, RowKind.EMPTY))
    return found


def distrito_of(value: str) -> str | None:
    """The distrito a value means ("Açores", "lisboa", "Evora"), or None outside the 20."""
    key = " ".join(fold(value).split())
    return _DISTRITO_OF_FOLDED.get(key) or _DISTRITO_OF_FOLDED.get(key.replace(" dos ", " ").replace(" da ", " "))


def _by_week(counts: Counter[date | None], today: date) -> list[StatRow]:
    """Already closed, then a column for each of the next WEEKS weeks from today; later and no date when any."""
    closed = later = 0
    weeks = [0] * WEEKS
    for day, n in counts.items():
        if day is None:
            continue
        offset = (day - today).days
        if offset < 0:
            closed += n
        elif offset < 7 * WEEKS:
            weeks[offset // 7] += n
        else:
            later += n
    found = [StatRow("", closed, RowKind.CLOSED)]
    for i, n in enumerate(weeks):
        start = today + timedelta(days=7 * i)
        end = start + timedelta(days=6)
        found.append(StatRow(f"{start.isoformat()}/{end.isoformat()}", n, RowKind.WEEK, start=start, end=end))
    if later:
        found.append(StatRow("", later, RowKind.LATER, start=today + timedelta(days=7 * WEEKS)))
    if counts.get(None):
        found.append(StatRow("", counts[None], RowKind.EMPTY))
    return found


def _month(day: date) -> date:
    return day.replace(day=1)


def _by_month(counts: Counter[date | None], every_day: set[date | None]) -> list[StatRow]:
    """Every month from the folder's first opening to its last (so filters compare on one axis); no date last."""
    per_month: Counter[date] = Counter()
    for day, n in counts.items():
        if day is not None:
            per_month[_month(day)] += n
    months = sorted({_month(d) for d in every_day if d is not None})
    if months and _months_between(months[0], months[-1]) <= MONTH_SPAN_LIMIT:
        months = _month_range(months[0], months[-1])
    found = [StatRow(m.strftime("%Y-%m"), per_month.get(m, 0), RowKind.MONTH, start=m, end=_month_end(m))
             for m in months]
    if counts.get(None):
        found.append(StatRow("", counts[None], RowKind.EMPTY))
    return found


def _months_between(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month


def _month_range(first: date, last: date) -> list[date]:
    return [date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
            for i in range(_months_between(first, last) + 1)]


def _month_end(month: date) -> date:
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _by_status(library: Library, rows: Sequence[int], store: UserStore | None) -> list[StatRow]:
    """Each application status in its order, then the postings without one."""
    per_status: Counter[Status] = Counter()
    if store is not None:
        wanted = set(rows)
        for key, entry in store.entries().items():
            if entry.status is not None and library.index_of(key) in wanted:
                per_status[entry.status] += 1
    found = [StatRow(s.value, per_status[s], RowKind.STATUS) for s in Status]
    found.append(StatRow("", len(rows) - sum(per_status.values()), RowKind.NO_STATUS))
    return found
