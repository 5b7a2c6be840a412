"""What the help window says about the search box: one row per piece of syntax, with an example.

The rows are data, so a new qualifier only adds a row here (tests check that every qualifier the
search box accepts has one, and that every example parses without a hint). Texts are pt_PT, marked
for translation; the GUI translates them in the SearchSyntax context.
"""

from __future__ import annotations

from dataclasses import dataclass

from vagas_desktop.core.columns import QT_TRANSLATE_NOOP
from vagas_desktop.core.date_terms import STATE_ALIASES, STATE_FIELD
from vagas_desktop.core.query import BUILTIN_QUALIFIERS, PLAIN
from vagas_desktop.core.user_filters import (
    IS_BOOKMARKED,
    IS_CHANGED,
    IS_CLOSED_SINCE,
    IS_EXTENDED,
    IS_MISSING,
    IS_NEW,
    IS_NOTED,
    IS_REPUBLISHED,
    IS_TRACKED,
    USER_QUALIFIERS,
)
from vagas_desktop.core.userdata_schema import Status

CONTEXT = "SearchSyntax"  # every QT_TRANSLATE_NOOP below uses it (lupdate reads literals)


@dataclass(frozen=True)
class SyntaxRow:
    """One thing to type: its form, what it does, an example; qualifier names the one it documents."""

    syntax: str
    meaning: str
    example: str
    qualifier: str = PLAIN
    values: tuple[str, ...] = ()  # the values it accepts, when they are a fixed few


def _is_row(canonical: str, words: frozenset[str], meaning: str) -> SyntaxRow:
    """An is: value, listing the other words that mean the same."""
    return SyntaxRow(f"is:{canonical}", meaning, f"is:{canonical}", "is",
                     tuple(sorted(words - {canonical})))


def _state_row(canonical: str, meaning: str) -> SyntaxRow:
    """An estado: word, listing its other spellings (English ones too)."""
    words = tuple(sorted(alias for alias, word in STATE_ALIASES.items() if word == canonical))
    return SyntaxRow(f"{STATE_FIELD}:{canonical}", meaning, f"{STATE_FIELD}:{canonical}", STATE_FIELD, words)


SEARCH_SYNTAX: tuple[SyntaxRow, ...] = (
    SyntaxRow(
        QT_TRANSLATE_NOOP("SearchSyntax", "palavra"),
        QT_TRANSLATE_NOOP("SearchSyntax", "Vagas com a palavra no título, função, empregador, concelho, "
                                          "distrito, referência ou perfil. Maiúsculas e acentos não contam."),
        "jurista"),
    SyntaxRow(
        QT_TRANSLATE_NOOP("SearchSyntax", "várias palavras"),
        QT_TRANSLATE_NOOP("SearchSyntax", "Todas as palavras têm de aparecer (em qualquer campo)."),
        "técnico superior"),
    SyntaxRow(
        QT_TRANSLATE_NOOP("SearchSyntax", '"frase exata"'),
        QT_TRANSLATE_NOOP("SearchSyntax", "As palavras juntas, por esta ordem."),
        '"apoio jurídico"'),
    SyntaxRow(
        QT_TRANSLATE_NOOP("SearchSyntax", "-palavra"),
        QT_TRANSLATE_NOOP("SearchSyntax", "Exclui as vagas com a palavra; também antes de um filtro."),
        "-estágio"),
    SyntaxRow("ref:", QT_TRANSLATE_NOOP("SearchSyntax", "Referência da oferta (ou parte dela)."),
              "ref:OE202403", "ref"),
    SyntaxRow("trabalho:", QT_TRANSLATE_NOOP("SearchSyntax", "Tipo de trabalho ou carreira."),
              "trabalho:informática", "trabalho"),
    SyntaxRow("empregador:", QT_TRANSLATE_NOOP("SearchSyntax", "Entidade empregadora."),
              'empregador:"câmara municipal"', "empregador"),
    SyntaxRow("concelho:", QT_TRANSLATE_NOOP("SearchSyntax", "Concelho do local de trabalho."),
              "concelho:évora", "concelho"),
    SyntaxRow("distrito:", QT_TRANSLATE_NOOP("SearchSyntax", "Distrito do local de trabalho."),
              "distrito:lisboa", "distrito"),
    SyntaxRow("texto:", QT_TRANSLATE_NOOP("SearchSyntax", "Só no texto do perfil (requisitos, funções…)."),
              "texto:licenciatura", "texto"),
    _is_row("marcada", IS_BOOKMARKED, QT_TRANSLATE_NOOP("SearchSyntax", "Vagas marcadas com ★.")),
    _is_row("nova", IS_NEW, QT_TRANSLATE_NOOP("SearchSyntax", "Vagas novas desde a última visita à pasta.")),
    _is_row("fechou", IS_CLOSED_SINCE,
            QT_TRANSLATE_NOOP("SearchSyntax", "Vagas que fecharam desde a última visita à pasta.")),
    _is_row("alterada", IS_CHANGED,
            QT_TRANSLATE_NOOP("SearchSyntax", "Vagas que mudaram entre visitas à pasta (prazo, título, perfil…).")),
    _is_row("prorrogada", IS_EXTENDED, QT_TRANSLATE_NOOP("SearchSyntax", "Vagas com o prazo prorrogado.")),
    _is_row("republicada", IS_REPUBLISHED,
            QT_TRANSLATE_NOOP("SearchSyntax", "Vagas publicadas de novo com outra referência.")),
    _is_row("acompanhada", IS_TRACKED,
            QT_TRANSLATE_NOOP("SearchSyntax", "Vagas marcadas ou com estado de candidatura.")),
    _is_row("nota", IS_NOTED, QT_TRANSLATE_NOOP("SearchSyntax", "Vagas com uma nota sua.")),
    _is_row("ausente", IS_MISSING,
            QT_TRANSLATE_NOOP("SearchSyntax", "Vagas que acompanha mas já não estão na pasta.")),
    SyntaxRow("status:",
              QT_TRANSLATE_NOOP("SearchSyntax", "Vagas com esse estado de candidatura (basta o início do nome)."),
              "status:entrevista", "status", tuple(s.value for s in Status)),
    SyntaxRow("list:", QT_TRANSLATE_NOOP("SearchSyntax", "Vagas numa lista sua, pelo nome (ou parte dele)."),
              "list:lisboa", "list"),
    SyntaxRow(
        QT_TRANSLATE_NOOP("SearchSyntax", "fecho<=data"),
        QT_TRANSLATE_NOOP("SearchSyntax", "Vagas que fecham até esse dia, inclusive (as já fechadas também). "
                                          "Também <, >, >= e = (ou fecho:). A data: 2025-03-31 ou 31/03/2025. "
                                          "Uma vaga sem a data nunca corresponde."),
        "fecho<=2025-03-31", "fecho"),
    SyntaxRow(
        QT_TRANSLATE_NOOP("SearchSyntax", "fecho<=7d"),
        QT_TRANSLATE_NOOP("SearchSyntax", "Dias a contar de hoje (0d ou hoje: hoje; -7d: há 7 dias). fecho<=7d "
                                          "inclui as já fechadas; para as deixar de fora junte fecho>=0d ou "
                                          "estado:aberta."),
        "fecho>=0d fecho<=7d", "fecho"),
    SyntaxRow(
        QT_TRANSLATE_NOOP("SearchSyntax", "fecho:mês"),
        QT_TRANSLATE_NOOP("SearchSyntax", "Um mês inteiro (2025-03 ou 03/2025); com <, <=, >, >= conta o "
                                          "primeiro ou o último dia dele."),
        "fecho:2025-03", "fecho"),
    SyntaxRow(
        QT_TRANSLATE_NOOP("SearchSyntax", "abertura>=data"),
        QT_TRANSLATE_NOOP("SearchSyntax", "Data de abertura, com as mesmas formas que fecho: "
                                          "abertura>=-7d são as abertas nos últimos 7 dias."),
        "abertura>=01/03/2025", "abertura"),
    SyntaxRow(
        QT_TRANSLATE_NOOP("SearchSyntax", "abertura:ano"),
        QT_TRANSLATE_NOOP("SearchSyntax", "Um ano inteiro."),
        "abertura:2024", "abertura"),
    _state_row("aberta", QT_TRANSLATE_NOOP("SearchSyntax", "Vagas abertas hoje, como o prazo “Abertas”. "
                                                           "estado: é o prazo da vaga; o da sua candidatura "
                                                           "é status:.")),
    _state_row("a-fechar", QT_TRANSLATE_NOOP("SearchSyntax", "Abertas que fecham nos próximos 7 dias, "
                                                             "hoje incluído.")),
    _state_row("fecha-hoje", QT_TRANSLATE_NOOP("SearchSyntax", "Vagas que fecham hoje.")),
    _state_row("fechada", QT_TRANSLATE_NOOP("SearchSyntax", "Vagas cujo prazo já acabou.")),
    _state_row("a-abrir", QT_TRANSLATE_NOOP("SearchSyntax", "Vagas que ainda não abriram (abrem mais tarde).")),
)

IS_WORD_SETS = (IS_BOOKMARKED, IS_NEW, IS_NOTED, IS_MISSING, IS_CLOSED_SINCE, IS_CHANGED, IS_EXTENDED,
                IS_REPUBLISHED, IS_TRACKED)  # every is: value has a row above


def accepted_qualifiers() -> tuple[str, ...]:
    """Every qualifier the search box understands (the window parses with USER_QUALIFIERS)."""
    return BUILTIN_QUALIFIERS + tuple(q for q in USER_QUALIFIERS if q not in BUILTIN_QUALIFIERS)


def syntax_rows() -> tuple[SyntaxRow, ...]:
    """The documented rows, plus a bare row for any accepted qualifier nobody documented yet."""
    documented = {row.qualifier for row in SEARCH_SYNTAX}
    missing = tuple(SyntaxRow(f"{q}:", "", f"{q}:…", q) for q in accepted_qualifiers() if q not in documented)
    return SEARCH_SYNTAX + missing
