"""The Wafideen camp and crossing (مخيم الوافدين، معبر الوافدين), between Douma and Damascus, take the point of
their community of the Duma subdistrict in the OCHA common operational dataset (C2330), 3.5 km north-east of
Douma, not the centre of Rif Dimashq in the desert; the crossing lies near that point, not at it, so the
point is approximate.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import gazetteer


def test_the_camp_is_near_its_ocha_point_a_few_km_from_douma() -> None:
    camp = gazetteer.resolve("قصف مسلحون الطريق إلى مخيم الوافدين شمال شرق دوما").chosen
    douma = gazetteer.lookup("دوما")
    assert (camp.name, camp.lat, camp.lon, camp.precision, camp.approximate, camp.anchor_id) == (
        "Al-Wafideen crossing", 33.598, 36.432, "point", True, "")
    assert gazetteer.located(camp) is camp
    assert abs(camp.lat - douma.lat) < 0.05 and abs(camp.lon - douma.lon) < 0.05
