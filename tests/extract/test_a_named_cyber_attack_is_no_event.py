"""An attack word with a cyber adjective among the three words after it (هجوم نوتبيتيا الإلكتروني، الهجوم
الكبير السيبراني) tells a cyber attack, no act of war; an attack claimed on a side's website keeps its event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _typed(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.date) for e in extract_article(article(text, dt.date(2018, 5, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وألقت فرنسا باللوم على جهات مرتبطة بروسيا في هجوم نوتبيتيا الإلكتروني في حزيران/يونيو عام 2017.", []),
        ("وألقت فرنسا باللوم على جهات مرتبطة بروسيا في الهجوم الكبير السيبراني في حزيران/يونيو عام 2017.", []),
        ("قتل خمسة أشخاص في هجوم تبناه التنظيم في بيان على موقعه الإلكتروني في الموصل الخميس.",
         [("ground_attack", "2018-05-10")]),
    ],
    ids=["named-cyber-attack", "described-cyber-attack", "claimed-on-a-website"],
)
def test_a_cyber_attack(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _typed(text) == expected
