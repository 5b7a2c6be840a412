"""Hostile values and odd disks: no export cell is ever a formula, no write is ever half done."""

from __future__ import annotations

import csv
import gc
import hashlib
import os
import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vagas_desktop.core.export import COLUMNS, ExportContext, ExportError, export, extra_column
from vagas_desktop.core.posting import Posting

TODAY = date(2025, 3, 15)
CSV_PRESETS = {"csv-excel-pt": ("utf-8-sig", ";"), "csv": ("utf-8", ",")}
TEXT_KEYS = ("ref", "title", "trabalho", "empregador", "concelho", "distrito", "codigo_postal", "descricao")
HOSTILE = '\x01=HYPERLINK("http://evil.example/","click")'
# Whitespace a spreadsheet trims and compatibility forms it folds, before a formula character.
LEADS = ["", " ", "  ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u2003", "\u3000", "\u200b", "\ufeff", "\x01", " \x02"]
FORMULA_STARTS = ["=", "+", "-", "@", "＝", "＋", "－", "＠", "﹦"]


def posting_with(text: str, n: int = 0) -> Posting:
    """A posting with text in every text field and in an extra field."""
    values = {key: text for key in TEXT_KEYS}
    values["ref"] = f"{text}{n}"
    return Posting(**values, extra={"Obs": text}, data_fecho=date(2025, 3, 20), source_path=text)


def columns() -> list:
    return [*COLUMNS.values(), extra_column("Obs")]


def context(text: str) -> ExportContext:
    return ExportContext(TODAY, lambda p: text, lambda p: text)


def read_csv(path: Path, preset: str) -> list[list[str]]:
    encoding, delimiter = CSV_PRESETS[preset]
    with open(path, encoding=encoding, newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def read_xlsx(path: Path) -> list[list[openpyxl.cell.Cell]]:
    return [list(row) for row in openpyxl.load_workbook(path).active.iter_rows()]


def cleaned(text: str) -> str:
    """What every export must hold for text, computed apart from the exporter: undecodable bytes as
    \\xNN (other lone surrogates as \\uNNNN), control characters (but tab and line breaks) gone, CR and CRLF as LF."""
    text = re.sub("[\ud800-\udfff]", lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}" if "\udc80" <= m.group() <= "\udcff"
                  else f"\\u{ord(m.group()):04x}", text)  # any other lone surrogate: its code point
    text = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]", "", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def must_be_quoted(text: str) -> bool:
    """A cleaned text a spreadsheet would read as a formula once it trims blanks and folds forms."""
    body = "".join(ch for ch in text if unicodedata.category(ch) != "Cf").lstrip()
    return text[:1] in ("\t", "\n") or unicodedata.normalize("NFKC", body[:1]) in ("=", "+", "-", "@")


@pytest.mark.parametrize("preset", list(CSV_PRESETS))
def test_control_character_before_a_formula_is_neutralised_in_csv(tmp_path: Path, preset: str) -> None:
    out = tmp_path / "out.csv"
    export([posting_with(HOSTILE)], out, preset, columns(), context(HOSTILE))
    rows = read_csv(out, preset)
    text_cells = [cell for cell, c in zip(rows[1], columns(), strict=True) if c.key not in ("data_fecho", "days_left")]
    assert text_cells and all(cell.startswith("'=HYPERLINK(") for cell in text_cells if cell), text_cells


def test_control_character_before_a_formula_never_makes_an_xlsx_formula(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export([posting_with(HOSTILE)], out, "xlsx", columns(), context(HOSTILE))
    rows = read_xlsx(out)
    assert all(cell.data_type != "f" for row in rows for cell in row)
    title = rows[1][[c.key for c in columns()].index("title")]
    assert title.value == "'=HYPERLINK(\"http://evil.example/\",\"click\")" and title.data_type == "s"


@pytest.mark.parametrize("lead", LEADS)
def test_formula_after_blanks_or_in_fullwidth_is_quoted_everywhere(tmp_path: Path, lead: str) -> None:
    texts = [f"{lead}{start}1+1" for start in FORMULA_STARTS]
    postings = [posting_with(t, i) for i, t in enumerate(texts)]
    cols = [COLUMNS["title"], COLUMNS["empregador"], extra_column("Obs")]
    for preset in CSV_PRESETS:
        export(postings, tmp_path / f"{preset}.csv", preset, cols, ExportContext(TODAY))
        for text, row in zip(texts, read_csv(tmp_path / f"{preset}.csv", preset)[1:], strict=True):
            assert row == ["'" + cleaned(text)] * 3, (preset, text)
    export(postings, tmp_path / "out.xlsx", "xlsx", cols, ExportContext(TODAY))
    for text, row in zip(texts, read_xlsx(tmp_path / "out.xlsx")[1:], strict=True):
        assert [(c.value, c.data_type) for c in row] == [("'" + cleaned(text), "s")] * 3, text


@pytest.mark.parametrize("text", ["a=1", "Câmara", "1+1", "  texto", "\u00a0Évora", "'=x", "#N/A", "50%"])
def test_harmless_text_is_left_alone(tmp_path: Path, text: str) -> None:
    export([posting_with(text)], tmp_path / "out.csv", "csv", [COLUMNS["title"]], ExportContext(TODAY))
    assert read_csv(tmp_path / "out.csv", "csv")[1] == [text]
    export([posting_with(text)], tmp_path / "out.xlsx", "xlsx", [COLUMNS["title"]], ExportContext(TODAY))
    cell = read_xlsx(tmp_path / "out.xlsx")[1][0]
    assert (cell.value, cell.data_type) == (text, "s")


HOSTILE_CHARS = st.sampled_from(
    list("=+-@＝＋－＠﹦ \t\r\n\"';,#%'") + ["\x00", "\x01", "\x0b", "\x1f", "\x7f", "\x85", "\u00a0", "\u200b",
                                            "\u2028", "\u3000", "\ufeff", "\ufffe", "\udce9", "\udcff"]
)
FIELD_TEXT = st.text(st.one_of(HOSTILE_CHARS, st.characters()), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(FIELD_TEXT, min_size=1, max_size=4))
def test_any_text_in_any_field_round_trips_and_is_never_a_formula(tmp_path: Path, texts: list[str]) -> None:
    postings = [posting_with(t, i) for i, t in enumerate(texts)]
    notes = {p.ref: t for p, t in zip(postings, texts, strict=True)}
    ctx = ExportContext(TODAY, lambda p: notes[p.ref], lambda p: notes[p.ref])
    cols = columns()
    keys = [c.key for c in cols]
    text_columns = [i for i, k in enumerate(keys) if k not in ("id", "data_abertura", "data_fecho", "days_left",
                                                                "link", "profile")]
    for preset in CSV_PRESETS:
        out = tmp_path / f"{preset}.csv"
        export(postings, out, preset, cols, ctx, overwrite=True)
        rows = read_csv(out, preset)
        assert len(rows) == len(postings) + 1 and all(len(r) == len(cols) for r in rows)
        for n, (text, row) in enumerate(zip(texts, rows[1:], strict=True)):
            for i in text_columns:
                raw = cleaned(f"{text}{n}" if keys[i] == "ref" else text)
                assert row[i] in (raw, "'" + raw), (keys[i], row[i], raw)
                if must_be_quoted(raw):
                    assert row[i] == "'" + raw, (keys[i], row[i])
    out = tmp_path / "out.xlsx"
    export(postings, out, "xlsx", cols, ctx, overwrite=True)
    xlsx_rows = read_xlsx(out)
    assert all(cell.data_type != "f" for row in xlsx_rows for cell in row)
    for csv_row, xlsx_row in zip(rows[1:], xlsx_rows[1:], strict=True):
        for i in text_columns:  # XLSX holds the very same neutralised text as the CSV
            assert (xlsx_row[i].value or "") == csv_row[i], (keys[i], xlsx_row[i].value, csv_row[i])


# -- file names that are not UTF-8 --------------------------------------------------------------------

def test_undecodable_source_path_is_shown_with_its_byte_in_every_format(tmp_path: Path) -> None:
    name = os.fsdecode(b"/pasta/caf\xe9.md")  # as the scan hands it over: "caf\udce9.md"
    posting = Posting(ref="R1", title="Café", source_path=name)
    cols = [COLUMNS["ref"], COLUMNS["source_path"]]
    for preset in CSV_PRESETS:
        export([posting], tmp_path / f"{preset}.csv", preset, cols, ExportContext(TODAY))
        assert read_csv(tmp_path / f"{preset}.csv", preset)[1] == ["R1", "/pasta/caf\\xe9.md"]
    export([posting], tmp_path / "out.xlsx", "xlsx", cols, ExportContext(TODAY))
    assert read_xlsx(tmp_path / "out.xlsx")[1][1].value == "/pasta/caf\\xe9.md"


def test_undecodable_destination_gives_a_printable_error(tmp_path: Path) -> None:
    missing = Path(os.fsdecode(os.path.join(os.fsencode(str(tmp_path)), b"pasta\xff", b"out.csv")))
    with pytest.raises(ExportError) as info:
        export([posting_with("x")], missing, "csv", columns(), ExportContext(TODAY))
    message = str(info.value)
    message.encode("utf-8")  # no lone surrogate: printable anywhere
    assert "pasta\\xff" in message
    assert os.listdir(tmp_path) == []


# -- a disk that fills up -----------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path: Path):
    """A real 64 KiB file system (tmpfs); skipped where mounting is not allowed."""
    mount = tmp_path / "small"
    mount.mkdir()
    try:
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                              capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot mount a tmpfs: {exc}")
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {proc.stderr.strip()}")
    yield mount
    gc.collect()  # a file a failed writer left open would keep the mount busy
    if subprocess.run(["umount", str(mount)], capture_output=True, timeout=30).returncode != 0:
        subprocess.run(["umount", "-l", str(mount)], check=True, timeout=30)


def big_list(n: int = 400) -> list[Posting]:
    """Postings whose export is far larger than 64 KiB in every format (hex digests compress badly)."""
    return [Posting(ref=f"OE{i:06d}", title=f"Técnico {i}", empregador=f"Câmara {i}", data_fecho=date(2025, 4, 1),
                    descricao=" ".join(hashlib.sha256(f"{i}-{j}".encode()).hexdigest() for j in range(8)))
            for i in range(n)]


@pytest.mark.parametrize("fmt", ["csv-excel-pt", "csv", "xlsx"])
def test_full_disk_is_reported_and_leaves_nothing(small_disk: Path, fmt: str) -> None:
    out = small_disk / "out.file"
    with pytest.raises(ExportError, match="o disco está cheio"):
        export(big_list(), out, fmt, list(COLUMNS.values()), ExportContext(TODAY))
    assert os.listdir(small_disk) == []
    small = small_disk / "small.file"  # the same disk still takes an export that fits
    export(big_list(3), small, fmt, list(COLUMNS.values()), ExportContext(TODAY))
    assert os.listdir(small_disk) == ["small.file"]


def test_full_disk_pdf_is_reported_and_leaves_nothing(qapp, small_disk: Path) -> None:
    from vagas_desktop.gui.export_pdf import export_pdf

    out = small_disk / "out.pdf"
    with pytest.raises(ExportError, match="o disco está cheio"):
        export_pdf(big_list(60), out, ExportContext(TODAY), "Vagas")
    assert os.listdir(small_disk) == []
    export_pdf(big_list(1), out, ExportContext(TODAY), "Vagas")
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert os.listdir(small_disk) == ["out.pdf"]


def test_full_disk_in_the_window_shows_the_reason(qtbot, tmp_path: Path, small_disk: Path) -> None:
    from vagas_desktop.gui.export_dialog import ExportRequest, ExportSource

    from .conftest import close_message_boxes, open_window

    win = open_window(qtbot, tmp_path)
    seen: list[str] = []

    for fmt, name in (("csv", "out.csv"), ("xlsx", "out.xlsx"), ("pdf", "out.pdf")):
        request = ExportRequest(ExportSource("big", "big", big_list(60 if fmt == "pdf" else 400), "Vagas"),
                                list(COLUMNS.values()), fmt)
        close_message_boxes(seen)
        assert not win.export_actions.run(request, str(small_disk / name))
        assert os.listdir(small_disk) == []
    assert len(seen) == 3 and all("o disco está cheio" in text for text in seen), seen


def test_a_bug_in_a_writer_is_shown_not_fatal(qtbot, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from vagas_desktop.core.export import ExportColumn
    from vagas_desktop.gui.export_dialog import ExportRequest, ExportSource

    from .conftest import close_message_boxes, open_window

    def broken(posting: Posting, ctx: ExportContext) -> str:
        raise TypeError("a bug in a value function")

    win = open_window(qtbot, tmp_path)
    seen: list[str] = []

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    request = ExportRequest(ExportSource("view", "view", win.model.postings[:3], "Vagas"),
                            [COLUMNS["ref"], ExportColumn("bug", "Bug", broken)], "csv")
    close_message_boxes(seen)
    assert not win.export_actions.run(request, str(out_dir / "out.csv"))
    assert len(seen) == 1 and "nenhum ficheiro foi escrito" in seen[0]
    assert "a bug in a value function" in caplog.text  # the traceback is logged
    assert os.listdir(out_dir) == []
    assert win.isVisible()
