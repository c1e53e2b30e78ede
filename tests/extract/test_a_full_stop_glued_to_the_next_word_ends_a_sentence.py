"""A full stop glued to the word after it (قرب الحدود مع الأردن.وفي الشهر الماضي) ends a sentence as a spaced
one does, so that the date of one sentence does not date the next; a stop inside an abbreviation (د.ب.أ، إن.بي.سي،
د.حسن، جيه.بي), a web address (العربية.نت) or a number (3.5) ends none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.extract.sentences import sentences
from timeline.pipeline import extract_article


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


@pytest.mark.parametrize(("text", "parts"), [
    pytest.param("قتل جنديان قرب الحدود.وفي الشهر الماضي قتل ثالث.",
                 ["قتل جنديان قرب الحدود.", "وفي الشهر الماضي قتل ثالث."], id="between-words"),
    pytest.param("وصل الوفد إلى العاصمة.ثم بدأ الاجتماع.", ["وصل الوفد إلى العاصمة.", "ثم بدأ الاجتماع."],
                 id="a-short-word-after"),
    pytest.param("قال إنه «لن يتراجع».وأضاف أنه باق.", ["قال إنه «لن يتراجع».", "وأضاف أنه باق."],
                 id="after-a-closing-quote"),
    pytest.param("بدأت الحرب عام 2014.وبحسب التقرير فقد طالت.", ["بدأت الحرب عام 2014.", "وبحسب التقرير فقد طالت."],
                 id="after-a-number"),
    pytest.param("نقلت وكالة (د.ب.أ) عن د.سامر أن شبكة «إن.بي.سي» بثت الخبر.",
                 ["نقلت وكالة (د.ب.أ) عن د.سامر أن شبكة «إن.بي.سي» بثت الخبر."], id="abbreviations"),
    pytest.param("قال جيه.بي للصحيفة إن النمو بلغ 3.5 في المئة.", ["قال جيه.بي للصحيفة إن النمو بلغ 3.5 في المئة."],
                 id="initials-and-a-decimal"),
    pytest.param("ذكر موقع العربية.نت أن الوفد وصل.", ["ذكر موقع العربية.نت أن الوفد وصل."], id="a-web-address"),
    pytest.param("أطلقت شركة آي.بي.كاي منتجا.", ["أطلقت شركة آي.بي.كاي منتجا."], id="a-chain-of-letters"),
])
def test_where_a_glued_stop_ends_a_sentence(text: str, parts: list[str]) -> None:
    assert _split(text) == parts


def test_the_date_of_the_next_sentence_does_not_date_an_attack_before_a_glued_stop() -> None:
    text = ("قصفت فصائل المعارضة مواقع الجيش في مدينة درعا أمس الخميس قرب الحدود مع الأردن."
            "وفي الشهر الماضي شنت الطائرات غارات على بلدة بصرى الشام.")
    found = extract_article(article(text, dt.date(2016, 8, 12)))
    assert [(e.event_type, e.place, e.date, e.date_precision) for e in found] == [
        ("shelling", "Dar‘ā", "2016-08-11", "day"), ("airstrike", "Bosra", "2016-07", "month")]
