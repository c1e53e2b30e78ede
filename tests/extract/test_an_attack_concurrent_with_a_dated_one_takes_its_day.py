"""An attack told as happening at the same time as another (تزامنا مع، بالتزامن مع، تزامن ... مع، متزامنا مع، في
الوقت الذي) and given no day of its own takes the day (or range) of that attack when it is dated in the same
sentence or, for a sentence opening with the concurrence (وبالتزامن مع ذلك، وتزامن ذلك مع، وبالتزامن،), in the one
before: basis ``lead``, never that attack's place, toll or side. Nothing changes when that attack is not dated, when
the concurrent one has a day of its own, when a report is what is concurrent (في الوقت الذي قال فيه المرصد إن), when
the concurrence names something else (بالتزامن مع هذا التقدم), or when the dated attack is further back."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

#: A Friday: أمس is Thursday 11 August, يوم الثلاثاء Tuesday 9 August.
PUBLISHED = dt.date(2016, 8, 12)


def told(text: str) -> list[tuple]:
    """(type, date, end date, date basis, place, killed, actor) of each event of an article of `text`."""
    return [(e.event_type, e.date, e.date_end, e.date_basis, e.place, e.killed, e.actor)
            for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل خمسة مدنيين في غارات روسية على مدينة دوما أمس تزامنا مع قصف مدفعي على بلدة سقبا.",
     [("airstrike", "2016-08-11", "2016-08-11", "publication", "Dūmā", 5, "Russia"),
      ("shelling", "2016-08-11", "2016-08-11", "lead", "Saqba", None, None)]),
    ("اقتحم مسلحون أمس حاجزا في مدينة سراقب، وأشار المرصد إلى تزامن الاشتباكات مع غارات على بلدة سرمين.",
     [("ground_attack", "2016-08-11", "2016-08-11", "publication", "Saraqib", None, None),
      ("airstrike", "2016-08-11", "2016-08-11", "lead", "Sarmīn", None, None)]),
    ("اقتحم مسلحون يوم 10 آب حاجزا في بلدة مارع متزامنا مع غارات على بلدة تل رفعت.",
     [("ground_attack", "2016-08-10", "2016-08-10", "publication", "Māri‘", None, None),
      ("airstrike", "2016-08-10", "2016-08-10", "lead", "Tall Rif‘at", None, None)]),
    ("وقتل 12 شخصا في هجوم مسلح على فندق في مدينة سوسة يوم الثلاثاء، في الوقت الذي خلف تفجير استهدف مسجدا في "
     "مدينة الكويت 27 قتيلا.",
     [("ground_attack", "2016-08-09", "2016-08-09", "publication", "Sousse", 12, None),
      ("bombing", "2016-08-09", "2016-08-09", "lead", "Kuwait City", 27, None)]),
    ("قصفت الطائرات مدينة دوما ليلة 9 - 10 آب بالتزامن مع اشتباكات في بلدة حرستا.",
     [("airstrike", "2016-08-09", "2016-08-10", "publication", "Dūmā", None, None),
      ("ground_attack", "2016-08-09", "2016-08-10", "lead", "Ḩarastā", None, None)]),
], ids=["at-the-same-time-as", "concurrence-of-clashes-with-strikes", "concurrent-with", "at-the-time-when",
        "a-range"])
def test_a_concurrent_attack_takes_the_day_of_the_dated_one_of_its_sentence(text: str, expected: list[tuple]) -> None:
    assert told(text) == expected


@pytest.mark.parametrize("opening", [
    "وبالتزامن مع ذلك، سقطت قذائف", "وتزامن ذلك مع سقوط قذائف", "وبالتزامن، سقطت قذائف"])
def test_a_sentence_opening_with_the_concurrence_takes_the_day_of_the_sentence_before(opening: str) -> None:
    text = f"قصفت الطائرات أمس مدينة دوما. {opening} على بلدة سقبا."
    assert told(text) == [
        ("airstrike", "2016-08-11", "2016-08-11", "publication", "Dūmā", None, None),
        ("shelling", "2016-08-11", "2016-08-11", "lead", "Saqba", None, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل خمسة مدنيين في غارات على مدينة دوما تزامنا مع قصف مدفعي على بلدة سقبا.",
     [("airstrike", None, None, None, "Dūmā", 5, None), ("shelling", None, None, None, "Saqba", None, None)]),
    ("قصفت الطائرات أمس مدينة دوما تزامنا مع غارات على بلدة سقبا يوم الثلاثاء.",
     [("airstrike", "2016-08-11", "2016-08-11", "publication", "Dūmā", None, None),
      ("airstrike", "2016-08-09", "2016-08-09", "publication", "Saqba", None, None)]),
    ("فجر انتحاري نفسه أمس في مدينة السويداء تزامنا مع تفجيرات مماثلة استهدفت قرى.",
     [("bombing", "2016-08-11", "2016-08-11", "publication", "As-Suwayda", None, None)]),
    ("وقتل 12 شخصا في هجوم مسلح على فندق في مدينة سوسة يوم الثلاثاء، في الوقت الذي قال فيه المرصد إن تفجيرا استهدف "
     "مسجدا في مدينة الكويت.",
     [("ground_attack", "2016-08-09", "2016-08-09", "publication", "Sousse", 12, None),
      ("bombing", None, None, None, "Kuwait City", None, None)]),
    ("قصفت الطائرات أمس مدينة دوما. وبالتزامن مع هذا التقدم سقطت قذائف على بلدة سقبا.",
     [("airstrike", "2016-08-11", "2016-08-11", "publication", "Dūmā", None, None),
      ("shelling", None, None, None, "Saqba", None, None)]),
    ("قصفت الطائرات أمس مدينة دوما. وقال المرصد إن الوضع متوتر. وتزامن ذلك مع قصف مدفعي على بلدة سقبا.",
     [("airstrike", "2016-08-11", "2016-08-11", "publication", "Dūmā", None, None),
      ("shelling", None, None, None, "Saqba", None, None)]),
], ids=["the-other-undated", "a-day-of-its-own", "same-type-at-the-same-place", "a-report-at-the-time-when",
        "concurrent-with-an-advance", "two-sentences-back"])
def test_what_keeps_its_own_date(text: str, expected: list[tuple]) -> None:
    assert told(text) == expected
