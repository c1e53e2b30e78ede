"""One's kin with a pronoun suffix, joined by و right after a singular person counted after a toll word (قتلت امرأة
وطفلها، مقتل رجل وزوجته), counts one more of the dead: 2, not 1; and so when the pair opens the dead of a second
attack told after a comma (، وامرأة وطفلها في قصف على قرية ص). Kin told after another toll word (قتل طفل وأصيب
والده) are no more dead."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.toll import find_toll
from timeline.pipeline import extract_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتلت امرأة وطفلها في قصف على القرية", 2),
        ("أسفرت الغارة عن مقتل رجل وزوجته", 2),
        ("قتل جندي وشقيقه في هجوم على حاجز", 2),
        ("مقتل رجل وابنته في غارة جوية", 2),
        ("قتل طفل وأصيب والده في قصف على القرية", 1),
    ],
    ids=["woman-and-her-child", "man-and-his-wife", "soldier-and-his-brother", "feminine-kin", "kin-wounded"],
)
def test_kin_joined_to_a_singular_dead_counts_one_more(text: str, expected: int) -> None:
    assert find_toll(normalize(text)).killed == expected


def test_kin_opening_a_second_attack_s_dead() -> None:
    text = ("أفاد ناشطون بمقتل خمسة مدنيين في المنطقة. وقتل طفلان الأحد في غارة على مدينة معرة النعمان، "
            "وامرأة وطفلها في قصف جوي على قرية جوزف.")
    events = extract_article(article(text, dt.date(2016, 7, 18)))
    assert [(e.place, e.killed) for e in events if e.event_type == "airstrike"] == [
        ("Maarat al-Numan", 2), ("Jawzaf", 2)]
