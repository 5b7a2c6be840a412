"""A folder of generated garbage: the scan completes and accounts for every file exactly once."""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vagas_desktop.core import parse_pool
from vagas_desktop.core.parse import MAX_POSTING_BYTES
from vagas_desktop.core.posting import Severity
from vagas_desktop.core.scan import POSTING_SUFFIXES, ScanResult, scan

from .conftest import EXAMPLE

EXAMPLE_BYTES = EXAMPLE.read_bytes()
SAFE = "abcdefghijklmnopqrstuvwxyz0123456789_-"
SUFFIXES = (".md", ".MD", ".markdown", ".txt", ".html", ".htm", ".json", "")


def _insert(data: bytes, at: int, piece: bytes) -> bytes:
    at %= len(data) + 1
    return data[:at] + piece + data[at:]


# What a hostile or damaged posting file can hold: each (data, n) -> data.
MUTATIONS: dict[str, Any] = {
    "truncate": lambda d, n: d[: n % (len(d) + 1)],
    "utf8 bom": lambda d, n: codecs.BOM_UTF8 + d,
    "utf16": lambda d, n: d.decode("utf-8", "replace").encode("utf-16"),
    "nul": lambda d, n: _insert(d, n, b"\x00"),
    "deep brackets": lambda d, n: _insert(d, n, b"[" * (n % 1500) + b"]" * (n % 1500)),
    "deep quoted value": lambda d, n: d.replace(b"Trabalho: ", b'Trabalho: "k": ' + b"{a: " * (n % 900)
                                                + b"}" * (n % 900) + b' #"', 1),
    "huge id": lambda d, n: d.replace(b"Id: 132314", b"Id: " + b"9" * (4000 + n % 3000), 1),
    "invalid yaml": lambda d, n: _insert(d, d.find(b"\n", n % max(len(d), 1)) + 1, b"  : [broken\nx: {\n"),
    "tab keys": lambda d, n: d.replace(b"\nConcelho", b"\n\tConcelho").replace(b"\nDistrito", b"\n\t\tDistrito"),
    "crlf": lambda d, n: d.replace(b"\n", b"\r\n"),
    "cr": lambda d, n: d.replace(b"\n", b"\r"),
    "latin-1": lambda d, n: d.decode("utf-8", "replace").encode("latin-1", "replace"),
    "no closing fence": lambda d, n: d.rstrip().removesuffix(b"---"),
    "other ref": lambda d, n: d.replace(b"Ref: OE202502/0240", b"Ref: R%d" % (n % 4), 1),
    "repeated key": lambda d, n: _insert(d, d.find(b"\n") + 1, b"Ref: R%d\n" % n),
    "random bytes": lambda d, n: _insert(d, n, bytes((n * 7 + i * 13) % 256 for i in range(n % 40))),
    "many continuation lines": lambda d, n: d.replace(b"Descricao: ", b"Descricao: [\n" + b" ab\n" * (n % 5000), 1),
}

mutated = st.lists(st.tuples(st.sampled_from(sorted(MUTATIONS)), st.integers(0, 10**6)), max_size=4).map(
    lambda ops: _apply(EXAMPLE_BYTES, ops))
content = st.one_of(mutated, st.binary(max_size=300), st.just(EXAMPLE_BYTES))
name = st.text(SAFE, min_size=1, max_size=6)
entry = st.tuples(st.lists(name, max_size=2), name, st.sampled_from(SUFFIXES), content,
                  st.sampled_from([False] * 7 + [True]))  # now and then a file grown past the limit
folders = st.lists(entry, min_size=1, max_size=8)


def _apply(data: bytes, ops: list[tuple[str, int]]) -> bytes:
    for op, n in ops:
        data = MUTATIONS[op](data, n)
    return data


# In every folder the workers read: the files that killed a worker (and stopped the scan) before.
ALWAYS_HOSTILE = [([], f"_{op.replace(' ', '_')}", ".md", _apply(EXAMPLE_BYTES, [(op, 1234)]), False)
                  for op in ("huge id", "deep quoted value", "many continuation lines")]


def write_folder(root: Path, entries: list[tuple[list[str], str, str, bytes, bool]]) -> list[Path]:
    """The generated files under root (subfolders prefixed 'd', files 'f': a name is never both)."""
    written: dict[Path, None] = {}
    for dirs, stem, suffix, data, huge in entries:
        path = root.joinpath(*(f"d{d}" for d in dirs), f"f{stem}{suffix}")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if huge:
            with open(path, "r+b") as fh:
                fh.truncate(MAX_POSTING_BYTES + 1 + len(data))  # sparse: no disk, no time
        written[path] = None
    return list(written)


def assert_every_file_accounted_for(result: ScanResult, written: list[Path]) -> None:
    candidates = {str(p) for p in written if p.name.lower().endswith(POSTING_SUFFIXES)}
    assert not result.cancelled and result.files == len(candidates)
    shown = [p.source_path for p in result.postings]
    failed = [p.source_path for p in result.problems if p.severity == Severity.ERROR]
    superseded = [p.source_path for p in result.problems if p.message.startswith("superseded")]
    accounted = shown + failed + superseded
    assert len(accounted) == len(set(accounted)), "a file is accounted for twice"
    assert set(accounted) <= candidates
    rest = candidates - set(accounted)  # what remains can only be files that are not postings
    assert len(rest) == result.ignored - (len(written) - len(candidates))
    assert all(not path.lower().endswith(parse_pool.STRICT_SUFFIXES) for path in rest)
    assert {p.source_path for p in result.problems} <= candidates
    assert all(p.message for p in result.problems)


def view(result: ScanResult) -> tuple[Any, ...]:
    """Everything a scan shows."""
    return ([p.values() for p in result.postings],
            [(p.source_path, p.severity, p.message) for p in result.problems],
            result.superseded, result.ignored, result.files)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(entries=folders)
def test_a_scan_of_garbage_completes_and_accounts_for_every_file(
        entries: list[tuple[list[str], str, str, bytes, bool]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parse_pool.WORKERS_ENV, "0")
    with tempfile.TemporaryDirectory() as tmp:
        written = write_folder(Path(tmp), entries)
        result = scan(tmp, use_cache=False)
        assert_every_file_accounted_for(result, written)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(entries=folders)
def test_workers_and_the_cache_account_for_garbage_as_one_process_does(
        entries: list[tuple[list[str], str, str, bytes, bool]], monkeypatch: pytest.MonkeyPatch) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        written = write_folder(Path(tmp), entries + ALWAYS_HOSTILE)
        monkeypatch.setenv(parse_pool.WORKERS_ENV, "0")
        expected = view(scan(tmp, use_cache=False))
        monkeypatch.setenv(parse_pool.WORKERS_ENV, "2")
        read_here: list[str] = []  # by this process: what the workers left, had one died
        real = parse_pool.read_one
        monkeypatch.setattr("vagas_desktop.core.scan.read_one",
                            lambda cand, memo, *rest: read_here.append(cand.path) or real(cand, memo, *rest))
        for use_cache in (False, True, True):  # without the cache, then writing it, then reading it
            result = scan(tmp, use_cache=use_cache)
            assert_every_file_accounted_for(result, written)
            assert view(result) == expected
        assert read_here == []
