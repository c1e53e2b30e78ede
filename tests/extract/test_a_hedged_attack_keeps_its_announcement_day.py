"""An attack at a place finer than a country that no telling dates takes the day its unhedged announcement is dated
to even when a hedged telling of it is merged into it (في جبال قنديل التي يعتقد أن مسلحين يختبئون فيها); a hedged
telling alone lends no day (مسلحين ربما فتحوا النار: test_an_attack_told_only_by_its_announcement_takes_its_day)."""

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
