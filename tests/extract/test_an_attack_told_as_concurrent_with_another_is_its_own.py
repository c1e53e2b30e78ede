"""An indefinite attack told after مع with a word of concurrence a few words before it (تزامن الاشتباكات مع
غارات، في هجوم تزامن مع قصف مدفعي) is another attack than the one its clause told before: its own event at
its own place, at the day of the dated one as after تزامنا مع
(`test_an_attack_at_the_same_time_as_another_is_its_own`). Accompanying (معارك تترافق مع غارات) tells a strike so
too, and fighting told by a weak word (معارك) is set apart from the strike of another kind beside it, both events;
a noun made definite by the one after it (قصف الطيران) is a new strike. A noun with the article after مع names
the attack told elsewhere, a weak trigger before (في هجوم تزامن مع قصف) is no attack to set the concurrent one apart
from, a bombing accompanying an assault is the assault's, and the strikes accompanying a campaign
or an offensive told begun are its own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


def _events(text: str) -> list[tuple]:
    return typed_events(text, dt.date(2016, 8, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اقتحم مسلحون أمس حاجزا في مدينة سراقب، وأشار المرصد إلى تزامن الاشتباكات مع غارات على بلدة سرمين.",
         [("ground_attack", "2016-08-11", "Saraqib"), ("airstrike", "2016-08-11", "Sarmīn")]),
        ("اقتحم مسلحون أمس حاجزا في مدينة سراقب، في هجوم تزامن مع قصف مدفعي على بلدة سرمين.",
         [("ground_attack", "2016-08-11", "Saraqib"), ("shelling", "2016-08-11", "Sarmīn")]),
        ("دارت معارك عنيفة أمس في بلدة سراقب تترافق مع غارات جوية على البلدة.",
         [("ground_attack", "2016-08-11", "Saraqib"), ("airstrike", "2016-08-11", "Saraqib")]),
        ("اندلعت اشتباكات أمس بين قوات النظام والفصائل في بلدة سراقب، ترافقت مع قصف الطيران الحربي على مناطق"
         " الاشتباك.",
         [("ground_attack", "2016-08-11", "Saraqib"), ("airstrike", "2016-08-11", "Saraqib")]),
    ],
    ids=["clashes-concurrent-with-strikes", "an-assault-concurrent-with-shelling", "battles-accompanied-by-strikes",
         "clashes-accompanied-by-the-air-force-s-bombing"],
)
def test_a_concurrent_attack_is_its_own(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اقتحم مسلحون أمس حاجزا في مدينة سراقب، في هجوم تزامن مع القصف على المدينة.",
         [("ground_attack", "2016-08-11", "Saraqib")]),
        ("دخلت القوات أمس إلى بلدة حمورية في هجوم تزامن مع قصف كثيف على بلدة سقبا.",
         [("ground_attack", "2016-08-11", "Hamouriyah")]),
        ("قتل خمسة مدنيين أمس في غارات على بلدة سراقب. ودارت اشتباكات في البلدة تزامنت مع الغارات.",
         [("airstrike", "2016-08-11", "Saraqib"), ("ground_attack", None, "Saraqib")]),
        ("هاجم التنظيم أمس مطار كويرس العسكري في هجوم ترافق مع تفجير ثلاث سيارات مفخخة.",
         [("ground_attack", "2016-08-11", "Kweires airbase")]),
        ("بدأت قوات النظام أمس هجوما واسعا على بلدة سراقب يترافق مع غارات جوية.",
         [("ground_attack", "2016-08-11", "Saraqib")]),
        ("بدأت قوات النظام أمس هجوما على بلدة سراقب يترافق مع غارات جوية.",
         [("ground_attack", "2016-08-11", "Saraqib")]),
    ],
    ids=["a-definite-noun-after-with", "a-weak-trigger-before", "the-strikes-told-before-named-again",
         "a-bombing-accompanying-an-assault", "a-campaign-s-strikes", "an-offensive-begun-with-its-strikes"],
)
def test_what_stays_one(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
