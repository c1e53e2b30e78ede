"""Town labels placed zoom by zoom: no two labels shown at a zoom overlap, the more important of two
colliding labels is the one kept, and a label once shown stays at every closer zoom."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.views.basemap import basemap_layers
from timeline.views.placement import (
    MAX_ZOOM,
    MIN_ZOOM,
    Town,
    label_box,
    overlap,
    pixel,
    place_labels,
    shown_at,
)

towns_strategy = st.lists(
    st.builds(Town, name=st.text(alphabet="abcdefgh", min_size=1, max_size=14),
              lon=st.floats(35.0, 36.0), lat=st.floats(33.0, 34.0), importance=st.floats(0, 1e6)),
    max_size=60,
)


def overlapping(towns: list[Town], zoom: int) -> list[tuple[str, str]]:
    boxes = [(t.name, label_box(t, zoom)) for t in towns]
    return [(a, b) for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2) if overlap(box_a, box_b)]


@settings(max_examples=60, deadline=None)
@given(towns_strategy)
def test_no_two_labels_shown_at_a_zoom_overlap(towns: list[Town]) -> None:
    first = place_labels(towns)
    for zoom in range(MIN_ZOOM, MAX_ZOOM + 1):
        assert overlapping(shown_at(towns, first, zoom), zoom) == []


@settings(max_examples=60, deadline=None)
@given(towns_strategy)
def test_a_label_dropped_at_a_zoom_collides_there_with_a_more_important_one(towns: list[Town]) -> None:
    first = place_labels(towns)
    for zoom in range(MIN_ZOOM, MAX_ZOOM + 1):
        shown = shown_at(towns, first, zoom)
        for town, z in zip(towns, first, strict=True):
            if z is None or z > zoom:
                assert any(overlap(label_box(town, zoom), label_box(other, zoom)) for other in shown)


def test_of_two_colliding_towns_the_more_important_is_labelled_first() -> None:
    big, small = Town("big", 36.0, 33.5, 100.0), Town("small", 36.02, 33.5, 1.0)
    assert overlap(label_box(big, MIN_ZOOM), label_box(small, MIN_ZOOM))
    first = place_labels([small, big])
    assert first[1] == MIN_ZOOM and first[0] > MIN_ZOOM


def test_pixel_is_leaflets_web_mercator() -> None:
    assert pixel(0.0, 0.0, 0) == (128.0, 128.0)
    assert pixel(36.0, 0.0, 6) == (9830.4, 8192.0)
    assert pixel(36.0, 33.5, 7)[1] + pixel(36.0, -33.5, 7)[1] == 2 * 16384.0  # symmetric about the equator
    assert round(pixel(0.0, 33.5, 6)[1], 1) == 6572.3


def test_the_basemap_towns_never_overlap_and_every_zoom_up_to_12_has_labels_around_the_focus() -> None:
    towns = [Town(name, lon, lat, 0.0) for lon, lat, name, _ in basemap_layers()["towns"]]
    first = [zoom for *_, zoom in basemap_layers()["towns"]]
    for zoom in range(MIN_ZOOM, MAX_ZOOM + 1):
        shown = shown_at(towns, first, zoom)
        assert overlapping(shown, zoom) == [], zoom
    for lon, lat in ((43.13, 36.34), (37.16, 36.20), (44.40, 33.34), (40.14, 35.33), (36.29, 33.51)):
        for zoom in range(MIN_ZOOM, MAX_ZOOM + 1):  # within a 1000 by 500 pixel map centred on the town
            cx, cy = pixel(lon, lat, zoom)
            near = [t for t in shown_at(towns, first, zoom)
                    if abs(pixel(t.lon, t.lat, zoom)[0] - cx) < 500 and abs(pixel(t.lon, t.lat, zoom)[1] - cy) < 250]
            assert len(near) >= 2, (lon, lat, zoom)
