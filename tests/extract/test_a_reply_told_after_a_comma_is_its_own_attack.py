"""An attack and the reply to it told in one sentence, the reply after a comma opening with a reply verb (…،
ورد الطيران الحربي بقصف مواقع التنظيم، فردت القوات بقصف): two attacks. The reply has its own side, type and
place; without a day of its own it takes the first attack's (basis ``lead``), never its toll nor its place, also
when it names what it answers (وردت القوات على الهجوم بقصف). The
reply's attack may be told by a verbal noun (بمهاجمة أهداف), a trigger after a reply verb only (not وهدد الجيش
بمهاجمة: a threat). A reply written passively or by the noun of replying (وتم الرد عليه بغارات، وجاء الرد بقصف) is
one too: the attack before it keeps its type, side and toll, the reply has its own type and no side but one written
with it."""

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


@pytest.mark.parametrize(
    ("reply", "answer"),
    [
        ("، وتم الرد عليه بغارات جوية على مواقع التنظيم في بلدة تل أبيض.",
         ("airstrike", "2015-07-23", "lead", "Tell Abyad", None, None)),
        (". وتم الرد عليه بغارات جوية على مواقع التنظيم في بلدة تل أبيض.",
         ("airstrike", "2015-07-23", "lead", "Tell Abyad", None, None)),
        ("، فجاء الرد بغارات للطيران التركي على مواقع التنظيم في بلدة تل أبيض.",
         ("airstrike", "2015-07-23", "lead", "Tell Abyad", "Turkey", None)),
        ("، وكان الرد بقصف مدفعي تركي على مواقع التنظيم في مدينة جرابلس.",
         ("shelling", "2015-07-23", "lead", "Jarābulus", "Turkey", None)),
        ("، وتم الرد على الهجوم بقصف مدفعي على مواقع التنظيم في مدينة جرابلس ما أسفر عن مقتل 10 مسلحين.",
         ("shelling", "2015-07-23", "lead", "Jarābulus", None, 10)),
    ],
    ids=["passive-after-a-comma", "passive-sentence", "noun-of-replying-with-its-side", "was-the-reply",
         "passive-naming-the-attack-answered"],
)
def test_a_reply_written_passively_or_by_its_noun_is_an_attack_of_its_own(reply: str, answer: tuple) -> None:
    assert _events(ATTACK + reply) == [FIRST, answer]


@pytest.mark.parametrize(
    "after", ["، وتم الرد على أسئلة الصحفيين.", "، وكان الرد بالنفي."], ids=["answered-questions", "a-denial"])
def test_no_reply_attack_after_a_passive_opener(after: str) -> None:
    assert _events(ATTACK + after) == [FIRST]
