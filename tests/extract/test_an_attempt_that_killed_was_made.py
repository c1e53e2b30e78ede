"""An attack told as attempted during which its clause's dead were killed (قتل 25 مقاتلا خلال محاولة هجوم فاشلة على
قاعدة عسكرية) was made: a failed attack that killed is an event, as the guide says. An attempt with no dead told
before it (بدأت القوات محاولة هجوم) or with no word of "during" before it stays unasserted."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2015, 8, 2)))]


@pytest.mark.parametrize("during", ["خلال", "أثناء"])
def test_an_attempt_that_killed_is_an_attack(during: str) -> None:
    text = f"قتل 12 مسلحا على الأقل أمس {during} محاولة هجوم فاشلة قاموا بها على قاعدة عسكرية في محافظة إدلب."
    assert _events(text) == [("ground_attack", "2015-08-01", "Idlib", 12)]


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت القوات أمس أنها رصدت محاولة هجوم على قاعدة عسكرية في محافظة إدلب.", []),
    ("قتل 12 مسلحا على الأقل أمس في غارة سابقة، ولم تنجح محاولة هجوم على قاعدة عسكرية في محافظة إدلب.",
     [("airstrike", "2015-08-01", None, 12)]),
], ids=["no-dead", "no-during"])
def test_an_attempt_without_dead_during_it_is_no_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
