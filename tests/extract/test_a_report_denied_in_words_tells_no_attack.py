"""A denial told in words ([negation] denial_phrases: لا صحة، لم ترد أي تقارير) reaches the attack named after it in
its clause as نفت does: no attack told, and no killing told by a lead statement; what followed an attack (بعد
الاشتباك) or befell in it stays outside the denial."""

from __future__ import annotations

from tests.articles import typed_events


def test_no_truth_in_what_was_said_of_attacks() -> None:
    text = "وقال الجيش إن الحواجز مجهزة لمواجهة أي هجوم، ولا صحة لما تردد عن وقوع هجمات مسلحة على حاجز بلدة الحراك."
    assert typed_events(text) == []


def test_no_reports_of_clashes() -> None:
    text = "ولم ترد أي تقارير عن وقوع اشتباكات بين المعتصمين ورجال الشرطة في مدينة حمص."
    assert typed_events(text) == []


def test_a_killing_denied_by_a_lead_statement() -> None:
    text = "أكدت السفارة مساء الأربعاء أنه لا صحة لما يتم تداوله على مواقع التواصل عن مقتل مواطن في مدينة حمص."
    assert typed_events(text) == []


def test_the_attack_after_which_no_reply_was_reported_stays() -> None:
    text = ("ولم ترد أية تقارير تفيد برد التنظيم على النيران بعد الاشتباك الذي حصل الأربعاء في بلدة الحراك"
            " وقتل فيه جندي.")
    assert typed_events(text) == [("ground_attack", "2016-08-10", "Al-Hirak")]


def test_an_attack_named_before_the_denial_stays() -> None:
    text = "قتل خمسة أشخاص في غارة جوية على بلدة الحراك يوم الأربعاء، ولم ترد أنباء عن سقوط ضحايا في بلدة أخرى."
    assert typed_events(text) == [("airstrike", "2016-08-10", "Al-Hirak")]
