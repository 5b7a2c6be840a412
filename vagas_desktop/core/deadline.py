"""Deadline arithmetic: days left and the state of a posting relative to a day."""

from __future__ import annotations

import enum
from datetime import date

SOON_DAYS = 7


class DeadlineState(enum.Enum):
    """Where a posting stands on a given day."""

    UNKNOWN = "unknown"  # no DataFecho
    OPEN = "open"
    SOON = "soon"  # closes within SOON_DAYS days (but not today)
    TODAY = "today"  # closes today
    CLOSED = "closed"


def days_left(data_fecho: date | None, today: date) -> int | None:
    """Calendar days left to apply, counting the closing day: 1 on the closing day, 0 after."""
    if data_fecho is None:
        return None
    return max((data_fecho - today).days + 1, 0)


def deadline_state(data_fecho: date | None, today: date, soon_days: int = SOON_DAYS) -> DeadlineState:
    """Classify a closing date relative to today."""
    if data_fecho is None:
        return DeadlineState.UNKNOWN
    delta = (data_fecho - today).days
    if delta < 0:
        return DeadlineState.CLOSED
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
