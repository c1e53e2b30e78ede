"""Two women bombers (انتحاريتان) and two bombers who blew themselves up (فجرتا نفسيهما، فجرت الفتاتان نفسيهما:
the dual of the verb and of its object, with the subject between them too) tell a suicide bombing, as one bomber
does; two women who blew up balloons at a party tell none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المرصد إن انتحاريتين هاجمتا سوق بلدة كفرنبل يوم الأحد.",
        "وقالت الشرطة إن فتاتين فجرتا نفسيهما في سوق بلدة كفرنبل يوم الأحد.",
        "وقالت الشرطة إنه يوم الأحد فجرت الفتاتان نفسيهما في سوق بلدة كفرنبل.",
    ],
    ids=["two-women-bombers", "dual-verb-and-object", "subject-between"],
)
def test_two_bombers_are_a_suicide_bombing(text: str) -> None:
    assert _events(text) == [("bombing", "2016-08-07", "2016-08-07", "Kafranbel")]


def test_balloons_blown_up_are_no_bombing() -> None:
    assert _events("وقالت المعلمة إن الفتاتين نفختا البالونات في حفل بلدة كفرنبل يوم الأحد.") == []
