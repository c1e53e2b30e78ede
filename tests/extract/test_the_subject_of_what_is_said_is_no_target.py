"""A side right after a bare complementizer (إن، أن: `dates.toml` [words] said) opens what is said: it is that
clause's subject, never the target of a cue among the words before the complementizer (يتابع المعارك على الجبهات إن
قوات النظام هاجمت: the regime's forces attacked; عنصرا قالوا إن تنظيم داعش اختطفهم: ISIS abducted them)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


def test_a_side_after_what_a_speaker_said_attacked() -> None:
    text = ("وقال المرصد الذي يتابع المعارك على الجبهات إن قوات النظام هاجمت أمس بلدة بصر الحرير في ريف درعا "
            "مما أدى إلى مقتل 13 شخصا.")
    assert _events(text) == [("ground_attack", "2016-08-11", "Busr al-Harir", "Syrian army")]


def test_a_side_said_to_have_abducted_the_counted_fighters_abducted_them() -> None:
    text = "وطلب مسؤولون شهادات وفاة لـ 27 عنصرا قالوا إن تنظيم داعش اختطفهم الأربعاء في بيجي."
    assert _events(text) == [("other", "2016-08-10", "Bayjī", "ISIS")]


def test_a_side_whose_positions_were_struck_after_the_complementizer_is_still_the_target() -> None:
    text = "وقال ناشطون إن مواقع القوات التركية تعرضت أمس لقصف قرب مدينة جرابلس."
    assert [e[3] for e in _events(text)] == [None]
