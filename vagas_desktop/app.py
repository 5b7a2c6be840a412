"""QApplication set-up: arguments, translators, style, and the main window."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from . import version_line
from .cli import check_folder, iso_day
from .cli_text import say
from .gui import language
from .logs import log_uncaught, setup_logging
from .paths import APP_NAME, sample_posts_dir


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vagas-desktop",
        description=say("help.gui"),
    )
    parser.add_argument("folder", nargs="?", help=say("help.folder"))
    parser.add_argument("--today", type=iso_day, default=None, help=say("help.today"))
    parser.add_argument("--data-dir", default=None, help=say("help.data-dir"))
    parser.add_argument("--verbose", action="store_true", help=say("help.verbose"))
    parser.add_argument("-V", "--version", action="version", version=version_line(), help=say("help.version"))
    parser.add_argument("--install-desktop-entry", action="store_true", help=say("help.install-desktop-entry"))
    return parser


def choose_start_folder(arg: str | None, settings: QSettings) -> str:
    """The folder argument, else the last folder opened (if it still exists), else the samples."""
    if arg:
        return arg
    last = str(settings.value("folders/last", "") or "")
    if last and os.path.isdir(last):
        return last
    return str(sample_posts_dir())


def run_gui(argv: list[str]) -> int:
    args = gui_parser().parse_args(argv)
    if args.folder and (error := check_folder(args.folder)):
        print(f"vagas-desktop: {error}", file=sys.stderr)
        return 2
    if args.data_dir:
        os.environ["VAGAS_DATA_DIR"] = args.data_dir
    setup_logging(args.verbose)
    sys.excepthook = log_uncaught  # an error in a slot is logged with its traceback, not lost on a closed console
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("Vagas Desktop")
    app.setDesktopFileName(APP_NAME)  # Wayland matches the window to vagas-desktop.desktop (its icon, its name)
    settings = QSettings()
    language.install_translators(app, language.chosen_language(settings))
    from .gui.icons import app_icon
    from .gui.main_window import MainWindow

    app.setWindowIcon(app_icon())
    window = MainWindow(settings, today=args.today)  # None: the real date (the samples' own day for them)
    window.show()
    window.open_folder(choose_start_folder(args.folder, settings))
    QTimer.singleShot(0, window.report_store_problems)  # a damaged data file is explained once the window is up
    return app.exec()
