"""A side named after a verb claiming the attack by its pronoun (تبناه تنظيم داعش، تبنتها) did it, however far after
the trigger in its clause; not when the claim is of the attack another side's strike answers."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 18)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.actor_hedged, e.killed)
            for e in extract_article(article(text, PUBLISHED))]


def test_a_claim_far_after_the_trigger_names_who_did_it() -> None:
    assert _events("قتل عشرون شخصا أمس في تفجير سيارة مفخخة استهدف شارعا تجاريا في حي البياع جنوب غربي بغداد، "
                   "تبناه تنظيم داعش.") == [("bombing", "2016-07-17", "Al-Bayaa (Baghdad)", "ISIS", False, 20)]


def test_a_claim_in_the_feminine_names_who_did_it() -> None:
    assert _events("قتل عشرون شخصا أمس في هجمات انتحارية استهدفت أسواقا وحواجز للشرطة في مدينة الرمادي وأطرافها، "
                   "تبنتها الدولة الإسلامية.") == [("bombing", "2016-07-17", "Ramadi", "ISIS", False, 20)]


def test_the_claim_of_an_answered_attack_is_not_the_striker_s() -> None:
    assert _events("شنت الطائرات الأمريكية غارات أمس على مواقع في مدينة الرقة ردا على هجوم في باريس تبناه "
                   "تنظيم داعش.") == [("airstrike", "2016-07-17", "Ar Raqqah", "US", False, None)]
