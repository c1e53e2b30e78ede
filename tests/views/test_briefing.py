"""The briefing image: its size, that the map and the timeline are drawn, determinism, PDF, the command."""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image, ImageChops, ImageStat

from tests.conftest import REPO_ROOT
from timeline.synthetic import synthetic_events, synthetic_incidents
from timeline.views import briefing, briefing_browser
from timeline.views.briefing import bidi_isolate, compose, render_briefing
from timeline.views.figures import labelled_headline
from timeline.views.filters import Filters, apply

WHEN = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)
TITLE = "غارات على منبج 2014–2018: briefing"
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"
# Boxes (left, top, right, bottom) inside the map and the timeline of the slide layout.
MAP_BOX = (60, 110, 1260, 620)
TIMELINE_BOX = (60, 680, 1860, 980)


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return synthetic_events(60, seed=7)


@pytest.fixture(scope="module")
def incidents(events: pd.DataFrame) -> pd.DataFrame:
    return synthetic_incidents(events)


@pytest.fixture(scope="module")
def slide(events: pd.DataFrame, incidents: pd.DataFrame) -> bytes:
    return render_briefing(events, incidents, Filters(), title=TITLE, generated_at=WHEN)


def _spread(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    return ImageStat.Stat(image.convert("L").crop(box)).stddev[0]


def _colours(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    return len(image.crop(box).getcolors(maxcolors=1 << 24) or ())


def test_slide_is_a_1920_by_1080_png_with_a_drawn_map_and_timeline(slide: bytes) -> None:
    image = Image.open(io.BytesIO(slide))
    assert (image.format, image.size) == ("PNG", (1920, 1080))
    assert _spread(image, MAP_BOX) > 10
    assert _spread(image, TIMELINE_BOX) > 10
    assert _colours(image, MAP_BOX) > 200
    assert _colours(image, TIMELINE_BOX) > 50


def _differing_pixels(first: bytes, second: bytes) -> int:
    a, b = (Image.open(io.BytesIO(png)).convert("RGB") for png in (first, second))
    assert a.size == b.size
    red, green, blue = ImageChops.difference(a, b).split()
    largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    return a.width * a.height - largest.histogram()[0]


def test_same_input_gives_the_same_image(events: pd.DataFrame, incidents: pd.DataFrame, slide: bytes) -> None:
    """The same picture, whatever was rendered before it; Chromium draws a marker's anti-aliased edge a
    pixel apart now and then (at most a few dozen pixels of 2 million)."""
    render_briefing(events, incidents, Filters(types=("airstrike",)), title="other", size="a4", generated_at=WHEN)
    again = render_briefing(events, incidents, Filters(), title=TITLE, generated_at=WHEN)
    assert _differing_pixels(again, slide) <= 64
    other = render_briefing(events, incidents, Filters(types=("airstrike",)), title=TITLE, generated_at=WHEN)
    assert _differing_pixels(other, slide) > 1000  # a different view is a different picture


def test_a4_is_a_portrait_png_at_192_dpi(events: pd.DataFrame, incidents: pd.DataFrame) -> None:
    png = render_briefing(events, incidents, Filters(), title=TITLE, size="a4", generated_at=WHEN)
    image = Image.open(io.BytesIO(png))
    assert image.size == (1588, 2246)
    assert _spread(image, (80, 200, 1500, 900)) > 10  # the map


def test_pdf_is_one_page(events: pd.DataFrame, incidents: pd.DataFrame) -> None:
    pdf = render_briefing(events, incidents, Filters(), title=TITLE, fmt="pdf", generated_at=WHEN)
    assert pdf.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 1


@pytest.mark.parametrize(
    ("size", "fmt", "message"),
    [("letter", "png", "unknown briefing size 'letter'"), ("slide", "jpeg", "unknown image format 'jpeg'")],
)
def test_unknown_size_or_format_is_refused_by_name(
    events: pd.DataFrame, size: str, fmt: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        render_briefing(events, None, Filters(), title="x", size=size, fmt=fmt)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("غارات 2014–2018", f"{RLI}غارات{PDI} {LRI}2014–2018{PDI}"),
        ("text: مقتل 12 مدنيا", f"text: {RLI}مقتل {LRI}12{PDI} مدنيا{PDI}"),
        ("2014-01-01 to 2018-12-31", f"{LRI}2014-01-01{PDI} to {LRI}2018-12-31{PDI}"),
        ("outlets: الجزيرة, BBC", f"outlets: {RLI}الجزيرة{PDI}, BBC"),
        ("قتل ١٢ شخصا", f"{RLI}قتل ١٢ شخصا{PDI}"),
        ("no digits", "no digits"),
    ],
    ids=["years-after-arabic", "number-inside-arabic", "iso-dates", "arabic-in-list", "arabic-digits", "latin"],
)
def test_bidi_isolate(text: str, expected: str) -> None:
    assert bidi_isolate(text) == expected


def test_page_states_filters_figures_outlets_credits_and_escapes_article_text(events: pd.DataFrame) -> None:
    hostile = events.copy()
    hostile.loc[hostile.index[0], "source"] = "<img src=x onerror=alert(1)>"
    chosen = Filters(date_from=dt.date(2015, 1, 1), types=("airstrike", "shelling"))
    page = compose(hostile, None, chosen, title="<b>T</b> 2016", generated_at=WHEN)
    body = page.body
    assert "<img src=x" not in body and "&lt;img src=x onerror=alert(" in body
    assert f'<h1 dir="ltr">&lt;b&gt;T&lt;/b&gt; {LRI}2016{PDI}</h1>' in body
    assert "<li>types: airstrike, shelling</li>" in body
    assert "<p>Generated 2026-11-22 09:30 UTC</p>" in body
    assert "GeoNames" in body and "Natural Earth" in body
    assert page.size == briefing.SIZES["slide"]
    assert page.figure["layout"]["width"] == 1872 and page.figure["layout"]["showlegend"] is False


def test_page_shows_the_dashboards_headline_figures_and_the_undated_count(
    events: pd.DataFrame, incidents: pd.DataFrame
) -> None:
    chosen = Filters(types=("airstrike", "shelling"))
    body = compose(events, incidents, chosen, title="figures", generated_at=WHEN).body
    shown = [(html.unescape(label).translate({ord(c): None for c in LRI + RLI + PDI}), int(n.replace(",", "")))
             for n, label in re.findall(r"<div><b>([\d,]+)</b><span>(.*?)</span></div>", body)]
    assert shown == [("Events", 41), ("Strikes", 41), ("Killed (at least)", 130), ("Outlets", 7),
                     ("Incidents reported by >1 outlet", 18), ("Undated, published in range (not shown)", 1)]
    view, _ = apply(events, chosen)
    assert shown[:-1] == labelled_headline(view, incidents)  # what the dashboard's metrics show


def test_a_years_slide_counts_only_that_years_undated_events_and_draws_that_year() -> None:
    events = synthetic_events(600, seed=7)
    chosen = Filters(date_from=dt.date(2016, 1, 1), date_to=dt.date(2016, 12, 31))
    page = compose(events, None, chosen, title="2016", generated_at=WHEN)
    undated = events[events["date"].isna()]
    of_2016 = undated[undated["published"].astype(str).str.startswith("2016")]
    assert 0 < len(of_2016) < len(undated)
    (shown,) = re.findall(r"<div><b>([\d,]+)</b><span>Undated, published in range", page.body)
    assert int(shown) == len(of_2016)
    assert page.figure["layout"]["xaxis"]["range"] == ["2016-01-01", "2016-12-31"]


def test_the_map_frames_the_bulk_and_names_the_far_events(events: pd.DataFrame) -> None:
    far = events.iloc[:3].assign(place=["Paris", "Paris", "London"], lat=[48.86, 48.86, 51.5], lon=[2.35, 2.35, -0.12],
                                 event_id=["far-1", "far-2", "far-3"], date="2016-05-01", date_precision="day")
    page = compose(pd.concat([events, far], ignore_index=True), None, Filters(), title="far", generated_at=WHEN)
    bounds = json.loads(re.search(r'"bounds":(\[\[[^]]+\],\[[^]]+\]\])', html.unescape(page.body)).group(1))
    (south, west), (north, east) = bounds
    assert 30 < west and east < 52 and 27 < south and north < 42
    assert "3 events outside the map: Paris (2), London (1)" in page.body


def test_timeline_lanes_follow_the_dashboard_choice(events: pd.DataFrame) -> None:
    page = compose(events, None, Filters(), title="lanes", lanes="source", generated_at=WHEN)
    dated = events[events["date"].notna()]
    assert page.figure["layout"]["yaxis"]["ticktext"] == sorted(dated["source"].dropna().unique())


class _Route:
    def __init__(self, url: str) -> None:
        self.request = type("Request", (), {"url": url})()
        self.done = ""

    def continue_(self) -> None:
        self.done = "continued"

    def abort(self) -> None:
        self.done = "aborted"


@pytest.mark.parametrize(
    ("url", "done"),
    [("http://127.0.0.1:8501/app/static/x.js", "continued"), ("http://localhost/x", "continued"),
     ("https://unpkg.com/leaflet.js", "aborted"), ("https://tile.openstreetmap.org/1/1/1.png", "aborted")],
)
def test_the_browser_lets_only_local_requests_through(url: str, done: str) -> None:
    route = _Route(url)
    briefing_browser._route(route)
    assert route.done == done


def _run(args: list[str], home: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = env or {**os.environ, "TIMELINE_HOME": str(home / "home"), "TIMELINE_CACHE": str(home / "cache")}
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_brief_command_brings_the_store_up_to_date_and_writes_the_image(tmp_path: Path, stale_seed_store) -> None:
    out = tmp_path / "out" / "brief.png"
    done = _run(["brief", "--from", "2014-01-01", "--to", "2018-12-31", "--title", "إحاطة", "--out", str(out)],
                tmp_path, stale_seed_store)
    assert done.returncode == 0, done.stderr
    assert "building the event store: 5 articles read" in done.stderr
    assert (tmp_path / "home" / "store.duckdb").exists()
    assert Image.open(out).size == (1920, 1080)


def test_brief_command_refuses_an_unknown_image_format(tmp_path: Path) -> None:
    done = _run(["brief", "--out", str(tmp_path / "brief.gif")], tmp_path)
    assert done.returncode == 2
    assert "--out brief.gif: unknown image format '.gif'; use .png or .pdf" in done.stderr
