"""Parse a one-line functional profile (the Descricao field) into an intro and titled lists of items."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Items are separated by runs of 2+ whitespace characters or by any line-like break (tab, newline, ...).
_SEP = re.compile(r"\s{2,}|[\t\n\r\v\f\x1c-\x1f\x85\u2028\u2029]")
# Whitespace other than " " that sends a text to the (slower) regex splitter.
_ODD_SPACES = ("\t", "\n", "\r", "\xa0")
# Cheap one-character hints that a text may hold an inline list ("1)", "a)", "x; y", "• x", "- x").
_LIST_HINT_CHARS = ";)•●▪◦\uf0b7-–"
# Enumeration markers "1)", "(1)", "1.", "1 -", "1-", "a)", "(a)"; group 1 holds a number, group 2 a letter.
_ENUM = re.compile(r"(?<!\S)\(?(?:(\d{1,2})(?:\)|\.(?=\s)|\s?[-–](?=\s))|([a-z])\))")
_BULLET = re.compile(r"[•●▪◦\uf0b7]")
_DASH = re.compile(r"(?<!\S)[-–](?=\s)")
# Split after a run of ";" (the ";" stays with the item it ends).
_SEMI = re.compile(r"(?<=;)(?!;)")

_MAX_HEADER_WORDS = 6
_MAX_HEADER_CHARS = 80
_TAIL = _MAX_HEADER_CHARS + 2  # how far from a chunk's end a header (and the "." before it) can start
# A header never ends like a sentence or a list item.
_NO_HEADER_END = frozenset(".;,!?")
# End of a previous item after which a short capitalised chunk may open a section.
_STOP_END = frozenset(".;:!?")
# Last word of an intro that announces the sections ("... o seguinte perfil funcional Atendimento ...").
_INTRO_END_WORDS = frozenset({"funcional", "funções", "seguinte", "seguintes", "nomeadamente", "designadamente"})
# Characters that mark a token as a URL, an e-mail or a path, never a glued "item.Header".
_NOT_GLUE = frozenset("@/\\_")


@dataclass(frozen=True, slots=True)
class ProfileSection:
    """A titled (or untitled, header "") list of items."""

    header: str
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Profile:
    """A functional profile: free intro text followed by sections."""

    intro: str
    sections: tuple[ProfileSection, ...]

    def headers(self) -> list[str]:
        """Non-empty section headers, in order."""
        return [s.header for s in self.sections if s.header]

    def as_text(self) -> str:
        """Plain-text rendering: intro, then each header with its items as bullet lines."""
        blocks = [self.intro] if self.intro else []
        for section in self.sections:
            lines = [section.header] if section.header else []
            lines.extend(_bullet_line(item) for item in section.items)
            if lines:
                blocks.append("\n".join(lines))
        return "\n\n".join(blocks)


def _bullet_line(item: str) -> str:
    # Items keep their own bullet glyph (nothing is dropped), so do not add a second one.
    return item if _BULLET.match(item) or _DASH.match(item) else f"• {item}"


def parse_profile(descricao: str) -> Profile:
    """Split a Descricao into intro and sections; every word of the input is kept, in order."""
    text = descricao.strip()
    if not text:
        return Profile("", ())
    odd = any(c in text for c in _ODD_SPACES)
    raw = _SEP.split(text) if odd else text.split("  ")  # plain spaces: str.split is much faster
    chunks = [c for c in (p.strip() for p in raw) if c]
    return _build(chunks, _may_have_list(text))


def _may_have_list(text: str) -> bool:
    """Cheap pre-check: False means no inline list marker can occur in text."""
    return any(c in text for c in _LIST_HINT_CHARS) or ("1" in text and "1." in text)


def _build(chunks: list[str], lists: bool) -> Profile:
    """Walk the chunks once: the first gives the intro, headers open sections, the rest are items."""
    last = len(chunks) - 1
    intro, header = (_split_header(chunks[0], True, False) if last else None) or (chunks[0], "")
    items: list[str] = []
    if lists:
        intro, items = _split_inline(intro)
    sections: list[ProfileSection] = []
    pos = 1  # first chunk not consumed yet
    split_prev = 0 if header else -1  # last chunk that ended with a header
    for i in _header_candidates(chunks):
        _add_items(items, chunks[pos:i], lists)
        pos = i + 1
        after_stop = i - 1 != split_prev and chunks[i - 1][-1] in _STOP_END
        split = _split_header(chunks[i], False, after_stop)
        if split is None:
            _add_items(items, chunks[i : i + 1], lists)
            continue
        body, new_header = split
        if body:
            _add_items(items, [body], lists)
        if header or items:
            sections.append(ProfileSection(header, tuple(items)))
        header, items, split_prev = new_header, [], i
    _add_items(items, chunks[pos:], lists)
    if header or items:
        sections.append(ProfileSection(header, tuple(items)))
    return Profile(intro, tuple(sections))


def _header_candidates(chunks: list[str]) -> list[int]:
    """Indices of the middle chunks that may end with a header, in order.

    A header follows a "." or ":" inside its chunk, or fills a chunk that comes after a sentence
    end or ends with ":"; so only chunks holding one of those characters (and the next one) qualify.
    """
    last = len(chunks) - 1
    found: list[int] = []
    for m in [i for i, c in enumerate(chunks) if "." in c or ":" in c or c[-1] in _STOP_END]:
        for i in (m, m + 1):
            if 0 < i < last and (not found or found[-1] < i):
                found.append(i)
    return found


def _add_items(items: list[str], texts: list[str], lists: bool) -> None:
    """Append items, splitting those that hold an inline list."""
    if not lists:
        items.extend(texts)
        return
    for text in texts:
        lead, more = _split_inline(text)
        if lead:
            items.append(lead)
        items.extend(more)


def _split_header(chunk: str, first: bool, after_stop: bool) -> tuple[str, str] | None:
    """Split a chunk into (body, header) when it ends with a section header, else None."""
    if chunk[-1] in _NO_HEADER_END:
        return None
    parts = chunk.rsplit(" ", _MAX_HEADER_WORDS)
    n = len(parts)
    for j in range(max(0, n - _MAX_HEADER_WORDS), n):
        word = parts[j]
        if j == 0:
            # The whole chunk is the header: only at the start, after a sentence end, or with a ":".
            if (first or after_stop or chunk[-1] == ":") and _is_header(chunk):
                return "", chunk
        elif word[0].isupper() and _opens_header(parts[j - 1], first):
            header = " ".join(parts[j:])
            if _is_header(header):
                return " ".join(parts[:j]), header
        dot = _glue_point(word) if "." in word else -1
        if dot > 0:
            # "Munícipes.Atendimento telefónico": the item keeps the ".", the header starts after it.
            header = " ".join([word[dot + 1 :], *parts[j + 1 :]])
            if _is_header(header):
                return " ".join([*parts[:j], word[: dot + 1]]), header
    return None


def _opens_header(before: str, first: bool) -> bool:
    """True when the word before a capitalised tail can end right before a header."""
    if before[-1] in ".:":
        return True
    return first and before.rsplit(" ", 1)[-1].lower() in _INTRO_END_WORDS


def _glue_point(word: str) -> int:
    """Index of the "." in a token like "Munícipes.Atendimento", or -1 (abbreviations, URLs, numbers)."""
    dot = word.find(".")
    if dot < 2 or len(word) < dot + 3 or word.find(".", dot + 1) != -1:
        return -1
    if not (word[dot - 2].isalpha() and word[dot - 1].islower()):
        return -1
    if not (word[dot + 1].isupper() and word[dot + 2].isalpha()):
        return -1
    if ":" in word[:dot] or not _NOT_GLUE.isdisjoint(word):
        return -1
    return dot


def _is_header(text: str) -> bool:
    """A plausible section header: short, capitalised, no sentence end, not an action item."""
    if len(text) > _MAX_HEADER_CHARS or not text[0].isupper() or text[-1] in _NO_HEADER_END:
        return False
    if len(text) > 1 and text[1] == ")":  # "A) ..." is a list item
        return False
    if text[-1] == ":":
        return True
    # Items usually start with an infinitive ("Assegurar ...", "Efetuar ..."); headers are nouns.
    verb = text.split(" ", 1)[0].split("-", 1)[0].lower()
    return not (len(verb) >= 3 and verb.endswith(("ar", "er", "ir", "ôr")))


def _split_inline(text: str) -> tuple[str, list[str]]:
    """Split "lead: 1) x 2) y", "a) x; b) y", "• x • y", "- x - y" or "x; y; z" into (lead, items)."""
    if not _may_have_list(text):
        return text, []
    cuts = _enum_cuts(text) or _bullet_cuts(text) or _dash_cuts(text)
    if not cuts:
        return _semicolon_split(text) if ";" in text else (text, [])
    bounds = [0, *cuts, len(text)]
    pieces = [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    return pieces[0], [p for p in pieces[1:] if p]


def _enum_cuts(text: str) -> list[int]:
    """Start offsets of a 1, 2, 3... or a, b, c... enumeration (at least two markers)."""
    numbers: list[int] = []
    letters: list[int] = []
    for m in _ENUM.finditer(text):
        digits, letter = m.group(1), m.group(2)
        if digits is not None:
            if int(digits) == len(numbers) + 1:
                numbers.append(m.start())
        elif ord(letter) - ord("a") == len(letters):
            letters.append(m.start())
    found = [seq for seq in (numbers, letters) if len(seq) >= 2]
    return min(found, key=lambda seq: seq[0]) if found else []


def _bullet_cuts(text: str) -> list[int]:
    """Offsets of bullet glyphs, which never occur in prose."""
    return [m.start() for m in _BULLET.finditer(text)]


def _dash_cuts(text: str) -> list[int]:
    """Offsets of "- " bullets, only when the list starts the text or follows a colon."""
    starts = [m.start() for m in _DASH.finditer(text)]
    for k, pos in enumerate(starts):
        before = text[:pos].rstrip()
        if not before or before[-1] == ":":
            return starts[k:] if len(starts) - k >= 2 else []
    return []


def _semicolon_split(text: str) -> tuple[str, list[str]]:
    """Split "Lead: x; y; z" (or "x; y; z") after each run of ";" when it looks like a list."""
    segments = [s for s in (p.strip() for p in _SEMI.split(text)) if s]
    lead = ""
    colon = segments[0].rfind(":")
    if colon != -1 and colon < len(segments[0]) - 1:
        lead, segments[0] = segments[0][: colon + 1], segments[0][colon + 1 :].strip()
    if len(segments) >= 3 or (lead and len(segments) >= 2):
        return lead, segments
    return text, []
