"""Deadline arithmetic: days left and the state of a posting relative to a day."""

from __future__ import annotations

import enum
from datetime import date

SOON_DAYS = 7


class DeadlineState(enum.Enum):
    """Where a posting stands on a given day."""

    UNKNOWN = "unknown"  # no DataFecho (and not upcoming)
    UPCOMING = "upcoming"  # DataAbertura after the day: "a abrir", not yet accepting applications
    OPEN = "open"
    SOON = "soon"  # closes within SOON_DAYS days (but not today)
    TODAY = "today"  # closes today
    CLOSED = "closed"


def days_left(data_fecho: date | None, today: date) -> int | None:
    """Calendar days left to apply, counting the closing day: 1 on the closing day, 0 after."""
    if data_fecho is None:
        return None
    return max((data_fecho - today).days + 1, 0)


def days_to_open(data_abertura: date | None, today: date) -> int | None:
    """Days until an upcoming posting opens (1: tomorrow); None when it is not upcoming."""
    if data_abertura is None or data_abertura <= today:
        return None
    return (data_abertura - today).days


def deadline_state(data_fecho: date | None, today: date, *, opens: date | None = None,
                   soon_days: int = SOON_DAYS) -> DeadlineState:
    """Classify a posting (closing date, and its opening date when given) relative to today.

    Closed wins over upcoming (a closing date already past, whatever the opening date says); an
    upcoming posting is never open, soon or "today" before it opens.
    """
    delta = None if data_fecho is None else (data_fecho - today).days
    if delta is not None and delta < 0:
        return DeadlineState.CLOSED
    if opens is not None and opens > today:
        return DeadlineState.UPCOMING
    if delta is None:
        return DeadlineState.UNKNOWN
    if delta == 0:
        return DeadlineState.TODAY
    if delta < soon_days:
        return DeadlineState.SOON
    return DeadlineState.OPEN


def is_open_on(data_abertura: date | None, data_fecho: date | None, day: date) -> bool:
    """True when the posting accepts applications on day (missing bounds are open-ended)."""
    if data_abertura is not None and day < data_abertura:
        return False
    return not (data_fecho is not None and day > data_fecho)
