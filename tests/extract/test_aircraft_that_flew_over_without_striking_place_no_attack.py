"""An aircraft told as the subject of a verb of flying over among the five words after it ([negation]
downed_after: مقاتلات تركية حلقت في أجواء جبل قنديل، طائرة حربية تحلق فوق المدينة) struck nothing, as one told
flying over by the noun before it (تحليق طائرات) does not; and a trigger right after the one verb that follows
"without" and a complementizer ([negation] without_doing: من دون أن تشن غارات) was not done. Neither tells an
attack, so neither lends its place to the attack told before it (Turkish strikes on ISIS in Syria, then a
campaign on the PKK in northern Iraq: Syria, not the mountain flown over), nor to one left unplaced (strikes on
ISIS in Syria and on the PKK in northern Iraq after one trigger: no place). Aircraft that strike with their own
verb, and a strike told without either, stay."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2015, 7, 26)


def test_warplanes_that_flew_over_a_mountain_are_no_strike() -> None:
    text = "وقال مسؤول كردي إن مقاتلات تركية حلقت أمس في أجواء جبل قنديل شمال محافظة أربيل."
    assert dated_events(text, PUBLISHED) == []


def test_a_warplane_flying_over_a_city_is_no_strike() -> None:
    text = "وأفاد ناشطون أن طائرة حربية تحلق الآن فوق مدينة إدلب."
    assert dated_events(text, PUBLISHED) == []


def test_strikes_not_launched_are_no_strike() -> None:
    text = "وعادت القوات إلى مدينة أربيل أمس من دون أن تشن غارات."
    assert dated_events(text, PUBLISHED) == []


def test_shells_not_fired_are_no_shelling() -> None:
    text = "وقال الجيش إن القوات دخلت مدينة أربيل أمس بدون أن تطلق قذائف."
    assert dated_events(text, PUBLISHED) == []


OVERFLIGHT = ("وقال مسؤول كردي إن مقاتلات تركية حلقت أيضا في أجواء جبل قنديل شمال محافظة أربيل، من دون أن تشن "
              "غارات.")


def test_the_overflight_lends_no_place_to_the_strikes_told_before() -> None:
    text = ("شنت مقاتلات تركية أمس غارات جوية على مواقع لتنظيم داعش في سوريا وبدأت حملة قصف لمخيمات حزب العمال "
            "الكردستاني في شمال العراق. " + OVERFLIGHT)
    assert dated_events(text, PUBLISHED) == [("airstrike", "2015-07-25", "publication", "Syria", None)]


def test_the_overflight_lends_no_place_to_unplaced_strikes_told_before() -> None:
    text = ("شنت مقاتلات تركية أمس غارات جوية وقصفا على مواقع لتنظيم داعش في سوريا ولحزب العمال الكردستاني في "
            "شمال العراق. " + OVERFLIGHT)
    assert dated_events(text, PUBLISHED) == [("airstrike", "2015-07-25", "publication", None, None)]


def test_warplanes_that_flew_over_and_struck_stay_a_strike() -> None:
    text = "حلقت مقاتلات تركية فوق مدينة زاخو ثم قصفت أمس مواقع لحزب العمال الكردستاني قرب مدينة زاخو."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2015-07-25", "publication", "Zaxo", None)]


def test_strikes_launched_before_a_without_stay() -> None:
    text = "شنت مقاتلات تركية أمس غارات على مواقع قرب مدينة زاخو دون أن تسفر عن قتلى."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2015-07-25", "publication", "Zaxo", 0)]
