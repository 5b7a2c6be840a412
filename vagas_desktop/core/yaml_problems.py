"""PyYAML's syntax errors in our words: its messages (and libyaml's) are English only.

yaml_problem(line, problem) -> a core.messages note. The fixed phrases map to one code each;
"expected X, but found Y" and "did not find expected X" keep X and Y as arguments when they are
YAML tokens ("',' or ']'", "<block end>": syntax, the same in every language); anything else
reads "syntax error" at its line, and PyYAML's own words go to the log.
"""

from __future__ import annotations

import logging
import re

from .messages import Note

log = logging.getLogger(__name__)

_TOKEN = r"(?:'[^']*'|<[^<>]+>)"
# Only tokens ("'-'", "<block end>", "',' or ']'") are kept as arguments: "expected a digit" is English.
_TOKENS = re.compile(f"{_TOKEN}(?: or {_TOKEN})*")
_EXPECTED = re.compile(r"expected (.+?), but (?:found|got) (.+)$", re.S)  # PyYAML's parser
_MISSING = re.compile(r"(?:did not|could not) find expected (.+)$")  # libyaml's, and PyYAML's ':'
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"found character (.+) that cannot start any token$"), "yaml-char-at"),
    (re.compile(r"found unknown escape character (.+)$"), "yaml-escape-at"),
)
# PyYAML's and libyaml's wordings of the same problems
_PHRASES = {
    "mapping values are not allowed here": "yaml-mapping-values-at",
    "mapping values are not allowed in this context": "yaml-mapping-values-at",
    "sequence entries are not allowed here": "yaml-sequence-at",
    "block sequence entries are not allowed in this context": "yaml-sequence-at",
    "mapping keys are not allowed here": "yaml-mapping-keys-at",
    "mapping keys are not allowed in this context": "yaml-mapping-keys-at",
    "did not find expected key": "yaml-missing-key-at",
    "did not find expected '-' indicator": "yaml-missing-dash-at",
    "found unexpected end of stream": "yaml-end-at",
    "found unexpected document separator": "yaml-separator-at",
    "found a tab character that violates indentation": "yaml-tab-at",
    "found a tab character where an indentation space is expected": "yaml-tab-at",
    "found character that cannot start any token": "yaml-bad-char-at",
    "found unknown escape character": "yaml-bad-escape-at",
    "found unexpected ':'": "yaml-colon-at",
}


def yaml_problem(line: str, problem: str) -> Note:
    """The note for PyYAML's problem text at a file line ("?" when unknown)."""
    if problem in _PHRASES:
        return _PHRASES[problem], (line,)
    if (m := _EXPECTED.match(problem)) and _TOKENS.fullmatch(m.group(1)):
        return "yaml-expected-at", (line, m.group(1).replace(" or ", " / "), m.group(2))
    if (m := _MISSING.match(problem)) and _TOKENS.fullmatch(m.group(1)):
        return "yaml-missing-at", (line, m.group(1).replace(" or ", " / "))
    for pattern, code in _PATTERNS:
        if m := pattern.match(problem):
            return code, (line, m.group(1))
    log.info("a YAML error without words of our own, at line %s: %s", line, problem)
    return "yaml-other-at", (line,)
