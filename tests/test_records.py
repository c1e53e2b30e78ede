"""The records' one JSON form round-trips, and the event contract holds."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from gazetteer.models import Place, PlaceMatch
from timeline.models import (
    DATE_BASES,
    DATE_PRECISIONS,
    EVENT_COLUMNS,
    EVENT_TYPES,
    Article,
    DateMention,
    Event,
    Incident,
    ReadError,
    a_day_or_night,
)

CONTRACT = (
    "article_id source event_type date date_precision date_text date_basis place_text place place_ar "
    "lat lon place_precision admin1 country actor killed injured evidence start end"
).split()

MANBIJ = Place(
    name="Manbij", name_ar="منبج", lat=36.5281, lon=37.9549, feature="city", precision="city",
    admin1="Aleppo", country="SY", population=100000, source="geonames", place_id="166365",
)

text = st.text(max_size=40)
maybe_text = st.none() | text
events = st.builds(
    Event,
    article_id=text, source=maybe_text, event_type=st.sampled_from(EVENT_TYPES),
    date=st.none() | st.dates().map(dt.date.isoformat), date_precision=st.none() | st.sampled_from(DATE_PRECISIONS),
    date_text=maybe_text, date_basis=st.none() | st.sampled_from(DATE_BASES), place_text=maybe_text,
    place=maybe_text, place_ar=maybe_text, lat=st.none() | st.floats(-90, 90), lon=st.none() | st.floats(-180, 180),
    place_precision=maybe_text, admin1=maybe_text, country=maybe_text, actor=maybe_text,
    killed=st.none() | st.integers(0, 10**6), injured=st.none() | st.integers(0, 10**6), evidence=text,
    start=st.integers(0, 10**6), end=st.integers(0, 10**6), cited_sources=st.tuples(text, text),
    actor_hedged=st.booleans(), place_radius_km=st.none() | st.floats(0, 500),
)


def roundtrip(record):
    return type(record).from_dict(json.loads(json.dumps(record.to_dict(), ensure_ascii=False)))


def test_event_fields_start_with_the_contract() -> None:
    assert list(EVENT_COLUMNS[: len(CONTRACT)]) == CONTRACT


@given(events)
def test_event_json_round_trip(event: Event) -> None:
    assert roundtrip(event) == event


def test_article_round_trip_keeps_dates_and_tuples() -> None:
    article = Article(
        article_id="a1", text="نص", path="x.txt", published=dt.date(2018, 2, 9), published_basis="metadata",
        cited_sources=("Sputnik", "RT"),
    )
    data = article.to_dict()
    assert data["published"] == "2018-02-09"
    assert data["cited_sources"] == ["Sputnik", "RT"]
    assert roundtrip(article) == article


def test_date_mention_round_trip_with_unresolved_value() -> None:
    mention = DateMention(start=3, end=9, text="أمس", value=None, end_value=None, precision="day",
                          kind="relative", needs_reference=True)
    assert mention.to_dict()["value"] is None
    assert roundtrip(mention) == mention


def test_incident_and_read_error_round_trip() -> None:
    incident = Incident(incident_id="i1", event_type="airstrike", date="2018-02-07", place="Deir ez-Zor",
                        lat=35.33, lon=40.14, event_ids=("a:1", "b:2"), article_ids=("a", "b"),
                        sources=("SANA", "Al-Watan"), n_sources=2)
    assert roundtrip(incident) == incident
    error = ReadError(path="corpus.jsonl", reason="malformed JSON", line=7)
    assert roundtrip(error) == error
    assert str(error) == "corpus.jsonl:7: malformed JSON"


def test_place_match_round_trip() -> None:
    match = PlaceMatch(start=10, end=15, text="بمنبج", candidates=(MANBIJ,), chosen=MANBIJ,
                       reason="only candidate", relation="north", radius_km=10.0, head="مدينة")
    assert PlaceMatch.from_dict(json.loads(json.dumps(match.to_dict()))) == match


def test_unknown_fields_are_refused_with_their_names() -> None:
    try:
        ReadError.from_dict({"path": "x", "reason": "y", "colour": "red"})
    except ValueError as exc:
        assert "colour" in str(exc)
    else:
        raise AssertionError("unknown field accepted")


def test_a_day_or_a_night_of_two_days_is_one_attacks_own_time() -> None:
    day = dt.date(2016, 5, 9)
    assert a_day_or_night("day", day, day)
    assert a_day_or_night("range", day, day + dt.timedelta(days=1))
    assert not a_day_or_night("range", day, day + dt.timedelta(days=2))
    assert not a_day_or_night("range", None, day)
    assert not a_day_or_night("week", day, day + dt.timedelta(days=1))
