"""Superseded versions of a posting (same Ref in older files): where they are and how they differ."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from .parse import parse_file
from .posting import ParseProblem, Posting

log = logging.getLogger(__name__)

# The fields compared between versions, in the order a view lists them.
COMPARED_FIELDS = ("title", "data_abertura", "data_fecho", "trabalho", "empregador", "concelho", "distrito",
                   "codigo_postal", "id", "descricao")


@dataclass(frozen=True)
class Version:
    """An older file of an offer: its posting (None: no longer readable) and the fields that differ."""

    path: str
    posting: Posting | None
    differs: frozenset[str]


def superseded_versions(problems: Iterable[ParseProblem]) -> dict[str, list[str]]:
    """Ref -> the files the scan set aside for a newer version of it (its "superseded" notes), by path."""
    found: dict[str, list[str]] = {}
    for problem in problems:
        if problem.code == "superseded" and problem.args:
            found.setdefault(problem.args[0], []).append(problem.source_path)
    for paths in found.values():
        paths.sort()
    return found


def read_version(path: str, current: Posting, current_profile: str) -> Version:
    """Read an older file now and compare it with the posting on show (its profile text given)."""
    older, _problems = parse_file(path)
    if older is None:
        log.info("older version %s no longer readable", path)
        return Version(path, None, frozenset())
    differs = {name for name in COMPARED_FIELDS
               if name != "descricao" and getattr(older, name) != getattr(current, name)}
    if (older.descricao or "") != current_profile:
        differs.add("descricao")
    return Version(path, older, frozenset(differs))
