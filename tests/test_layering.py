"""The core stays Qt-free: importing it must not pull in PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import vagas_desktop.core


def test_core_imports_without_pyside6() -> None:
    modules = [f"vagas_desktop.core.{m.name}" for m in pkgutil.iter_modules(vagas_desktop.core.__path__)]
    assert "vagas_desktop.core.parse" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import vagas_desktop.cli\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
