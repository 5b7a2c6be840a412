"""Scan timings on a big folder: the read-the-files floor, cold, warm and 1%-touched cached scans.

Usage: python bench/bench_scan.py FOLDER [--repeat 3] [--skip-naive] [--evict]
(generate FOLDER first: python bench/generate.py /tmp/gen100k -n 100000)

Every measurement runs in a fresh process (its own memory, imports done before the clock starts);
the rows are measured in turn, --repeat times, and the best of each is kept. The floor (with the
garbage collector off, as in scan()) runs first, so every later measurement finds the files in the
OS page cache: this compares CPU work, not disk speed. The cache goes to a temporary
VAGAS_CACHE_DIR, emptied before each cold run. "1% touched" bumps the mtime of every 100th file
(os.utime, content unchanged; not restored) before each run. With --evict (POSIX), the posting
and cache files are dropped from the page cache before every run instead: a reopen after a reboot.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

try:
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]


def peak_rss_mb() -> float:
    if resource is None:
        return float("nan")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def child(kind: str, folder: str) -> dict[str, float]:
    """One measurement, in this (fresh) process."""
    from vagas_desktop.core.scan import list_candidates, scan

    extra = 0.0
    started = time.perf_counter()
    if kind == "floor":
        gc.disable()  # as scan() does: the fairest (lowest) floor
        candidates, _ignored = list_candidates(folder)
        for cand in candidates:
            with open(cand.path, "rb") as fh:
                fh.read()
        extra = len(candidates)
    elif kind == "naive":
        import frontmatter

        for cand in list_candidates(folder)[0]:
            try:
                frontmatter.load(cand.path)
            except Exception:  # what a naive loader would skip
                pass
    else:
        result = scan(folder, use_cache=kind != "nocache")
        extra = result.cache_hits
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rss_mb": peak_rss_mb(), "extra": extra}


def measure(kind: str, folder: str, cache_dir: str) -> dict[str, float]:
    env = dict(os.environ, VAGAS_CACHE_DIR=cache_dir)
    proc = subprocess.run([sys.executable, __file__, "--child", kind, folder], env=env,
                          capture_output=True, text=True, check=True)
    return dict(json.loads(proc.stdout.splitlines()[-1]))


def touch_one_percent(folder: str) -> int:
    from vagas_desktop.core.scan import list_candidates

    candidates = list_candidates(folder)[0]
    for cand in candidates[::100]:
        st = os.stat(cand.path)
        os.utime(cand.path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    return len(candidates[::100])


def evict(*folders: str) -> None:
    """Ask the OS to drop these files' pages from its cache (posix_fadvise: no privileges needed,
    nothing else is touched); the next read of them goes to the disk."""
    for top in folders:
        for root, _dirs, names in os.walk(top):
            for name in names:
                try:
                    fd = os.open(os.path.join(root, name), os.O_RDONLY)
                except OSError:
                    continue
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)


def best(runs: list[dict[str, float]]) -> dict[str, float]:
    return min(runs, key=lambda r: r["seconds"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-naive", action="store_true", help="skip frontmatter.load() (slow)")
    parser.add_argument("--evict", action="store_true",
                        help="before each run, drop the posting and cache files from the OS page cache "
                             "(posix_fadvise), as after a reboot: reads go to the disk")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    folder = os.path.abspath(args.folder)
    if args.child:
        print(json.dumps(child(args.child, folder)))
        return 0

    cache_dir = tempfile.mkdtemp(prefix="bench-scan-cache-")
    runs: dict[str, list[dict[str, float]]] = {}
    touched = 0
    try:
        measure("floor", folder, cache_dir)  # read every file once: the page cache is warm from here on
        for _ in range(args.repeat):  # interleaved, so a noisy neighbour hurts every row alike
            for name in ("floor", "nocache", "cold", "warm", "touched"):
                if name == "cold":
                    shutil.rmtree(cache_dir, ignore_errors=True)
                if name == "touched":
                    touched = touch_one_percent(folder)
                if args.evict:
                    evict(folder, cache_dir)
                runs.setdefault(name, []).append(measure("warm" if name == "touched" else name, folder, cache_dir))
        if not args.skip_naive:
            if args.evict:
                evict(folder, cache_dir)
            runs["naive"] = [measure("naive", folder, cache_dir)]
        scan_dir = os.path.join(cache_dir, "scan")
        cache_mb = sum(os.path.getsize(os.path.join(scan_dir, f)) for f in os.listdir(scan_dir)) / 1e6
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)

    labels = {"floor": "floor: list + read every file", "nocache": "scan --no-cache",
              "cold": "cold scan (writes the cache)", "warm": "warm scan, nothing changed",
              "touched": f"warm scan, 1% touched ({touched} files)", "naive": "naive: frontmatter.load() each"}
    rows = [(labels[name], best(found)) for name, found in runs.items()]
    floor = rows[0][1]["seconds"]
    print(f"folder: {folder} ({int(rows[0][1]['extra']):,} candidate files), best of {args.repeat} runs "
          f"(naive: 1), each in a fresh process, {'files evicted from' if args.evict else 'warm'} page cache")
    print(f"{'measurement':<40} {'seconds':>8} {'x floor':>8} {'peak RSS MB':>12}")
    for name, row in rows:
        print(f"{name:<40} {row['seconds']:>8.2f} {row['seconds'] / floor:>8.2f} {row['rss_mb']:>12.0f}")
    print(f"cache files: {cache_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
