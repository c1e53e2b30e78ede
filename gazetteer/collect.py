"""Collecting: the names of places in a text, each with its candidate places.

Names are found by `matcher.scan` over the index; names vetoed by `veto` are
left out; the candidates of a name are its index entries, one per real place.
A name also tells the area of the text (the governorate or country all its
candidates share), unless all of them are villages that need support.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .clitics import CLITICS
from .cues import cues
from .index import get_index
from .matcher import NameHit, scan
from .models import SETTLEMENTS, Place
from .score import prior
from .veto import PERSON, after_locative, needs_support, veto, weak

#: Two entries with one name and precision closer than this (about 5 km) are one place.
SAME_PLACE_DEGREES = 0.05


@dataclass
class Found:
    """A name in the text and the places it may stand for."""

    hit: NameHit
    candidates: tuple[Place, ...]
    evidence_admin1: frozenset[str]
    evidence_country: frozenset[str]
    #: some candidate is a weak name (`veto.weak`)
    weak: bool = False


def _evidence(candidates: tuple[Place, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """What a name tells about the area of the text: the governorate or country all its candidates share."""
    admin1s = {p.admin1 for p in candidates}
    countries = {p.country for p in candidates}
    return (
        frozenset(admin1s) if len(admin1s) == 1 and None not in admin1s else frozenset(),
        frozenset(countries) if len(countries) == 1 and None not in countries else frozenset(),
    )


def _same_place(a: Place, b: Place) -> bool:
    """Two entries of one name for one place: close, both settlements or of one precision, and not in two
    countries (Rafah of Egypt and Rafah of the Gaza Strip, across the border from each other, are two towns)."""
    kind = a.precision == b.precision or (a.precision in SETTLEMENTS and b.precision in SETTLEMENTS)
    apart = bool(a.country and b.country and a.country != b.country)
    return kind and not apart and abs(a.lat - b.lat) < SAME_PLACE_DEGREES and abs(a.lon - b.lon) < SAME_PLACE_DEGREES


def _distinct(places: list[Place]) -> tuple[Place, ...]:
    """The places with one entry per real place: the same place from two sources is kept once (best prior)."""
    if len(places) == 1:
        return tuple(places)
    kept: list[Place] = []
    for p in sorted(places, key=prior, reverse=True):
        same = next((i for i, k in enumerate(kept) if _same_place(k, p)), None)
        if same is None:
            kept.append(p)
        elif p.source == "supplement" and prior(p) == prior(kept[same]):
            kept[same] = p  # on a tie the reviewed entry wins over the bulk source
    return tuple(kept)


def shared_heads(norm: str, hits: list[NameHit]) -> list[NameHit]:
    """A name joined by و to a name after a dual or plural head takes that head too (بمحافظتي إدلب
    وحلب: two governorates, not the city of Aleppo)."""
    out = list(hits)
    for i in range(1, len(out)):
        before, hit = out[i - 1], out[i]
        if (
            before.head in cues().list_heads and hit.head is None
            and norm[before.end : hit.start].strip() == ""
            and norm[hit.start : hit.name_start].startswith(CLITICS.list_conjunction)
        ):
            out[i] = hit._replace(head=before.head, head_start=before.head_start, shared=True)
    return out


def collect(norm: str, text: str | None = None, offsets: Sequence[int] | None = None) -> list[Found]:
    """The names of the normalised text that are not vetoed, with their candidates (`text` and its
    `offsets` let the vetoes see the original spelling)."""
    idx = get_index()
    found = []
    c = cues()
    hits = shared_heads(norm, scan(
        idx, norm, c.head_forms, c.naming_head_forms, frozenset(c.country_hints), c.quarter_naming_head_forms))
    vetoes = [veto(norm, hit, text, offsets) for hit in hits]
    # a name written once as a person's (جون بولتون) is that person elsewhere in the text (بولتون قال)
    persons = {hit.key for hit, why in zip(hits, vetoes, strict=True) if why == PERSON}
    for hit, why in zip(hits, vetoes, strict=True):
        if why or (hit.key in persons and not hit.head and not after_locative(norm, hit)):
            continue
        candidates = _distinct([idx.places[i] for i in hit.ids])
        if all(needs_support(p, hit) for p in candidates):
            admin1, country = frozenset(), frozenset()
        else:
            admin1, country = _evidence(candidates)
        is_weak = weak(candidates[0], hit) or (len(candidates) > 1 and any(weak(p, hit) for p in candidates[1:]))
        found.append(Found(hit, candidates, admin1, country, is_weak))
    return found
