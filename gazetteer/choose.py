"""Choosing: the place each name of a text stands for, in two passes over the text's area.

The first pass chooses a place per name from the unambiguous evidence (the
governorates and countries the names and the caller's context tell, border
zones); the names kept in that pass (not vetoed as weak, see `veto.supported`)
then name their governorate and country, in the text and in their sentence, for
the second pass. A governorate or country named in the same sentence counts on
top of the article; a name is read one way per article unless its sentence says
otherwise.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from .clitics import CLITICS
from .collect import Found, collect
from .countries import FOCUS, REGION
from .cues import cues
from .index import ARTICLE
from .models import SMALL_SETTLEMENTS, Place
from .normalize import normalize
from .score import Box, Context, borders, country_hints, hint_positions, prior, score, spread
from .veto import (
    a_home_village_named_like_a_city_abroad,
    a_quarter_named_like_a_settlement_abroad,
    a_village_named_like_a_quarter,
    after_district_word,
    needs_support,
    quarter_head,
    supported,
    weak,
)

_SENTENCE_END = re.compile(r"[.!?\u061f\n]+")
#: Taken from a town or village abroad whose country the text does not name, beside a candidate of a country it names
#: or, for a village, of Syria or Iraq (more than a head that fits the village and not the city gains: 4 + 1.5).
UNNAMED_ABROAD = -3.0


class Kept(NamedTuple):
    """A name read as a place: its index among the found names, the place, why, and whether its
    own sentence names the place's governorate or country."""

    index: int
    found: Found
    place: Place
    reason: str
    sentence_evidence: bool


@dataclass(frozen=True)
class _Area:
    """The governorates and countries a text names, with the caller's context, and its border zones."""

    admin1: Counter[str]  #: named by the text's names and the context
    country: Counter[str]
    context_admin1: Counter[str]  #: named by the context alone (and the text's country words)
    context_country: Counter[str]
    borders: tuple[Box, ...]
    hints: list[tuple[int, str]]  #: where the text's country words are, and their country


def choose(f: Found, ctx: Context, norm: str = "") -> tuple[Place, str]:
    """The best scored candidate of a name in `ctx` (in the normalised text `norm`), and why."""
    scored = [(*score(p, f.hit.head, ctx), p) for p in f.candidates]
    named = {p.country for p in f.candidates if ctx.others_name_country(p.country)}
    at_home = any(p.country in FOCUS for p in f.candidates)
    if named or at_home:
        scored = [_unnamed_abroad(s, named, at_home) for s in scored]
    scored.sort(key=lambda s: -s[0])
    _, why, best = scored[0]
    seat_area = _seat_area(f, best, norm)
    if seat_area is not None:
        return seat_area, f"the area head '{f.hit.head}' names the governorate of {best.name}, not the settlement"
    if len(scored) == 1:
        why = ["only candidate", *why]
    else:
        runner_up = scored[1][2]
        why.append(f"prior {prior(best):.1f}" + (f", population {best.population:,}" if best.population else ""))
        why.append(f"beats {runner_up.name} ({runner_up.admin1 or runner_up.country})")
    return best, "; ".join(why)


def _unnamed_abroad(
    scored: tuple[float, list[str], Place], named: set[str], at_home: bool
) -> tuple[float, list[str], Place]:
    """A town or village outside Syria and Iraq whose country nothing else in the text names (none of the
    name's own mentions counted) loses `UNNAMED_ABROAD` beside a candidate of a country the text names, and a
    village abroad (which only the supplement holds) also beside one of Syria or Iraq (`at_home`): بلدة دوما is
    Douma of Rif Dimashq, though بلدة fits the West Bank village better, unless another word of the text points
    to Palestine."""
    points, why, place = scored
    if place.country in FOCUS or place.country in named or place.precision not in SMALL_SETTLEMENTS:
        return scored
    if not named and not (at_home and place.precision == "village"):
        return scored
    return points + UNNAMED_ABROAD, [*why, f"country {place.country} not named"], place


#: Precisions of a governorate's seat, which an area head before the shared name passes over.
_SEATS = frozenset({"city", "town"})


#: The word right after a name, with the spaces before it.
_NEXT = re.compile(r"\s+([\u0621-\u064A]+)")


def _seat_area(f: Found, best: Place, norm: str) -> Place | None:
    """The governorate that shares its name with the settlement `best`, when the name follows an area head
    (cues.csv `area_head`: منطقة إدلب، منطقة أضنه): the area named after its seat, not the seat; not when
    a definite word other than a country or direction adjective or a describing word (التي، الواقعة) goes on
    with the name (منطقة بغداد الجديدة: a quarter of the city)."""
    if f.hit.head is None or f.hit.head not in cues().area_heads or best.precision not in _SEATS:
        return None
    after = _NEXT.match(norm, f.hit.end)
    word = after.group(1) if after else ""
    c = cues()
    if word.startswith(ARTICLE) and word not in c.country_hints and word not in c.describing_words and not (
            c.trailing_re.match(norm, f.hit.end)):
        return None
    return next((p for p in f.candidates if p.precision == "governorate" and p.country == best.country
                 and p.admin1 == best.admin1), None)


def choose_places(norm: str, found: list[Found], context: str | None) -> list[Kept]:
    """The place each found name of the normalised text stands for; names that are no place here left out."""
    ambiguous = any(len(f.candidates) > 1 for f in found)
    careful = ambiguous or any(f.weak or quarter_head(f.hit) for f in found)
    area = _area(norm, found, context, ambiguous, careful)
    chosen = [
        f.candidates[0] if len(f.candidates) == 1
        else choose(f, Context(area.admin1, area.country, f.evidence_admin1, f.evidence_country, area.borders), norm)[0]
        for f in found
    ]
    first_ctx = Context(area.admin1, area.country, borders=area.borders)
    counted = [
        (i, f, p) for i, (f, p) in enumerate(zip(found, chosen, strict=True))
        if not needs_support(p, f.hit) and not (f.weak and weak(p, f.hit) and not supported(norm, f.hit, p, first_ctx))
    ]
    contexts = _contexts(norm, found, chosen, counted, area, careful)
    kept = [_keep(norm, i, f, ctx) for i, (f, ctx) in enumerate(zip(found, contexts, strict=True))]
    return one_reading_per_name([k for k in kept if k is not None])


def _area(norm: str, found: list[Found], context: str | None, ambiguous: bool, careful: bool) -> _Area:
    """What the text and its context name; country words and border phrases only matter when some
    name has several candidates or needs support."""
    ctx_admin1: Counter[str] = Counter()
    hints = hint_positions(norm) if careful else []
    ctx_country = Counter(code for _, code in hints)
    zones = borders(norm) if ambiguous else ()
    if context:
        ctx_norm = normalize(context)
        ctx_found = collect(ctx_norm)
        ctx_admin1 = spread(ctx_found, Counter(), "evidence_admin1")
        ctx_country += spread(ctx_found, country_hints(ctx_norm), "evidence_country")
        zones += borders(ctx_norm)
    return _Area(
        spread(found, ctx_admin1, "evidence_admin1"), spread(found, ctx_country, "evidence_country"),
        ctx_admin1, ctx_country, zones, hints,
    )


def _contexts(
    norm: str, found: list[Found], chosen: list[Place], counted: list[tuple[int, Found, Place]], area: _Area,
    by_sentence: bool,
) -> list[Context]:
    """The second pass's context of each name: the areas of the places chosen first (its own left out)."""
    admin1 = area.context_admin1 + Counter(p.admin1 for _, _, p in counted if p.admin1)
    country = area.context_country + Counter(p.country for _, _, p in counted if p.country)
    sentence_of, s_admin1, s_country = _sentence_counts(norm, found, counted, area.hints) if by_sentence else (
        [], {}, {})
    own_ids = {i for i, _, _ in counted}
    same_country = _countries_by_name(counted)
    out = []
    for i, (f, first) in enumerate(zip(found, chosen, strict=True)):
        own = i in own_ids
        sid = sentence_of[i] if sentence_of else 0
        out.append(Context(
            admin1, country, frozenset([first.admin1] if first.admin1 and own else ()),
            frozenset([first.country] if first.country and own else ()), area.borders,
            s_admin1.get(sid), s_country.get(sid), f.hit.key,
            len(f.candidates) > 1 and _in_country_list(norm, found, chosen, i),
            same_country.get(f.hit.key),
        ))
    return out


def _countries_by_name(counted: list[tuple[int, Found, Place]]) -> dict[str, Counter[str]]:
    """The countries that the first-pass places of each name's mentions add to the counts."""
    country: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for _, f, p in counted:
        if p.country:
            country[f.hit.key][p.country] += 1
    return country


def _sentence_counts(
    norm: str, found: list[Found], counted: list[tuple[int, Found, Place]], hints: list[tuple[int, str]]
) -> tuple[list[int], dict[int, Counter[str]], dict[int, Counter[str]]]:
    """The sentence of each name, and the governorates and countries each sentence names."""
    ends = [m.start() for m in _SENTENCE_END.finditer(norm)]
    sentence_of = [bisect.bisect_right(ends, f.hit.start) for f in found]
    s_admin1: defaultdict[int, Counter[str]] = defaultdict(Counter)
    s_country: defaultdict[int, Counter[str]] = defaultdict(Counter)
    for i, _, p in counted:
        if p.admin1:
            s_admin1[sentence_of[i]][p.admin1] += 1
        if p.country:
            s_country[sentence_of[i]][p.country] += 1
    for at, code in hints:
        s_country[bisect.bisect_right(ends, at)][code] += 1
    return sentence_of, s_admin1, s_country


def _keep(norm: str, i: int, f: Found, ctx: Context) -> Kept | None:
    """The second pass's choice for a name, or None when the name is no place here."""
    place, reason = choose(f, ctx, norm)
    if a_home_village_named_like_a_city_abroad(norm, f.hit, place, ctx):
        return None  # a village at home the gazetteer lacks, not the city abroad
    if a_village_named_like_a_quarter(f.hit, place):
        return None  # a village the gazetteer lacks, not the quarter placed at its city
    if a_quarter_named_like_a_settlement_abroad(f.hit, place, ctx):
        return None  # a quarter the gazetteer lacks, not the town abroad
    if place.country not in REGION and CLITICS.comparative in norm[f.hit.start:f.hit.name_start] and not f.hit.head:
        return None  # كبرن: 'like Bern', a comparison, or a word that only looks like one
    if f.weak and weak(place, f.hit):
        if not supported(norm, f.hit, place, ctx):
            return None  # a common word, a person's name or a far-away namesake
        reason += "; a name that is also a common word or far away, kept by its head, locative or area"
    if needs_support(place, f.hit) and not f.hit.head and not after_district_word(norm, f.hit, place):
        if not ctx.names_admin1(place.admin1):
            return None  # most likely a common word
        reason += "; a small village, kept because its governorate is named"
    sentence_evidence = ctx.sentence_names_admin1(place.admin1) or ctx.sentence_names_country(place.country)
    return Kept(i, f, place, reason, sentence_evidence)


def _in_country_list(norm: str, found: list[Found], chosen: list[Place], i: int) -> bool:
    """The name stands next to a country in a list (الكويت والبحرين وعمان، قطر)."""
    hit = found[i].hit
    for j in (i - 1, i + 1):
        if 0 <= j < len(found) and chosen[j].precision == "country" and len(found[j].candidates) == 1:
            a, b = (found[j].hit, hit) if j < i else (hit, found[j].hit)
            gap = norm[a.end:b.start].strip(" ،,")
            joined = CLITICS.list_conjunction
            if (gap == "" and (b.start == b.name_start or norm[b.start] == joined)) or gap == joined:
                return True
    return False


def one_reading_per_name(kept: list[Kept]) -> list[Kept]:
    """One place per name in an article: a mention whose own sentence says nothing takes the reading
    backed by its sentence elsewhere, else the most frequent one."""
    seen: dict[str, Place] = {}
    if all(seen.setdefault(k.found.hit.key, k.place) is k.place for k in kept):
        return kept  # every name read one way
    readings: dict[str, Counter[Place]] = {}
    backed: dict[str, Place] = {}
    for k in kept:
        readings.setdefault(k.found.hit.key, Counter())[k.place] += 1
        if k.sentence_evidence:
            backed.setdefault(k.found.hit.key, k.place)
    out = []
    for i, f, place, reason, evidence in kept:
        usual = backed.get(f.hit.key) or readings[f.hit.key].most_common(1)[0][0]
        homonym = (usual.admin1, usual.country) != (place.admin1, place.country)
        if not evidence and not f.hit.head and homonym and usual in f.candidates:
            reason = f"the reading of this name elsewhere in the text ({usual.name}); was: {reason}"
            place = usual
        out.append(Kept(i, f, place, reason, evidence))
    return out
