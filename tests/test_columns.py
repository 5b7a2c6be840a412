"""The column registry: every column it declares reaches the table, sorting, export and the CLI record."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from vagas_desktop.core import columns
from vagas_desktop.core.columns import COLUMNS, ColumnContext, SortKind, record_columns, uses_collation
from vagas_desktop.core.export import COLUMNS as EXPORT_COLUMNS
from vagas_desktop.core.export import export, parse_columns
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.search import SearchIndex
from vagas_desktop.core.userdata_schema import Status
from vagas_desktop.gui.html_render import countdown
from vagas_desktop.gui.language import install_translators
from vagas_desktop.gui.main_window import MainWindow

from .conftest import SAMPLE_POSTS

TODAY = date(2025, 3, 15)
TABLE = [c for c in COLUMNS if c.table]
# The scan record's keys, in the order the README documents them.
README_RECORD = ["id", "ref", "title", "trabalho", "empregador", "concelho", "distrito", "codigo_postal",
                 "data_abertura", "data_fecho", "source_path", "sections", "extra"]
POSTINGS = [
    Posting(id=30, ref="OE2/0002", title="Técnico", trabalho="Técnico Superior", empregador="Câmara de Évora",
            concelho="Évora", distrito="Évora", codigo_postal="7000-001", data_abertura=date(2025, 3, 1),
            data_fecho=date(2025, 3, 20), descricao="Funções: apoiar; gerir.", extra={"Vagas": "2"}),
    Posting(ref="oe1/0001", title="Assistente", trabalho="Assistente Operacional", empregador="Escola de Beja",
            concelho="Beja", distrito="Beja", codigo_postal="7800-100", data_abertura=date(2025, 2, 1),
            data_fecho=date(2025, 3, 10)),
    Posting(id=7, ref="OE3/0100", title="Enfermeiro", trabalho="Enfermeiro", empregador="Hospital de Faro",
            concelho="Faro", distrito="Faro", data_abertura=date(2025, 3, 10), data_fecho=TODAY),
    Posting(title="Sem nada"),
]


def test_keys_are_unique_and_stable() -> None:
    keys = [c.key for c in COLUMNS]
    assert len(keys) == len(set(keys))
    assert [c.key for c in TABLE] == ["star", "ref", "title", "id", "trabalho", "empregador", "concelho",
                                      "distrito", "codigo_postal", "data_abertura", "data_fecho", "days_left",
                                      "status"]
    assert columns.FACET_FIELDS == ("distrito", "concelho", "trabalho", "empregador")
    assert columns.bep_url(5) == "https://www.bep.gov.pt/pages/oferta/Oferta_Detalhes.aspx?CodOferta=5"
    assert columns.bep_url(None) is None


@pytest.mark.parametrize("spec", TABLE, ids=lambda c: c.key)
def test_every_table_column_shows_in_the_header_and_sorts(qtbot, tmp_path: Path, spec: columns.ColumnDef) -> None:
    from .conftest import open_window

    win = open_window(qtbot, tmp_path)
    model = win.model
    position = model.column_of(spec.key)
    assert position == TABLE.index(spec)
    header = model.headerData(position, Qt.Orientation.Horizontal)
    assert header == QCoreApplication.translate("Columns", spec.header) and header
    assert win.table.isColumnHidden(position) is not spec.shown  # the registry's default visibility
    size = win.table.horizontalHeader().sectionSize(position)
    if spec.whole:  # sized to its header and text, the registry's width at least
        assert size >= spec.width
    elif spec.sort is SortKind.TEXT and spec.shown:  # shares what is left: never below its header's words
        assert size >= win.table.fontMetrics().horizontalAdvance(header)
    elif spec.width:
        assert size == spec.width
    if spec.sort is SortKind.USER:  # ranked from the user's data: bookmark one posting first
        win.table.selectRow(5)
        win.tracking_actions.set_status(Status.ENTREVISTA)  # a status bookmarks it too
    marked = model.posting_at(5)
    before = [model.posting_at(r) for r in range(model.rowCount())]
    win.table.sortByColumn(position, Qt.SortOrder.AscendingOrder)
    after = [model.posting_at(r) for r in range(model.rowCount())]
    assert sorted(map(id, after)) == sorted(map(id, before))  # the same rows, reordered
    if spec.sort is SortKind.USER:
        assert after[0] is marked  # bookmarked, with a status: before the rest
    else:
        ctx = ColumnContext(TODAY)
        values = [spec.value(p, ctx) for p in after if p is not None]
        present = [v for v in values if v not in (None, "")]
        assert values[: len(present)] == present  # missing values last
    assert win.table.horizontalHeader().sortIndicatorSection() == position
    assert win.table.column_state()["sort"] == [spec.key, 0]  # saved by key


@pytest.mark.parametrize("spec", [c for c in COLUMNS if c.sort not in (SortKind.USER, SortKind.NONE)],
                         ids=lambda c: c.key)
def test_core_sorted_columns_sort_by_value_missing_last(spec: columns.ColumnDef) -> None:
    index = SearchIndex(POSTINGS)
    ctx = ColumnContext(today=TODAY)
    rows = index.sort(range(len(POSTINGS)), spec.key, today=TODAY)
    values = [spec.value(POSTINGS[r], ctx) for r in rows]
    present = [v for v in values if v not in (None, "")]
    assert values[: len(present)] == present  # missing values last
    if spec.sort is SortKind.DAYS:  # closed (0 days left) after the open ones, before the missing
        open_days = [v for v in present if v]
        assert present == sorted(open_days) + [0] * (len(present) - len(open_days))
    elif spec.sort in (SortKind.TEXT, SortKind.CODE):
        from vagas_desktop.core.textfold import fold

        assert present == sorted(present, key=lambda v: fold(str(v)))
    else:
        assert present == sorted(present)
    assert uses_collation(spec.key) is (spec.sort is SortKind.TEXT)


def test_collation_is_for_text_only() -> None:
    assert [k for k in ("ref", "title", "trabalho", "data_fecho", "days_left", "id", "codigo_postal")
            if uses_collation(k)] == ["title", "trabalho"]
    assert uses_collation("extra:Vagas") and not uses_collation("nope")


def test_exportable_columns_are_the_export_keys_with_their_headers(tmp_path: Path) -> None:
    marked = [c for c in COLUMNS if c.export]
    assert list(EXPORT_COLUMNS) == [c.key for c in marked]
    assert parse_columns(",".join(c.key for c in marked)) == marked
    for unmarked in (c for c in COLUMNS if not c.export):
        with pytest.raises(ValueError, match="Coluna desconhecida"):
            parse_columns(unmarked.key)
    out = tmp_path / "all.csv"
    ctx = ColumnContext(TODAY, status_of=lambda p: "Interessado", note_of=lambda p: "nota",
                        profile_of=lambda p: p.descricao)
    export(POSTINGS, out, "csv", marked, ctx)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [c.header for c in marked]
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Ref"] == "OE2/0002" and first["Dias"] == "6" and first["Estado"] == "Interessado"
    assert first["Ligação BEP"].endswith("CodOferta=30") and first["Fecho"] == "2025-03-20"


def test_the_profile_comes_through_the_context() -> None:
    ctx = ColumnContext(TODAY, profile_of=lambda p: "Funções: ler; escrever.")
    assert EXPORT_COLUMNS["descricao"].value(POSTINGS[1], ctx) == "Funções: ler; escrever."
    assert "escrever" in str(EXPORT_COLUMNS["profile"].value(POSTINGS[1], ctx))


def test_record_columns_are_the_readme_keys_and_the_cli_writes_them(tmp_path: Path) -> None:
    assert [c.key for c in record_columns()] == README_RECORD
    out = tmp_path / "r.jsonl"
    proc = subprocess.run([sys.executable, "-m", "vagas_desktop", "scan", str(SAMPLE_POSTS), "--records", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert list(first) == README_RECORD
    assert not Path(first["source_path"]).is_absolute()


def test_cli_columns_accept_every_export_key(tmp_path: Path) -> None:
    keys = ",".join(c.key for c in COLUMNS if c.export)
    out = tmp_path / "all.csv"
    proc = subprocess.run([sys.executable, "-m", "vagas_desktop", "export", str(SAMPLE_POSTS), "-o", str(out),
                           "--format", "csv", "--columns", keys, "--today", "2025-03-15"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    with out.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == [c.header for c in COLUMNS if c.export]


def test_one_countdown_wording_and_the_short_days_cell(qapp) -> None:
    assert countdown(date(2025, 3, 14), TODAY).text == "fechou há 1 dia"
    assert countdown(date(2025, 3, 5), TODAY).text == "fechou há 10 dias"
    assert countdown(date(2025, 3, 20), TODAY).text == "faltam 6 dias"
    assert countdown(TODAY, TODAY).text == "fecha hoje" == columns.days_cell(TODAY, TODAY)
    assert countdown(None, TODAY).text == "sem data de fecho"
    assert [columns.days_cell(d, TODAY) for d in (date(2025, 3, 20), date(2025, 3, 1), None)] == ["6", "fechada", "—"]


def test_headers_and_words_in_english(qtbot, qapp, tmp_path: Path) -> None:
    translators = install_translators(qapp, "en")
    try:
        win = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), today=TODAY)
        qtbot.addWidget(win)
        headers = [win.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(TABLE))]
        assert headers == ["★", "Ref", "Title", "ID", "Job", "Employer", "Municipality", "District", "Postal code",
                           "Opens", "Closes", "Days", "Status"]
        assert countdown(date(2025, 3, 5), TODAY).text == "closed 10 days ago"
        assert countdown(date(2025, 3, 20), TODAY).text == "6 days left"
        assert QCoreApplication.translate("Columns", columns.days_cell(date(2025, 3, 1), TODAY)) == "closed"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
