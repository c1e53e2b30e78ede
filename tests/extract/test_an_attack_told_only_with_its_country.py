"""A new attack told with a toll and only its country, without a date expression, is an event anchored at
the country that waits undated; not when the country is where the attack happened across, beside or
outside of, nor when a definite trigger names an attack told elsewhere. One generic attack word (هجوم) is such
an attack, its kind a ground attack; in the plural or the dual it may sum up attacks told elsewhere or a
campaign. Energies unleashed are no bombing."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.triggers import find_triggers
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.place_precision, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل سبعة جنود في كمين نصبه مسلحون في اليمن.", [("ground_attack", None, "Yemen", "country", 7)]),
        ("وأسفر تفجير انتحاري عن مقتل 12 شخصا في العراق.", [("bombing", None, "Iraq", "country", 12)]),
        ("وقتل خمسة أشخاص في تفجير انتحاري في العراق، وفق ما أعلنت الشرطة.",
         [("bombing", None, "Iraq", "country", 5)]),
        ("وفرضت الحكومة حظر التجول في الأردن إثر هجوم دام قتل فيه عشرون جنديا.",
         [("ground_attack", None, "Jordan", "country", 20)]),
        ("وقتل ستة شرطيين في هجوم شنه مسلحون في لبنان.", [("ground_attack", None, "Lebanon", "country", 6)]),
    ],
    ids=["ambush", "suicide-bombing", "told-by-the-police", "one-generic-attack", "one-generic-attack-launched"],
)
def test_an_attack_with_a_toll_keeps_its_country(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_the_country_completes_a_dated_attack_told_without_a_place() -> None:
    text = "ووقع تفجير انتحاري يوم 26 حزيران 2015 وأسقط 27 قتيلا. وقتل 27 شخصا في تفجير انتحاري في الكويت."
    assert _events(text) == [("bombing", "2015-06-26", "Kuwait", "country", 27)]


@pytest.mark.parametrize(
    "text",
    [
        "وقتل 30 مسلحا بغارات للتحالف في أنحاء العراق.",
        "وقتل 9 أشخاص في تفجير انتحاري في بلدة على الحدود مع سوريا.",
        "وقتل أربعة مدنيين في غارة جوية خارج سوريا.",
        "وأسفر التفجير عن مقتل 12 شخصا في العراق.",
        "ووقع تفجير انتحاري في العراق.",
        "وقتل 200 مدني في هجمات شنتها قوات الحكومة على قرى في جنوب السودان.",
        "ونسب إلى المسلحين هجومان آخران في الأردن أسفرا عن مقتل ستة من رجال الأمن.",
        "وأسفر الهجوم عن مقتل ستة شرطيين في لبنان.",
    ],
    ids=["across-the-country", "at-its-border", "outside-it", "definite-trigger", "without-a-toll",
         "generic-attacks-in-the-plural", "generic-attacks-in-the-dual", "definite-generic-attack"],
)
def test_no_event_at_the_country(text: str) -> None:
    assert _events(text) == []


def test_energies_unleashed_are_no_trigger() -> None:
    assert find_triggers(normalize("ونجح المدرب في تفجير طاقات اللاعبين وتفجير طاقاته")) == []


@pytest.mark.parametrize(
    "text",
    [
        "وتسعى المدرسة إلى تفجير المواهب لدى الأطفال وتفجير الإبداع في الفصول.",
        "ويسعى المدربون إلى تفجير القدرات لدى الشباب.",
        "ومهمة المعلم إبراز الطاقات الكامنة وتفجيرها لخدمة الناس.",
    ],
    ids=["talents-and-creativity", "abilities", "latent-powers-by-a-pronoun"],
)
def test_talents_and_latent_powers_unleashed_are_no_trigger(text: str) -> None:
    assert find_triggers(normalize(text)) == []
