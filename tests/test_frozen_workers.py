"""A frozen app's parse workers are the executable itself, run with the hidden --parse-worker argument."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from vagas_desktop.__main__ import PARSE_WORKER_FLAG
from vagas_desktop.core import parse_pool
from vagas_desktop.core.scan import scan

from .test_cache import fresh, view
from .test_parse_pool import folder, workers  # noqa: F401 - fixtures

__all__ = ["folder", "workers"]

REPO = Path(__file__).resolve().parent.parent


def fake_frozen_executable(tmp_path: Path) -> Path:
    """Stands in for dist/vagas-desktop/vagas-desktop: a program that is `vagas-desktop` and takes its arguments."""
    script = tmp_path / "vagas-desktop"
    script.write_text(f'#!/bin/sh\nPYTHONPATH="{REPO}" exec "{sys.executable}" -P -m vagas_desktop "$@"\n')
    script.chmod(0o755)
    return script


def test_the_flag_is_the_one_the_core_sends() -> None:
    assert PARSE_WORKER_FLAG == parse_pool.WORKER_FLAG


def test_frozen_workers_are_the_executable_with_the_flag(
        folder: Path, workers: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with monkeypatch.context() as m:
        m.setenv(parse_pool.WORKERS_ENV, "0")
        expected = fresh(folder)
    executable = fake_frozen_executable(tmp_path)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    assert parse_pool.worker_command() == [str(executable), "--parse-worker"]
    started = []
    real_popen = subprocess.Popen

    def popen(cmd: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        started.append(cmd)
        return real_popen(cmd, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(parse_pool.subprocess, "Popen", popen)
    reads_here: list[int] = []
    monkeypatch.setattr("vagas_desktop.core.scan.read_one", lambda *a: reads_here.append(1) or parse_pool.read_one(*a))

    result = scan(str(folder), use_cache=False)

    assert started == [[str(executable), "--parse-worker"]] * 2 and reads_here == []
    assert view(result) == expected


def test_a_worker_imports_no_qt() -> None:
    code = ("import sys\nfrom vagas_desktop.__main__ import main\n"
            "code = main(['--parse-worker'])\n"
            "print(code, sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n")
    proc = subprocess.run([sys.executable, "-P", "-c", code], input=b"", capture_output=True, timeout=60,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().strip() == "0 []"  # stdin ended at once: the worker stopped, nothing else ran
