"""Which postings' profiles contain a folded word, answered from their shared pieces (see core.pieces)."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from itertools import accumulate, chain, compress, repeat
from operator import contains, not_

from .pieces import crosses_cut, split_pieces
from .posting import Posting


class ProfileIndex:
    """Profile search over 100,000 postings without their texts in memory.

    A word is first looked for among the distinct pieces (a few tens of thousands); a row matches
    when one of its pieces is among those found. Words that could cross a cut are checked on the
    row's pieces joined (exactly its folded text), only for the rows whose pieces hold each part of
    the word. No file is read. Not thread-safe.
    """

    KEPT_WORDS = 24  # pieces found for recent words: typing "tecn" searches within those of "tec"

    def __init__(self, postings: Sequence[Posting]) -> None:
        self._rows: list[tuple[bytes, ...]] = [p.pieces for p in postings]
        rows_of: defaultdict[bytes, array[int]] = defaultdict(_row_array)  # arrays from the start: lists
        for row, pieces in enumerate(self._rows):  # of ints first would peak ~20 MB higher at 100k
            for piece in pieces:
                rows_of[piece].append(row)
        self._rows_of = dict(rows_of)
        del rows_of
        self._all = frozenset(self._rows_of)
        pairs = sum(map(len, self._rows))
        self._per_row = max(1, pairs // max(1, len(self._rows)))
        self._per_piece = pairs / max(1, len(self._all))
        self._pieces = distinct = list(self._rows_of)
        self._haystack = b"\x00".join(distinct)  # a word with a NUL is never looked for in it
        self._starts = array("Q", accumulate((len(p) + 1 for p in distinct), initial=0))
        self._found: OrderedDict[bytes, frozenset[bytes]] = OrderedDict()

    def matching(self, rows: list[int], needle: bytes, meta: list[str] | None = None,
                 text: str = "", negated: bool = False) -> list[int]:
        """Rows whose profile holds needle (or whose meta holds text, when meta is given); or lack it."""
        if crosses_cut(needle):
            return self._matching_whole(rows, needle, meta, text, negated)
        if meta is None:
            hit = self._rows_having(rows, needle)
        else:  # the short fields first: the pieces only for the rows they miss
            in_meta = list(map(contains, map(meta.__getitem__, rows), repeat(text)))
            missed = list(compress(rows, map(not_, in_meta)))
            hit = sorted(chain(compress(rows, in_meta), self._rows_having(missed, needle)))  # two sorted runs
        if negated:
            keep = set(hit)
            return [r for r in rows if r not in keep]
        return hit

    def _rows_having(self, rows: list[int], needle: bytes) -> list[int]:
        """The rows (in order) whose pieces hold needle."""
        if not rows:
            return []
        found = self._found.get(needle)
        if found is None and len(rows) * self._per_row < 4 * len(self._narrowest(needle)):
            row_pieces = self._rows  # few rows: look in their own pieces (a common word stops at the first)
            return [r for r in rows if any(map(contains, row_pieces[r], repeat(needle)))]
        return self._rows_with(rows, found if found is not None else self.pieces_with(needle))

    def _rows_with(self, rows: list[int], found: frozenset[bytes]) -> list[int]:
        """The rows (in order) having one of the found pieces; C loops only."""
        if not found:
            return []
        rows_of = self._rows_of
        if len(found) * self._per_piece < 8 * len(rows):  # few (row, piece) pairs: through the pieces' rows
            having: set[int] = set()
            for piece in found:
                having.update(rows_of[piece])
            if len(rows) == len(self._rows):
                return sorted(having)
            return list(compress(rows, map(having.__contains__, rows)))
        return list(compress(rows, map(not_, map(found.isdisjoint, map(self._rows.__getitem__, rows)))))

    def pieces_with(self, needle: bytes) -> frozenset[bytes]:
        """The distinct pieces holding needle, searched among those of a shorter cached word."""
        found = self._found.get(needle)
        if found is None:
            within = self._narrowest(needle)
            if within is self._all and b"\x00" not in needle and self._haystack.count(needle) < len(within) // 16:
                found = self._scan_pieces(needle)  # a rare word: jump from match to match
            else:
                found = frozenset(compress(within, map(contains, within, repeat(needle))))
            self._found[needle] = found
            while len(self._found) > self.KEPT_WORDS:
                self._found.popitem(last=False)
        self._found.move_to_end(needle)
        return found

    def _narrowest(self, needle: bytes) -> frozenset[bytes]:
        """The fewest pieces known to hold every piece with needle (those of a word within it)."""
        within = self._all
        for word, pieces in self._found.items():
            if word in needle and len(pieces) < len(within):
                within = pieces
        return within

    def _scan_pieces(self, needle: bytes) -> frozenset[bytes]:
        """All pieces holding needle: one find per matching piece over the joined pieces."""
        haystack, starts, pieces, found = self._haystack, self._starts, self._pieces, []
        pos = haystack.find(needle)
        while pos >= 0:
            index = bisect_right(starts, pos) - 1
            found.append(pieces[index])
            pos = haystack.find(needle, starts[index + 1])
        return frozenset(found)

    def _matching_whole(self, rows: list[int], needle: bytes, meta: list[str] | None, text: str,
                        negated: bool) -> list[int]:
        """For a word that may cross a cut: rows with every part of it, checked on their joined pieces."""
        hit: set[int] = set()
        if meta is not None:
            hit.update(compress(rows, map(contains, map(meta.__getitem__, rows), repeat(text))))
        candidates = [r for r in rows if r not in hit] if hit else rows
        # Within its outer spaces the word is cut where any text holding it is (a cut depends on what
        # is before it and on where a run of spaces starts), so each part lies within one piece.
        for part in split_pieces(needle.strip(b" ")):
            candidates = self._rows_with(candidates, self.pieces_with(part))
        row_pieces, join = self._rows, b"".join
        hit.update(r for r in candidates if needle in join(row_pieces[r]))
        return [r for r in rows if (r in hit) != negated]


def _row_array() -> array[int]:
    return array("I")
