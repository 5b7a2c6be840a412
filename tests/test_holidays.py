"""Portuguese national holidays and working days: Easter checked against dateutil and known dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vagas_desktop.core.holidays import easter, is_working_day, national_holidays, working_days_before

KNOWN_EASTERS = [date(2000, 4, 23), date(2019, 4, 21), date(2024, 3, 31), date(2025, 4, 20), date(2026, 4, 5),
                 date(2038, 4, 25), date(2285, 3, 22)]  # 2285: the earliest possible, 22 March


@pytest.mark.parametrize("day", KNOWN_EASTERS)
def test_known_easter_sundays(day: date) -> None:
    assert easter(day.year) == day


@given(st.integers(min_value=1583, max_value=4099))
def test_easter_matches_dateutil(year: int) -> None:
    dateutil_easter = pytest.importorskip("dateutil.easter")
    assert easter(year) == dateutil_easter.easter(year)


def test_the_2025_list() -> None:
    assert sorted(national_holidays(2025)) == [
        date(2025, 1, 1), date(2025, 4, 18), date(2025, 4, 20), date(2025, 4, 25), date(2025, 5, 1),
        date(2025, 6, 10), date(2025, 6, 19), date(2025, 8, 15), date(2025, 10, 5), date(2025, 11, 1),
        date(2025, 12, 1), date(2025, 12, 8), date(2025, 12, 25),
    ]
    assert date(2025, 3, 4) not in national_holidays(2025)  # Carnival is not a national holiday


def test_working_days_skip_weekends_and_holidays() -> None:
    # The Monday after Easter 2025 (21 Apr): 3 working days back skips the weekend, Easter Sunday
    # and Good Friday (18 Apr) -> Tue 15, Wed 16, Thu 17.
    assert working_days_before(date(2025, 4, 21), 3) == date(2025, 4, 15)
    assert working_days_before(date(2025, 4, 21), 1) == date(2025, 4, 17)
    # Corpus Christi 2025 (Thu 19 Jun) and 10 June (Tue) both skipped from Mon 23 Jun.
    assert working_days_before(date(2025, 6, 23), 3) == date(2025, 6, 17)
    # Over New Year: 2 Jan 2026 (Fri) back 2 -> 30 Dec (25 Dec, 1 Jan and the weekend skipped).
    assert working_days_before(date(2026, 1, 2), 2) == date(2025, 12, 30)
    assert working_days_before(date(2025, 4, 21), 0) == date(2025, 4, 21)
    assert not is_working_day(date(2025, 4, 18)) and is_working_day(date(2025, 4, 17))


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)), st.integers(0, 30))
def test_working_days_before_counts_exactly_n_working_days(day: date, n: int) -> None:
    found = working_days_before(day, n)
    if n == 0:
        assert found == day
        return
    assert found < day and is_working_day(found)
    between = [date.fromordinal(o) for o in range(found.toordinal() + 1, day.toordinal())]
    assert sum(map(is_working_day, between)) == n - 1
