"""Bytes -> text -> front-matter key/value pairs, verbatim where the file is simple."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from .messages import Note, render
from .yaml_problems import yaml_problem

try:  # libyaml when available: same behaviour, faster
    from yaml import CBaseLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import BaseLoader as _BaseLoader  # type: ignore[assignment]

MAX_YAML_DEPTH = 16
_YAML = YAMLHandler()

# A fully quoted scalar and nothing else: only then is it handed to YAML to unescape.
_DOUBLE_QUOTED = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_SINGLE_QUOTED = re.compile(r"'[^']*(?:''[^']*)*'")
_BLOCK_INDICATOR = re.compile(r"[|>][-+1-9]{0,2}")  # "|", ">-", "|2+": a block scalar's text follows
_FENCE = re.compile(r"(?:---|\.\.\.)[ \t]*$")
# PyYAML's own loader (not libyaml) turns "\ud800" escapes into lone surrogates, which no file or
# display can hold.
_SURROGATE = re.compile("[\ud800-\udfff]")




class NotPosting(Exception):
    """The bytes are not a posting file; code (a core.messages code) says why."""

    def __init__(self, code: str, *args: str) -> None:
        super().__init__(render(code, args, "en"))
        self.note: Note = (code, args)


@dataclass
class FrontMatter:
    """The key/value pairs of one file, its body and what was repaired on the way."""

    pairs: list[tuple[str, str]]
    body: str = ""
    warnings: list[Note] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, Note | None]:
    """Decode with BOM sniffing; fall back to Windows-1252. Returns (text, warning)."""
    text, warning = _decode(data)
    return (text[1:] if text.startswith("\ufeff") else text), warning


def _decode(data: bytes) -> tuple[str, Note | None]:
    if data.startswith(codecs.BOM_UTF8):
        return _decode_utf8(data[3:])
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return data.decode("utf-16", errors="replace"), ("bad-utf16", ())
    return _decode_utf8(data)


def _decode_utf8(data: bytes) -> tuple[str, Note | None]:
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), ("cp1252", ())
    except UnicodeDecodeError:  # the 5 bytes cp1252 leaves undefined
        return data.decode("latin-1"), ("latin1", ())


def starts_with_fence(text: str) -> bool:
    """True when the text opens with a front-matter fence line."""
    return text.startswith("---") and _FENCE.match(text.partition("\n")[0].rstrip("\r")) is not None


def check_opening(text: str) -> None:
    """Raise NotPosting unless the text (or its first bytes) can open a posting file."""
    if "\x00" in text:
        raise NotPosting("binary")
    if not starts_with_fence(text.replace("\r", "\n", 1) if "\r" in text else text):
        raise NotPosting("no-front-matter")


def split_front_matter(text: str) -> FrontMatter:
    """Split text into front-matter pairs and body; raise NotPosting."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    check_opening(text)
    warnings: list[Note] = []
    lines = text.split("\n")
    end = _fence_index(lines)
    if end < 0:
        end = len(lines)
        warnings.append(("no-closing-fence", ()))
    body = "\n".join(lines[end + 1 :]).strip() if end + 1 < len(lines) else ""
    lines = lines[1:end]
    pairs = _simple_pairs(lines)
    if pairs is None:
        pairs = _yaml_pairs(lines, warnings)
    if not pairs:
        raise NotPosting("empty-front-matter")
    return FrontMatter(pairs, body, warnings)


def _fence_index(lines: list[str]) -> int:
    """Index of the closing fence line, or -1."""
    for i in range(1, len(lines)):
        line = lines[i]
        if line.startswith(("---", "...")) and _FENCE.match(line):
            return i
    return -1


def _simple_pairs(lines: list[str]) -> list[tuple[str, str]] | None:
    """Read 'Key: value' lines verbatim; None when the block needs a YAML parser."""
    pairs: list[tuple[str, str]] = []
    append = pairs.append
    for line in lines:
        if line[:1] == "\t":  # a key indented by a tab is still a key (YAML would refuse the tab)
            line = line.lstrip(" \t")
        key, colon, value = line.partition(":")
        if colon and _is_key(key) and (not value or value[0] in " \t"):
            value = value.strip()
            if value and value[0] in "|>'\"":
                if value[0] in "|>":
                    return None  # block scalar
                if len(value) > 1 and value[-1] == value[0]:
                    value = _unquote(value)
            append((key.rstrip(), value))
        elif line and not line.isspace() and line[0] != "#":
            return None
    return pairs


def _is_key(key: str) -> bool:
    return bool(key) and (key[0].isalpha() or key[0] == "_")


def _unquote(value: str) -> str:
    """A fully quoted scalar -> its text (YAML escapes); verbatim if it is not valid YAML.

    Only one quoted scalar is handed to YAML: '"k": [[[...]]] #"' also starts and ends with a
    quote, and composing its collections recurses once per level (a RecursionError, not a YAMLError).
    """
    quoted = _DOUBLE_QUOTED if value[0] == '"' else _SINGLE_QUOTED
    if quoted.fullmatch(value) is None:
        return value
    try:
        loaded = yaml.load(value, Loader=_BaseLoader)  # noqa: S506 - BaseLoader builds only str
    except yaml.YAMLError:
        return value
    return _whole_text(loaded) if isinstance(loaded, str) else value


def _whole_text(text: str) -> str:
    """Text without lone surrogates: an escaped pair is joined, the rest replaced by U+FFFD."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _yaml_pairs(lines: list[str], warnings: list[Note]) -> list[tuple[str, str]]:
    """Parse real YAML with a typing-free loader; on failure recover line by line."""
    text = "\n".join(lines)
    try:
        _check_events(text)
        data = _YAML.load(text, Loader=_BaseLoader)
    except yaml.YAMLError as exc:
        warnings.append(_yaml_note(exc))
        return _recover_pairs(lines)
    if not isinstance(data, dict):
        warnings.append(("not-key-value", ()))
        return _recover_pairs(lines)
    return [(_whole_text(str(k).strip()), _whole_text(_to_text(v).strip())) for k, v in data.items()]


def _check_events(text: str) -> None:
    """Refuse aliases (billion laughs) and deep nesting before anything is built."""
    depth = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.AliasEvent):
            raise _RefusedYAML("yaml-aliases-at", event.start_mark)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                raise _RefusedYAML("yaml-nested-at", event.start_mark, str(MAX_YAML_DEPTH))
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


class _RefusedYAML(yaml.YAMLError):
    """YAML we refuse to build (aliases, deep nesting): a core.messages code, where, and its arguments."""

    def __init__(self, code: str, mark: Any, *args: str) -> None:
        super().__init__(code)
        self.note: Note = (code, (_line(mark), *args))


def _line(mark: Any) -> str:
    """The file's line number of a mark inside the front matter (its opening fence is line 1)."""
    return str(mark.line + 2) if mark is not None else "?"


def _yaml_note(exc: yaml.YAMLError) -> Note:
    """What went wrong, in our words: PyYAML's are English only."""
    if isinstance(exc, _RefusedYAML):
        return exc.note
    line = _line(getattr(exc, "problem_mark", None))
    problem = str(getattr(exc, "problem", None) or exc).strip()
    return yaml_problem(line, problem)


def _to_text(value: Any) -> str:
    """Nested YAML values flattened to readable text (no typing ever happened)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_to_text(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_to_text(v)}" for k, v in value.items())
    return str(value)


def _recover_pairs(lines: list[str]) -> list[tuple[str, str]]:
    """Best effort: 'Key: value' lines; other lines continue the previous value.

    Linear in the size of the front matter: a value's lines are joined once, at the end.
    """
    keys: list[str] = []
    values: list[list[str]] = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        pair = _key_line(line)
        if pair is not None:
            keys.append(pair[0])
            values.append([pair[1]] if pair[1] else [])
        elif keys:
            values[-1].append(stripped)
        else:
            keys.append("_")
            values.append([stripped])
    return [(key, _recovered(parts)) for key, parts in zip(keys, values, strict=True)]


def _recovered(parts: list[str]) -> str:
    """A value's lines, read as the simple path reads one line: unquoted, no block indicator."""
    if len(parts) > 1 and _BLOCK_INDICATOR.fullmatch(parts[0]):
        return ("\n" if parts[0][0] == "|" else " ").join(parts[1:])
    value = " ".join(parts)
    if len(value) > 1 and value[0] in "'\"" and value[-1] == value[0]:
        return _unquote(value)
    return value


def _key_line(line: str) -> tuple[str, str] | None:
    """'Key: value' or 'Key:' (also after tabs) -> (key, value); None for a continuation line."""
    if line[0] == "\t":
        line = line.lstrip(" \t")
    elif line[0] in " -":
        return None
    key, colon, value = line.partition(":")
    if not colon or not _is_key(key) or (value and value[0] not in " \t"):
        return None
    return key.rstrip(" \t"), value.strip()
