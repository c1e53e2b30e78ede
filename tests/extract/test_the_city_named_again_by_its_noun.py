"""A settlement told again by its definite noun after a word of where (في المدينة، إلى الشرق من المدينة)
places an attack that names no place of its own at the village, town or city named just before, in its
sentence or the one before; not when a wider place stands between (بريف درعا ... في البلدة: a
settlement the gazetteer lacks); further back, only when neither sentence names a place before the noun, at the one
settlement the report named (and none the gazetteer lacks). A known settlement told right before the area
holding it (بلدة اللطامنة بريف حماة) is the one a noun after the trigger names in that sentence; before the
trigger, or in the sentence before, it is not."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple[str | None, int | None]]:
    return [(e.place, e.killed) for e in extract_article(article(text, dt.date(2015, 8, 11)))]


def test_a_second_blast_east_of_the_city() -> None:
    text = ("انفجرت سيارة مفخخة أمس في سوق بمدينة بعقوبة. "
            "وفي انفجار آخر إلى الشرق من المدينة قتل سبعة أشخاص وأصيب 25 آخرون.")
    assert _places(text) == [("Baqubah", None), ("Baqubah", 7)]


def test_a_hospital_in_the_town_just_named() -> None:
    text = ("اقتربت القوات التركية أمس من مدينة عفرين. "
            "وقتل 16 شخصا على الأقل في غارة جوية استهدفت المستشفى الرئيسي في المدينة أمس.")
    assert _places(text) == [("‘Afrīn", 16)]


def test_a_wider_place_between_locates_no_settlement() -> None:
    text = ("قتل 11 شخصا أمس في غارات على بلدة أم القناديل في ريف درعا الشرقي، "
            "وقتل ثلاثة آخرون في قصف مدفعي على مناطق في البلدة.")
    assert {p for p, _ in _places(text)} == {"Rural Daraa"}


def test_the_only_city_named_two_sentences_before_is_the_one_meant() -> None:
    text = ("زار الوزير مدينة بعقوبة أمس. وتحدث عن الوضع الأمني. "
            "وقتل خمسة أشخاص في انفجار عبوة ناسفة في المدينة أمس.")
    assert _places(text) == [("Baqubah", 5)]


def test_a_town_told_with_its_area_is_the_one_a_second_attack_names_after_it() -> None:
    text = ("ألقى الطيران المروحي برميلين متفجرين أمس على مناطق في بلدة اللطامنة بريف حماة الشمالي، "
            "عقبه قصف من قبل قوات النظام على أماكن في البلدة.")
    assert _places(text) == [("Al-Lataminah", None), ("Al-Lataminah", None)]


def test_a_town_told_with_its_area_in_the_sentence_before_is_not_the_one_meant() -> None:
    text = ("وصل الوزير أمس إلى مدينة الزبداني بريف دمشق. "
            "وقتل خمسة أشخاص في قصف على مواقع في المدينة أمس.")
    assert _places(text) == [(None, 5)]
