"""The facet and deadline choices: what the user picked (saved as JSON) and the filter search applies."""

from __future__ import annotations

import enum
import logging
import math
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from typing import Any

from .columns import FACET_ATTRS
from .deadline import SOON_DAYS

log = logging.getLogger(__name__)

WITHIN_MIN, WITHIN_MAX = 1, 90  # "closing within N days": the range offered
# Facet field -> the FacetChoice attribute of its excluded values ("Excluir" in a facet's menu).
EXCLUDED_ATTRS: dict[str, str] = {name: f"excluded_{attr}" for name, attr in FACET_ATTRS.items()}


class DeadlineFilter(enum.StrEnum):
    """Which postings to keep by closing date; the values are saved, never rename them."""

    ALL = "all"
    OPEN = "open"  # open today: opened on or before today, closes today or later; unknown closing date excluded
    CLOSING_WITHIN = "within"  # days_left in 1..within_days
    UPCOMING = "upcoming"  # "a abrir": DataAbertura after today (and not closed)
    CLOSED = "closed"


@dataclass(frozen=True)
class FacetChoice:
    """What the user picked: facet values (exact original values; empty = no constraint), values
    excluded (their postings hidden, whatever else is picked) and date filters.

    It has no "today": the same choice is saved, restored, and applied on any day (see FacetFilter).
    """

    distritos: frozenset[str] = frozenset()
    concelhos: frozenset[str] = frozenset()
    trabalhos: frozenset[str] = frozenset()
    empregadores: frozenset[str] = frozenset()
    excluded_distritos: frozenset[str] = frozenset()
    excluded_concelhos: frozenset[str] = frozenset()
    excluded_trabalhos: frozenset[str] = frozenset()
    excluded_empregadores: frozenset[str] = frozenset()
    deadline: DeadlineFilter = DeadlineFilter.ALL
    within_days: int = SOON_DAYS
    open_on: date | None = None

    def __post_init__(self) -> None:
        for attr in (*FACET_ATTRS.values(), *EXCLUDED_ATTRS.values()):
            object.__setattr__(self, attr, frozenset(getattr(self, attr)))
        object.__setattr__(self, "deadline", DeadlineFilter(self.deadline))  # raises ValueError for others

    def is_default(self) -> bool:
        return self.choice() == FacetChoice()

    def choice(self) -> FacetChoice:
        """Just the choice (a FacetFilter without its today)."""
        return FacetChoice(**{f.name: getattr(self, f.name) for f in fields(FacetChoice)})

    def on(self, today: date) -> FacetFilter:
        """The filter this choice makes on a given day."""
        return FacetFilter(**{f.name: getattr(self, f.name) for f in fields(FacetChoice)}, today=today)

    def to_dict(self) -> dict[str, object]:
        """JSON-able form (sorted lists, ISO date) for settings and saved searches."""
        attrs = (*FACET_ATTRS.values(), *EXCLUDED_ATTRS.values())
        data: dict[str, object] = {attr: sorted(getattr(self, attr)) for attr in attrs}
        data["deadline"] = str(self.deadline)
        data["within_days"] = self.within_days
        data["open_on"] = self.open_on.isoformat() if self.open_on else None
        return data

    @classmethod
    def from_dict(cls, data: object) -> FacetChoice:
        """Inverse of to_dict; anything missing or malformed falls back to its default."""
        try:
            if not isinstance(data, Mapping):
                return cls()
            deadline = data.get("deadline")
            return cls(
                **{attr: _strings(data.get(attr)) for attr in FACET_ATTRS.values()},
                **{attr: _strings(data.get(attr)) for attr in EXCLUDED_ATTRS.values()},  # older saves: none
                deadline=deadline if deadline in tuple(DeadlineFilter) else DeadlineFilter.ALL,
                within_days=_days(data.get("within_days")),
                open_on=_day(data.get("open_on")),
            )
        except Exception:  # a hostile Mapping; saved settings must never break start-up
            log.warning("saved filters could not be read; starting with none", exc_info=True)
            return cls()


@dataclass(frozen=True)
class FacetFilter(FacetChoice):
    """A choice applied on a given day: what search filters by."""

    today: date = field(default_factory=date.today)

    def without(self, facet: str) -> FacetFilter:
        """This filter with one facet's selection and exclusions dropped ("distrito", "concelho"...)."""
        changes: dict[str, Any] = {FACET_ATTRS[facet]: frozenset(), EXCLUDED_ATTRS[facet]: frozenset()}
        return replace(self, **changes)

    def _deadline_key(self) -> tuple[Any, ...]:
        if self.deadline is DeadlineFilter.ALL:
            return ()
        days = self.within_days if self.deadline is DeadlineFilter.CLOSING_WITHIN else 0
        return (self.deadline, days, self.today)

    def key(self) -> tuple[Hashable, ...]:
        """Equal for filters that keep the same rows (today ignored when no deadline filter)."""
        sets = tuple(getattr(self, attr) for attr in (*FACET_ATTRS.values(), *EXCLUDED_ATTRS.values()))
        return (*sets, self._deadline_key(), self.open_on)

    def covers(self, other: FacetFilter) -> bool:
        """True when every row kept by other is kept by self."""
        for attr in FACET_ATTRS.values():
            mine, theirs = getattr(self, attr), getattr(other, attr)
            if mine and not (theirs and theirs <= mine):
                return False
        for attr in EXCLUDED_ATTRS.values():  # other may show what self hides
            if not getattr(self, attr) <= getattr(other, attr):
                return False
        if self.open_on is not None and self.open_on != other.open_on:
            return False
        return not self._deadline_key() or self._deadline_key() == other._deadline_key()


NO_FACETS = FacetFilter(today=date(2000, 1, 1))  # no constraint (today only matters with a deadline)
# A new user (no saved filters) starts on the postings open today. FacetChoice() stays "no filter":
# what "Limpar filtros" goes back to (every posting) and what is_default() means.
NEW_USER_CHOICE = FacetChoice(deadline=DeadlineFilter.OPEN)


def starting_choice(saved: object) -> FacetChoice:
    """The filters a window starts with: the saved ones (see from_dict), else NEW_USER_CHOICE."""
    return NEW_USER_CHOICE if saved is None else FacetChoice.from_dict(saved)


def _strings(value: object) -> frozenset[str]:
    if isinstance(value, str):  # QSettings may hand back a one-element list as a plain string
        value = [value]
    if not isinstance(value, list | tuple | set | frozenset):
        return frozenset()
    return frozenset(v for v in value if isinstance(v, str) and v)


def _days(value: object) -> int:
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return SOON_DAYS
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return SOON_DAYS
    return min(max(int(value), WITHIN_MIN), WITHIN_MAX)


def _day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None
