"""`vagas-desktop --install-desktop-entry`: a menu entry and icons for this user, run as a user would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vagas_desktop.desktop_entry import entry_text, exec_line

REPO = Path(__file__).resolve().parent.parent
SIZES = ("16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512")


def installed_command(tmp_path: Path) -> Path:
    """A `vagas-desktop` in a folder with a space, as pip's entry-point script would be."""
    bin_dir = tmp_path / "my apps" / "bin"
    bin_dir.mkdir(parents=True)
    script = bin_dir / "vagas-desktop"
    script.write_text(f'#!{sys.executable}\nimport sys\nfrom vagas_desktop.__main__ import main\nsys.exit(main())\n')
    script.chmod(0o755)
    return script


def run_installed(script: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "PYTHONPATH": str(REPO), "XDG_DATA_HOME": str(home / "data")}
    return subprocess.run([str(script), "--install-desktop-entry"], capture_output=True, text=True, timeout=120,
                          env=env)


@pytest.mark.skipif(sys.platform != "linux", reason="freedesktop menus are Linux only")
def test_install_writes_an_entry_that_starts_the_installed_command(tmp_path: Path) -> None:
    script, home = installed_command(tmp_path), tmp_path / "home"
    proc = run_installed(script, home)
    assert proc.returncode == 0, proc.stderr
    entry = home / "data" / "applications" / "vagas-desktop.desktop"
    assert str(entry) in proc.stdout
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{script}"' in lines and "Icon=vagas-desktop" in lines
    icons = home / "data" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "vagas-desktop.svg").is_file()
    assert all((icons / size / "apps" / "vagas-desktop.png").is_file() for size in SIZES)
    assert not (home / ".local").exists()  # XDG_DATA_HOME was honoured

    first = {p: p.read_bytes() for p in home.rglob("*") if p.is_file()}
    again = run_installed(script, home)
    assert again.returncode == 0, again.stderr
    assert {p: p.read_bytes() for p in home.rglob("*") if p.is_file()} == first  # same files, nothing added


@pytest.mark.skipif(sys.platform != "linux", reason="freedesktop menus are Linux only")
def test_without_xdg_data_home_it_goes_under_local_share(tmp_path: Path) -> None:
    script, home = installed_command(tmp_path), tmp_path / "home"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "PYTHONPATH": str(REPO)}
    proc = subprocess.run([str(script), "--install-desktop-entry"], capture_output=True, text=True, timeout=120,
                          env=env)
    assert proc.returncode == 0, proc.stderr
    assert (home / ".local" / "share" / "applications" / "vagas-desktop.desktop").is_file()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_entries_pass_desktop_file_validate(tmp_path: Path) -> None:
    odd = ["/home/a b/it's \"here\"/$HOME/back\\slash/100%/vagas-desktop"]
    for command in (["vagas-desktop"], odd, [sys.executable, "-m", "vagas_desktop"]):
        path = tmp_path / "vagas-desktop.desktop"
        path.write_text(entry_text(command), encoding="utf-8")
        proc = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_the_packaged_entry_is_the_installed_one_run_from_path() -> None:
    packaged = REPO / "packaging" / "linux" / "vagas-desktop.desktop"
    assert packaged.read_text(encoding="utf-8") == entry_text(["vagas-desktop"])


def test_exec_line_quotes_what_the_spec_reserves() -> None:
    assert exec_line(["/usr/bin/vagas-desktop"]) == "/usr/bin/vagas-desktop"
    assert exec_line(["/home/a b/vagas-desktop"]) == '"/home/a b/vagas-desktop"'
    assert exec_line(["/x/$y/vagas-desktop"]) == '"/x/\\\\$y/vagas-desktop"'  # \$ then the key file's \\ escape
    assert exec_line(["/x/100%/vagas-desktop"]) == "/x/100%%/vagas-desktop"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_has_no_errors() -> None:
    proc = subprocess.run(["appstreamcli", "validate", "--no-net", "--no-color",
                           str(REPO / "packaging" / "linux" / "vagas-desktop.metainfo.xml")],
                          capture_output=True, text=True, timeout=60, env={**os.environ, "LANG": "C.UTF-8"})
    errors = [line for line in proc.stdout.splitlines() if line.startswith("E:")]
    assert not errors and "Validation" in proc.stdout, proc.stdout + proc.stderr
