"""An attack told with the dead of one group (أعلنت الجماعة مقتل اثنين من عناصرها أمس في غارة ...) and again, without a
date, with those dead added to another group's (ما تسبب بمقتل عنصرين من الجماعة وثلاثة من اللجان الشعبية) is one attack
with the whole toll; a count added up from two parts is one toll of one attack told in two sentences (قتل 27 مقاتلا في
هجوم ...; ما تسبب بمقتل 20 من القوات بالإضافة إلى سبعة مقاتلين أجانب). A second count whose first part is not the
group's dead stays another attack."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 18)  # a Monday
LEAD = "أعلنت الجماعة مقتل اثنين من عناصرها أمس في غارة نفذتها طائرة حربية على بلدة في ريف القنيطرة، "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_the_groups_dead_and_the_whole_toll_are_one_strike() -> None:
    text = LEAD + ("وقالت في بيان إن طائرة حربية استهدفت سيارة في بلدة خان أرنبة في ريف القنيطرة ما تسبب بمقتل عنصرين "
                   "من الجماعة وثلاثة من اللجان الشعبية.")
    assert _events(text) == [("airstrike", "2016-07-17", "Khan Arnabah", 5)]


def test_a_sum_whose_first_part_is_other_dead_stays_apart() -> None:
    text = LEAD + ("وقالت في بيان إن طائرة حربية استهدفت سيارة في بلدة خان أرنبة في ريف القنيطرة ما تسبب بمقتل أربعة "
                   "من الجماعة وثلاثة من اللجان الشعبية.")
    assert _events(text) == [
        ("airstrike", "2016-07-17", "Quneitra", 2), ("airstrike", "2016-07-17", "Khan Arnabah", 7)]


def test_a_toll_added_up_in_addition_to_is_the_leads_toll() -> None:
    text = ("قتل 27 مقاتلا من القوات الحكومية في هجوم شنه مسلحون قبل أيام على نقطة في شرق سوريا. وذكر المرصد أن مسلحين "
            "هاجموا الأربعاء رتلا للقوات الحكومية قرب مدينة الميادين ما تسبب بمقتل 20 من القوات الحكومية بالإضافة إلى "
            "سبعة مقاتلين أجانب.")
    assert _events(text) == [("ground_attack", "2016-07-13", "Al Mayādīn", 27)]
