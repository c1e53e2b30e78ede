"""Two towns of one name on either side of a border (رفح: Rafah of Egypt and Rafah of the Gaza Strip, a few km
apart) are two places, not one place from two sources: the text's country chooses between them, and the larger
one stands when it names neither.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

import gazetteer

RAFAH_EGYPT = ("Rafaḩ", "EG")
RAFAH_GAZA = ("Rafaḩ", "PS")


@pytest.mark.parametrize(("text", "place"), [
    pytest.param("هاجم مسلحون كمائن للجيش المصري بمدينتي رفح والعريش أمس.", RAFAH_EGYPT, id="egypt-named"),
    pytest.param("قتل فلسطينيان في قصف مدفعي شرقي رفح بقطاع غزة.", RAFAH_GAZA, id="gaza-named"),
    pytest.param("قتل ثلاثة أشخاص في انفجار في مدينة رفح.", RAFAH_GAZA, id="neither-named"),
])
def test_the_town_of_the_named_side(text: str, place: tuple) -> None:
    chosen = next(m.chosen for m in gazetteer.find_places(text) if m.chosen.name_ar == "رفح")
    assert (chosen.name, chosen.country) == place
