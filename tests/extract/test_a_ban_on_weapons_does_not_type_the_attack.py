"""A weapon named after a word of banning, in a body's or a treaty's name (منظمة حظر الأسلحة الكيميائية), is the
weapon banned, not the means of the attack told beside it: a team shot at stays a shooting; a chemical weapon
told as the means (قصفت البلدة بغاز السارين) still makes a chemical attack, and so does the body's name beside a
generic attack word (أرسلت المنظمة بعثة بعد أسبوع من الهجوم): the chemical attack it looks into."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت منظمة حظر الأسلحة الكيميائية الخميس تأجيل زيارة مفتشيها بعد تعرض فريق أمني تابع للأمم المتحدة "
        "لإطلاق نار في مدينة دوما الثلاثاء.",
        "وقالت منظمة حظر الأسلحة الكيماوية إن فريقا تابعا لها تعرض لإطلاق نار في مدينة دوما يوم 9 آب 2016.",
    ],
    ids=["inspectors-put-off", "team-shot-at"],
)
def test_the_banned_weapon_does_not_type_a_shooting(text: str) -> None:
    assert _events(text) == [("ground_attack", "2016-08-09", "Dūmā", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قالت منظمة حظر الأسلحة الكيميائية إن طائرات النظام قصفت بلدة اللطامنة بغاز السارين يوم 30 آذار 2016.",
         ("other", "2016-03-30", "Al-Lataminah", "Syrian army")),
        ("أعلنت منظمة حظر الأسلحة الكيميائية الخميس تأجيل زيارة مفتشيها بعد تعرض فريق أمني تابع للأمم المتحدة "
         "لهجوم بالغاز في مدينة دوما الثلاثاء.", ("other", "2016-08-09", "Dūmā", None)),
        ("أرسلت منظمة حظر الأسلحة الكيماوية بعثة إلى مدينة دوما بعد نحو أسبوع من الهجوم الذي وقع يوم 2 آب 2016.",
         ("other", "2016-08-02", "Dūmā", None)),
    ],
    ids=["sarin-dropped", "gas-attack", "attack-looked-into"],
)
def test_a_chemical_means_or_a_generic_attack_word_stays_a_chemical_attack(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]
