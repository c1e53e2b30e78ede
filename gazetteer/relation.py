"""Relations: where the event lies from a chosen place, and whether the name stands for a government.

The words before a name and its head place the event relative to it (قرب,
شمال, على بعد 20 كم من; ريف X: its countryside), a direction adjective after it
(ريف حلب الشمالي) or at the start of a region's name (شمال سوريا) names a part of
the area. A place written right after another and a relation (الغوطة الشرقية قرب
دمشق) only anchors the first one, which is the event place. An actor name
(واشنطن, الكرملين) stands for its government unless the text uses it as a place.
"""

from __future__ import annotations

import re

from .clitics import CLITICS
from .collect import Found
from .cues import cues
from .index import get_index
from .matcher import NameHit, word_before
from .models import Place
from .veto import capitals, placed_by_clitic, stems

#: Radius around the anchor when the text gives a direction or "near" but no distance.
DEFAULT_RADIUS_KM = {"near": 10.0, "direction": 25.0, "around": 30.0}
AREA_PRECISIONS = frozenset({"country", "governorate", "region"})
_WINDOW = 60
_WORD = re.compile(r"[\u0621-\u064A]+")
#: Between a place and the relation cue of the next one (الغوطة الشرقية المحاصرة قرب دمشق): a few words at most,
#: after an opening bracket or dash and a stated distance (الموصل (400 كم شمال بغداد)، حديثة، نحو 160/كلم غرب الرمادي).
_ANCHOR_GAP = re.compile(r"^[\s,\u060c(\-\u2013]*(?:(?:[\u0621-\u064A]+\s+)?\d+(?:[.,]\d+)?\s*/?\s*)?"
                         r"(?:[\u0621-\u064A]+[\s,\u060c/]*){0,3}$")


def _leading_direction(name: str) -> str | None:
    """The direction a region's name starts with (شمال شرقي سوريا -> north-east), if any."""
    c = cues()
    directions = c.directions
    parts = name.split()
    # only the parts of a country (شمال سوريا, الشمال السوري), not named regions (شرق الفرات)
    last = parts[-1] if parts else ""
    if last not in c.country_hints and not any(
            get_index().places[i].precision == "country" for i in get_index().exact.get(last, ())):
        return None
    words = [w.removeprefix(CLITICS.article) for w in parts[:2]]  # الشمالي الشرقي -> شمال شرق
    for ending in (CLITICS.nisba[0], CLITICS.feminine):
        words = [w[: -len(ending)] if w not in directions and w.endswith(ending) else w for w in words]
    for n in (2, 1):
        key = " ".join(words[:n])
        if len(words) >= n and key in directions:
            return directions[key]
    return None


def relation(norm: str, f: Found, place: Place) -> tuple[str | None, float | None, str | None]:
    """(relation, radius_km, explanation) from the words before the name and its head."""
    c = cues()
    if place.feature == "region":  # شمال سوريا, الشمال الشرقي السوري: a part of a country
        direction = _leading_direction(norm[f.hit.name_start:f.hit.end])
        if direction:
            return f"{direction} part", None, f"in the {direction} part of the country (approximate region)"
    trailing = c.trailing_re.match(norm, f.hit.end)
    if trailing:
        words = " ".join(filter(None, trailing.group("dir1", "dir2")))
        direction = c.directions.get(words) or c.directions[trailing.group("dir1")]
        return f"{direction} part", None, f"in the {direction} part of the area"
    if f.hit.head in c.around_heads:
        return "around", DEFAULT_RADIUS_KM["around"], "countryside of the named place"
    return _relation_before(norm, f, place)


def _relation_before(norm: str, f: Found, place: Place) -> tuple[str | None, float | None, str | None]:
    """The relation written before the name's head (قرب, شمال, على بعد 20 كم من)."""
    c = cues()
    k, j = word_before(norm, f.hit.head_start)
    word = norm[k:j]
    if word.lstrip("".join((*CLITICS.conjunctions, CLITICS.locative))) not in c.relation_triggers \
            and word not in c.relation_triggers:
        return None, None, None
    m = c.relation_re.search(norm[max(0, f.hit.head_start - _WINDOW):f.hit.head_start])
    if not m:
        return None, None, None
    dist = m.group("dist") or m.group("dist_only")
    unit = m.group("unit") or m.group("unit_only")
    radius = float(dist.replace(",", ".")) * c.units[unit] if dist else None
    if m.group("dir"):
        direction = c.directions[m.group("dir")]
        if place.precision in AREA_PRECISIONS and place.feature != "river" and radius is None:
            return f"{direction} part", None, f"in the {direction} part of the area"
        return direction, radius or DEFAULT_RADIUS_KM["direction"], f"{direction} of the place"
    if m.group("near"):
        return "near", radius or DEFAULT_RADIUS_KM["near"], "near the place"
    return "near", radius, f"{dist} {unit} from the place"


def is_actor(norm: str, f: Found, place: Place, relation: str | None) -> bool:
    """An actor name (واشنطن, الكرملين) stands for its government unless the text uses it as a place;
    any country's capital does after a government cue (لدى دمشق, الموالية لدمشق, أعلنت بغداد)."""
    if f.hit.head or relation:
        return False
    if not place.actor_name:
        return (place.country, place.name) in capitals() and _after_government_cue(norm, f.hit)
    if placed_by_clitic(norm, f.hit):
        return False
    before = _WORD.findall(norm[max(0, f.hit.start - _WINDOW):f.hit.start])
    return not (before and before[-1] in cues().locatives)


def _after_government_cue(norm: str, hit: NameHit) -> bool:
    """The word before the name (its proclitic ل allowed, not ب or a locative) is a government cue."""
    if placed_by_clitic(norm, hit):
        return False
    k, j = word_before(norm, hit.start)
    return bool(stems(norm[k:j]) & cues().government_cues)


def anchors(norm: str, previous: Found, f: Found) -> bool:
    """`f` is related (قرب, شمالي ...) to nothing but the place written just before: it only anchors that one."""
    m = cues().relation_re.search(norm[max(0, f.hit.head_start - _WINDOW):f.hit.head_start])
    if not m:
        return False
    cue_start = max(0, f.hit.head_start - _WINDOW) + m.start()
    return previous.hit.end <= cue_start and bool(_ANCHOR_GAP.match(norm[previous.hit.end:cue_start]))
