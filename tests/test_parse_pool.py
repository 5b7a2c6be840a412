"""Many files are read by worker processes: the same postings and problems as reading them here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from vagas_desktop.core import parse_pool
from vagas_desktop.core.scan import scan

from .test_cache import age, folder, fresh, view, write  # noqa: F401 - folder is a fixture

__all__ = ["folder"]


@pytest.fixture
def workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two worker processes even for a small folder, in small batches (several per worker)."""
    monkeypatch.setenv(parse_pool.WORKERS_ENV, "2")
    monkeypatch.setattr(parse_pool, "BATCH", 3)


def in_one_process(folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    with monkeypatch.context() as m:
        m.setenv(parse_pool.WORKERS_ENV, "0")
        return fresh(folder)


def test_workers_read_the_same_as_one_process(folder: Path, workers: None,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / "junk.md").write_bytes(b"\xff\xfe\x00garbage\x00")
    age(folder / "junk.md")
    write(folder / "deep" / "er" / "x.md", "Ref: R0", "title: Outra versão", "DataAbertura: 2025-03-01")
    expected = in_one_process(folder, monkeypatch)
    real_start, started = parse_pool._start_worker, []
    monkeypatch.setattr(parse_pool, "_start_worker", lambda: started.append(1) or real_start())
    reads_here = []
    monkeypatch.setattr("vagas_desktop.core.scan.read_one", lambda *a: reads_here.append(1) or parse_pool.read_one(*a))

    cold = scan(str(folder))

    assert started == [1, 1] and reads_here == []  # every file was read by the two workers
    assert view(cold) == expected
    assert cold.problems and cold.superseded == 1  # bad files and an older version, reported as here
    warm = scan(str(folder))  # the cache the workers' outcomes went into
    assert warm.cache_hits == warm.files and view(warm) == expected


def test_workers_that_cannot_start_leave_the_files_to_this_process(
        folder: Path, workers: None, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = in_one_process(folder, monkeypatch)
    monkeypatch.setattr(parse_pool.sys, "executable", str(folder / "no-such-python"))
    assert view(scan(str(folder), use_cache=False)) == expected


def test_a_worker_dying_midway_leaves_the_rest_to_this_process(
        folder: Path, workers: None, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = in_one_process(folder, monkeypatch)
    real_start = parse_pool._start_worker
    started: list[object] = []

    def start_then_die() -> object:
        if started:  # the second worker reads one message and exits without answering
            import subprocess

            return subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.buffer.read(8); sys.exit(3)"],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        started.append(True)
        return real_start()

    monkeypatch.setattr(parse_pool, "_start_worker", start_then_die)
    assert view(scan(str(folder), use_cache=False)) == expected


def test_cancel_while_workers_read(folder: Path, workers: None) -> None:
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    result = scan(str(folder), cancelled=cancelled)
    assert result.cancelled
    assert len(result.postings) < len(fresh(folder)[0])


def test_worker_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(parse_pool.WORKERS_ENV, raising=False)
    assert parse_pool.worker_count(parse_pool.PARALLEL_MIN_FILES - 1) == 0  # a small folder: no workers
    assert parse_pool.worker_count(10**6) <= parse_pool.MAX_WORKERS
    monkeypatch.setenv(parse_pool.WORKERS_ENV, "0")
    assert parse_pool.worker_count(10**6) == 0
    monkeypatch.setenv(parse_pool.WORKERS_ENV, "3")
    assert parse_pool.worker_count(5) == 3 and parse_pool.worker_count(0) == 0


def test_workers_import_this_code_whatever_the_current_folder_holds(folder: Path, workers: None, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    # A checkout of another version (or anything named vagas_desktop) in the current folder must not be
    # what the workers run: `python -m` would put the current folder first on the path.
    other = tmp_path / "elsewhere" / "vagas_desktop" / "core"
    other.mkdir(parents=True)
    (other.parent / "__init__.py").write_text("")
    (other / "__init__.py").write_text("")
    (other / "parse_pool.py").write_text("raise SystemExit(3)\n")
    expected = in_one_process(folder, monkeypatch)
    monkeypatch.chdir(tmp_path / "elsewhere")
    with caplog.at_level("WARNING"):
        assert fresh(folder) == expected
    assert not [r for r in caplog.records if "parse workers failed" in r.getMessage()]  # no fallback
