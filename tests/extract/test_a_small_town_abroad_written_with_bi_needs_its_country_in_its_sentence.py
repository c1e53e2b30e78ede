"""A small town far away (not a capital) whose name follows the preposition ب as a clitic (بكاري) is as likely a
surname or a word after ب: it is the town only when its sentence names its country, not when the country is named
elsewhere in the text. Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

import gazetteer
from tests.articles import article
from timeline.pipeline import extract_article

TEXT = ("قتل 11 شخصا أمس في هجوم انتحاري مزدوج في سوق بشمال الكاميرون، وأدانت الولايات المتحدة الهجوم. وفجرت "
        "فتاتان نفسيهما في السوق المركزي وحي مجاور، بحسب حاكم المنطقة مدجياوا بكاري.")


def test_a_surname_after_bi_is_no_town_of_a_country_named_in_another_sentence() -> None:
    assert [m.chosen.name for m in gazetteer.find_places(TEXT) if m.chosen] == ["Cameroon", "United States"]


def test_the_attack_retold_with_the_governor_s_name_stays_one_event_in_its_country() -> None:
    events = extract_article(article(TEXT, dt.date(2015, 7, 24)))
    assert [(e.event_type, e.date, e.place, e.country, e.killed) for e in events] == [
        ("bombing", "2015-07-23", "Cameroon", "CM", 11)]


def test_a_town_abroad_after_bi_with_its_country_in_its_sentence_is_the_town() -> None:
    text = "قتل شخصان في إطلاق نار بكاري في الولايات المتحدة"
    assert ("بكاري", "Cary", "US") in [(m.text, m.chosen.name, m.chosen.country)
                                        for m in gazetteer.find_places(text) if m.chosen]
