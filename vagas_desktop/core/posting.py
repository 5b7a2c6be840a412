"""The Posting model, its field names and the problems a file can have."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict

from .textfold import fold

# Front-matter key (folded) -> Posting attribute.
FIELD_KEYS: dict[str, str] = {
    "title": "title",
    "id": "id",
    "ref": "ref",
    "dataabertura": "data_abertura",
    "datafecho": "data_fecho",
    "trabalho": "trabalho",
    "empregador": "empregador",
    "descricao": "descricao",
    "codigopostal": "codigo_postal",
    "concelho": "concelho",
    "distrito": "distrito",
}

# Extra keys that carry no information for people (a Jekyll artefact of the scraper).
HIDDEN_EXTRA_KEYS = frozenset({"layout"})

# Posting attribute -> the key as the scraper writes it.
CANONICAL_KEYS: dict[str, str] = {
    "title": "title",
    "id": "Id",
    "ref": "Ref",
    "data_abertura": "DataAbertura",
    "data_fecho": "DataFecho",
    "trabalho": "Trabalho",
    "empregador": "Empregador",
    "descricao": "Descricao",
    "codigo_postal": "CodigoPostal",
    "concelho": "Concelho",
    "distrito": "Distrito",
}


def fold_key(key: str) -> str:
    """Normalise a front-matter key: case, accents, spaces, '_' and '-' ignored."""
    return fold(key.strip()).replace("_", "").replace("-", "").replace(" ", "")


# Posting fields in order; descricao is read back from its file when not kept (see Posting.descricao).
POSTING_FIELDS = (
    "id", "ref", "title", "trabalho", "empregador", "descricao", "codigo_postal", "concelho", "distrito",
    "data_abertura", "data_fecho", "extra", "source_path", "mtime",
)
_DEFAULTS: dict[str, Any] = {
    "id": None, "ref": "", "title": "", "trabalho": "", "empregador": "", "descricao": "", "codigo_postal": "",
    "concelho": "", "distrito": "", "data_abertura": None, "data_fecho": None, "source_path": "", "mtime": 0.0,
}
_NO_EXTRA: dict[str, str] = {}
_SLOTS = tuple(f"_{name}" if name == "descricao" else name for name in POSTING_FIELDS) + ("_pieces",)


class Posting:
    """One job posting read from one file; immutable.

    A slotted class rather than a pydantic model: 100,000 of them are held at once, and the parser
    already types every value. The profile text (descricao) of a scanned posting is not kept in
    memory: it is read back from its file when asked for, and search uses its folded pieces.
    """

    __slots__ = _SLOTS
    id: int | None
    ref: str
    title: str
    trabalho: str
    empregador: str
    codigo_postal: str
    concelho: str
    distrito: str
    data_abertura: date | None
    data_fecho: date | None
    extra: dict[str, str]
    source_path: str
    mtime: float
    _descricao: str | None
    _pieces: tuple[bytes, ...] | None

    def __init__(self, **fields: Any) -> None:
        unknown = fields.keys() - _DEFAULTS.keys() - {"extra", "pieces"}
        if unknown:
            raise TypeError(f"unknown Posting fields: {sorted(unknown)}")
        values = {**_DEFAULTS, **fields}
        _fill(self, values)

    @classmethod
    def trusted(cls, fields: dict[str, Any]) -> Posting:
        """Build from values the parser already typed (hot path; no check of the names).

        descricao None means "read it back from source_path when asked"; then pieces should be given.
        """
        posting = cls.__new__(cls)
        _fill(posting, {**_DEFAULTS, **fields})
        return posting

    @classmethod
    def make(cls, id: int | None, ref: str, title: str, trabalho: str, empregador: str,  # noqa: A002
             descricao: str | None, codigo_postal: str, concelho: str, distrito: str,
             data_abertura: date | None, data_fecho: date | None, extra: dict[str, str], source_path: str,
             mtime: float, pieces: tuple[bytes, ...] | None) -> Posting:
        """Build from typed values in field order, as the scan cache does 100,000 times (hot path)."""
        p = _new(cls)
        _set_id(p, id)
        _set_ref(p, ref)
        _set_title(p, title)
        _set_trabalho(p, trabalho)
        _set_empregador(p, empregador)
        _set_descricao(p, descricao)
        _set_codigo_postal(p, codigo_postal)
        _set_concelho(p, concelho)
        _set_distrito(p, distrito)
        _set_data_abertura(p, data_abertura)
        _set_data_fecho(p, data_fecho)
        _set_extra(p, extra if extra else _NO_EXTRA)
        _set_source_path(p, source_path)
        _set_mtime(p, mtime)
        _set_pieces(p, pieces)
        return p

    @property
    def descricao(self) -> str:
        """The profile text, read back from the file when it was not kept (\"\" if the file is gone)."""
        text = self._descricao
        if text is None:
            from .profile_text import profile_text_of  # parse imports this module

            return profile_text_of(self.source_path)
        return text

    @property
    def has_text(self) -> bool:
        """Whether the profile text is in memory (else descricao reads the file)."""
        return self._descricao is not None

    @property
    def pieces(self) -> tuple[bytes, ...]:
        """The folded profile in pieces, as search matches it (see core.pieces)."""
        pieces = self._pieces
        if pieces is None:
            from .pieces import pieces_of

            pieces = pieces_of(self.descricao)
        return pieces

    def values(self) -> dict[str, Any]:
        """Field name -> value (descricao read back if needed); a copy."""
        return {name: getattr(self, name) for name in POSTING_FIELDS}

    def replace(self, **changes: Any) -> Posting:
        """A copy with some fields changed."""
        return Posting(**{**self.values(), **changes})

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Posting is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Posting is immutable: cannot delete {name!r}")

    def _key(self) -> tuple[Any, ...]:
        """The fields, with the profile as its folded pieces: comparing never reads a file."""
        plain = tuple(getattr(self, name) for name in POSTING_FIELDS if name not in ("descricao", "extra"))
        return (*plain, self.pieces, tuple(sorted(self.extra.items())))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Posting):
            return NotImplemented
        if self is other:
            return True
        texts_differ = self.has_text and other.has_text and self._descricao != other._descricao
        return not texts_differ and self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self.source_path, self.ref, self.id, self.title))

    def __repr__(self) -> str:
        return f"Posting(ref={self.ref!r}, id={self.id!r}, title={self.title!r}, source_path={self.source_path!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.values(),))


def _rebuild(values: dict[str, Any]) -> Posting:
    return Posting(**values)


_new = object.__new__
def _slot_setter(name: str) -> Callable[[Posting, Any], None]:
    """A slot's own setter: one call, about half the cost of object.__setattr__ by name."""
    setter: Callable[[Posting, Any], None] = getattr(Posting, name).__set__
    return setter


(_set_id, _set_ref, _set_title, _set_trabalho, _set_empregador, _set_descricao, _set_codigo_postal,
 _set_concelho, _set_distrito, _set_data_abertura, _set_data_fecho, _set_extra, _set_source_path,
 _set_mtime, _set_pieces) = _SETTERS = tuple(map(_slot_setter, _SLOTS))
_VALUE_NAMES = (*POSTING_FIELDS, "pieces")  # the keys of a values dict, in slot order


def _fill(posting: Posting, values: dict[str, Any]) -> None:
    """Set every slot from values (defaults merged in); the parser's path (Posting.make is the cache's)."""
    for set_slot, name in zip(_SETTERS, _VALUE_NAMES, strict=True):
        set_slot(posting, values.get(name))
    if not posting.extra:
        _set_extra(posting, _NO_EXTRA)


class Severity(enum.StrEnum):
    """How bad a problem is: an error means the file gave no posting."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class ParseProblem(BaseModel):
    """Why a file could not be read, or what had to be repaired to read it."""

    model_config = ConfigDict(frozen=True)

    source_path: str
    severity: Severity
    message: str
