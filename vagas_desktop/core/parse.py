"""One posting file -> a Posting and the problems met while reading it."""

from __future__ import annotations

import errno
import logging
import os
import re
import sys
from datetime import date
from stat import S_ISREG
from typing import Any

from .frontmatter_text import NotPosting, check_opening, decode, split_front_matter
from .messages import Note, os_reason
from .pieces import PieceMemo
from .posting import CANONICAL_KEYS, FIELD_KEYS, ParseProblem, Posting, Severity, fold_key, key_of
from .profile import section_headers

_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$")
_DMY_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T\s].*)?$")
_INT_LIKE = re.compile(r"[+-]?\d+(?:\.0*)?$")
_BODY_KEY = "Texto"
# BEP postings are a few kB (the longest profiles ~60 kB): a bigger file is something else, and
# is neither parsed nor read whole (a 100 MB file cost ~1 GB of memory).
MAX_POSTING_BYTES = 2 * 1024 * 1024
HEAD_BYTES = 64  # enough to tell a posting's opening fence (after a BOM) from anything else
MAX_ID_DIGITS = 18  # BEP ids have 5-6 digits; 18 still fits the 64-bit integers other programs use
# Non-blocking: a FIFO put in a listed file's place would otherwise wait for a writer forever.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
_SHOWN_CHARS = 80  # of a value quoted in a problem message
MAX_WARNINGS = 20  # per file: a file repeating one key 100,000 times needs no 100,000 lines of problems

log = logging.getLogger(__name__)

ParseResult = tuple[Posting | None, list[ParseProblem]]


def parse_file(path: str, mtime: float | None = None) -> ParseResult:
    """Read and parse one file; never raises for bad content or unreadable files."""
    try:
        data, whole, st = read_file(path)
    except OSError as exc:
        return None, [unreadable(path, exc)]
    if not whole:
        return None, [too_large(data, path)]
    return parse_bytes(data, path, st.st_mtime if mtime is None else mtime)


def read_file(path: str) -> tuple[bytes, bool, os.stat_result]:
    """(bytes, whole, stat): the file, or only its head when it is too large to be a posting.

    Raises OSError, also for what is not a regular file (a FIFO, a device) put at path since.
    """
    fd = open_regular(path)
    try:
        st = os.fstat(fd)
        return (*read_capped(fd, st.st_size), st)
    finally:
        os.close(fd)


def open_regular(path: str) -> int:
    """A file descriptor on the regular file at path, opened without waiting; raises OSError."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        if not S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_capped(fd: int, size: int) -> tuple[bytes, bool]:
    """(bytes, whole): the open file, or only its head when it is too large to be a posting.

    size is the file's stat size: reading size + 1 bytes (not the limit, a 2 MB buffer per file)
    tells whether it grew since, and a file grown past the limit is caught too.
    """
    if size > MAX_POSTING_BYTES:
        return _read(fd, HEAD_BYTES), False
    data = os.read(fd, size + 1)  # one call for a file that holds what its stat said
    if len(data) < size:  # a short read (some network filesystems): read on
        data += _read(fd, size + 1 - len(data))
    if len(data) > size:  # it grew since its stat: read on, up to the limit
        data += _read(fd, MAX_POSTING_BYTES + 1 - len(data))
    if len(data) > MAX_POSTING_BYTES:
        return data[:HEAD_BYTES], False
    return data, True


def _read(fd: int, n: int) -> bytes:
    """Up to n bytes: fewer only at the end of the file."""
    parts = []
    while n > 0 and (chunk := os.read(fd, n)):
        parts.append(chunk)
        n -= len(chunk)
    return b"".join(parts)


def unreadable(path: str, exc: OSError) -> ParseProblem:
    """The problem of a file that could not be opened or read."""
    return ParseProblem(source_path=path, severity=Severity.ERROR, code="unreadable", args=(os_reason(exc),))


def too_large(head: bytes, path: str) -> ParseProblem:
    """The problem of a file too large to be a posting, told by its first bytes."""
    try:
        check_opening(decode(head)[0])
    except NotPosting as exc:
        code, args = exc.note
    else:
        code, args = "too-large", (str(MAX_POSTING_BYTES // (1024 * 1024)),)
    return ParseProblem(source_path=path, severity=Severity.ERROR, code=code, args=args)


def parse_bytes(
    data: bytes, source_path: str = "", mtime: float = 0.0, keep_text: bool = True, memo: PieceMemo | None = None,
    sections: bool = True,
) -> ParseResult:
    """Parse the bytes of one posting file; never raises for what the bytes hold.

    Without keep_text the posting keeps its profile's folded pieces (shared through memo) instead of
    its text (core.texts reads it back from source_path). mtime: the file's (0: unknown). Without
    sections the profile's section headers are left unknown (None): a window does not show them, and
    finding them is an eighth of a cold scan.
    """
    if len(data) > MAX_POSTING_BYTES:
        return None, [too_large(data[:HEAD_BYTES], source_path)]
    try:
        return _parse_bytes(data, source_path, mtime, keep_text, memo, sections)
    except Exception as exc:  # one file must never stop a folder: report it, go on with the next
        log.exception("could not parse %s", source_path)
        return None, [failed(source_path, exc)]


def failed(path: str, exc: BaseException) -> ParseProblem:
    """The last-resort problem of a file whose reading raised (a bug, or a limit met)."""
    if isinstance(exc, RecursionError):
        reason = "#nesting"
    elif isinstance(exc, MemoryError):
        reason = "#memory"
    else:
        reason = type(exc).__name__
    return ParseProblem(source_path=path, severity=Severity.ERROR, code="failed", args=(reason,))


def _parse_bytes(
    data: bytes, source_path: str, mtime: float, keep_text: bool, memo: PieceMemo | None, sections: bool
) -> ParseResult:
    text, decode_warning = decode(data)
    messages: list[Note] = [decode_warning] if decode_warning else []
    try:
        fm = split_front_matter(text)
    except NotPosting as exc:
        code, args = exc.note
        return None, [ParseProblem(source_path=source_path, severity=Severity.ERROR, code=code, args=args)]
    messages.extend(fm.warnings)
    fields = _fields(fm.pairs, messages)
    if fm.body:
        _keep_body(fields, fm.body)
    if not any(fields.get(k) for k in ("title", "ref", "id", "trabalho", "empregador", "descricao")):
        return None, [*_problems(source_path, messages),
                      ParseProblem(source_path=source_path, severity=Severity.ERROR, code="no-fields")]
    fields["source_path"] = source_path
    fields["mtime"] = mtime
    text = fields.get("descricao", "")
    # Computed here, where the text is at hand: the posting may not keep it.
    fields["key"] = key_of(fields.get("ref", ""), fields.get("id"), fields.get("title", ""),
                           fields.get("empregador", ""), fields.get("data_abertura"), text)
    fields["sections"] = section_headers(text) if sections else None
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


def _fields(pairs: list[tuple[str, str]], messages: list[Note]) -> dict[str, Any]:
    """Map front-matter pairs onto Posting fields; unknown keys go to extra."""
    fields: dict[str, Any] = {}
    extra: dict[str, str] = {}
    for key, value in pairs:
        name = _FIELD_OF.get(key)
        if name is None:
            name = _field_of(key)
        target, slot = (fields, name) if name else (extra, key.strip())
        if slot in target and target[slot] != value:
            messages.append(("appears-twice", (key.strip(), _shown(target[slot]))))
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
    if len(_FIELD_OF) < 10_000 and len(key) <= 100:  # keys repeat across files; bound the cache anyway
        _FIELD_OF[key] = name
    return name


def _parse_id(value: str, extra: dict[str, str], messages: list[Note]) -> int | None:
    text = value.strip()
    if not text:
        return None
    if _INT_LIKE.match(text):
        digits = text.split(".")[0]
        significant = digits.lstrip("+-").lstrip("0") or "0"  # int() counts leading zeros in its limit
        if len(significant) <= MAX_ID_DIGITS:
            return int(("-" if digits[0] == "-" else "") + significant, 10)
        messages.append(("id-too-long", (str(len(significant)),)))
    else:
        messages.append(("id-not-number", (_shown(text),)))
    extra["Id"] = text
    return None


def _shown(value: str) -> str:
    """A value as quoted in a message: a whole megabyte of it would help no one."""
    return value if len(value) <= _SHOWN_CHARS else value[: _SHOWN_CHARS - 1] + "…"


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


def _parse_date(value: str, key: str, extra: dict[str, str], messages: list[Note]) -> date | None:
    try:
        return parse_date(value)
    except ValueError:
        messages.append(("bad-date", (key, _shown(value.strip()))))
        extra[key] = value.strip()
        return None


def _check_dates(fields: dict[str, Any], messages: list[Note]) -> None:
    opened, closes = fields.get("data_abertura"), fields.get("data_fecho")
    if opened and closes and closes < opened:
        messages.append(("dates-reversed", (closes.isoformat(), opened.isoformat())))


def _keep_body(fields: dict[str, Any], body: str) -> None:
    """Text after the front matter is kept: as the description, or as an extra field."""
    if not fields.get("descricao"):
        fields["descricao"] = body
    else:
        fields.setdefault("extra", {})[_BODY_KEY] = body


def _problems(source_path: str, warnings: list[Note]) -> list[ParseProblem]:
    if len(warnings) > MAX_WARNINGS:
        warnings = [*warnings[: MAX_WARNINGS - 1], ("more-warnings", (str(len(warnings) - MAX_WARNINGS + 1),))]
    return [ParseProblem(source_path=source_path, severity=Severity.WARNING, code=code, args=args)
            for code, args in warnings]
