"""Placing: the places of an article (gazetteer) and which of them is a clause's event place.

Names that stand for a government (واشنطن), actor phrases and the place of a
dateline ("حلب - ", "دبي (CNN)-- ") are not event places. A clause's place is
its most specific place nearest the trigger; a reference point (X قرب Y: Y)
only when alone; two different countries and nothing finer give none.
"""

from __future__ import annotations

from gazetteer import PRECISIONS, PlaceMatch, find_places
from timeline.extract.actors import ActorHit
from timeline.extract.segment import FoldedText, in_dateline
from timeline.extract.spans import Cover

#: A place at its folded offset.
Placed = tuple[int, PlaceMatch]


def place_mentions(t: FoldedText, actor_hits: list[ActorHit]) -> list[Placed]:
    """Resolved places at folded offsets, without names of governments, actors and datelines."""
    out = []
    in_actor = Cover((a.start, a.end) for a in actor_hits)
    for p in find_places(t.text):
        at = t.fold(p.start)
        if (
            p.chosen is not None and not p.is_actor and not p.chosen.actor_name
            and at not in in_actor
            and not in_dateline(t.folded, at)
        ):
            out.append((at, p))
    return out


def best_place(c_places: list[Placed], anchor: int) -> PlaceMatch | None:
    """The finest place of the clause nearest `anchor`; a reference point (X قرب Y: Y) only if alone."""
    if not c_places:
        return None
    located = [pm for pm in c_places if not pm[1].anchor] or c_places
    best = min(located, key=lambda pm: (PRECISIONS.index(pm[1].chosen.precision), abs(pm[0] - anchor)))[1]
    if best.chosen.precision == "country" and len({pm.chosen.name for _, pm in c_places}) > 1:
        return None
    return best
