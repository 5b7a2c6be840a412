"""`vagas-desktop --install-desktop-entry`: a menu entry and icons for this user (pip, pipx, uv tool).

Writes under $XDG_DATA_HOME (~/.local/share): applications/vagas-desktop.desktop, whose Exec line is
the command that was run (an absolute path: ~/.local/bin is often not on a desktop session's PATH),
and the icon in every size under icons/hicolor/. Running it again rewrites the same files.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .cli_text import say
from .paths import APP_NAME, resources_dir

log = logging.getLogger(__name__)

DESKTOP_FILE = f"{APP_NAME}.desktop"
# The one source of the entry; packaging/linux/vagas-desktop.desktop is this text with Exec=vagas-desktop
# (a test keeps the two equal).
DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Vagas Desktop
GenericName=Ofertas de emprego público
GenericName[en]=Public-sector job postings
Comment=Ler, filtrar e acompanhar ofertas da Bolsa de Emprego Público, offline
Comment[en]=Read, filter and track Portuguese public-sector job postings, offline
Exec={exec}
Icon=vagas-desktop
Terminal=false
Categories=Office;Qt;
Keywords=emprego;vagas;BEP;concursos;jobs;postings;
StartupNotify=true
StartupWMClass=vagas-desktop
"""


def installed_command() -> list[str]:
    """The command that starts this app, as absolute as it can be told."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name.startswith(APP_NAME) and script.suffix != ".py":
        found = shutil.which(str(script))  # the entry-point script pip or pipx wrote
        if found:
            return [str(Path(found).absolute())]
    found = shutil.which(APP_NAME)
    if found:
        return [str(Path(found).absolute())]
    return [sys.executable, "-m", "vagas_desktop"]  # run as `python -m vagas_desktop` from a venv


def exec_line(command: list[str]) -> str:
    """The Exec= value: each argument quoted as the Desktop Entry spec asks when it must be."""
    def quote(arg: str) -> str:
        arg = arg.replace("%", "%%")
        if not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
            return arg
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{escaped}"'

    # The key file's own escaping comes on top: a backslash in a quoted argument is written four times.
    return " ".join(quote(arg) for arg in command).replace("\\", "\\\\")


def entry_text(command: list[str]) -> str:
    return DESKTOP_ENTRY.format(exec=exec_line(command))


def data_home() -> Path:
    chosen = os.environ.get("XDG_DATA_HOME", "")
    return Path(chosen) if os.path.isabs(chosen) else Path.home() / ".local" / "share"


def install(command: list[str], home: Path) -> list[Path]:
    """Write the entry and the icons under HOME (an XDG data dir); returns the files written."""
    written = []
    icons = resources_dir() / "icons"
    theme = home / "icons" / "hicolor"
    sources = [(icons / f"{APP_NAME}.svg", theme / "scalable" / "apps" / f"{APP_NAME}.svg")]
    sources += [(png, theme / png.relative_to(icons / "hicolor")) for png in sorted(icons.glob("hicolor/*/apps/*.png"))]
    for source, target in sources:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    entry = home / "applications" / DESKTOP_FILE
    entry.parent.mkdir(parents=True, exist_ok=True)
    temp = entry.with_suffix(".tmp")
    temp.write_text(entry_text(command), encoding="utf-8")
    os.replace(temp, entry)
    written.append(entry)
    _refresh_caches(home)
    return written


def _refresh_caches(home: Path) -> None:
    """Tell the menu and the icon theme, where the tools exist; menus also notice on their own."""
    for tool, args in (("update-desktop-database", [str(home / "applications")]),
                       ("gtk-update-icon-cache", ["-q", "-t", str(home / "icons" / "hicolor")])):
        path = shutil.which(tool)
        if path is None:
            continue
        try:
            subprocess.run([path, *args], capture_output=True, timeout=60, check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("%s failed: %s", tool, exc)


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="vagas-desktop --install-desktop-entry",
                                     description=say("help.install-desktop-entry"))
    parser.parse_args(argv)
    if sys.platform != "linux":
        print(f"vagas-desktop: {say('desktop-entry.linux-only')}", file=sys.stderr)
        return 2
    command = installed_command()
    try:
        written = install(command, data_home())
    except OSError as exc:
        log.warning("menu entry not written: %s", exc)
        print(f"vagas-desktop: {say('desktop-entry.failed', exc)}", file=sys.stderr)
        return 1
    print(say("desktop-entry.done", written[-1], exec_line(command)))
    return 0
