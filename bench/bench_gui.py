"""GUI figures on a big folder: open time, keystroke-to-repaint filter latency, sort time, peak RSS.

Usage: python bench/bench_gui.py FOLDER [--query "tecnico lisboa"]
(generate FOLDER first: python bench/generate.py /tmp/gen100k -n 100000)
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vagas_desktop.gui.main_window import MainWindow  # noqa: E402
from vagas_desktop.gui.table_model import Column  # noqa: E402


def repaint(app: QApplication, window: MainWindow) -> None:
    """Flush pending events; the model reset's update request paints the table in there."""
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder")
    parser.add_argument("--query", default="tecnico lisboa")
    args = parser.parse_args()

    app = QApplication([sys.argv[0]])
    settings = QSettings(os.path.join("/tmp", "bench_gui.ini"), QSettings.Format.IniFormat)
    settings.clear()
    window = MainWindow(settings, today=date(2025, 3, 15))
    window.resize(1400, 900)
    window.show()

    started = time.perf_counter()
    window.open_folder(args.folder)
    window.wait_for_load(600_000)
    repaint(app, window)
    opened = time.perf_counter() - started
    total = window.model.rowCount()

    latencies = []
    for i in range(1, len(args.query) + 1):
        started = time.perf_counter()
        window.search_edit.setText(args.query[:i])
        window.controller.apply()  # what the debounce timer fires
        repaint(app, window)
        latencies.append((time.perf_counter() - started) * 1000)
    shown = window.model.rowCount()

    window.search_edit.setText("")
    window.controller.apply()
    sorts = {}
    header = window.table.horizontalHeader()
    for column in (Column.EMPREGADOR, Column.FECHO, Column.DIAS):
        runs = []
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder) * 2:
            started = time.perf_counter()
            header.setSortIndicator(list(Column).index(column), order)  # what a header click does
            repaint(app, window)
            runs.append((time.perf_counter() - started) * 1000)
        sorts[column.name] = runs

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))]
    print(f"postings loaded           {total}")
    print(f"open to populated table   {opened:.2f} s")
    print(f"keystroke->repaint        median {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms, "
          f"max {latencies[-1]:.1f} ms over {len(latencies)} keystrokes of {args.query!r} ({shown} shown)")
    for name, runs in sorts.items():
        print(f"sort {name:<11} first {runs[0]:.1f} ms, then median {statistics.median(runs[1:]):.1f} ms "
              f"(asc/desc, 100k rows, to repaint)")
    print(f"peak RSS                  {rss_mb:.0f} MB")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
