"""The Posting model, its field names and the problems a file can have."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

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


class Posting(BaseModel):
    """One job posting read from one file."""

    model_config = ConfigDict(frozen=True)

    id: int | None = None
    ref: str = ""
    title: str = ""
    trabalho: str = ""
    empregador: str = ""
    descricao: str = ""
    codigo_postal: str = ""
    concelho: str = ""
    distrito: str = ""
    data_abertura: date | None = None
    data_fecho: date | None = None
    extra: dict[str, str] = Field(default_factory=dict)
    source_path: str = ""
    mtime: float = 0.0

    @classmethod
    def trusted(cls, fields: dict[str, Any]) -> Posting:
        """Build from values the parser already typed, skipping validation (hot path).

        Same result as ``Posting(**fields)`` for valid input (a test holds this), at a
        fraction of the cost; all instances share one read-only fields-set.
        """
        values = dict(_DEFAULTS)
        values["extra"] = {}
        values.update(fields)
        posting = cls.__new__(cls)
        object.__setattr__(posting, "__dict__", values)
        object.__setattr__(posting, "__pydantic_fields_set__", _ALL_FIELDS)
        object.__setattr__(posting, "__pydantic_extra__", None)
        object.__setattr__(posting, "__pydantic_private__", None)
        return posting


_DEFAULTS: dict[str, Any] = {
    name: info.default for name, info in Posting.model_fields.items() if name != "extra"
}
_ALL_FIELDS: set[str] = set(Posting.model_fields)


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
