"""The analyst's review loop in headless Chromium, every request off this machine blocked: adding articles
(pasted, uploaded) and what came of them, removing one, exporting exactly the view, and permalinks."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest

from tests.app.browser_support import (
    REPO_ROOT,
    click_marker,
    map_frame,
    markers,
    streamlit_server,
    wait_for_dashboard,
    wait_in_the_map,
    wait_until_idle,
)
from timeline import store
from timeline.views.exports import KML_NS
from timeline.views.filters import Filters
from timeline.views.query import EventQuery, option_counts

pytestmark = pytest.mark.browser

ARTIFACTS = REPO_ROOT / "artifacts"
#: an air strike on Manbij "on Tuesday": dated once the publication date (a Wednesday) is given
MANBIJ = "شنت طائرات التحالف الدولي غارة جوية على مدينة منبج يوم الثلاثاء أسفرت عن مقتل 9 مدنيين."
#: one paragraph, shelling on al-Atarib "on Sunday": undated in a file with no publication date
ATARIB = "قصفت قوات النظام بلدة الأتارب بالمدفعية يوم الأحد ما أدى إلى مقتل 4 مدنيين."
#: barrel bombs on Darayya "on Friday"
DARAYYA = "ألقت مروحيات النظام براميل متفجرة على مدينة داريا يوم الجمعة ما أسفر عن مقتل 6 مدنيين."
REPORT = ".st-key-addition_report"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reviewing-home")


@pytest.fixture(scope="module")
def server(home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    env = {"TIMELINE_HOME": str(home), "TIMELINE_CACHE": str(tmp_path_factory.mktemp("reviewing-cache"))}
    ARTIFACTS.mkdir(exist_ok=True)
    with streamlit_server(REPO_ROOT / "app.py", env, ARTIFACTS / "reviewing-test-streamlit.log") as running:
        yield running.url


def events_of(home: Path, article_id: str) -> pd.DataFrame:
    events = store.load_events(home / "store.duckdb")
    return events[events["article_id"] == article_id]


def pasted_ids(home: Path) -> set[str]:
    return {p.stem for p in (home / "articles").glob("pasted-*.jsonl")} if (home / "articles").exists() else set()


def paste(page, text: str, published: str = "", title: str = "") -> None:
    page.get_by_role("textbox", name="Or paste an article's text").fill(text)
    if title:
        page.get_by_role("textbox", name="Title (optional)").fill(title)
    if published:
        page.get_by_role("textbox", name="Publication date (optional, YYYY-MM-DD)").fill(published)
    page.get_by_role("button", name="Add the pasted article").click()


def remove_added_file(page, file: Path) -> None:
    """Open the list of added articles and press the file's Remove button, each once the app is idle.
    Streamlit may drop a click that comes while a rerun goes on (the map's fragment reruns once drawn):
    a list still closed, or a file still there, once the app is idle again is clicked again."""
    listed = page.get_by_text("Added articles (")
    button = page.get_by_role("button", name=f"Remove {file.name}")
    for _ in range(2):
        wait_until_idle(page)
        if not button.count():
            listed.click()
    button.wait_for(timeout=60_000)
    for _ in range(2):
        wait_until_idle(page, timeout_ms=300_000)  # the removal's rebuild runs in the rerun it starts
        if file.exists():
            button.click()


def timeline_ids(page) -> list[str]:
    return page.evaluate("""() => document.querySelector('.js-plotly-plot').data.flatMap(
        (t) => t.name === 'selected' ? [] : [...(t.customdata || [])])""")


def test_a_pasted_paragraph_with_its_date_shows_its_event_on_the_map_and_the_timeline(
        server: str, page, home: Path) -> None:
    page.goto(server)
    wait_for_dashboard(page, 300_000)
    wait_until_idle(page)
    before = pasted_ids(home)
    paste(page, MANBIJ, published="2016-06-08", title="غارة على منبج")
    report = page.locator(REPORT)
    report.wait_for(timeout=300_000)
    [article] = pasted_ids(home) - before
    assert report.inner_text().splitlines()[0] == f"Added {article}.jsonl: 1 event"
    [event] = events_of(home, article).itertuples()
    assert (event.date, event.place, event.killed) == ("2016-06-07", "Manbij", 9)
    frame = wait_in_the_map(
        page,
        "(id) => { const seen = []; window.map.eachLayer((l) => { if (l.getTooltip && l.getTooltip()) "
        "seen.push(String(l.getTooltip().getContent())); }); return seen.some((t) => t.includes('ev:' + id)); }",
        event.event_id)
    assert event.event_id in {m["id"] for m in markers(frame)}
    assert event.event_id in timeline_ids(page)
    wait_until_idle(page)
    page.get_by_role("button", name="Show it").click()  # the report's link to its event
    page.locator("mark#evidence").wait_for(timeout=60_000)
    assert " ".join(page.locator("mark#evidence").inner_text().split()) == " ".join(event.evidence.split())
    wait_until_idle(page)
    assert parse_qs(urlsplit(page.url).query)["event"] == [event.event_id]
    page.screenshot(path=ARTIFACTS / "reviewing.png", full_page=False)


def test_a_one_paragraph_txt_upload_gives_its_events_and_opens_the_undated_ones(
        server: str, page, home: Path, tmp_path: Path) -> None:
    upload = tmp_path / "atarib.txt"
    upload.write_text(ATARIB + "\n", encoding="utf-8")
    page.goto(server)
    wait_for_dashboard(page, 300_000)
    wait_until_idle(page)
    page.locator('.st-key-upload input[type="file"]').set_input_files(str(upload))
    report = page.locator(REPORT).filter(has_text="atarib")
    report.wait_for(timeout=300_000)
    [event] = events_of(home, "atarib").itertuples()
    assert event.event_type == "shelling" and pd.isna(event.date)
    assert report.inner_text().splitlines()[0] == (
        "Added atarib.txt: 1 event; 1 is undated: give the publication date to date them")
    wait_until_idle(page)
    page.get_by_role("button", name="Show it").click()
    page.get_by_text("Undated events of the added articles (1)").wait_for(timeout=60_000)
    page.locator("mark#evidence").wait_for(timeout=60_000)
    assert "الأتارب" in page.locator("mark#evidence").inner_text()
    dating = page.get_by_role("textbox", name="Publication date (YYYY-MM-DD)")  # where the analyst dates it
    dating.wait_for(timeout=60_000)  # the details' forms are drawn after the article
    assert dating.count() == 1


def test_an_added_article_is_removed_and_its_events_leave_the_page(server: str, page, home: Path) -> None:
    page.goto(server)
    wait_for_dashboard(page, 300_000)
    wait_until_idle(page)
    before = pasted_ids(home)
    paste(page, DARAYYA, published="2015-03-01")
    page.locator(REPORT).filter(has_text="1 event").wait_for(timeout=300_000)
    [article] = pasted_ids(home) - before
    [event_id] = events_of(home, article)["event_id"]
    remove_added_file(page, home / "articles" / f"{article}.jsonl")
    page.get_by_text(f"Removed {article}.jsonl: its articles and events left the store.").wait_for(timeout=300_000)
    assert events_of(home, article).empty and not (home / "articles" / f"{article}.jsonl").exists()
    frame = wait_for_dashboard(page)
    wait_until_idle(page)
    assert event_id not in {m["id"] for m in markers(frame)} and event_id not in timeline_ids(page)
    page.get_by_role("textbox", name="Title", exact=True).fill("After a removal")
    page.keyboard.press("Enter")  # a rerun keeps the removal's report
    wait_until_idle(page)
    assert page.get_by_text(f"Removed {article}.jsonl: its articles and events left the store.").is_visible()


def view_of(home: Path, f: Filters) -> pd.DataFrame:
    with store.reader(home / "store.duckdb") as con:
        return EventQuery(con, f, option_counts(con)).frame()


def test_the_view_is_exported_as_csv_geojson_and_kml(server: str, page, home: Path, tmp_path: Path) -> None:
    """The URL's filters and timeline window, exported: the CSV reads back with its Arabic intact."""
    page.goto(f"{server}/?types=airstrike&types=shelling&window=2015-06-01/2017-12-31")
    wait_for_dashboard(page, 300_000)
    wait_until_idle(page)
    files = {}
    for kind in ("csv", "geojson", "kml"):
        with page.expect_download(timeout=120_000) as download:
            page.locator(f".st-key-export_{kind} button").click()
        files[kind] = tmp_path / download.value.suggested_filename
        download.value.save_as(files[kind])
    view = view_of(home, Filters(types=("airstrike", "shelling"), date_from=dt.date(2015, 6, 1),
                                 date_to=dt.date(2017, 12, 31))).set_index("event_id")
    located = sorted(view.dropna(subset=["lat", "lon"]).index)
    assert len(view) > 0 and len(located) > 0
    assert files["csv"].name == "events.csv" and files["csv"].read_bytes().startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(files["csv"], encoding="utf-8-sig").set_index("event_id")
    assert sorted(table.index) == sorted(view.index)
    assert all(table.loc[i, "evidence"] == view.loc[i, "evidence"] for i in view.index)  # Arabic read back
    assert any("\u0600" <= ch <= "\u06ff" for ch in table["evidence"].str.cat())
    features = json.loads(files["geojson"].read_text(encoding="utf-8"))["features"]
    assert sorted(f["id"] for f in features) == located
    marks = ET.parse(files["kml"]).getroot().iter(f"{{{KML_NS}}}Placemark")
    assert sorted(m.get("id") for m in marks) == located
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Corrections (JSON)").click()
    shared = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert shared["format"] == "war-timeline-corrections" and set(shared) >= {"articles", "events", "places"}


def test_a_colleagues_corrections_are_imported_and_applied(server: str, page, home: Path, tmp_path: Path) -> None:
    page.goto(server)
    wait_for_dashboard(page, 300_000)
    wait_until_idle(page)
    article = str(store.load_articles(home / "store.duckdb")["article_id"].iloc[0])
    colleague = {"format": "war-timeline-corrections", "version": 1, "events": [], "places": [],
                 "articles": {article: {"source": "Colleague Outlet"}, "no-such-article": {"published": "2016-13-45"}}}
    shared = tmp_path / "from-a-colleague.json"
    shared.write_text(json.dumps(colleague), encoding="utf-8")
    page.locator(".st-key-import_corrections input[type=file]").set_input_files(str(shared))
    page.get_by_text("Took in 1 article and 0 event corrections and 0 places; 1 entries left out").wait_for(
        timeout=300_000)
    for _ in range(600):  # the rebuild that applies them runs once the page's widgets are drawn
        articles = store.load_articles(home / "store.duckdb").set_index("article_id")
        if articles.loc[article, "source_basis"] == "correction":
            break
        page.wait_for_timeout(500)
    assert articles.loc[article, ["source", "source_basis"]].tolist() == ["Colleague Outlet", "correction"]


def test_a_permalink_selects_its_event_and_frames_the_map(server: str, page, home: Path) -> None:
    page.goto(server)
    wait_for_dashboard(page, 300_000)
    events = store.load_events(home / "store.duckdb").dropna(subset=["date", "lat", "lon"])
    event = events.iloc[0]
    lat, lon = round(float(event["lat"]) + 0.05, 4), round(float(event["lon"]) - 0.05, 4)
    page.goto(f"{server}/?event={event['event_id']}&map={lat},{lon},10")
    frame = wait_for_dashboard(page)
    page.locator("mark#evidence").wait_for(timeout=60_000)
    assert " ".join(page.locator("mark#evidence").inner_text().split()) == " ".join(str(event["evidence"]).split())
    wait_until_idle(page)
    zoom, centre_lat, centre_lon = frame.evaluate(
        "() => { const c = window.map.getCenter(); return [window.map.getZoom(), c.lat, c.lng]; }")
    assert zoom == 10 and abs(centre_lat - lat) < 1e-3 and abs(centre_lon - lon) < 1e-3
    marked = page.evaluate("""(id) => document.querySelector('.js-plotly-plot').data.some(
        (t) => t.name === 'selected' && [...t.customdata].includes(id))""", event["event_id"])
    assert marked
    query = parse_qs(urlsplit(page.url).query)
    assert query["event"] == [event["event_id"]] and query["map"] == [f"{lat:.4f},{lon:.4f},10"]
    frame.locator(".leaflet-control-zoom-out").click()  # moving the map rewrites the permalink
    page.wait_for_function("() => new URLSearchParams(location.search).get('map')?.endsWith(',9')",
                           timeout=60_000)
    wait_until_idle(page)
    frame = map_frame(page)
    frame.evaluate("() => { window.map.setZoom(6, {animate: false}); }")  # every seed's event in sight
    page.wait_for_function("() => new URLSearchParams(location.search).get('map')?.endsWith(',6')",
                           timeout=60_000)
    wait_until_idle(page)
    width, height = frame.evaluate("() => [window.map.getSize().x, window.map.getSize().y]")
    others = [m for m in markers(frame) if m["id"] != event["event_id"]
              and 60 < m["x"] < width - 200 and 60 < m["y"] < height - 150]  # clear of the map's controls
    assert others
    click_marker(page, frame, others[0]["id"])  # selecting another event rewrites the permalink too
    page.wait_for_function("(id) => new URLSearchParams(location.search).get('event') === id",
                           arg=others[0]["id"], timeout=60_000)
