"""Deadline states and filters against a plain reference over random dates, and the cell words."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from vagas_desktop.core.columns import days_cell
from vagas_desktop.core.deadline import SOON_DAYS, DeadlineState, deadline_state
from vagas_desktop.core.facets import NEW_USER_CHOICE, DeadlineFilter, FacetChoice, starting_choice
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.search import FacetFilter, SearchIndex

TODAY = date(2025, 3, 15)
DAYS = st.one_of(st.none(), st.integers(-40, 40).map(lambda n: TODAY + timedelta(days=n)))


def reference_state(opens: date | None, closes: date | None, today: date) -> DeadlineState:
    """The states as a user reads them, written plainly."""
    if closes is not None and closes < today:
        return DeadlineState.CLOSED  # over, whatever the opening date says
    if opens is not None and today < opens:
        return DeadlineState.UPCOMING  # not accepting applications yet
    if closes is None:
        return DeadlineState.UNKNOWN
    if closes == today:
        return DeadlineState.TODAY
    if closes <= today + timedelta(days=SOON_DAYS - 1):
        return DeadlineState.SOON
    return DeadlineState.OPEN


def reference_keeps(mode: DeadlineFilter, opens: date | None, closes: date | None, today: date,
                    within: int) -> bool:
    if mode is DeadlineFilter.ALL:
        return True
    if mode is DeadlineFilter.OPEN:  # applications accepted today, with a known closing date
        return closes is not None and (opens is None or opens <= today) and today <= closes
    if mode is DeadlineFilter.UPCOMING:
        return opens is not None and today < opens and (closes is None or today <= closes)
    if mode is DeadlineFilter.CLOSED:
        return closes is not None and closes < today
    return closes is not None and today <= closes < today + timedelta(days=within)  # closing within N days


@given(opens=DAYS, closes=DAYS)
def test_state_matches_the_reference(opens: date | None, closes: date | None) -> None:
    assert deadline_state(closes, TODAY, opens=opens) is reference_state(opens, closes, TODAY)


@given(bounds=st.lists(st.tuples(DAYS, DAYS), min_size=1, max_size=30), within=st.integers(1, 20),
       mode=st.sampled_from(list(DeadlineFilter)))
def test_deadline_filter_matches_the_reference(bounds: list[tuple[date | None, date | None]], within: int,
                                               mode: DeadlineFilter) -> None:
    postings = [Posting(ref=f"OE/{i}", source_path=f"/v/{i}.md", data_abertura=o, data_fecho=c)
                for i, (o, c) in enumerate(bounds)]
    index = SearchIndex(postings)
    got = index.search("", FacetFilter(deadline=mode, within_days=within, today=TODAY))
    assert got == [i for i, (o, c) in enumerate(bounds) if reference_keeps(mode, o, c, TODAY, within)]


def test_upcoming_is_its_own_state_and_words() -> None:
    assert days_cell(date(2025, 4, 30), TODAY, date(2025, 3, 16)) == "abre amanhã"
    assert days_cell(date(2025, 4, 30), TODAY, date(2025, 3, 20)) == "abre em 5 dias"
    assert days_cell(date(2025, 4, 30), TODAY, date(2025, 3, 15)) == "47"  # opens today: open
    assert days_cell(date(2025, 3, 14), TODAY, date(2025, 3, 20)) == "fechada"  # bad dates: closed wins
    assert days_cell(None, TODAY, date(2025, 3, 20)) == "abre em 5 dias"


def test_a_new_user_starts_on_open_postings_and_clearing_shows_everything() -> None:
    assert starting_choice(None) == NEW_USER_CHOICE
    assert NEW_USER_CHOICE.deadline is DeadlineFilter.OPEN and not NEW_USER_CHOICE.is_default()
    assert starting_choice(FacetChoice().to_dict()) == FacetChoice()  # a saved "Todas" stays "Todas"
    assert FacetChoice.from_dict({"deadline": "upcoming"}).deadline is DeadlineFilter.UPCOMING


@given(closing=st.lists(DAYS, min_size=1, max_size=30), descending=st.booleans())
def test_the_deadline_order_matches_the_reference(closing: list[date | None], descending: bool) -> None:
    """Open postings by days left (either way), then the closed ones, then those with no date; ties by row."""
    postings = [Posting(ref=f"OE/{i}", source_path=f"/v/{i}.md", data_fecho=c) for i, c in enumerate(closing)]

    def tier(row: int) -> tuple[int, int, int]:
        day = closing[row]
        if day is None:
            return (2, 0, row)
        if day < TODAY:
            return (1, 0, row)
        left = (day - TODAY).days
        return (0, -left if descending else left, row)

    got = SearchIndex(postings).sort(range(len(postings)), "days_left", descending, today=TODAY)
    assert got == sorted(range(len(postings)), key=tier)
