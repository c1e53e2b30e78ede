"""Choosing which place a name in a text means, and how the event relates to it.

Each candidate gets a prior (countries, then governorates, then places by
population) and context points: a head word that fits its feature (مدينة,
محافظة, حقل ...), its governorate or country named elsewhere in the text or in
the caller's context. The best score wins; `PlaceMatch.reason` lists why.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from . import index as index_module
from .cues import cues
from .index import CURATED, Index, name_key
from .matcher import NameHit, scan, word_before
from .models import Place, PlaceMatch
from .normalize import clitic_stems, normalize, source_offsets

#: Prior of a place without population, by precision.
PRECISION_PRIOR = {
    "country": 9.0, "governorate": 5.0, "region": 5.0, "city": 5.5, "district": 4.0,
    "town": 4.0, "village": 2.0, "point": 4.5,
}
HEAD_FITS, HEAD_CLASHES = 4.0, -1.5
SAME_ADMIN1, SAME_COUNTRY, NEAR_BORDER = 3.0, 1.5, 3.0
#: Syria and Iraq are what the news this tool reads is about.
FOCUS, FOCUS_COUNTRIES = 0.5, frozenset({"SY", "IQ"})
#: Radius around the anchor when the text gives a direction or "near" but no distance.
DEFAULT_RADIUS_KM = {"near": 10.0, "direction": 25.0, "around": 30.0}
#: Two entries with one name and precision closer than this (about 5 km) are one place.
SAME_PLACE_DEGREES = 0.05
AREA_PRECISIONS = frozenset({"country", "governorate", "region"})
SETTLEMENTS = frozenset({"village", "town", "city"})
_WINDOW = 60
_WORD = re.compile(r"[\u0621-\u064A]+")

_index: Index | None = None


def get_index() -> Index:
    """The loaded index (built and cached on first use)."""
    global _index
    if _index is None:
        _index = index_module.load()
    return _index


def reload() -> None:
    """Forget the loaded index: the next lookup loads the one for the current sources (after an import)."""
    global _index
    _index = None


def prior(place: Place) -> float:
    """How likely a place is before any context: countries, large cities, governorates, then the rest."""
    base = PRECISION_PRIOR.get(place.precision, 2.0)
    if place.population:
        base = max(base, math.log10(place.population + 1))
    return base + (FOCUS if place.country in FOCUS_COUNTRIES else 0.0)


def lookup(name: str) -> Place | None:
    """The most likely place written `name` (clitics and a generic head allowed), without context; None if unknown."""
    idx = get_index()
    key = name_key(name)
    ids = _lookup_ids(idx, key)
    if not ids:
        first, _, rest = key.partition(" ")
        if rest and any(stem in cues().heads for stem in clitic_stems(first)):
            ids = _lookup_ids(idx, rest)
    if not ids:
        return None
    return max((idx.places[i] for i in ids), key=prior)


def _lookup_ids(idx: Index, key: str) -> tuple[int, ...]:
    ids = idx.exact.get(key)
    if ids:
        return ids
    first, _, rest = key.partition(" ")
    for stem in clitic_stems(first)[1:]:
        candidate = f"{stem} {rest}" if rest else stem
        ids = idx.exact.get(candidate) or idx.bare.get(candidate)
        if ids:
            return ids
    return ()


@dataclass
class _Found:
    hit: NameHit
    candidates: tuple[Place, ...]
    evidence_admin1: frozenset[str]
    evidence_country: frozenset[str]


def _evidence(candidates: tuple[Place, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """What a name tells about the area of the text: the governorate or country all its candidates share."""
    admin1s = {p.admin1 for p in candidates}
    countries = {p.country for p in candidates}
    return (
        frozenset(admin1s) if len(admin1s) == 1 and None not in admin1s else frozenset(),
        frozenset(countries) if len(countries) == 1 and None not in countries else frozenset(),
    )


def _same_place(a: Place, b: Place) -> bool:
    """Two entries of one name for one place: close, and both settlements or of one precision."""
    kind = a.precision == b.precision or (a.precision in SETTLEMENTS and b.precision in SETTLEMENTS)
    return kind and abs(a.lat - b.lat) < SAME_PLACE_DEGREES and abs(a.lon - b.lon) < SAME_PLACE_DEGREES


def _distinct(places: list[Place]) -> tuple[Place, ...]:
    """The places with one entry per real place: the same place from two sources is kept once (best prior)."""
    if len(places) == 1:
        return tuple(places)
    kept: list[Place] = []
    for p in sorted(places, key=prior, reverse=True):
        if not any(_same_place(k, p) for k in kept):
            kept.append(p)
    return tuple(kept)


def _needs_support(place: Place, hit: NameHit) -> bool:
    """A one-word village that nobody counted, from a bulk source: as likely a common word as a place.

    Such a name counts only after a head (قرية ...) or with its governorate named
    in the text or context, and never serves as context itself.
    """
    return (place.precision == "village" and not place.population and place.source not in CURATED
            and " " not in hit.key)


def _collect(norm: str) -> list[_Found]:
    idx = get_index()
    found = []
    for hit in scan(idx, norm, cues().head_forms, cues().naming_head_forms):
        candidates = _distinct([idx.places[i] for i in hit.ids])
        if all(_needs_support(p, hit) for p in candidates):
            admin1, country = frozenset(), frozenset()
        else:
            admin1, country = _evidence(candidates)
        found.append(_Found(hit, candidates, admin1, country))
    return found


def _borders(norm: str) -> tuple[tuple[float, float, float, float], ...]:
    c = cues()
    return tuple(box for phrase in set(c.border_re.findall(norm)) for box in c.borders[phrase])


def _country_hints(norm: str) -> Counter[str]:
    c = cues()
    return Counter(c.country_hints[w] for w in c.country_hint_re.findall(norm))


@dataclass(frozen=True)
class _Context:
    """How often each governorate and country is named around a name, the name's own mentions left out."""

    admin1: Counter[str]
    country: Counter[str]
    own_admin1: frozenset[str] = frozenset()
    own_country: frozenset[str] = frozenset()
    #: border zones the text names (``قرب الحدود التركية``): (min_lat, max_lat, min_lon, max_lon)
    borders: tuple[tuple[float, float, float, float], ...] = ()

    def names_admin1(self, admin1: str | None) -> bool:
        return bool(admin1) and self.admin1[admin1] - (admin1 in self.own_admin1) > 0

    def names_country(self, country: str | None) -> bool:
        return bool(country) and self.country[country] - (country in self.own_country) > 0

    def near_border(self, place: Place) -> bool:
        return any(a <= place.lat <= b and c <= place.lon <= d for a, b, c, d in self.borders)


def _score(place: Place, head: str | None, ctx: _Context) -> tuple[float, list[str]]:
    score, why = prior(place), []
    if head:
        fits = place.feature in cues().heads[head] or place.precision in cues().heads[head]
        score += HEAD_FITS if fits else HEAD_CLASHES
        why.append(f"head '{cues().head_spelling[head]}' {'fits' if fits else 'does not fit'} {place.feature}")
    if ctx.names_admin1(place.admin1):
        score += SAME_ADMIN1
        why.append(f"{place.admin1} named in the text")
    if ctx.names_country(place.country):
        score += SAME_COUNTRY
        why.append(f"country {place.country} named in the text")
    if ctx.borders and ctx.near_border(place):
        score += NEAR_BORDER
        why.append("in the border zone the text names")
    return score, why


def _choose(f: _Found, ctx: _Context) -> tuple[Place, str]:
    scored = [(*_score(p, f.hit.head, ctx), p) for p in f.candidates]
    scored.sort(key=lambda s: -s[0])
    _, why, best = scored[0]
    if len(scored) == 1:
        why = ["only candidate", *why]
    else:
        runner_up = scored[1][2]
        why.append(f"prior {prior(best):.1f}" + (f", population {best.population:,}" if best.population else ""))
        why.append(f"beats {runner_up.name} ({runner_up.admin1 or runner_up.country})")
    return best, "; ".join(why)


def _relation(norm: str, f: _Found, place: Place) -> tuple[str | None, float | None, str | None]:
    """(relation, radius_km, explanation) from the words before the name and its head."""
    c = cues()
    trailing = c.trailing_re.match(norm, f.hit.end)
    if trailing:
        words = " ".join(filter(None, trailing.group("dir1", "dir2")))
        direction = c.directions.get(words) or c.directions[trailing.group("dir1")]
        return f"{direction} part", None, f"in the {direction} part of the area"
    if f.hit.head == "ريف":
        return "around", DEFAULT_RADIUS_KM["around"], "countryside of the named place"
    k, j = word_before(norm, f.hit.head_start)
    if norm[k:j].lstrip("وفب") not in c.relation_triggers and norm[k:j] not in c.relation_triggers:
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


def _is_actor(norm: str, f: _Found, place: Place, relation: str | None) -> bool:
    """An actor name (واشنطن, الكرملين) stands for its government unless the text uses it as a place."""
    if not place.actor_name or f.hit.head or relation:
        return False
    if "ب" in norm[f.hit.start:f.hit.name_start]:
        return False
    before = _WORD.findall(norm[max(0, f.hit.start - _WINDOW):f.hit.start])
    return not (before and before[-1] in cues().locatives)


def _spread(found: list[_Found], extra: Counter[str], attr: str) -> Counter[str]:
    total = Counter(extra)
    for f in found:
        total.update(getattr(f, attr))
    return total


def find_places(text: str, context: str | None = None) -> list[PlaceMatch]:
    """Every place named in `text`, resolved, with spans into `text` as given.

    `context` is more text about the same events (a title, the article around
    a sentence): its places and country words help choose between candidates
    but are not reported.
    """
    norm = normalize(text)
    # Offsets are only needed when the normaliser dropped characters (diacritics, tatweel).
    offsets = source_offsets(text) if len(norm) != len(text) else None
    found = _collect(norm)
    ambiguous = any(len(f.candidates) > 1 for f in found)
    ctx_admin1: Counter[str] = Counter()
    # Country words and border phrases only matter when some name has several candidates.
    ctx_country = _country_hints(norm) if ambiguous else Counter()
    borders = _borders(norm) if ambiguous else ()
    if context:
        ctx_norm = normalize(context)
        ctx_found = _collect(ctx_norm)
        ctx_admin1 = _spread(ctx_found, Counter(), "evidence_admin1")
        ctx_country += _spread(ctx_found, _country_hints(ctx_norm), "evidence_country")
        borders += _borders(ctx_norm)
    admin1 = _spread(found, ctx_admin1, "evidence_admin1")
    country = _spread(found, ctx_country, "evidence_country")
    # First pass: a choice per name from the unambiguous evidence; second pass: with the chosen places.
    chosen = [
        f.candidates[0] if len(f.candidates) == 1
        else _choose(f, _Context(admin1, country, f.evidence_admin1, f.evidence_country, borders))[0]
        for f in found
    ]
    supported = [(f, p) for f, p in zip(found, chosen, strict=True) if not _needs_support(p, f.hit)]
    admin1_2 = ctx_admin1 + Counter(p.admin1 for _, p in supported if p.admin1)
    country_2 = ctx_country + Counter(p.country for _, p in supported if p.country)
    matches = []
    for f, first in zip(found, chosen, strict=True):
        own_evidence = not _needs_support(first, f.hit)
        own = _Context(admin1_2, country_2, frozenset([first.admin1] if first.admin1 and own_evidence else ()),
                       frozenset([first.country] if first.country and own_evidence else ()), borders)
        place, reason = _choose(f, own)
        if _needs_support(place, f.hit) and not f.hit.head:
            if not own.names_admin1(place.admin1):
                continue  # most likely a common word
            reason += "; a small village, kept because its governorate is named"
        relation, radius, rel_reason = _relation(norm, f, place)
        if rel_reason:
            reason += f"; {rel_reason}"
        actor = _is_actor(norm, f, place, relation)
        if actor:
            reason += "; used as an actor (government), not as a place"
        start, end = (offsets[f.hit.start], offsets[f.hit.end]) if offsets else (f.hit.start, f.hit.end)
        matches.append(PlaceMatch(
            start=start, end=end, text=text[start:end], candidates=f.candidates, chosen=place,
            reason=reason, is_actor=actor, relation=relation, radius_km=radius,
            head=cues().head_spelling[f.hit.head] if f.hit.head else None,
        ))
    return matches


def resolve(name: str, context: str | None = None) -> PlaceMatch | None:
    """The place a short text (a name, maybe with clitics, head and direction) stands for; None if none.

    When the text names several places, the longest name wins.
    """
    matches = find_places(name, context)
    if not matches:
        return None
    return max(matches, key=lambda m: m.end - m.start)


__all__ = ["find_places", "get_index", "lookup", "prior", "reload", "resolve"]
