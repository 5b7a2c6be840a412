"""QApplication set-up: arguments, translators, style, and the main window."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from .cli import check_folder, iso_day
from .logs import log_uncaught, setup_logging
from .paths import APP_NAME, resources_dir, sample_posts_dir


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vagas-desktop",
        description="Vagas Desktop: ofertas de emprego público, offline. "
                    "Sub-commands: 'vagas-desktop scan --help'.",
    )
    parser.add_argument("folder", nargs="?", help="folder of postings (default: the last one, else the samples)")
    parser.add_argument("--today", type=iso_day, default=None, help="the app's today, YYYY-MM-DD")
    parser.add_argument("--data-dir", default=None, help="where user data lives (also $VAGAS_DATA_DIR)")
    parser.add_argument("--verbose", action="store_true", help="log everything, to stderr too")
    return parser


def install_translators(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Qt's own strings and ours; Portuguese is the source language, so pt needs no file."""
    translators = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "vagas_desktop", "_", str(resources_dir() / "translations")):
        translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    return translators


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
    install_translators(app, QLocale.system())
    from .gui.main_window import MainWindow

    settings = QSettings()
    window = MainWindow(settings, today=args.today or date.today())
    window.show()
    window.open_folder(choose_start_folder(args.folder, settings))
    QTimer.singleShot(0, window.report_store_problems)  # a damaged data file is explained once the window is up
    return app.exec()
