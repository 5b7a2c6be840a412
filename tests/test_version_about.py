"""The version has one source: `vagas-desktop --version` and the About box both show it."""

from __future__ import annotations

import platform
import subprocess
import sys
import tomllib
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from vagas_desktop import __version__
from vagas_desktop.__main__ import main

ROOT = Path(__file__).parent.parent


def test_version_is_a_dotted_number_and_pyproject_reads_it_from_the_package() -> None:
    parts = __version__.split(".")
    assert len(parts) == 3 and all(p.isdigit() for p in parts)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["hatch"]["version"]["path"] == "vagas_desktop/__init__.py"


def test_dash_dash_version_prints_the_version_and_exits_0() -> None:
    done = subprocess.run([sys.executable, "-m", "vagas_desktop", "--version"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"vagas-desktop {__version__}"


def test_version_after_gui_options_too(capsys) -> None:
    try:
        code = main(["--verbose", "--version"])
    except SystemExit as exc:  # argparse's version action
        code = exc.code
    assert code == 0
    assert capsys.readouterr().out.strip() == f"vagas-desktop {__version__}"


def test_about_box_shows_name_version_licence_and_versions(window, qtbot) -> None:
    window.about_action.trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    for expected in ("Vagas Desktop", __version__, "MIT", qVersion(), PySide6.__version__,
                     platform.python_version()):
        assert expected in text
    assert not box.iconPixmap().isNull()  # the application icon, not a generic one
    assert QApplication.activeModalWidget() is not window  # open(), the event loop keeps running
    box.close()
