"""A country ending a list opened by "in each of" written with the proclitic ب (بكل من الكويت وتونس وفرنسا) is a
place, as after في كل من, never the side that struck."""

from __future__ import annotations

from gazetteer.normalize import normalize
from timeline.extract.actors import find_actors


def test_a_country_listed_after_in_each_of_with_the_proclitic_is_a_place() -> None:
    hits = find_actors(normalize("الهجمات التي وقعت يوم الجمعة بكل من الكويت وتونس وفرنسا"))
    assert [(a.name, a.target) for a in hits] == [("France", True)]


def test_a_country_listed_after_in_each_of_is_a_place() -> None:
    hits = find_actors(normalize("الهجمات التي وقعت يوم الجمعة في كل من الكويت وتونس وفرنسا"))
    assert [(a.name, a.target) for a in hits] == [("France", True)]
