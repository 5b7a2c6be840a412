"""Portuguese national holidays and working-day arithmetic (for calendar reminders).

The national list (Código do Trabalho, art. 234.º): 1 Jan, Good Friday, Easter Sunday, 25 Apr,
1 May, Corpus Christi, 10 Jun, 15 Aug, 5 Oct, 1 Nov, 1 Dec, 8 Dec, 25 Dec. Carnival (Easter−47)
and municipal holidays are optional, granted place by place, so they are left out: a reminder on
Carnival Tuesday is early, never late.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

__all__ = ["easter", "is_holiday", "is_working_day", "national_holidays", "working_days_before"]

_FIXED = ((1, 1), (4, 25), (5, 1), (6, 10), (8, 15), (10, 5), (11, 1), (12, 1), (12, 8), (12, 25))


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=64)
def national_holidays(year: int) -> frozenset[date]:
    """The national holidays of a year, the movable ones computed from Easter."""
    sunday = easter(year)
    # Sexta-feira Santa, Páscoa, Corpo de Deus
    movable = (sunday - timedelta(days=2), sunday, sunday + timedelta(days=60))
    return frozenset([date(year, m, d) for m, d in _FIXED] + list(movable))


def is_holiday(day: date) -> bool:
    return day in national_holidays(day.year)


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a national holiday."""
    return day.weekday() < 5 and not is_holiday(day)


def working_days_before(day: date, n: int) -> date:
    """The n-th working day before day (n=0: day itself), skipping weekends and national holidays."""
    found = day
    for _ in range(max(n, 0)):
        found -= timedelta(days=1)
        while not is_working_day(found):
            found -= timedelta(days=1)
    return found
