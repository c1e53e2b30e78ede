"""Filters.apply, to_query and from_query on small hand-made tables, case by case."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from timeline.models import EVENT_COLUMNS
from timeline.store import events_frame_types
from timeline.views.filters import Filters, apply

# id, type, source, actor, country, admin1, date, precision, date_end, basis, killed, evidence
ROWS = [
    ("a", "airstrike", "SANA", "russia", "SY", "Idlib", "2016-03-04", "day", "2016-03-04", "explicit", 5,
     "غارة روسية على إدلب في سورية"),
    ("b", "shelling", "Elaph", "syrian_government", "SY", "Aleppo", "2016-07", "month", "2016-07-31",
     "publication", None, "قصف على حلب"),
    ("c", "airstrike", "Al-Watan", "coalition", "IQ", "Ninawa", "2017", "year", "2017-12-31", "explicit", 12,
     "غارات التحالف على الموصل"),
    ("d", "bombing", "SANA", "isis", "IQ", "Baghdad", "2015-02-10", "day", "2015-02-10", "inferred", 30,
     "تفجير في بغداد"),
    ("e", "airstrike", "SANA", "russia", "SY", "Idlib", None, None, None, None, 2, "غارة على ريف إدلب"),
    ("f", "statement", "Elaph", None, "SY", "Damascus", "2013-06-01", "day", "2013-06-01", "explicit", None,
     "بيان من دمشق"),
]


def frame(rows=ROWS) -> pd.DataFrame:
    records = []
    for (event_id, kind, source, actor, country, admin1, date, precision, end, basis, killed, evidence) in rows:
        record = dict.fromkeys(EVENT_COLUMNS)
        record.update(
            event_id=event_id, article_id=f"art-{event_id}", event_type=kind, source=source, actor=actor,
            country=country, admin1=admin1, date=date, date_precision=precision, date_end=end, date_basis=basis,
            killed=killed, evidence=evidence, start=0, end=len(evidence), cited_sources="[]",
            actor_hedged=False, toll_is_minimum=False, place_approximate=False,
        )
        records.append(record)
    return events_frame_types(pd.DataFrame(records, columns=list(EVENT_COLUMNS)))


def ids(view: pd.DataFrame) -> list[str]:
    return sorted(view["event_id"])


@pytest.mark.parametrize(
    ("filters", "dated", "undated"),
    [
        pytest.param(Filters(), ["a", "b", "c", "d"], ["e"], id="defaults-2014-2018"),
        pytest.param(Filters(date_from=dt.date(2016, 7, 15), date_to=dt.date(2016, 8, 1)), ["b"], ["e"],
                     id="month-span-overlaps-range"),
        pytest.param(Filters(date_from=dt.date(2016, 3, 5), date_to=dt.date(2016, 6, 30)), [], ["e"],
                     id="day-just-outside"),
        pytest.param(Filters(date_from=dt.date(2013, 1, 1)), ["a", "b", "c", "d", "f"], ["e"], id="from-2013"),
        pytest.param(Filters(sources=("SANA",)), ["a", "d"], ["e"], id="outlet"),
        pytest.param(Filters(types=("airstrike",)), ["a", "c"], ["e"], id="type"),
        pytest.param(Filters(actors=("coalition", "isis")), ["c", "d"], [], id="actors"),
        pytest.param(Filters(countries=("IQ",)), ["c", "d"], [], id="country"),
        pytest.param(Filters(admin1=("Idlib",)), ["a"], ["e"], id="governorate"),
        pytest.param(Filters(min_killed=10), ["c", "d"], [], id="min-killed-drops-unknown-toll"),
        pytest.param(Filters(text="سوريا"), ["a"], [], id="text-arabic-normalised"),
        pytest.param(Filters(text="ادلب"), ["a"], ["e"], id="text-hamza-folded"),
        pytest.param(Filters(include_coarse=False), ["a", "d"], ["e"], id="day-precise-only"),
        pytest.param(Filters(include_inferred=False), ["a", "b", "c"], ["e"], id="no-inferred"),
    ],
)
def test_apply(filters: Filters, dated: list[str], undated: list[str]) -> None:
    view, tray = apply(frame(), filters)
    assert ids(view) == dated
    assert ids(tray) == undated


def test_defaults_make_an_empty_query() -> None:
    assert Filters().to_query() == {}


def test_query_holds_only_what_differs() -> None:
    f = Filters(date_from=dt.date(2015, 1, 1), sources=("SANA", "Elaph"), min_killed=3, include_inferred=False)
    assert f.to_query() == {"date_from": "2015-01-01", "sources": ["SANA", "Elaph"], "min_killed": "3",
                            "include_inferred": "0"}


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(date_to=dt.date(2016, 12, 31), types=("airstrike",), text="منبج"),
        Filters(actors=("russia",), countries=("SY",), admin1=("Idlib", "Aleppo"), include_coarse=False),
    ],
    ids=["defaults", "dates-type-text", "lists-switch"],
)
def test_query_round_trip(filters: Filters) -> None:
    assert Filters.from_query(filters.to_query()) == filters


def test_single_string_list_parameter_is_one_value() -> None:
    assert Filters.from_query({"sources": "SANA"}).sources == ("SANA",)


@pytest.mark.parametrize(
    "params",
    [{"date_from": "2016-13-01"}, {"min_killed": "-3"}, {"min_killed": "many"}, {"include_coarse": "yes"}],
    ids=["bad-date", "negative", "not-a-number", "bad-switch"],
)
def test_bad_values_keep_defaults(params: dict[str, str]) -> None:
    assert Filters.from_query(params) == Filters()
