"""A name shared by towns of two countries (أريحا: Ariha in Idlib, Jericho in the West Bank) is the town of the
country the text names, by a country word, another place of that country, or the caller's context.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

import gazetteer

ARIHA = ("Ariha (Idlib)", "SY", 35.8137, 36.6096)
JERICHO = ("Jericho", "PS", 31.86667, 35.45)


@pytest.mark.parametrize(("text", "context", "place"), [
    ("قصفت قوات النظام السوري مدينة أريحا", None, ARIHA),
    ("قتل خمسة مدنيين في غارة على أريحا، وقصفت الطائرات معرة النعمان", None, ARIHA),
    ("مدينة أريحا", "قال المرصد السوري لحقوق الإنسان إن طائرات النظام قصفت ريف إدلب", ARIHA),
    ("اقتحم الجيش الإسرائيلي مدينة أريحا في الضفة الغربية", None, JERICHO),
])
def test_the_town_of_the_named_country(text: str, context: str | None, place: tuple) -> None:
    chosen = gazetteer.resolve(text, context).chosen if context else next(
        m.chosen for m in gazetteer.find_places(text) if m.chosen.name_ar in ("أريحا", "اريحا"))
    assert (chosen.name, chosen.country, chosen.lat, chosen.lon) == place
