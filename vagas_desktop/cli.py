"""Headless sub-commands (scan, export) sharing the core with the GUI."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any

from .cli_export import add_export_parser, cmd_export, output_error
from .cli_report import add_report_parser, cmd_report
from .cli_searches import add_searches_parser, cmd_searches
from .cli_stats import add_stats_parser, cmd_stats
from .cli_text import language, say
from .core import export_json
from .core.export import ExportError, atomic_output, check_complete
from .core.export_columns import safe_text
from .core.export_json import json_safe
from .core.messages import os_reason, render
from .core.posting import Posting, Severity
from .core.scan import ScanResult, scan
from .logs import setup_logging

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def iso_day(text: str) -> date:
    """argparse type for --today YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("not-a-date", text)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vagas-desktop", description=say("help.headless"))
    sub = parser.add_subparsers(dest="command", required=True)
    p_scan = sub.add_parser("scan", help=say("help.scan"))
    p_scan.add_argument("folder")
    p_scan.add_argument("--records", default="-", help=say("help.records"))
    p_scan.add_argument("--problems", default=None, help=say("help.problems"))
    p_scan.add_argument("--today", type=iso_day, default=None, help=say("help.today"))
    p_scan.add_argument("--no-cache", action="store_true",
                        help=say("help.scan-no-cache"))
    add_export_parser(sub, iso_day)
    add_report_parser(sub, iso_day)
    add_stats_parser(sub, iso_day)
    for command in sub.choices.values():
        command.add_argument("--verbose", action="store_true", help=say("help.verbose"))
    add_searches_parser(sub, iso_day)  # its own --verbose, on each action
    return parser


def run(argv: list[str]) -> int:
    """Run a headless sub-command; returns the exit code."""
    args = build_parser().parse_args(argv)
    with _logging(args.verbose):
        log.debug("vagas-desktop %s %s", args.command, " ".join(argv[1:]))
        if args.command == "scan":
            return cmd_scan(args)
        if args.command == "export":
            return cmd_export(args, check_folder(args.folder))
        if args.command == "searches":
            return cmd_searches(args, check_folder(args.folder) if args.action == "list" else None)
        if args.command == "report":
            return cmd_report(args)
        if args.command == "stats":
            return cmd_stats(args, check_folder(args.folder))
    return EXIT_USAGE  # pragma: no cover - argparse refuses unknown commands


@contextmanager
def _logging(verbose: bool) -> Iterator[None]:
    """Warnings (everything with --verbose) to stderr and the log file while a command runs; then
    the logging set-up as it was (tests run commands in-process, beside pytest's own capture)."""
    ours = logging.getLogger("vagas_desktop")
    saved = list(ours.handlers), ours.level, ours.propagate
    setup_logging(verbose=verbose)
    try:
        yield
    finally:
        for handler in list(ours.handlers):
            ours.removeHandler(handler)
            handler.close()
        for handler in saved[0]:
            ours.addHandler(handler)
        ours.setLevel(saved[1])
        ours.propagate = saved[2]


def check_folder(folder: str) -> str | None:
    """A message when folder cannot be scanned, else None."""
    if not os.path.exists(folder):
        return say("folder-not-found", folder)
    if not os.path.isdir(folder):
        return say("not-a-folder", folder)
    if not os.access(folder, os.R_OK | os.X_OK):
        return say("folder-not-readable", folder)
    return None


def cmd_scan(args: argparse.Namespace) -> int:
    error = check_folder(args.folder)
    if error:
        print(f"vagas-desktop scan: {error}", file=sys.stderr)
        return EXIT_USAGE
    for target in (args.records, args.problems):
        problem = output_error(target, replaced=False) if target and target != "-" else None
        if problem:
            print(f"vagas-desktop scan: {problem}", file=sys.stderr)
            return EXIT_USAGE
    result = scan(args.folder, use_cache=not args.no_cache, sections=True)  # the records list them
    log.info("scanned %s: %s", args.folder, summary(result))
    to_record = record_maker(result, args.today)
    lang = language()  # the message in the locale's language; code and args stay the same in every one
    outputs: list[tuple[str, Iterable[dict[str, Any]]]] = [
        (args.records, map(to_record, result.postings))]  # generators: one record at a time
    if args.problems:
        outputs.append((args.problems, (
            {"source_path": result.relative(p.source_path), "severity": str(p.severity),
             "message": p.text(lang), "code": p.code, "args": list(p.args)}
            for p in result.problems
        )))
    for target, rows in outputs:
        try:
            with _open_out(target) as out:
                ascii_only = not _is_utf8(out)
                for row in rows:
                    out.write(json_line(row, ascii_only))
        except ExportError as exc:
            return _scan_failed(exc.text(lang))
        except OSError as exc:
            shown = "stdout" if target == "-" else safe_text(target)
            return _scan_failed(say("cannot-write", shown, render(os_reason(exc), (), lang)))
    print(summary(result), file=sys.stderr)
    return EXIT_OK


def _scan_failed(message: str) -> int:
    print(f"vagas-desktop scan: {message}", file=sys.stderr)
    return EXIT_FAILED


def json_line(value: Any, ascii_only: bool = False) -> str:
    """One JSON line, never with a lone surrogate that would stop the writer.

    ascii_only escapes every non-ASCII character, for a console that is not UTF-8.
    """
    line = _JSON.encode(value)
    if not line.isascii() and safe_text(line) is not line:  # a file name that is not UTF-8: rare
        return (_JSON_ASCII if ascii_only else _JSON).encode(json_safe(value)) + "\n"
    return (_JSON_ASCII.encode(value) if ascii_only else line) + "\n"


# One encoder each: json.dumps with any option makes a new encoder per call (100k records: ~0.2 s).
_JSON, _JSON_ASCII = json.JSONEncoder(ensure_ascii=False), json.JSONEncoder(ensure_ascii=True)


def _is_utf8(stream: IO[str]) -> bool:
    encoding = getattr(stream, "encoding", None) or ""
    return encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig")


def record_maker(result: ScanResult, today: date | None = None) -> Callable[[Posting], dict[str, Any]]:
    """A posting -> the scan command's JSON record (core.export_json.record_maker, paths relative)."""
    return export_json.record_maker(today or date.today(), _relative_to(result))


def _relative_to(result: ScanResult) -> Callable[[str], str]:
    """result.relative, without os.path.relpath's two abspath calls for the paths the walk made."""
    prefix = os.path.join(result.folder, "")

    def relative(path: str) -> str:
        if path.startswith(prefix):
            return path[len(prefix) :].replace(os.sep, "/")
        return result.relative(path)

    return relative


def record(posting: Posting, result: ScanResult) -> dict[str, Any]:
    """One posting as the scan command's JSON record."""
    return record_maker(result)(posting)


def summary(result: ScanResult) -> str:
    errors = sum(1 for p in result.problems if p.severity == Severity.ERROR)
    warnings = sum(1 for p in result.problems if p.severity == Severity.WARNING)
    cached = say("cached", result.cache_hits) if result.cache_used else ""
    return say("summary", len(result.postings), errors + warnings, errors, warnings, result.superseded,
               result.ignored, f"{result.seconds:.2f}") + cached


@contextmanager
def _open_out(target: str) -> Iterator[IO[str]]:
    """stdout ("-"), a device or fifo written in place, or a file replaced whole once complete."""
    if target == "-":
        yield sys.stdout
        sys.stdout.flush()
    elif os.path.exists(target) and not os.path.isfile(target):
        with open(target, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
    else:  # like the exports: no half-written file on a full disk (raises ExportError)
        with atomic_output(Path(target), overwrite=True) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
            check_complete(fh)
