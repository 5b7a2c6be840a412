"""Dates and deadline states in the search language: fecho<=7d, abertura>=01/03/2025, fecho:2025-03, estado:aberta."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vagas_desktop.core.date_terms import (
    DATE_FIELDS,
    STATE_ALIASES,
    STATE_FIELD,
    STATE_WORDS,
    canonical_state,
    state_spans,
)
from vagas_desktop.core.deadline import deadline_state
from vagas_desktop.core.library import Library
from vagas_desktop.core.messages import render
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.query import HINT_BAD_DATE, HINT_BAD_STATE, parse_query
from vagas_desktop.core.query_help import SEARCH_SYNTAX
from vagas_desktop.core.search import FacetFilter, SearchIndex
from vagas_desktop.core.user_filters import USER_QUALIFIERS

TODAY = date(2024, 2, 27)  # two days before a leap day


def _posting(row: int, opens: date | None, closes: date | None) -> Posting:
    return Posting(id=row, ref=f"R{row}", title=f"Vaga {row}", source_path=f"/v/{row}.md",
                   data_abertura=opens, data_fecho=closes)


def _day(text: str) -> date:
    return date.fromisoformat(text)


# (opening, closing): each posting named by its row
ROWS = [
    (_day("2024-02-01"), _day("2024-02-26")),  # 0 closed yesterday
    (_day("2024-02-01"), _day("2024-02-27")),  # 1 closes today
    (_day("2024-02-10"), _day("2024-02-29")),  # 2 closes on the leap day (in 2 days)
    (_day("2024-02-20"), _day("2024-03-05")),  # 3 closes today + 7
    (_day("2024-02-20"), _day("2024-03-06")),  # 4 closes today + 8
    (_day("2024-03-01"), _day("2024-03-31")),  # 5 opens later, closes at the month's end
    (None, _day("2024-04-30")),  # 6 no opening date
    (_day("2024-01-31"), None),  # 7 no closing date
    (None, None),  # 8 no dates at all
    (_day("2023-12-31"), _day("2024-01-01")),  # 9 year boundary
]


@pytest.fixture(scope="module")
def library() -> Library:
    postings = [_posting(i, o, c) for i, (o, c) in enumerate(ROWS)]
    return Library("/v", postings, [p.key for p in postings], len(postings))


def found(library: Library, text: str, today: date = TODAY) -> list[int]:
    query = parse_query(text, USER_QUALIFIERS)
    assert not query.hints, [h.text for h in query.hints]
    return library.search(query, today=today)


@pytest.mark.parametrize(("text", "rows"), [
    ("fecho<=2024-02-29", [0, 1, 2, 9]),  # closed postings included
    ("fecho<2024-02-29", [0, 1, 9]),
    ("fecho>2024-02-29", [3, 4, 5, 6]),
    ("fecho>=2024-02-29", [2, 3, 4, 5, 6]),
    ("fecho=2024-02-29", [2]),
    ("fecho:2024-02-29", [2]),
    ("fecho:29/02/2024", [2]),  # Portuguese day/month/year
    ("fecho<=29/2/2024", [0, 1, 2, 9]),
    ("abertura>=01/03/2024", [5]),
    ("abertura<01-03-2024", [0, 1, 2, 3, 4, 7, 9]),  # undated postings never match
    ("fecho:2024-02", [0, 1, 2]),  # a whole month, leap day included
    ("fecho:02/2024", [0, 1, 2]),
    ("fecho<=2024-02", [0, 1, 2, 9]),  # up to the month's last day
    ("fecho<2024-03", [0, 1, 2, 9]),  # before its first
    ("fecho>2024-02", [3, 4, 5, 6]),
    ("fecho>=2024-03", [3, 4, 5, 6]),
    ("fecho:2024-03", [3, 4, 5]),  # the 31st is in
    ("abertura:2023", [9]),
    ("fecho:2024", [0, 1, 2, 3, 4, 5, 6, 9]),
    ("abertura>2023", [0, 1, 2, 3, 4, 5, 7]),
    ("fecho<=7d", [0, 1, 2, 3, 9]),  # today + 7, closed included
    ("fecho>=0d fecho<=7d", [1, 2, 3]),  # the closing day itself counts
    ("estado:aberta fecho<=7d", [1, 2, 3]),
    ("fecho:0d", [1]),
    ("fecho:hoje", [1]),
    ("fecho=-1d", [0]),
    ("abertura>=-7d", [3, 4, 5]),  # today - 7 = 20/02
    ("fecho>+7d", [4, 5, 6]),
    ("fecho<=2dias", [0, 1, 2, 9]),
    ("-fecho<=7d", [4, 5, 6, 7, 8]),  # the complement: undated postings stay
    ("estado:aberta", [1, 2, 3, 4, 6]),  # open today: the "Abertas" radio's rows
    ("estado:abertas", [1, 2, 3, 4, 6]),
    ("estado:open", [1, 2, 3, 4, 6]),
    ("estado:a-fechar", [1, 2]),  # fewer than SOON_DAYS (7) days ahead, as the table: today included...
    ('estado:"a fechar"', [1, 2]),
    ("estado:closing", [1, 2]),
    ("estado:aberta -estado:a-fechar", [3, 4, 6]),  # ...today + 7 is plain open
    ("estado:fecha-hoje", [1]),
    ("estado:fechada", [0, 9]),
    ("estado:closed", [0, 9]),
    ("estado:a-abrir", [5]),
    ("estado:upcoming", [5]),
    ("-estado:fechada", [1, 2, 3, 4, 5, 6, 7, 8]),
    ("ESTADO:Aberta FECHO<=2024-03-05", [1, 2, 3]),
])  # fmt: skip
def test_every_date_form_and_boundary(library: Library, text: str, rows: list[int]) -> None:
    assert found(library, text) == rows


def test_relative_days_follow_the_day_given(library: Library) -> None:
    assert found(library, "fecho:0d", today=_day("2024-02-29")) == [2]
    assert found(library, "estado:fecha-hoje", today=_day("2024-02-29")) == [2]
    assert found(library, "estado:a-abrir", today=_day("2024-01-01")) == [0, 1, 2, 3, 4, 5, 7]
    # the same index, asked about another day, must not serve the first day's cached answer
    assert found(library, "fecho<=0d") == [0, 1, 9]
    assert found(library, "fecho<=0d", today=_day("2024-03-31")) == [0, 1, 2, 3, 4, 5, 9]


def test_month_ends_in_short_long_and_leap_years() -> None:
    postings = [_posting(i, None, date(y, m, calendar.monthrange(y, m)[1]))
                for i, (y, m) in enumerate([(2023, 2), (2024, 2), (2024, 4), (2024, 12), (1900, 2), (2000, 2)])]
    index = SearchIndex(postings)
    for row, posting in enumerate(postings):
        assert posting.data_fecho is not None
        month = f"{posting.data_fecho:%Y-%m}"
        assert index.search(parse_query(f"fecho:{month}"), today=TODAY) == [row]
        assert index.search(parse_query(f"fecho<={month}"), today=TODAY) == sorted(
            r for r, p in enumerate(postings) if p.data_fecho and p.data_fecho <= posting.data_fecho)


@pytest.mark.parametrize("text", [
    "fecho<=2025-02-29", "fecho:31/04/2025", "fecho:2025-13", "abertura>=", "fecho:", "fecho<=amanhã",
    "fecho<=99999999d", "abertura:0000", "fecho=<2025-01-01", "fecho:1/1/25",
])  # fmt: skip
def test_malformed_dates_hint_and_are_ignored(library: Library, text: str) -> None:
    query = parse_query(text)
    assert [h.code for h in query.hints] == [HINT_BAD_DATE]
    assert query.terms == ()
    assert library.search(query, today=TODAY) == list(range(len(ROWS)))  # ignored, not "nothing"
    assert text.split(":")[0].split("<")[0].split(">")[0].split("=")[0] in query.hints[0].text
    assert "filtro ignorado" in query.hints[0].render("pt")


@pytest.mark.parametrize("text", ["estado:xpto", "estado<=aberta", "estado:"])
def test_unknown_state_hints_and_is_ignored(text: str) -> None:
    query = parse_query(text)
    assert [h.code for h in query.hints] == [HINT_BAD_STATE]
    assert query.terms == ()
    assert "estado:a-fechar" in query.hints[0].render("pt")
    for word in ("open", "closing", "today", "closed", "upcoming"):  # the English hint's words are accepted
        assert f"estado:{word}" in query.hints[0].render("en") and canonical_state(word) is not None


def test_dates_mix_with_words_and_operators_stay_words_elsewhere(library: Library) -> None:
    assert found(library, "vaga fecho<=7d -ref:R0") == [1, 2, 3, 9]
    query = parse_query("a<b distrito<=lisboa")
    assert [(t.field, t.text) for t in query.terms] == [("", "a<b"), ("", "distrito<=lisboa")]
    assert parse_query("fecho<=7d").highlight_terms() == []  # nothing to highlight in the text


def test_hint_words_exist_in_both_languages() -> None:
    for code in (HINT_BAD_DATE, HINT_BAD_STATE):
        assert render("hint." + code, ("x",), "pt") != render("hint." + code, ("x",), "en")
        assert "hint." not in render("hint." + code, ("x",), "pt")


# -- property: the index agrees with a plain reference on random postings, days and terms ----------

_DAYS = st.dates(min_value=date(1996, 1, 1), max_value=date(2004, 12, 31))  # 2000 and 2004 leap years
_OPERATORS = ("<", "<=", ">", ">=", "=", ":")


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


@st.composite
def _date_terms(draw: st.DrawFn) -> tuple[str, str, str, str | date | int]:
    """(field, operator, form, value) for a date term and the text that types it."""
    field = draw(st.sampled_from(["fecho", "abertura"]))
    op = draw(st.sampled_from(_OPERATORS))
    form = draw(st.sampled_from(["iso", "pt", "month", "year", "days"]))
    if form == "days":
        return field, op, form, draw(st.integers(-400, 400))
    day = draw(st.one_of(_DAYS, _DAYS.map(_month_end), st.just(date(2000, 2, 29)), st.just(date(2004, 2, 29))))
    return field, op, form, day


def _typed(field: str, op: str, form: str, value: str | date | int) -> str:
    if isinstance(value, int):
        return f"{field}{op}{value}d"
    assert isinstance(value, date)
    shown = {"iso": value.isoformat(), "pt": f"{value:%d/%m/%Y}", "month": f"{value:%Y-%m}",
             "year": f"{value:%Y}"}[form]
    return f"{field}{op}{shown}"


def _reference(posting: Posting, field: str, op: str, form: str, value: str | date | int, today: date) -> bool:
    """Straight from the issue: compare the posting's date with the period typed, literally."""
    day = posting.data_fecho if field == "fecho" else posting.data_abertura
    if day is None:
        return False
    if isinstance(value, int):
        first = last = today + timedelta(days=value)
    else:
        assert isinstance(value, date)
        if form == "month":
            first, last = value.replace(day=1), _month_end(value)
        elif form == "year":
            first, last = date(value.year, 1, 1), date(value.year, 12, 31)
        else:
            first = last = value
    return {"<": day < first, "<=": day <= last, ">": day > last, ">=": day >= first}.get(op, first <= day <= last)


_STATES = {  # estado: word -> states as the table words them
    "aberta": lambda o, c, t: (o is None or o <= t) and c is not None and c >= t,
    "a-fechar": lambda o, c, t: (o is None or o <= t) and c is not None and 0 <= (c - t).days < 7,
    "fecha-hoje": lambda o, c, t: (o is None or o <= t) and c == t,
    "fechada": lambda o, c, t: c is not None and c < t,
    "a-abrir": lambda o, c, t: o is not None and o > t and (c is None or c >= t),
}

_POSTINGS = st.lists(st.tuples(st.one_of(st.none(), _DAYS), st.one_of(st.none(), _DAYS)), max_size=30)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_POSTINGS, _DAYS, st.lists(st.tuples(st.booleans(), _date_terms()), min_size=1, max_size=3),
       st.lists(st.tuples(st.booleans(), st.sampled_from(sorted(_STATES))), max_size=2))
def test_search_agrees_with_a_plain_reference(
    bounds: list[tuple[date | None, date | None]], today: date,
    terms: list[tuple[bool, tuple[str, str, str, str | date | int]]], states: list[tuple[bool, str]],
) -> None:
    postings = [_posting(i, o, c) for i, (o, c) in enumerate(bounds)]
    index = SearchIndex(postings)
    text = " ".join([("-" if neg else "") + _typed(*term) for neg, term in terms]
                    + [("-" if neg else "") + f"estado:{word}" for neg, word in states])
    query = parse_query(text)
    assert not query.hints, (text, [h.text for h in query.hints])
    expected = [
        row for row, p in enumerate(postings)
        if all(_reference(p, *term, today) != neg for neg, term in terms)
        and all(_STATES[word](p.data_abertura, p.data_fecho, today) != neg for neg, word in states)
    ]
    assert index.search(query, today=today) == expected, text
    assert index.search(query, FacetFilter(today=today)) == expected  # today from the facets, cached or not
    # the same words on another day: nothing from the first day's cache leaks in
    later = today + timedelta(days=3)
    assert index.search(query, today=later) == [
        row for row, p in enumerate(postings)
        if all(_reference(p, *term, later) != neg for neg, term in terms)
        and all(_STATES[word](p.data_abertura, p.data_fecho, later) != neg for neg, word in states)
    ]


@given(st.text(alphabet="fechoabrtuesd:<>=0123456789-/. +\"", max_size=30), _DAYS)
def test_any_text_parses_and_searches_without_raising(text: str, today: date) -> None:
    index = SearchIndex([_posting(0, date(2000, 2, 29), date(9999, 12, 31)), _posting(1, date(1, 1, 1), None)])
    query = parse_query(text)
    index.search(query, today=today)
    index.search(query, today=date.max)
    index.search(query, today=date.min)


def test_help_lists_every_state_word_and_every_date_form_parses() -> None:
    rows = [row for row in SEARCH_SYNTAX if row.qualifier == STATE_FIELD]
    listed = {v for row in rows for v in (*row.values, row.example.partition(":")[2])}
    assert listed == set(STATE_WORDS) | set(STATE_ALIASES)
    for word in listed:
        assert canonical_state(word) is not None
    examples = {row.example for row in SEARCH_SYNTAX if row.qualifier in DATE_FIELDS}
    assert {"fecho<=2025-03-31", "abertura>=01/03/2025", "fecho:2025-03", "abertura:2024"} <= examples


@given(st.one_of(st.none(), _DAYS), st.one_of(st.none(), _DAYS), _DAYS, st.sampled_from(sorted(STATE_WORDS)))
def test_state_spans_agree_with_the_tables_deadline_state(
    opens: date | None, closes: date | None, today: date, word: str
) -> None:
    closing, opening = state_spans(word, today)

    def passes(day: date | None, span: tuple[date, date, bool]) -> bool:
        return span[2] if day is None else span[0] <= day <= span[1]

    in_state = deadline_state(closes, today, opens=opens) in STATE_WORDS[word]
    assert (passes(closes, closing) and passes(opens, opening)) == in_state
