"""The bench's miss accounting: for the sentences of an attack, the stage where its evidence was lost, or, where the
evidence has no trigger or became an event, the furthest stage its tellings reached."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from bench.miss_stages import (
    KIND_AT_COUNTRY,
    KIND_ONLY,
    NO_TRIGGER,
    REMENTION,
    UNREPORTABLE,
    Loss,
    StageTrace,
    tracing,
    where_lost,
)
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
    pytest.param("وجاءت العملية بعد غارات جوية تركية في سوريا.", KIND_AT_COUNTRY,
                 id="a-kind-at-its-country-only"),
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


EVIDENCE_FIRST = [
    pytest.param(["وتتعرض مدينة الرقة لقصف يومي منذ أشهر.", "وقتل خمسة مدنيين في غارة جوية."],
                 "no draft: totals.aggregate", id="a-habit-then-a-kind"),
    pytest.param(["ستشن الطائرات غارات على مدينة إدلب.", "وقتل خمسة مدنيين في غارة جوية."],
                 "no draft: asserting.asserted", id="unasserted-then-a-kind"),
    pytest.param(["وقتل خمسة مدنيين في غارة جوية.", "وقع هجوم في محافظة حماة."], KIND_ONLY,
                 id="a-kind-then-not-reportable"),
    pytest.param(["وندد الوزير بالتفجير في مدينة درعا.", "وقع تفجير في محافظة درعا."], REMENTION,
                 id="a-re-mention-then-an-event"),
]


@pytest.mark.parametrize(("sentences", "stage"), EVIDENCE_FIRST)
def test_an_attack_dropped_where_it_is_told_is_lost_there_though_a_re_mention_got_further(
        sentences: list[str], stage: str) -> None:
    trace, _, (evidence, mention) = _traced(sentences)
    assert where_lost(trace, [mention], "a").stage != stage
    assert where_lost(trace, [evidence, mention], "a") == Loss(stage)


def test_an_attack_whose_evidence_tells_no_attack_is_lost_where_its_re_mentions_got() -> None:
    trace, _, spans = _traced(["سقط خمسة قتلى في مدينة حلب يوم الأحد.", "وقتل خمسة مدنيين في غارة جوية."])
    assert where_lost(trace, spans[:1], "a").stage == NO_TRIGGER
    assert where_lost(trace, spans, "a") == Loss(KIND_ONLY)


def test_an_attack_whose_evidence_became_an_event_is_told_every_event_of_its_tellings() -> None:
    trace, found, spans = _traced(["شنت الطائرات غارة على مدينة حلب يوم الأحد.", "وقتل خمسة مدنيين في غارة جوية.",
                                   "وقتل ثلاثة في تفجير في مدينة إدلب يوم الاثنين."])
    assert [e.event_id for e in found] == ["a:6", "a:88"]
    assert where_lost(trace, spans[:2], "a") == Loss("event", ("a:6",))
    assert where_lost(trace, [spans[0], spans[2]], "a") == Loss("event", ("a:6", "a:88"))


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
