"""Postings' fingerprints column by column, compact: what core.posting_history remembers between loads.

No object per posting: a str per key and a tuple of objects per fingerprint held 40 MB at each
load of 100,000 postings, for a comparison that reads few rows. Keys are one string and where each
ends; dates, profiles and mtimes are arrays; texts a table of distinct values and an index per row
(BEP repeats its titles, employers and places).
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from .posting import Posting


class Fingerprint(NamedTuple):
    """What is remembered of a posting between loads (dates as ordinals, 0: none)."""

    opens: int
    closes: int
    title: str
    trabalho: str
    empregador: str
    concelho: str
    distrito: str
    profile: int  # profile_hash (0: no profile)
    mtime: float  # the file's, when read: an unchanged file is not fingerprinted again


NUMBERS = {"opens": "i", "closes": "i", "profile": "I", "mtime": "d"}  # array typecodes
TEXTS = ("title", "trabalho", "empregador", "concelho", "distrito")


def profile_hash(posting: Posting) -> int:
    """A CRC-32 of the folded profile (its search pieces: no file is read); 0 when there is none.

    Folded: a change of case or accents alone is not a new profile.
    """
    pieces = posting.pieces
    return zlib.crc32(b"".join(pieces)) or 1 if pieces else 0


def fingerprint(posting: Posting) -> Fingerprint:
    return Fingerprint(posting.data_abertura.toordinal() if posting.data_abertura else 0,
                       posting.data_fecho.toordinal() if posting.data_fecho else 0,
                       posting.title, posting.trabalho, posting.empregador, posting.concelho, posting.distrito,
                       profile_hash(posting), float(posting.mtime))


class TextColumn:
    """One text per row: the distinct texts and, per row, the index of its text."""

    __slots__ = ("index", "values")

    def __init__(self, values: tuple[str, ...], index: Sequence[int]) -> None:
        self.values, self.index = values, index  # index: "I"

    @classmethod
    def of(cls, texts: Iterable[str]) -> TextColumn:
        texts = list(texts)  # references to texts that exist already
        index_of = {value: i for i, value in enumerate(dict.fromkeys(texts))}
        return cls(tuple(index_of), array("I", map(index_of.__getitem__, texts)))

    def __getitem__(self, row: int) -> str:
        return self.values[self.index[row]]

    def texts(self) -> Iterator[str]:
        return map(self.values.__getitem__, self.index)


class FingerprintTable:
    """Keys and their fingerprints, row by row; built from postings or columns, or read back from a file."""

    def __init__(self, keys: str, ends: Sequence[int], numbers: dict[str, Sequence[Any]],
                 texts: dict[str, TextColumn]) -> None:
        self._keys, self._ends = keys, ends  # key i is keys[ends[i - 1]:ends[i]]
        self.numbers, self.texts = numbers, texts
        self.mtime: Sequence[float] = numbers["mtime"]

    def __len__(self) -> int:
        return len(self._ends)

    @classmethod
    def of_postings(cls, postings: Sequence[Posting]) -> FingerprintTable:
        """Fingerprint each posting (its profile hashed: the costly part), column by column."""
        def ordinal(d: Any) -> int:
            return d.toordinal() if d else 0
        numbers: dict[str, Sequence[Any]] = {"opens": array("i", (ordinal(p.data_abertura) for p in postings)),
                                          "closes": array("i", (ordinal(p.data_fecho) for p in postings)),
                                          "profile": array("I", map(profile_hash, postings)),
                                          "mtime": array("d", (float(p.mtime) for p in postings))}
        texts = {name: TextColumn.of(getattr(p, name) for p in postings) for name in TEXTS}
        return cls.of_keys([p.key for p in postings], numbers, texts)

    @classmethod
    def of_keys(cls, keys: Sequence[str], numbers: dict[str, Sequence[Any]],
                texts: dict[str, TextColumn]) -> FingerprintTable:
        ends, end = array("I"), 0
        for key in keys:
            end += len(key)
            ends.append(end)
        return cls("".join(keys), ends, numbers, texts)

    def key(self, row: int) -> str:
        return self._keys[self._ends[row - 1] if row else 0:self._ends[row]]

    def keys(self) -> Iterator[str]:
        """Each row's key, made as it is read (no list of them all)."""
        keys, start = self._keys, 0
        for end in self._ends:
            yield keys[start:end]
            start = end

    def row(self, row: int) -> Fingerprint:
        n, t = self.numbers, self.texts
        return Fingerprint(n["opens"][row], n["closes"][row], t["title"][row], t["trabalho"][row],
                           t["empregador"][row], t["concelho"][row], t["distrito"][row], n["profile"][row],
                           n["mtime"][row])

    def gather(self, rows: Sequence[int], keys: Sequence[str], then: FingerprintTable) -> FingerprintTable:
        """These rows in this order (keys: theirs, as the caller holds them already), then the other table's."""
        numbers: dict[str, Sequence[Any]] = {}
        for name, code in NUMBERS.items():
            numbers[name] = column = array(code, map(self.numbers[name].__getitem__, rows))
            column.extend(then.numbers[name])
        texts = {name: TextColumn.of([*map(self.texts[name].__getitem__, rows), *then.texts[name].texts()])
                 for name in TEXTS}
        return FingerprintTable.of_keys([*keys, *then.keys()], numbers, texts)

    # -- as the file holds it ----------------------------------------------------------------------
    def pack(self) -> tuple[Any, ...]:
        """Plain values marshal writes (arrays as their bytes)."""
        return (self._keys, self._ends, tuple(self.numbers[name] for name in NUMBERS),
                tuple((self.texts[name].values, self.texts[name].index) for name in TEXTS))

    @classmethod
    def unpack(cls, packed: Any) -> FingerprintTable:
        """The table pack() made; ValueError, TypeError or IndexError when packed has another shape."""
        keys, raw_ends, raw_numbers, raw_texts = packed
        if type(keys) is not str or type(raw_numbers) is not tuple or type(raw_texts) is not tuple:
            raise ValueError("a fingerprint table of the wrong shape")
        ends = _array("I", raw_ends, None)
        if (ends[-1] if ends else 0) != len(keys) or any(a > b for a, b in zip(ends, ends[1:], strict=False)):
            raise ValueError("keys of the wrong length")
        numbers = {name: _array(code, raw, len(ends))
                   for (name, code), raw in zip(NUMBERS.items(), raw_numbers, strict=True)}
        texts = {}
        for name, (values, raw) in zip(TEXTS, raw_texts, strict=True):
            index = _array("I", raw, len(ends))
            if type(values) is not tuple or not set(map(type, values)) <= {str} \
                    or max(index, default=-1) >= len(values):
                raise ValueError("a text column of the wrong shape")
            texts[name] = TextColumn(values, index)
        return cls(keys, ends, numbers, texts)


def _array(code: str, raw: Any, count: int | None) -> Sequence[Any]:
    """The bytes read back seen as an array's items, not copied (3.6 MB at 100,000 postings)."""
    if type(raw) is not bytes:
        raise ValueError("a column that is not bytes")
    column: Sequence[Any] = memoryview(raw).cast(code)  # type: ignore[call-overload]  # TypeError unless whole items
    if count is not None and len(column) != count:
        raise ValueError("a column of the wrong length")
    return column

