"""The dashboard with 200 articles added through its uploader, in headless Chromium, offline: the map
frames Syria and Iraq, the timeline's window filters the map and the figures, the play button moves
it, and hostile article text or URL values fetch nothing and show as text."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pytest

from tests.app.browser_support import (
    REPO_ROOT,
    click_marker,
    markers,
    metric,
    streamlit_server,
    wait_for_dashboard,
    wait_in_the_map,
    wait_until_idle,
)
from tests.app.corpus_support import write_corpus
from timeline import store
from timeline.views.filters import Filters, apply

pytestmark = pytest.mark.browser

ARTIFACTS = REPO_ROOT / "artifacts"
HOSTILE_TEXT = (
    "غارة على الرقة\n\n![tracker](http://evil.example/markdown.png)\n\n# عنوان كبير\n\n"
    "$\\frac{a}{b}$ and $$x^2$$\n\n<img src=http://evil.example/tag.png>\n\n"
    "الرقة - وكالات\nشنت طائرات التحالف الدولي غارة جوية على مدينة الرقة يوم 20 آذار 2017 "
    "أسفرت عن مقتل 77 مدنيا.\n"
)
HOSTILE = {"id": "hostile-md", "title": "=HYPERLINK(\"http://evil.example/csv\")", "text": HOSTILE_TEXT,
           "source": "skynews", "published": "2017-03-21", "published_basis": "metadata", "url": None}
FRAME_JS = """() => { const b = window.map.getBounds();
  return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; }"""
#: towns the default frame must hold: Syria's and Iraq's
HELD = {"Aleppo": (36.20, 37.16), "Deir ez-Zor": (35.33, 40.14), "Daraa": (32.62, 36.10),
        "Mosul": (36.34, 43.13), "Baghdad": (33.34, 44.40)}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus-home")


@pytest.fixture(scope="module")
def server(home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    env = {"TIMELINE_HOME": str(home), "TIMELINE_CACHE": str(tmp_path_factory.mktemp("corpus-cache"))}
    ARTIFACTS.mkdir(exist_ok=True)
    with streamlit_server(REPO_ROOT / "app.py", env, ARTIFACTS / "corpus-test-streamlit.log") as running:
        yield running.url


@pytest.fixture(scope="module")
def uploaded(server: str, browser, home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 synthetic articles (and a hostile one) added through the dashboard's uploader."""
    context, _ = browser
    corpus = write_corpus(tmp_path_factory.mktemp("corpus") / "corpus.jsonl", 200)
    with corpus.open("a", encoding="utf-8") as out:
        out.write(json.dumps(HOSTILE, ensure_ascii=False) + "\n")
    page = context.new_page()
    page.goto(server)
    wait_for_dashboard(page, 300_000)
    seeds = metric(page, "Events")
    page.locator('.st-key-upload input[type="file"]').set_input_files(str(corpus))
    page.wait_for_function(
        """(n) => [...document.querySelectorAll('[data-testid="stMetric"]')].some((m) =>
             m.innerText.startsWith('Events') && Number(m.innerText.split('\\n').pop().replace(/,/g, '')) > n)""",
        arg=seeds + 150, timeout=600_000, polling=500)
    page.close()
    return home / "store.duckdb"


def window_view(path: Path, first: str, last: str) -> pd.DataFrame:
    """The events in view when the timeline shows [first, last]."""
    chosen = Filters(date_from=dt.date.fromisoformat(first), date_to=dt.date.fromisoformat(last))
    return apply(store.load_events(path), chosen)[0]


def test_the_default_map_frames_syria_and_iraq_and_counts_the_far_events(uploaded: Path, server: str, page) -> None:
    page.goto(server)
    frame = wait_for_dashboard(page)
    wait_until_idle(page)
    south, west, north, east = frame.evaluate(FRAME_JS)
    for town, (lat, lon) in HELD.items():
        assert south < lat < north and west < lon < east, (town, (south, west, north, east))
    assert west > 30 and east < 52 and south > 27 and north < 42  # neither Paris nor London
    note = page.get_by_text("events outside the map")
    assert note.count() == 1 and ("Paris" in note.inner_text() or "London" in note.inner_text())
    page.screenshot(path=ARTIFACTS / "dashboard-corpus.png", full_page=True)


def test_the_timeline_window_filters_the_map_and_the_figures(uploaded: Path, server: str, page) -> None:
    page.goto(server)
    frame = wait_for_dashboard(page)
    wait_until_idle(page)
    everything = metric(page, "Events")
    page.evaluate("""() => Plotly.relayout(document.querySelector('.tl-timeline'),
                                            {'xaxis.range': ['2016-01-01', '2016-12-31']})""")
    view = window_view(uploaded, "2016-01-01", "2016-12-31")
    assert 0 < len(view) < everything
    page.wait_for_function(
        """(n) => [...document.querySelectorAll('[data-testid="stMetric"]')].some((m) =>
             m.innerText.startsWith('Events') && m.innerText.split('\\n').pop() === n)""",
        arg=f"{len(view):,}", timeout=60_000, polling=200)
    located = view.dropna(subset=["lat", "lon"])
    frame = wait_in_the_map(page, "(n) => window.tlEventsDrawn === n", len(located))
    assert sorted(m["id"] for m in markers(frame)) == sorted(located["event_id"])
    page.wait_for_function("() => new URLSearchParams(location.search).get('window') === '2016-01-01/2016-12-31'",
                           timeout=60_000, polling=200)


def test_the_play_button_moves_the_window(uploaded: Path, server: str, page) -> None:
    page.goto(f"{server}/?window=2015-01-01/2015-03-31")
    wait_for_dashboard(page)
    wait_until_idle(page)
    chart = page.locator(".tl-timeline")
    assert json.loads(chart.get_attribute("data-window")) == {"from": "2015-01-01", "to": "2015-03-31"}
    page.locator(".tl-play").click()
    page.wait_for_function(
        """() => { const w = JSON.parse(document.querySelector('.tl-timeline').dataset.window || 'null');
                   return w && w.from >= '2015-02-01'; }""", timeout=30_000, polling=200)
    page.locator(".tl-play").click()  # pause
    moved = json.loads(chart.get_attribute("data-window"))
    # the last step's rerun writes the URL; until it has run, the figures may still be an earlier step's
    page.wait_for_function("(w) => new URLSearchParams(location.search).get('window') === w",
                           arg=f"{moved['from']}/{moved['to']}", timeout=60_000, polling=200)
    view = window_view(uploaded, moved["from"], moved["to"])
    page.wait_for_function(
        """(n) => [...document.querySelectorAll('[data-testid="stMetric"]')].some((m) =>
             m.innerText.startsWith('Events') && m.innerText.split('\\n').pop() === n)""",
        arg=f"{len(view):,}", timeout=60_000, polling=200)


def test_hostile_article_text_and_url_values_fetch_nothing(uploaded: Path, server: str, browser, page) -> None:
    _, offline = browser
    hostile_url = quote("![b](http://evil.example/caption.png) $x^2$ # heading")
    page.goto(f"{server}/?min_killed=77&text={hostile_url}")
    page.get_by_text("![b](http://evil.example/caption.png)", exact=False).first.wait_for(timeout=60_000)
    page.goto(f"{server}/?min_killed=77")
    frame = wait_for_dashboard(page)
    events = store.load_events(uploaded)
    (event_id,) = events[(events["article_id"] == "hostile-md") & events["lat"].notna()]["event_id"]
    click_marker(page, frame, event_id)
    article = page.locator("div.article")
    article.wait_for(timeout=60_000)
    assert "![tracker](http://evil.example/markdown.png)" in article.inner_text()
    assert "$\\frac{a}{b}$" in article.inner_text() and "# عنوان كبير" in article.inner_text()
    main = page.locator('[data-testid="stMain"]')
    assert main.locator("img[src*='evil']").count() == 0 and main.locator(".katex").count() == 0
    assert article.locator("h1, h2, img").count() == 0
    page.wait_for_timeout(1000)
    assert not [url for url in offline.blocked if "127.0.0.1" not in url], offline.blocked
