"""An attack at a place finer than a country that no telling dates takes the day its unhedged announcement is dated
to even when a hedged telling of it is merged into it (في جبال قنديل التي يعتقد أن مسلحين يختبئون فيها); a hedged
telling alone lends no day (مسلحين ربما فتحوا النار: test_an_attack_told_only_by_its_announcement_takes_its_day),
unless it hedges only who did it (صواريخ يرجح أنها إيرانية)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def test_a_hedged_retelling_leaves_the_announcement_day() -> None:
    text = ("قال وزير الدفاع التركي، الأحد، إن مقاتلات تركية قصفت مخزنا للذخيرة لحزب العمال الكردستاني في جبال قنديل.\n"
            "وقال الوزير في مقابلة إن الطائرات ضربت المخزن في جبال قنديل التي يعتقد أن مسلحين من الحزب يختبئون فيها.")
    assert [(e.event_type, e.date, e.date_basis, e.place, e.actor, e.actor_hedged)
            for e in extract_article(article(text, dt.date(2019, 3, 10)))] == [
        ("airstrike", "2019-03-10", "report", "Qandil Mountains", "Turkey", True)]


def test_an_unhedged_announcement_still_dates_its_attack() -> None:
    text = "قال وزير الدفاع التركي، الأحد، إن مقاتلات تركية قصفت مخزنا للذخيرة لحزب العمال الكردستاني في جبال قنديل."
    assert [(e.date, e.date_basis, e.actor_hedged) for e in extract_article(article(text, dt.date(2019, 3, 10)))] == [
        ("2019-03-10", "report", False)]


def test_a_hedge_of_its_side_alone_lends_the_announcement_day() -> None:
    """A hedge between a head and its side's adjective (صواريخ يرجح أنها إيرانية) hedges who fired, not whether the
    attack was done: the attack takes its announcement's day, its side hedged."""
    text = "أعلن الجيش العراقي الأحد أن مطار الرمادي استهدف بعدة صواريخ يرجح أنها إيرانية."
    assert [(e.event_type, e.date, e.date_basis, e.place, e.actor, e.actor_hedged)
            for e in extract_article(article(text, dt.date(2016, 8, 15)))] == [
        ("airstrike", "2016-08-14", "report", "Ramadi", "Iran", True)]


def test_a_hedge_of_the_act_lends_no_day() -> None:
    text = "أعلن الجيش العراقي الأحد أن مسلحين ربما فتحوا النار على حاجز قرب مدينة الرمادي."
    assert [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2016, 8, 15)))] == [
        ("ground_attack", None, "Ramadi")]
