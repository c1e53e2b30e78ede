"""Town labels of the basemap placed without overlaps, zoom by zoom.

Each town gets the first zoom from which its label shows (`place_labels`): going from the widest
zoom to the closest, the towns are tried in order of importance and a label is kept when its box
(dot and name, to the right of the dot, in Web Mercator pixels) meets no box kept before it, so
that of two colliding labels the lower-ranked one is dropped. A label kept at one zoom is kept at
every closer zoom: there the towns lie twice as far apart while the boxes keep their size.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

MIN_ZOOM = 4
MAX_ZOOM = 12  #: labels are placed for every zoom up to this one (closer zooms show those of this one)
TILE_PX = 256
#: a label's width: a letter of the 11 px font and a base, which hold every name measured in Chromium with
#: DejaVu Sans (3.5 to 8.9 px a letter: the letters of a short name are wide)
CHAR_PX = 7.5
BASE_PX = 8.0
LABEL_PX = 16  #: the label's height
DOT_GAP_PX = 9  #: from the town to the name: half the dot and a gap
MARGIN_PX = 3  #: left free around each label
CELL_PX = 128  #: the grid that finds a box's neighbours


@dataclass(frozen=True)
class Town:
    """A town to label: its Arabic name, where it is, and how important it is (higher first)."""

    name: str
    lon: float
    lat: float
    importance: float


Box = tuple[float, float, float, float]  #: left, top, right, bottom in pixels


def pixel(lon: float, lat: float, zoom: int) -> tuple[float, float]:
    """Web Mercator pixel coordinates of a point at `zoom` (Leaflet's, origin at the top left)."""
    scale = TILE_PX * 2**zoom
    sin = math.sin(math.radians(max(min(lat, 85.0), -85.0)))
    return (lon + 180.0) / 360.0 * scale, (0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)) * scale


def label_width(name: str) -> float:
    """The width a label's name is given."""
    return BASE_PX + len(name) * CHAR_PX


def label_box(town: Town, zoom: int) -> Box:
    """The box of the dot and the name of `town` at `zoom`, with its margin."""
    x, y = pixel(town.lon, town.lat, zoom)
    return (x - 3 - MARGIN_PX, y - LABEL_PX / 2 - MARGIN_PX,
            x + DOT_GAP_PX + label_width(town.name) + MARGIN_PX, y + LABEL_PX / 2 + MARGIN_PX)


def overlap(a: Box, b: Box) -> bool:
    """Whether two boxes share some area."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _Grid:
    """Kept boxes, found by the grid cells they cover."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[Box]] = defaultdict(list)

    def _cells(self, box: Box) -> list[tuple[int, int]]:
        return [(i, j) for i in range(int(box[0] // CELL_PX), int(box[2] // CELL_PX) + 1)
                for j in range(int(box[1] // CELL_PX), int(box[3] // CELL_PX) + 1)]

    def free(self, box: Box) -> bool:
        return not any(overlap(box, kept) for cell in self._cells(box) for kept in self.cells[cell])

    def add(self, box: Box) -> None:
        for cell in self._cells(box):
            self.cells[cell].append(box)


def place_labels(towns: Sequence[Town], min_zoom: int = MIN_ZOOM, max_zoom: int = MAX_ZOOM) -> list[int | None]:
    """For each of `towns`, the first zoom at which its label shows (None: at no zoom up to `max_zoom`)."""
    order = sorted(range(len(towns)), key=lambda i: -towns[i].importance)
    first: list[int | None] = [None] * len(towns)
    for zoom in range(min_zoom, max_zoom + 1):
        grid = _Grid()
        for i in order:  # kept labels first, in order of importance: they stay
            if first[i] is not None:
                grid.add(label_box(towns[i], zoom))
        for i in order:
            if first[i] is None and grid.free(box := label_box(towns[i], zoom)):
                grid.add(box)
                first[i] = zoom
    return first


def shown_at(towns: Sequence[Town], first: Sequence[int | None], zoom: int) -> list[Town]:
    """The towns whose labels show at `zoom`."""
    return [town for town, z in zip(towns, first, strict=True) if z is not None and z <= zoom]
