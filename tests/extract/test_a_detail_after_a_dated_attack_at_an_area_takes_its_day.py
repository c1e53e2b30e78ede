"""An attack told at a governorate, a region or a country with its day, in the article's lead or in any sentence
(a paragraph's lead: على الأرض، أفاد المرصد بمقتل 19 مدنيا في غارات على محافظة إدلب أمس), and in the very next
sentence an attack without a day at a town inside that area: the detail of that day's bombardment, dated by it.
Not a town the first sentence itself names (another report's attack there), nor one outside the area unless its
sentence names the lead's country (في المنطقة الحدودية في سوريا المقابلة لمدينة كيليس: a reference point across
the border)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2015, 7, 31)

OPENING = "قال مسؤولون إن المحادثات بين الطرفين ستستأنف الأسبوع المقبل في جنيف.\n"
PARAGRAPH_LEAD = ("على الأرض، أفاد المرصد بمقتل 19 مدنيا جراء غارات جوية نفذها الطيران الحربي على مناطق في محافظة"
                  " إدلب أمس.\n")


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_a_town_of_the_paragraph_leads_governorate_takes_its_day() -> None:
    text = OPENING + PARAGRAPH_LEAD + "وقتل طفلان شقيقان في غارة من طائرات حربية على مدينة معرة النعمان."
    assert _events(text) == [
        ("airstrike", "2015-07-30", "Idlib", 19), ("airstrike", "2015-07-30", "Maarat al-Numan", 2)]


def test_a_town_of_the_article_leads_governorate_takes_its_day() -> None:
    text = PARAGRAPH_LEAD + "وقتل طفلان شقيقان في غارة من طائرات حربية على مدينة معرة النعمان."
    assert _events(text) == [
        ("airstrike", "2015-07-30", "Idlib", 19), ("airstrike", "2015-07-30", "Maarat al-Numan", 2)]


def test_a_town_outside_the_area_stays_undated() -> None:
    text = OPENING + PARAGRAPH_LEAD + "وقتل طفلان شقيقان في غارة من طائرات حربية على مدينة الرستن."
    assert [(e[1], e[2]) for e in _events(text)] == [("2015-07-30", "Idlib"), (None, "Ar Rastan")]


COUNTRY_LEAD = "شن الطيران التركي أمس أولى غاراته على مواقع للتنظيم في سوريا. "


def test_a_detail_saying_it_lies_in_the_lead_s_country_is_the_lead_s_strike_there() -> None:
    """The town faced across the border places nothing (`placing._not_across_the_border`): the detail, in Syria on
    the lead's day, is the lead's strike."""
    text = COUNTRY_LEAD + ("وقصفت ثلاث مقاتلات تركية ثلاثة مواقع للتنظيم في المنطقة الحدودية في سوريا المقابلة لمدينة"
                           " كيليس.")
    assert [(e[0], e[1], e[2]) for e in _events(text)] == [("airstrike", "2015-07-30", "Syria")]


def test_a_detail_across_the_border_not_said_in_the_lead_s_country_stays_undated() -> None:
    text = COUNTRY_LEAD + "وقصفت ثلاث مقاتلات تركية ثلاثة مواقع للتنظيم قرب مدينة كيليس."
    assert [(e[0], e[1], e[2]) for e in _events(text)] == [
        ("airstrike", "2015-07-30", "Syria"), ("airstrike", None, "Kilis")]


def test_the_details_go_on_over_the_next_sentences_each_at_a_town_of_the_area() -> None:
    text = OPENING + PARAGRAPH_LEAD + ("وقتل طفلان شقيقان في غارة من طائرات حربية على مدينة معرة النعمان.\n"
                                       "وقتل 15 آخرون في قصف من طيران حربي على مدينة سراقب.")
    assert _events(text) == [
        ("airstrike", "2015-07-30", "Idlib", 19), ("airstrike", "2015-07-30", "Maarat al-Numan", 2),
        ("airstrike", "2015-07-30", "Saraqib", 15)]


def test_the_details_stop_at_a_sentence_telling_no_detail() -> None:
    text = OPENING + PARAGRAPH_LEAD + ("وقتل طفلان شقيقان في غارة من طائرات حربية على مدينة معرة النعمان.\n"
                                       "وقال مسؤولون إن المحادثات ستستأنف في جنيف.\n"
                                       "وقتل 15 آخرون في قصف من طيران حربي على مدينة سراقب.")
    assert [(e[1], e[2]) for e in _events(text)] == [
        ("2015-07-30", "Idlib"), ("2015-07-30", "Maarat al-Numan"), (None, "Saraqib")]
