"""Tests for the functional profile parser (vagas_desktop.core.profile)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vagas_desktop.core.profile import Profile, ProfileSection, parse_profile

EXAMPLE = Path(__file__).parent / "data" / "example-posting.md"


def _example_descricao() -> str:
    for line in EXAMPLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("Descricao: "):
            return line.removeprefix("Descricao: ")
    raise AssertionError("no Descricao line in the example posting")


def _parts(profile: Profile) -> list[str]:
    parts = [profile.intro]
    for section in profile.sections:
        parts.append(section.header)
        parts.extend(section.items)
    return parts


def _words(profile: Profile, original: str) -> None:
    """Assert that intro + headers + items hold every word of original, in order, nothing added.

    A glued "item.Header" token is split in two, so each original word must be the concatenation
    of one or more consecutive words of the parts.
    """
    parts = _parts(profile)
    assert "".join("".join(parts).split()) == "".join(original.split())
    got = iter(" ".join(parts).split())
    for word in original.split():
        acc = next(got)
        while acc != word:
            assert word.startswith(acc), (word, acc)
            acc += next(got)
    assert next(got, None) is None
    # No empty or untrimmed pieces.
    assert all(p == p.strip() for p in parts)
    assert all(item for s in profile.sections for item in s.items)


def _parse(text: str) -> Profile:
    """parse_profile plus the word-preservation check, used by every test below."""
    profile = parse_profile(text)
    _words(profile, text)
    return profile


@pytest.fixture(scope="module")
def example() -> Profile:
    return _parse(_example_descricao())


# --- the real example ------------------------------------------------------


def test_example_intro(example: Profile) -> None:
    assert example.intro == (
        "Desenvolvimento de atividades da carreira e categoria de Assistente Técnico, "
        "da área de Atendimento ao Público, considerando o seguinte perfil funcional"
    )


def test_example_headers(example: Profile) -> None:
    assert example.headers() == [
        "Atendimento presencial",
        "Atendimento telefónico",
        "Atendimento online",
        "Faturação e gestão da receita",
        "Competências Comportamentais",
    ]
    assert [len(s.items) for s in example.sections] == [6, 5, 5, 6, 8]


def test_example_items(example: Profile) -> None:
    presencial, telefonico, online, faturacao, competencias = example.sections
    assert presencial.items[1] == "Rececionar e registar expediente"
    # The "." glued to the next header stays with the item.
    assert presencial.items[-1] == "Rececionar exposições e reclamações dos Munícipes."
    assert telefonico.items[-1] == "Reportar reclamações rececionadas através do atendimento telefónico."
    assert online.items[1] == "Receção, registo e encaminhamento de correio eletrónico"
    assert faturacao.items[0] == "Emitir faturas dos serviços disponibilizados na área de atendimento"
    assert competencias.items == (
        "Orientação para o serviço Público",
        "Conhecimentos e experiência",
        "Responsabilidade e compromisso com o serviço",
        "Trabalho de equipa e Cooperação",
        "Realização e Orientação para Resultados",
        "Adaptação e melhoria contínua",
        "Relacionamento interpessoal",
        "Comunicação.",
    )


def test_example_keeps_every_word(example: Profile) -> None:
    _words(example, _example_descricao())
    # The glued tokens are the only ones split in two.
    parts = " ".join(p for s in example.sections for p in (s.header, *s.items)).split()
    assert "Munícipes." in parts and "Munícipes.Atendimento" not in parts


def test_example_as_text(example: Profile) -> None:
    text = example.as_text()
    assert text.startswith(example.intro + "\n\nAtendimento presencial\n• Assegurar o atendimento")
    assert "• Rececionar exposições e reclamações dos Munícipes.\n\nAtendimento telefónico\n• " in text
    assert text.endswith("\n• Relacionamento interpessoal\n• Comunicação.")


# --- shapes seen in other profiles ----------------------------------------------


def test_empty_and_blank() -> None:
    assert _parse("") == Profile("", ())
    assert _parse("  \t\n ") == Profile("", ())
    assert _parse("").as_text() == ""
    assert _parse("").headers() == []


def test_plain_prose_is_intro_only() -> None:
    text = (
        "Exercício de funções na área administrativa, com autonomia e responsabilidade. "
        "Atendimento ao público e apoio ao Sr. Presidente."
    )
    profile = _parse(text)
    assert profile == Profile(text, ())
    assert profile.as_text() == text


def test_colon_then_semicolon_list() -> None:
    text = "Funções: Executar tarefas de expediente; Atender o público; Arquivar documentos."
    profile = _parse(text)
    assert profile.intro == "Funções:"
    assert profile.sections == (
        ProfileSection("", ("Executar tarefas de expediente;", "Atender o público;", "Arquivar documentos.")),
    )


def test_bare_semicolon_list() -> None:
    text = "Executar tarefas; Atender o público; Arquivar"
    profile = _parse(text)
    assert profile.intro == ""
    assert profile.sections == (ProfileSection("", ("Executar tarefas;", "Atender o público;", "Arquivar")),)


def test_single_semicolon_is_prose() -> None:
    text = "Executar tarefas administrativas; experiência valorizada"
    assert _parse(text) == Profile(text, ())


def test_lettered_items() -> None:
    text = "Funções: a) Executar tarefas; b) Atender o público; c) Arquivar documentos."
    profile = _parse(text)
    assert profile.intro == "Funções:"
    assert profile.sections[0].items == (
        "a) Executar tarefas;",
        "b) Atender o público;",
        "c) Arquivar documentos.",
    )


def test_numbered_items() -> None:
    text = "Compete-lhe: 1) Executar tarefas 2) Atender o público 3) Arquivar"
    profile = _parse(text)
    assert profile.intro == "Compete-lhe:"
    assert profile.sections[0].items == ("1) Executar tarefas", "2) Atender o público", "3) Arquivar")


def test_numbered_with_dash() -> None:
    profile = _parse("1 - Executar tarefas 2 - Atender o público")
    assert profile.intro == ""
    assert profile.sections[0].items == ("1 - Executar tarefas", "2 - Atender o público")


def test_numbers_out_of_sequence_do_not_split() -> None:
    text = "Nos termos da alínea c) do n.º 2 do artigo 3) da lei"
    assert _parse(text) == Profile(text, ())


def test_nested_enumeration_splits_on_outer_level() -> None:
    text = "1) Atendimento: a) presencial; b) telefónico 2) Arquivo"
    profile = _parse(text)
    assert profile.sections[0].items == ("1) Atendimento: a) presencial; b) telefónico", "2) Arquivo")


def test_bullets() -> None:
    text = "Funções: • Executar tarefas • Atender o público •Arquivar"
    profile = _parse(text)
    assert profile.intro == "Funções:"
    assert profile.sections[0].items == ("• Executar tarefas", "• Atender o público", "•Arquivar")
    # Items already carry their bullet; the rendering does not double it.
    assert profile.as_text() == "Funções:\n\n• Executar tarefas\n• Atender o público\n•Arquivar"


def test_dash_bullets() -> None:
    text = "Funções: - Executar tarefas - Atender o público"
    profile = _parse(text)
    assert profile.intro == "Funções:"
    assert profile.sections[0].items == ("- Executar tarefas", "- Atender o público")


def test_dash_inside_prose_does_not_split() -> None:
    text = "Apoio administrativo - arquivo e expediente - na Divisão de Obras"
    assert _parse(text) == Profile(text, ())


def test_abbreviations_and_urls_do_not_split() -> None:
    text = (
        "Funções previstas na Lei N.º 35/2014 e no Decreto-Lei n.º 10/2020, p.ex. atendimento; "
        "ver www.dgae.mec.pt ou geral@cm-oeiras.pt.Mais D.L.Atendimento 1.5 Lda.Com"
    )
    profile = _parse(text)
    assert profile == Profile(text, ())


def test_glued_abbreviation_before_items_is_not_a_header() -> None:
    # Candidate glued headers whose token looks like a URL or e-mail are left alone.
    text = "Consultar www.cm-oeiras.pt e geral@cm-oeiras.Pt   Atender o público   Arquivar"
    profile = _parse(text)
    assert profile.headers() == []
    assert profile.intro == "Consultar www.cm-oeiras.pt e geral@cm-oeiras.Pt"
    assert profile.sections == (ProfileSection("", ("Atender o público", "Arquivar")),)


def test_items_without_headers() -> None:
    text = "Funções de apoio administrativo:   Executar tarefas   Atender o público   Arquivar"
    profile = _parse(text)
    assert profile.intro == "Funções de apoio administrativo:"
    assert profile.sections == (ProfileSection("", ("Executar tarefas", "Atender o público", "Arquivar")),)


def test_short_items_are_not_headers() -> None:
    # Short capitalised items that follow an item without a final "." stay items.
    text = "Competências   Orientação para o serviço   Conhecimentos e experiência   Comunicação."
    profile = _parse(text)
    assert profile.intro == ""
    assert profile.headers() == ["Competências"]
    assert profile.sections[0].items == (
        "Orientação para o serviço",
        "Conhecimentos e experiência",
        "Comunicação.",
    )


def test_header_with_space_after_period_and_colon() -> None:
    text = (
        "Funções a desempenhar: Atendimento   Atender o público   Registar pedidos. Arquivo   "
        "Arquivar processos.   Contabilidade:   Emitir faturas"
    )
    profile = _parse(text)
    assert profile.intro == "Funções a desempenhar:"
    assert profile.headers() == ["Atendimento", "Arquivo", "Contabilidade:"]
    assert profile.sections[1].items == ("Arquivar processos.",)
    assert profile.sections[2].items == ("Emitir faturas",)


def test_action_item_after_period_is_not_a_header() -> None:
    text = "Intro do perfil:   Efetuar cobranças.   Registar pagamentos   Controlar a receita."
    profile = _parse(text)
    assert profile.headers() == []
    assert profile.sections[0].items == ("Efetuar cobranças.", "Registar pagamentos", "Controlar a receita.")


def test_abbreviation_period_inside_item_is_not_a_header_boundary() -> None:
    text = "Perfil:   Secretariar o Sr. Presidente   Arquivar"
    profile = _parse(text)
    assert profile.headers() == []
    assert profile.sections[0].items == ("Secretariar o Sr. Presidente", "Arquivar")


def test_first_chunk_is_a_header() -> None:
    profile = _parse("Atendimento presencial   Assegurar o atendimento   Registar expediente")
    assert profile.intro == ""
    assert profile.sections == (
        ProfileSection("Atendimento presencial", ("Assegurar o atendimento", "Registar expediente")),
    )


def test_last_chunk_is_never_a_header() -> None:
    profile = _parse("Perfil funcional Atendimento   Assegurar o atendimento.Comunicação interna")
    assert profile.headers() == ["Atendimento"]
    assert profile.sections[0].items == ("Assegurar o atendimento.Comunicação interna",)


def test_glued_header_in_prose_without_items_is_not_split() -> None:
    text = "Assegurar o atendimento dos Munícipes.Atendimento telefónico geral"
    assert _parse(text) == Profile(text, ())


def test_tabs_and_newlines_separate_items() -> None:
    text = "Perfil funcional:\n\tAtender o público\n\tArquivar\u00a0processos"
    profile = _parse(text)
    assert profile.intro == "Perfil funcional:"
    assert profile.sections == (ProfileSection("", ("Atender o público", "Arquivar\u00a0processos")),)


def test_inline_list_inside_a_section() -> None:
    text = "Perfil funcional Atendimento   Atender; Registar; Arquivar   Emitir faturas"
    profile = _parse(text)
    assert profile.headers() == ["Atendimento"]
    assert profile.sections[0].items == ("Atender;", "Registar;", "Arquivar", "Emitir faturas")


def test_first_chunk_header_even_if_it_looks_like_competencias() -> None:
    profile = _parse("Competências Comportamentais   Orientação para o serviço   Comunicação")
    assert profile.intro == ""
    assert profile.headers() == ["Competências Comportamentais"]


def test_long_glued_header_up_to_eight_words() -> None:
    text = "Perfil funcional:   Arquivar.Apoio à gestão de recursos humanos e formação   Processar salários"
    profile = _parse(text)
    assert profile.headers() == ["Apoio à gestão de recursos humanos e formação"]
    assert profile.sections[0].items == ("Arquivar.",)
    assert profile.sections[1].items == ("Processar salários",)


def test_glued_text_longer_than_a_header_is_not_split() -> None:
    # Nine words after the "." are too many for a header.
    text = "Perfil:   Arquivar.Apoio à gestão de recursos humanos e da formação   Outra"
    profile = _parse(text)
    assert profile.headers() == []
    assert profile.sections[0].items[0].startswith("Arquivar.Apoio")


def test_times_and_ratios_do_not_split() -> None:
    text = "Perfil funcional de assistente   Horário das 09:00 às 17:30   Atender o público"
    profile = _parse(text)
    assert profile.headers() == []
    assert profile.sections[0].items == ("Horário das 09:00 às 17:30", "Atender o público")


def test_intro_list_comes_before_the_first_header() -> None:
    profile = _parse("Funções: a) Executar; b) Arquivar. Atendimento   Assegurar o atendimento")
    assert profile.intro == "Funções:"
    assert profile.sections == (
        ProfileSection("", ("a) Executar;", "b) Arquivar.")),
        ProfileSection("Atendimento", ("Assegurar o atendimento",)),
    )


def test_headers_skips_untitled_sections() -> None:
    profile = Profile("x", (ProfileSection("", ("a",)), ProfileSection("H", ("b",))))
    assert profile.headers() == ["H"]
    assert profile.as_text() == "x\n\n• a\n\nH\n• b"


# --- word preservation ------------------------------------------------------

SAMPLES = [
    "",
    "Executar tarefas; Atender o público; Arquivar",
    "Funções: a) Executar; b) Atender;",
    "1) x 2) y 3) z",
    "• a •b ● c ▪ d",
    "- a - b",
    ";;; ; a;;b;",
    "a.B  c.De Fgh   ijk.Lmn Op   q",
    "Lei N.º 35/2014.  Decreto-Lei n.º 10/2020:  www.dgae.mec.pt.Ver   x",
    "Sr. Presidente   Dr. Silva. Eng. Civil   a",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_samples_keep_every_word(text: str) -> None:
    _parse(text)


_ALPHABET = st.sampled_from(
    [*"aAéÉçÇ.:;,-–•)(1 2\t\n\r\u00a0\u2003\x1c\u2028Zzº/@"]
    + ["  ", "   ", "a)", "b)", "1)", "2)", ". ", "1.", "2 -", "Sr.", ".Atendimento", "perfil funcional"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_property_structured_text(text: str) -> None:
    _parse(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_property_arbitrary_text(text: str) -> None:
    _parse(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_example_descricao().split(" ")), max_size=80).map(" ".join))
def test_property_reshuffled_example(text: str) -> None:
    _parse(text)


@pytest.mark.parametrize(
    ("text", "intro", "items"),
    [
        ("1) Instalar postos   2) Prestar apoio   3) Registar pedidos", "",
         ("1) Instalar postos", "2) Prestar apoio", "3) Registar pedidos")),
        ("Funções: 1) Instalar postos   2) Prestar apoio", "Funções:", ("1) Instalar postos", "2) Prestar apoio")),
        ("a) Atender o público   b) Arquivar", "", ("a) Atender o público", "b) Arquivar")),
    ],
)
def test_first_numbered_item_sharing_the_intro_chunk_is_an_item(text: str, intro: str, items: tuple[str, ...]) -> None:
    profile = parse_profile(text)
    _words(profile, text)
    assert profile.intro == intro
    assert [s.items for s in profile.sections] == [items]
