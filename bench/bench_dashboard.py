"""Dashboard load times against a bare Streamlit page, in one run and one headless Chromium.

Prints: the bare page's time (the floor); a page with one three-point plotly chart
(what plotly's lazily loaded bundle alone costs, for reference); the seeds dashboard's map+timeline
visible time and its ratio to the floor (target ≤2.5x); the same with 20,000
synthetic events (target ≤4x); a filter change's redraw time, metrics, timeline and map
(target <1.5 s); the server's memory with its children (target <1 GB); and the longest frame
gap while panning the 20,000-event map. Every request to another host is blocked. Usage:
``python bench/bench_dashboard.py [--events 20000] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psutil
from playwright.sync_api import Error as PlaywrightError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.browser_support import (
    REPO_ROOT,
    map_frame,
    metric,
    offline_browser,
    streamlit_server,
)

from timeline import store
from timeline.synthetic import write_store
from timeline.views.filters import Filters, apply

TARGETS = {"seeds": 2.5, "20k": 4.0, "filter_s": 1.5, "mem_mb": 1024}
MARKER_COUNT_JS = """() => { if (!window.map) { return -1; } let n = 0; const seen = new Set();
  const visit = (l) => { if (seen.has(L.stamp(l))) { return; } seen.add(L.stamp(l));
    const tip = l instanceof L.CircleMarker && l.getTooltip();
    if (tip && String(tip.getContent()).includes("ev:")) { n += 1; }
    n += l.options && l.options.tlCount || 0;
    if (l.eachLayer) { l.eachLayer(visit); } };
  window.map.eachLayer(visit); return n; }"""
FRAME_GAPS_JS = """() => { window.__gaps = []; let last = performance.now();
  const tick = (t) => { window.__gaps.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); };
  requestAnimationFrame(tick); }"""


def timed_load(context, url: str, ready) -> float:
    """Seconds from navigation to `ready(page)` returning, in a fresh tab."""
    page = context.new_page()
    try:
        start = time.perf_counter()
        page.goto(url)
        ready(page)
        return time.perf_counter() - start
    finally:
        page.close()


def bare_ready(page) -> None:
    page.get_by_text("A bare page.").wait_for(timeout=60_000)


def plotly_ready(page) -> None:
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)


def dashboard_ready(markers: int):
    """Ready when the timeline has its points and the map shows `markers` event markers."""
    def ready(page) -> None:
        page.wait_for_selector(".js-plotly-plot .legend .traces", timeout=180_000)
        wait_for_markers(page, markers, 180)
    return ready


def wait_for_markers(page, markers: int, timeout: float) -> None:
    """Poll the map (whose frame is replaced when the view changes) until it shows `markers` events,
    each in a marker or counted in a cluster's bubble (the map is framed on them all).

    The poll reads the map's own count of the events its layers hold, so as not to load the page it
    measures; the events on the map are counted once that says done."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        try:
            frame = map_frame(page, timeout * 1000)
            drawn = frame.evaluate("() => window.tlLayersDrawn >= 2 && window.tlEventsDrawn")
            if drawn == markers and frame.evaluate(MARKER_COUNT_JS) == markers:
                return
        except PlaywrightError:  # the frame went away mid-call: a new map is coming
            pass
        page.wait_for_timeout(50)
    raise TimeoutError(f"the map never showed {markers} markers")


def store_built(page) -> None:
    page.wait_for_selector(".js-plotly-plot .legend .traces", timeout=300_000)


def located(view) -> int:
    return int(view[["lat", "lon"]].notna().all(axis=1).sum())


def server_memory_mb(pid: int) -> tuple[float, float]:
    """(RSS, PSS) in MB of the server and its children (the briefing's Chromium among them), summed.

    Summed RSS counts the pages that Chromium's processes share once per process; PSS splits them."""
    process = psutil.Process(pid)
    tree = [process, *process.children(recursive=True)]
    info = [p.memory_full_info() for p in tree]
    return sum(i.rss for i in info) / 2**20, sum(i.pss for i in info) / 2**20


def filter_change(context, url: str, events, repeat: int) -> float:
    """Median seconds from switching off inferred dates to the metric, the timeline and the map all
    showing the new view. Each repeat starts from another view (the last day shifts), so that the
    server has drawn none of them before: an analyst's filter change is mostly to a new view."""
    times = []
    for i in range(repeat):
        last_day = dt.date(2018, 12, 30) - dt.timedelta(days=i)
        before, _ = apply(events, Filters(date_to=last_day))
        after, _ = apply(events, Filters(date_to=last_day, include_inferred=False))
        page = context.new_page()
        page.goto(f"{url}/?date_to={last_day.isoformat()}")
        dashboard_ready(located(before))(page)
        page.wait_for_selector(".tl-timeline[data-revision]", timeout=60_000)
        drawn = page.get_attribute(".tl-timeline", "data-revision")
        start = time.perf_counter()
        page.get_by_text("Include inferred dates").click()
        page.wait_for_function(
            """(n) => [...document.querySelectorAll('[data-testid="stMetric"]')].some(
                 (m) => m.innerText.startsWith('Events') && m.innerText.includes(n))""",
            arg=f"{len(after):,}", timeout=60_000, polling=50)
        page.wait_for_function("(old) => document.querySelector('.tl-timeline').dataset.revision !== old",
                               arg=drawn, timeout=60_000, polling=50)
        wait_for_markers(page, located(after), 60)
        times.append(time.perf_counter() - start)
        assert metric(page, "Events") == len(after)
        page.close()
    return statistics.median(times)


def panning(context, url: str, markers: int) -> tuple[float, float]:
    """(longest, 95th percentile) gap between animation frames in ms while dragging the map 10 times."""
    page = context.new_page()
    page.goto(url)
    dashboard_ready(markers)(page)
    frame = map_frame(page)
    box = page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    frame.evaluate(FRAME_GAPS_JS)
    for i in range(10):
        dx = 160 if i % 2 == 0 else -160
        page.mouse.move(x, y)
        page.mouse.down()
        page.mouse.move(x + dx, y + dx / 3, steps=12)
        page.mouse.up()
    page.wait_for_timeout(300)
    gaps = sorted(frame.evaluate("() => { window.__stop = true; return window.__gaps.slice(1); }"))
    page.close()
    return gaps[-1], gaps[int(0.95 * (len(gaps) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as tmp:
        tmp_path = Path(tmp)
        home, cache = tmp_path / "home", tmp_path / "cache"
        bare = tmp_path / "bare.py"
        bare.write_text('import streamlit as st\n\nst.write("A bare page.")\n')
        plotly_only = tmp_path / "plotly_only.py"
        plotly_only.write_text("import plotly.graph_objects as go\nimport streamlit as st\n\n"
                               "st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[1, 3, 2])))\n")
        synthetic = write_store(tmp_path / "synthetic.duckdb", args.events, seed=20)
        env = {"TIMELINE_HOME": str(home), "TIMELINE_CACHE": str(cache)}
        results: dict[str, float] = {}
        big_events = store.load_events(synthetic)
        big_markers = located(apply(big_events, Filters())[0])
        with (offline_browser(tmp_path / "profile") as (context, offline),
              streamlit_server(bare, env, tmp_path / "bare.log") as bare_server,
              streamlit_server(plotly_only, env, tmp_path / "plotly.log") as plotly_server,
              streamlit_server(REPO_ROOT / "app.py", env, tmp_path / "seeds.log") as seeds_server,
              streamlit_server(REPO_ROOT / "app.py", {**env, "TIMELINE_STORE": str(synthetic)},
                               tmp_path / "big.log", timeout=120) as big_server):
            timed_load(context, seeds_server.url, store_built)  # the first load builds the store
            seeds_ready = dashboard_ready(located(apply(store.load_events(home / "store.duckdb"), Filters())[0]))
            results["big_cold"] = timed_load(context, big_server.url, dashboard_ready(big_markers))
            timed_load(context, bare_server.url, bare_ready)
            timed_load(context, plotly_server.url, plotly_ready)
            times: dict[str, list[float]] = {"bare": [], "plotly": [], "seeds": [], "big": []}
            for _ in range(args.repeat):  # interleaved, so that the machine's load weighs on all alike
                times["bare"].append(timed_load(context, bare_server.url, bare_ready))
                times["plotly"].append(timed_load(context, plotly_server.url, plotly_ready))
                times["seeds"].append(timed_load(context, seeds_server.url, seeds_ready))
                times["big"].append(timed_load(context, big_server.url, dashboard_ready(big_markers)))
            results.update({name: statistics.median(values) for name, values in times.items()})
            results["filter"] = filter_change(context, big_server.url, big_events, args.repeat)
            results["pan_max"], results["pan_p95"] = panning(context, big_server.url, big_markers)
            results["rss"], results["pss"] = server_memory_mb(big_server.pid)
        report(results, args.events, offline.blocked)
        return 0 if passed(results) else 1


def passed(r: dict[str, float]) -> bool:
    return (r["seeds"] / r["bare"] <= TARGETS["seeds"] and r["big"] / r["bare"] <= TARGETS["20k"]
            and r["filter"] < TARGETS["filter_s"] and r["pss"] < TARGETS["mem_mb"])


def report(r: dict[str, float], n: int, blocked: list[str]) -> None:
    bare = r["bare"]
    rows = [
        ("bare Streamlit page visible", f"{bare:.2f} s", "floor"),
        ("one 3-point plotly chart visible", f"{r['plotly']:.2f} s = {r['plotly'] / bare:.2f}x bare", "info"),
        ("seeds: map + timeline visible", f"{r['seeds']:.2f} s = {r['seeds'] / bare:.2f}x bare",
         f"≤{TARGETS['seeds']}x"),
        (f"{n:,} events: first view (warm server)", f"{r['big']:.2f} s = {r['big'] / bare:.2f}x bare",
         f"≤{TARGETS['20k']}x"),
        (f"{n:,} events: very first view (cold caches)", f"{r['big_cold']:.2f} s = {r['big_cold'] / bare:.2f}x bare",
         "info"),
        (f"{n:,} events: filter change redrawn", f"{r['filter']:.2f} s", f"<{TARGETS['filter_s']} s"),
        ("server memory (PSS, with its children)", f"{r['pss']:.0f} MB", f"<{TARGETS['mem_mb']} MB"),
        ("server memory (RSS summed, shared pages repeated)", f"{r['rss']:.0f} MB", "info"),
        ("panning: longest frame gap / p95", f"{r['pan_max']:.0f} ms / {r['pan_p95']:.0f} ms", "responsive"),
        ("requests to other hosts (blocked)", str(len(blocked)), "0"),
    ]
    width = max(len(name) for name, _, _ in rows)
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<26}  target {target}")
    print("PASS" if passed(r) else "FAIL")


if __name__ == "__main__":
    sys.exit(main())
