"""A clause about a game (مباراة، اللاعبين، بطولة، كأس، المشجع) that tells no toll tells no attack: a shot from
midfield is no shell, players scuffling with fans no clash of war, a fan assaulted no attack. A stadium named as a
place, or a bombing of a match that killed, stays an attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

WEDNESDAY = dt.date(2015, 7, 22)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, WEDNESDAY))]


@pytest.mark.parametrize("text", [
    "واشتبك لاعبو الفريق مع الجماهير التي اقتحمت أرضية الملعب في مدينة مانشستر يوم الأحد.",
    "وسجل المهاجم هدف التعادل للوحدة بقذيفة من منتصف الملعب في المباراة النهائية يوم الأحد في الرياض.",
    "وكان المشجع يشرب مع أصدقائه خارج أحد المقاهي وسط نابولي ليل الاثنين، عندما وقع الاعتداء من قبل مجموعة من الرجال.",
], ids=["players-and-fans", "a-shot-from-midfield", "a-fan-assaulted"])
def test_a_game_is_no_attack(text: str) -> None:
    assert _events(text) == []


def test_a_stadium_taken_is_a_capture() -> None:
    assert _events("وسيطر التنظيم على منطقة الملعب شمالي مدينة الرمادي يوم الأحد.") == [
        ("ground_attack", "2015-07-19", "Ramadi", None)]


def test_a_match_bombed_with_a_toll_is_an_attack() -> None:
    assert _events("قتل ثلاثة مشجعين في تفجير انتحاري استهدف مباراة لكرة القدم في مدينة بعقوبة يوم الأحد.") == [
        ("bombing", "2015-07-19", "Baqubah", 3)]
