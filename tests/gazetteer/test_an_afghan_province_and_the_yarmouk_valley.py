"""The Afghan province of Kunar (countrystatecity AF-KNR) is a place, and the Yarmouk valley (وادي اليرموك) of the
news is the Yarmouk Basin of rural Daraa, not the Yarmouk camp of Damascus."""

from __future__ import annotations

import pytest

from gazetteer import find_places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("غارات جوية على إقليم كونار", ("Kunar", "AF")),
        ("اشتباكات على طول منطقة وادي اليرموك", ("Yarmouk Basin", "SY")),
    ],
    ids=["kunar", "yarmouk-valley"],
)
def test_the_place_is_found(text: str, expected: tuple[str, str]) -> None:
    first = find_places(text)[0]
    assert (first.chosen.name, first.chosen.country) == expected
