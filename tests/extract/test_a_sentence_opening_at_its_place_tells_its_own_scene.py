"""A sentence that opens with its place (وفي إقليم س، في مدينة س) tells the scene it opens: an attack told there
(in any of its clauses, placed there again) by an indefinite trigger without a date expression is not the place of
a dated attack told without a place in another sentence, unless both tell the same dead; told again by a definite
trigger, it is that attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

DATED = "قتل شرطيان في هجوم مسلح على دورية مساء الثلاثاء."


def _events(*sentences: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed)
            for e in extract_article(article(" ".join(sentences), dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        ((DATED, "وفي إقليم تونجلي الشرقي، فتح مسلحون النار على قاعدة عسكرية."),
         [("ground_attack", "2016-08-09", None, 2), ("ground_attack", None, "Tunceli Province", None)]),
        (("وفي مدينة الفلوجة قتل سبعة مسلحين بقصف مدفعي وسط المدينة.",
          "وقال مصدر طبي إن المستشفى استقبل صباح الثلاثاء جثث تسعة مدنيين قتلوا بقذائف الهاون."),
         [("shelling", None, "Al Fallūjah", 7), ("shelling", "2016-08-09", None, 9)]),
    ],
    ids=["opening-after-it", "opening-before-it"],
)
def test_an_attack_at_the_scene_opened_is_another(sentences: tuple[str, ...], expected: list[tuple]) -> None:
    assert _events(*sentences) == expected


def test_a_later_clause_placed_at_the_scene_lends_the_dated_attack_no_place() -> None:
    scene = "وفي محافظة مأرب قتل خمسة مسلحين في اشتباكات مع القوات، فيما أصيب جنديان في اشتباكات بمحافظة مأرب."
    assert _events(DATED, scene)[0] == ("ground_attack", "2016-08-09", None, 2)


def test_told_with_the_same_dead_it_is_that_attack() -> None:
    other = "وفي إقليم تونجلي الشرقي، قتل شرطيان في هجوم مسلح على دورية."
    assert _events(DATED, other) == [("ground_attack", "2016-08-09", "Tunceli Province", 2)]


def test_told_again_by_a_definite_trigger_it_is_that_attack() -> None:
    other = "وفي إقليم تونجلي الشرقي، استهدف الهجوم دورية للشرطة على طريق فرعي."
    assert _events(DATED, other) == [("ground_attack", "2016-08-09", "Tunceli Province", 2)]
