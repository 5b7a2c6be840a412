"""Headless sub-commands (scan) sharing the core with the GUI."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any

from .cli_export import add_export_parser, cmd_export, output_error
from .core.export import ExportError, atomic_output, check_complete
from .core.export_columns import safe_text
from .core.posting import Posting, Severity
from .core.profile import parse_profile
from .core.scan import ScanResult, scan

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def iso_day(text: str) -> date:
    """argparse type for --today YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vagas-desktop", description="Headless commands.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_scan = sub.add_parser("scan", help="read a folder; write postings and problems as JSON lines")
    p_scan.add_argument("folder")
    p_scan.add_argument("--records", default="-", help="postings as JSON lines ('-' = stdout)")
    p_scan.add_argument("--problems", default=None, help="problems as JSON lines ('-' = stdout)")
    p_scan.add_argument("--today", type=iso_day, default=None, help="the app's today, YYYY-MM-DD")
    p_scan.add_argument("--no-cache", action="store_true",
                        help="read every file; neither read nor write the folder's scan cache")
    add_export_parser(sub, iso_day)
    return parser


def run(argv: list[str]) -> int:
    """Run a headless sub-command; returns the exit code."""
    args = build_parser().parse_args(argv)
    if args.command == "scan":
        return cmd_scan(args)
    if args.command == "export":
        return cmd_export(args, check_folder(args.folder))
    return EXIT_USAGE  # pragma: no cover - argparse refuses unknown commands


def check_folder(folder: str) -> str | None:
    """A message when folder cannot be scanned, else None."""
    if not os.path.exists(folder):
        return f"folder not found: {folder}"
    if not os.path.isdir(folder):
        return f"not a folder: {folder}"
    if not os.access(folder, os.R_OK | os.X_OK):
        return f"folder not readable: {folder}"
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
    result = scan(args.folder, use_cache=not args.no_cache)
    outputs: list[tuple[str, Iterable[dict[str, Any]]]] = [
        (args.records, (record(p, result) for p in result.postings))]  # generators: one record at a time
    if args.problems:
        outputs.append((args.problems, (
            {"source_path": result.relative(p.source_path), "severity": str(p.severity), "message": p.message}
            for p in result.problems
        )))
    for target, rows in outputs:
        try:
            with _open_out(target) as out:
                ascii_only = not _is_utf8(out)
                for row in rows:
                    out.write(json_line(row, ascii_only))
        except ExportError as exc:
            return _scan_failed(str(exc))
        except OSError as exc:
            shown = "stdout" if target == "-" else safe_text(target)
            return _scan_failed(f"cannot write {shown}: {exc.strerror or exc}")
    print(summary(result), file=sys.stderr)
    return EXIT_OK


def _scan_failed(message: str) -> int:
    print(f"vagas-desktop scan: {message}", file=sys.stderr)
    return EXIT_FAILED


def json_safe(value: Any) -> Any:
    """value with every string through safe_text: a path that is not UTF-8 shows its bad bytes as \\xNN."""
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, dict):
        return {json_safe(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value


def json_line(value: Any, ascii_only: bool = False) -> str:
    """One JSON line, never with a lone surrogate that would stop the writer.

    ascii_only escapes every non-ASCII character, for a console that is not UTF-8.
    """
    return json.dumps(json_safe(value), ensure_ascii=ascii_only) + "\n"


def _is_utf8(stream: IO[str]) -> bool:
    encoding = getattr(stream, "encoding", None) or ""
    return encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig")


def record(posting: Posting, result: ScanResult) -> dict[str, Any]:
    """One posting as the scan command's JSON record."""
    return {
        "id": posting.id,
        "ref": posting.ref,
        "title": posting.title,
        "trabalho": posting.trabalho,
        "empregador": posting.empregador,
        "concelho": posting.concelho,
        "distrito": posting.distrito,
        "codigo_postal": posting.codigo_postal,
        "data_abertura": posting.data_abertura.isoformat() if posting.data_abertura else None,
        "data_fecho": posting.data_fecho.isoformat() if posting.data_fecho else None,
        "source_path": result.relative(posting.source_path),
        "sections": parse_profile(posting.descricao).headers(),
        "extra": posting.extra,
    }


def summary(result: ScanResult) -> str:
    errors = sum(1 for p in result.problems if p.severity == Severity.ERROR)
    warnings = sum(1 for p in result.problems if p.severity == Severity.WARNING)
    cached = f", cached: {result.cache_hits}" if result.cache_used else ""
    return (f"postings: {len(result.postings)}, problems: {errors + warnings} "
            f"({errors} errors, {warnings} warnings), superseded: {result.superseded}, "
            f"ignored: {result.ignored}, seconds: {result.seconds:.2f}{cached}")


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
