"""Dashboard load times against a bare Streamlit page and a plain peer, in one run and one headless Chromium.

Prints: the bare page's time (the floor); the plain peer's (the page a Streamlit user would write for
the same job: the same sidebar, ``st.plotly_chart`` of the events and ``st_folium`` of a folium map
with one marker per event) and the dashboard's time to map and timeline visible, on the seeds and on
20,000 synthetic events, with their ratios (targets: dashboard ≤0.5x the peer, ≤2.5x bare on the
seeds, ≤4x on 20,000); then at 20,000, 300,000 and 1,000,000 events the dashboard's first view,
filter change (targets ≤1.5 s up to 300,000, ≤3 s at 1,000,000) and server memory without the
briefing's browser (target ≤1 GB at 1,000,000), and the longest frame gap while panning the
20,000-event map. A peer page not drawn within two minutes is given up and said so (its 20,000 folium
markers may never draw here); the dashboard's ratio to it is then a bound. Every request to another
host is blocked, but for the peer's folium scripts and styles, which are answered with the copies that
``folium-offline`` holds, as a browser with them cached would (the peer links to CDNs and would never draw
offline). Usage:
``python bench/bench_dashboard.py [--sizes 20000 300000 1000000] [--repeat 3] [--sizes-only]``
(``--sizes-only``: only the figures at each size, against the bare page).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import psutil
from playwright.sync_api import Error as PlaywrightError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.app.browser_support import (
    REPO_ROOT,
    leave_out_inferred_dates,
    map_frame,
    metric,
    offline_browser,
    streamlit_server,
)
from timeline import store
from timeline.synthetic import write_store
from timeline.views.assets import asset_text
from timeline.views.filters import Filters
from timeline.views.query import LOCATED, EventQuery, option_counts

PEER_CAP_S = 120  #: the peer's load is given up after this long (its 20,000 folium markers may never draw)
TARGETS = {"seeds": 2.5, "20k": 4.0, "peer": 0.5, "filter_s": 1.5, "filter_1m_s": 3.0, "mem_mb": 1024}
PEER = """import folium
import plotly.express as px
import streamlit as st
from streamlit_folium import st_folium

from timeline import store

events = st.cache_data(store.load_events)()
st.sidebar.date_input("Dates", key="dates")
for column, label in (("source", "Outlets"), ("event_type", "Event types"), ("actor", "Actors")):
    st.sidebar.multiselect(label, sorted(events[column].dropna().unique()), key=column)
st.title("Events")
dated = events.dropna(subset=["date"])
st.plotly_chart(px.scatter(dated, x="date", y="event_type", color="actor", hover_data=["place", "killed"]))
m = folium.Map(location=[35, 40], zoom_start=6)
for row in events.dropna(subset=["lat", "lon"]).itertuples():
    folium.CircleMarker([row.lat, row.lon], radius=5, tooltip=str(row.place)).add_to(m)
st_folium(m, height=560)
"""
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


def serve_cdn_copies(context) -> list[str]:
    """Answer the requests for the CDN files that folium-offline holds a copy of with that copy (the
    others go on to the offline browser's blocking); the addresses answered, as they come."""
    served: list[str] = []

    def answer(route) -> None:
        url = route.request.url
        try:
            text = asset_text(url)
        except KeyError:
            route.fallback()
            return
        served.append(url)
        kind = "text/css" if url.endswith(".css") else "application/javascript"
        route.fulfill(status=200, body=text, content_type=f"{kind}; charset=utf-8")

    context.route(lambda url: url.startswith("https://"), answer)
    return served


def capped_load(context, url: str, ready) -> float:
    """`timed_load`, or infinity when the page is not ready within `PEER_CAP_S`."""
    try:
        return timed_load(context, url, ready)
    except (PlaywrightError, TimeoutError):
        return math.inf


def bare_ready(page) -> None:
    page.get_by_text("A bare page.").wait_for(timeout=60_000)


def plotly_ready(page) -> None:
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)


def dashboard_ready(markers: int):
    """Ready when the timeline has its points and the map shows `markers` event markers."""
    def ready(page) -> None:
        page.wait_for_selector(".tl-timeline[data-revision] .scatterlayer .points path", timeout=600_000)
        wait_for_markers(page, markers, 600)
    return ready


def peer_ready(markers: int):
    """Ready when the peer's chart is drawn and its map holds `markers` markers (within `PEER_CAP_S`)."""
    def ready(page) -> None:
        deadline = time.perf_counter() + PEER_CAP_S
        left = lambda: max(1.0, deadline - time.perf_counter()) * 1000  # noqa: E731
        page.wait_for_selector(".js-plotly-plot .scatterlayer .points path", timeout=left())
        frame = map_frame(page, left())
        frame.wait_for_function("(n) => document.querySelectorAll('path.leaflet-interactive').length >= n",
                                arg=markers, timeout=left(), polling=500)
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
    page.wait_for_selector(".tl-timeline[data-revision]", timeout=300_000)


def located(path: Path, f: Filters | None = None) -> int:
    """The located events in the view `f` of the store at `path`."""
    with store.reader(path) as con:
        return EventQuery(con, f or Filters(), option_counts(con)).count(LOCATED)


def all_located(path: Path) -> int:
    with store.reader(path) as con:
        return int(con.execute(f"SELECT count(*) FROM events WHERE {LOCATED}").fetchone()[0])


def server_memory_mb(pid: int) -> tuple[float, float]:
    """(RSS, PSS) in MB of the server and its children but the briefing's Chromium, summed."""
    process = psutil.Process(pid)
    tree = [process, *(p for p in process.children(recursive=True) if "chrom" not in p.name().lower())]
    info = [p.memory_full_info() for p in tree]
    return sum(i.rss for i in info) / 2**20, sum(i.pss for i in info) / 2**20


def filter_change(context, url: str, path: Path, repeat: int) -> float:
    """Median seconds from switching off inferred dates (the expander that holds the switch already
    open) to the metric, the timeline and the map all showing the new view. Each repeat starts from
    another view (the last day shifts), so that the server has drawn none of them before: an analyst's
    filter change is mostly to a new view."""
    times = []
    for i in range(repeat):
        last_day = dt.date(2018, 12, 30) - dt.timedelta(days=i)
        before, after = Filters(date_to=last_day), Filters(date_to=last_day, include_inferred=False)
        with store.reader(path) as con:
            expected = EventQuery(con, after, option_counts(con)).count()
        page = context.new_page()
        page.goto(f"{url}/?date_to={last_day.isoformat()}")
        dashboard_ready(located(path, before))(page)
        page.wait_for_selector(".tl-timeline[data-revision]", timeout=60_000)
        drawn = page.get_attribute(".tl-timeline", "data-revision")
        page.get_by_text("More filters").click()  # opening the expander is not the change: the removal is
        page.get_by_role("button", name="Remove inferred dates").wait_for()
        start = time.perf_counter()
        leave_out_inferred_dates(page)
        page.wait_for_function(
            """(n) => [...document.querySelectorAll('[data-testid="stMetric"]')].some(
                 (m) => m.innerText.startsWith('Events') && m.innerText.includes(n))""",
            arg=f"{expected:,}", timeout=120_000, polling=50)
        page.wait_for_function("(old) => document.querySelector('.tl-timeline').dataset.revision !== old",
                               arg=drawn, timeout=120_000, polling=50)
        wait_for_markers(page, located(path, after), 120)
        times.append(time.perf_counter() - start)
        assert metric(page, "Events") == expected
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


def compare_with_peer(context, bare_server, env: dict, tmp_path: Path, big: Path, repeat: int,
                      r: dict[str, float]) -> None:
    """The seeds and the smallest size against the plain peer and the bare page, interleaved, and panning."""
    peer = tmp_path / "peer.py"
    with streamlit_server(REPO_ROOT / "app.py", env, tmp_path / "seeds.log") as seeds_server:
        timed_load(context, seeds_server.url, store_built)  # the first load builds the store
        seeds_store = tmp_path / "home" / "store.duckdb"
        with (streamlit_server(peer, {**env, "TIMELINE_STORE": str(seeds_store)}, tmp_path / "peer-seeds.log")
              as peer_seeds,
              streamlit_server(peer, {**env, "TIMELINE_STORE": str(big)}, tmp_path / "peer-big.log")
              as peer_big,
              streamlit_server(REPO_ROOT / "app.py", {**env, "TIMELINE_STORE": str(big)},
                               tmp_path / "big.log", timeout=120) as big_server):
            ready = {"bare": (bare_server.url, bare_ready),
                     "seeds": (seeds_server.url, dashboard_ready(located(seeds_store))),
                     "peer_seeds": (peer_seeds.url, peer_ready(all_located(seeds_store))),
                     "big": (big_server.url, dashboard_ready(located(big))),
                     "peer_big": (peer_big.url, peer_ready(all_located(big)))}
            r["big_cold"] = timed_load(context, big_server.url, ready["big"][1])
            times: dict[str, list[float]] = {name: [] for name in ready}
            for name, (url, wait) in ready.items():  # warm every server once
                if math.isinf(capped_load(context, url, wait) if name.startswith("peer") else
                              timed_load(context, url, wait)):
                    times[name] = [math.inf] * repeat  # a peer that never drew is not tried again
            for _ in range(repeat):  # interleaved, so that the machine's load weighs on all alike
                for name, (url, wait) in ready.items():
                    if len(times[name]) < repeat:
                        times[name].append(capped_load(context, url, wait) if name.startswith("peer")
                                           else timed_load(context, url, wait))
            r.update({name: statistics.median(values) for name, values in times.items()})
            r["pan_max"], r["pan_p95"] = panning(context, big_server.url, located(big))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 300_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes-only", action="store_true",
                        help="only the first view, filter change and memory at each size (no seeds, peer or panning)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as tmp:
        tmp_path = Path(tmp)
        home, cache = tmp_path / "home", tmp_path / "cache"
        bare = tmp_path / "bare.py"
        bare.write_text('import streamlit as st\n\nst.write("A bare page.")\n')
        (tmp_path / "peer.py").write_text(PEER)
        stores = {n: write_store(tmp_path / f"synthetic-{n}.duckdb", n, seed=20) for n in args.sizes}
        env = {"TIMELINE_HOME": str(home), "TIMELINE_CACHE": str(cache)}
        small = args.sizes[0]
        r: dict[str, float] = {}
        with (offline_browser(tmp_path / "profile") as (context, offline),
              streamlit_server(bare, env, tmp_path / "bare.log") as bare_server):
            served = serve_cdn_copies(context)
            if not args.sizes_only:
                compare_with_peer(context, bare_server, env, tmp_path, stores[small], args.repeat, r)
            for n, path in stores.items():
                with streamlit_server(REPO_ROOT / "app.py", {**env, "TIMELINE_STORE": str(path)},
                                      tmp_path / f"size-{n}.log", timeout=300) as server:
                    wait = dashboard_ready(located(path))
                    r[f"cold_{n}"] = timed_load(context, server.url, wait)
                    bare_times, first = [], []
                    for _ in range(args.repeat):
                        bare_times.append(timed_load(context, bare_server.url, bare_ready))
                        first.append(timed_load(context, server.url, wait))
                    r[f"bare_{n}"], r[f"first_{n}"] = statistics.median(bare_times), statistics.median(first)
                    r[f"filter_{n}"] = filter_change(context, server.url, path, args.repeat)
                    r[f"rss_{n}"], r[f"pss_{n}"] = server_memory_mb(server.pid)
        report(r, args.sizes, offline.blocked, served)
        return 0 if passed(r, args.sizes) else 1


def passed(r: dict[str, float], sizes: list[int]) -> bool:
    largest = max(sizes)
    compared = "bare" not in r or (
        r["seeds"] / r["bare"] <= TARGETS["seeds"] and r["big"] / r["bare"] <= TARGETS["20k"]
        and all(r[own] / min(r[peer], PEER_CAP_S) <= TARGETS["peer"]
                for own, peer in (("seeds", "peer_seeds"), ("big", "peer_big"))))
    return (compared
            and all(r[f"filter_{n}"] <= (TARGETS["filter_1m_s"] if n >= 1_000_000 else TARGETS["filter_s"])
                    for n in sizes)
            and all(r[f"first_{n}"] / r[f"bare_{n}"] <= TARGETS["20k"] for n in sizes)
            and r[f"pss_{largest}"] <= TARGETS["mem_mb"])


def _peer_time(peer: float, bare: float) -> str:
    return f"did not draw within {PEER_CAP_S} s" if math.isinf(peer) else f"{peer:.2f} s = {peer / bare:.2f}x bare"


def _to_peer(own: float, peer: float) -> str:
    """`own` against the peer's time; a bound when the peer never drew."""
    return f"< {own / PEER_CAP_S:.2f}x peer" if math.isinf(peer) else f"{own / peer:.2f}x peer"


def _compared_rows(r: dict[str, float], small: int) -> list[tuple[str, str, str]]:
    bare = r["bare"]
    return [
        ("bare Streamlit page visible", f"{bare:.2f} s", "floor"),
        ("seeds: plain peer, map + chart visible", _peer_time(r["peer_seeds"], bare), "info"),
        ("seeds: dashboard, map + timeline visible",
         f"{r['seeds']:.2f} s = {r['seeds'] / bare:.2f}x bare = {_to_peer(r['seeds'], r['peer_seeds'])}",
         f"≤{TARGETS['seeds']}x bare, ≤{TARGETS['peer']}x peer"),
        (f"{small:,} events: plain peer", _peer_time(r["peer_big"], bare), "info"),
        (f"{small:,} events: dashboard (warm server)",
         f"{r['big']:.2f} s = {r['big'] / bare:.2f}x bare = {_to_peer(r['big'], r['peer_big'])}",
         f"≤{TARGETS['20k']}x bare, ≤{TARGETS['peer']}x peer"),
        (f"{small:,} events: very first view (cold caches)",
         f"{r['big_cold']:.2f} s = {r['big_cold'] / bare:.2f}x bare", "info"),
        ("panning: longest frame gap / p95", f"{r['pan_max']:.0f} ms / {r['pan_p95']:.0f} ms", "responsive"),
    ]


def report(r: dict[str, float], sizes: list[int], blocked: list[str], served: list[str]) -> None:
    rows = _compared_rows(r, sizes[0]) if "bare" in r else []
    for n in sizes:
        limit = TARGETS["filter_1m_s"] if n >= 1_000_000 else TARGETS["filter_s"]
        rows += [
            (f"{n:,} events: bare page / first view",
             f"{r[f'bare_{n}']:.2f} s / {r[f'first_{n}']:.2f} s = {r[f'first_{n}'] / r[f'bare_{n}']:.2f}x bare",
             f"≤{TARGETS['20k']}x"),
            (f"{n:,} events: very first view (cold)", f"{r[f'cold_{n}']:.2f} s", "info"),
            (f"{n:,} events: filter change redrawn", f"{r[f'filter_{n}']:.2f} s", f"≤{limit} s"),
            (f"{n:,} events: server memory (PSS / RSS)", f"{r[f'pss_{n}']:.0f} / {r[f'rss_{n}']:.0f} MB",
             f"≤{TARGETS['mem_mb']} MB at 1M"),
        ]
    hosts = sorted({urlsplit(url).netloc for url in blocked})
    rows.append(("requests to other hosts (blocked)", f"{len(blocked)} {' '.join(hosts)}".strip(),
                 "0 from the dashboard (the peer asks for map tiles)"))
    rows.append(("peer's CDN files answered with local copies", str(len(served)), "info"))
    width = max(len(name) for name, _, _ in rows)
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<36}  target {target}")
    print("PASS" if passed(r, sizes) else "FAIL")


if __name__ == "__main__":
    sys.exit(main())
