"""A direction or distance written inside brackets or quotes right after a name the gazetteer lacks
(«في بلدة س (جنوب صنعاء)») places the event that way from its anchor, with the direction's radius, as the
same words without brackets do: the anchor city is never the event's point.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


@pytest.mark.parametrize(("text", "relation", "radius"), [
    ("دارت معارك في الزقزوقة (جنوب صنعاء) أمس", "south", 25.0),
    ("دارت معارك في الزقزوقة جنوب صنعاء أمس", "south", 25.0),
    ("سقطت قذائف على الزقزوقة «قرب صنعاء» أمس", "near", 10.0),
    ("سقطت قذائف على الزقزوقة (على بعد 40 كم من صنعاء) أمس", "near", 40.0),
    ("دارت معارك في صنعاء (العاصمة) أمس", None, None),
], ids=["direction in brackets", "direction without brackets", "near in quotes", "distance in brackets",
        "no relation"])
def test_the_anchor_keeps_the_relation_written_beside_it(text, relation, radius):
    sanaa = [m for m in gazetteer.find_places(text) if m.chosen.name == "Sanaa"]
    assert [(m.relation, m.radius_km) for m in sanaa] == [(relation, radius)]
