"""A date written in a relative clause describing the attack noun is the attack's, not the main
clause's (اجتمع الوزراء اليوم ... حول الغارات التي شنتها ... يوم السبت); and the day of a saying is
no date of an attack the saying only names after a cause word (أعلنت الإذاعة الأحد أن ... بعد قصف
المطار): the attack came before it. Nor is the day of a meeting, a speech (في كلمته بمناسبة ...، في خطاب ألقاه أمس)
or a visit told beside the attack (وقام
الوزير بزيارة مفاجئة للمدينة أمس) its date, nor that of a visit during which what the attack left is seen
(اطلع على آثار التفجير خلال زيارته أمس)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("التقى رؤساء الحكومات اليوم الجمعة في باريس لبحث الغارات التي نفذتها الطائرات الروسية مساء "
         "الأحد الماضي على مدينة منبج.", [("airstrike", "2016-08-07", "Manbij")]),
        ("وناقش النواب في بروكسل أمس الغارات الجوية التي شنتها طائرات التحالف يوم 3 آب على مدينة منبج.",
         [("airstrike", "2016-08-03", "Manbij")]),
        ("قال المتحدث باسم التحالف لشبكة سي إن إن، الخميس، إن الضربات الجوية التي نفذها التحالف في اليمن، اليوم، "
         "كانت ضد هدف مشروع.", [("airstrike", "2016-08-11", "Yemen")]),
    ],
    ids=["relative-clause-day", "relative-clause-explicit-day", "said-today-is-the-speakers-day"],
)
def test_a_date_in_a_relative_clause_dates_the_attack_it_describes(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


SAYING = ("وفي وقت سابق، الأربعاء، أعلنت الإذاعة الرسمية أن الجيش سيعرض صور منظومة الطيران الروسية في "
          "سوريا، تحسبا لأي رد بعد قصف مطار الطبقة.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SAYING, []),
        ("قصفت طائرات إسرائيلية مطار الطبقة العسكري يوم 7 آب.\n" + SAYING,
         [("airstrike", "2016-08-07", "Tabqa airbase")]),
        ("في الثامن من آب، قال المرصد إن عشرات واجهوا صعوبات في التنفس في بلدة سقبا إثر ضربات جوية.",
         [("airstrike", "2016-08-08", "Saqba")]),
    ],
    ids=["saying-alone-is-a-remention", "saying-completes-the-strike-told-before",
         "attack-told-after-a-cause-keeps-the-day"],
)
def test_the_day_of_a_saying_does_not_date_an_attack_named_after_a_cause(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يجتمع مجلس الأمن الأربعاء لبحث قصف مدفعي استهدف مدينة منبج وقتل خمسة مدنيين.",
         [("shelling", None, "Manbij")]),
        ("دافع الوزير خلال جلسة للبرلمان، الاثنين، عن غارات جوية قتلت عشرة مسلحين في مدينة منبج.",
         [("airstrike", None, "Manbij")]),
        ("وجاءت غارات قتلت عشرة مسلحين في مدينة منبج تنفيذا لما تقرر في الاجتماع الذي عقد أمس.",
         [("airstrike", None, "Manbij")]),
        ("عقد الوزراء جلسة طارئة أمس لبحث الغارات التي شنتها الطائرات يوم السبت الماضي على مدينة منبج وقتلت عشرة "
         "مدنيين.", [("airstrike", "2016-08-06", "Manbij")]),
        ("قصفت الطائرات مواقع على قمة جبل قرب مدينة منبج أمس.", [("airstrike", "2016-08-11", "Manbij")]),
        ("قتل أربعة أشخاص في تفجير خلال اجتماع للحزب في 5 آب في مدينة منبج.", [("bombing", "2016-08-05", "Manbij")]),
        ("أشاد الرئيس في كلمته بمناسبة عيد الجيش يوم الاثنين برجال الأمن الذين كشفوا مرتكبي التفجير الذي ضرب سوق "
         "مدينة منبج وقتل خمسة مدنيين.", [("bombing", None, "Manbij")]),
        ("دافع الوزير في خطاب ألقاه أمس عن غارات جوية قتلت عشرة مسلحين في مدينة منبج.",
         [("airstrike", None, "Manbij")]),
    ],
    ids=["meeting-to-come", "session-day", "meeting-held-yesterday", "attack-with-its-own-day", "a-peak-is-no-summit",
         "attack-during-a-meeting", "speech-day", "speech-given-yesterday"],
)
def test_the_day_of_a_meeting_or_speech_does_not_date_the_attack_it_discusses(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انفجرت سيارة مفخخة في سوق مدينة منبج، وقام وزير الداخلية بزيارة مفاجئة للمدينة أمس.",
         [("bombing", None, "Manbij")]),
        ("قتل خمسة مدنيين في غارة جوية على مدينة منبج، وأجرى الوزير مباحثات مع نظيره في أنقرة الاثنين.",
         [("airstrike", None, "Manbij")]),
        ("قتل خمسة أشخاص في تفجير سيارة مفخخة خلال زيارة الوزير لمدينة منبج أمس.",
         [("bombing", "2016-08-11", "Manbij")]),
        ("قتل خمسة أشخاص في تفجير سيارة مفخخة في سوق مدينة منبج يوم الأربعاء. واطلع الوزير على آثار التفجير خلال "
         "زيارته أمس.", [("bombing", "2016-08-10", "Manbij")]),
    ],
    ids=["visit-beside", "talks-beside", "attack-during-a-visit", "aftermath-seen-during-a-visit"],
)
def test_the_day_of_a_visit_told_beside_does_not_date_the_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
