"""The dashboard driven by AppTest: seeds, filters, URL state, the undated tray, map and figure payloads."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.app.apptest_support import APP, run
from tests.conftest import REPO_ROOT
from timeline import store
from timeline.synthetic import write_store
from timeline.views.details import highlighted_article
from timeline.views.figures import headline
from timeline.views.filters import Filters, apply

CDN_HOSTS = re.compile(r"cdn\.|jsdelivr|cloudflare|unpkg|code\.jquery|bootstrapcdn|googleapis", re.I)


def metric_values(at: AppTest) -> dict[str, int]:
    return {m.label: int(m.value.replace(",", "")) for m in at.metric}


def expected_metrics(events: pd.DataFrame, incidents: pd.DataFrame, f: Filters) -> dict[str, int]:
    view, _ = apply(events, f)
    figures = headline(view, incidents)
    return {"Events": figures["events"], "Strikes": figures["strikes"], "Killed (at least)": figures["killed"],
            "Outlets": figures["outlets"], "Incidents reported by >1 outlet": figures["shared"]}


def url_filters(at: AppTest) -> Filters:
    return Filters.from_query(dict(at.query_params))


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("synthetic") / "store.duckdb", 400, seed=7)


@pytest.fixture
def on_synthetic(synthetic_store: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[pd.DataFrame, pd.DataFrame]:
    monkeypatch.setenv("TIMELINE_STORE", str(synthetic_store))
    return store.load_events(synthetic_store), store.load_incidents(synthetic_store)


def test_opens_on_the_seeds_and_builds_the_store() -> None:
    at = run()
    assert any("5 articles read" in c.value for c in at.caption)
    events, incidents = store.load_events(), store.load_incidents()
    assert len(events) > 0
    assert metric_values(at) == expected_metrics(events, incidents, Filters())
    (timeline,) = at.get("bidi_component")
    assert timeline.proto.component_name == "timeline_chart"
    assert len(at.get("component_instance")) == 1  # the map


def test_filter_widgets_change_the_view_and_the_url(on_synthetic) -> None:
    events, incidents = on_synthetic
    at = run()
    at.multiselect(key="types").set_value(["airstrike", "shelling"])
    at.number_input(key="min_killed").set_value(5)
    # month/year-precise dates left out
    at.multiselect(key="also_show").set_value(["include_inferred", "include_recalled"])
    at.run()
    wanted = Filters(types=("airstrike", "shelling"), min_killed=5, include_coarse=False)
    assert metric_values(at) == expected_metrics(events, incidents, wanted)
    assert url_filters(at) == wanted


def test_recalled_events_can_be_left_out_from_the_sidebar(on_synthetic) -> None:
    events, incidents = on_synthetic
    at = run()
    at.multiselect(key="also_show").set_value(["include_coarse", "include_inferred"])
    at.run()
    wanted = Filters(include_recalled=False)
    assert url_filters(at) == wanted
    assert metric_values(at) == expected_metrics(events, incidents, wanted)


def test_outlets_are_listed_with_counts(on_synthetic) -> None:
    events, _ = on_synthetic
    at = run()
    box = at.multiselect(key="sources")
    top = events["source"].value_counts()
    assert sorted(box.options) == sorted(f"{name} ({count})" for name, count in top.items())


def test_url_reproduces_the_view(on_synthetic) -> None:
    events, incidents = on_synthetic
    query = {"date_from": "2016-01-01", "date_to": "2017-06-30", "actors": ["russia", "isis"], "text": "الرقه"}
    at = run(query)
    wanted = Filters.from_query(query)
    assert at.date_input(key="dates").value == (dt.date(2016, 1, 1), dt.date(2017, 6, 30))
    assert at.multiselect(key="actors").value == ["russia", "isis"]
    assert at.text_input(key="text").value == "الرقه"
    assert metric_values(at) == expected_metrics(events, incidents, wanted)
    assert url_filters(at) == wanted


def test_url_outlets_in_any_case_choose_the_outlets_as_spelt(on_synthetic) -> None:
    """The URL, the command line and `apply` match outlet names without regard to case."""
    events, incidents = on_synthetic
    at = run({"sources": ["sana", "ENAB BALADI"], "types": "airstrike"})
    wanted = Filters(sources=("SANA", "Enab Baladi"), types=("airstrike",))
    assert at.multiselect(key="sources").value == ["SANA", "Enab Baladi"]
    assert metric_values(at) == expected_metrics(events, incidents, wanted)
    assert metric_values(at) == expected_metrics(events, incidents, Filters.from_query(
        {"sources": ["sana", "ENAB BALADI"], "types": "airstrike"}))
    assert url_filters(at) == wanted


def test_quick_range_sets_the_dates(on_synthetic) -> None:
    at = run()
    at.selectbox(key="quick_range").set_value("2016").run()
    assert at.date_input(key="dates").value == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))
    assert at.query_params.get("date_from") == "2016-01-01"


def test_free_text_is_arabic_normalised(on_synthetic) -> None:
    events, _ = on_synthetic
    at = run()
    at.text_input(key="text").set_value("الرقه").run()  # the events write "الرقة"
    raqqa, _ = apply(events, Filters())
    raqqa = raqqa[raqqa["evidence"].str.contains("الرقة")]
    assert metric_values(at)["Events"] == len(raqqa) > 0


def test_undated_events_are_counted_on_their_switch_and_listed_behind_it(on_synthetic) -> None:
    events, _ = on_synthetic
    at = run({"types": "airstrike"})
    _, tray = apply(events, Filters(types=("airstrike",)))
    assert len(tray) > 0
    switch = at.toggle(key="show_tray")
    assert switch.label.startswith(f"Show undated events ({len(tray)})")
    assert not switch.value and not [d for d in at.dataframe if d.key == "tray"]
    switch.set_value(True).run()
    (table,) = [d for d in at.dataframe if d.key == "tray"]
    assert sorted(table.value["evidence"]) == sorted(tray["evidence"])
    assert at.query_params.get("tray") == "1"


def test_a_link_with_the_tray_opens_on_it(on_synthetic) -> None:
    at = run({"types": "airstrike", "tray": "1"})
    assert at.toggle(key="show_tray").value
    assert [d for d in at.dataframe if d.key == "tray"]


def test_map_payload_uses_local_assets_only(on_synthetic) -> None:
    at = run()
    (component,) = at.get("component_instance")
    args = json.loads(component.proto.json_args)
    links = args["js_links"] + args["css_links"]
    assert {link.split("/")[3] for link in links} == {"map-assets", "web"} and len(args["js_links"]) == 1
    for link in links:
        assert (REPO_ROOT / "static" / link.removeprefix("/app/static/")).is_file()
    assert not CDN_HOSTS.search(args["script"] + args["header"] + args["html"] + args["feature_group"])
    assert "maxZoom" in args["script"] and "L.Icon.Default.imagePath" in args["script"]
    tables = re.findall(r'"data":"/app/static/(map-views/[0-9a-f]+\.json)"', args["feature_group"])
    assert len(tables) == 2 and all((REPO_ROOT / "static" / t).is_file() for t in tables)


def test_a_new_view_keeps_the_map_and_swaps_its_events(on_synthetic) -> None:
    """st_folium builds a new map in a new frame when the map's script changes: only the events may."""
    def map_args(at) -> dict:
        (component,) = at.get("component_instance")
        return json.loads(component.proto.json_args)

    everything, iraq = map_args(run()), map_args(run({"countries": "IQ"}))
    assert everything["script"] == iraq["script"]
    assert everything["feature_group"] != iraq["feature_group"]
    assert "tlEventsOverlay(map_div, " in iraq["feature_group"]


def test_figure_spec_holds_the_events_in_view(on_synthetic) -> None:
    events, _ = on_synthetic
    at = run({"countries": "IQ"})
    (chart,) = at.get("bidi_component")
    data = json.loads(chart.proto.json)
    assert data["bundle"] == "/app/static/npm/plotly.js-basic-dist-min@4.1.1/plotly-basic.min.js"
    assert (REPO_ROOT / "static" / data["bundle"].removeprefix("/app/static/")).is_file()
    spec = json.loads(data["figure"])
    ids = {i for trace in spec["data"] if trace.get("mode") == "markers" for i in trace.get("customdata", [])}
    view, _ = apply(events, Filters(countries=("IQ",)))
    assert ids == set(view["event_id"])
    assert spec["layout"]["xaxis"]["rangeslider"]["visible"] is True


def test_picking_an_event_shows_it_and_keeps_the_filters(on_synthetic) -> None:
    events, incidents = on_synthetic
    wanted = Filters(types=("airstrike",), include_inferred=False)
    at = run()
    at.multiselect(key="types").set_value(["airstrike"])
    at.multiselect(key="also_show").set_value(["include_coarse", "include_recalled"])  # inferred dates left out
    at.run()
    view, _ = apply(events, wanted)
    event_id = view.dropna(subset=["lat"]).iloc[0]["event_id"]
    figure = json.loads(at.get("bidi_component")[0].proto.json)["figure"]
    revision = json.loads(figure)["layout"]["uirevision"]
    at.session_state["timeline"] = {"selection": {"revision": revision, "ids": [event_id]}}  # picked on it
    at.run()  # the new focus reruns the page, after the sidebar's widgets are drawn
    assert not at.exception and at.session_state["focus"] == event_id
    assert at.multiselect(key="types").value == ["airstrike"]
    assert "include_inferred" not in at.multiselect(key="also_show").value
    assert url_filters(at) == wanted
    assert metric_values(at) == expected_metrics(events, incidents, wanted)
    assert any('class="article"' in m.proto.body for m in at.html)  # its article in the details


def test_a_selection_made_on_another_view_of_the_timeline_picks_nothing(on_synthetic) -> None:
    events, _ = on_synthetic
    at = run()
    event_id = events.dropna(subset=["lat", "date"]).iloc[0]["event_id"]
    at.session_state["timeline"] = {"selection": {"revision": "another view:event_type", "ids": [event_id]}}
    at.run()
    assert not at.exception and "focus" not in at.session_state
    assert not any('class="article"' in m.proto.body for m in at.html)


def test_details_show_the_escaped_article(on_synthetic) -> None:
    events, _ = on_synthetic
    event_id = events.dropna(subset=["date"]).iloc[0]["event_id"]
    at = AppTest.from_file(APP, default_timeout=180)
    at.session_state["focus"] = event_id
    at.run()
    article = [m.proto.body for m in at.html if 'class="article"' in m.proto.body]
    assert len(article) == 1 and '<mark id="evidence">' in article[0]


def test_article_html_is_escaped_and_marked() -> None:
    text = "قبل <script>window.__pwned=1</script> غارة على الرقة <img src=x onerror=alert(1)> بعد"
    start = text.index("غارة")
    page = highlighted_article(text, start, start + len("غارة على الرقة"))
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert '<mark id="evidence">غارة على الرقة</mark>' in page


def test_briefing_button_renders_the_current_view(on_synthetic) -> None:
    at = run({"types": "airstrike"})
    at.text_input(key="brief_title").set_value("غارات 2016")
    at.button(key="briefing").click().run()
    assert not at.exception, [e.value for e in at.exception]
    fmt, data = at.session_state["briefing_file"]
    assert fmt == "png" and data[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data directory of the test's own, so corrections and added articles stay here."""
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path))
    monkeypatch.delenv("TIMELINE_STORE", raising=False)
    return tmp_path


def test_correction_is_saved_and_the_article_re_extracted(own_home: Path) -> None:
    at = run()
    events = store.load_events()
    event = events.dropna(subset=["date"]).iloc[0]
    at = AppTest.from_file(APP, default_timeout=180)
    at.session_state["focus"] = event["event_id"]
    at.run()
    at.text_input(key="fix_published").set_value("2016-09-16")
    at.text_input(key="fix_source").set_value("Enab Baladi")
    at.button(key="FormSubmitter:correction-Save and re-extract").click().run()
    assert not at.exception, [e.value for e in at.exception]
    article = store.load_articles().set_index("article_id").loc[event["article_id"]]
    assert (article["source"], article["source_basis"]) == ("Enab Baladi", "correction")
    assert (article["published"], article["published_basis"]) == ("2016-09-16", "correction")
    again = store.load_events()
    assert set(again[again["article_id"] == event["article_id"]]["source"]) == {"Enab Baladi"}
    assert json.loads((own_home / "corrections.json").read_text())[event["article_id"]]["source"] == "Enab Baladi"


def test_added_article_is_extracted_and_shown(own_home: Path) -> None:
    at = run()
    before = metric_values(at)["Events"]
    text = ("غارة على منبج\n\nمنبج - وكالات\nشنت طائرات التحالف الدولي غارة جوية على مدينة منبج "
            "يوم 3 حزيران 2016 أسفرت عن مقتل 7 مدنيين.\n")
    at.file_uploader(key="upload").upload("added strike.txt", text.encode(), "text/plain").run()
    assert not at.exception, [e.value for e in at.exception]
    assert (own_home / "articles" / "added_strike.txt").read_text(encoding="utf-8") == text
    assert "added_strike" in set(store.load_events()["article_id"])
    assert metric_values(at)["Events"] > before
