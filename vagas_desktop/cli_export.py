"""The headless `export` command: same scan, same query language and same writers as the window."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from .cli_library import open_library
from .cli_searches import find_search, query_problem
from .cli_text import language, say
from .core.export import CSV_FORMATS, ExportCancelled, ExportError, export
from .core.export_columns import ExportArgumentError, ExportContext, default_columns, parse_columns, safe_text
from .core.export_ics import DEFAULT_REMIND_DAYS, export_ics
from .core.export_json import export_json, record_maker, relative_to, user_fields
from .core.library import Library
from .core.messages import render
from .core.posting import Posting
from .core.query import parse_query
from .core.saved_searches import match_rows
from .core.shortlists import UserStore
from .core.user_filters import SCOPE_BOOKMARKED, USER_QUALIFIERS, scoped_query
from .core.userdata_schema import SavedSearch
from .paths import user_data_dir

EXPORT_FORMATS = (*CSV_FORMATS, "xlsx", "pdf", "ics", "json")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_export_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], iso_day: object) -> None:
    p = sub.add_parser("export", help=say("help.export"))
    p.add_argument("folder")
    p.add_argument("-o", "--output", required=True, help=say("help.output"))
    p.add_argument("--format", choices=EXPORT_FORMATS, default=None,
                   help=say("help.format"))
    add_selectors(p)
    p.add_argument("--columns", default=None, help=say("help.columns"))
    p.add_argument("--include-notes", action="store_true", help=say("help.include-notes"))
    p.add_argument("--remind-days", type=int, default=DEFAULT_REMIND_DAYS, metavar="N", help=say("help.remind-days"))
    p.add_argument("--today", type=iso_day, default=None, help=say("help.today"))  # type: ignore[arg-type]
    p.add_argument("--data-dir", default=None, help=say("help.data-dir"))
    p.add_argument("--force", action="store_true", help=say("help.force"))
    p.add_argument("--no-cache", action="store_true", help=say("help.export-no-cache"))


def guess_format(path: str, given: str | None) -> str:
    if given:
        return given
    suffix = Path(path).suffix.lower()
    return {".xlsx": "xlsx", ".pdf": "pdf", ".ics": "ics", ".json": "json"}.get(suffix, "csv-excel-pt")


def cmd_export(args: argparse.Namespace, folder_error: str | None) -> int:
    """Run `vagas-desktop export`; returns the exit code."""
    if folder_error:
        return _fail(folder_error, EXIT_USAGE)
    bad_output = output_error(args.output)
    if bad_output:
        return _fail(bad_output, EXIT_USAGE)
    out = Path(args.output)
    if out.exists() and not args.force:
        return _fail(say("exists", _shown(out)), EXIT_USAGE)
    try:
        columns = parse_columns(args.columns) if args.columns else None
    except ExportArgumentError as exc:
        return _fail(exc.text(language()), EXIT_USAGE)
    store = UserStore.open(user_data_dir(args.data_dir))
    saved = chosen_search(args, store)
    if isinstance(saved, str):
        return _fail(saved, EXIT_USAGE)
    today = args.today or date.today()
    library = open_library(args.folder, store, today, not args.no_cache)
    chosen = [library.postings[r] for r in selected_rows(args, library, store, saved, today)]
    ctx = ExportContext(today=today, status_of=lambda p: _status_label(store, p),
                        note_of=lambda p: store.note(p.key))
    fmt = guess_format(args.output, args.format)
    title = args.shortlist or args.search or "Vagas"  # of a PDF or a calendar
    try:
        if fmt == "pdf":
            written = _export_pdf(chosen, out, ctx, title, args.force, args.include_notes)
        elif fmt == "ics":
            words = replace(ctx, status_of=lambda p: _status_words(store, p))  # the description in the CLI's language
            calendar = export_ics(chosen, out, words, language(), args.remind_days, title,
                                  overwrite=args.force)
            written = calendar.written
            if calendar.skipped:
                print(say("ics-skipped", calendar.skipped), file=sys.stderr)
        elif fmt == "json":
            written = export_json(chosen, out, record_maker(today, relative_to(library.folder)), user_fields(store),
                                  overwrite=args.force)
        else:
            columns = columns or default_columns(chosen, with_user=bool(args.shortlist))
            written = export(chosen, out, fmt, columns, ctx, overwrite=args.force)
    except FileExistsError:
        return _fail(say("exists", _shown(out)), EXIT_USAGE)
    except (ExportError, ExportArgumentError) as exc:
        return _fail(exc.text(language()), EXIT_FAILED)
    except (ExportCancelled, OSError) as exc:
        return _fail(safe_text(str(exc)), EXIT_FAILED)
    print(say("exported", written, _shown(out), fmt), file=sys.stderr)
    return EXIT_OK


def output_error(target: str, replaced: bool = True) -> str | None:
    """Why target cannot be an output file, else None: checked before any work is done.

    Without this, "out/" would be written as a file named "out" and an existing folder would
    first ask for --force, then fail. A file that is replaced (renamed over) must be a regular
    file; one written in place (scan's --records /dev/null) need not.
    """
    shown = safe_text(target)
    if target.endswith(("/", os.sep)) or (os.altsep and target.endswith(os.altsep)):
        return say("ends-with-separator", shown, shown.rstrip("/" + os.sep) + "/vagas.csv")
    if os.path.isdir(target):
        return say("is-a-folder", shown, os.path.join(shown, "vagas.csv"))
    if replaced and os.path.lexists(target) and not os.path.isfile(target):  # /dev/null, a fifo: never replaced
        return say("not-regular", shown)
    parent = os.path.dirname(os.path.abspath(target))
    if not os.path.exists(parent):
        return say("parent-not-found", safe_text(parent))
    if not os.path.isdir(parent):
        return say("not-a-folder", safe_text(parent))
    return None


def _shown(path: Path) -> str:
    return safe_text(str(path))


def add_selectors(p: argparse.ArgumentParser) -> None:
    """--query and one of --shortlist, --bookmarked, --search: how export and stats choose postings."""
    p.add_argument("--query", default="", help=say("help.query"))
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--shortlist", metavar="NAME", help=say("help.shortlist"))
    scope.add_argument("--bookmarked", action="store_true", help=say("help.bookmarked"))
    scope.add_argument("--search", metavar="NAME", help=say("help.search"))


def chosen_search(args: argparse.Namespace, store: UserStore) -> SavedSearch | None | str:
    """The saved search --search names (None without it), or why the selectors cannot be used:
    checked before the folder is read."""
    if args.shortlist and store.shortlist_by_name(args.shortlist) is None:
        names = ", ".join(s.name for s in store.shortlists()) or "none"
        return say("no-shortlist", args.shortlist, names)
    if not args.search:
        return None
    saved = find_search(store, args.search)
    if isinstance(saved, str):
        return saved
    return query_problem(saved.name, saved.query) or saved


def selected_rows(args: argparse.Namespace, library: Library, store: UserStore, saved: SavedSearch | None,
                  today: date) -> list[int]:
    """The rows the selectors keep; a term the query box would only hint about is said on stderr and ignored."""
    if saved is not None:
        return match_rows(library, saved, store, today)
    for hint in parse_query(args.query, USER_QUALIFIERS).hints:  # e.g. a malformed date
        print(hint.render(language()), file=sys.stderr)
    return select_rows(library, store, args.query, args.shortlist, args.bookmarked, today)


def select_rows(library: Library, store: UserStore, query_text: str, shortlist: str | None = None,
                bookmarked: bool = False, today: date | None = None) -> list[int]:
    """The Library rows the query keeps (tracked ones missing from the folder when it asks for them):
    what export and stats both select. Relative dates (fecho<=7d) and estado: count from today."""
    chosen = store.shortlist_by_name(shortlist) if shortlist else None
    scope = chosen.id if chosen is not None else (SCOPE_BOOKMARKED if bookmarked else None)
    query = scoped_query(parse_query(query_text, USER_QUALIFIERS), scope)
    return library.search(query, None, store, today)


def _status_label(store: UserStore, posting: Posting) -> str:
    status = store.status(posting.key)
    return status.label if status is not None else ""


def _status_words(store: UserStore, posting: Posting) -> str:
    status = store.status(posting.key)
    return render(f"status.{status.value}", (), language()) if status is not None else ""


def _export_pdf(postings: list[Posting], out: Path, ctx: ExportContext, title: str, force: bool,
                include_notes: bool) -> int:
    """PDF needs Qt's text layout: a headless QGuiApplication is enough."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415 - Qt only for PDF

    from .gui.export_pdf import export_pdf  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    return export_pdf(postings, out, ctx, title, overwrite=force, include_notes=include_notes)


def _fail(message: str, code: int) -> int:
    print(f"vagas-desktop export: {message}", file=sys.stderr)
    return code

