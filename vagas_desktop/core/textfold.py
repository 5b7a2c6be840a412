"""Case- and accent-insensitive folding of text for search, facets and sorting."""

from __future__ import annotations

import codecs
import re
import sys
import threading
import unicodedata
from functools import lru_cache

# Combining marks left by NFKD (the blocks Latin-script text uses).
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# Latin-1 characters NFKD would widen (fractions) or move out of Latin-1 (micro sign): kept as they are,
# so every Latin-1 character folds to exactly one Latin-1 character (see _LATIN1).
_KEEP = re.compile("([\u00b5\u00bc-\u00be])")
# Typographic quotes and dashes fold to ASCII, so a typed "d'agua" finds "d’água".
_PUNCT = dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'")
_PUNCT.update(dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'))
_PUNCT.update(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))
_PUNCT_RE = re.compile("[" + "".join(_PUNCT) + "]")


def _fold_any(text: str) -> str:
    """The general (slow) fold: lower case, NFKD, combining marks dropped, quotes/dashes to ASCII."""
    parts = _KEEP.split(text.lower())
    for i in range(0, len(parts), 2):
        parts[i] = _MARKS.sub("", unicodedata.normalize("NFKD", parts[i]))
    folded = "".join(parts)
    if _PUNCT_RE.search(folded) is None:
        return folded
    return _PUNCT_RE.sub(lambda m: _PUNCT[m.group()], folded)


_fold_run = lru_cache(maxsize=4096)(_fold_any)  # short runs repeat ("€", "–", "“")


def _latin1_table() -> bytes:
    """Byte table applying _fold_any to each Latin-1 character (all fold to one Latin-1 character)."""
    table = bytearray(range(256))
    for code in range(256):
        folded = _fold_any(chr(code))
        if len(folded) == 1 and ord(folded) < 256:
            table[code] = ord(folded)
    return bytes(table)


_LATIN1 = _latin1_table()


# While encoding, a folded run with no Latin-1 form ("€", Greek...) becomes _SUB and is kept aside.
_SUB = "\x1a"
_ERRORS = "vagas_desktop.textfold"
_local = threading.local()


def _encode_error(exc: UnicodeError) -> tuple[str, int]:
    """Latin-1 encode error handler: fold the unencodable run in place."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    run = exc.object[exc.start : exc.end]
    folded = _fold_run(run) if len(run) <= 8 else _fold_any(run)
    if all(c < "\u0100" for c in folded):
        return folded, exc.end
    _local.runs.append(folded)
    return _SUB, exc.end


codecs.register_error(_ERRORS, _encode_error)


def _fold_latin1(text: str) -> tuple[bytes, list[str]]:
    """Folded text as Latin-1 bytes, with _SUB for each folded run listed aside (in order)."""
    runs: list[str] = []
    _local.runs = runs
    return text.encode("latin-1", _ERRORS).translate(_LATIN1), runs


def _fill(folded: str, runs: list[str]) -> str:
    """Put the runs kept aside back in place of their _SUB marks."""
    parts = folded.split(_SUB)
    out = [parts[0]]
    for run, part in zip(runs, parts[1:], strict=True):
        out += (run, part)
    return "".join(out)


def fold(text: str) -> str:
    """Fold text for matching: "Técnico Superior" -> "tecnico superior", "Évora" -> "evora"."""
    if text.isascii():
        return text.lower()
    if _SUB in text:
        return _fold_any(text)
    raw, runs = _fold_latin1(text)
    folded = raw.decode("latin-1")
    return _fill(folded, runs) if runs else folded


def fold_utf8(text: str) -> bytes:
    """fold(text) encoded as UTF-8, skipping the round trip through str where it can (long texts)."""
    if text.isascii():
        return text.encode("ascii").lower()
    if _SUB in text:
        return _fold_any(text).encode("utf-8", "surrogatepass")
    raw, runs = _fold_latin1(text)
    if not raw.isascii():
        raw = raw.decode("latin-1").encode("utf-8")
    if not runs:
        return raw
    parts = raw.split(_SUB.encode("ascii"))
    out = [parts[0]]
    for run, part in zip(runs, parts[1:], strict=True):
        out += (run.encode("utf-8", "surrogatepass"), part)
    return b"".join(out)


@lru_cache(maxsize=16384)
def fold_cached(text: str) -> str:
    """fold() for short repeated values (distrito, concelho, employer...), interned."""
    return sys.intern(fold(text))
