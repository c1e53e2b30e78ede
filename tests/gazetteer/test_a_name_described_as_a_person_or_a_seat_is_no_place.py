"""A name followed by a bare surname, a comma and a word describing a person (أما شيروان زيدو، أحد قادة
الهلال) is a given name, not a place; a name after a possessed headquarters joined by و and في (ومقره في
القامشلي) is where the one described sits; a name before an organisation's adjective (مركز دمشق الإعلامي) is part of
its name. Every sentence here was written for these tests."""

import pytest

from tests.gazetteer.place_names import names

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أما شيروان زيدو، أحد قادة الدفاع المدني، فقال إن القصف اشتد", []),
        ("وقال شيروان زيدو، المتحدث باسم الدفاع المدني، إن القصف اشتد", []),
        ("وقصفت الطائرات حلب الشرقية، أحد معاقل المعارضة", ["Aleppo"]),
        ("وقال الناشط ومقره في القامشلي إن القصف اشتد", []),
        ("وقصفت الطائرات مقرها في القامشلي", ["Al Qāmishlī"]),
    ],
    ids=["one-of-after-a-surname", "spokesman-after-a-surname", "an-adjective-is-no-surname", "the-seat-of-a-speaker",
         "a-headquarters-struck"],
)
def test_names_described_as_persons_or_seats(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتواصل القصف على الغوطة السبت وفقا لما ذكره مركز دمشق الإعلامي المعارض", ["Ghouta"]),
        ("وأفادت تنسيقية دوما الإعلامية بأن القصف اشتد", []),
        ("وقال الناشط الإعلامي في حلب الإعلامي أبو محمد إن القصف اشتد", ["Aleppo"]),
        ("وقتل خمسة مدنيين في غارة على دمشق", ["Damascus"]),
    ],
    ids=["a-media-centre", "a-media-committee", "a-place-after-in", "the-city-bare"],
)
def test_a_name_in_an_organisations_name_is_no_place(text: str, expected: list[str]) -> None:
    assert names(text) == expected
