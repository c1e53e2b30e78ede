"""An attack named after a word counting another happening from it (وعدت الحكومة بتعزيز الأمن غداة هجوم
انتحاري في س) has no date expression of its own: the word dates the promise. Its dated telling at the same
place completes it, and the two are one event; an attack so named in a clause telling another attack before
the word stays its own."""

from __future__ import annotations

import pytest

from tests.articles import typed_events

DATED = "وقال مسؤول إن التفجير الذي وقع ظهر الاثنين استهدف مركزا ثقافيا في سروج."


@pytest.mark.parametrize(
    "lead",
    [
        "تعهدت الحكومة التركية بتعزيز الإجراءات الأمنية غداة تفجير انتحاري في بلدة سروج أسفر عن مقتل 32 شخصا.",
        "وعدت الحكومة بتعزيز الأمن غداة هجوم انتحاري ضرب مدينة سروج وأودى بحياة 32 شخصا.",
    ],
    ids=["promise-after-a-bombing", "promise-after-an-attack"],
)
def test_the_attack_a_promise_follows_is_its_dated_telling(lead: str) -> None:
    assert typed_events(f"{lead}\n{DATED}") == [("bombing", "2016-08-08", "Suruç")]


def test_the_attack_another_attack_follows_stays_apart() -> None:
    text = ("قتل خمسة في تفجير سيارة مفخخة في سروج الأحد.\n"
            "وتبنى التنظيم هذه التفجيرات التي أتت غداة مقتل 23 شخصا في تفجير سيارتين مفخختين في سروج.")
    assert typed_events(text) == [("bombing", "2016-08-07", "Suruç"), ("bombing", None, "Suruç")]
