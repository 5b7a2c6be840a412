"""The headless `stats` command: the Estatísticas view's counts (core.stats) as text, CSV or JSON."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from datetime import date

from .cli_export import add_selectors, chosen_search, selected_rows
from .cli_library import open_library
from .cli_text import language, say
from .core.messages import Lang, render
from .core.shortlists import UserStore
from .core.stats import StatBy, StatTable, count
from .paths import user_data_dir

STATS_FORMATS = ("text", "csv", "json")
EXIT_OK, EXIT_USAGE = 0, 2


def add_stats_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], iso_day: object) -> None:
    p = sub.add_parser("stats", help=say("help.stats"))
    p.add_argument("folder")
    p.add_argument("--by", choices=[b.value for b in StatBy], default=StatBy.DISTRITO.value, help=say("help.by"))
    add_selectors(p)
    p.add_argument("--today", type=iso_day, default=None, help=say("help.today"))  # type: ignore[arg-type]
    p.add_argument("--top", type=_positive, default=None, metavar="N", help=say("help.top"))
    p.add_argument("--format", choices=STATS_FORMATS, default="text", help=say("help.stats-format"))
    p.add_argument("--data-dir", default=None, help=say("help.data-dir"))
    p.add_argument("--no-cache", action="store_true", help=say("help.export-no-cache"))


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(say("not-positive", text))
    return value


def cmd_stats(args: argparse.Namespace, folder_error: str | None) -> int:
    """Run `vagas-desktop stats`; returns the exit code."""
    if folder_error:
        return _fail(folder_error)
    store = UserStore.open(user_data_dir(args.data_dir))
    saved = chosen_search(args, store)
    if isinstance(saved, str):
        return _fail(saved)
    today = args.today or date.today()
    library = open_library(args.folder, store, today, not args.no_cache)
    rows = selected_rows(args, library, store, saved, today)
    table = count(library, rows, args.by, today, store=store, top=args.top)
    lang = language()
    write = {"text": as_text, "csv": as_csv, "json": as_json}[args.format]
    sys.stdout.write(write(table.without_zeros() if args.format != "text" else table, lang))
    return EXIT_OK


def as_text(table: StatTable, lang: Lang) -> str:
    """Aligned lines for a terminal: label, count, share; the total last."""
    labels = [r.label(lang) for r in table.rows]
    width = max((len(label) for label in labels), default=0)
    digits = len(str(table.total))
    lines = [render(table.by.title_code, (), lang)]
    lines += [f"{label:<{width}}  {r.count:>{digits}}  {100 * table.share(r):5.1f}%"
              for label, r in zip(labels, table.rows, strict=True)]
    lines.append(f"{render('stats.total', (), lang):<{width}}  {table.total:>{digits}}")
    return "\n".join(lines) + "\n"


def as_csv(table: StatTable, lang: Lang) -> str:
    """Plain CSV: a header, then value, count, share (0..1) a row; no total row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([table.by.value, "count", "share"])
    for r in table.rows:
        writer.writerow([r.machine_value(lang), r.count, f"{table.share(r):.4f}"])
    return out.getvalue()


def as_json(table: StatTable, lang: Lang) -> str:
    data = {
        "by": table.by.value, "total": table.total, "today": table.today.isoformat(),
        "rows": [{"value": r.machine_value(lang), "label": r.label(lang), "count": r.count,
                  "share": round(table.share(r), 4)} for r in table.rows],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _fail(message: str) -> int:
    print(f"vagas-desktop stats: {message}", file=sys.stderr)
    return EXIT_USAGE
