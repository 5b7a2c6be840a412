"""Check a frozen build the way a user runs it: each step reported on its own, exit 1 if any failed.

Usage: python packaging/check_build.py [dist/vagas-desktop] [--keep]

Runs the executable in a clean environment (no venv, PATH=/usr/bin:/bin, a new empty HOME, no
display: QT_QPA_PLATFORM=offscreen): --version; scan of the bundled samples; the GUI on a generated
folder of 10,000 postings, where the parse workers must be the executable itself (seen as its child
processes `vagas-desktop --parse-worker`, which never load Qt), until the folder is read (its scan
cache is written), then it is stopped; --install-desktop-entry. Checks that the log went under HOME and that nothing was
written inside the build folder. Needs only the Python standard library; Linux only (it reads /proc).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POSTINGS = 10_000
GUI_TIMEOUT = 300  # seconds for the GUI to read the folder; a stuck start fails instead of hanging CI

Step = Callable[[], str]


class Checker:
    def __init__(self, build: Path, work: Path) -> None:
        self.exe = build / "vagas-desktop"
        self.build = build
        self.home = work / "home"
        self.work = work
        self.failed: list[str] = []

    def env(self, **extra: str) -> dict[str, str]:
        """A user's session with nothing of ours on it: no venv, no PYTHONPATH, a fresh HOME."""
        return {"HOME": str(self.home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
                **extra}

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.exe), *args], capture_output=True, text=True, timeout=timeout, env=self.env())

    def step(self, name: str, check: Step) -> None:
        start = time.perf_counter()
        try:
            detail = check()
        except Exception as exc:  # a failed step is reported and the others still run
            self.failed.append(name)
            print(f"FAIL {name}: {exc}", flush=True)
            return
        print(f"ok   {name} ({time.perf_counter() - start:.2f} s) {detail}", flush=True)

    # --- the steps ---------------------------------------------------------------------------------

    def version(self) -> str:
        proc = self.run("--version")
        if proc.returncode != 0 or not proc.stdout.strip():
            raise AssertionError(f"exit {proc.returncode}: {(proc.stdout + proc.stderr).strip()[-300:]}")
        return proc.stdout.strip()

    def scan_samples(self) -> str:
        samples = self.build / "_internal" / "vagas_desktop" / "sample_posts"
        proc = self.run("scan", str(samples))
        records = [json.loads(line) for line in proc.stdout.splitlines()]
        if proc.returncode != 0 or len(records) < 40:
            raise AssertionError(f"exit {proc.returncode}, {len(records)} postings: {proc.stderr.strip()[-300:]}")
        return proc.stderr.strip().splitlines()[-1]

    def gui_with_workers(self) -> str:
        folder = self.work / "postings"
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(folder), "-n", str(POSTINGS)],
                       check=True, capture_output=True, timeout=600)
        # A scraped folder is older than this one: files written seconds ago are read but not cached,
        # and the check waits for the cache.
        yesterday = time.time() - 86_400
        for path in folder.rglob("*"):
            os.utime(path, (yesterday, yesterday))
        cache = self.work / "cache"
        env = self.env(VAGAS_CACHE_DIR=str(cache), VAGAS_PARSE_WORKERS="2")  # two even on a one-core machine
        stderr = self.work / "gui-stderr.txt"  # a file, not a pipe: a full pipe would stop the app
        start = time.perf_counter()
        with open(stderr, "wb") as err_file:
            proc = subprocess.Popen([str(self.exe), str(folder), "--verbose"], env=env, stdout=subprocess.DEVNULL,
                                    stderr=err_file)
        workers: set[str] = set()
        workers_with_qt: set[int] = set()
        try:
            while not list(cache.glob("scan/*.cache")):
                if proc.poll() is not None:
                    raise AssertionError(f"the app stopped (exit {proc.returncode}): {stderr.read_text()[-500:]}")
                if time.perf_counter() - start > GUI_TIMEOUT:
                    raise AssertionError(f"the folder was not read within {GUI_TIMEOUT} s")
                for pid, cmd in children(proc.pid):
                    if cmd:  # a zombie has none
                        workers.add(" ".join(cmd[-2:]))
                        if loads_qt(pid):
                            workers_with_qt.add(pid)
                time.sleep(0.02)
            loaded = time.perf_counter() - start
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
        err = stderr.read_text(encoding="utf-8", errors="replace")
        if workers != {f"{self.exe} --parse-worker"}:
            raise AssertionError(f"parse workers seen: {sorted(workers) or 'none'}\n{err[-1000:]}")
        if workers_with_qt:
            raise AssertionError(f"parse workers loaded Qt: {sorted(workers_with_qt)}")
        if "keyed on the package version only" in err:
            raise AssertionError("the scan cache key does not cover the code (core sources not bundled)")
        if f"2 parse workers for {POSTINGS} files" not in err or "Traceback" in err or "workers failed" in err:
            raise AssertionError(f"unexpected log:\n{err[-1500:]}")
        return f"{POSTINGS} postings read by the frozen workers in {loaded:.1f} s from start"

    def log_under_home(self) -> str:
        logs = list(self.home.rglob("vagas-desktop.log"))
        if not logs or not logs[0].stat().st_size:
            raise AssertionError(f"no log file under {self.home}")
        return str(logs[0].relative_to(self.home))

    def desktop_entry(self) -> str:
        proc = self.run("--install-desktop-entry")
        entry = self.home / ".local" / "share" / "applications" / "vagas-desktop.desktop"
        if proc.returncode != 0 or not entry.is_file():
            raise AssertionError(f"exit {proc.returncode}: {proc.stderr.strip()[-300:]}")
        lines = entry.read_text(encoding="utf-8").splitlines()
        if f"Exec={self.exe}" not in lines and f'Exec="{self.exe}"' not in lines:
            raise AssertionError(f"the entry does not start {self.exe}")
        if shutil.which("desktop-file-validate"):
            subprocess.run(["desktop-file-validate", str(entry)], check=True, timeout=60)
        return str(entry.relative_to(self.home))


def children(pid: int) -> list[tuple[int, list[str]]]:
    """The ids and command lines of a process's child processes (Linux /proc)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            ppid = int((proc / "stat").read_text().rpartition(")")[2].split()[1])
            if ppid == pid:
                found.append((int(proc.name), (proc / "cmdline").read_bytes().decode().split("\0")[:-1]))
        except (OSError, ValueError, IndexError):
            continue  # gone meanwhile
    return found


def loads_qt(pid: int) -> bool:
    try:
        return "libQt6Core" in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False  # gone meanwhile


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("build", nargs="?", type=Path, default=ROOT / "dist" / "vagas-desktop")
    parser.add_argument("--keep", action="store_true", help="keep the temporary HOME and postings")
    args = parser.parse_args(argv)
    build = args.build.resolve()
    if not (build / "vagas-desktop").is_file():
        print(f"FAIL no executable at {build / 'vagas-desktop'} (build it: python packaging/build.py)")
        return 1
    size = sum(p.stat().st_size for p in build.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"build: {build} ({size / 1e6:.0f} MB)")
    work = Path(tempfile.mkdtemp(prefix="vagas-check-"))
    checker = Checker(build, work)
    before = snapshot(build)
    checker.step("--version", checker.version)
    checker.step("scan of the bundled samples", checker.scan_samples)
    checker.step(f"GUI offscreen on {POSTINGS:,} postings with frozen parse workers", checker.gui_with_workers)
    checker.step("log file under HOME", checker.log_under_home)
    checker.step("--install-desktop-entry", checker.desktop_entry)

    def nothing_written() -> str:
        after = snapshot(build)
        changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
        if changed:
            raise AssertionError(f"written inside the build: {changed[:10]}")
        return f"{len(after)} files unchanged"

    checker.step("nothing written next to the executable", nothing_written)
    if args.keep:
        print(f"kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    if checker.failed:
        print(f"FAILED: {', '.join(checker.failed)}")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
