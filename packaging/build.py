"""Build the standalone app: dist/vagas-desktop/ (PyInstaller, one folder) and, on Linux, a .tar.gz of it.

Usage, with the Python of an environment where the project and PyInstaller are installed:

    python -m venv /tmp/build-venv && /tmp/build-venv/bin/pip install ".[build]"
    /tmp/build-venv/bin/python packaging/build.py [--check]

--check then runs packaging/check_build.py on the result (Linux).
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "vagas-desktop.spec"
DIST = ROOT / "dist"


def version() -> str:
    """vagas_desktop.__version__, read without importing the package (the one place it lives)."""
    found = re.search(r'^__version__ = "([^"]+)"', (ROOT / "vagas_desktop" / "__init__.py").read_text(), re.M)
    if found is None:
        raise SystemExit("build.py: no __version__ in vagas_desktop/__init__.py")
    return found.group(1)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def archive(folder: Path) -> Path:
    """dist/vagas-desktop-VERSION-linux-ARCH.tar.gz, unpacking to a vagas-desktop/ folder."""
    target = DIST / f"vagas-desktop-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="run packaging/check_build.py on the result")
    parser.add_argument("--no-archive", action="store_true", help="leave out the .tar.gz")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--distpath", str(DIST), "--workpath", str(ROOT / "build"), str(SPEC)]
    print(" ".join(command), flush=True)
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        print("build.py: PyInstaller failed", file=sys.stderr)
        return 1
    built = DIST / "vagas-desktop"
    print(f"built {built} in {time.perf_counter() - start:.0f} s: {folder_size(built) / 1e6:.0f} MB", flush=True)
    if sys.platform == "linux" and not args.no_archive:
        tar = archive(built)
        print(f"archive {tar}: {tar.stat().st_size / 1e6:.0f} MB", flush=True)
    shutil.rmtree(ROOT / "build", ignore_errors=True)  # PyInstaller's work files, 100+ MB
    if args.check:
        return subprocess.run([sys.executable, str(ROOT / "packaging" / "check_build.py"), str(built)],
                              check=False).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
