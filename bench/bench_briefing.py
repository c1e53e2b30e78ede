"""Briefing image render times on the seeds: warm in-process (the app's path) and cold from the command line.

Targets: under 5 s from the running app, under 15 s from the command
line. Runs in temporary data and cache folders, so a fresh machine is measured:
the first command-line run also builds the event store from ``seeds/``.

    .venv/bin/python bench/bench_briefing.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
WARM_RUNS = 5


def _command_line(out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "timeline", "brief", "--out", str(out)], cwd=REPO_ROOT, check=True,
                   capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TIMELINE_HOME"] = str(Path(tmp) / "home")
        os.environ["TIMELINE_CACHE"] = str(Path(tmp) / "cache")
        sys.path.insert(0, str(REPO_ROOT))
        from timeline.cli.views import load_tables
        from timeline.views import briefing_browser
        from timeline.views.briefing import render_briefing
        from timeline.views.filters import Filters

        fresh = _command_line(Path(tmp) / "fresh.png")
        cold = [_command_line(Path(tmp) / f"cold{i}.png") for i in range(2)]
        events, incidents = load_tables(None)
        start = time.perf_counter()
        render_briefing(events, incidents, Filters(), title="first")
        first = time.perf_counter() - start
        briefing_browser.close()
        start = time.perf_counter()
        briefing_browser.warm().result()  # what the app can do at start, in the background
        warm_up = time.perf_counter() - start
        start = time.perf_counter()
        render_briefing(events, incidents, Filters(), title="after warm-up")
        after_warm_up = time.perf_counter() - start
        warm = []
        for i in range(WARM_RUNS):  # a different view each time, as in the app
            chosen = Filters(date_from=dt.date(2014 + i % 3, 1, 1))
            start = time.perf_counter()
            render_briefing(events, incidents, chosen, title=f"run {i}")
            warm.append(time.perf_counter() - start)
    print(f"seeds: {len(events)} events, {len(incidents)} incidents")
    print(f"command line, fresh home (builds the store): {fresh:.2f} s")
    print(f"command line, store ready: {' / '.join(f'{t:.2f}' for t in cold)} s (target < 15 s)")
    print(f"in process, first call (starts Chromium, loads plotly.js): {first:.2f} s")
    print(f"in process, briefing_browser.warm(): {warm_up:.2f} s, then the first call: {after_warm_up:.2f} s")
    print(f"in process, warm: median {statistics.median(warm):.2f} s, max {max(warm):.2f} s (target < 5 s)")
    ok = max(cold) < 15 and fresh < 15 and max(warm) < 5 and after_warm_up < 5
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
