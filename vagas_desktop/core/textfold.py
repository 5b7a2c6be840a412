"""Case- and accent-insensitive folding of text for search, facets and sorting."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# Combining marks left by NFKD (the blocks Latin-script text uses).
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# Characters NFKD would widen or move out of cp1252 (µ ¼ ½ ¾ … ™) are kept as they are, so every
# cp1252 character folds to one cp1252 character and the byte tables below agree with _fold_any.
_KEEP = re.compile("([\u00b5\u00bc-\u00be\u2026\u2122])")
# Typographic quotes and dashes fold to ASCII, so a typed "d'agua" finds "d’água".
_PUNCT = dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'")
_PUNCT.update(dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'))
_PUNCT.update(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))
_PUNCT_RE = re.compile("[" + "".join(_PUNCT) + "]")
_WORDS = re.compile(r"\s+|\S+")


def _fold_any(text: str) -> str:
    """The general fold: lower case, NFKD, combining marks dropped, quotes and dashes to ASCII."""
    parts = _KEEP.split(text.lower())
    for i in range(0, len(parts), 2):
        parts[i] = _MARKS.sub("", unicodedata.normalize("NFKD", parts[i]))
    folded = "".join(parts)
    if _PUNCT_RE.search(folded) is None:
        return folded
    return _PUNCT_RE.sub(lambda m: _PUNCT[m.group()], folded)


def _byte_table(encoding: str) -> bytes:
    """bytes.translate table applying _fold_any to each character of a one-byte encoding."""
    table = bytearray(range(256))
    for code in range(256):
        try:
            folded = _fold_any(bytes([code]).decode(encoding)).encode(encoding)
        except UnicodeError:  # byte undefined in the encoding
            continue
        if len(folded) == 1:
            table[code] = folded[0]
    return bytes(table)


# Latin-1 (Portuguese text) encodes by copying; cp1252 adds € – “ ” ‘ ’ … • pasted from Word.
_TABLES = (("latin-1", _byte_table("latin-1")), ("cp1252", _byte_table("cp1252")))


def _fold_bytes(text: str) -> tuple[bytes, str] | None:
    """The folded text encoded in a one-byte encoding, and that encoding; None if none fits."""
    for encoding, table in _TABLES:
        try:
            return text.encode(encoding).translate(table), encoding
        except UnicodeEncodeError:
            continue
    return None


def fold(text: str) -> str:
    """Fold text for matching: "Técnico Superior" -> "tecnico superior", "Évora" -> "evora"."""
    if text.isascii():
        return text.lower()
    done = _fold_bytes(text)
    if done is None:
        return _fold_any(text)
    return done[0].decode(done[1])


def fold_utf8(text: str) -> bytes:
    """fold(text) encoded as UTF-8, skipping the round trip through str where it can (long texts)."""
    if text.isascii():
        return text.encode("ascii").lower()
    done = _fold_bytes(text)
    if done is None:
        return _fold_any(text).encode("utf-8", "surrogatepass")
    raw, encoding = done
    return raw if raw.isascii() else raw.decode(encoding).encode("utf-8")


def fold_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """fold(text), and for each folded character the offset in text of the character it comes from.

    The offsets never decrease. A folded match [i, j) is the original text from starts[i] to the first
    offset after starts[j - 1] (or the end): that takes in the combining marks the fold dropped and
    the whole of a character that folded to several ("ﬁ" -> "fi").
    """
    if text.isascii():
        return text.lower(), range(len(text))
    done = _fold_bytes(text)
    if done is not None:  # one byte, one folded byte: the tables map character to character
        return done[0].decode(done[1]), range(len(text))
    starts: list[int] = []
    for match in _WORDS.finditer(text):  # fold never looks past whitespace (final sigma, mark order)
        word, base = match.group(), match.start()
        chars = [fold(char) for char in word]
        if sum(map(len, chars)) == len(fold(word)):
            for offset, piece in enumerate(chars, base):
                starts.extend([offset] * len(piece))
        else:  # cannot happen as far as we know; then a match marks whole words
            starts.extend([base] * len(fold(word)))
    return _fold_any(text), starts


@lru_cache(maxsize=16384)
def fold_cached(text: str) -> str:
    """fold() for short repeated values (distrito, concelho, employer...), interned."""
    return sys.intern(fold(text))
