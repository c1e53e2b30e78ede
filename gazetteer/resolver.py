"""Which place a name in a text means, and how the event relates to it.

`find_places` runs the stages over a text: `collect` (the names and their
candidate places, without the names `veto` shows are something else), `choose`
(each candidate scored by `score` in two passes over the text's area), and
`relation` (where the event lies from the place, whether the name stands for a
government, whether it only anchors the place before it). `PlaceMatch.reason`
lists why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from geopy.distance import great_circle

from .choose import Kept, choose_places
from .clitics import CLITICS, clitic_stems
from .collect import Found, collect
from .cues import cues
from .index import Index, get_index, name_key, reload
from .models import PRECISIONS, SETTLEMENTS, SMALL_SETTLEMENTS, Place, PlaceMatch
from .normalize import normalized
from .relation import DEFAULT_RADIUS_KM, anchors, is_actor, relation
from .score import prior
from .veto import capitals, placed_by_clitic


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


def located(place: Place) -> Place:
    """The place an event at `place` is located by: `place` itself, or for a place without coordinates of its own
    (``anchor_id``: a supplement row no source places, whose point is its anchor's) that governorate or
    country, as a village the gazetteer lacks written beside its governorate is."""
    if not place.anchor_id:
        return place
    return _anchors(get_index().stamp).get(place.anchor_id, place)


@cache
def _anchors(stamp: str) -> dict[str, Place]:
    """The governorates and countries of the index built as `stamp`, by countrystatecity code."""
    return {p.place_id: p for p in get_index().places if p.source == "countrystatecity"}


def country(code: str) -> Place | None:
    """The gazetteer's place for the country with ISO code `code`, or None."""
    return _countries(get_index().stamp).get(code)


@cache
def _countries(stamp: str) -> dict[str, Place]:
    """The country places of the index built as `stamp`, by code (the most likely one of each)."""
    out: dict[str, Place] = {}
    for place in get_index().places:
        if place.precision == "country" and place.country and (
                place.country not in out or prior(place) > prior(out[place.country])):
            out[place.country] = place
    return out


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


def find_places(text: str, context: str | None = None) -> list[PlaceMatch]:
    """Every place named in `text`, resolved, with spans into `text` as given.

    `context` is more text about the same events (a title, the article around
    a sentence): its places and country words help choose between candidates
    but are not reported.
    """
    # Offsets are only needed when the normaliser dropped characters (diacritics, tatweel).
    norm, offsets = normalized(text)
    kept = choose_places(norm, collect(norm, text, offsets), context)
    return _matches(text, norm, offsets, kept)


def _only_apart(norm: str, end: int, start: int) -> bool:
    """Nothing but spaces and commas stands between folded offsets `end` and `start`: a name right after another."""
    return not norm[end:start].strip(" ,\u060c")


def _matches(text: str, norm: str, offsets: Sequence[int] | None, kept: list[Kept]) -> list[PlaceMatch]:
    """The place matches of the chosen names, with their relations, in text order."""
    matches = []
    previous: Kept | None = None
    for k in kept:
        f, place, reason = k.found, k.place, k.reason
        rel, radius, rel_reason = relation(norm, f, place)
        if rel_reason:
            reason += f"; {rel_reason}"
        if place.anchor_id:
            reason += f"; no coordinates of its own: located by {located(place).name}"
        anchored = bool(rel and rel != "around" and not rel.endswith(" part") and previous
                        and previous.place.precision != "country"  # a country lies near nothing
                        and not _wider(previous.place, place)  # جامعة الأنبار جنوب مدينة الرمادي: a name, not a place
                        and anchors(norm, previous.found, f))
        if _namesake_abroad_before(norm, previous, f, place, rel) or _namesake_abroad_inside(
                norm, previous, matches, f, place):
            matches.pop()  # a namesake abroad: the name is a place the gazetteer lacks, located by this one
            anchored = False
            reason += f"; {previous.place.name} before it lies in another country: a namesake, left out"
        if anchored:
            nearer = _namesake_near_anchor(previous, place, radius)
            if nearer is not None:
                matches[-1] = replace(matches[-1], chosen=nearer, reason=matches[-1].reason + (
                    f"; {nearer.name}, not {previous.place.name}: the namesake that lies where the relation to"
                    f" {place.name} after it says"))
            reason += (f"; anchor: only the reference point of {matches[-1].chosen.name} written just before it,"
                       " which is the event place")
        actor = is_actor(norm, f, place, rel)
        if actor:
            reason += "; used as an actor (government), not as a place"
        start, end = (offsets[f.hit.start], offsets[f.hit.end]) if offsets else (f.hit.start, f.hit.end)
        match = PlaceMatch(
            start=start, end=end, text=text[start:end], candidates=f.candidates, chosen=place,
            reason=reason, is_actor=actor, relation=rel, radius_km=radius,
            head=cues().head_spelling[f.hit.head] if f.hit.head and not f.hit.shared else None, anchor=anchored,
        )
        if previous is not None and previous.place == place and _only_apart(norm, previous.found.hit.end, f.hit.start):
            start = min(start, matches[-1].start)  # العاصمة العراقية بغداد: one place, named by its title and its name
            matches[-1] = replace(match, start=start, text=text[start:end])
        else:
            matches.append(match)
        previous = k
    return _governments_listed(text, _quarters_of_other_cities(text, _namesakes_among_villages(text, matches)))


def _namesakes_among_villages(text: str, matches: list[PlaceMatch]) -> list[PlaceMatch]:
    """A settlement listed with و right before or after a village or small town of another country (قرى
    الحواش والقاهرة والعنكاوي بسهل الغاب: Cairo beside a village of Hama) is a namesake of a village the
    gazetteer lacks: left out, as a list of villages lies in one country."""
    def abroad(m: PlaceMatch, other: PlaceMatch) -> bool:
        return (other.chosen is not None and other.chosen.precision in SMALL_SETTLEMENTS and not other.is_actor
                and other.chosen.country != m.chosen.country)

    kept = []
    for n, m in enumerate(matches):
        before = matches[n - 1] if n else None
        after = matches[n + 1] if n + 1 < len(matches) else None
        if (m.chosen is not None and m.chosen.precision in SETTLEMENTS and not m.is_actor and not m.relation
                and ((before is not None and _joined(text, before, m) and abroad(m, before))
                     or (after is not None and _joined(text, m, after) and abroad(m, after)))):
            continue
        kept.append(m)
    return kept


def _km(a: Place, b: Place) -> float:
    """The great-circle distance between two places' points."""
    return great_circle((a.lat, a.lon), (b.lat, b.lon)).km


def _namesake_near_anchor(previous: Kept, anchor: Place, radius: float | None) -> Place | None:
    """The candidate of the name written before a relation to `anchor` (حصيبة شرقي الرمادي) that lies within
    twice the relation's distance of the anchor, when the one chosen lies beyond it (al-Qaim's Husaybah, 250
    km away): the text places the name there, so it is that namesake; None when the choice stands."""
    reach = 2 * (radius or DEFAULT_RADIUS_KM["direction"])
    if len(previous.found.candidates) < 2 or _km(previous.place, anchor) <= reach:
        return None
    near = [p for p in previous.found.candidates if _km(p, anchor) <= reach]
    return min(near, key=lambda p: _km(p, anchor)) if near else None


def _namesake_abroad_before(norm: str, previous: Kept | None, f: Found, place: Place, rel: str | None) -> bool:
    """The settlement written just before a part of a governorate (البستان شرقي درعا) lies in another country
    (Elbistan in Turkey): a namesake of a place the gazetteer lacks, which the governorate locates."""
    return bool(rel and rel.endswith(" part") and place.precision == "governorate" and previous
                and previous.place.precision in SETTLEMENTS and previous.place.country != place.country
                and anchors(norm, previous.found, f))


def _namesake_abroad_inside(norm: str, previous: Kept | None, matches: list[PlaceMatch], f: Found, place: Place,
                            ) -> bool:
    """The settlement written just before a locative that puts it inside the place after it (الحسينية بمديرية بيت
    الفقيه، شقراء في محافظة أبين) lies in another country than that place (Egypt, Saudi Arabia): a namesake of a
    place the gazetteer lacks, which the place after it locates. Not a place of no known country (an analyst's
    village), nor the last name of a list (لواشنطن ولندن وباريس في سوريا: the list's governments), nor before a
    place no wider than it without a head (علاقات تل أبيب بأنقرة)."""
    if not (previous and matches and matches[-1].chosen is previous.place and not matches[-1].is_actor
            and previous.place.precision in SETTLEMENTS and previous.place.country and place.country
            and place.country != previous.place.country
            and CLITICS.strip_conjunction(matches[-1].text) == matches[-1].text):
        return False
    start = f.hit.head_start if f.hit.head and not f.hit.shared else f.hit.start
    gap = norm[previous.found.hit.end:start].strip(" ,\u060c")
    word = gap or norm[start:f.hit.end].split(" ", 1)[0]
    districts = cues().district_offices
    headed = word.startswith(CLITICS.locative) and " " not in word and any(
        stem != word and (stem in cues().heads or place.country in districts.get(stem, ()))
        for stem in clitic_stems(word))
    wider = PRECISIONS.index(place.precision) > PRECISIONS.index(previous.place.precision)
    inside = gap in cues().inside or (not gap and placed_by_clitic(norm, f.hit))
    return headed or (wider and inside)


def _wider(place: Place, reference: Place) -> bool:
    """`place` is the governorate holding `reference`, a city, town or village in it: it lies around the
    reference, never beside it (another governorate may: محافظة صلاح الدين شمالي العاصمة بغداد)."""
    order = PRECISIONS.index
    return (place.precision == "governorate" and order(reference.precision) < order("governorate")
            and place.admin1 is not None and place.admin1 == reference.admin1)


def _governments_listed(text: str, matches: list[PlaceMatch]) -> list[PlaceMatch]:
    """A capital written in a list with a name standing for a government, joined to it by و or a list joiner
    (واشنطن ولندن وباريس، واشنطن مع باريس), stands for its government too: the list names the powers, not
    places."""
    out = list(matches)
    for order in (range(1, len(out)), range(len(out) - 2, -1, -1)):
        for n in order:
            other = out[n - 1] if order.step == 1 else out[n + 1]
            m = out[n]
            if other.is_actor and not m.is_actor and _capital(m) and _joined(text, *sorted((other, m),
                                                                                        key=lambda x: x.start)):
                out[n] = replace(m, is_actor=True, reason=m.reason + "; listed with a government: a government")
    return out


def _capital(m: PlaceMatch) -> bool:
    return m.chosen is not None and not m.relation and not m.head and (m.chosen.country, m.chosen.name) in capitals()


def _quarters_of_other_cities(text: str, matches: list[PlaceMatch]) -> list[PlaceMatch]:
    """A quarter the gazetteer places in its city written right before, or after a locative before, a city or town
    of another governorate (حي التأميم في كركوك، حي الراشدين بالموصل) is a namesake of a quarter of that city the
    gazetteer lacks: left out, and the city locates the event."""
    kept = []
    for n, m in enumerate(matches):
        after = matches[n + 1] if n + 1 < len(matches) else None
        if (m.chosen is not None and m.chosen.feature == "neighbourhood" and after is not None
                and after.chosen is not None and after.chosen.precision in SETTLEMENTS and not after.is_actor
                and (after.chosen.country, after.chosen.admin1) != (m.chosen.country, m.chosen.admin1)
                and _in_the_next(text, m, after)):
            continue
        kept.append(m)
    return kept


def _in_the_next(text: str, first: PlaceMatch, second: PlaceMatch) -> bool:
    """Nothing but a locative (في) stands between the two names: the first lies in the second."""
    gap = text[first.end : second.start].split()
    return not gap or (len(gap) == 1 and name_key(gap[0]) in cues().locatives)


def _joined(text: str, first: PlaceMatch, second: PlaceMatch) -> bool:
    """The second name is written with the conjunction و right after the first (واشنطن ولندن), or a list
    joiner alone stands between them (واشنطن مع باريس)."""
    gap = text[first.end : second.start].split()
    if not gap:
        return CLITICS.strip_conjunction(second.text) != second.text
    return len(gap) == 1 and name_key(gap[0]) in cues().list_joiners


def resolve(name: str, context: str | None = None) -> PlaceMatch | None:
    """The place a short text (a name, maybe with clitics, head and direction) stands for; None if none.

    When the text names several places, the longest name wins.
    """
    matches = find_places(name, context)
    if not matches:
        return None
    return max(matches, key=lambda m: m.end - m.start)


__all__ = ["find_places", "get_index", "located", "lookup", "prior", "reload", "resolve"]
