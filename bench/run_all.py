"""The whole archive-scale benchmark in one run: generate (if needed), scan figures, GUI figures, one table.

Usage: python bench/run_all.py [FOLDER] [-n 100000] [--repeat 1]
FOLDER defaults to /tmp/vagas-bench-<n>; it is generated (deterministic, seed 1) when missing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def scan_rows(folder: str, repeat: int) -> dict[str, float]:
    """Seconds per row of bench_scan.py's table."""
    out = subprocess.run([sys.executable, str(HERE / "bench_scan.py"), folder, "--repeat", str(repeat)],
                         capture_output=True, text=True, check=True).stdout
    rows = {}
    for line in out.splitlines():
        match = re.match(r"(.+?)\s{2,}([\d.]+)\s+([\d.]+)\s+(\d+)$", line)
        if match:
            rows[match.group(1).strip()] = float(match.group(2))
    return rows


def cli_records_seconds(folder: str) -> tuple[float, float]:
    """`scan --records` to /dev/null in a fresh process: cold (empty cache), then warm (the cache it wrote)."""
    env = dict(os.environ, VAGAS_CACHE_DIR=tempfile.mkdtemp(prefix="bench-cli-"))
    times = []
    for _ in range(2):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-P", "-m", "vagas_desktop", "scan", folder, "--records", os.devnull],
                       capture_output=True, check=True, env=env)  # -P: the code on PYTHONPATH, not the cwd's
        times.append(time.perf_counter() - started)
    return times[0], times[1]


def gui_figures(folder: str, *options: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(HERE / "bench_gui.py"), folder, "--json", *options],
                         capture_output=True, text=True, check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?")
    parser.add_argument("-n", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    folder = args.folder or f"/tmp/vagas-bench-{args.n}"
    if not Path(folder).is_dir():
        subprocess.run([sys.executable, str(HERE / "generate.py"), folder, "-n", str(args.n)], check=True)
    scan = scan_rows(folder, args.repeat)
    records_cold, records_warm = cli_records_seconds(folder)
    gui = gui_figures(folder)
    cache_dir = tempfile.mkdtemp(prefix="bench-one-open-")
    one_cold = gui_figures(folder, "--one-open", "--cache-dir", cache_dir)  # a fresh process, no cache yet
    one_warm = gui_figures(folder, "--one-open", "--cache-dir", cache_dir)  # another, with the cache it wrote
    gui["one_open_cold_rss_mb"], gui["one_open_warm_rss_mb"] = one_cold["one_open_rss_mb"], one_warm["one_open_rss_mb"]
    floor = next(v for k, v in scan.items() if k.startswith("floor"))

    def ratio(key_start: str) -> str:
        value = next(v for k, v in scan.items() if k.startswith(key_start))
        return f"{value:8.2f} s  {value / floor:5.2f}× floor"

    print(f"folder {folder}: {gui['postings']} postings")
    print(f"{'floor: read every file':<40} {floor:8.2f} s   1.00× floor")
    print(f"{'cold scan (core)':<40} {ratio('cold scan')}   target ≤ 2.5×")
    print(f"{'cold open to populated table (GUI)':<40} {gui['gui_cold_open_s']:8.2f} s  "
          f"{gui['gui_cold_open_s'] / floor:5.2f}× floor")
    print(f"{'warm scan, nothing changed':<40} {ratio('warm scan, nothing')}   target ≤ 0.6×")
    print(f"{'warm open to populated table (GUI)':<40} {gui['gui_warm_open_s']:8.2f} s  "
          f"{gui['gui_warm_open_s'] / floor:5.2f}× floor")
    print(f"{'warm scan, 1% touched':<40} {ratio('warm scan, 1%')}")
    print(f"{'naive frontmatter.load() each':<40} {ratio('naive')}")
    cold_scan = next(v for k, v in scan.items() if k.startswith("cold scan"))
    print(f"{'CLI scan --records, cold':<40} {records_cold:8.2f} s  {records_cold / floor:5.2f}× floor   "
          f"{records_cold / cold_scan - 1:+.0%} vs cold scan (target ≤ +10%)")
    print(f"{'CLI scan --records, warm':<40} {records_warm:8.2f} s  {records_warm / floor:5.2f}× floor   "
          "target ≤ 2.5×")
    print(f"{'keystroke→repaint median / p95':<40} {gui['key_median_ms']:6.0f} / {gui['key_p95_ms']:.0f} ms   "
          f"target p95 ≤ 50 ms; naive proxy {gui['naive_key_median_ms']:.0f} ms "
          f"({gui['naive_key_median_ms'] / gui['key_median_ms']:.0f}× slower)")
    print(f"{'sort (first / repeated)':<40} {gui['sort_first_ms']:6.0f} / {gui['sort_repeat_median_ms']:.0f} ms   "
          f"target ≤ 100 ms; naive proxy {gui['naive_sort_ms']:.0f} ms "
          f"({gui['naive_sort_ms'] / gui['sort_repeat_median_ms']:.0f}× slower)")
    print(f"{'peak RSS, GUI, one folder opened cold':<40} {gui['one_open_cold_rss_mb']:6.0f} MB      target ≤ 300 MB")
    print(f"{'peak RSS, GUI, one folder opened warm':<40} {gui['one_open_warm_rss_mb']:6.0f} MB      target ≤ 300 MB")
    print(f"{'peak RSS, GUI, cold then warm reopen':<40} {gui['peak_rss_mb']:6.0f} MB      (both alive in the swap)")
    print(f"{'longest event-loop stall, cold / warm':<40} {gui['stall_cold_ms']:6.0f} / {gui['stall_warm_ms']:.0f} ms"
          "   target ≤ 100 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
