"""The Posting model, its field names and the problems a file can have."""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Callable
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict

from .messages import DEFAULT_LANG, Lang, render
from .profile import parse_profile
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


def key_of(ref: str, id_: int | None, title: str, empregador: str, opened: date | None, text: str) -> str:
    """The user-data key of a posting: its Ref, else its Id, else a hash of what identifies it.

    Users' bookmarks and notes are filed under it: its values must never change.
    """
    ref = ref.strip()
    if ref:
        return "ref:" + without_surrogates(ref)
    if id_ is not None:
        return f"id:{id_}"
    basis = "\x1f".join((title, empregador, opened.isoformat() if opened else "", text))
    return "hash:" + hashlib.sha1(basis.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[:16]


def without_surrogates(text: str) -> str:
    """text without lone surrogates (UTF-8 cannot hold them): U+FFFD in their place."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


# Posting fields in order. descricao None: the text is not kept in memory (core.texts reads it back).
POSTING_FIELDS = (
    "id", "ref", "title", "trabalho", "empregador", "descricao", "codigo_postal", "concelho", "distrito",
    "data_abertura", "data_fecho", "extra", "source_path", "mtime",
)
# Computed from the fields when not given (the parser and the cache give them).
DERIVED_FIELDS = ("key", "sections", "pieces")
_DEFAULTS: dict[str, Any] = {
    "id": None, "ref": "", "title": "", "trabalho": "", "empregador": "", "descricao": "", "codigo_postal": "",
    "concelho": "", "distrito": "", "data_abertura": None, "data_fecho": None, "source_path": "", "mtime": 0.0,
}
_KEY_FIELDS = frozenset({"ref", "id", "title", "empregador", "data_abertura", "descricao"})
_NO_EXTRA: dict[str, str] = {}
_SLOTS = (*POSTING_FIELDS, "key", "sections", "_pieces")


class Posting:
    """One job posting read from one file; immutable plain data that never reads a file.

    A slotted class rather than a pydantic model: 100,000 of them are held at once, and the parser
    already types every value. The profile text of a scanned posting is not kept in memory: search
    uses its folded pieces, and core.texts reads the text back from the file (descricao None: not kept).
    key: the user-data key (see key_of), computed by the parser; for a posting built by hand here,
    from its fields (descricao None hashes as ""). sections: the profile's section headers (None: a
    scan that did not look for them). mtime:
    the file's modification time when it was read (0: unknown), which core.texts checks.
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
    descricao: str | None
    key: str
    sections: tuple[str, ...] | None
    _pieces: tuple[bytes, ...] | None

    def __init__(self, **fields: Any) -> None:
        unknown = fields.keys() - _DEFAULTS.keys() - {"extra", *DERIVED_FIELDS}
        if unknown:
            raise TypeError(f"unknown Posting fields: {sorted(unknown)}")
        values = {**_DEFAULTS, **fields}
        text = values["descricao"]
        if values.get("key") is None:
            values["key"] = key_of(values["ref"], values["id"], values["title"], values["empregador"],
                                   values["data_abertura"], text or "")
        if "sections" not in fields:  # given as None: a scan that did not look for them
            values["sections"] = tuple(parse_profile(text).headers()) if text else ()
        _fill(self, values)

    @classmethod
    def trusted(cls, fields: dict[str, Any]) -> Posting:
        """Build from values the parser already typed, key and sections included (no check of the names).

        descricao None means "not kept" (core.texts reads it back); then pieces should be given.
        """
        posting = cls.__new__(cls)
        _fill(posting, {**_DEFAULTS, **fields})
        return posting

    @classmethod
    def make(cls, id: int | None, ref: str, title: str, trabalho: str, empregador: str,  # noqa: A002
             descricao: str | None, codigo_postal: str, concelho: str, distrito: str,
             data_abertura: date | None, data_fecho: date | None, extra: dict[str, str], source_path: str,
             mtime: float, pieces: tuple[bytes, ...] | None, key: str, sections: tuple[str, ...] | None) -> Posting:
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
        _set_key(p, key)
        _set_sections(p, sections)
        _set_pieces(p, pieces)
        return p

    @property
    def has_text(self) -> bool:
        """Whether the profile text is in memory (else core.texts reads it back from the file)."""
        return self.descricao is not None

    @property
    def pieces(self) -> tuple[bytes, ...]:
        """The folded profile in pieces, as search matches it (see core.pieces)."""
        pieces = self._pieces
        if pieces is None:
            from .pieces import pieces_of

            pieces = pieces_of(self.descricao or "")
        return pieces

    def values(self) -> dict[str, Any]:
        """Field name -> value, derived fields included (descricao None when not kept); a copy."""
        values = {name: getattr(self, name) for name in POSTING_FIELDS}
        values.update(key=self.key, sections=self.sections, pieces=self._pieces)
        return values

    def replace(self, **changes: Any) -> Posting:
        """A copy with some fields changed (the key, sections and pieces follow the fields they come from)."""
        values = {**self.values(), **changes}
        if "descricao" in changes:  # derived again from the new text unless given
            values["pieces"] = changes.get("pieces")
            if "sections" not in changes:
                del values["sections"]
        if _KEY_FIELDS.intersection(changes):
            values["key"] = changes.get("key")
        return Posting(**values)

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
        texts_differ = self.has_text and other.has_text and self.descricao != other.descricao
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
 _set_mtime, _set_key, _set_sections, _set_pieces) = _SETTERS = tuple(map(_slot_setter, _SLOTS))
_VALUE_NAMES = (*POSTING_FIELDS, *DERIVED_FIELDS)  # the keys of a values dict, in slot order
_VALUE_DEFAULTS = {"key": ""}  # sections None stays None: "not looked for"


def _fill(posting: Posting, values: dict[str, Any]) -> None:
    """Set every slot from values (defaults merged in); the parser's path (Posting.make is the cache's)."""
    for set_slot, name in zip(_SETTERS, _VALUE_NAMES, strict=True):
        value = values.get(name)
        set_slot(posting, _VALUE_DEFAULTS.get(name) if value is None else value)
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
    code: str  # a core.messages code: the problem is rendered in the reader's language
    args: tuple[str, ...] = ()

    def text(self, lang: Lang = DEFAULT_LANG) -> str:
        """The problem in lang, for the user."""
        return render(self.code, self.args, lang)

    @property
    def message(self) -> str:
        """The problem in English: for logs, the CLI's JSON lines and tests."""
        return render(self.code, self.args, "en")
