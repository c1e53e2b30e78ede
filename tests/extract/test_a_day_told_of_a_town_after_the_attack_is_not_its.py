"""A day written in a relative clause of a town named after an attack (قرب كوباني التي طرد التنظيم منها في يناير)
is the day of what befell the town, not the attack's; a relative clause telling the attack's occurrence (التي
وقعت فيها), a state in the present (التي تسيطر عليها المعارضة يوم السبت) or a feminine attack noun the pronoun may
describe (الغارة على البلدة التي) keeps the day the attack's."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _dates(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2015, 7, 21)))]


def test_a_day_of_what_befell_the_town_dates_no_attack() -> None:
    text = "ووقع الانفجار في سوروتش قرب مدينة كوباني التي طرد المقاتلون الأكراد التنظيم منها في يناير الماضي."
    assert [e for e in _dates(text) if e[1] is not None] == []


def test_a_state_of_the_town_in_the_present_leaves_the_day_the_attacks() -> None:
    text = "وقتل عشرة أشخاص في هجوم بغاز سام استهدف بلدة دوما التي تسيطر عليها المعارضة يوم السبت الماضي."
    assert _dates(text) == [("other", "2015-07-18", "Dūmā")]


def test_an_occurrence_verb_after_the_town_tells_the_attacks_day() -> None:
    text = "وقتل عشرة أشخاص في تفجير انتحاري في مسجد بالكويت التي وقعت فيها أعنف هجمات يوم 26 يونيو الماضي."
    assert [e[1] for e in _dates(text)] == ["2015-06-26"]


def test_after_a_feminine_attack_noun_the_pronoun_may_tell_the_attack() -> None:
    text = "وقتل خمسة مدنيين في الغارة الجوية على بلدة سرمين التي نفذتها الطائرات الروسية أمس."
    assert [e[1] for e in _dates(text)] == ["2015-07-20"]
