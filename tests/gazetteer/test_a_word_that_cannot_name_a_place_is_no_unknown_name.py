"""A word after a naming head that cannot name a place (a quantifier, an ordinal, a preposition, a verb, an
adjective of what the settlement is, a country's adjective) is no unknown name; nor is a known place followed
by an adjective."""

from __future__ import annotations

import pytest

from gazetteer.unknown import unknown_names

pytestmark = pytest.mark.usefixtures("home")


@pytest.mark.parametrize("text", [
    "دخل الجنود قرية وبعض البساتين المحيطة بها",
    "ومن ناحية أخرى أعلن الجيش مقتل ثلاثة مسلحين",
    "من ناحية ثانية قصفت الطائرات مواقع المسلحين",
    "قصفت المدفعية قرية تسيطر عليها الفصائل المعارضة",
    "قتل طفلان في غارة على قرية تحت سيطرة المسلحين",
    "سقطت قذيفة على حي سكني مكتظ بالسكان",
    "قتل عشرة أشخاص في تفجير في بلدة حدودية تركية",
    "انفجرت سيارة في بلدة تركية قرب الحدود",
    "قتل جنديان في بلدة مجاورة للمعبر",
])
def test_a_word_that_cannot_name_a_place_is_no_name(text: str) -> None:
    assert unknown_names(text) == []


def test_the_name_after_a_refused_word_is_still_read() -> None:
    text = "من ناحية ثانية قصفت الطائرات ناحية الزعرورة"
    assert [u.text for u in unknown_names(text)] == ["الزعرورة"]


@pytest.mark.parametrize("text", ["قتل خمسة في مدينة كركوك الغنية بالنفط", "هبطت طائرة في مطار عدن الدولي"])
def test_a_known_place_with_an_adjective_after_it_is_no_unknown_name(text: str) -> None:
    assert unknown_names(text) == []


def test_a_word_that_only_begins_names_keeps_the_word_after_it() -> None:
    assert [u.text for u in unknown_names("قصفت الطائرات قرية عين الزعرورة")] == ["عين الزعرورة"]

