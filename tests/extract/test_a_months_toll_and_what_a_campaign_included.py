"""A toll over a month named alone (خلال يوليو الحالي، طوال آب) is a total, and the strikes a war or a campaign
included (حرب على الإرهاب شملت توجيه ضربات جوية) are that campaign: neither is one attack. Strikes that reached a
town on their day stay one attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    "text",
    [
        "وقضى سبعة لاجئين في محافظة درعا خلال يوليو الحالي جراء قصف مخيم درعا بالبراميل المتفجرة.",
        "وقتل 30 شخصا في غارات على مدينة منبج طوال آب.",
        "وأسفر قصف على مدينة منبج خلال تموز عن مقتل 30 شخصا.",
        "وتعيش تركيا حالة تأهب منذ أن بدأت حربا على الإرهاب في تموز شملت توجيه ضربات جوية ضد مقاتلي الحزب في شمال "
        "العراق.",
        "وأقدم الحوثيون على شن أعمال انتقامية في مدينة الحديدة، شملت قصف أهداف مدنية.",
    ],
    ids=["during-a-month", "all-a-month", "shelling-during-a-month", "war-including-strikes", "reprisals-including"],
)
def test_no_attack_is_told(text: str) -> None:
    assert _events(text) == []


def test_strikes_reaching_a_town_on_their_day_stay() -> None:
    text = "وقتل 15 شخصا يوم الأحد في غارات شملت بلدة تل رفعت بريف حلب."
    assert _events(text) == [("airstrike", "2016-08-07", "Tall Rif‘at", 15)]
