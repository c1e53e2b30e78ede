"""A past verb of undergoing (تعرضت، بعد تعرض) before a strike or shooting noun with the preposition ل, or after
إلى written as a word, tells the attack done to its subject, the target, though no side is named; not a blow (ضربة)
nor what is undergone now."""

from __future__ import annotations

import datetime as dt

from tests.articles import typed_events


def _events(text: str) -> list[tuple]:
    return typed_events(text, dt.date(2018, 6, 25))


def test_a_town_that_underwent_a_bombardment() -> None:
    assert _events("وتعرضت مدينة إدلب لقصف عنيف يوم الثلاثاء.") == [("shelling", "2018-06-19", "Idlib")]


def test_a_team_that_came_under_fire() -> None:
    text = "وتعرض فريق تابع للأمم المتحدة لإطلاق نار في مدينة منبج يوم الثلاثاء."
    assert _events(text) == [("ground_attack", "2018-06-19", "Manbij")]


def test_a_convoy_attacked_told_by_the_verbal_noun() -> None:
    text = "وتأجل دخول المساعدات بعد تعرض قافلة لهجوم قرب مدينة الرمادي مساء أمس."
    assert _events(text) == [("ground_attack", "2018-06-24", "Ramadi")]


def test_a_blow_undergone_is_no_attack() -> None:
    assert _events("وتعرضت الاستثمارات لضربة شديدة في مدينة حلب يوم الثلاثاء.") == []


def test_the_verb_beyond_a_comma_tells_nothing() -> None:
    assert _events("وتعرضت مدينة إدلب يوم الثلاثاء لانتقادات، وقصف حي فيها معروف.") == []


def test_what_a_town_undergoes_now_is_still_no_attack() -> None:
    assert _events("ولا تزال مدينة إدلب تتعرض لقصف عنيف يوم الثلاثاء.") == []


def test_an_attack_feared_is_no_attack() -> None:
    assert _events("وحذر المسؤول يوم الثلاثاء من خطر تعرض مدينة إدلب لقصف عنيف.") == []


def test_a_town_that_underwent_a_bombardment_told_with_ila() -> None:
    text = "وتعرضت مدينة إدلب إلى قصف من قوات النظام يوم الثلاثاء."
    assert _events(text) == [("shelling", "2018-06-19", "Idlib")]


def test_a_man_who_came_under_fire_told_with_ila() -> None:
    text = "وتعرض المسؤول إلى إطلاق نار من قبل مجهول في مدينة منبج يوم الثلاثاء."
    assert _events(text) == [("ground_attack", "2018-06-19", "Manbij")]


def test_a_convoy_that_underwent_the_attack_told_with_ila() -> None:
    text = "وتأجل دخول المساعدات بعد تعرض القافلة إلى الهجوم قرب مدينة الرمادي مساء أمس."
    assert _events(text) == [("ground_attack", "2018-06-24", "Ramadi")]


def test_a_blow_undergone_told_with_ila_is_no_attack() -> None:
    assert _events("وتعرض اللاعب إلى ضربة قوية في مدينة حلب يوم الثلاثاء.") == []


def test_what_a_town_undergoes_now_told_with_ila_is_no_attack() -> None:
    assert _events("ولا تزال مدينة إدلب تتعرض إلى قصف عنيف يوم الثلاثاء.") == []


def test_an_attack_feared_told_with_ila_is_no_attack() -> None:
    assert _events("وحذر المسؤول يوم الثلاثاء من خطر تعرض مدينة إدلب إلى قصف عنيف.") == []


def test_ila_after_no_verb_of_undergoing_tells_nothing() -> None:
    assert _events("ودعا المسؤول يوم الثلاثاء إلى قصف مدينة إدلب.") == []
