"""The headless `report` command: the activity report (dated status changes) as CSV, XLSX or PDF."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from .cli_export import EXIT_FAILED, EXIT_OK, EXIT_USAGE, output_error
from .cli_text import language, say
from .core.activity_report import REPORT_FORMATS, ReportTable, activity_rows, report_table, write_report
from .core.export import ExportError
from .core.export_columns import ExportArgumentError, safe_text
from .core.messages import Lang, render
from .core.shortlists import UserStore
from .paths import user_data_dir

FORMATS = (*REPORT_FORMATS, "pdf")


def add_report_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                      iso_day: Callable[[str], object]) -> None:
    p = sub.add_parser("report", help=say("help.report"))
    p.add_argument("-o", "--output", required=True, help=say("help.output"))
    p.add_argument("--format", choices=FORMATS, default=None, help=say("help.report-format"))
    p.add_argument("--from", dest="start", type=iso_day, default=None, metavar="AAAA-MM-DD",
                   help=say("help.report-from"))
    p.add_argument("--to", dest="end", type=iso_day, default=None, metavar="AAAA-MM-DD", help=say("help.report-to"))
    p.add_argument("--shortlist", metavar="NAME", help=say("help.report-shortlist"))
    p.add_argument("--include-notes", action="store_true", help=say("help.report-notes"))
    p.add_argument("--data-dir", default=None, help=say("help.data-dir"))
    p.add_argument("--force", action="store_true", help=say("help.force"))


def report_format(path: str, given: str | None) -> str:
    if given:
        return given
    return {".xlsx": "xlsx", ".pdf": "pdf"}.get(Path(path).suffix.lower(), "csv-excel-pt")


def cmd_report(args: argparse.Namespace) -> int:
    """Run `vagas-desktop report`; the exit code. Postings are described from the snapshots the
    user data keeps, so no folder is read."""
    bad_output = output_error(args.output)
    if bad_output:
        return _fail(bad_output, EXIT_USAGE)
    out = Path(args.output)
    if out.exists() and not args.force:
        return _fail(say("exists", safe_text(str(out))), EXIT_USAGE)
    store = UserStore.open(user_data_dir(args.data_dir))
    list_id, args.list_name = None, ""
    if args.shortlist:
        chosen = store.shortlist_by_name(args.shortlist)
        if chosen is None:
            names = ", ".join(s.name for s in store.shortlists()) or "none"
            return _fail(say("no-shortlist", args.shortlist, names), EXIT_USAGE)
        list_id, args.list_name = chosen.id, chosen.name
    lang = language()
    rows = activity_rows(store, args.start, args.end, list_id)
    table = report_table(rows, lang, include_notes=args.include_notes)
    fmt = report_format(args.output, args.format)
    try:
        if fmt == "pdf":
            written = _report_pdf(table, out, args, lang)
        else:
            written = write_report(table, out, fmt, overwrite=args.force)
    except FileExistsError:
        return _fail(say("exists", safe_text(str(out))), EXIT_USAGE)
    except (ExportError, ExportArgumentError) as exc:
        return _fail(exc.text(lang), EXIT_FAILED)
    except OSError as exc:
        return _fail(safe_text(str(exc)), EXIT_FAILED)
    print(say("reported", written, safe_text(str(out)), fmt), file=sys.stderr)
    return EXIT_OK


def _report_pdf(table: ReportTable, out: Path, args: argparse.Namespace, lang: Lang) -> int:
    """PDF needs Qt's text layout: a headless QGuiApplication is enough."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415 - Qt only for PDF

    from .gui.activity_pdf import export_report_pdf, period_text  # noqa: PLC0415
    from .gui.language import install_translators  # noqa: PLC0415

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    _translators = install_translators(app, lang)  # the footer's "página N de M" in the CLI's language
    title = render("report.title", (), lang) + (f" — {args.list_name}" if args.list_name else "")
    return export_report_pdf(table, out, title, period_text(args.start, args.end, lang),
                             overwrite=args.force)


def _fail(message: str, code: int) -> int:
    print(f"vagas-desktop report: {message}", file=sys.stderr)
    return code
