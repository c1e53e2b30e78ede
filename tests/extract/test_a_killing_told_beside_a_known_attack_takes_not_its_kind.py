"""A clause opened by a phrase naming a known attack beside its own (تزامنا مع الغارات وحملات اعتقال،) that tells,
after a comma and no other attack, a killing (بعد تبني الحزب قتل شرطيين) tells that killing, not the attack beside:
it does not take the strikes' kind (a killing claimed, تبني الحزب قتل, is a ground attack by its claim) nor their
side or place, even named in the phrase beside (تزامنا مع الغارات التركية شمال العراق). The known attack's own toll,
told before any comma (تزامنا مع الغارات التي قتلت خمسة مسلحين), stays the attack's. The killing is dated as a
killing: the claim's day written before it is its report's day, while strikes told after that claim came after
another happening and take no day from it, nor its dead."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

SUNDAY = dt.date(2015, 7, 26)
_STRIKES = "شنت مقاتلات تركية أمس السبت غارات جوية على مواقع لحزب العمال في جبل قنديل. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, SUNDAY))]


def test_a_killing_told_after_a_phrase_beside_the_strikes_is_not_an_airstrike() -> None:
    text = _STRIKES + ("وأكدت الحكومة تزامنا مع الغارات وحملات اعتقال، أنها لن تتهاون مع المتمردين، بعد تبني الحزب "
                       "الأربعاء قتل شرطيين قرب الحدود.")
    assert _events(text) == [
        ("airstrike", "2015-07-25", "Qandil Mountains", "Turkey", None),
        ("ground_attack", "2015-07-22", None, None, 2),
    ]


def test_the_toll_of_the_known_attack_itself_stays_its_own() -> None:
    text = _STRIKES + "وتزامنا مع الغارات التي قتلت خمسة مسلحين، أعلنت الحكومة حملة اعتقالات."
    assert _events(text) == [("airstrike", "2015-07-25", "Qandil Mountains", "Turkey", 5)]


def test_strikes_told_after_the_claim_of_a_killing_take_not_its_day_nor_its_dead() -> None:
    text = "وشنت الطائرات التركية غارات على مواقع الحزب قرب مدينة زاخو بعد تبني الحزب الأربعاء قتل شرطيين."
    assert [(e.event_type, e.date, e.killed) for e in extract_article(article(text, SUNDAY))] == [
        ("airstrike", None, None)]


def test_a_killing_told_after_a_phrase_beside_the_strikes_takes_not_their_side_nor_place() -> None:
    text = _STRIKES + ("وتزامنا مع الغارات التركية على مواقع الحزب شمال العراق وحملات اعتقال، أكدت الحكومة أنها لن "
                       "تتهاون بعد تبني الحزب الأربعاء قتل شرطيين في ديار بكر.")
    assert _events(text) == [
        ("airstrike", "2015-07-25", "Qandil Mountains", "Turkey", None),
        ("ground_attack", "2015-07-22", "Diyarbakır", None, 2),
    ]
