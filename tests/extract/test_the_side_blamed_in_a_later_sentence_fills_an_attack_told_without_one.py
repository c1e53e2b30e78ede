"""A side a later sentence blames for an attack, or has claim or do it (يقف وراء الاعتداء، اعتداء قام به داعش، التفجير
نفذه التنظيم, `ActorHit.responsible`), fills the actor of the event told without one when the attack noun nearest it
names that event again, by a definite noun of its kind or a word saying only "an attack", and the article tells only
that one event of the kind (its one event that is no statement, for such a word). A denial, a question, two sides
offered as alternatives, or two events the noun may name fill nothing (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2015, 7, 21)
BOMBING = "قتل 30 شخصا يوم الاثنين في تفجير انتحاري استهدف مركزا ثقافيا في بلدة سروج التركية. "
TOLD = ("bombing", "2015-07-20", "Suruç")
SAID_NEXT_DAY = "وقال رئيس الوزراء الثلاثاء إن تنظيم داعش يقف وراء التفجير."


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "blame",
    [
        "وقال رئيس الوزراء إن تنظيم داعش يقف وراء الاعتداء.",
        "وقالت الوزارة إنه اعتداء انتحاري قام به تنظيم داعش.",
        "وأكدت الشرطة أن التفجير نفذه تنظيم داعش.",
        "ودعا الرئيس إلى الوحدة الوطنية. وقال رئيس الوزراء إن تنظيم داعش يقف وراء التفجير.",
        SAID_NEXT_DAY,
        "وأعلن تنظيم داعش مسؤوليته عن الهجوم.",
    ],
    ids=["behind-the-assault", "an-assault-it-carried-out", "the-bombing-it-carried-out", "two-sentences-later",
         "said-the-next-day", "its-responsibility-for-the-attack"],
)
def test_the_side_blamed_later_is_the_actor_of_the_one_attack_told(blame: str) -> None:
    assert _events(BOMBING + blame) == [(*TOLD, "ISIS")]


@pytest.mark.parametrize(
    "blame",
    [
        "ونفى تنظيم داعش أنه يقف وراء الاعتداء.",
        "هل تنظيم داعش يقف وراء الاعتداء؟",
        "ولم يتضح إن كان التفجير نفذه تنظيم داعش أو حزب العمال الكردستاني.",
        "ونفى تنظيم داعش مسؤوليته عن الهجوم.",
    ],
    ids=["denied", "asked", "alternatives", "its-responsibility-denied"],
)
def test_a_denial_a_question_or_alternatives_blame_no_side(blame: str) -> None:
    assert _events(BOMBING + blame) == [(*TOLD, None)]


def test_a_blame_naming_one_of_two_attacks_of_the_kind_fills_neither() -> None:
    text = BOMBING + "وقتل 5 جنود أمس في تفجير سيارة مفخخة في مدينة ديار بكر. " + SAID_NEXT_DAY
    assert _events(text) == [(*TOLD, None), ("bombing", "2015-07-20", "Diyarbakır", None)]


def test_the_side_blamed_for_the_one_attack_told_is_its_actor_hedged() -> None:
    text = BOMBING + "ودعا الرئيس إلى الوحدة الوطنية. وقالت الشرطة إن التفجير نسب إلى تنظيم داعش."
    assert [(e.actor, e.actor_hedged) for e in extract_article(article(text, PUBLISHED))] == [("ISIS", True)]



def test_a_blame_for_an_attack_beside_another_kind_of_attack_fills_neither() -> None:
    text = ("قتل 14 شخصا في غارة استهدفت الاثنين قاعدة تياس الجوية في حمص. وتعرضت مدينة دوما لهجوم كيميائي يوم السبت. "
            "ووجهت عدة جهات الاتهامات للحكومة السورية بالمسؤولية عن الهجوم.")
    assert _events(text) == [("airstrike", "2015-07-20", "Homs", None), ("other", "2015-07-18", "Dūmā", None)]
