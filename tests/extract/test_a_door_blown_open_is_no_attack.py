"""A door or a gate blown open (تفجير باب منزل، تفجير البوابة) forces a way in, during an arrest as well: no
bombing of its own; a bombing that struck a door with its dead, or the bomber who stormed after the gate was blown,
stays one."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2015, 8, 3)


def test_a_door_blown_open_for_an_arrest_is_no_attack() -> None:
    text = "واعتقلت القوات الفتى نعيم من حي عين اللوزة في بلدة سلوان أمس بعد تفجير باب منزل ذويه في البلدة."
    assert dated_events(text, PUBLISHED) == []


def test_a_bombing_that_struck_a_door_stays() -> None:
    text = "قتل ثلاثة أشخاص أمس في تفجير استهدف باب منزل في مدينة الموصل."
    assert dated_events(text, PUBLISHED) == [("bombing", "2015-08-02", "publication", "Mosul", 3)]


def test_the_bomber_who_stormed_after_the_gate_was_blown_stays() -> None:
    text = ("اقتحم انتحاري أمس مركز الشرطة في مدينة الموصل بعد تفجير البوابة بسيارة مفخخة، ما أدى إلى مقتل ثلاثة "
            "شرطيين.")
    assert dated_events(text, PUBLISHED) == [("bombing", "2015-08-02", "publication", "Mosul", 3)]
