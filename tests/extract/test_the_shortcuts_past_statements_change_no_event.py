"""The shortcuts past statements (`findings.nothing_to_draft`: an article whose triggers are all statements, none in
its lead sentence, or that names no trigger word; `clause_drafts.statements_outside_the_lead`: such a clause) and
the agencies' automaton of their own (`PhraseMatcher(apart=True)`) only save time: with the shortcuts off, each
article tells the very same events, and the agencies found apart are those a matcher of the shared automaton finds.
Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.dates import find_dates
from timeline.extract import clause_drafts, events, findings
from timeline.extract.outlets import _compiled
from timeline.extract.phrases import PhraseMatcher
from timeline.pipeline import extract_article

ARTICLES = {
    "no-trigger": "وصل الوزير إلى بغداد يوم الخميس في زيارة رسمية تستمر يومين.",
    "statements-after-the-lead": ("وصل الوزير إلى بغداد يوم الخميس في زيارة رسمية. وقال الوزير إن المحادثات كانت "
                                  "مثمرة. وأكد أن بلاده تدعم العراق."),
    "a-toll-told-by-a-statement-in-the-lead": "أعلنت وزارة الصحة يوم الخميس مقتل ثلاثة أشخاص في مدينة الموصل.",
    "a-strike-then-statements": ("قصفت طائرات التحالف مواقع لتنظيم داعش في مدينة الرقة يوم الخميس. وقال التحالف إن "
                                 "الضربات دمرت مقرات. وأكد أن الحملة مستمرة."),
}


def _told(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2017, 3, 10)))]


@pytest.mark.parametrize("name", list(ARTICLES))
def test_the_same_events_with_the_shortcuts_off(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = ARTICLES[name]
    shortcut = _told(text)
    for module, function in ((findings, "nothing_to_draft"), (events, "nothing_to_draft"),
                             (clause_drafts, "statements_outside_the_lead")):
        monkeypatch.setattr(module, function, lambda *args: False)
    assert _told(text) == shortcut


@pytest.mark.parametrize(
    ("name", "nothing"),
    [("no-trigger", True), ("statements-after-the-lead", True), ("a-toll-told-by-a-statement-in-the-lead", False),
     ("a-strike-then-statements", False)],
)
def test_nothing_to_draft_only_without_a_violent_trigger_or_a_statement_in_the_lead(name: str, nothing: bool) -> None:
    reading = findings.findings_of(article(ARTICLES[name], dt.date(2017, 3, 10)), find_dates)
    assert findings.nothing_to_draft(reading.triggers, reading.spans, reading.lead) is nothing


def test_the_agencies_found_apart_are_those_of_the_shared_automaton() -> None:
    apart = _compiled().agencies
    shared = PhraseMatcher()
    for key, entry in apart._keys:
        shared._put(key, entry)
    text = normalize("وقالت وكالة رويترز إن الطائرات قصفت المدينة، بحسب وكالة الأنباء الفرنسية ووكالة سانا.")
    found = [(h.start, h.end, h.value) for h in apart.find(text)]
    assert found and found == [(h.start, h.end, h.value) for h in shared.find(text)]
    sent = pickle.loads(pickle.dumps(apart))
    assert [(h.start, h.end, h.value.name) for h in sent.find(text)] == [(s, e, o.name) for s, e, o in found]
