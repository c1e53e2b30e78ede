"""A place told relative to a town (قرب مدينة حمص، غرب عمان) is no spot of its own: an attack told there and one
told at a spot around it (of its governorate when told as near it, within the told radius the way a direction
says otherwise) are one attack, unless they tell different dead or the spot lies in another governorate."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 4, 10)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_a_lead_near_a_city_and_the_base_it_names_in_detail_are_one_strike() -> None:
    text = ("اتهمت سوريا إسرائيل بالوقوف وراء قصف قاعدة جوية عسكرية قرب مدينة حمص وسط البلاد. "
            "وقتل 14 شخصا في القصف الذي استهدف الاثنين قاعدة التيفور الجوية.")
    assert _events(text) == [("airstrike", "2018-04-09", "Tiyas (T4) airbase", 14)]


def test_an_attack_west_of_a_city_and_a_town_there_the_same_day_are_one() -> None:
    text = ("قتل رجل أمن في هجوم استهدف دورية غرب عمان الجمعة. "
            "وكانت الوزارة أعلنت جرح ستة آخرين الجمعة في انفجار عبوة ناسفة في الفحيص.")
    assert _events(text) == [("bombing", "2018-04-06", "Al Fuḩayş", None)]


def test_strikes_west_of_a_city_and_on_a_town_south_east_of_it_are_two() -> None:
    """Nimrud lies some 30 km south-east of Mosul: within a direction's radius, but not the way it says."""
    text = ("قصفت طائرات التحالف الاثنين مواقع للتنظيم غرب الموصل. "
            "وقتل مدني في غارة للتحالف على بلدة النمرود الاثنين.")
    assert _events(text) == [("airstrike", "2018-04-09", "Mosul", None), ("airstrike", "2018-04-09", "Nimrud", 1)]


def test_strikes_south_east_of_a_city_and_on_a_town_there_are_one() -> None:
    text = ("قصفت طائرات التحالف الاثنين مواقع للتنظيم جنوب شرق الموصل. "
            "وقتل مدني في غارة للتحالف على بلدة النمرود الاثنين.")
    assert _events(text) == [("airstrike", "2018-04-09", "Nimrud", 1)]


def test_two_bombings_around_a_city_with_different_dead_are_two() -> None:
    text = ("قتل شخص في تفجير عبوة ناسفة في منطقة الحسينية شمالي بغداد أمس. "
            "وقتل شخصان في تفجير عبوة ناسفة في قضاء التاجي أمس.")
    assert _events(text) == [("bombing", "2018-04-09", "Baghdad", 1), ("bombing", "2018-04-09", "Taji", 2)]


def test_a_lead_near_a_city_and_a_strike_in_another_governorate_are_two() -> None:
    text = ("اتهمت سوريا إسرائيل بقصف قاعدة جوية قرب مدينة حمص. "
            "وقتل 14 شخصا في القصف الذي استهدف الاثنين مطار المزة العسكري.")
    assert [e[2] for e in _events(text)] == ["Homs", "Mezzeh"]


def test_the_suburbs_of_a_city_governorate_and_the_governorate_around_it_are_one_place() -> None:
    """Damascus is a governorate of one city, enclosed by Rif Dimashq: its suburbs lie there."""
    text = ("سقطت قذيفة هاون أطلقتها فصائل المعارضة الاثنين على حي سكني في ريف دمشق وقتلت 12 شخصا. "
            "وأدى سقوط القذيفة الاثنين على حي سكني في ضواحي دمشق إلى مقتل 12 شخصا.")
    assert [(e[0], e[1], e[3]) for e in _events(text)] == [("shelling", "2018-04-09", 12)]


def test_the_suburbs_of_a_city_and_the_governorate_around_it_with_other_dead_are_two() -> None:
    text = ("سقطت قذيفة هاون أطلقتها فصائل المعارضة الاثنين على حي سكني في ريف دمشق وقتلت 12 شخصا. "
            "وأدى سقوط قذيفة أخرى الاثنين على سوق في ضواحي دمشق إلى مقتل ثلاثة أشخاص.")
    assert [(e[2], e[3]) for e in _events(text)] == [("Rif Dimashq", 12), ("Damascus", 3)]
