"""An event the text gives neither a date nor a place (an attack told only by its kind and its dead) stays
visible and correctable: the undated tray lists it under every filter it matches, and its details show its
unknown date and place as blank, not as the store's NA."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.models import EVENT_COLUMNS
from timeline.store import events_frame_types
from timeline.views.details import cell_text, fields_html
from timeline.views.filters import Filters, apply
from timeline.views.query import EventQuery


def events() -> pd.DataFrame:
    """One dated event at Idlib and one undated, unplaced bombing with 3 dead."""
    rows = [
        dict(event_id="placed", event_type="airstrike", country="SY", admin1="Idlib", place="Idlib",
             date="2016-03-04", date_precision="day", date_end="2016-03-04", date_basis="explicit",
             evidence="غارة على إدلب"),
        dict(event_id="nowhere", event_type="bombing", killed=3, evidence="قتل ثلاثة في انفجار عبوة ناسفة"),
    ]
    records = []
    for row in rows:
        record = dict.fromkeys(EVENT_COLUMNS)
        record.update(article_id=f"art-{row['event_id']}", source="SANA", start=0, end=len(row["evidence"]),
                      cited_sources="[]", actor_hedged=False, toll_is_minimum=False, place_approximate=False, **row)
        records.append(record)
    return events_frame_types(pd.DataFrame(records, columns=list(EVENT_COLUMNS)))


@pytest.mark.parametrize(
    ("filters", "tray"),
    [
        pytest.param(Filters(), ["nowhere"], id="defaults"),
        pytest.param(Filters(types=("bombing",)), ["nowhere"], id="its-type"),
        pytest.param(Filters(min_killed=3), ["nowhere"], id="its-dead"),
        pytest.param(Filters(countries=("SY",)), [], id="a-country-it-is-not-known-at"),
    ],
)
def test_the_tray_lists_it_under_the_filters_it_matches(filters: Filters, tray: list[str]) -> None:
    view, undated = apply(events(), filters)
    assert sorted(undated["event_id"]) == tray and "nowhere" not in set(view["event_id"])
    query = EventQuery.of_frame(events(), filters)
    assert sorted(query.frame(undated=True)["event_id"]) == tray


def test_its_details_show_no_na() -> None:
    event = events().set_index("event_id").loc["nowhere"]
    page = fields_html([(name, event[name]) for name in ("event_type", "date", "place", "actor", "killed")])
    assert "NA" not in page and "nan" not in page
    assert page.count('<td dir="auto"></td>') == 3 and '<td dir="auto">3</td>' in page


@pytest.mark.parametrize(("value", "text"), [(None, ""), (pd.NA, ""), (float("nan"), ""), ("إدلب", "إدلب"), (0, "0")])
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text
