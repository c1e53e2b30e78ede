"""Two labellers' events of one article are paired by their sentences, and agree field by field."""

from __future__ import annotations

from bench.label_agreement import pairs, same_date, same_place


def _event(n: int, kind: str, evidence: list[int], **fields) -> dict:
    base = {"n": n, "type": kind, "evidence": evidence, "mentions": [], "background": False, "date": None,
            "date_end": None, "date_alternatives": [], "lat": None, "lon": None, "radius_km": None,
            "country": None, "actor": None, "actor_alternatives": []}
    return base | fields


def test_events_pair_by_shared_sentences_the_same_type_first():
    first = [_event(1, "airstrike", [0, 100]), _event(2, "shelling", [0, 100]), _event(3, "bombing", [300, 400])]
    second = [_event(1, "shelling", [50, 150]), _event(2, "airstrike", [0, 100], mentions=[[500, 560]])]
    assert [(a["n"], b["n"]) for a, b in pairs(first, second)] == [(1, 2), (2, 1)]


def test_a_date_agrees_when_it_is_one_of_the_other_s_accepted_readings():
    told = _event(1, "airstrike", [0, 9], date="2015-07-24", date_alternatives=[None])
    assert same_date(told, _event(2, "airstrike", [0, 9]))  # no date is an accepted reading
    assert same_date(told, _event(2, "airstrike", [0, 9], date="2015-07-24"))
    assert not same_date(told, _event(2, "airstrike", [0, 9], date="2015-07-23"))


def test_places_agree_within_ten_kilometres_or_the_wider_radius():
    aleppo = _event(1, "airstrike", [0, 9], lat=36.2021, lon=37.1343, country="SY")
    assert same_place(aleppo, _event(2, "airstrike", [0, 9], lat=36.25, lon=37.18, country="SY"))
    far = _event(2, "airstrike", [0, 9], lat=36.5, lon=37.5, country="SY")
    assert not same_place(aleppo, far)
    assert same_place(aleppo, far | {"radius_km": 60})
    assert not same_place(aleppo, _event(2, "airstrike", [0, 9], country="SY"))
