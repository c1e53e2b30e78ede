"""A day written after بعد، قبل، منذ، عقب or إثر and a noun of another happening that is no attack (غارات ... بعد
أحداث 11 سبتمبر 2001، قبل الانتخابات التي جرت الخميس) is that happening's: the attack came after or before it,
never on it, so the attack is kept without a date (not dropped, and given no day carried from elsewhere). So is one
after a list opener naming another happening beside the attack (عدا عن أحداث الحدود في عام 2014), and one
in an opening phrase closed by a comma (وبعد أحداث 11 سبتمبر 2001، شنت ...). A time of the day (بعد صلاة الفجر يوم
الخميس، بعد ظهر الخميس) or a moment of it (قبل غروب الشمس الخميس، بعد الإفطار الخميس), a fight of the attack's own
(بعد قتال عنيف الليلة الماضية), a death the attack caused (عقب استشهاده أمس، إثر سقوط مقذوف) and "by" (من قبل
مجهولين الخميس) keep the day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

STRIKES = "قصفت الطائرات الحربية مواقع للمسلحين في مدينة الرقة"


def _dated(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return [(e.event_type, e.date, e.date_end, e.date_precision, e.date_basis)
            for e in extract_article(article(text, dt.date(2016, 7, 20)))]


@pytest.mark.parametrize(
    "text",
    [
        f"{STRIKES} بعد أحداث 11 سبتمبر 2001.",
        f"{STRIKES} قبل الانتخابات التي جرت الخميس.",
        f"{STRIKES} عقب وصول الوزير الخميس.",
        f"{STRIKES} بعد إعلان الحكومة الخميس عن خطة جديدة.",
        f"{STRIKES} منذ أحداث 11 سبتمبر 2001.",
        "وبعد أحداث 11 سبتمبر 2001، قصفت الطائرات الحربية مواقع للمسلحين في مدينة الرقة.",
        "وقبل وصول الوزير الخميس، شنت الطائرات الحربية غارات على مواقع للمسلحين في مدينة الرقة.",
        f"{STRIKES}، عدا عن أحداث الحدود في عام 2014.",
        f"{STRIKES}، فضلا عن أحداث الحدود في عام 2014.",
    ],
    ids=["after-events-of-a-day", "before-elections-of-thursday", "after-an-arrival", "after-an-announcement",
         "since-events-of-a-day", "an-opening-after-phrase", "an-opening-before-phrase",
         "besides-events-of-a-year", "besides-events-of-a-year-too"],
)
def test_a_day_of_another_happening_leaves_the_attack_undated(text: str) -> None:
    assert _dated(text) == [("airstrike", None, None, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{STRIKES} بعد صلاة الفجر يوم الخميس.", ("airstrike", "2016-07-14", "2016-07-14", "day", "publication")),
        (f"{STRIKES} بعد ظهر الخميس.", ("airstrike", "2016-07-14", "2016-07-14", "day", "publication")),
        ("وسيطر التنظيم على مدينة القريتين بعد قتال عنيف مع قوات الجيش الليلة الماضية.",
         ("ground_attack", "2016-07-19", "2016-07-20", "range", "publication")),
        ("وتعرض رجل أعمال إلى إطلاق نار من قبل مجهولين في مدينة حلب الخميس.",
         ("ground_attack", "2016-07-14", "2016-07-14", "day", "publication")),
        ("وبعد هدوء طوال صباح يوم الأحد، تجدد القصف المدفعي لقوات النظام على مدينة دوما.",
         ("shelling", "2016-07-17", "2016-07-17", "day", "publication")),
        (f"{STRIKES} قبل غروب الشمس الخميس.", ("airstrike", "2016-07-14", "2016-07-14", "day", "publication")),
        (f"{STRIKES} قبيل أذان المغرب الخميس.", ("airstrike", "2016-07-14", "2016-07-14", "day", "publication")),
        (f"{STRIKES} بعد الإفطار الخميس.", ("airstrike", "2016-07-14", "2016-07-14", "day", "publication")),
    ],
    ids=["after-a-prayer-of-the-day", "after-noon", "a-fight-of-its-own", "by-gunmen", "after-a-morning-of-calm",
         "before-sunset", "before-the-call-to-prayer", "after-the-breaking-of-the-fast"],
)
def test_a_time_of_the_day_a_fight_or_by_keeps_the_day(text: str, expected: tuple) -> None:
    assert _dated(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل جندي سعودي عقب إصابته أول من أمس بمدينة جازان، إثر سقوط قذيفة من الأراضي اليمنية.",
         ("shelling", "2016-07-18", "2016-07-18", "day", "publication")),
        ("وأصبح أبو أيوب زعيما للتنظيم بعد مقتل الزرقاوي في 7 حزيران 2006 إثر غارة جوية أمريكية على قرية هبهب.",
         ("airstrike", "2006-06-07", "2006-06-07", "day", "explicit")),
        ("وأصبح أبو أيوب زعيما للتنظيم بعد وفاة الزرقاوي في 7 حزيران 2006 إثر غارة جوية أمريكية على قرية هبهب.",
         ("airstrike", "2006-06-07", "2006-06-07", "day", "explicit")),
    ],
    ids=["a-wounding-the-shell-caused", "a-death-the-strike-caused", "a-death-told-by-wafat"],
)
def test_a_death_the_attack_caused_keeps_its_day(text: str, expected: tuple) -> None:
    assert _dated(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "وشنت الطائرات غارات على مدينة الرقة بالإضافة إلى مناطق في ريفها يوم الخميس.",
        "وشنت الطائرات غارات على مدينة الرقة إلى جانب قرى في ريفها يوم الخميس.",
        "وشنت الطائرات غارات على مدينة الرقة فضلا عن المناطق المحيطة بها يوم الخميس.",
    ],
    ids=["besides-areas", "beside-villages", "besides-the-areas-around"],
)
def test_more_places_listed_after_besides_keep_the_day(text: str) -> None:
    """A list opener before a noun of places names more places the attack struck, not another happening."""
    assert _dated(text) == [("airstrike", "2016-07-14", "2016-07-14", "day", "publication")]
