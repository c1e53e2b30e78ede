"""The briefing image: one page with the map, the timeline and what they show, as PNG or PDF.

`compose` writes the page, self-contained: the dashboard's own map
(`mapview.build_map`, inlined by `standalone_map_html`, in an ``iframe``) and
its own timeline (`chart.timeline_figure`, as a figure that plotly.js from the
installed plotly package draws), the title, the filters in words, the
figures, the legend, the outlets, the generation time and the data credits.
`render_briefing` has it drawn by the warm headless Chromium of
`briefing_browser`. Nothing depends on the clock or on chance except the
generation time, which the caller may fix: the same input gives the same picture.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from timeline.errors import OptionError
from timeline.views import briefing_browser
from timeline.views import filters as filtering
from timeline.views.basemap import CREDITS as BASEMAP_CREDITS
from timeline.views.chart import AGGREGATE_ABOVE, binned_figure, timeline_figure
from timeline.views.colours import actor_colour
from timeline.views.figures import labelled_headline
from timeline.views.mapview import FOCUS_BOX, build_map, framed_bounds, standalone_map_html
from timeline.views.query import EventQuery

FONTS = '"Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", sans-serif'
CREDITS = (
    "Places: GeoNames gazetteer (CC BY 4.0)",
    BASEMAP_CREDITS,
    "Map drawing: Leaflet (BSD-2-Clause) via folium (MIT); timeline: plotly.js (MIT)",
)


@dataclass(frozen=True)
class Size:
    """A page size in CSS pixels, its PNG scale, and the boxes of the map and the timeline."""

    width: int
    height: int
    scale: float
    map_box: tuple[int, int]
    timeline_box: tuple[int, int]


SIZES = {
    "slide": Size(1920, 1080, 1, (1260, 560), (1872, 350)),
    "a4": Size(794, 1123, 2, (746, 400), (746, 250)),
}


def page_size(name: str) -> Size:
    """The `Size` called `name`; `OptionError` (a ValueError) naming it when there is none."""
    if name not in SIZES:
        raise OptionError(f"unknown briefing size {name!r}; use one of {', '.join(SIZES)}")
    return SIZES[name]


_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_LETTER = rf"[{_ARABIC}](?<![\u0660-\u0669\u06f0-\u06f9])"
_ARABIC_PHRASE = re.compile(rf"{_LETTER}(?:[{_ARABIC}\s\d\-\u2013.,:/()%]*{_LETTER})?")
_NUMBER = re.compile(r"[0-9][0-9\-\u2013./:,]*[0-9]|[0-9]")
_LRI, _RLI, _PDI = "\u2066", "\u2067", "\u2069"


def bidi_isolate(text: str) -> str:
    """Isolate Arabic phrases (RTL) and numbers (LTR) so that neither reorders its neighbours.

    "غارات 2014-2018" (with an en dash) in a left-to-right line otherwise shows the years swapped.
    """

    def numbers(part: str) -> str:
        return _NUMBER.sub(lambda m: f"{_LRI}{m.group()}{_PDI}", part)

    out, last = [], 0
    for match in _ARABIC_PHRASE.finditer(text):
        out.append(numbers(text[last:match.start()]))
        out.append(f"{_RLI}{numbers(match.group())}{_PDI}")
        last = match.end()
    out.append(numbers(text[last:]))
    return "".join(out)


def direction(text: str) -> str:
    """'rtl' when the first letter is Arabic, else 'ltr'."""
    for char in text:
        if char.isalpha():
            return "rtl" if re.match(f"[{_ARABIC}]", char) else "ltr"
    return "ltr"


def _esc(text: str) -> str:
    return html.escape(bidi_isolate(text))


def _outlets(view: pd.DataFrame) -> tuple[list[tuple[str, int]], list[str]]:
    """(outlet, events) by count, then name; and the sources those outlets cite."""
    counts = Counter(str(s) for s in view["source"].dropna())
    cited = {name for value in view["cited_sources"].dropna() for name in json.loads(value)}
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), sorted(cited - set(counts))


UNDATED_LABEL = "Undated, published in range (not shown)"


def undated_in_range(tray: pd.DataFrame, chosen: filtering.Filters) -> int:
    """The undated events that match the filters and whose article was published in the filters' dates:
    those of the range (a 2016 slide does not count the undated events of every year)."""
    published = pd.to_datetime(tray["published"], errors="coerce")
    return int(published.between(pd.Timestamp(chosen.date_from), pd.Timestamp(chosen.date_to)).sum())


def _figures(view: pd.DataFrame, tray: pd.DataFrame, incidents: pd.DataFrame | None,
             chosen: filtering.Filters) -> list[tuple[str, int]]:
    """The dashboard's headline figures, and the undated events of the range that match but are not drawn."""
    return [*labelled_headline(view, incidents), (UNDATED_LABEL, undated_in_range(tray, chosen))]


def outside_map(view: pd.DataFrame, bounds: Sequence[Sequence[float]]) -> list[tuple[str, int]]:
    """The places of the located events in `view` that the map's `bounds` leave out, with their counts,
    most first."""
    (south, west), (north, east) = bounds
    lat, lon = view["lat"].astype(float), view["lon"].astype(float)
    out = view[lat.notna() & lon.notna() & ~(lat.between(south, north) & lon.between(west, east))]
    names = out["place"].fillna(out["place_ar"]).fillna("?").astype(str)
    return sorted(names.value_counts().items(), key=lambda kv: (-kv[1], kv[0]))


def _outside_note(places: list[tuple[str, int]]) -> str:
    if not places:
        return ""
    named = ", ".join(f"{_esc(name)} ({n})" for name, n in places[:6]) + (" …" if len(places) > 6 else "")
    return f'<p class="note">{sum(n for _, n in places):,} events outside the map: {named}</p>'


def _timeline(view: pd.DataFrame, chosen: filtering.Filters, box: tuple[int, int], lanes: str) -> dict:
    """The dashboard's timeline of `view` (`chart.timeline_figure`, or its bins above `AGGREGATE_ABOVE`
    events) on the filters' dates, at the size of its box, without its interactive controls."""
    x_range = [chosen.date_from.isoformat(), chosen.date_to.isoformat()]
    if len(view) > AGGREGATE_ABOVE:
        fig = binned_figure(EventQuery.of_frame(view, chosen), lanes=lanes, x_range=x_range)
    else:
        fig = timeline_figure(view, lanes=lanes, x_range=x_range)
    fig.update_layout(
        width=box[0], height=box[1], font_family=FONTS, transition_duration=0, showlegend=False,
        margin={"l": 10, "r": 20, "t": 10, "b": 10},
    )
    fig.update_xaxes(rangeslider_visible=False, rangeselector_visible=False, automargin=True)
    fig.update_yaxes(automargin=True)
    fig.update_traces(text=None, customdata=None, hovertemplate=None, hoverinfo="skip")  # a picture has no hover
    return json.loads(fig.to_json())


def _legend(view: pd.DataFrame) -> str:
    actors = sorted({str(a) for a in view["actor"].dropna()}) + (["unknown"] if view["actor"].isna().any() else [])
    items = "".join(
        f'<li><i style="background:{actor_colour(None if a == "unknown" else a)}"></i>{_esc(a)}</li>'
        for a in actors
    )
    return (
        f'<ul class="legend">{items}</ul>'
        '<p class="note">Colour: actor. Size: people killed. Hollow: date inferred. '
        "Bars on the timeline: events known only to the month or year. Dashed ring: place is an area.</p>"
    )


_STYLE = """
* {{ box-sizing: border-box; margin: 0; padding: 0; }}
html, body {{ width: {width}px; height: {height}px; overflow: hidden; background: #fff; }}
body {{ font: 15px/1.35 {fonts}; color: #222; padding: 20px 24px; display: flex; flex-direction: column;
  gap: 10px; }}
header {{ display: flex; justify-content: space-between; align-items: baseline; gap: 24px;
  border-bottom: 2px solid #333; padding-bottom: 6px; }}
h1 {{ font-size: {title_px}px; line-height: 1.25; }}
header p {{ color: #555; white-space: nowrap; }}
main {{ display: grid; gap: 10px; grid-template-columns: {map_w}px 1fr; }}
iframe {{ width: {map_w}px; height: {map_h}px; border: 1px solid #bbb; }}
#timeline {{ width: {timeline_w}px; height: {timeline_h}px; border: 1px solid #ddd; }}
aside {{ display: flex; flex-direction: column; gap: 8px; overflow: hidden; }}
h2 {{ font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: #666; }}
.figures {{ display: grid; grid-template-columns: repeat(3, auto); gap: 4px 14px; }}
.figures div {{ display: flex; flex-direction: column; }}
.figures b {{ font-size: 26px; }}
.figures span {{ font-size: 12px; color: #555; }}
ul {{ list-style: none; }}
.legend {{ display: flex; flex-wrap: wrap; gap: 2px 14px; }}
.legend i {{ display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-inline-end: 5px; }}
.note, footer {{ font-size: 12px; color: #555; }}
footer {{ margin-top: auto; }}
.a4 main {{ grid-template-columns: 1fr; }}
.a4 aside {{ display: grid; grid-template-columns: 1fr 1fr; }}
"""
# Inside the map, after Leaflet is loaded and before the map is made: nothing that moves (an animated
# fitBounds would be caught half-way), no interactive controls, and zoom levels a tenth apart, so that the
# extent framed fills the box (the dashboard's extent, one box's height at a whole zoom, overflows a box a
# pixel lower and was drawn a whole zoom level out, at half the size).
_MAP_HEAD = (
    "<script>L.Map.mergeOptions({zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false,"
    " zoomSnap: 0.1});"
    "</script><style>*{transition:none!important;animation:none!important}"
    ".leaflet-control-zoom,.leaflet-control-layers{display:none!important}</style></head>"
)


@dataclass(frozen=True)
class Page:
    """A briefing page: its body (with its style sheet) and the timeline figure drawn into it."""

    body: str
    figure: dict
    size: Size


def compose(
    events: pd.DataFrame,
    incidents: pd.DataFrame | None,
    chosen: filtering.Filters,
    *,
    title: str,
    size: str = "slide",
    bounds: Sequence[Sequence[float]] | None = None,
    lanes: str = "event_type",
    generated_at: dt.datetime | None = None,
) -> Page:
    """The briefing page of the events that `chosen` shows (see `render_briefing`)."""
    box = page_size(size)
    view, tray = filtering.apply(events, chosen)
    extent = EventQuery.of_frame(view, chosen).extent(FOCUS_BOX)
    bounds = bounds if bounds is not None else framed_bounds(extent)
    map_html = standalone_map_html(build_map(view, bounds=bounds)).replace("</head>", _MAP_HEAD, 1)
    outlets, cited = _outlets(view)
    when = (generated_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    figures = "".join(
        f"<div><b>{n:,}</b><span>{_esc(label)}</span></div>" for label, n in _figures(view, tray, incidents, chosen)
    )
    filter_items = "".join(f"<li>{_esc(line)}</li>" for line in chosen.describe())
    outlet_items = ", ".join(f"{_esc(name)} ({n})" for name, n in outlets) or "none"
    cited_line = f"<p>Citing: {', '.join(_esc(c) for c in cited)}</p>" if cited else ""
    style = _STYLE.format(
        width=box.width, height=box.height, fonts=FONTS, title_px=34 if size == "slide" else 24,
        map_w=box.map_box[0], map_h=box.map_box[1], timeline_w=box.timeline_box[0], timeline_h=box.timeline_box[1],
    )
    body = f"""<style>{style}</style>
<div class="{size}" style="display: contents">
<header><h1 dir="{direction(title)}">{_esc(title)}</h1><p>Generated {when}</p></header>
<main>
<iframe id="map" title="map" srcdoc="{html.escape(map_html, quote=True)}"></iframe>
<aside>
<section><h2>In view</h2><div class="figures">{figures}</div>{_outside_note(outside_map(view, bounds))}</section>
<section><h2>Filters</h2><ul>{filter_items}</ul></section>
<section><h2>Legend</h2>{_legend(view)}</section>
<section><h2>Outlets</h2><p>{outlet_items}</p>{cited_line}</section>
</aside>
</main>
<div id="timeline"></div>
<footer>Data: {" · ".join(_esc(c) for c in CREDITS)}</footer>
</div>"""
    return Page(body, _timeline(view, chosen, box.timeline_box, lanes), box)


def render_briefing(
    events: pd.DataFrame,
    incidents: pd.DataFrame | None,
    filters: filtering.Filters,
    *,
    title: str,
    size: str = "slide",
    fmt: str = "png",
    bounds: Sequence[Sequence[float]] | None = None,
    lanes: str = "event_type",
    generated_at: dt.datetime | None = None,
) -> bytes:
    """The briefing of the events that `filters` shows, as PNG or PDF bytes.

    `events` may be the whole store or already filtered (filtering twice changes
    nothing). `bounds` ([[south, west], [north, east]]) fixes the map extent, by
    default that of the events in view; `lanes` is the timeline's ("event_type"
    or "source"). PNG: 1920x1080 for "slide", 1588x2246 (A4 portrait at 192 dpi)
    for "a4".
    """
    page = compose(events, incidents, filters, title=title, size=size, bounds=bounds, lanes=lanes,
                   generated_at=generated_at)
    box = page.size
    return briefing_browser.render(page.body, page.figure, box.width, box.height, scale=box.scale, fmt=fmt)
