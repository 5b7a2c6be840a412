"""Start-up times of an installed or frozen vagas-desktop: --version, scan of the samples, GUI to its window.

Usage: python bench/bench_start.py COMMAND... [--repeat 5] [--drop-caches]
  e.g. python bench/bench_start.py dist/vagas-desktop/vagas-desktop
       python bench/bench_start.py .venv/bin/python -m vagas_desktop

"GUI to window" is the time from starting the process to its first "parse workers" log line (with
--verbose), which the app writes once the main window is shown and the folder (the bundled samples,
with an empty scan cache) starts loading; the GUI runs offscreen and is then stopped. With
--drop-caches (Linux, root) the first run of each comes after dropping the page cache: a cold start,
as after a reboot; the others are warm, and their median is shown.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "sample_posts"


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def run_to_exit(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, env=env, timeout=300, check=False)
    took = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{command[-2:]} exit {proc.returncode}: {proc.stderr.decode()[-300:]}")
    return took


def run_to_window(command: list[str], env: dict[str, str]) -> float:
    env = {**env, "VAGAS_CACHE_DIR": tempfile.mkdtemp(prefix="bench-start-cache-")}  # no cache: the line is written
    start = time.perf_counter()
    proc = subprocess.Popen([*command, str(SAMPLES), "--verbose"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if "parse workers" in line:
                return time.perf_counter() - start
        raise RuntimeError(f"the GUI stopped (exit {proc.wait()}) before showing its window")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", nargs="+")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--drop-caches", action="store_true")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="bench-start-home-")
    env = {"HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    cases = {
        "--version": lambda: run_to_exit([*args.command, "--version"], env),
        "scan samples": lambda: run_to_exit([*args.command, "scan", str(SAMPLES), "--records", os.devnull], env),
        "GUI to window": lambda: run_to_window(args.command, env),
    }
    print(" ".join(args.command))
    for name, case in cases.items():
        try:
            cold = None
            if args.drop_caches:
                drop_caches()
                cold = case()
            warm = statistics.median(case() for _ in range(args.repeat))
        except RuntimeError as exc:
            print(f"  {name:14} failed: {exc}")
            continue
        cold_text = f"cold {cold:.2f} s, " if cold is not None else ""
        print(f"  {name:14} {cold_text}warm {warm:.2f} s (median of {args.repeat})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
