"""A settlement head (قرية، بلدة) with a name the gazetteer lacks names the place only in the sentence of
the area after it, and only as a whole word: a head at the end of the sentence before is another place,
the tail of a longer word (حي of مسلحي) no head, and the event keeps the toponym of its own sentence."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_precision, e.place_text) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_a_village_head_ending_the_sentence_before_stays_out_of_the_place_text() -> None:
    text = ("قتل خمسة أشخاص في هجوم مسلح على منزل في قرية شمالي البلاد.\n"
            "وأكد نائب محافظ صلاح الدين أن الهجوم وقع السبت.")
    assert _places(text) == [("Saladin", "governorate", "صلاح الدين")]


def test_a_village_head_of_the_same_sentence_still_reaches_its_area() -> None:
    text = "قصفت الطائرات قرية الزعفرانة بريف حلب الجنوبي أمس."
    assert _places(text) == [("Rural Aleppo", "region", "قرية الزعفرانة بريف حلب")]


def test_the_tail_of_a_word_is_no_settlement_head() -> None:
    text = "قتل وأصيب عدد من مسلحي التنظيم، في هجوم فاشل لعناصر التنظيم المسلح شمال العاصمة بغداد، أمس."
    assert [place_text for _, _, place_text in _places(text)] == ["بغداد"]
