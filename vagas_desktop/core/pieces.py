"""The folded profile text cut into pieces where no search word can cross, shared between postings.

BEP profiles are built from the same sentences over and over: 100,000 profiles (250 MB) hold about
35,000 distinct pieces (6 MB). Search keeps the pieces, one object per distinct piece, instead of
each profile's folded text, and still finds exactly what a search of the whole text would.

A cut is made only where the text has "; ", ". " or two spaces (the BEP item separator); those
spaces and the whitespace at either end of a piece are dropped. A search word that matches the whole
folded text across a cut must contain one of them or start or end with whitespace; crosses_cut()
tells the search to check such words against the whole text instead.
"""

from __future__ import annotations

from .textfold import fold_utf8

_CUT = b"\x00"
_SEPARATORS = (b"; ", b". ", b"  ")


def split_pieces(folded: bytes) -> list[bytes]:
    """The non-empty pieces of a folded (UTF-8) text."""
    text = folded.replace(_CUT, b" ")  # a NUL in the text must not make a cut of its own
    text = text.replace(b"; ", b";\x00").replace(b". ", b".\x00").replace(b"  ", _CUT)
    return [piece for piece in map(bytes.strip, text.split(_CUT)) if piece]


def crosses_cut(needle: bytes) -> bool:
    """Whether a folded word could match the text across a cut (then the pieces cannot answer)."""
    if needle[:1].isspace() or needle[-1:].isspace():
        return True
    return any(sep in needle for sep in _SEPARATORS) or _CUT in needle


class PieceMemo(dict[bytes, bytes]):
    """One object per distinct piece across a whole folder; also one dict per distinct extra fields."""

    def __init__(self) -> None:
        super().__init__()
        self._extras: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}

    def __missing__(self, piece: bytes) -> bytes:
        self[piece] = piece
        return piece

    def shared_extra(self, extra: dict[str, str]) -> dict[str, str]:
        """An equal dict shared by the postings that have the same extra fields (never changed after
        parsing): most BEP files carry the same "layout: post" (100,000 dicts: ~20 MB)."""
        return self._extras.setdefault(tuple(extra.items()), extra)

    def pieces(self, text: str) -> tuple[bytes, ...]:
        """The shared pieces of a profile text."""
        return tuple(map(self.__getitem__, split_pieces(fold_utf8(text))))


def pieces_of(text: str) -> tuple[bytes, ...]:
    """The pieces of one profile text (not shared)."""
    return tuple(split_pieces(fold_utf8(text)))
