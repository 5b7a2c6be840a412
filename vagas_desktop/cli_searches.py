"""The headless `searches` command (list / add / remove) and `export --search`: saved searches for
scripts and cron, evaluated by the same core code as the window's Lists panel."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from .cli_library import open_library
from .cli_text import language, say
from .core.query import parse_query
from .core.saved_searches import count_all, match_keys
from .core.shortlists import SavedSearch, StoreError, UserStore
from .core.user_filters import USER_QUALIFIERS
from .paths import user_data_dir

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_searches_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], iso_day: object) -> None:
    p = sub.add_parser("searches", help=say("help.searches"))
    actions = p.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help=say("help.searches-list"))
    listing.add_argument("folder")
    listing.add_argument("--today", type=iso_day, default=None, help=say("help.today"))  # type: ignore[arg-type]
    listing.add_argument("--mark-seen", action="store_true", help=say("help.mark-seen"))
    listing.add_argument("--json", action="store_true", help=say("help.searches-json"))
    listing.add_argument("--no-cache", action="store_true", help=say("help.export-no-cache"))
    adding = actions.add_parser("add", help=say("help.searches-add"))
    adding.add_argument("name")
    adding.add_argument("query", help=say("help.query"))
    removing = actions.add_parser("remove", help=say("help.searches-remove"))
    removing.add_argument("name")
    for action in actions.choices.values():
        action.add_argument("--data-dir", default=None, help=say("help.data-dir"))
        action.add_argument("--verbose", action="store_true", help=say("help.verbose"))


def cmd_searches(args: argparse.Namespace, folder_error: str | None) -> int:
    """Run `vagas-desktop searches ACTION`; returns the exit code."""
    store = UserStore.open(user_data_dir(args.data_dir))
    try:
        if args.action == "add":
            return _add(store, args.name, args.query)
        if args.action == "remove":
            return _remove(store, args.name)
        if folder_error:
            return _fail(folder_error, EXIT_USAGE)
        return _list(store, args)
    except StoreError as exc:
        return _fail(say("store-refused", exc), EXIT_FAILED)


def query_problem(name: str, query_text: str) -> str | None:
    """Why a saved search's query cannot be used headless (a term the parser had to guess), else None."""
    hints = parse_query(query_text, USER_QUALIFIERS).hints
    if not hints:
        return None
    return say("search-bad-query", name, "; ".join(h.render(language()) for h in hints))


def find_search(store: UserStore, name: str) -> SavedSearch | str:
    """The saved search called name, or the message saying there is none (and which there are)."""
    found = store.saved_search_by_name(name)
    if found is not None:
        return found
    names = ", ".join(s.name for s in store.saved_searches()) or "-"
    return say("no-search", name, names)


def _add(store: UserStore, name: str, query_text: str) -> int:
    problem = query_problem(name, query_text)
    if problem:
        return _fail(problem, EXIT_USAGE)
    if store.saved_search_by_name(name) is not None:
        return _fail(say("search-exists", name), EXIT_USAGE)
    try:
        store.create_search(name, query_text, {})  # no facet or deadline filter: every posting counts
    except StoreError as exc:
        if exc.code == "empty-name":
            return _fail(say("search-empty-name"), EXIT_USAGE)
        raise
    return EXIT_OK


def _remove(store: UserStore, name: str) -> int:
    found = find_search(store, name)
    if isinstance(found, str):
        return _fail(found, EXIT_USAGE)
    store.delete_search(found.id)
    return EXIT_OK


def _list(store: UserStore, args: argparse.Namespace) -> int:
    today: date = args.today or date.today()
    library = open_library(args.folder, store, today, not args.no_cache)
    counts = count_all(library, store, today)
    if args.json:
        rows = [{"name": c.name, "matches": c.matches, "new": c.new} for c in counts]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for c in counts:
            print(f"{c.name}\t{c.matches}\t{c.new}")
    for search in store.saved_searches():
        problem = query_problem(search.name, search.query)
        if problem:  # one bad search must not stop a cron job's report on the others
            print(f"vagas-desktop searches: {problem}", file=sys.stderr)
    if args.mark_seen:
        for search in store.saved_searches():
            store.mark_search_seen(search.id, match_keys(library, search, store, today))
    return EXIT_OK


def _fail(message: str, code: int) -> int:
    print(f"vagas-desktop searches: {message}", file=sys.stderr)
    return code
