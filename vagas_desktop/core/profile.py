"""Parse a one-line functional profile (the Descricao field) into an intro and titled lists of items."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Items are separated by runs of 2+ whitespace characters or by any line-like break (tab, newline, ...).
_SEP = re.compile(r"\s{2,}|[\t\n\r\v\f\x1c-\x1f\x85\u2028\u2029]")
# Common whitespace other than " " that sends a text to the (slower) regex splitter.
_ODD_SPACES = ("\t", "\n", "\r", "\xa0")
# What can start an inline list ("x; y", "1)", "(a)", "• x", "- x", "1. x", "1 - x"), as
# (one-character guard, mark) pairs: searching one character is much faster than searching two.
_MARKS = (
    (";", ";"),
    (")", "1)"),
    (")", "a)"),
    *((b, b) for b in "•●▪◦\uf0b7"),
    ("-", "- "),
    ("–", "– "),
    ("1", "1."),
)
_BULLETS = "•●▪◦\uf0b7"
# Enumeration markers "1)", "(1)", "1.", "1 -", "1-", "a)", "(a)"; group 1 holds a number, group 2 a letter.
_ENUM = re.compile(r"(?<!\S)\(?(?:(\d{1,2})(?:\)|\.(?=\s)|\s?[-–](?=\s))|([a-z])\))")
_BULLET = re.compile(f"[{_BULLETS}]")
_DASH = re.compile(r"(?<!\S)[-–](?=\s)")
# A ";"-list item: text up to and including its run of ";" (findall partitions the text).
_SEGMENT = re.compile(r"[^;]+;*|;+")

_MAX_HEADER_WORDS = 6  # a whole chunk, or the tail after an intro's announcing word
_MAX_SPLIT_HEADER_WORDS = 8  # a header after "item. " / "item.", whose start is marked by the "."
_MAX_HEADER_CHARS = 80
_TAIL = _MAX_HEADER_CHARS + 2  # how far from a chunk's end a header (and the "." before it) can start
# A header never ends like a sentence or a list item.
_NO_HEADER_END = frozenset(".;,!?")
# End of a previous item after which a short capitalised chunk may open a section.
_STOP_END = frozenset(".;:")
# Last word of an intro that announces the sections ("... o seguinte perfil funcional Atendimento ...").
_INTRO_END_WORDS = frozenset("funcional funções seguinte seguintes nomeadamente designadamente".split())
# Words that make a short opening chunk an intro rather than a header.
_INTRO_WORDS = re.compile(
    r"\b(?:perfil|funç\w*|funcional|seguintes?|nomeadamente|designadamente|compete|cabe|conteúdo"
    r"|atividades|tarefas)\b",
    re.IGNORECASE,
)
# Abbreviations whose "." does not end a sentence ("Sr. Presidente", "art. 12.º").
_ABBREVIATIONS = frozenset(
    "sr sra srs dr dra drs eng enga arq prof profa exmo exma art arts al av cf ex pág págs séc lda nº "
    "proc ref tel".split()
)
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
    chunks = list(filter(None, map(str.strip, raw)))
    marks = tuple(mark for guard, mark in _MARKS if guard in text and mark in text)
    return _build(chunks, marks)


_ITEM_START = re.compile(r"(?:\d{1,2}[.)]|[a-z]\)|[•▪●◦-])\s")
_FIRST_MARKS = {True: ("1)", "1."), False: ("a)",)}  # by whether the next item is numbered


def _split_first_item(intro: str, following: str) -> tuple[str, str]:
    """A list whose first item shares the intro's chunk ("1) Instalar…   2) Prestar…") gets it back."""
    if not _ITEM_START.match(following):
        return intro, ""
    if _ITEM_START.match(intro):
        return "", intro  # the whole chunk is the first item
    for mark in _FIRST_MARKS[following[0].isdigit()]:
        at = intro.find(" " + mark + " ")
        if at >= 0:
            return intro[:at].rstrip(), intro[at + 1 :]
    return intro, ""


def _has_any(text: str, marks: tuple[str, ...] | str) -> bool:
    """True when text contains one of marks (a plain loop beats any() on these tiny tuples)."""
    for mark in marks:
        if mark in text:
            return True
    return False


def _build(chunks: list[str], marks: tuple[str, ...]) -> Profile:
    """Walk the chunks once: the first gives the intro, headers open sections, the rest are items."""
    last = len(chunks) - 1
    intro, header = (_split_header(chunks[0], True, False) if last else None) or (chunks[0], "")
    items: list[str] = []
    first_item = ""
    if not header and last:
        intro, first_item = _split_first_item(intro, chunks[1])
    sections: list[ProfileSection] = []
    if marks:
        intro, items = _split_inline(intro, marks)
        if items and header:  # the intro's own list comes before the first header
            sections.append(ProfileSection("", tuple(items)))
            items = []
    if first_item:
        items.insert(0, first_item)
    pos = 1  # first chunk not consumed yet
    split_prev = 0 if header else -1  # last chunk that ended with a header
    for i in _header_candidates(chunks):
        _add_items(items, chunks[pos:i], marks)
        pos = i + 1
        after_stop = i - 1 != split_prev and chunks[i - 1][-1] in _STOP_END
        split = _split_header(chunks[i], False, after_stop)
        if split is None:
            _add_items(items, chunks[i : i + 1], marks)
            continue
        body, new_header = split
        if body:
            _add_items(items, [body], marks)
        if header or items:
            sections.append(ProfileSection(header, tuple(items)))
        header, items, split_prev = new_header, [], i
    _add_items(items, chunks[pos:], marks)
    if header or items:
        sections.append(ProfileSection(header, tuple(items)))
    return Profile(intro, tuple(sections))


def _header_candidates(chunks: list[str]) -> list[int]:
    """Indices of the middle chunks that may end with a header, in order.

    A header follows a "." or ":" close to the end of its chunk, or fills a chunk that comes after
    a sentence end; the membership tests below are cheap C scans that skip most items.
    """
    last = len(chunks) - 1
    found: list[int] = []
    for m in [i for i, c in enumerate(chunks) if "." in c or ":" in c or ";" in c]:
        chunk = chunks[m]
        if 0 < m < last and (chunk.find(".", -_TAIL) >= 0 or chunk.find(":", -_TAIL) >= 0):
            if not found or found[-1] < m:
                found.append(m)
        if chunk[-1] in _STOP_END and m + 1 < last:
            found.append(m + 1)
    return found


def _add_items(items: list[str], texts: list[str], marks: tuple[str, ...]) -> None:
    """Append items, splitting those that hold an inline list."""
    if not marks:
        items.extend(texts)
        return
    for text in texts:
        for mark in marks:
            if mark in text:
                break
        else:
            items.append(text)  # the common case, kept free of function calls
            continue
        lead, more = _split_inline(text, marks)
        if lead:
            items.append(lead)
        items.extend(more)


def _split_header(chunk: str, first: bool, after_stop: bool) -> tuple[str, str] | None:
    """Split a chunk into (body, header) when it ends with a section header, else None."""
    if chunk[-1] in _NO_HEADER_END:
        return None
    # "... item. Header", "... lead: Header" or the glued "... item.Header", right to left.
    lo = max(len(chunk) - _TAIL, 0)
    k = len(chunk) - 1
    while (k := max(chunk.rfind(".", lo, k), chunk.rfind(":", lo, k))) > 0:
        if _is_glued(chunk, k) if chunk[k + 1] != " " else _ends_sentence(chunk, k):
            header = chunk[k + 1 :].strip()
            if _is_header(header, _MAX_SPLIT_HEADER_WORDS):
                return chunk[: k + 1].strip(), header
    if first and (split := _split_after_intro(chunk)):
        return split
    # The whole chunk is the header: after a sentence end, with a final ":", or opening the text
    # (unless it reads like an intro: "Perfil funcional:", "Funções a exercer:").
    if first:
        whole = _INTRO_WORDS.search(chunk) is None
    else:
        whole = after_stop or chunk[-1] == ":"
    return ("", chunk) if whole and _is_header(chunk, _MAX_HEADER_WORDS) else None


def _split_after_intro(chunk: str) -> tuple[str, str] | None:
    """Split "... o seguinte perfil funcional Atendimento presencial" after the announcing word."""
    parts = chunk.rsplit(" ", _MAX_HEADER_WORDS)
    for j in range(max(1, len(parts) - _MAX_HEADER_WORDS), len(parts)):
        if parts[j][0].isupper() and parts[j - 1].rsplit(" ", 1)[-1].lower() in _INTRO_END_WORDS:
            header = " ".join(parts[j:]).strip()
            if _is_header(header, _MAX_HEADER_WORDS):
                return " ".join(parts[:j]).strip(), header
    return None


def _ends_sentence(chunk: str, k: int) -> bool:
    """True when the ":" or "." at k (followed by a space) ends a lead or sentence, not "Sr." or "D.L."."""
    if chunk[k] == ":":
        return True
    word = chunk[chunk.rfind(" ", 0, k) + 1 : k]
    return len(word) >= 2 and "." not in word and word.lower() not in _ABBREVIATIONS


def _is_glued(chunk: str, dot: int) -> bool:
    """True for the "." of a token like "Munícipes.Atendimento"; not abbreviations, URLs or numbers."""
    if chunk[dot] != ".":
        return False
    start = chunk.rfind(" ", 0, dot) + 1
    end = chunk.find(" ", dot)
    word = chunk[start : end if end != -1 else len(chunk)]
    i = dot - start
    return (
        2 <= i <= len(word) - 3
        and word[i - 2].isalpha()
        and word[i - 1].islower()
        and word[i + 1].isupper()
        and word[i + 2].isalpha()
        and word.count(".") == 1
        and ":" not in word[:i]
        and _NOT_GLUE.isdisjoint(word)
    )


def _is_header(text: str, max_words: int) -> bool:
    """A plausible section header: short, capitalised, no sentence end, not an action item."""
    if len(text) > _MAX_HEADER_CHARS or not text[0].isupper() or text[-1] in _NO_HEADER_END:
        return False
    if text.count(" ") >= max_words:
        return False
    if len(text) > 1 and text[1] == ")":  # "A) ..." is a list item
        return False
    if text[-1] == ":":
        return True
    # Items usually start with an infinitive ("Assegurar ...", "Efetuar ..."); headers are nouns.
    verb = text.split(" ", 1)[0].split("-", 1)[0].lower()
    return not (len(verb) >= 3 and verb.endswith(("ar", "er", "ir", "ôr")))


def _split_inline(text: str, marks: tuple[str, ...]) -> tuple[str, list[str]]:
    """Split "lead: 1) x 2) y", "a) x; b) y", "• x • y", "- x - y" or "x; y; z" into (lead, items)."""
    if not _has_any(text, marks):
        return text, []
    cuts = _enum_cuts(text) or _bullet_cuts(text) or _dash_cuts(text)
    if not cuts:
        return _semicolon_split(text) if ";" in text else (text, [])
    bounds = [0, *cuts, len(text)]
    pieces = [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    return pieces[0], [p for p in pieces[1:] if p]


def _enum_cuts(text: str) -> list[int]:
    """Start offsets of a 1, 2, 3... or a, b, c... enumeration (at least two markers)."""
    if ")" not in text and "1" not in text:
        return []
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
    if not _has_any(text, _BULLETS):
        return []
    return [m.start() for m in _BULLET.finditer(text)]


def _dash_cuts(text: str) -> list[int]:
    """Offsets of "- " bullets, only when the list starts the text or follows a colon."""
    if "- " not in text and "– " not in text:
        return []
    starts = [m.start() for m in _DASH.finditer(text)]
    for k, pos in enumerate(starts):
        before = text[:pos].rstrip()
        if not before or before[-1] == ":":
            return starts[k:] if len(starts) - k >= 2 else []
    return []


def _semicolon_split(text: str) -> tuple[str, list[str]]:
    """Split "Lead: x; y; z" (or "x; y; z") after each run of ";" when it looks like a list."""
    segments = [s for s in map(str.strip, _SEGMENT.findall(text)) if s]
    lead = ""
    colon = segments[0].rfind(":")
    if colon != -1 and colon < len(segments[0]) - 1:
        lead, segments[0] = segments[0][: colon + 1], segments[0][colon + 1 :].strip()
    if len(segments) >= 3 or (lead and len(segments) >= 2):
        return lead, segments
    return text, []


def section_headers(descricao: str) -> tuple[str, ...]:
    """parse_profile(descricao).headers(), exactly, at a quarter of its cost: the items are not split.

    Chunks repeat across BEP profiles, so each one's split is remembered. A BEP profile costs ~9 us
    here (parse_profile: ~36 us; parsing the whole file: ~50 us).
    """
    text = descricao.strip()
    if not text:
        return ()
    raw = _SEP.split(text) if any(c in text for c in _ODD_SPACES) else text.split("  ")
    chunks = list(filter(None, map(str.strip, raw)))
    headers: list[str] = []
    split_prev = -1  # the last chunk that ended with a header
    if len(chunks) > 1:
        split = _split_of(chunks[0], True, False)
        if split is not None:
            headers.append(split[1])
            split_prev = 0
    for i in _header_candidates(chunks):
        split = _split_of(chunks[i], False, i - 1 != split_prev and chunks[i - 1][-1] in _STOP_END)
        if split is not None:
            headers.append(split[1])
            split_prev = i
    if not headers:
        return ()
    found = tuple(headers)
    shared = _SECTIONS.get(found)
    if shared is None and len(_SECTIONS) < _MEMO_LIMIT:
        shared = _SECTIONS[found] = found
    return shared or found


_MEMO_LIMIT = 50_000  # entries, and the longest chunk remembered: a hostile folder must not fill memory
_MEMO_CHUNK = 400
_SPLITS: dict[tuple[str, bool, bool], tuple[str, str] | None] = {}
_SECTIONS: dict[tuple[str, ...], tuple[str, ...]] = {}  # one object per distinct list of headers


def _split_of(chunk: str, first: bool, after_stop: bool) -> tuple[str, str] | None:
    """_split_header, remembered (bounded)."""
    key = (chunk, first, after_stop)
    try:
        return _SPLITS[key]
    except KeyError:
        split = _split_header(chunk, first, after_stop)
        if len(_SPLITS) < _MEMO_LIMIT and len(chunk) <= _MEMO_CHUNK:
            _SPLITS[key] = split
        return split
