"""An attack named to describe a place (… في البلدة حيث وقع التفجير أمس): the words "where … happened" open a
clause of its own, so the attack keeps its own day and takes neither the dead nor the side of the clause before
(bodies found, inspectors arriving); it keeps the place named before the words."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events


def test_an_attack_describing_a_place_takes_no_toll_of_the_clause_before() -> None:
    text = ("وعثرت قوات الأمن أمس على جثتي شرطيين في منزلهما في مدينة جيلان بينار حيث وقع التفجير الانتحاري"
            " أول من أمس.")
    assert dated_events(text, dt.date(2015, 7, 23)) == [("bombing", "2015-07-21", "publication", "Ceylanpınar", None)]


def test_an_attack_describing_a_place_keeps_that_place() -> None:
    text = "ووصل المفتشون أمس إلى مدينة دوما حيث وقعت الغارة الجوية يوم السبت."
    assert dated_events(text, dt.date(2018, 4, 18)) == [("airstrike", "2018-04-14", "publication", "Dūmā", None)]
