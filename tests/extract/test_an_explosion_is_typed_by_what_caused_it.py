"""An explosion (انفجار) told as caused by a strike or a projectile in its clause takes that kind: a rocket or
a shell makes shelling, aircraft or the missiles they fire an airstrike; an explosion alone, or of a bomb
named beside it (عبوة ناسفة، سيارة مفخخة), stays a bombing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


def _types(text: str) -> list[tuple]:
    return typed_events(text, dt.date(2015, 8, 9))


@pytest.mark.parametrize("text, kind", [
    ("وقال مصدر إن الانفجار ناتج عن إصابة البناء بصاروخ غراد في مدينة اللاذقية أمس.", "shelling"),
    ("قتل ثلاثة أشخاص أمس في انفجار ناجم عن صواريخ أطلقتها طائرات حربية على مدينة اللاذقية.", "airstrike"),
    ("وقع انفجار أمس في مدينة اللاذقية بسبب قذيفة هاون سقطت على سوق شعبي.", "shelling"),
], ids=["grad-rocket", "missiles-from-aircraft", "mortar-shell"])
def test_an_explosion_caused_by_a_projectile_takes_its_kind(text: str, kind: str) -> None:
    assert _types(text) == [(kind, "2015-08-08", "Latakia")]


@pytest.mark.parametrize("text", [
    "قتل ثلاثة أشخاص أمس في انفجار في مدينة اللاذقية.",
    "قتل ثلاثة أشخاص أمس في انفجار عبوة ناسفة في مدينة اللاذقية بعد سقوط صاروخ.",
], ids=["explosion-alone", "bomb-named"])
def test_an_explosion_alone_or_of_a_bomb_stays_a_bombing(text: str) -> None:
    assert _types(text) == [("bombing", "2015-08-08", "Latakia")]
