"""A sentence where the lead's speaker goes on (وأضاف أن، كما أشار إلى أن، كما قال الجيش إن) telling an attack of
the lead's type without a side, at the lead's spot and day, takes the lead's side. Not another source (وذكرت
وسائل إعلام أن), another scene (وبحسب مصادر), aircraft left unnamed (طائرات حربية), another day nor another type."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday
LEAD = ("قال بيان للجيش الأمريكي اليوم الجمعة إن التحالف الدولي نفذ 30 ضربة جوية في العراق وسوريا أمس الخميس "
        "وإن الهجمات تركزت قرب مدينة الموصل. ")
COALITION = ("airstrike", "2016-08-11", "Mosul", "International coalition")


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


def test_the_speaker_going_on_keeps_the_lead_side() -> None:
    assert _events(LEAD + "وأضاف أن عشر ضربات نفذت قرب مدينة تكريت واستهدفت وحدات تكتيكية.") == [
        COALITION, ("airstrike", "2016-08-11", "Tikrīt", "International coalition")]


def test_the_speaker_going_on_after_a_preposition_keeps_the_lead_side() -> None:
    assert _events(LEAD + "كما أشار إلى أن ست ضربات نفذت قرب مدينة الحسكة ودمرت مركبات.") == [
        COALITION, ("airstrike", "2016-08-11", "Al Ḩasakah", "International coalition")]


def test_the_speaker_named_again_keeps_the_lead_side() -> None:
    assert _events(LEAD + "كما قال الجيش إن خمس ضربات شنت بالقرب من مدينة الرمادي ودمرت مواقع قتالية.") == [
        COALITION, ("airstrike", "2016-08-11", "Ramadi", "International coalition")]


def test_another_source_does_not_take_the_lead_side() -> None:
    assert _events(LEAD + "وذكرت وسائل إعلام محلية أن خمس غارات شنت بالقرب من مدينة الرمادي.") == [
        COALITION, ("airstrike", "2016-08-11", "Ramadi", None)]


def test_another_scene_does_not_take_the_lead_side() -> None:
    assert _events(LEAD + "وبحسب مصادر محلية فإن خمس غارات شنت قرب مدينة الرمادي.") == [
        COALITION, ("airstrike", "2016-08-11", "Ramadi", None)]


def test_aircraft_left_unnamed_do_not_take_the_lead_side() -> None:
    assert _events(LEAD + "وأضاف أن طائرات حربية شنت خمس غارات قرب مدينة الرمادي.") == [
        COALITION, ("airstrike", "2016-08-11", "Ramadi", None)]


def test_another_day_does_not_take_the_lead_side() -> None:
    assert _events(LEAD + "وأضاف أن خمس غارات شنت قرب مدينة الرمادي يوم الاثنين.") == [
        COALITION, ("airstrike", "2016-08-08", "Ramadi", None)]
