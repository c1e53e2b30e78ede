"""A town whose name is also a common adjective or noun (حديثة: 'modern'; الضمير: 'conscience') is read as the
town after a locative (في، قرب، على) with its governorate or country named in the text, and after a naming head
(مدينة، قضاء، مطار); the word after a noun (أسلحة حديثة، صحوة الضمير) or after a preposition a verb or noun
governs (مجرد من الضمير، يفتقر إلى الضمير) stays a word even where its area is named.
`gazetteer.lookup` of the bare name finds the town.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

import gazetteer

HADITHA = ("Ḩadīthah", "IQ", "Al Anbar", 34.13661, 42.37727)
DUMAYR = ("Dumayr", "SY", "Rif Dimashq", 33.6439, 36.6938)


def _places(text: str) -> list[tuple]:
    return [(m.text, m.chosen.name, m.chosen.country, m.chosen.admin1, m.chosen.lat, m.chosen.lon)
            for m in gazetteer.find_places(text)]


@pytest.mark.parametrize(("text", "name", "place"), [
    ("قتل جنديان بهجوم انتحاري في حديثة غربي الأنبار", "حديثة", HADITHA),
    ("قصف طيران التحالف رتلا للتنظيم قرب حديثة في العراق", "حديثة", HADITHA),
    ("سقطت ثلاث قذائف على الضمير في ريف دمشق", "الضمير", DUMAYR),
    ("استهدفت الصواريخ مواقع قرب الضمير شرق دمشق", "الضمير", DUMAYR),
    ("قتل جنديان بكمين بالقرب من حديثة في الأنبار", "حديثة", HADITHA),
])
def test_after_a_locative_with_its_area_named_the_name_is_the_town(text: str, name: str, place: tuple) -> None:
    assert (name, *place) in _places(text)


@pytest.mark.parametrize("text", [
    "تقاتل القوات العراقية بأسلحة حديثة في الأنبار",
    "دعا إلى صحوة الضمير العالمي تجاه ما يجري في سوريا",
    "قتل جنديان في حديثة",
    "وصف ناشطون سوريون القصف بأنه عمل مجرد من الضمير",
    "قال مسؤول سوري إن العالم يفتقر إلى الضمير",
])
def test_the_word_after_a_noun_or_without_its_area_is_no_place(text: str) -> None:
    assert [p for p in _places(text) if p[0] in ("حديثة", "الضمير")] == []


def test_the_bare_names_look_up_the_towns() -> None:
    assert [(p.name, p.country) for p in map(gazetteer.lookup, ("حديثة", "الضمير"))] == [
        ("Ḩadīthah", "IQ"), ("Dumayr", "SY")]
