"""A line linking to another story (اقرأ.. عنوان، شاهد: عنوان، قد يهمك أيضا: عنوان، كذلك: عنوان، ...المزيد) and the
titles of the writer's other articles glued on one line (مقالات أخرى للكاتب...) are page furniture: out of the
text, so the attacks their titles name make no event. A sentence that opens with such a word is kept."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.cleaning import clean
from timeline.extract.reader import make_article
from timeline.pipeline import extract_article

BODY = "قال مصدر عسكري إن غارة جوية استهدفت بلدة في ريف إدلب صباح اليوم وأدت إلى مقتل ثلاثة مدنيين."
AFTER = "وأضاف المصدر أن القصف استمر حتى المساء."


@pytest.mark.parametrize("link", [
    "اقرأ.. غارات روسية على بلدة في ريف حلب",
    "اقرأ: مقتل خمسة في تفجير بمدينة الرقة",
    "اقرأ المزيد... قصف على الغوطة الشرقية",
    "شاهد.. لحظة سقوط صاروخ على حي في حماة",
    "قد يهمك/ مقتل عشرة في قصف على مدينة دوما",
    "قد يهمك أيضا: تفجير يهز مدينة القامشلي",
    "كذلك: غارات للتحالف على مدينة الميادين",
    "...المزيد",
    "مقالات أخرى للكاتبحرب المدنتفجير في سوق الرقةلماذا نكتب؟",
])
def test_a_link_line_is_dropped(link: str) -> None:
    assert clean(f"{BODY}\n{link}\n{AFTER}") == f"{BODY}\n{AFTER}"


@pytest.mark.parametrize("sentence", [
    "كذلك قصفت الطائرات بلدة سراقب.",
    "شاهد عيان قال إن الغارة قتلت خمسة.",
    "المزيد من القتلى سقطوا في الغارة.",
])
def test_a_sentence_opening_with_such_a_word_is_kept(sentence: str) -> None:
    assert clean(f"{BODY}\n{sentence}") == f"{BODY}\n{sentence}"


def test_the_attack_a_linked_title_names_makes_no_event() -> None:
    text = f"{BODY}\nقد يهمك أيضا: مقتل 12 مدنيا في غارات على مدينة دير الزور\n{AFTER}"
    read = make_article(text, "a", "a.txt", "0" * 40, source="SANA", published_on=dt.date(2016, 8, 12))
    found = extract_article(read)
    assert [(e.event_type, e.place, e.killed) for e in found] == [("airstrike", "Rural Idlib", 3)]
