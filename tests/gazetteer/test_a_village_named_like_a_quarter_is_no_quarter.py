"""A village head (قرية، بلدة) before the name of a quarter that the gazetteer places only at its city's point
(قرية الجورة، بلدة الراشدين) names a village the gazetteer lacks, not the quarter: no place there, and a governorate
written beside it locates the event; a quarter a source places as a village (بلدة جوبر) and a facility head before
a quarter (مطار المزة) keep it.

Every sentence here was written for these tests.
"""

import pytest

from tests.gazetteer.place_names import names

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


@pytest.mark.parametrize(("text", "places"), [
    ("قصفت الطائرات قرية الجورة في ريف درعا", ["Rural Daraa"]),
    ("سيطر التنظيم على بلدة الراشدين", []),
    ("هاجم مسلحون قرية البياع", []),
], ids=["Jura village in rural Daraa", "Rashidin town", "Bayaa village"])
def test_a_village_named_like_a_quarter_is_no_quarter(text, places):
    assert names(text) == places


@pytest.mark.parametrize(("text", "places"), [
    ("قصفت قوات النظام حي الجورة في دير الزور", ["Al-Jura (Deir ez-Zor)", "Deir ez-Zor"]),
    ("سقطت قذائف على بلدة جوبر", ["Jobar"]),
    ("قصفت الطائرات مطار المزة العسكري", ["Mezzeh"]),
], ids=["Jura quarter", "Jobar a sourced quarter", "Mezzeh airbase"])
def test_a_quarter_s_own_heads_keep_it(text, places):
    assert names(text) == places
