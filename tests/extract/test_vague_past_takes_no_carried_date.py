"""An attack told to have happened some unsaid time before (مؤخرا، في وقت سابق) keeps its time vague:
it takes no date from the lead it follows up, from the clause before it in its sentence, nor from a
dated clause without trigger; a vague word in a relative clause after the trigger says nothing of it."""

from __future__ import annotations

from tests.articles import typed_events

LEAD = "قتل خمسة جنود يوم الخميس في هجوم بسيارة مفخخة على حاجز للجيش في مدينة الرقة. "


def test_a_follow_up_told_as_recent_takes_no_date_from_the_lead() -> None:
    text = LEAD + "وأضاف المصدر أن مسلحين هاجموا مؤخرا مركزا للشرطة في مدينة الرقة."
    assert typed_events(text) == [("bombing", "2016-08-11", "Ar Raqqah"), ("ground_attack", None, "Ar Raqqah")]


def test_a_follow_up_without_a_vague_word_still_takes_the_lead_date() -> None:
    text = LEAD + "وأضاف المصدر أن مسلحين هاجموا مركزا للشرطة في مدينة الرقة."
    assert typed_events(text) == [("bombing", "2016-08-11", "Ar Raqqah"), ("ground_attack", "2016-08-11", "Ar Raqqah")]


def test_a_clause_of_the_same_time_told_as_earlier_takes_no_date() -> None:
    text = ("قصفت الطائرات الحربية مدينة سراقب يوم الخميس، فيما استهدفت غارات في وقت سابق مدينة معرة النعمان وقتل فيها "
            "ثلاثة مدنيين.")
    assert typed_events(text) == [("airstrike", "2016-08-11", "Saraqib"), ("airstrike", None, "Maarat al-Numan")]


def test_a_vague_word_of_a_relative_clause_leaves_the_trigger_its_date() -> None:
    text = LEAD + ("وأضاف المصدر أن المسلحين استهدفوا بقذائف الهاون حاجزا في مدينة الرقة التي سيطروا عليها في وقت "
                   "سابق.")
    assert typed_events(text) == [("bombing", "2016-08-11", "Ar Raqqah"), ("shelling", "2016-08-11", "Ar Raqqah")]


def test_an_attack_told_as_recent_takes_no_date_of_a_clause_without_trigger() -> None:
    arrived = "وصلت التعزيزات إلى المدينة يوم الخميس، وكان مسلحون هاجموا "
    assert typed_events(arrived + "مؤخرا حاجزا للجيش في مدينة الرقة.") == [("ground_attack", None, "Ar Raqqah")]
    assert typed_events(arrived + "حاجزا للجيش في مدينة الرقة.") == [("ground_attack", "2016-08-11", "Ar Raqqah")]
