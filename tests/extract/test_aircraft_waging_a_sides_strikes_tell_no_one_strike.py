"""Aircraft right after a present verb of carrying out are its subject (قصف جوي تشنه مقاتلات حربية، الغارات التي يشنها
الطيران): like the strike noun before the verb, the side's strikes in general in a clause that tells no toll, no air
strike of their own; aircraft striking in the past stay one."""

from __future__ import annotations

from tests.articles import typed_events


def test_warplanes_waging_a_bombardment_in_the_present() -> None:
    text = ("وتتزامن هذه الاشتباكات مع قصف جوي وصاروخي تشنه مقاتلات حربية روسية على الأحياء السكنية في بلدة"
            " كفرنبل.")
    assert typed_events(text) == []


def test_the_air_force_waging_raids_in_the_present() -> None:
    text = "واستهدفت الغارات التي يشنها الطيران الروسي منذ أسابيع الأحياء السكنية في بلدة كفرنبل."
    assert typed_events(text) == []


def test_warplanes_that_struck_on_a_day_stay() -> None:
    text = "وقصفت المقاتلات الروسية يوم الأربعاء الأحياء السكنية في بلدة كفرنبل."
    assert typed_events(text) == [("airstrike", "2016-08-10", "Kafranbel")]
