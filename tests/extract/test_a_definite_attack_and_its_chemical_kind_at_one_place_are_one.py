"""A definite generic attack (الهجوم المزعوم الذي وقع يوم السبت) at a town and, in another sentence without a date
expression, a kind named as another there (استخدمت غازات سامة في هجوم كيماوي على البلدة) are one attack: the chemical
attack told twice, typed by its kind. Sides offered in a list of alternatives (روسيا أو سوريا أو إيران) name none."""

from __future__ import annotations

import datetime as dt

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.actors import alternatives_of, find_actors
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2018, 4, 11)))]


def test_a_definite_attack_and_its_chemical_kind_at_one_town_are_one_attack() -> None:
    text = ("ومنذ الإعلان عن الهجوم المزعوم على مدينة دوما، الذي وقع يوم السبت، تجري الدول الغربية مشاورات.\n"
            "وقال ناشطون إن القوات السورية استخدمت غازات سامة في هجوم كيماوي على دوما.")
    assert _events(text) == [("other", "2018-04-07", "Dūmā", "Syrian army")]


def test_sides_in_a_list_of_alternatives_are_offered_together() -> None:
    folded = normalize("لم يعرف إن كانت روسيا أو سوريا أو إيران خلف الهجوم")
    hits = find_actors(folded)
    iran = next(a for a in hits if a.name == "Iran")
    assert [a.name for a in alternatives_of(folded, iran, hits)] == ["Russia"]
