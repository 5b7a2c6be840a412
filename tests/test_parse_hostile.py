"""Hostile posting files: each one is read or reported with its reason, and never stops a folder."""

from __future__ import annotations

import logging
import os
import re
import threading
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml

from vagas_desktop.core import frontmatter_text, parse, parse_pool
from vagas_desktop.core.parse import MAX_POSTING_BYTES, parse_bytes, parse_file
from vagas_desktop.core.pieces import PieceMemo
from vagas_desktop.core.posting import Severity
from vagas_desktop.core.scan import scan
from vagas_desktop.core.texts import profile_of


def fm(*lines: str) -> bytes:
    return ("\n".join(["---", *lines, "---"]) + "\n").encode("utf-8")


def candidate(path: Path, size: int | None = None) -> parse_pool.Candidate:
    st = path.stat()
    return parse_pool.Candidate(str(path), st.st_size if size is None else size, st.st_mtime, st.st_mtime_ns,
                                st.st_ctime_ns, st.st_ino)


def errors(problems: list) -> list[str]:
    return [p.message for p in problems if p.severity == Severity.ERROR]


@pytest.fixture(params=["libyaml", "pure-python"])
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each YAML case with the libyaml loader (when built) and with PyYAML's own."""
    if request.param == "pure-python":
        monkeypatch.setattr(frontmatter_text, "_BaseLoader", yaml.BaseLoader)
    return str(request.param)


@pytest.mark.parametrize("digits", ["9" * 5000, "-" + "7" * 4301, "1" * 19 + ".0"])
def test_an_id_too_long_is_kept_as_text_and_the_posting_still_shows(digits: str) -> None:
    posting, problems = parse_bytes(fm("title: Vaga longa", f"Id: {digits}", "Ref: R1", "Concelho: Braga"))
    assert posting is not None
    assert (posting.title, posting.ref, posting.concelho, posting.id) == ("Vaga longa", "R1", "Braga", None)
    assert posting.extra["Id"] == digits
    assert [p.severity for p in problems] == [Severity.WARNING]
    assert problems[0].message.startswith("Id too long (")


@pytest.mark.parametrize("text,expected", [("0" * 40 + "132314", 132314), ("9" * 18, 10**18 - 1), ("-0", 0)])
def test_ids_with_leading_zeros_or_at_the_limit_are_numbers(text: str, expected: int) -> None:
    posting, problems = parse_bytes(fm("title: t", f"Id: {text}"))
    assert posting is not None and posting.id == expected and problems == []


DEEP = 400  # far past Python's stack for a recursive composer, well inside a small file


@pytest.mark.parametrize("value", [
    '"k": ' + "[" * DEEP + "]" * DEEP + ' #"',  # starts and ends with a quote, but is a mapping
    "'k': " + "{a: " * DEEP + "}" * DEEP + " #'",
    '"' + "[" * DEEP + "]" * DEEP + '"',  # one quoted scalar: its text
    "[" * DEEP + "]" * DEEP,
    "{a: " * DEEP + "}" * DEEP,
])
def test_deeply_nested_values_never_stop_the_file(value: str, loader: str) -> None:
    posting, problems = parse_bytes(fm("title: Fundo", "Ref: D1", f"Trabalho: {value}", "Distrito: Porto"))
    assert posting is not None and errors(problems) == []
    assert (posting.title, posting.ref, posting.distrito) == ("Fundo", "D1", "Porto")
    assert posting.trabalho == (value[1:-1] if value.startswith('"[') else value)  # kept verbatim


def test_deep_nesting_in_yaml_proper_is_refused_and_read_line_by_line(loader: str) -> None:
    posting, problems = parse_bytes(fm("title: Fundo", "Lista:", "  - " + "[" * DEEP + "]" * DEEP, "Ref: D2"))
    assert posting is not None and posting.ref == "D2"
    assert any("nested deeper than" in p.message for p in problems)


def test_quoted_values_are_still_unescaped() -> None:
    posting, _ = parse_bytes(fm('title: "Técnico \\"A\\""', "Trabalho: 'It''s'", 'Empregador: "a" e "b"'))
    assert posting is not None
    assert (posting.title, posting.trabalho, posting.empregador) == ('Técnico "A"', "It's", '"a" e "b"')


def test_any_other_failure_is_an_error_naming_its_type_and_is_logged(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def broken(*args: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(parse, "_fields", broken)  # a fault inside the parser, whatever it is
    with caplog.at_level(logging.ERROR, logger="vagas_desktop.core.parse"):
        posting, problems = parse_bytes(fm("title: t"), "x.md")
    assert posting is None and errors(problems) == ["could not be read: KeyError"]
    assert caplog.records and caplog.records[0].exc_info is not None  # with the traceback


@pytest.mark.parametrize("exc,reason", [(RecursionError(), "nesting too deep"), (MemoryError(), "out of memory")])
def test_running_out_of_stack_or_memory_has_a_readable_reason(
        exc: BaseException, reason: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def exhausted(*args: object) -> None:
        raise exc

    monkeypatch.setattr(parse, "_fields", exhausted)
    assert errors(parse_bytes(fm("title: t"), "x.md")[1]) == [f"could not be read: {reason}"]


def test_a_file_that_breaks_the_parser_is_reported_and_the_folder_still_opens(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.md").write_bytes(fm(f"Ref: {name}", "title: t"))
    real = parse_pool.parse_bytes

    def breaks_on_b(data: bytes, path: str, *args: object, **kwargs: object) -> object:
        if path.endswith("b.md"):
            raise ValueError("a bug met by b.md only")
        return real(data, path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parse_pool, "parse_bytes", breaks_on_b)
    result = scan(str(tmp_path), use_cache=False)
    assert [p.ref for p in result.postings] == ["a", "c"]
    assert [(Path(p.source_path).name, p.message) for p in result.problems] == [
        ("b.md", "could not be read: ValueError")]


PADDING = "Descricao: " + "texto " * 20  # the first bytes of a file are text, not the sparse zeros after


def grow(path: Path, size: int) -> None:
    """Make the file size bytes long without writing them (a sparse file: no disk, no time)."""
    with open(path, "r+b") as fh:
        fh.truncate(size)


def hostile_folder(folder: Path) -> dict[str, str]:
    """One file of each hostile kind; name -> what must come of it."""
    files = {
        "id.md": (fm("title: t", "Ref: I", "Id: " + "9" * 6000), "posting"),
        "quoted.md": (fm("title: t", "Ref: Q", 'Trabalho: "k": ' + "[" * 900 + "]" * 900 + ' #"'), "posting"),
        "flow.md": (fm("title: t", "Ref: F", "Lista:", "  - " + "{a: " * 900 + "}" * 900), "posting"),
        "huge.md": (fm("title: t", PADDING), "too large"),
        "plain.md": (fm("title: t", "Ref: P"), "posting"),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    grow(folder / "huge.md", MAX_POSTING_BYTES + 1)
    return {name: kind for name, (_, kind) in files.items()}


@pytest.mark.parametrize("workers", ["0", "2"])
def test_hostile_files_are_read_or_reported_in_this_process_and_in_workers(
        tmp_path: Path, workers: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parse_pool.WORKERS_ENV, workers)
    expected = hostile_folder(tmp_path)
    read_here: list[str] = []
    real = parse_pool.read_one
    monkeypatch.setattr("vagas_desktop.core.scan.read_one",
                        lambda cand, memo, *rest: read_here.append(cand.path) or real(cand, memo, *rest))
    result = scan(str(tmp_path), use_cache=False)
    shown = {Path(p.source_path).name for p in result.postings}
    assert shown == {name for name, kind in expected.items() if kind == "posting"}
    assert [(Path(p.source_path).name, p.message) for p in result.problems if p.severity == Severity.ERROR] == [
        ("huge.md", "too large to be a posting (over 2 MB)")]
    assert len(read_here) == (0 if workers == "2" else len(expected))  # no worker died on them


def test_files_over_the_limit_are_not_read_whole(tmp_path: Path) -> None:
    huge = tmp_path / "huge.md"
    huge.write_bytes(fm("title: t", "Ref: H", PADDING))
    grow(huge, 100 * 1024 * 1024)
    tracemalloc.start()
    try:
        outcome, cacheable = parse_pool.read_one(candidate(huge), PieceMemo())
        posting, problems = parse_file(str(huge))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert outcome[0] is None and errors(list(outcome[1])) == ["too large to be a posting (over 2 MB)"]
    assert posting is None and errors(problems) == ["too large to be a posting (over 2 MB)"]
    assert peak < 1024 * 1024  # a 100 MB file costs no more than a small one


def test_a_file_at_the_limit_is_still_a_posting(tmp_path: Path) -> None:
    head = fm("title: t", "Ref: L")
    path = tmp_path / "limit.md"
    path.write_bytes(head + b"x" * (MAX_POSTING_BYTES - len(head)))
    posting, problems = parse_file(str(path))
    assert posting is not None and posting.ref == "L" and problems == []
    assert len(posting.descricao) == MAX_POSTING_BYTES - len(head)


@pytest.mark.parametrize("name,data,outcome", [
    ("big.txt", f"just a large text file {PADDING}", "ignored"),
    ("big.html", f"<html><body>{PADDING}", "ignored"),
    ("big.md", f"# notes\n{PADDING}", "not a posting: no front matter"),
    ("bin.md", b"\x7fELF\x00\x00\x00", "not a posting: binary data"),
    ("big.txt", b"\xef\xbb\xbf---\r\ntitle: t\r\n" + PADDING.encode(), "too large to be a posting (over 2 MB)"),
    ("big16.md", f"---\ntitle: t\n{PADDING}".encode("utf-16"), "too large to be a posting (over 2 MB)"),
])
def test_large_files_are_told_apart_by_their_first_bytes(tmp_path: Path, name: str, data: bytes | str,
                                                         outcome: str) -> None:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    grow(path, MAX_POSTING_BYTES + 10)
    (posting, problems, ignored), _ = parse_pool.read_one(candidate(path), PieceMemo())
    assert posting is None
    assert ("ignored" if ignored else errors(list(problems))[0]) == outcome


def test_a_file_grown_past_the_limit_since_it_was_listed_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "grows.md"
    path.write_bytes(fm("title: t", "Ref: G", PADDING))
    listed = candidate(path)
    grow(path, MAX_POSTING_BYTES + 1)
    (posting, problems, _), _ = parse_pool.read_one(listed, PieceMemo())
    assert posting is None and errors(list(problems)) == ["too large to be a posting (over 2 MB)"]
    assert errors(parse_bytes(path.read_bytes(), str(path))[1]) == ["too large to be a posting (over 2 MB)"]


def test_a_profile_read_back_from_a_file_grown_huge_is_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_bytes(fm("title: t", "Ref: P", "Descricao: Atendimento ao público"))
    (posting,) = scan(str(tmp_path), use_cache=False).postings
    assert not posting.has_text and profile_of(posting) == "Atendimento ao público"
    grow(path, 200 * 1024 * 1024)
    tracemalloc.start()
    try:
        text = profile_of(posting)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert text == "" and peak < 1024 * 1024


def test_line_by_line_recovery_keeps_every_continuation_line() -> None:
    lines = [f"  linha {i}" for i in range(20_000)]
    posting, problems = parse_bytes(fm("title: t", "Ref: R", "Descricao: [aberto", *lines, "Distrito: Faro"))
    assert posting is not None and posting.distrito == "Faro"
    assert posting.descricao == " ".join(["[aberto", *(line.strip() for line in lines)])
    assert problems[0].message.endswith("read line by line")


def test_a_long_line_of_spaces_is_a_continuation() -> None:
    posting, _ = parse_bytes(fm("title: t", "Ref: R", "Descricao: [aberto", "a" + " " * 200_000 + "b", "x"))
    assert posting is not None and posting.descricao == "[aberto a" + " " * 200_000 + "b x"


@pytest.mark.parametrize("broken", [[], ["Lista: [aberto"]], ids=["simple", "line-by-line"])
def test_keys_indented_by_a_tab_are_keys(broken: list[str]) -> None:
    posting, problems = parse_bytes(fm("title: t", "Ref: T", "Empregador: Câmara", "\tConcelho: Barcelos",
                                       "\t\tDistrito:  Braga", *broken))
    assert posting is not None
    assert (posting.empregador, posting.concelho, posting.distrito) == ("Câmara", "Barcelos", "Braga")
    assert errors(problems) == []


def test_a_tab_indented_line_that_is_no_key_still_continues_the_value() -> None:
    posting, _ = parse_bytes(fm("title: t", "Ref: T", "Descricao: primeira", "\tsegunda linha", "\t- terceira"))
    assert posting is not None and posting.descricao == "primeira segunda linha - terceira"


def test_messages_quote_at_most_a_short_piece_of_a_huge_value() -> None:
    value = "x" * 100_000
    _, problems = parse_bytes(fm("title: t", f"DataFecho: {value}", f"Ref: {value}", "Ref: R"))
    assert problems and all(len(p.message) < 200 for p in problems)



@pytest.mark.parametrize("lines", [['Ref: "\\ud800 x"'], ["Lista: |", "  a", 'Ref: "\\udc00"'],
                                   ['Ref: "\\ud83d\\ude00"']])
def test_escaped_surrogates_never_reach_a_posting(lines: list[str], loader: str) -> None:
    posting, _ = parse_bytes(fm("title: t", *lines))
    assert posting is not None and posting.ref
    posting.ref.encode("utf-8")  # what a CSV export or the user data file does with it: no lone surrogate


def test_a_file_repeating_a_key_gives_a_readable_number_of_problems() -> None:
    posting, problems = parse_bytes(fm("title: t", *(f"Ref: R{i}" for i in range(5000))))
    assert posting is not None and posting.ref == "R4999"
    assert len(problems) == parse.MAX_WARNINGS
    assert problems[0].message == "Ref appears twice; kept the last value, the earlier was 'R0'"
    assert problems[-1].message == f"and {4999 - parse.MAX_WARNINGS + 1} more warnings"


@contextmanager
def replaced_by_fifo(path: Path) -> Iterator[None]:
    """Within, path is a FIFO with no writer (opening it plainly would wait forever)."""
    path.unlink()
    os.mkfifo(path)
    try:
        yield
    finally:
        try:  # should a read still wait on it, a writer lets it go
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass  # no reader waiting: as it should be


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_put_in_a_listed_files_place_is_reported_not_waited_on(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_bytes(fm("title: t", "Ref: P", "Descricao: perfil"))
    listed = candidate(path)
    (posting,) = scan(str(tmp_path), use_cache=False).postings
    outcomes: list[object] = []
    with replaced_by_fifo(path):
        reader = threading.Thread(target=lambda: outcomes.extend([
            parse_pool.read_one(listed, PieceMemo())[0], parse_file(str(path)), profile_of(posting)]), daemon=True)
        reader.start()
        reader.join(60)  # a guard against hanging the suite, not a speed limit
        assert not reader.is_alive(), "a read waited on the FIFO"
    (none, problems, _), (none_too, problems_too), text = outcomes  # type: ignore[misc]
    assert none is None and errors(list(problems)) == ["unreadable: not a regular file"]
    assert none_too is None and errors(problems_too) == ["unreadable: not a regular file"]
    assert text == ""


def test_long_keys_are_not_kept_after_their_file() -> None:
    files = [fm("title: t", f"k{i}" + "x" * 100_000 + ": v") for i in range(30)]
    tracemalloc.start()
    try:
        for data in files:
            posting, _ = parse_bytes(data)
            assert posting is not None and len(posting.extra) == 1
        del posting
        kept = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert kept < 1024 * 1024  # 30 files' keys (3 MB) are not held once the files are read


def test_values_read_line_by_line_are_read_as_the_simple_path_reads_them() -> None:
    posting, problems = parse_bytes(fm("Lista: [aberto", 'title: "Técnico \\"A\\""', "Trabalho: 'It''s'",
                                       "Descricao: |", "  Primeira linha", "  segunda", "Empregador: >-",
                                       "  Câmara", "  Municipal", 'Concelho: "Vila', '  Real"'))
    assert posting is not None and problems[0].message.endswith("read line by line")
    assert (posting.title, posting.trabalho, posting.descricao, posting.empregador, posting.concelho) == (
        'Técnico "A"', "It's", "Primeira linha\nsegunda", "Câmara Municipal", "Vila Real")


@pytest.mark.parametrize("yaml_text", [
    "Ref: a\nb: c: d", "Ref: [a", 'Ref: "a\\q"', "Ref: {a: b", "Ref: @x", "a: b\n\tc: d", "a: 'b", "Ref: x\n- a",
])
def test_a_yaml_error_reads_in_one_language(loader: str, yaml_text: str) -> None:
    """PyYAML's (and libyaml's) English becomes a code of ours: no English inside a Portuguese message."""
    _posting, problems = parse_bytes(("---\n" + yaml_text + "\nTexto: >\n  y\n---\n").encode(), "f.md")
    yaml_problems = [p for p in problems if p.code.startswith("yaml-")]
    assert yaml_problems and all(p.code != "yaml-other-at" for p in yaml_problems), problems
    for p in yaml_problems:
        assert p.text("pt").startswith("YAML inválido na linha ") and p.message.startswith("invalid YAML at line ")
        assert not re.search(r"\b(found|expected|allowed|the|of|not)\b", p.text("pt")), p.text("pt")
