"""Posting history at open (core.posting_history): extra time per load and file size on a big folder.

Usage: python bench/bench_history.py FOLDER [--cache-dir DIR]
(generate FOLDER first: python bench/generate.py /tmp/gen100k -n 100000; run from outside the repo with
PYTHONPATH pointing at it). The folder is scanned once (warm scan cache), then update_history runs as
successive opens would: a first open, reopens with nothing changed, 1% then every deadline moved
(the postings' mtimes bumped in memory, as a rescrape would), and a reopen with a history per posting.
With --memory, each step also says the most Python memory it held at once (tracemalloc: slower times).
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from vagas_desktop.core.posting import Posting
from vagas_desktop.core.posting_history import changes_path, update_history
from vagas_desktop.core.scan import scan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--memory", action="store_true", help="also the peak of traced memory per step")
    args = parser.parse_args()
    cache = args.cache_dir or Path(tempfile.mkdtemp(prefix="vagas-history-"))
    started = time.perf_counter()
    result = scan(args.folder)
    print(f"scan: {time.perf_counter() - started:.2f} s, {len(result.postings)} postings, "
          f"{result.cache_hits} from the scan cache")
    postings = result.postings

    def run(label: str, shown: Sequence[Posting], day: int) -> None:
        if args.memory:
            tracemalloc.start()
        started = time.perf_counter()
        found = update_history(cache, args.folder, shown, date(2025, 3, day))
        seconds = time.perf_counter() - started
        peak = f", peak {tracemalloc.get_traced_memory()[1] / 2**20:.1f} MB" if args.memory else ""
        tracemalloc.stop()
        size = changes_path(cache, args.folder).stat().st_size / 1e6
        print(f"  {label}: {seconds:.3f} s, {len(found.changed_now)} changed, file {size:.2f} MB{peak}")

    run("first open (every posting fingerprinted, written)", postings, 10)
    for day in (11, 12):
        run("reopen, nothing changed (read, compare)", postings, day)
    some = [p.replace(data_fecho=date(2026, 1, 1), mtime=p.mtime + 1) if i % 100 == 0 else p
            for i, p in enumerate(postings)]
    run("reopen, 1% of deadlines moved (read, compare, write)", some, 13)
    every = [p.replace(data_fecho=date(2026, 2, 1), mtime=p.mtime + 2) for p in postings]
    run("reopen, every deadline moved", every, 14)
    run("reopen after that, nothing changed (a history per posting)", every, 15)


if __name__ == "__main__":
    main()
