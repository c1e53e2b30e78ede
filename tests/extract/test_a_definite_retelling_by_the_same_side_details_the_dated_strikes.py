"""A side's strikes dated at a country (أعلن الجيش الإسرائيلي الخميس أنه نفذ غارات في سوريا) and told again without a
date expression by a definite trigger naming the same side at a place inside that country (استهدفت الصواريخ
الإسرائيلية مواقع في محيط دمشق) are one: the retelling details where they struck. Another side's strikes, or the
same side's told by an indefinite trigger (صواريخ إسرائيلية: new ones), stay apart."""

from __future__ import annotations

from tests.articles import typed_events

DATED = "وكان الجيش الإسرائيلي قد أعلن الخميس أنه نفذ سلسلة غارات جوية ضد عشرات الأهداف في سوريا."
APART = [("airstrike", "2016-08-11", "Syria"), ("airstrike", None, "Damascus")]


def test_the_same_sides_definite_retelling_details_the_dated_strikes() -> None:
    text = f"{DATED}\nوأكد المرصد أن الصواريخ الإسرائيلية استهدفت مواقع عدة في محيط دمشق."
    assert typed_events(text) == [("airstrike", "2016-08-11", "Damascus")]


def test_another_sides_strikes_stay_apart() -> None:
    assert typed_events(f"{DATED}\nوأكد المرصد أن الصواريخ الأمريكية استهدفت مواقع عدة في محيط دمشق.") == APART


def test_an_indefinite_telling_stays_apart() -> None:
    assert typed_events(f"{DATED}\nوأكد المرصد أن صواريخ إسرائيلية استهدفت مواقع عدة في محيط دمشق.") == APART
