"""An attack and the reply to it told in one sentence, the reply after a comma opening with a reply verb (…،
ورد الطيران الحربي بقصف مواقع التنظيم، فردت القوات بقصف): two attacks. The reply has its own side, type and
place; without a day of its own it takes the first attack's (basis ``lead``), never its toll nor its place, also
when it names what it answers (وردت القوات على الهجوم بقصف). The
reply's attack may be told by a verbal noun (بمهاجمة أهداف), a trigger after a reply verb only (not وهدد الجيش
بمهاجمة: a threat)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

ATTACK = "قتل ثلاثة جنود أتراك أمس في هجوم شنه مسلحو داعش على مخفر حدودي قرب مدينة كلس"
FIRST = ("ground_attack", "2015-07-23", "publication", "Kilis", "ISIS", 3)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2015, 7, 24)))]


@pytest.mark.parametrize(
    ("reply", "answer"),
    [
        ("، ورد الطيران الحربي التركي بقصف مواقع للتنظيم في بلدة تل أبيض.",
         ("airstrike", "2015-07-23", "lead", "Tell Abyad", "Turkey", None)),
        ("، ورد الطيران الحربي التركي بمهاجمة أهداف للتنظيم في بلدة تل أبيض.",
         ("airstrike", "2015-07-23", "lead", "Tell Abyad", "Turkey", None)),
        ("، فردت المدفعية التركية بقصف مواقع التنظيم في مدينة جرابلس.",
         ("shelling", "2015-07-23", "lead", "Jarābulus", "Turkey", None)),
        ("، وردت القوات التركية بمهاجمة مواقع التنظيم في مدينة جرابلس.",
         ("shelling", "2015-07-23", "lead", "Jarābulus", "Turkey", None)),
        ("، وردت المدفعية التركية على الهجوم بقصف مواقع التنظيم في مدينة جرابلس ما أسفر عن مقتل 10 مسلحين.",
         ("shelling", "2015-07-23", "lead", "Jarābulus", "Turkey", 10)),
    ],
    ids=["aircraft-and-strike-noun", "aircraft-and-verbal-noun", "artillery-after-fa", "verbal-noun-alone",
         "the-attack-answered-named"],
)
def test_the_reply_is_an_attack_of_its_own(reply: str, answer: tuple) -> None:
    assert _events(ATTACK + reply) == [FIRST, answer]


def test_the_reply_takes_no_place_of_the_attack_answered() -> None:
    assert _events(ATTACK + "، ورد الطيران الحربي التركي بقصف مواقع للتنظيم.") == [
        FIRST, ("airstrike", "2015-07-23", "lead", None, "Turkey", None)]


def test_the_reply_side_is_no_target_of_the_words_before_the_comma() -> None:
    text = "قتل جندي تركي أمس في هجوم لداعش على الحدود مع سوريا، ورد الطيران الحربي التركي بقصف أهداف للتنظيم."
    assert _events(text) == [("ground_attack", "2015-07-23", "publication", None, "ISIS", 1),
                             ("airstrike", "2015-07-23", "lead", None, "Turkey", None)]


@pytest.mark.parametrize(
    "after",
    ["، ورد المتحدث باسم الجيش على أسئلة الصحفيين.", "، وهدد الجيش التركي بمهاجمة مواقع التنظيم."],
    ids=["words-only", "verbal-noun-of-a-threat"],
)
def test_no_reply_attack(after: str) -> None:
    assert _events(ATTACK + after) == [FIRST]
