"""A generic attack (الاعتداء الذي وقع في مدينة سوروتش وأوقع 32 قتيلا) takes the kind another sentence of the article
names by its word with the same dead, three or more, and no other wounded, side or country (تفجير انتحاري أودى
بحياة 32 شخصا), before or after it and however far: the attack told again by its kind. Other dead, a small count that
may be a coincidence, or a kind guessed from a side stay apart."""

from __future__ import annotations

from tests.articles import typed_events

GENERIC = "وقال مسؤولون إن الاعتداء الذي وقع في مدينة سوروتش ونسب لتنظيم داعش أوقع 32 قتيلا."
BETWEEN = "وتحدث الوزير عن المخاوف الأمنية في البلاد."


def test_the_kind_told_before_with_the_same_dead_types_it() -> None:
    text = f"وقتل 32 شخصا في تفجير انتحاري استهدف تجمعا لناشطين. {BETWEEN} {BETWEEN} {GENERIC}"
    assert typed_events(text) == [("bombing", None, "Suruç")]


def test_the_kind_told_after_with_the_same_dead_types_it() -> None:
    text = f"{GENERIC} {BETWEEN} {BETWEEN} وأضاف أن التفجير الانتحاري أودى بحياة 32 شخصا."
    assert typed_events(text) == [("bombing", None, "Suruç")]


def test_the_same_dead_and_wounded_type_it() -> None:
    text = (f"وقتل 32 شخصا وأصيب 100 في تفجير انتحاري. {BETWEEN} {BETWEEN} وقال مسؤولون إن الاعتداء الذي وقع في مدينة"
            " سوروتش أوقع 32 قتيلا و100 جريح.")
    assert typed_events(text) == [("bombing", None, "Suruç")]


def test_another_attacks_dead_leave_it_generic() -> None:
    text = f"وقتل 4 أشخاص في تفجير انتحاري استهدف تجمعا لناشطين. {BETWEEN} {BETWEEN} {GENERIC}"
    assert typed_events(text) == [("ground_attack", None, "Suruç")]


def test_other_wounded_leave_it_generic() -> None:
    text = (f"وقتل 32 شخصا وأصيب 15 في تفجير انتحاري. {BETWEEN} {BETWEEN} وقال مسؤولون إن الاعتداء الذي وقع في مدينة"
            " سوروتش أوقع 32 قتيلا و100 جريح.")
    assert typed_events(text) == [("ground_attack", None, "Suruç")]


def test_a_small_count_does_not_tie_them() -> None:
    text = ("وقتل شخصان في انفجار عبوة ناسفة. وتحدث الوزير عن المخاوف الأمنية في البلاد. وقال مسؤول إن الاعتداء الذي"
            " وقع في مدينة سوروتش أوقع قتيلين.")
    assert typed_events(text) == [("ground_attack", None, "Suruç")]


def test_a_kind_guessed_by_default_does_not_type_it() -> None:
    text = f"وقتل 32 شخصا في قصف استهدف تجمعا لناشطين. {BETWEEN} {BETWEEN} {GENERIC}"
    assert typed_events(text) == [("ground_attack", None, "Suruç")]
