"""A firing verb with its subject between it and its object, fire (or its plural) or bullets (فتح مسلحون النار على
حاجز، أطلق مسلحون النيران على حاجز، أطلق مسلحون الرصاص على حاجز) is a ground attack, as the joined phrase is
(فتحوا النار، ثم أطلق الرصاص عليه); not firing into the air or at oneself."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article, typed_events
from timeline.extract.triggers import find_triggers
from timeline.pipeline import extract_article


@pytest.mark.parametrize(
    "text",
    [
        "وفتح مسلحون النار على حاجز للشرطة في مدينة منبج يوم الخميس.",
        "وأطلق عناصر من التنظيم المتشدد النار على حاجز للشرطة في مدينة منبج يوم الخميس.",
        "وفتحوا النار على حاجز للشرطة في مدينة منبج يوم الخميس.",
        "وأطلق مسلحون الرصاص على حاجز للشرطة في مدينة منبج يوم الخميس.",
        "واقترب مسلح من الحاجز ثم أطلق الرصاص عليه في مدينة منبج يوم الخميس.",
        "وأطلق مسلحون النيران على حاجز للشرطة في مدينة منبج يوم الخميس.",
        "وأطلقوا النيران على حاجز للشرطة في مدينة منبج يوم الخميس.",
        "وفتحت القوات نيران رشاشاتها على حاجز للشرطة في مدينة منبج يوم الخميس.",
    ],
    ids=["one-word-subject", "long-subject", "joined", "bullets", "bullets-joined", "fire-plural",
         "fire-plural-joined", "the-weapons-fire"],
)
def test_firing_on_a_target_is_a_ground_attack(text: str) -> None:
    assert typed_events(text) == [("ground_attack", "2016-08-11", "Manbij")]


@pytest.mark.parametrize(
    "text",
    [
        "وأطلقت الشرطة النار في الهواء لتفريق المتظاهرين في مدينة منبج يوم الخميس.",
        "وأطلق رجل النار على نفسه، أمام مبنى البلدية في مدينة منبج يوم الخميس.",
        "وأطلقت النار في الهواء لتفريق المتظاهرين في مدينة منبج يوم الخميس.",
        "وأطلق الجيش سراح الموقوفين. وتواصل النار في مدينة منبج يوم الخميس.",
        "وأطلق مسلحون الرصاص في الهواء ابتهاجا في مدينة منبج يوم الخميس.",
        "وأطلقوا الرصاص في الهواء ابتهاجا في مدينة منبج يوم الخميس.",
        "وأطلق مسلحون النيران في الهواء ابتهاجا في مدينة منبج يوم الخميس.",
        "وأطلقت الشرطة النيران في الهواء لتفريق المتظاهرين في مدينة منبج يوم الخميس.",
    ],
    ids=["into-the-air", "at-oneself", "joined-into-the-air", "not-across-sentences", "bullets-into-the-air",
         "bullets-joined-into-the-air", "fire-plural-into-the-air", "fire-plural-joined-into-the-air"],
)
def test_firing_at_no_target_is_no_attack(text: str) -> None:
    assert typed_events(text) == []


def test_the_verb_alone_is_the_trigger() -> None:
    folded = normalize("وفتح عناصر من التنظيم النار على الحاجز")
    assert [folded[t.start : t.end] for t in find_triggers(folded)] == [normalize("وفتح")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("أعلن الجيش التركي مقتل ثلاثة جنود أمس حين فتح مسلحون النار على قافلة عسكرية في مدينة منبج.", "2016-08-11"),
        ("أعلن الجيش التركي أمس مقتل ثلاثة جنود حين فتح مسلحون النار على قافلة عسكرية في مدينة منبج.", "2016-08-11"),
    ],
    ids=["day-after-the-death", "day-of-the-announcement"],
)
def test_the_subject_between_is_the_actor_and_the_death_keeps_its_day(text: str, date: str | None) -> None:
    assert [(e.event_type, e.date, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))] == [("ground_attack", date, None, 3)]
