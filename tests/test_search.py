"""Search language, facets, deadline filters and sorting of the Qt-free search core."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vagas_desktop.core.posting import Posting
from vagas_desktop.core.query import (
    HINT_EMPTY_VALUE,
    HINT_LONE_MINUS,
    HINT_UNCLOSED_QUOTE,
    HINT_UNKNOWN_QUALIFIER,
    parse_query,
)
from vagas_desktop.core.search import DeadlineFilter, FacetFilter, SearchIndex, SortKey
from vagas_desktop.core.textfold import fold, fold_cached, fold_utf8

TODAY = date(2025, 2, 20)


def _posting(row: int, **fields: object) -> Posting:
    return Posting(**{"id": 1000 + row, "source_path": f"/vagas/{row}.md", **fields})


POSTINGS = [
    _posting(
        0,
        ref="OE202502/0240",
        title="Técnico Superior - Área de Informática",
        trabalho="Técnico Superior",
        empregador="Câmara Municipal de Évora",
        concelho="Évora",
        distrito="Évora",
        descricao="Desenvolvimento de aplicações e gestão de redes informáticas. Conhecimentos de SQL.",
        data_abertura=date(2025, 2, 10),
        data_fecho=date(2025, 2, 24),
        extra={"Vagas": "2"},
    ),
    _posting(
        1,
        ref="OE202502/0311",
        title="Assistente Operacional - Jardinagem",
        trabalho="Assistente Operacional",
        empregador="Junta de Freguesia de Arroios",
        concelho="Lisboa",
        distrito="Lisboa",
        descricao="Manutenção de espaços verdes e jardins; condução de viaturas ligeiras.",
        data_abertura=date(2025, 2, 12),
        data_fecho=date(2025, 3, 1),
        extra={"Vagas": "10"},
    ),
    _posting(
        2,
        ref="OE202501/0102",
        title="Enfermeiro - Serviço de Urgência",
        trabalho="Enfermeiro",
        empregador="Unidade Local de Saúde do Baixo Alentejo",
        concelho="Beja",
        distrito="Beja",
        descricao="Prestação de cuidados de enfermagem no serviço de urgência.",
        data_abertura=date(2025, 1, 20),
        extra={"Vagas": "9"},
    ),
    _posting(
        3,
        ref="OE202502/0077",
        title="Técnico de Informática - Apoio aos Utilizadores",
        trabalho="Técnico de Informática",
        empregador="Instituto da Segurança Social, I.P.",
        concelho="Lisboa",
        distrito="Lisboa",
        descricao="Suporte técnico aos utilizadores dos serviços de Lisboa e do Porto – “helpdesk”.",
        data_abertura=date(2025, 2, 3),
        data_fecho=date(2025, 2, 28),
    ),
    _posting(
        4,
        ref="OE202502/0155",
        title="Assistente Técnico - Atendimento",
        trabalho="Assistente Técnico",
        empregador="Câmara Municipal de Faro",
        concelho="Faro",
        distrito="Faro",
        descricao="Atendimento ao público e expediente administrativo; remuneração de 1 050,00 €.",
        data_abertura=date(2025, 2, 1),
        data_fecho=date(2025, 2, 15),
    ),
    _posting(
        5,
        ref="OE202502/0199",
        title="Técnico Superior - Direito",
        trabalho="Técnico Superior",
        empregador="Câmara Municipal de Sintra",
        concelho="Sintra",
        distrito="Lisboa",
        descricao="Apoio jurídico à câmara municipal; elaboração de pareceres e informações.",
        data_abertura=date(2025, 2, 6),
        data_fecho=date(2025, 2, 20),
    ),
    _posting(
        6,
        ref="OE202503/0003",
        title="Médico - Medicina Interna",
        trabalho="Médico",
        empregador="Hospital de Braga",
        concelho="Braga",
        distrito="Braga",
        descricao="Medicina interna em regime de urgência. Horário:9h às 17h.",
        data_abertura=date(2025, 3, 1),
        data_fecho=date(2025, 3, 20),
    ),
    _posting(
        7,
        ref="OE202412/0450",
        title="TECNICO SUPERIOR (CONTABILIDADE)",
        trabalho="Técnico Superior",
        empregador="Camara Municipal de Evora",
        concelho="Evora",
        distrito="",
        descricao="CONTABILIDADE PUBLICA E TESOURARIA.",
        data_abertura=date(2024, 12, 2),
        data_fecho=date(2024, 12, 20),
    ),
]
ALL = list(range(len(POSTINGS)))


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex(POSTINGS)


def rows(index: SearchIndex, text: str, facets: FacetFilter | None = None) -> list[int]:
    return index.search(parse_query(text), facets)


# -- folding ----------------------------------------------------------------------------------------


def test_fold_removes_accents_and_case() -> None:
    assert fold("Técnico Superior") == "tecnico superior"
    assert fold("ÉVORA") == "evora"
    assert fold("Ação Social, Ç") == "acao social, c"
    assert fold("Dirigente 2º grau, 1ª") == "dirigente 2o grau, 1a"
    assert fold("d’Água – “Lisboa”") == "d'agua - \"lisboa\""
    assert fold("Custa 1 050,00 €") == "custa 1 050,00 €"
    assert fold_utf8("Évora €") == "evora €".encode()
    assert fold_cached("Santarém") == "santarem" and fold_cached("Santarém") is fold_cached("Santarém")


CP1252_TEXT = st.text(alphabet=st.characters(codec="cp1252") | st.characters(codec="latin-1"), max_size=40)


@given(CP1252_TEXT)
def test_fold_fast_paths_agree_with_general_fold(text: str) -> None:
    # "→" has no one-byte encoding, so the second call takes the general NFKD path.
    assert fold(text + "→") == fold(text) + "→"
    assert fold_utf8(text) == fold(text).encode("utf-8")


# -- query parsing ----------------------------------------------------------------------------------


def test_parse_words_phrases_exclusions_and_qualifiers() -> None:
    text = 'Técnico "Câmara  Municipal" -Faro -"de sintra" DISTRITO:Évora ref:"OE202502/0240"'
    query = parse_query(text)
    got = [(t.field, t.text, t.folded, t.negated, t.phrase) for t in query.terms]
    assert got == [
        ("", "Técnico", "tecnico", False, False),
        ("", "Câmara Municipal", "camara municipal", False, True),
        ("", "Faro", "faro", True, False),
        ("", "de sintra", "de sintra", True, True),
        ("distrito", "Évora", "evora", False, False),
        ("ref", "OE202502/0240", "oe202502/0240", False, True),
    ]
    assert query.hints == ()
    assert query.highlight_terms() == ["Técnico", "Câmara Municipal", "Évora", "OE202502/0240"]


def test_parse_hints_for_malformed_input() -> None:
    unknown = parse_query("foo:bar sql")
    assert [h.code for h in unknown.hints] == [HINT_UNKNOWN_QUALIFIER]
    assert unknown.hints[0].detail == "foo" and "foo:" in unknown.hints[0].text
    assert [(t.field, t.folded) for t in unknown.terms] == [("", "foo:bar"), ("", "sql")]

    unclosed = parse_query('empregador:"câmara municipal')
    assert [h.code for h in unclosed.hints] == [HINT_UNCLOSED_QUOTE]
    assert [(t.field, t.folded, t.phrase) for t in unclosed.terms] == [
        ("empregador", "camara municipal", True)
    ]

    empty = parse_query("distrito: lisboa")
    assert [(h.code, h.detail) for h in empty.hints] == [(HINT_EMPTY_VALUE, "distrito")]
    assert [(t.field, t.folded) for t in empty.terms] == [("", "lisboa")]

    lone = parse_query("tecnico - evora -")
    assert [h.code for h in lone.hints] == [HINT_LONE_MINUS]
    assert [t.folded for t in lone.terms] == ["tecnico", "evora"]

    assert parse_query('  "" ').is_empty and parse_query("-").is_empty and parse_query("").is_empty
    assert not parse_query("x").is_empty
    assert parse_query("10:30 http").hints == ()  # a colon after digits is not a qualifier


def test_registered_extra_qualifier_is_not_a_hint() -> None:
    query = parse_query("Is:Bookmarked -status:aplicado", extra_qualifiers=("is", "status"))
    assert query.hints == ()
    assert [(t.field, t.folded, t.negated) for t in query.terms] == [
        ("is", "bookmarked", False),
        ("status", "aplicado", True),
    ]
    assert query.highlight_terms() == []
    assert [h.code for h in parse_query("is:bookmarked").hints] == [HINT_UNKNOWN_QUALIFIER]


# -- search -----------------------------------------------------------------------------------------


def test_accent_and_case_insensitive_both_ways(index: SearchIndex) -> None:
    assert rows(index, "tecnico superior") == [0, 5, 7]
    assert rows(index, "TÉCNICO SUPERIOR") == [0, 5, 7]
    assert rows(index, "evora") == [0, 7]
    assert rows(index, "Évora") == [0, 7]
    assert rows(index, "Servico") == [2, 3]  # "Serviço", "serviços"
    assert rows(index, "d'urgencia") == []


def test_words_are_anded_across_fields_and_profile(index: SearchIndex) -> None:
    assert rows(index, "técnico") == [0, 3, 4, 5, 7]  # 4: "Assistente Técnico"
    assert rows(index, "técnico lisboa") == [3, 5]  # 3: concelho and profile; 5: distrito
    assert rows(index, "urgência medicina") == [6]
    assert rows(index, "pareceres sintra") == [5]  # profile word + concelho
    assert rows(index, "helpdesk") == [3]  # “helpdesk” in typographic quotes
    assert rows(index, "oe202502") == [0, 1, 3, 4, 5]  # refs are searched too


def test_phrases_and_exclusions(index: SearchIndex) -> None:
    assert rows(index, '"câmara municipal"') == [0, 4, 5, 7]
    assert rows(index, '"municipal câmara"') == []
    assert rows(index, '"câmara municipal" -faro') == [0, 5, 7]
    assert rows(index, 'câmara -"de sintra" -"de évora"') == [4]
    assert rows(index, "tecnico -superior") == [3, 4]


def test_each_qualifier(index: SearchIndex) -> None:
    assert rows(index, 'ref:"OE202502/0240"') == [0]
    assert rows(index, "ref:oe2025") == [0, 1, 2, 3, 4, 5, 6]
    assert rows(index, 'trabalho:"técnico superior"') == [0, 5, 7]
    assert rows(index, "Trabalho:informatica") == [3]  # title of 0 mentions it, trabalho does not
    assert rows(index, 'empregador:"câmara municipal"') == [0, 4, 5, 7]
    assert rows(index, "concelho:sintra") == [5]
    assert rows(index, "DISTRITO:lisboa") == [1, 3, 5]
    assert rows(index, "texto:lisboa") == [3]  # the profile only, not concelho/distrito
    assert rows(index, "texto:jardins") == [1]
    assert rows(index, "lisboa") == [1, 3, 5]


def test_negated_qualifiers(index: SearchIndex) -> None:
    assert rows(index, "-distrito:lisboa") == [0, 2, 4, 6, 7]
    assert rows(index, "tecnico -empregador:câmara") == [3]
    assert rows(index, "-texto:urgência -ref:OE2025") == [7]


def test_malformed_queries_search_what_they_can(index: SearchIndex) -> None:
    assert rows(index, "horario:9h") == [6]  # unknown qualifier: searched as a plain word
    assert rows(index, "foo:bar") == []
    assert rows(index, 'empregador:"câmara municipal de') == [0, 4, 5, 7]  # unclosed: rest is the phrase
    assert rows(index, '"segurança social') == [3]
    assert rows(index, "distrito: faro") == [4]  # empty qualifier ignored, faro a plain word
    assert rows(index, "-") == ALL


def test_extra_predicates_evaluate_registered_qualifiers(index: SearchIndex) -> None:
    bookmarks = {0, 3, 6}
    seen: set[str] = set()

    def is_(row: int, value: str) -> bool:
        seen.add(value)
        return value == "bookmarked" and row in bookmarks

    preds = {"is": is_}
    query = parse_query("técnico Is:BOOKMARKED", extra_qualifiers=preds)
    assert index.search(query, extra_predicates=preds) == [0, 3]
    assert seen == {"bookmarked"}
    assert index.search("-is:bookmarked técnico", extra_predicates=preds) == [4, 5, 7]  # str: parsed here
    assert index.search(query) == [0, 3, 4, 5, 7]  # no predicate given: the qualifier is ignored
    assert index.search("técnico", extra_predicates=preds) == [0, 3, 4, 5, 7]


def test_typing_forward_and_backspacing_match_a_fresh_index(index: SearchIndex) -> None:
    text = 'técnico lisboa -"de faro"'
    steps = [text[:i] for i in range(1, len(text) + 1)]
    for prefix in steps + steps[::-1] + ["lis", "lisb", "técnico", "-lisboa", "lisboa", ""]:
        assert index.search(prefix) == SearchIndex(POSTINGS).search(prefix), prefix


def test_refinement_with_changing_facets_matches_a_fresh_index(index: SearchIndex) -> None:
    lisboa = FacetFilter(distritos=frozenset({"Lisboa"}), today=TODAY)
    opened = FacetFilter(deadline=DeadlineFilter.OPEN, today=TODAY)
    for text, facets in [("tec", None), ("tecn", lisboa), ("tecnico", lisboa), ("tecnico", opened),
                         ("tecnico s", None), ("tecnico su", opened), ("tecnico", None)]:
        assert index.search(text, facets) == SearchIndex(POSTINGS).search(text, facets), (text, facets)


def _matches_naively(posting: Posting, text: str) -> bool:
    """Reference semantics straight from the Posting fields (substring on folded text)."""
    query = parse_query(text)
    fields = {"ref": [posting.ref], "trabalho": [posting.trabalho], "empregador": [posting.empregador],
              "concelho": [posting.concelho], "distrito": [posting.distrito], "texto": [posting.descricao]}
    fields[""] = [posting.title, posting.trabalho, posting.empregador, posting.concelho, posting.distrito,
                  posting.ref, posting.descricao]
    return all(any(t.folded in fold(value) for value in fields[t.field]) != t.negated for t in query.terms)


WORDS = st.sampled_from(["téc", "tecnico", "lisboa", "lisb", "câmara", "de", "-de", "urgência", "ç", "ã",
                         '"municipal de', "ref:oe2025", "-distrito:lisboa", "texto:ç", "sup", "é", " "])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, max_size=6))
def test_search_agrees_with_naive_matching_while_typing(index: SearchIndex, words: list[str]) -> None:
    text = " ".join(words)
    for i in range(len(text) + 1):  # every keystroke, reusing the index and its caches
        expected = [r for r, p in enumerate(POSTINGS) if _matches_naively(p, text[:i])]
        assert index.search(text[:i]) == expected, text[:i]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(), st.text(max_size=8))
def test_parse_and_search_never_raise(index: SearchIndex, text: str, extra_name: str) -> None:
    query = parse_query(text, extra_qualifiers=[extra_name])
    assert isinstance(query.highlight_terms(), list)
    preds = {extra_name.casefold(): lambda row, value: row % 2 == 0}
    result = index.search(query, extra_predicates=preds)
    assert result == sorted(set(result)) and set(result) <= set(ALL)
    assert index.facet_counts(text, None, "distrito") is not None


# -- facets ---------------------------------------------------------------------------------------


def test_facets_and_with_query(index: SearchIndex) -> None:
    lisboa = FacetFilter(distritos=frozenset({"Lisboa"}), today=TODAY)
    assert rows(index, "", lisboa) == [1, 3, 5]
    assert rows(index, "técnico", lisboa) == [3, 5]
    both = FacetFilter(distritos=frozenset({"Lisboa", "Évora"}), concelhos=frozenset({"Sintra", "Évora"}),
                       today=TODAY)
    assert rows(index, "", both) == [0, 5]
    employers = frozenset({"Câmara Municipal de Sintra", "Câmara Municipal de Évora"})
    jobs = FacetFilter(trabalhos=frozenset({"Técnico Superior"}), empregadores=employers, today=TODAY)
    assert rows(index, "", jobs) == [0, 5]
    assert rows(index, "direito", jobs) == [5]


def test_facet_counts_ignore_own_selection_and_skip_empty_values(index: SearchIndex) -> None:
    lisboa = FacetFilter(distritos=frozenset({"Lisboa"}), today=TODAY)
    assert index.facet_counts("", lisboa, "distrito") == [
        ("Beja", 1), ("Braga", 1), ("Évora", 1), ("Faro", 1), ("Lisboa", 3)  # Évora sorts under E
    ]
    assert index.facet_counts("técnico", lisboa, "distrito") == [("Évora", 1), ("Faro", 1), ("Lisboa", 2)]
    assert index.facet_counts("", lisboa, "trabalho") == [
        ("Assistente Operacional", 1), ("Técnico de Informática", 1), ("Técnico Superior", 1)
    ]


def test_concelho_counts_follow_selected_distritos(index: SearchIndex) -> None:
    lisboa = FacetFilter(distritos=frozenset({"Lisboa"}), concelhos=frozenset({"Sintra"}), today=TODAY)
    assert index.facet_counts("", lisboa, "concelho") == [("Lisboa", 2), ("Sintra", 1)]
    assert index.facet_counts("", None, "concelho") == [
        ("Beja", 1), ("Braga", 1), ("Evora", 1), ("Évora", 1), ("Faro", 1), ("Lisboa", 2), ("Sintra", 1)
    ]  # equal folded values: original text decides


def test_selected_value_without_matches_stays_listed(index: SearchIndex) -> None:
    beja = FacetFilter(distritos=frozenset({"Beja"}), today=TODAY)
    assert index.facet_counts("informática", beja, "distrito") == [("Beja", 0), ("Évora", 1), ("Lisboa", 1)]
    with pytest.raises(ValueError):
        index.facet_counts("", beja, "title")


# -- deadlines ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("deadline", "within", "expected"),
    [
        (DeadlineFilter.ALL, 7, ALL),
        (DeadlineFilter.OPEN, 7, [0, 1, 3, 5]),  # 5 closes today; 2 has no closing date; 6 opens 1 March
        (DeadlineFilter.UPCOMING, 7, [6]),  # opens 1 March: "a abrir", not open on 20 February
        (DeadlineFilter.CLOSING_WITHIN, 5, [0, 5]),  # days left 5 and 1
        (DeadlineFilter.CLOSING_WITHIN, 9, [0, 3, 5]),  # 3 closes 28 Feb: 9 days left
        (DeadlineFilter.CLOSING_WITHIN, 10, [0, 1, 3, 5]),  # 1 closes 1 March: 10 days left
        (DeadlineFilter.CLOSED, 7, [4, 7]),
    ],
)
def test_deadline_filters(
    index: SearchIndex, deadline: DeadlineFilter, within: int, expected: list[int]
) -> None:
    facets = FacetFilter(deadline=deadline, within_days=within, today=TODAY)
    assert rows(index, "", facets) == expected


def test_open_on_day(index: SearchIndex) -> None:
    assert rows(index, "", FacetFilter(open_on=date(2025, 3, 5), today=TODAY)) == [2, 6]
    assert rows(index, "", FacetFilter(open_on=date(2025, 2, 24), today=TODAY)) == [0, 1, 2, 3]
    assert rows(index, "tecnico", FacetFilter(open_on=date(2025, 2, 20), today=TODAY)) == [0, 3, 5]


# -- sorting --------------------------------------------------------------------------------------


def test_sort_by_dates_and_days_missing_last(index: SearchIndex) -> None:
    assert index.sort(ALL, SortKey.DATA_FECHO) == [7, 4, 5, 0, 3, 1, 6, 2]
    assert index.sort(ALL, SortKey.DATA_FECHO, descending=True) == [6, 1, 3, 0, 5, 4, 7, 2]
    assert index.sort(ALL, SortKey.DATA_ABERTURA) == [7, 2, 4, 3, 5, 0, 1, 6]
    # days left on 20 Feb: 5: 1, 0: 5, 3: 9, 1: 10, 6: 29, then 4 and 7 closed (tie by row id), 2: none.
    # Closed and undated postings stay last either way: the deadline order puts what can be applied to first.
    assert index.sort(ALL, SortKey.DAYS_LEFT, today=TODAY) == [5, 0, 3, 1, 6, 4, 7, 2]
    assert index.sort(ALL, SortKey.DAYS_LEFT, descending=True, today=TODAY) == [6, 1, 3, 0, 5, 4, 7, 2]
    assert index.sort([2, 5, 7], "days_left", today=TODAY) == [5, 7, 2]


def test_sort_text_folded_with_missing_last(index: SearchIndex) -> None:
    assert index.sort(ALL, SortKey.DISTRITO) == [2, 6, 0, 4, 1, 3, 5, 7]  # Beja Braga Évora Faro Lisboa ""
    assert index.sort(ALL, SortKey.DISTRITO, descending=True) == [1, 3, 5, 4, 0, 6, 2, 7]
    assert index.sort([4, 2, 0], SortKey.CONCELHO) == [2, 0, 4]  # Beja, Évora, Faro
    assert index.sort(ALL, SortKey.CONCELHO) == [2, 6, 7, 0, 4, 1, 3, 5]  # "Evora" < "Évora" as text


def test_sort_is_stable_by_row_id_and_subsets_agree(index: SearchIndex) -> None:
    by_job = index.sort(ALL, SortKey.TRABALHO)
    assert by_job == [1, 4, 2, 6, 3, 0, 5, 7]  # three "Técnico Superior" in row order
    assert index.sort([7, 5, 0], SortKey.TRABALHO, descending=True) == [0, 5, 7]
    big = SearchIndex(POSTINGS * 5)  # many ties; subsets under a quarter of the rows take another path
    every = list(range(40))
    for subset in ([37, 2, 15, 8, 30], [6, 1], every[::-1], every[::3]):
        for key in [*SortKey, "extra:Vagas"]:
            for desc in (False, True):
                full = big.sort(every, key, descending=desc, today=TODAY)
                assert big.sort(subset, key, desc, today=TODAY) == [r for r in full if r in subset]


def test_sort_with_collate_extra_and_id(index: SearchIndex) -> None:
    # by length: 25, 26, three of 32 (tie: by text, "Assistente" < "Enfermeiro" < "TECNICO"), 35, 38, 47
    assert index.sort(ALL, SortKey.TITLE, collate=len) == [6, 5, 4, 2, 7, 1, 0, 3]
    assert index.sort(ALL, "extra:Vagas") == [0, 2, 1, 3, 4, 5, 6, 7]  # numbers: 2, 9, 10, then missing
    assert index.sort(ALL, "extra:Vagas", descending=True) == [1, 2, 0, 3, 4, 5, 6, 7]
    assert index.sort(ALL, "extra:Vagas", collate=str) == [1, 0, 2, 3, 4, 5, 6, 7]  # as text: "10" < "2"
    assert index.sort([3, 1], SortKey.ID, descending=True) == [3, 1]
    assert index.sort(ALL, SortKey.REF) == [7, 2, 3, 4, 5, 0, 1, 6]
    with pytest.raises(ValueError):
        index.sort(ALL, "salary")


def test_sort_id_missing_last() -> None:
    postings = [Posting(id=5, title="a"), Posting(title="b"), Posting(id=2, title="c")]
    index = SearchIndex(postings)
    assert index.sort([0, 1, 2], SortKey.ID) == [2, 0, 1]
    assert index.sort([0, 1, 2], SortKey.ID, descending=True) == [0, 2, 1]
    assert index.search("") == [0, 1, 2] and len(index) == 3


def test_sort_refs_by_their_folded_characters_missing_last() -> None:
    refs = ["OE202503/0012", "", "oe202501/0318", "OE202502/0240", "OE202502/0240"]
    index = SearchIndex([Posting(ref=r, title=str(i)) for i, r in enumerate(refs)])
    assert index.sort(range(5), SortKey.REF) == [2, 3, 4, 0, 1]  # case ignored, ties by row, none last
    assert index.sort(range(5), SortKey.REF, descending=True) == [0, 3, 4, 2, 1]
