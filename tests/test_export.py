"""CSV and XLSX export: round trips, formula neutralising, no overwrite, no half files, clear errors."""

from __future__ import annotations

import csv
import errno
import os
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from vagas_desktop.core.export import (
    COLUMNS,
    ExportCancelled,
    ExportContext,
    ExportError,
    default_columns,
    export,
    extra_column,
    parse_columns,
)
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.profile import parse_profile
from vagas_desktop.core.scan import scan
from vagas_desktop.core.texts import profile_of

from .conftest import SAMPLE_POSTS

TODAY = date(2025, 3, 15)
NOTE = 'Linha 1; com ponto e vírgula, vírgula e "aspas"\nLinha 2: ligar à Dra. Conceição'
TRICKY = [
    Posting(
        id=900001,
        ref="OE202503/9001",
        title="=1+1",
        trabalho="Técnico Superior; Área Jurídica, Contencioso",
        empregador='Câmara Municipal de Évora "CME"',
        descricao="- Assegurar o expediente  - Elaborar pareceres jurídicos",
        concelho="Évora",
        distrito="Évora",
        codigo_postal="7000-000 ÉVORA",
        data_abertura=date(2025, 3, 1),
        data_fecho=date(2025, 3, 20),
        extra={"Vagas": "+3", "Observacoes": "@SUM(A1)", "Link": "\tcmd"},
        source_path="/tmp/x/a.md",
    ),
    Posting(ref="OE202503/9002", title="-2+3", empregador="\rCR no início", concelho="Ílhavo"),
    Posting(ref="OE202503/9003", title="Sem datas", empregador="#N/A", trabalho="Enfermeiro\r\nde família"),
]
NOTES = {"OE202503/9001": NOTE, "OE202503/9002": '=HYPERLINK("http://x")'}
STATUS = {"OE202503/9001": "Candidatura enviada"}
CTX = ExportContext(TODAY, lambda p: STATUS.get(p.ref, ""), lambda p: NOTES.get(p.ref, ""))
ALL_COLUMNS = [*COLUMNS.values(), extra_column("Vagas"), extra_column("Observacoes"), extra_column("Link")]
PRESETS = {"csv-excel-pt": ("utf-8-sig", ";", b"\r\n"), "csv": ("utf-8", ",", b"\n")}


def spreadsheet_text(value: str) -> str:
    """What a cell must hold for a text value: formula starts get a "'", line breaks become "\n"."""
    text = "'" + value if value.startswith(("=", "+", "-", "@", "\t", "\r")) else value
    return text.replace("\r\n", "\n").replace("\r", "\n")


def expected_csv_row(posting: Posting) -> list[str]:
    """The CSV row of a posting, computed independently of the exporter."""
    left = None if posting.data_fecho is None else max((posting.data_fecho - TODAY).days + 1, 0)
    link = (
        "" if posting.id is None else f"https://www.bep.gov.pt/pages/oferta/Oferta_Detalhes.aspx?CodOferta={posting.id}"
    )
    raw = [
        posting.ref, posting.title, "" if posting.id is None else str(posting.id), posting.trabalho,
        posting.empregador, posting.concelho, posting.distrito, posting.codigo_postal,
        posting.data_abertura.isoformat() if posting.data_abertura else "",
        posting.data_fecho.isoformat() if posting.data_fecho else "",
        "" if left is None else str(left), STATUS.get(posting.ref, ""), NOTES.get(posting.ref, ""),
        parse_profile(posting.descricao).as_text(), posting.descricao, link, posting.source_path,
        posting.extra.get("Vagas", ""), posting.extra.get("Observacoes", ""), posting.extra.get("Link", ""),
    ]  # fmt: skip
    return [spreadsheet_text(v) for v in raw]


def read_csv(path: Path, preset: str) -> list[list[str]]:
    encoding, delimiter, _ = PRESETS[preset]
    with open(path, encoding=encoding, newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


@pytest.mark.parametrize("preset", list(PRESETS))
def test_csv_round_trip_of_tricky_values(tmp_path: Path, preset: str) -> None:
    path = tmp_path / "out.csv"
    assert export(TRICKY, path, preset, ALL_COLUMNS, CTX) == 3
    raw = path.read_bytes()
    _, delimiter, newline = PRESETS[preset]
    assert raw.startswith(b"\xef\xbb\xbf") == (preset == "csv-excel-pt")
    first_line = raw.split(newline, 1)[0].decode("utf-8-sig")
    assert first_line.split(delimiter)[:3] == ["Ref", "Título", "Id"]
    if preset == "csv":
        assert b"\r" not in raw
    else:  # every line end is CRLF; bare LFs only inside quoted cells
        assert raw.count(b"\r\n") >= 4
    rows = read_csv(path, preset)
    assert rows[0] == [c.header for c in ALL_COLUMNS]
    assert rows[1:] == [expected_csv_row(p) for p in TRICKY]
    first = rows[1]
    assert first[1] == "'=1+1"
    assert first[3] == "Técnico Superior; Área Jurídica, Contencioso"  # ";" and "," stay in one cell
    assert first[4] == 'Câmara Municipal de Évora "CME"'
    assert first[8:11] == ["2025-03-01", "2025-03-20", "6"]
    assert first[12] == NOTE  # multi-line note, one cell
    assert first[13].startswith("'- Assegurar")  # profile items start with "-"
    assert first[17:] == ["'+3", "'@SUM(A1)", "'\tcmd"]
    assert rows[2][1] == "'-2+3" and rows[2][4] == "'\nCR no início"
    assert rows[3][3] == "Enfermeiro\nde família" and rows[3][8:11] == ["", "", ""]


@pytest.mark.parametrize("preset", list(PRESETS))
def test_csv_round_trip_of_the_sample_folder(tmp_path: Path, preset: str) -> None:
    postings = scan(str(SAMPLE_POSTS)).postings
    assert len(postings) == 56
    columns = [*COLUMNS.values(), *default_columns(postings)[len(default_columns()) :]]
    extras = [c.key.removeprefix("extra:") for c in columns if c.key.startswith("extra:")]
    assert "Vagas" in extras and "layout" not in extras
    path = tmp_path / "sample.csv"
    export(postings, path, preset, columns, ExportContext(TODAY))
    rows = read_csv(path, preset)
    assert len(rows) == 57 and all(len(r) == len(columns) for r in rows)
    key = {c.key: i for i, c in enumerate(columns)}
    for posting, row in zip(postings, rows[1:], strict=True):
        assert row[key["ref"]] == posting.ref
        assert row[key["title"]] == spreadsheet_text(posting.title)
        assert row[key["empregador"]] == spreadsheet_text(posting.empregador)
        assert row[key["data_fecho"]] == (posting.data_fecho.isoformat() if posting.data_fecho else "")
        assert row[key["profile"]] == spreadsheet_text(parse_profile(profile_of(posting)).as_text())
        assert row[key["descricao"]] == spreadsheet_text(profile_of(posting))
        for name in extras:
            assert row[key["extra:" + name]] == spreadsheet_text(posting.extra.get(name, ""))
    assert any("ç" in r[key["empregador"]] or "ã" in r[key["title"]] for r in rows[1:])  # accents intact


def test_xlsx_cells_types_and_layout(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    assert export(TRICKY, path, "xlsx", ALL_COLUMNS, CTX) == 3
    ws = openpyxl.load_workbook(path).active
    assert ws.freeze_panes == "A2"
    header = next(ws.iter_rows(min_row=1, max_row=1))
    assert [c.value for c in header] == [c.header for c in ALL_COLUMNS]
    assert all(c.font.bold for c in header)
    col = {c.key: i + 1 for i, c in enumerate(ALL_COLUMNS)}
    title = ws.cell(2, col["title"])
    assert title.value == "'=1+1" and title.data_type == "s"
    assert ws.cell(3, col["title"]).value == "'-2+3"
    assert ws.cell(2, col["notes"]).value == NOTE and ws.cell(2, col["notes"]).alignment.wrap_text
    assert ws.cell(3, col["notes"]).value == '\'=HYPERLINK("http://x")'
    assert ws.cell(4, col["empregador"]).data_type == "s" and ws.cell(4, col["empregador"]).value == "#N/A"
    for key, day in (("data_abertura", datetime(2025, 3, 1)), ("data_fecho", datetime(2025, 3, 20))):
        cell = ws.cell(2, col[key])
        assert cell.value == day and cell.number_format == "DD/MM/YYYY"
    assert ws.cell(2, col["days_left"]).value == 6 and ws.cell(2, col["id"]).value == 900001
    assert ws.cell(4, col["data_fecho"]).value is None
    assert ws.cell(2, col["extra:Link"]).value == "'\tcmd"
    assert ws.row_dimensions[2].height >= 30  # the two-line note makes a taller row
    assert 8 <= ws.column_dimensions["A"].width <= 60


def test_refuses_to_overwrite_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("old", encoding="utf-8")
    for fmt in ("csv", "csv-excel-pt", "xlsx"):
        with pytest.raises(FileExistsError):
            export(TRICKY, path, fmt, ALL_COLUMNS, CTX)
    assert path.read_text(encoding="utf-8") == "old"
    export(TRICKY, path, "csv", ALL_COLUMNS, CTX, overwrite=True)
    assert read_csv(path, "csv")[1][0] == "OE202503/9001"
    assert os.listdir(tmp_path) == ["out.csv"]


@pytest.mark.parametrize("fmt", ["csv-excel-pt", "csv", "xlsx"])
def test_cancel_leaves_nothing(tmp_path: Path, fmt: str) -> None:
    postings = [TRICKY[0].replace(ref=f"R{i}") for i in range(1200)]
    calls: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelled):
        export(postings, tmp_path / "big.out", fmt, ALL_COLUMNS, CTX, progress=lambda d, t: calls.append((d, t)),
               cancelled=lambda: bool(calls))  # fmt: skip
    assert calls == [(0, 1200)]
    assert os.listdir(tmp_path) == []


def test_progress_every_500_rows_and_at_the_end(tmp_path: Path) -> None:
    postings = [TRICKY[1].replace(ref=f"R{i}") for i in range(1200)]
    calls: list[tuple[int, int]] = []
    assert (
        export(postings, tmp_path / "p.csv", "csv", [COLUMNS["ref"]], CTX, progress=lambda d, t: calls.append((d, t)))
        == 1200
    )
    assert calls == [(0, 1200), (500, 1200), (1000, 1200), (1200, 1200)]


def test_destination_under_a_file_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    for fmt in ("csv", "xlsx"):
        with pytest.raises(ExportError, match="Não foi possível escrever em .*not-a-folder") as info:
            export(TRICKY, blocker / "out.csv", fmt, ALL_COLUMNS, CTX)
        assert info.value.reason  # the system's reason, e.g. "Not a directory"
    assert os.listdir(tmp_path) == ["not-a-folder"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root (as in CI) writes to read-only folders")
def test_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="Não foi possível escrever em .*permissão negada"):
            export(TRICKY, folder / "out.csv", "csv", ALL_COLUMNS, CTX)
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)


def test_permission_error_message_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The read-only case for root too: the first open of the temp file fails with EACCES."""
    import vagas_desktop.core.export as export_module

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(args[0]))

    monkeypatch.setattr(export_module, "open", refuse, raising=False)
    with pytest.raises(ExportError, match=r"^Não foi possível escrever em .*out\.csv: permissão negada$"):
        export(TRICKY, tmp_path / "out.csv", "csv", ALL_COLUMNS, CTX)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_full_disk_at_the_end_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    """A disk that fills up before the final rename (simulated at fsync) gives ExportError and no files."""

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="não há espaço no disco"):
        export(TRICKY, tmp_path / "out.x", fmt, ALL_COLUMNS, CTX)
    assert os.listdir(tmp_path) == []


def test_parse_columns() -> None:
    columns = parse_columns(" ref, trabalho ,extra:Vagas,")
    assert [c.key for c in columns] == ["ref", "trabalho", "extra:Vagas"]
    assert [c.header for c in columns] == ["Ref", "Trabalho", "Vagas"]
    assert columns[2].value(TRICKY[0], CTX) == "+3" and columns[2].value(TRICKY[1], CTX) == ""
    with pytest.raises(ValueError, match="desconhecida 'salario'.*ref, title, id.*extra:<Nome>"):
        parse_columns("ref,salario")
    with pytest.raises(ValueError, match="Nenhuma coluna"):
        parse_columns(" , ")
    with pytest.raises(ValueError, match="repetida.*ref"):
        parse_columns("ref,title,ref")
    with pytest.raises(ValueError, match="desconhecida"):
        parse_columns("extra:")


def test_unknown_format_and_no_columns(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Formato desconhecido 'ods'"):
        export(TRICKY, tmp_path / "x.ods", "ods", ALL_COLUMNS, CTX)
    with pytest.raises(ValueError, match="Nenhuma coluna"):
        export(TRICKY, tmp_path / "x.csv", "csv", [], CTX)
    assert os.listdir(tmp_path) == []
