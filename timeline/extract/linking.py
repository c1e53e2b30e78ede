"""Which reports of different articles may tell one happening: candidate links, found by blocks.

`links` takes groupable reports as arrays (`Reports`) and returns every pair
that `places.same_place` would call one place, of the same event type, at
most `MAX_DAYS` apart, from different articles. Pairs are looked for only
inside blocks (by event type, day and spatial cell, or place name, or
governorate for areas), joined by sorted keys, and their distances computed
at once with numpy: the work grows with the number of pairs, not with the
square of the number of reports.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from timeline.extract.places import EARTH_KM, MAX_KM, haversine_km

#: Reports at most this many days apart may tell one happening.
MAX_DAYS = 1
_KM_PER_DEGREE = EARTH_KM * np.pi / 180


@dataclass(frozen=True)
class Reports:
    """Groupable reports (day-precise and located) as parallel arrays, ordered by `kind` then `day`.

    ``name`` codes a place name with its governorate; ``admin1`` codes the governorate (-1
    unknown); ``area`` marks an area or an estimated spot, which may be any place of its
    governorate.
    """

    kind: np.ndarray
    day: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    area: np.ndarray
    admin1: np.ndarray
    name: np.ndarray
    article: np.ndarray

    def __len__(self) -> int:
        return len(self.day)


@dataclass(frozen=True)
class Links:
    """Pairs of reports (positions ``first < second``) that may tell one happening, and their distance."""

    first: np.ndarray
    second: np.ndarray
    km: np.ndarray


def links(r: Reports) -> Links:
    """Every pair of `r` of one kind, at most `MAX_DAYS` apart, of different articles, at one place."""
    if not len(r):
        return Links(*(np.empty(0, np.int64),) * 2, np.empty(0))
    cell = _Grid(r)
    first, second = _join(r, cell.code, cell.count, np.ones(len(r), bool), np.ones(len(r), bool), cell.around)
    # Pairs farther apart than the grid's neighbourhood are linked only by one name or one governorate.
    known = r.admin1 >= 0
    found = [
        _pairs_in_blocks(r, r.name, np.ones(len(r), bool), np.ones(len(r), bool)),
        _pairs_in_blocks(r, r.admin1, known & r.area, known),
        _pairs_in_blocks(r, r.admin1, known & ~r.area, known & r.area),
    ]
    far_first = np.concatenate([f for f, _ in found])
    far_second = np.concatenate([s for _, s in found])
    far = ~cell.neighbours(far_first, far_second) & (far_first < far_second)
    pair = np.sort(far_first[far] * len(r) + far_second[far])
    pair = pair[np.diff(pair, prepend=-1) != 0]  # once each (sorting beats numpy's hashing `unique` here)
    first, second = np.concatenate([first, pair // len(r)]), np.concatenate([second, pair % len(r)])
    keep = (first < second) & (r.article[first] != r.article[second])
    first, second = first[keep], second[keep]
    km = haversine_km(r.lat[first], r.lon[first], r.lat[second], r.lon[second])
    near = km <= MAX_KM
    same_name = r.name[first] == r.name[second]
    same_area = (r.admin1[first] >= 0) & (r.admin1[first] == r.admin1[second]) & (r.area[first] | r.area[second])
    ok = near | same_name | same_area
    return Links(first[ok], second[ok], km[ok])


class _Grid:
    """Cells at least `MAX_KM` wide: reports within `MAX_KM` lie in the same or neighbouring cells."""

    def __init__(self, r: Reports) -> None:
        step_lat = MAX_KM / _KM_PER_DEGREE
        widest = np.cos(np.radians(min(float(np.abs(r.lat).max()) + 1.0, 89.0)))
        cy = np.floor(r.lat / step_lat).astype(np.int64)
        cx = np.floor(r.lon / (step_lat / widest)).astype(np.int64)
        self.cy, self.cx = cy - cy.min() + 1, cx - cx.min() + 1
        ny, nx = int(self.cy.max()) + 2, int(self.cx.max()) + 2
        self.code, self.count = self.cx * ny + self.cy, nx * ny
        self.around = [dx * ny + dy for dx in (-1, 0, 1) for dy in (-1, 0, 1)]

    def neighbours(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return (np.abs(self.cx[a] - self.cx[b]) <= 1) & (np.abs(self.cy[a] - self.cy[b]) <= 1)


def _pairs_in_blocks(r: Reports, block: np.ndarray, left: np.ndarray, right: np.ndarray):
    """Pairs (a `left` report, a `right` one) in one block (one code of `block`)."""
    if not len(r):
        return np.empty(0, np.int64), np.empty(0, np.int64)
    code = block.astype(np.int64) - int(block.min())
    return _join(r, code, int(code.max()) + 1, left, right, [0])


def _join(r: Reports, code: np.ndarray, n_codes: int, left: np.ndarray, right: np.ndarray, offsets: list[int]):
    """Pairs (i of `left`, j of `right`) of one kind with ``code[i] == code[j] - offset`` and
    ``0 <= day[j] - day[i] <= MAX_DAYS``, found by searching sorted keys."""
    day = r.day.astype(np.int64) - int(r.day.min())
    n_days = int(day.max()) + MAX_DAYS + 1
    base = (r.kind.astype(np.int64) * n_days + day) * n_codes
    li = np.flatnonzero(left)
    lkey = base[li] + code[li]
    order = np.argsort(lkey, kind="stable")
    lkey, li = lkey[order], li[order]
    rj = np.flatnonzero(right)
    rkey = base[rj] + code[rj]
    order = np.argsort(rkey, kind="stable")  # sorted queries: each search starts where the last ended
    rkey, rj = rkey[order], rj[order]
    firsts, seconds = [], []
    for back in range(MAX_DAYS + 1):
        for offset in offsets:
            wanted = rkey - back * n_codes - offset
            lo = np.searchsorted(lkey, wanted, "left")
            counts = np.searchsorted(lkey, wanted, "right") - lo
            total = int(counts.sum())
            if not total:
                continue
            first = li[np.arange(total) + np.repeat(lo - np.cumsum(counts) + counts, counts)]
            second = np.repeat(rj, counts)
            ahead = first < second
            firsts.append(first[ahead])
            seconds.append(second[ahead])
    if not firsts:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate(firsts), np.concatenate(seconds)
