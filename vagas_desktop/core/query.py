"""The search box language: text -> Query, parsed without raising, with hints for what it could not read."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from vagas_desktop.core.date_terms import (
    DATE_FIELDS,
    OPERATORS,
    STATE_FIELD,
    canonical_date,
    canonical_state,
    split_operator,
)
from vagas_desktop.core.messages import DEFAULT_LANG, Lang, render
from vagas_desktop.core.textfold import fold

# Field of a plain word: searched in title, trabalho, empregador, concelho, distrito, ref and profile.
PLAIN = ""
# Qualifiers the core evaluates itself: text ones ("texto" is the profile text, descricao), then the
# dates and the deadline state (core.date_terms).
TEXT_QUALIFIERS: tuple[str, ...] = ("ref", "trabalho", "empregador", "concelho", "distrito", "texto")
DATE_QUALIFIERS: tuple[str, ...] = (*DATE_FIELDS, STATE_FIELD)
BUILTIN_QUALIFIERS: tuple[str, ...] = TEXT_QUALIFIERS + DATE_QUALIFIERS
_NAME_END = re.compile(r"[:<>=]")  # what may follow a qualifier's name

# Hint codes, stable; their words (Portuguese and English) are core.messages' "hint.<code>".
HINT_UNCLOSED_QUOTE = "unclosed-quote"
HINT_EMPTY_VALUE = "empty-value"
HINT_EMPTY_PHRASE = "empty-phrase"
HINT_UNKNOWN_QUALIFIER = "unknown-qualifier"
HINT_LONE_MINUS = "lone-minus"
HINT_BAD_DATE = "bad-date"
HINT_BAD_STATE = "bad-state"


@dataclass(frozen=True, slots=True)
class Hint:
    """A short note on input the parser had to guess about."""

    code: str
    detail: str = ""

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        """The hint for the user, in lang."""
        return render("hint." + self.code, (self.detail,), lang)

    @property
    def text(self) -> str:
        """The hint in English (logs, tests)."""
        return self.render("en")


def make_hint(code: str, detail: str = "") -> Hint:
    return Hint(code, detail)


@dataclass(frozen=True, slots=True)
class Term:
    """One condition: text (as typed) must (or, negated, must not) occur in the field."""

    text: str
    folded: str
    field: str = PLAIN
    negated: bool = False
    phrase: bool = False

    @property
    def key(self) -> tuple[str, str, bool]:
        """What the term means for matching (typed case, accents and quoting aside)."""
        return (self.field, self.folded, self.negated)

    @property
    def is_text(self) -> bool:
        """True for a plain word or a built-in qualifier (not one evaluated by a caller predicate)."""
        return self.field == PLAIN or self.field in TEXT_QUALIFIERS

    @property
    def is_builtin(self) -> bool:
        """True for a term the search index evaluates itself (text, a date or estado:)."""
        return self.field == PLAIN or self.field in BUILTIN_QUALIFIERS

    def implies(self, other: Term) -> bool:
        """True when every row satisfying self satisfies other (substring containment)."""
        if self.key == other.key:
            return True
        if self.field != other.field or self.negated != other.negated or not self.is_text:
            return False
        if self.negated:
            return self.folded in other.folded
        return other.folded in self.folded


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed search: all terms must hold; hints explain what was guessed."""

    terms: tuple[Term, ...] = ()
    hints: tuple[Hint, ...] = ()
    text: str = ""

    @property
    def is_empty(self) -> bool:
        """True when the query constrains nothing."""
        return not self.terms

    def highlight_terms(self) -> list[str]:
        """Positive words and phrases as typed (no extra qualifiers), for highlighting."""
        seen: dict[str, None] = {}
        for term in self.terms:
            if not term.negated and term.is_text:
                seen.setdefault(term.text)
        return list(seen)


class _Parser:
    """Single left-to-right scan of the search text."""

    def __init__(self, text: str, qualifiers: frozenset[str]) -> None:
        self.text = text
        self.pos = 0
        self.qualifiers = qualifiers
        self.terms: list[Term] = []
        self.hints: list[Hint] = []

    def hint(self, code: str, detail: str = "") -> None:
        hint = make_hint(code, detail)
        if hint not in self.hints:
            self.hints.append(hint)

    def add(self, value: str, field: str, negated: bool, phrase: bool) -> None:
        value = " ".join(value.split()) if phrase else value
        folded = fold(value)
        if folded:
            self.terms.append(Term(value, folded, field, negated, phrase))
        elif phrase and field == PLAIN:
            self.hint(HINT_EMPTY_PHRASE)

    def quoted(self) -> str:
        """Read a "phrase" starting at the opening quote; an unclosed one runs to the end."""
        end = self.text.find('"', self.pos + 1)
        if end < 0:
            self.hint(HINT_UNCLOSED_QUOTE)
            end = len(self.text)
        value = self.text[self.pos + 1 : end]
        self.pos = end + 1
        return value

    def word(self) -> str:
        """Read up to whitespace or a quote."""
        text, start = self.text, self.pos
        end = start
        while end < len(text) and not text[end].isspace() and text[end] != '"':
            end += 1
        self.pos = end
        return text[start:end]

    def token(self) -> None:
        """Parse one [-](word | "phrase" | name:value | name:"phrase") at self.pos."""
        text = self.text
        negated = text[self.pos] == "-"
        if negated:
            self.pos += 1
            if self.pos >= len(text) or text[self.pos].isspace():
                self.hint(HINT_LONE_MINUS)
                return
        if text[self.pos] == '"':
            self.add(self.quoted(), PLAIN, negated, True)
            return
        word = self.word()
        found = _NAME_END.search(word)
        name = word[: found.start()] if found else ""
        if found and found[0] != ":" and fold(name) not in DATE_QUALIFIERS:
            found = None  # "a<b": only dates compare; a word elsewhere
        if not found or not name.isalpha():
            self.add(word, PLAIN, negated, False)
            return
        self.qualified(name, word[found.start() :], negated)

    def qualified(self, name: str, rest: str, negated: bool) -> None:
        """A name:value (or date name<=value) token; rest starts at the ":" or the operator."""
        value = rest[1:] if rest.startswith(":") else rest
        phrase = not value and self.pos < len(self.text) and self.text[self.pos] == '"'
        if phrase:
            value = self.quoted()
        qualifier = fold(name)
        if qualifier in DATE_QUALIFIERS:
            self.date_term(name, qualifier, value.strip(), negated)
        elif qualifier not in BUILTIN_QUALIFIERS and qualifier not in self.qualifiers:
            self.hint(HINT_UNKNOWN_QUALIFIER, name)
            self.add(f"{name}:{value}", PLAIN, negated, phrase)
        elif not value.strip():
            self.hint(HINT_EMPTY_VALUE, name)
        else:
            self.add(value.strip(), qualifier, negated, phrase)

    def date_term(self, name: str, qualifier: str, value: str, negated: bool) -> None:
        """fecho<=7d, abertura:2024, estado:aberta: kept in canonical form, or a hint and ignored."""
        op, typed = split_operator(value)
        if qualifier == STATE_FIELD:
            canonical = canonical_state(typed) if op == "=" else None
            if canonical is None:
                self.hint(HINT_BAD_STATE, f"{name}:{value}")
                return
        else:
            canonical = canonical_date(op, typed)
            if canonical is None:
                shown = value if value.startswith(OPERATORS) else f":{value}"
                self.hint(HINT_BAD_DATE, name + shown)
                return
        self.terms.append(Term(value, canonical, qualifier, negated))

    def parse(self) -> Query:
        text = self.text
        while self.pos < len(text):
            if text[self.pos].isspace():
                self.pos += 1
            else:
                self.token()
        return Query(tuple(self.terms), tuple(self.hints), text)


def parse_query(text: str, extra_qualifiers: Collection[str] = ()) -> Query:
    """Parse the search box text; never raises. extra_qualifiers: names evaluated by caller predicates."""
    qualifiers = frozenset(fold(name) for name in extra_qualifiers) - frozenset(BUILTIN_QUALIFIERS)
    return _Parser(text, qualifiers).parse()
