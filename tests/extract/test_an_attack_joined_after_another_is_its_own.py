"""A clause opened by a word that joins another attack to the one its sentence told before it (بينما،
فيما، كما، عقبه، سبقه) tells its own attack when its trigger is indefinite, at the same place or another:
it never merges with the attack before it; one told as having come before (سبقه) takes none of its day. "Also"
first after a comma (، أيضاً، كذلك) opens such a clause too. A definite trigger there (الغارة) names that attack
again, but a verb written as a trigger noun (كما قصف الطيران، كذلك قصف الطيران) tells a new one."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 17 مدنيا يوم 10 آب 2016 في غارات على ريف درعا الشرقي، بينما قتل سبعة آخرون جراء غارات على "
         "مدينة نوى.",
         [("airstrike", "2016-08-10", "Rural Daraa", 17), ("airstrike", "2016-08-10", "Nawa", 7)]),
        ("هز تفجيران انتحاريان يوم 10 آب 2016 نقطة تفتيش في منطقة الشعب في بغداد، فيما انفجرت سيارة مفخخة "
         "في سوق شعبية.",
         [("bombing", "2016-08-10", "Al-Shaab (Baghdad)", None),
          ("bombing", "2016-08-10", "Al-Shaab (Baghdad)", None)]),
    ],
    ids=["while-others-died-in-a-town-of-the-area", "whereas-a-car-bomb-in-the-same-city"],
)
def test_a_joined_attack_stays_apart(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل خمسة مدنيين أمس في غارات على مدينة بنش بريف إدلب، أيضاً دارت اشتباكات بين قوات النظام وفصائل "
         "المعارضة في بلدة تفتناز.",
         [("airstrike", "2016-08-11", "Binnish", 5), ("ground_attack", "2016-08-11", "Taftanāz", None)]),
        ("قتل خمسة مدنيين أمس في غارات على مدينة بنش بريف إدلب، أيضا استهدفت قوات النظام بلدة تفتناز بقذائف "
         "المدفعية.",
         [("airstrike", "2016-08-11", "Binnish", 5), ("shelling", "2016-08-11", "Taftanāz", None)]),
    ],
    ids=["also-with-its-tanwin-first-after-a-comma", "also-first-after-a-comma"],
)
def test_an_attack_told_also_after_a_comma_is_its_own(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل خمسة مدنيين أمس في غارات على مدينة بنش بريف إدلب، كذلك قصف الطيران الحربي مناطق في بلدة تفتناز.",
         [("airstrike", "2016-08-11", "Binnish", 5), ("airstrike", "2016-08-11", "Taftanāz", None)]),
        ("نفذ الطيران الحربي غارات على مدينة بنش بريف إدلب، كذلك قصف الطيران الحربي مناطق في بلدة تفتناز.",
         [("airstrike", None, "Binnish", None), ("airstrike", None, "Taftanāz", None)]),
        ("نفذ الطيران الحربي غارات على مدينة بنش بريف إدلب، كما قصف الطيران الحربي مناطق في بلدة تفتناز.",
         [("airstrike", None, "Binnish", None), ("airstrike", None, "Taftanāz", None)]),
    ],
    ids=["likewise-after-a-dated-toll", "likewise-the-air-force-bombed", "also-the-air-force-bombed"],
)
def test_a_verb_written_as_a_noun_after_the_joining_word_tells_its_own_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_construct_noun_of_the_same_kind_in_the_next_sentence_names_the_attack_again() -> None:
    text = "نفذ الطيران الحربي غارات على مدينة بنش بريف إدلب أمس. وأدى قصف الطيران الحربي إلى دمار في المدينة."
    assert _events(text) == [("airstrike", "2016-08-11", "Binnish", None)]


def test_the_side_that_disabled_a_vehicle_after_likewise_is_its_actor() -> None:
    text = ("قصفت قوات النظام بلدة تفتناز بريف إدلب، كذلك أعطبت فصائل المعارضة آلية لقوات النظام بصاروخ موجه في "
            "مدينة بنش.")
    events = extract_article(article(text, dt.date(2016, 8, 12)))
    assert [(e.event_type, e.place, e.actor) for e in events] == [
        ("shelling", "Taftanāz", "Syrian army"), ("shelling", "Binnish", "Syrian opposition")]


def test_an_attack_told_as_come_before_is_its_own_undated() -> None:
    text = ("ألقى الطيران المروحي براميل متفجرة يوم 10 آب 2016 على مناطق في قرية أم ولد بريف درعا، سبقه قصف من قبل "
            "قوات النظام على مناطق في بلدة الكرك الشرقي.")
    assert _events(text) == [("airstrike", "2016-08-10", "Umm Walad", None),
                             ("shelling", None, "Al-Karak al-Sharqi", None)]


def test_a_definite_trigger_after_the_joining_word_names_the_same_attack() -> None:
    text = "قتل خمسة مدنيين في غارة على مدينة نوى يوم 10 آب 2016، فيما استهدفت الغارة منزلين في المدينة."
    assert _events(text) == [("airstrike", "2016-08-10", "Nawa", 5)]
