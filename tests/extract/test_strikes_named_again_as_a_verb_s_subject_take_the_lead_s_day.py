"""A dated lead's strikes told again later by a verb whose subject right after it is the definite strike noun
(واستهدفت الضربات مركز البحوث في دمشق), at a place the lead's sentence names, are the lead's attack told again:
they take its day; not a verb of another type than the lead's (it stays merged into the lead)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 4, 14)

LEAD = ("شنت الولايات المتحدة وفرنسا فجر السبت عملية عسكرية على سوريا، واستهدفت غارات جوية مواقع عسكرية في دمشق "
        "وحمص. وقال وزير الدفاع الفرنسي إن المقاتلات قصفت مجمعا عسكريا غرب مدينة حمص. ")


def _events(text: str, published: dt.date = PUBLISHED) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, published))]


def test_the_strikes_as_the_subject_take_the_lead_s_day() -> None:
    text = LEAD + "واستهدفت الضربات مركز البحوث العلمية في دمشق، وفق ما أفاد المرصد."
    assert _events(text) == [("airstrike", "2018-04-14", "Damascus"), ("airstrike", "2018-04-14", "Homs")]


def test_a_verb_of_another_type_than_the_lead_s_adds_no_event() -> None:
    text = ("قتل شخصان الأحد في قصف مدفعي للجيش الإسرائيلي شرقي رفح. وأغارت إسرائيل على موقعين في غزة ليل السبت. "
            "واستهدف القصف الإسرائيلي نقطة مراقبة شرقي رفح.")
    assert _events(text, dt.date(2018, 5, 27)) == [
        ("shelling", "2018-05-27", "Rafaḩ"), ("airstrike", "2018-05-26", "Gaza")]
