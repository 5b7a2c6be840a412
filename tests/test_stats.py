"""Statistics (core.stats and `vagas-desktop stats`): the counts agree with the postings themselves."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from vagas_desktop.cli import run as cli_run
from vagas_desktop.core.library import Library
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.query import parse_query
from vagas_desktop.core.scan import scan
from vagas_desktop.core.shortlists import UserStore
from vagas_desktop.core.stats import DISTRITOS, WEEKS, RowKind, StatBy, count
from vagas_desktop.core.userdata_schema import Status

from .conftest import SAMPLE_POSTS

TODAY = date(2025, 3, 15)


@pytest.fixture(scope="module")
def samples() -> Library:
    result = scan(str(SAMPLE_POSTS), use_cache=False)
    return Library.build(result.folder, result.postings, {})


def library_of(*postings: Posting) -> Library:
    return Library.build("/vagas", list(postings), {})


def by_key(table) -> dict[str, int]:
    return {r.key: r.count for r in table.rows if r.kind is RowKind.VALUE}


def test_every_kind_counts_each_posting_once(samples: Library) -> None:
    rows = list(range(len(samples)))
    for by in StatBy:
        table = count(samples, rows, by, TODAY)
        assert table.total == len(samples) == 56
        assert sum(r.count for r in table.rows) == table.total, by
        assert sum(table.share(r) for r in table.rows) == pytest.approx(1.0)


def test_facet_counts_match_the_postings_and_follow_a_query(samples: Library) -> None:
    lisboa = samples.search(parse_query("distrito:lisboa"))
    for field in ("distrito", "concelho", "trabalho", "empregador"):
        expected = Counter(getattr(samples.postings[r], field) for r in lisboa)
        assert by_key(count(samples, lisboa, field, TODAY)) == {k: v for k, v in expected.items() if v} | (
            {d: 0 for d in DISTRITOS if d != "Lisboa"} if field == "distrito" else {})


def test_all_twenty_distritos_sorted_by_count_then_strays_then_no_distrito() -> None:
    lib = library_of(Posting(distrito="Lisboa"), Posting(distrito="lisboa"), Posting(distrito="Porto"),
                     Posting(distrito="Açores"), Posting(distrito="Atlântida"), Posting(distrito="Atlântida"),
                     Posting(distrito=""))
    table = count(lib, range(len(lib)), StatBy.DISTRITO, TODAY)
    keys = [r.key for r in table.rows]
    assert keys[:3] == ["Lisboa", "Porto", "Região Autónoma dos Açores"]
    assert set(keys[:20]) == set(DISTRITOS) and [r.count for r in table.rows[3:20]] == [0] * 17
    assert (keys[20], table.rows[20].count) == ("Atlântida", 2)  # dirty data: after the 20
    assert table.rows[-1].kind is RowKind.EMPTY and table.rows[-1].count == 1
    assert table.rows[0].values == {"Lisboa", "lisboa"}  # a click filters by both spellings
    assert table.rows[2].values == {"Açores"}
    assert table.rows[5].values == {table.rows[5].key}  # an empty bar still names its distrito


def test_weeks_ahead_closed_later_and_no_date() -> None:
    days = [-1, -30, 0, 6, 7, 13, 7 * WEEKS - 1, 7 * WEEKS]
    lib = library_of(*(Posting(data_fecho=TODAY + timedelta(days=d)) for d in days), Posting())
    table = count(lib, range(len(lib)), StatBy.FECHO_SEMANA, TODAY)
    kinds = [r.kind for r in table.rows]
    assert kinds == [RowKind.CLOSED, *[RowKind.WEEK] * WEEKS, RowKind.LATER, RowKind.EMPTY]
    assert [r.count for r in table.rows] == [2, 2, 2, 0, 0, 0, 0, 0, 1, 1, 1]
    first = table.rows[1]
    assert (first.start, first.end, first.key) == (TODAY, TODAY + timedelta(days=6), "2025-03-15/2025-03-21")
    assert first.label("pt") == "15/03–21/03" and table.rows[0].label("en") == "already closed"


def test_months_span_the_whole_folder_whatever_the_filter() -> None:
    opened = [date(2023, 11, 5), date(2024, 2, 1), date(2024, 2, 20), date(2024, 3, 1)]
    lib = library_of(*(Posting(data_abertura=d) for d in opened))
    table = count(lib, [1, 2], StatBy.ABERTURA_MES, TODAY)  # only February in view
    assert [r.key for r in table.rows] == ["2023-11", "2023-12", "2024-01", "2024-02", "2024-03"]
    assert [r.count for r in table.rows] == [0, 0, 0, 2, 0]


def test_top_values_then_the_rest_as_outros() -> None:
    names = ["A"] * 5 + ["B"] * 3 + ["C"] * 2 + ["D"] + ["E"]
    lib = library_of(*(Posting(empregador=n) for n in names))
    table = count(lib, range(len(lib)), StatBy.EMPREGADOR, TODAY, top=2)
    assert [(r.key, r.count) for r in table.rows[:2]] == [("A", 5), ("B", 3)]
    others = table.rows[2]
    assert others.kind is RowKind.OTHERS and others.count == 4 and others.values == {"C", "D", "E"}
    assert others.label("pt") == "outros (3)"


def test_statuses_of_the_postings_in_view(tmp_path: Path, samples: Library) -> None:
    store = UserStore.open(tmp_path / "data")
    postings = samples.postings
    store.set_status(postings[:3], Status.CANDIDATURA_ENVIADA)
    store.set_status(postings[3:4], Status.ENTREVISTA)
    table = count(samples, [0, 1, 3, 9], StatBy.ESTADO, TODAY, store=store)
    counts = {r.key: r.count for r in table.rows}
    assert counts["candidatura_enviada"] == 2 and counts["entrevista"] == 1 and counts[""] == 1
    assert [r.key for r in table.rows[:-1]] == [s.value for s in Status]
    assert table.rows[1].label("en") == "Application sent"


def test_tsv_for_a_spreadsheet(samples: Library) -> None:
    lisboa = samples.search(parse_query("distrito:lisboa"))
    text = count(samples, lisboa, StatBy.TRABALHO, TODAY).tsv("pt")
    lines = [line.split("\t") for line in text.splitlines()]
    assert lines[0] == ["Vagas por trabalho", "vagas", "%"]
    assert sum(int(cells[1]) for cells in lines[1:]) == len(lisboa)


# -- the CLI --------------------------------------------------------------------------------------------
def stats(capsys, *args: str) -> str:
    assert cli_run(["stats", str(SAMPLE_POSTS), "--today", "2025-03-15", "--no-cache", *args]) == 0
    return capsys.readouterr().out


def test_cli_csv_is_plain_and_matches_the_postings(capsys, samples: Library) -> None:
    rows = list(csv.reader(io.StringIO(stats(capsys, "--by", "distrito", "--format", "csv"))))
    assert rows[0] == ["distrito", "count", "share"]
    expected = Counter(p.distrito for p in samples.postings)
    assert {r[0]: int(r[1]) for r in rows[1:]} == dict(expected)  # every value, none with 0, no total
    assert [int(r[1]) for r in rows[1:]] == sorted((int(r[1]) for r in rows[1:]), reverse=True)


def test_cli_query_top_and_json(capsys, samples: Library) -> None:
    data = json.loads(stats(capsys, "--by", "trabalho", "--query", "distrito:lisboa", "--format", "json"))
    lisboa = [p for p in samples.postings if p.distrito == "Lisboa"]
    assert data["total"] == len(lisboa) and data["by"] == "trabalho"
    assert {r["value"]: r["count"] for r in data["rows"]} == dict(Counter(p.trabalho for p in lisboa))
    rows = list(csv.reader(io.StringIO(stats(capsys, "--by", "empregador", "--top", "3", "--format", "csv"))))
    assert len(rows) == 1 + 3 + 1 and sum(int(r[1]) for r in rows[1:]) == 56


def test_cli_text_weeks_in_english(capsys, english_cli) -> None:
    out = stats(capsys, "--by", "fecho-semana")
    lines = out.splitlines()
    assert lines[0] == "Deadlines: closing per week"
    assert lines[1].split()[:3] == ["already", "closed", "12"]  # 12 closed on 15 March (README)
    assert lines[-1].split() == ["total", "56"]


def test_cli_shortlist_statuses(capsys, tmp_path: Path, samples: Library) -> None:
    store = UserStore.open(tmp_path / "data")
    client = store.create_list("Cliente Ana")
    store.add_to_list(client.id, samples.postings[:5])
    store.set_status(samples.postings[:2], Status.INTERESSADO)
    out = stats(capsys, "--by", "estado", "--shortlist", "Cliente Ana", "--data-dir", str(tmp_path / "data"),
                "--format", "csv")
    assert list(csv.reader(io.StringIO(out)))[1:] == [["interessado", "2", "0.4000"], ["sem estado", "3", "0.6000"]]


def test_the_command_runs_from_the_entry_point(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "vagas_desktop", "stats", str(SAMPLE_POSTS), "--by", "concelho",
                           "--format", "csv", "--top", "2"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "concelho,count,share"
    bad = subprocess.run([sys.executable, "-m", "vagas_desktop", "stats", str(tmp_path / "nada")],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "nada" in bad.stderr
