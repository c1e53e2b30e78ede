"""The bench's miss accounting: for the sentence of an attack, the furthest stage its tellings reached."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from bench.miss_stages import KIND_ONLY, NO_TRIGGER, REMENTION, UNREPORTABLE, StageTrace, tracing, where_lost
from tests.articles import article
from timeline.extract import choosing, clause_drafts, events, merging
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _traced(sentences: list[str]) -> tuple[StageTrace, list, list[tuple[int, int]]]:
    """The trace and events of an article of `sentences` (one a line), and each sentence's span."""
    spans, at = [], 0
    for s in sentences:
        spans.append((at, at + len(s)))
        at += len(s) + 1
    with tracing(StageTrace()) as trace:
        found = extract_article(article("\n".join(sentences), PUBLISHED))
    return trace, found, spans


LOST = [
    pytest.param("زار الوزير مدينة حلب يوم الاثنين.", NO_TRIGGER, id="no-trigger"),
    pytest.param("ستشن الطائرات غارات على مدينة إدلب.", "no draft: asserting.asserted", id="unasserted"),
    pytest.param("وتتعرض مدينة الرقة لقصف يومي منذ أشهر.", "no draft: totals.aggregate", id="a-habit"),
    pytest.param("وندد الوزير بالتفجير في مدينة درعا.", REMENTION, id="a-re-mention"),
    pytest.param("وقتل خمسة مدنيين في غارة جوية.", KIND_ONLY, id="a-kind-without-date-or-place"),
    pytest.param("وقع هجوم في محافظة حماة.", f"{UNREPORTABLE}: toll-less, a weak trigger without an actor",
                 id="not-reportable"),
]


@pytest.mark.parametrize(("sentence", "stage"), LOST)
def test_a_lost_attack_is_told_the_stage_that_lost_it(sentence: str, stage: str) -> None:
    trace, found, spans = _traced([sentence])
    assert found == []
    assert where_lost(trace, spans, "a").stage == stage


def test_an_attack_told_twice_is_one_event_the_second_telling_merged_into_it() -> None:
    trace, found, spans = _traced(["شنت الطائرات غارة على مدينة حلب يوم الأحد.",
                                   "وأسفرت الغارة على مدينة حلب يوم الأحد عن مقتل خمسة مدنيين."])
    assert [e.event_id for e in found] == ["a:6"]
    first, second = (where_lost(trace, [span], "a") for span in spans)
    assert (first.stage, first.event_ids, first.merged_away) == ("event", ("a:6",), False)
    assert (second.stage, second.event_ids, second.merged_away) == ("event", ("a:6",), True)
    assert second.agreed_by == ("both dated, one place",)


def test_the_stages_of_an_article_are_counted_sentence_by_sentence() -> None:
    sentences = ["زار الوزير مدينة حلب يوم الاثنين.", "شنت الطائرات غارة على مدينة حلب يوم الأحد.",
                 "وندد الوزير بالتفجير في مدينة درعا.", "وتتعرض مدينة الرقة لقصف يومي منذ أشهر.",
                 "وزار الوزير مدينة حمص."]
    trace, _, spans = _traced(sentences)
    assert Counter(where_lost(trace, [span], "a").stage for span in spans) == {
        NO_TRIGGER: 2, "event": 1, REMENTION: 1, "no draft: totals.aggregate": 1}


def test_tracing_changes_no_event_and_leaves_the_stages_as_they_were() -> None:
    text = "شنت الطائرات غارة على مدينة حلب يوم الأحد.\nوندد الوزير بالتفجير في مدينة درعا."
    originals = (clause_drafts.draft_clause, events.events_told, choosing.asserted, merging.reportable, merging._fill)
    plain = extract_article(article(text, PUBLISHED))
    with tracing(StageTrace()):
        traced = extract_article(article(text, PUBLISHED))
    assert traced == plain
    assert (clause_drafts.draft_clause, events.events_told, choosing.asserted, merging.reportable,
            merging._fill) == originals
