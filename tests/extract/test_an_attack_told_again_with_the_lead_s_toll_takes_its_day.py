"""An attack told without a date some sentences after the lead, of the kind and with the very count of dead (two or
more) of the one attack of that kind and toll the lead tells on a day, is that attack told again in detail and takes
its day (basis ``lead``); not with another count, one dead, as what had happened before (وكانت), as another
incident, some unsaid time ago, or in another country."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2015, 8, 11)
LEAD = ("هاجم مسلحون أمس مركزا للشرطة في مدينة ديار بكر، فيما استهدفت سيارة مفخخة مركزا للشرطة في المدينة وقتل "
        "{n} جنود في منطقة حدودية عقب استهداف دوريتهم بعبوة ناسفة. وقال مسؤول إن المهاجمين فروا بعد الهجوم. ")


def _detail(text: str) -> tuple:
    e = next(e for e in extract_article(article(text, PUBLISHED)) if e.place == "Midyat")
    return e.event_type, e.date, e.date_precision, e.date_basis, e.killed


def test_the_detail_with_the_lead_s_toll_takes_its_day() -> None:
    text = LEAD.format(n=4) + "وفي محافظة ماردين، قتل اربعة جنود في انفجار عبوة ناسفة زرعت بجانب طريق في بلدة مديات."
    assert _detail(text) == ("bombing", "2015-08-10", "day", "lead", 4)


def test_another_toll_is_another_attack() -> None:
    text = LEAD.format(n=4) + "وفي محافظة ماردين، قتل ثلاثة جنود في انفجار عبوة ناسفة زرعت بجانب طريق في بلدة مديات."
    assert _detail(text) == ("bombing", None, None, None, 3)


def test_one_dead_tells_no_attack_apart() -> None:
    text = LEAD.format(n=1).replace("جنود", "جندي") + (
        "وفي محافظة ماردين، قتل جندي في انفجار عبوة ناسفة زرعت بجانب طريق في بلدة مديات.")
    assert _detail(text)[1] is None


def test_what_had_happened_before_keeps_no_day() -> None:
    text = LEAD.format(n=4) + "وكان اربعة جنود قد قتلوا في انفجار عبوة ناسفة زرعت بجانب طريق في بلدة مديات."
    assert _detail(text)[1] is None


def test_another_incident_keeps_no_day() -> None:
    text = LEAD.format(n=4) + "وفي حادث منفصل، قتل اربعة جنود في انفجار عبوة ناسفة زرعت بجانب طريق في بلدة مديات."
    assert _detail(text)[1] is None


def test_some_unsaid_time_ago_keeps_no_day() -> None:
    text = LEAD.format(n=4) + "وقتل اربعة جنود مؤخرا في انفجار عبوة ناسفة زرعت بجانب طريق في بلدة مديات."
    assert _detail(text)[1] is None


def test_another_country_keeps_no_day() -> None:
    text = LEAD.format(n=4) + "وفي سوريا، قتل اربعة جنود في انفجار عبوة ناسفة زرعت بجانب طريق في مدينة القامشلي."
    events = [(e.place, e.date) for e in extract_article(article(text, PUBLISHED)) if e.country == "SY"]
    assert events == [("Al Qāmishlī", None)]
