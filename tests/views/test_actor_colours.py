"""Actor colours: one per canonical actor of the data file, none shared, all far apart."""

from __future__ import annotations

import itertools
import math
import tomllib

from timeline.views.colours import ACTORS_FILE, actor_colour, palette, unknown_colour

MIN_DISTANCE = 15.0  #: CIELAB ΔE*76 between any two colours of the palette


def cielab(colour: str) -> tuple[float, float, float]:
    """A #RRGGBB sRGB colour in CIELAB (D65)."""
    rgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_every_actor_of_the_data_file_has_a_colour_of_its_own() -> None:
    names = [actor["name"] for actor in tomllib.loads(ACTORS_FILE.read_text(encoding="utf-8"))["actor"]]
    colours = [actor_colour(name) for name in names]
    assert len(names) >= 16
    assert set(palette()) == set(names)
    assert len(set(colours)) == len(colours)
    assert unknown_colour() not in colours


def test_no_two_colours_are_alike() -> None:
    colours = {**palette(), "unknown": unknown_colour()}
    close = [(a, b, round(math.dist(cielab(colours[a]), cielab(colours[b])), 1))
             for a, b in itertools.combinations(colours, 2)
             if math.dist(cielab(colours[a]), cielab(colours[b])) < MIN_DISTANCE]
    assert close == []


def test_names_match_in_any_case_and_unknown_is_grey() -> None:
    assert actor_colour("ISIS") == actor_colour("isis") == "#000000"
    assert actor_colour(None) == actor_colour("") == actor_colour("unknown") == unknown_colour()
    assert actor_colour("Hezbollah") != actor_colour("International coalition")
    assert actor_colour("Syrian army") != actor_colour("Iraqi forces")
    assert actor_colour("Hayat Tahrir al-Sham") != actor_colour("Syrian opposition")


def test_an_actor_the_data_file_does_not_name_keeps_one_colour() -> None:
    assert actor_colour("some militia") == actor_colour("Some Militia")
    assert actor_colour("some militia") not in palette().values()
