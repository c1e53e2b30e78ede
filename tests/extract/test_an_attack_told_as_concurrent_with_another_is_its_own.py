"""An indefinite attack told after مع with a word of concurrence a few words before it (تزامن الاشتباكات مع
غارات، في هجوم تزامن مع قصف مدفعي) is another attack than the one its clause told before: its own event at
its own place, at the day of the dated one as after تزامنا مع
(`test_an_attack_at_the_same_time_as_another_is_its_own`). A definite noun after مع names the attack told
elsewhere, and a weak trigger before (في هجوم تزامن مع قصف) is no attack to set the concurrent one apart from."""

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
    ],
    ids=["clashes-concurrent-with-strikes", "an-assault-concurrent-with-shelling"],
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
    ],
    ids=["a-definite-noun-after-with", "a-weak-trigger-before"],
)
def test_what_stays_one(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
