"""The folded profile text cut into pieces where no search word can cross, shared between postings.

BEP profiles are built from the same sentences over and over: 100,000 profiles (250 MB) hold about
34,000 distinct pieces (6 MB). Search keeps the pieces, one object per distinct piece, instead of
each profile's folded text, and still finds exactly what a search of the whole text would.

The pieces of a text joined are exactly the text. A cut is made before each pair of spaces (paired
from the left of a run; BEP separates items with three) and before the space of each "; " and ". ",
so a piece starts with its separator's spaces and a sentence ends the same way in the middle of a
profile as at its end. A cut is thus always right before a space: a search word can match across one
only if it holds "; ", ". " or two spaces, or ends with a space; crosses_cut() tells the search to
check such words on the rows' joined pieces instead.
"""

from __future__ import annotations

from .textfold import fold_utf8

_CUT = b"\xff"  # never in UTF-8, so never in a folded text
_SEPARATORS = (b"; ", b". ", b"  ")


def split_pieces(folded: bytes) -> list[bytes]:
    """The non-empty pieces of a folded (UTF-8) text; b"".join() of them gives the text back."""
    # The pairs first: a "; " or ". " left is then never right before a pair's cut (no empty piece).
    pieces = folded.replace(b"  ", b"\xff  ").replace(b"; ", b";\xff ").replace(b". ", b".\xff ").split(_CUT)
    if not pieces[0]:  # the text starts with a pair of spaces
        del pieces[0]
    return pieces


def crosses_cut(needle: bytes) -> bool:
    """Whether a folded word could match a text across a cut (then the pieces alone cannot answer)."""
    return needle[-1:] == b" " or any(sep in needle for sep in _SEPARATORS)


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
