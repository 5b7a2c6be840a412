"""Parsing one posting file: verbatim values, encodings, dates, Ids and problems."""

from __future__ import annotations

import codecs
import os
import pickle
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vagas_desktop.core.parse import parse_bytes, parse_date, parse_file
from vagas_desktop.core.posting import Posting, Severity
from vagas_desktop.core.texts import profile_of


def fm(*lines: str, fence: str = "---") -> bytes:
    return ("\n".join([fence, *lines, fence]) + "\n").encode("utf-8")


def messages(problems: list) -> list[str]:
    return [p.message for p in problems]


def test_real_example_reads_every_field(example_bytes: bytes) -> None:
    posting, problems = parse_bytes(example_bytes, "000_9454e346601759a9.txt", 1.5)
    assert problems == []
    assert posting is not None
    assert posting.id == 132314
    assert posting.ref == "OE202502/0240"
    assert posting.title == "Emprego - Oeiras - Assistente Técnico"
    assert posting.trabalho == "Assistente Técnico"
    assert posting.empregador == "Câmara Municipal de Oeiras"
    assert posting.codigo_postal == "2784-501 OEIRAS"
    assert posting.concelho == "Oeiras"
    assert posting.distrito == "Lisboa"
    assert posting.data_abertura == date(2025, 2, 6)
    assert posting.data_fecho == date(2025, 12, 31)
    assert posting.descricao.startswith("Desenvolvimento de atividades da carreira")
    assert "dos Munícipes.Atendimento telefónico   Assegurar" in posting.descricao
    assert posting.descricao.endswith("Comunicação.")
    assert posting.extra == {"layout": "post"}
    assert posting.source_path == "000_9454e346601759a9.txt"
    assert posting.mtime == 1.5


def test_posting_rebuilt_from_its_values_is_equal(example_bytes: bytes) -> None:
    posting, _ = parse_bytes(example_bytes, "a.md", 2.0)
    assert posting is not None
    assert Posting(**posting.values()) == posting
    assert posting.replace(ref="X") != posting
    assert pickle.loads(pickle.dumps(posting)) == posting
    with pytest.raises(AttributeError):
        posting.ref = "changed"  # type: ignore[misc]


def test_posting_without_its_text_reads_it_back_from_the_file(example_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(example_bytes)
    kept, _ = parse_bytes(example_bytes, str(path), 2.0)
    light, _ = parse_bytes(example_bytes, str(path), 2.0, keep_text=False)
    assert kept is not None and light is not None
    assert kept.has_text and not light.has_text
    assert light.pieces == kept.pieces
    assert profile_of(light) == kept.descricao
    assert light == kept
    path.write_bytes(example_bytes.replace(b"Rececionar e registar expediente", b"Texto novo"))
    assert "Texto novo" in profile_of(light)  # the file as it is now
    path.unlink()
    assert profile_of(light) == ""


def test_values_are_verbatim_where_yaml_would_corrupt_them() -> None:
    posting, problems = parse_bytes(fm(
        "Ref: 0240", "Ativo: no", "Anexo: ver anexo #2", "Nota: prazo: 10 dias úteis",
        "Estrela: *urgente*", "Email: @camara", "Perc: %50", "Traco: - item", "Aspas: \"Aviso\" n.º 3",
        "Vazio:",
    ))
    assert posting is not None and problems == []
    assert posting.ref == "0240"
    assert posting.extra == {
        "Ativo": "no", "Anexo": "ver anexo #2", "Nota": "prazo: 10 dias úteis", "Estrela": "*urgente*",
        "Email": "@camara", "Perc": "%50", "Traco": "- item", "Aspas": "\"Aviso\" n.º 3", "Vazio": "",
    }


def test_keys_match_case_insensitively_with_spaces() -> None:
    posting, _ = parse_bytes(fm("REF  : X1", "id: 7", "DISTRITO: Faro", "Código Postal: 8000-000 FARO"))
    assert posting is not None
    assert (posting.ref, posting.id, posting.distrito, posting.codigo_postal) == (
        "X1", 7, "Faro", "8000-000 FARO")


def test_real_yaml_is_read_without_typing() -> None:
    posting, problems = parse_bytes(fm(
        'title: "Escola \\u00e9 \\"boa\\""', "Ref: 0240", "Descricao: >", "  Primeira linha", "  segunda linha",
        "Vagas:", "  - 2", "  - 3", "Ativo: yes",
    ))
    assert problems == []
    assert posting is not None
    assert posting.title == 'Escola é "boa"'
    assert posting.ref == "0240"
    assert posting.descricao == "Primeira linha segunda linha"
    assert posting.extra["Vagas"] == "2; 3"
    assert posting.extra["Ativo"] == "yes"


def test_invalid_yaml_recovers_line_by_line_with_warning() -> None:
    posting, problems = parse_bytes(fm("Ref: A1", "title: Vaga", "  : [broken", "Distrito: Beja"))
    assert posting is not None
    assert (posting.ref, posting.distrito) == ("A1", "Beja")
    assert len(problems) == 1 and problems[0].severity == Severity.WARNING
    assert problems[0].message.startswith("invalid YAML at line 4")
    assert "[broken" in posting.title  # the stray line is kept, not dropped


@pytest.mark.parametrize("bomb", [
    ["a: &a [x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
     "Ref: BOMB", "Lista:", "  - x"],
    ["Ref: DEEP", "x: " + "[" * 5000 + "]" * 5000, "Lista:", "  - y"],
])
def test_alias_bombs_and_deep_nesting_are_refused_quickly(bomb: list[str]) -> None:
    started = time.perf_counter()
    posting, problems = parse_bytes(fm(*bomb))
    assert time.perf_counter() - started < 0.5
    assert posting is not None and posting.ref in ("BOMB", "DEEP")
    assert any(p.message.startswith("invalid YAML") for p in problems)


@pytest.mark.parametrize("data,encoding_warning", [
    (codecs.BOM_UTF8 + fm("Ref: Évora"), None),
    ("---\nRef: Évora\n---\n".encode("utf-16"), None),
    ("---\nRef: Évora\n---\n".encode("utf-16-be"), "Latin-1"),  # no BOM: not recognised as UTF-16
    ("---\r\nRef: Évora\r\n---\r\n".encode("cp1252"), "Windows-1252"),
    (b"---\rRef: \xc3\x89vora\r---\r", None),
])
def test_encodings_and_line_endings(data: bytes, encoding_warning: str | None) -> None:
    posting, problems = parse_bytes(data)
    if encoding_warning == "Latin-1":
        assert posting is None  # garbage without a fence: reported, not crashed
        return
    assert posting is not None and posting.ref == "Évora"
    if encoding_warning:
        assert any(encoding_warning in p.message for p in problems)
    else:
        assert problems == []


@pytest.mark.parametrize("text,expected", [
    ("2025-02-06", date(2025, 2, 6)), ("06-02-2025", date(2025, 2, 6)), ("06/02/2025", date(2025, 2, 6)),
    ("2025-02-06 10:30", date(2025, 2, 6)), ("2025-02-06T10:30:00", date(2025, 2, 6)),
    ("'06/02/2025'", date(2025, 2, 6)), ('"2025-2-6"', date(2025, 2, 6)), ("6.2.2025", date(2025, 2, 6)),
])
def test_date_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_quoted_date_in_file() -> None:
    posting, problems = parse_bytes(fm('DataAbertura: "06/02/2025 09:00"', "Ref: R"))
    assert posting is not None and problems == []
    assert posting.data_abertura == date(2025, 2, 6)


def test_impossible_and_inverted_dates_warn_and_keep_text() -> None:
    posting, problems = parse_bytes(fm("Ref: R", "DataAbertura: 2025-02-30", "DataFecho: brevemente"))
    assert posting is not None
    assert posting.data_abertura is None and posting.data_fecho is None
    assert posting.extra == {"DataAbertura": "2025-02-30", "DataFecho": "brevemente"}
    assert messages(problems) == ["DataAbertura '2025-02-30' is not a valid date",
                                  "DataFecho 'brevemente' is not a valid date"]
    posting, problems = parse_bytes(fm("Ref: R", "DataAbertura: 2025-03-01", "DataFecho: 2025-02-01"))
    assert posting is not None and posting.data_fecho == date(2025, 2, 1)
    assert messages(problems) == ["DataFecho 2025-02-01 is before DataAbertura 2025-03-01"]


@pytest.mark.parametrize("raw,expected", [
    ("132314", 132314), ('"132314"', 132314), ("132314.0", 132314), ("0010", 10), ("0099", 99), ("", None),
])
def test_id_forms(raw: str, expected: int | None) -> None:
    posting, problems = parse_bytes(fm("Ref: R", f"Id: {raw}"))
    assert posting is not None and problems == []
    assert posting.id == expected


def test_bad_id_is_kept_as_text() -> None:
    posting, problems = parse_bytes(fm("Ref: R", "Id: 12a"))
    assert posting is not None and posting.id is None and posting.extra["Id"] == "12a"
    assert messages(problems) == ["Id '12a' is not a whole number"]


@pytest.mark.parametrize("data,message", [
    (b"just text", "not a posting: no front matter"),
    (b"", "not a posting: no front matter"),
    (b"---\n---\n", "not a posting: the front matter is empty"),
    (b"---\nlayout: post\n---\n", "not a posting: no title, Ref, Id, Trabalho, Empregador or Descricao"),
    (b"---\nRef: x\x00y\n---\n", "not a posting: binary data"),
])
def test_not_postings_are_explained(data: bytes, message: str) -> None:
    posting, problems = parse_bytes(data, "f.md")
    assert posting is None
    assert [(p.severity, p.message) for p in problems] == [(Severity.ERROR, message)]
    assert problems[0].source_path == "f.md"


def test_unclosed_front_matter_and_body_are_kept() -> None:
    posting, problems = parse_bytes(b"--- \nRef: R\ntitle: T\n")
    assert posting is not None and posting.title == "T"
    assert messages(problems) == ["front matter has no closing '---': read to the end of the file"]
    posting, _ = parse_bytes(b"---\nRef: R\n---\nTexto livre do aviso.\n")
    assert posting is not None and posting.descricao == "Texto livre do aviso."
    posting, _ = parse_bytes(b"---\nRef: R\nDescricao: perfil\n---\nCorpo.\n")
    assert posting is not None and posting.extra["Texto"] == "Corpo."


def test_repeated_key_keeps_last_and_reports_earlier() -> None:
    posting, problems = parse_bytes(fm("Ref: R", "Concelho: Beja", "Concelho: Serpa"))
    assert posting is not None and posting.concelho == "Serpa"
    assert messages(problems) == ["Concelho appears twice; kept the last value, the earlier was 'Beja'"]


def test_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    missing = tmp_path / "gone.md"
    posting, problems = parse_file(str(missing))
    assert posting is None and problems[0].message == "unreadable: no such file or directory"
    if os.geteuid() != 0:  # root reads anything
        locked = tmp_path / "locked.md"
        locked.write_bytes(fm("Ref: R"))
        locked.chmod(0)
        _, problems = parse_file(str(locked))
        assert problems[0].message == "unreadable: permission denied"


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=600))
def test_parser_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    posting, problems = parse_bytes(data, "x.md")
    assert posting is not None or problems


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Ref", "title", "Descricao", "X", "Id", "DataFecho"]),
                          st.text(max_size=40)), max_size=8))
def test_parser_never_raises_on_arbitrary_front_matter(pairs: list[tuple[str, str]]) -> None:
    data = ("---\n" + "\n".join(f"{k}: {v}" for k, v in pairs) + "\n---\n").encode("utf-8", "surrogatepass")
    posting, problems = parse_bytes(data)
    assert posting is not None or problems
