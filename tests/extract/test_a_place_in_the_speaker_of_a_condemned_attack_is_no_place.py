"""A place named in the speaker of a saying verb whose object is the attack, a definite noun with no preposition
or after ب (استنكر مدير الهيئة بمنطقة الرياض التفجير الذي وقع في مسجد بمنطقة عسير، ندد وزير في بغداد بالهجوم على
سوق في الموصل), is the speaker's: it does not locate the attack when the clause names a place after the trigger."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


def _events(text: str) -> list[tuple]:
    return typed_events(text, dt.date(2015, 8, 9))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استنكر مدير الهيئة بمنطقة الرياض التفجير الذي وقع يوم الخميس الماضي في مسجد بمنطقة عسير.",
         [("bombing", "2015-08-06", "Asir Region")]),
        ("أدان وزير الداخلية في بغداد الهجوم الذي استهدف سوقا في مدينة الموصل أمس.",
         [("ground_attack", "2015-08-08", "Mosul")]),
        # the attack told after ب (ندد بالهجوم) is the verb's object too
        ("ندد وزير الداخلية في بغداد بالهجوم الذي استهدف سوقا في مدينة الموصل أمس.",
         [("ground_attack", "2015-08-08", "Mosul")]),
        # with no place after the trigger the speaker's place stays
        ("استنكر مدير الهيئة بمنطقة عسير التفجير الذي وقع يوم الخميس الماضي في مسجد قوات الطوارئ.",
         [("bombing", "2015-08-06", "Asir Region")]),
    ],
    ids=["condemned-bombing", "condemned-attack", "condemned-after-ba", "no-place-after"],
)
def test_speaker_places(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
