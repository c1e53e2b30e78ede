"""Sirnak written with a long i and a plain s (سيرناك), as some Arabic news spell it, is the Turkish
city bare and the province after a head, like its other spellings.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


def test_the_bare_name_is_the_city():
    m = gazetteer.find_places("أصيب جنديان بانفجار عبوة في سيرناك")[0]
    assert (m.chosen.name, m.chosen.country, m.chosen.precision) == ("Şırnak", "TR", "city")


def test_after_a_head_it_is_the_province():
    m = gazetteer.find_places("قتل جندي في اشتباك داخل ولاية سيرناك")[0]
    assert (m.chosen.name, m.chosen.country, m.chosen.precision) == ("Şırnak Province", "TR", "governorate")
