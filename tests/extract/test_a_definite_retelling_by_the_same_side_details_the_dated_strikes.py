"""A side's strikes dated at a country (أعلن الجيش الإسرائيلي الخميس أنه نفذ غارات في سوريا) and told again without a
date expression by a definite trigger naming the same side at a place inside that country (استهدفت الصواريخ
الإسرائيلية مطار دمشق الدولي) are one: the retelling details where they struck, unless it is told over several
places (مواقع في جنوب البلاد ووسطها). Another side's strikes, or the same side's told by an indefinite trigger
(صواريخ إسرائيلية: new ones), stay apart."""

from __future__ import annotations

from tests.articles import typed_events

DATED = "وكان الجيش الإسرائيلي قد أعلن الخميس أنه نفذ سلسلة غارات جوية ضد عشرات الأهداف في سوريا."
AIRPORT = "Damascus International Airport"
APART = [("airstrike", "2016-08-11", "Syria"), ("airstrike", None, AIRPORT)]


def test_the_same_sides_definite_retelling_details_the_dated_strikes() -> None:
    text = f"{DATED}\nوأكد المرصد أن الصواريخ الإسرائيلية استهدفت مطار دمشق الدولي."
    assert typed_events(text) == [("airstrike", "2016-08-11", AIRPORT)]


def test_another_sides_strikes_stay_apart() -> None:
    assert typed_events(f"{DATED}\nوأكد المرصد أن الصواريخ الأمريكية استهدفت مطار دمشق الدولي.") == APART


def test_an_indefinite_telling_stays_apart() -> None:
    assert typed_events(f"{DATED}\nوأكد المرصد أن صواريخ إسرائيلية استهدفت مطار دمشق الدولي.") == APART


def test_a_retelling_over_several_places_does_not_locate_the_whole() -> None:
    """The retelling names several areas (في جنوب البلاد ووسطها وفي محيط دمشق): the one it is read at is no place
    of the whole, which keeps its country."""
    text = f"{DATED}\nوأكد المرصد أن الصواريخ الإسرائيلية استهدفت مواقع عدة في جنوب البلاد ووسطها وفي محيط دمشق."
    assert typed_events(text) == [("airstrike", "2016-08-11", "Syria")]
