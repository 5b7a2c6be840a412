"""Statistics recount on a big folder: core.stats.count for every kind, over every posting and over a
filtered set, then the Estatísticas view's whole recount and repaint in the window.

Usage: python bench/bench_stats.py FOLDER [--query tecnico] [--repeat 5] [--no-gui]
(generate FOLDER first: python bench/generate.py /tmp/gen100k -n 100000; run from /tmp with PYTHONPATH set)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VAGAS_CACHE_DIR", tempfile.mkdtemp(prefix="bench-stats-cache-"))
os.environ["VAGAS_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-stats-data-")

from vagas_desktop.core.library import Library  # noqa: E402
from vagas_desktop.core.query import parse_query  # noqa: E402
from vagas_desktop.core.scan import scan  # noqa: E402
from vagas_desktop.core.shortlists import UserStore  # noqa: E402
from vagas_desktop.core.stats import VIEW_TOP, StatBy, count  # noqa: E402

TODAY = date(2025, 3, 15)


def median_ms(work, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(1000 * (time.perf_counter() - started))
    return statistics.median(times)


def bench_core(folder: str, query: str, repeat: int) -> None:
    result = scan(folder)
    library = Library.build(result.folder, result.postings, {})
    store = UserStore.open(os.environ["VAGAS_DATA_DIR"])
    every = list(range(len(library)))
    some = library.search(parse_query(query))
    print(f"{len(library)} postings; '{query}' keeps {len(some)}")
    print(f"{'by':<14} {'all (ms)':>9} {'query (ms)':>11}")
    for by in StatBy:
        top = VIEW_TOP if by in (StatBy.EMPREGADOR, StatBy.CONCELHO) else None
        cells = [median_ms(lambda rows=rows, by=by, top=top: count(library, rows, by, TODAY, store=store, top=top),
                           repeat) for rows in (every, some)]
        print(f"{by.value:<14} {cells[0]:>9.1f} {cells[1]:>11.1f}")


def bench_gui(folder: str, query: str, repeat: int) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from vagas_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings, today=TODAY)
    win.resize(1400, 880)
    win.show()
    win.open_folder(folder)
    win.wait_for_load(300_000)
    win.filter_bar.clear()
    while win.controller.pending:
        app.processEvents()
    win.statistics.show_and_focus()
    view = win.statistics.view
    print("view: recount + repaint (ms), median of", repeat)
    for text in ("", query):
        win.search_edit.setText(text)
        win.controller.apply()
        for by in StatBy:
            view.set_by(by)

            def recount() -> None:
                view.recompute()
                view.chart.repaint()

            print(f"  {by.value:<14} {('all' if not text else repr(text)):<10} {median_ms(recount, repeat):7.1f}")
    win.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folder")
    ap.add_argument("--query", default="tecnico")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-gui", action="store_true")
    args = ap.parse_args()
    bench_core(args.folder, args.query, args.repeat)
    if not args.no_gui:
        bench_gui(args.folder, args.query, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
