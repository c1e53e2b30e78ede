"""A bombardment or an assault renewed (جددت القوات قصفها، بعد تجدد القصف) or continued in the past (واصلت القوات
قصفها، تواصل سقوط القذائف) is a campaign word only in a clause that tells no toll; with the dead or the wounded counted,
or named without a count (إصابة مدنيين، إصابة العديد من المدنيين), the clause tells what that attack did, one attack
at its place though it names no day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

THURSDAY = dt.date(2016, 8, 11)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, THURSDAY))]


def test_the_dead_after_a_bombardment_renewed_are_one_attack() -> None:
    assert _events("وقتل خمسة مدنيين بعد تجدد القصف على بلدة كفرنبل في ريف إدلب.") == [
        ("shelling", None, "Kafranbel", None, 5)]


def test_a_bombardment_renewed_that_wounded_three_is_one_attack() -> None:
    assert _events("وجددت قوات النظام قصفها على بلدة كفرنبل في ريف إدلب، ما أسفر عن إصابة ثلاثة مدنيين بجروح.") == [
        ("shelling", None, "Kafranbel", "Syrian army", None)]


@pytest.mark.parametrize("harmed", ["إصابة مدنيين", "إصابة العديد من المدنيين بجروح", "مقتل وجرح عناصر من القوات"])
def test_a_bombardment_renewed_that_harmed_people_uncounted_is_one_attack(harmed: str) -> None:
    assert _events(f"وجددت قوات النظام قصفها على بلدة كفرنبل في ريف إدلب، ما أسفر عن {harmed}.") == [
        ("shelling", None, "Kafranbel", "Syrian army", None)]


def test_a_bombardment_renewed_without_a_toll_or_a_day_is_no_attack() -> None:
    assert _events("وجددت قوات النظام قصفها على بلدة كفرنبل في ريف إدلب.") == []


def test_a_bombardment_continued_that_killed_two_is_one_attack() -> None:
    assert _events("وواصلت قوات النظام قصفها على بلدة كفرنبل في ريف إدلب، ما أسفر عن مقتل مدنيين اثنين.") == [
        ("shelling", None, "Kafranbel", "Syrian army", 2)]


def test_shells_that_went_on_falling_and_killed_two_are_one_attack() -> None:
    assert _events("وتواصل سقوط القذائف على بلدة كفرنبل في ريف إدلب، ما أدى إلى مقتل شخصين.") == [
        ("shelling", None, "Kafranbel", None, 2)]


@pytest.mark.parametrize("text", ["وواصلت قوات النظام قصفها على بلدة كفرنبل في ريف إدلب.",
                                  "وتواصل سقوط القذائف على بلدة كفرنبل في ريف إدلب."])
def test_a_bombardment_continued_without_a_toll_or_a_day_is_no_attack(text: str) -> None:
    assert _events(text) == []
