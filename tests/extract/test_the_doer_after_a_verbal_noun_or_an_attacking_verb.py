"""A verbal noun right before an actor phrase governs it: cues further before tell of the verbal noun (مع
استهداف الطيران الحربي), and its object right after the phrase makes the phrase its doer (استهداف قوات
الأسد قرية س، قصف قوات النظام لمدينة س), after a verbal noun of striking any word with ل but a span of time
(استهداف الحوثيين لناقلات نفط، not قصف قوات النظام لساعات), and after قصف على (قصف قوات النظام على بلدة س, not
استهداف قوات النظام على طريق: targeted on a road). People right after a verb of attacking are its
subject (فتح عناصر من حزب العمال النار), and so are people after an attack noun with ل (هجوم لعناصر الحزب); a
blaming verb with its subject before إلى names who the attack is blamed on (نسبته السلطات إلى); helicopters name
their side through an adjective (الطيران المروحي النظامي)."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.actors import find_actors
from timeline.pipeline import extract_article


def _sides(text: str) -> list[tuple[str, bool]]:
    return [(a.name, a.target) for a in find_actors(normalize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("جاء ذلك بالتزامن مع استهداف الطيران الحربي النظامي لقرى سهل الغاب", [("Syrian army", False)]),
        ("سقط قتيلان جراء استهداف قوات الأسد قرية المكرمية بقذائف الهاون", [("Syrian army", False)]),
        ("قتل مدنيان في قصف قوات النظام لمدينة درعا", [("Syrian army", False)]),
        ("وتصاعد التهديد مع استهداف الحوثيين لناقلات نفط في البحر الأحمر", [("Houthis", False)]),
        ("أصيب ثلاثة في قصف قوات النظام لمنزلهم في البلدة", [("Syrian army", False)]),
        ("قتل جندي حين فتح عناصر من حزب العمال الكردستاني النار على دورية", [("PKK", False)]),
        ("وألقى الطيران المروحي النظامي براميل متفجرة على البلدة", [("Syrian army", False)]),
        ("قتل جندي في هجوم لعناصر حزب العمال الكردستاني على مخفر", [("PKK", False)]),
        ("قتل شرطيان في هجوم نسبته السلطات إلى التمرد الكردي", [("PKK", False)]),
        ("قتل مدنيان في قصف قوات النظام على حي في مدينة حمص", [("Syrian army", False)]),
    ],
    ids=["air-force-after-a-verbal-noun", "forces-with-an-object", "forces-with-lam-object", "strike-with-lam-object",
         "strike-with-lam-possessed-object",
         "members-after-an-attacking-verb", "helicopters", "attack-by-members", "blamed-by-the-authorities",
         "shelling-on-an-object"],
)
def test_the_doer(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _sides(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "أسفر استهداف قوات النظام في البلدة عن مقتل ثلاثة عناصر",
        "قتل عشرة من عناصر حزب العمال الكردستاني في غارة",
        "قتل خمسة من عناصر قوات النظام في كمين قرب البلدة",
        "تواصل قصف قوات النظام لساعات في البلدة",
        "ونفى الجيش قصف قوات النظام لكن المرصد أكد ذلك",
        "وقال إن محاربة قوات النظام لسنوات أنهكت البلدة",
        "قتل خمسة جنود في استهداف قوات النظام على طريق حمص",
    ],
    ids=["verbal-noun-without-object", "members-killed", "members-of-forces-killed", "struck-for-hours",
         "a-but-after-the-side", "fought-for-years", "targeted-on-a-road"],
)
def test_still_a_target(text: str) -> None:
    assert [target for _, target in _sides(text)] == [True]


def test_an_attack_by_the_members_of_a_side_is_theirs() -> None:
    text = "قتل ثلاثة جنود أمس حين فتح عناصر من حزب العمال الكردستاني النار على قافلة عسكرية في محافظة شرناق."
    events = extract_article(article(text, dt.date(2015, 7, 31)))
    assert [(e.event_type, e.date, e.place, e.actor, e.killed) for e in events] == [
        ("ground_attack", "2015-07-30", "Şırnak Province", "PKK", 3)
    ]


def test_a_strike_by_the_side_between_a_verbal_noun_and_its_object_with_lam_is_an_attack() -> None:
    """استهداف الحوثيين لناقلة: the Houthis targeted the tanker, an attack told with its side and day."""
    text = "وجاء ذلك بعد استهداف الحوثيين لناقلة نفط في ميناء جازان أمس."
    events = extract_article(article(text, dt.date(2018, 8, 2)))
    assert [(e.event_type, e.date, e.place, e.actor) for e in events] == [
        ("shelling", "2018-08-01", "Jizan", "Houthis")
    ]


def test_shelling_by_the_side_between_the_verbal_noun_and_على_is_its_attack() -> None:
    """قصف قوات النظام على بلدة: the forces shelled the town, an attack told with its side and day."""
    text = "قتل خمسة مدنيين أمس في قصف قوات النظام على مدينة دوما."
    events = extract_article(article(text, dt.date(2016, 8, 12)))
    assert [(e.event_type, e.date, e.place, e.actor, e.killed) for e in events] == [
        ("shelling", "2016-08-11", "Dūmā", "Syrian army", 5)
    ]
