"""A stop-listed common word that names a governorate (البيضاء: also "the white") is a name after the dual
head of governorates as after محافظة (بين محافظتي البيضاء ومأرب). Every sentence here was written for these
tests."""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


def places(text: str) -> list[tuple[str, str]]:
    return [(m.chosen.name, m.chosen.precision) for m in gazetteer.find_places(text) if m.chosen]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هاجمت القوات مواقع المتمردين على الطريق بين محافظتي البيضاء ومأرب",
         [("Al Bayda'", "governorate"), ("Ma'rib", "governorate")]),
        ("وشهدت محافظتا البيضاء وشبوة معارك عنيفة", [("Al Bayda'", "governorate"), ("Shabwah", "governorate")]),
        ("وطلي الجدار باللون الأبيض وكانت الغرفة البيضاء خالية", []),
    ],
    ids=["between-two-governorates", "nominative-dual", "the-adjective"],
)
def test_a_stop_listed_governorate_after_a_dual_head(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected
