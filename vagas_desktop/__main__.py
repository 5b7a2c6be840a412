"""Entry point: the GUI by default, headless sub-commands (scan, export, searches, report, stats) otherwise."""

from __future__ import annotations

import sys

from . import version_line

HEADLESS_COMMANDS = ("scan", "export", "searches", "report", "stats")
VERSION_FLAGS = ("--version", "-V")
INSTALL_ENTRY_FLAG = "--install-desktop-entry"  # Linux: desktop_entry.py
PARSE_WORKER_FLAG = "--parse-worker"  # hidden: the frozen app's parse workers (core.parse_pool.WORKER_FLAG)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run; returns the process exit code."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == [PARSE_WORKER_FLAG]:  # before anything else: a worker never imports Qt
        from .core.parse_pool import serve_worker

        serve_worker()
        return 0
    if args and args[0] in VERSION_FLAGS:  # answered without importing Qt
        print(version_line())
        return 0
    if INSTALL_ENTRY_FLAG in args:
        from .desktop_entry import run

        return run([arg for arg in args if arg != INSTALL_ENTRY_FLAG])
    if args and args[0] in HEADLESS_COMMANDS:
        from .cli import run

        return run(args)
    from .app import run_gui  # imports Qt only when a window is wanted

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
