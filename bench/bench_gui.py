"""GUI figures on a big folder: open (cold and warm), event-loop stalls, keystroke-to-repaint, sort, peak RSS,
beside the naive QSortFilterProxyModel baseline over the same model.

Usage: python bench/bench_gui.py FOLDER [--query "tecnico lisboa"] [--naive-keys 3] [--json]
(generate FOLDER first: python bench/generate.py /tmp/gen100k -n 100000)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

def _cache_dir() -> str:
    """--cache-dir DIR (read before Qt and the app are imported), else a new empty one: cold first."""
    if "--cache-dir" in sys.argv[:-1]:
        return sys.argv[sys.argv.index("--cache-dir") + 1]
    return tempfile.mkdtemp(prefix="bench-gui-cache-")


os.environ["VAGAS_CACHE_DIR"] = _cache_dir()
os.environ["VAGAS_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-gui-data-")

from PySide6.QtCore import QElapsedTimer, QSettings, QSortFilterProxyModel, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from vagas_desktop.core.facets import FacetChoice  # noqa: E402
from vagas_desktop.gui.main_window import MainWindow  # noqa: E402
from vagas_desktop.gui.table_model import Column  # noqa: E402


class StallMeter:
    """A 10 ms timer; the longest gap between its ticks is the longest the event loop was blocked."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self._last = 0

    def start(self) -> None:
        self.worst, self._last = 0.0, 0
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self._last - 10)
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def open_timed(app: QApplication, window: MainWindow, folder: str, meter: StallMeter) -> float:
    meter.start()
    started = time.perf_counter()
    window.open_folder(folder)
    window.wait_for_load(900_000)
    while window.controller.pending:  # the facet lists fill a turn at a time after the table
        app.processEvents()
    app.processEvents()  # their layouts
    return time.perf_counter() - started


def typing(app: QApplication, window: MainWindow, query: str) -> tuple[list[float], int]:
    latencies = []
    for i in range(1, len(query) + 1):
        started = time.perf_counter()
        window.search_edit.setText(query[:i])
        window.controller.apply()  # what the debounce timer fires
        app.processEvents()  # the model reset's repaint happens here
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies, window.model.rowCount()


def sorting(app: QApplication, window: MainWindow) -> dict[str, list[float]]:
    header = window.table.horizontalHeader()
    runs: dict[str, list[float]] = {}
    for column in (Column.EMPREGADOR, Column.FECHO, Column.DIAS):
        runs[column.name] = []
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder) * 2:
            started = time.perf_counter()
            header.setSortIndicator(list(Column).index(column), order)  # what a header click does
            app.processEvents()
            runs[column.name].append((time.perf_counter() - started) * 1000)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return runs


def naive_proxy(app: QApplication, window: MainWindow, query: str, keys: int) -> tuple[list[float], float]:
    """The way the issue warns against: QSortFilterProxyModel calling Python data() for every cell."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(window.model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.resize(900, 700)
    view.show()
    latencies = []
    for i in range(1, min(keys, len(query)) + 1):
        started = time.perf_counter()
        proxy.setFilterFixedString(query[:i])
        app.processEvents()
        latencies.append((time.perf_counter() - started) * 1000)
    proxy.setFilterFixedString("")
    started = time.perf_counter()
    proxy.sort(list(Column).index(Column.EMPREGADOR), Qt.SortOrder.AscendingOrder)
    app.processEvents()
    sort_ms = (time.perf_counter() - started) * 1000
    view.close()
    return latencies, sort_ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder")
    parser.add_argument("--query", default="tecnico lisboa")
    parser.add_argument("--naive-keys", type=int, default=3, help="keystrokes timed on the naive proxy (slow)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    parser.add_argument("--one-open", action="store_true",
                        help="only open the folder once and print the peak RSS in MB (cold unless --cache-dir "
                             "holds this folder's cache)")
    parser.add_argument("--cache-dir", help="the scan cache folder to use (default: a new, empty one)")
    args = parser.parse_args()

    app = QApplication([sys.argv[0]])
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=date(2025, 3, 15))
    window.resize(1400, 900)
    window.show()
    window.filter_bar.set_selection(FacetChoice())  # every posting, not a new user's "Abertas"
    meter = StallMeter()
    if args.one_open:  # the memory of one folder loaded, without a previous one being released
        open_timed(app, window, args.folder, meter)
        print(json.dumps({"one_open_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
        return 0
    cold = open_timed(app, window, args.folder, meter)
    cold_stall = meter.stop()
    total = window.model.rowCount()
    warm = open_timed(app, window, args.folder, meter)  # the cache written by the cold open is used
    warm_stall = meter.stop()
    latencies, shown = typing(app, window, args.query)
    window.search_edit.setText("")
    window.controller.apply()
    sorts = sorting(app, window)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    naive_keys, naive_sort = naive_proxy(app, window, args.query, args.naive_keys)
    figures = {
        "postings": total, "gui_cold_open_s": cold, "gui_warm_open_s": warm,
        "stall_cold_ms": cold_stall, "stall_warm_ms": warm_stall,
        "key_median_ms": statistics.median(latencies), "key_p95_ms": percentile(latencies, 0.95),
        "key_max_ms": max(latencies), "keystrokes": len(latencies), "shown": shown,
        "sort_first_ms": max(r[0] for r in sorts.values()),
        "sort_repeat_median_ms": statistics.median([x for r in sorts.values() for x in r[1:]]),
        "peak_rss_mb": rss_mb,
        "naive_key_median_ms": statistics.median(naive_keys), "naive_sort_ms": naive_sort,
    }
    window.close()
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:<24} {value:.1f}" if isinstance(value, float) else f"{key:<24} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
