"""A depot that blew up (انفجار مستودع أسلحة) tells no attack: nothing says what set it off, nor does the cause of a
blast (سبب الانفجار), nor blasts told again as happening in depots (الانفجارات وقعت في مستودعات). An explosion in a
depot (انفجار في مستودع), which a bomb set there may be, is still a bombing, a strike told as setting a depot off is
still the strike, and a car bomb beside a depot is still a bombing."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2018, 8, 12)))]


def test_a_depot_that_blew_up_is_no_attack() -> None:
    assert _events("قتل خمسة أشخاص أمس في انفجار مستودع أسلحة في بلدة سرمدا.") == []


def test_the_cause_of_a_blast_is_no_blast_of_its_own() -> None:
    assert _events("قتل خمسة أمس في انفجار مستودع أسلحة في بلدة سرمدا، ولم يتسن تحديد سبب الانفجار.") == []


def test_an_explosion_in_a_depot_is_still_a_bombing() -> None:
    assert _events("قتل خمسة أمس في انفجار في مستودع للذخيرة في بلدة سرمدا.") == [
        ("bombing", "2018-08-11", "Sarmada", 5)]


def test_a_strike_that_set_a_depot_off_is_the_strike() -> None:
    assert _events("قتل خمسة أمس في غارة أدت إلى انفجار مستودع أسلحة في بلدة سرمدا.") == [
        ("airstrike", "2018-08-11", "Sarmada", 5)]


def test_a_car_bomb_beside_a_depot_is_still_a_bombing() -> None:
    assert _events("قتل خمسة أمس في انفجار سيارة مفخخة قرب مستودع في بلدة سرمدا.") == [
        ("bombing", "2018-08-11", "Sarmada", 5)]


def test_a_depots_blast_told_again_is_no_attack() -> None:
    text = ("قتل خمسة أشخاص أمس في انفجار مستودع أسلحة في بلدة سرمدا. وقال مدير المرصد \"وقع الانفجار في مستودع "
            "أسلحة وذخيرة في أحد المباني السكنية في بلدة سرمدا\".")
    assert _events(text) == []


def test_blasts_told_as_happening_in_depots_are_no_attack() -> None:
    text = "وقال المرصد إن الانفجارات وقعت \"في مستودعات أسلحة للجيش\" قرب مدينة حماة يوم الجمعة."
    assert _events(text) == []
