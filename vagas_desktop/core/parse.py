"""One posting file -> a Posting and the problems met while reading it."""

from __future__ import annotations

import os
import re
import sys
from datetime import date
from typing import Any

from .frontmatter_text import NotPosting, decode, split_front_matter
from .pieces import PieceMemo
from .posting import CANONICAL_KEYS, FIELD_KEYS, ParseProblem, Posting, Severity, fold_key

_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$")
_DMY_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T\s].*)?$")
_INT_LIKE = re.compile(r"[+-]?\d+(?:\.0*)?$")
_BODY_KEY = "Texto"

ParseResult = tuple[Posting | None, list[ParseProblem]]


def parse_file(path: str, mtime: float | None = None) -> ParseResult:
    """Read and parse one file; never raises for bad content or unreadable files."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        if mtime is None:
            mtime = os.stat(path).st_mtime
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        return None, [ParseProblem(source_path=path, severity=Severity.ERROR, message=f"unreadable: {reason}")]
    return parse_bytes(data, path, mtime)


def parse_bytes(
    data: bytes, source_path: str = "", mtime: float = 0.0, keep_text: bool = True, memo: PieceMemo | None = None
) -> ParseResult:
    """Parse the bytes of one posting file.

    Without keep_text the posting keeps its profile's folded pieces (shared through memo) instead of
    its text, and reads the text back from source_path when asked (see Posting.descricao).
    """
    text, decode_warning = decode(data)
    messages = [decode_warning] if decode_warning else []
    try:
        fm = split_front_matter(text)
    except NotPosting as exc:
        return None, [ParseProblem(source_path=source_path, severity=Severity.ERROR, message=str(exc))]
    messages.extend(fm.warnings)
    fields = _fields(fm.pairs, messages)
    if fm.body:
        _keep_body(fields, fm.body)
    if not any(fields.get(k) for k in ("title", "ref", "id", "trabalho", "empregador", "descricao")):
        return None, _problems(
            source_path, messages, "not a posting: no title, Ref, Id, Trabalho, Empregador or Descricao"
        )
    fields["source_path"] = source_path
    fields["mtime"] = mtime
    if not keep_text:
        pieces = (memo if memo is not None else PieceMemo()).pieces(fields.get("descricao", ""))
        fields["pieces"] = pieces
        fields["descricao"] = None if pieces else ""
    if memo is not None:  # a folder's scan: values that repeat across postings are held once
        for name in _REPEATED_FIELDS:
            if name in fields:
                fields[name] = sys.intern(fields[name])
        if fields["extra"]:
            fields["extra"] = memo.shared_extra(fields["extra"])
    posting = Posting.trusted(fields)
    return posting, _problems(source_path, messages)


_REPEATED_FIELDS = ("trabalho", "empregador", "concelho", "distrito", "codigo_postal")


def _fields(pairs: list[tuple[str, str]], messages: list[str]) -> dict[str, Any]:
    """Map front-matter pairs onto Posting fields; unknown keys go to extra."""
    fields: dict[str, Any] = {}
    extra: dict[str, str] = {}
    for key, value in pairs:
        name = _FIELD_OF.get(key)
        if name is None:
            name = _field_of(key)
        target, slot = (fields, name) if name else (extra, key.strip())
        if slot in target and target[slot] != value:
            messages.append(f"{key.strip()} appears twice; kept the last value, the earlier was '{target[slot]}'")
        target[slot] = value
    if "id" in fields:
        fields["id"] = _parse_id(fields["id"], extra, messages)
    for name in ("data_abertura", "data_fecho"):
        if name in fields:
            fields[name] = _parse_date(fields[name], CANONICAL_KEYS[name], extra, messages)
    _check_dates(fields, messages)
    fields["extra"] = extra
    return fields


_FIELD_OF: dict[str, str] = {}  # raw key as written -> Posting field ("" for extra)


def _field_of(key: str) -> str:
    name = FIELD_KEYS.get(fold_key(key), "")
    if len(_FIELD_OF) < 10_000:  # keys repeat across files; bound the cache anyway
        _FIELD_OF[key] = name
    return name


def _parse_id(value: str, extra: dict[str, str], messages: list[str]) -> int | None:
    text = value.strip()
    if not text:
        return None
    if _INT_LIKE.match(text):
        return int(text.split(".")[0], 10)
    messages.append(f"Id '{text}' is not a whole number")
    extra["Id"] = text
    return None


def parse_date(text: str) -> date | None:
    """'2025-02-06', '06-02-2025', '06/02/2025' (optionally with a time) -> date; raises ValueError."""
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return date.fromisoformat(text)  # the scraper's own form
    text = text.strip().strip("'\"").strip()
    if not text:
        return None
    m = _ISO_DATE.match(text)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DMY_DATE.match(text)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    raise ValueError("not a date")


def _parse_date(value: str, key: str, extra: dict[str, str], messages: list[str]) -> date | None:
    try:
        return parse_date(value)
    except ValueError:
        messages.append(f"{key} '{value.strip()}' is not a valid date")
        extra[key] = value.strip()
        return None


def _check_dates(fields: dict[str, Any], messages: list[str]) -> None:
    opened, closes = fields.get("data_abertura"), fields.get("data_fecho")
    if opened and closes and closes < opened:
        messages.append(f"DataFecho {closes.isoformat()} is before DataAbertura {opened.isoformat()}")


def _keep_body(fields: dict[str, Any], body: str) -> None:
    """Text after the front matter is kept: as the description, or as an extra field."""
    if not fields.get("descricao"):
        fields["descricao"] = body
    else:
        fields.setdefault("extra", {})[_BODY_KEY] = body


def _problems(source_path: str, warnings: list[str], error: str | None = None) -> list[ParseProblem]:
    problems = [ParseProblem(source_path=source_path, severity=Severity.WARNING, message=m) for m in warnings]
    if error:
        problems.append(ParseProblem(source_path=source_path, severity=Severity.ERROR, message=error))
    return problems
