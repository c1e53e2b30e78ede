"""Scoring: how well each candidate place fits a name, from its prior and the text around it.

Each candidate gets a prior (countries, then governorates, then places by
population) and context points: a head word that fits its feature (مدينة,
محافظة, حقل ...), its governorate or country named elsewhere in the text, in the
name's own sentence or in the caller's context, a border zone the text names,
the usual reading of a name shared by two countries, a list of countries. The
reasons are kept for `PlaceMatch.reason`.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from .countries import FOCUS, REGION
from .cues import cues
from .models import Place

#: Prior of a place without population, by precision.
PRECISION_PRIOR = {
    "country": 9.0, "governorate": 5.0, "region": 5.0, "city": 5.5, "district": 4.0,
    "town": 4.0, "village": 2.0, "point": 4.5,
}
HEAD_FITS, HEAD_CLASHES = 4.0, -1.5
SAME_ADMIN1, SAME_COUNTRY, NEAR_BORDER = 3.0, 1.5, 3.0
#: Added when the governorate or country is named in the name's own sentence (beyond the article).
SENTENCE_ADMIN1, SENTENCE_COUNTRY = 2.0, 1.0
#: The usual reading of a name shared by places of two countries (cues.csv ``prefer``: عمان -> Amman); the
#: same to a namesake whose country the name's own sentence names (بفاس والقنيطرة ... شمالي المغرب).
PREFERRED = 4.0
#: A name in a list of countries (الكويت والبحرين وعمان) is a country.
COUNTRY_LIST = 3.0
#: Added to the prior of a place in Syria or Iraq, what the news this tool reads is about.
FOCUS_PRIOR = 0.5
#: Added to the prior of a place in a neighbour country: with its country named in the text, a town of the
#: region beats a larger namesake far away (زنجبار in an article about Yemen is Zinjibar, not Zanzibar).
NEIGHBOUR_PRIOR = 0.25
#: Prior of a governorate outside Syria and Iraq: below a town of the same name, so that a bare name
#: (صعدة) stays the town and a head (محافظة صعدة) or the text naming the governorate chooses it.
FOREIGN_GOVERNORATE_PRIOR = 3.0
#: A border zone: (min_lat, max_lat, min_lon, max_lon).
Box = tuple[float, float, float, float]


def prior(place: Place) -> float:
    """How likely a place is before any context: countries, large cities, governorates, then the rest
    (a governorate abroad after the towns)."""
    base = PRECISION_PRIOR.get(place.precision, 2.0)
    if place.precision == "governorate" and place.country not in FOCUS:
        base = FOREIGN_GOVERNORATE_PRIOR
    if place.population:
        base = max(base, math.log10(place.population + 1))
    return base + (FOCUS_PRIOR if place.country in FOCUS else NEIGHBOUR_PRIOR if place.country in REGION else 0.0)


def borders(norm: str) -> tuple[Box, ...]:
    """The border zones a normalised text names (قرب الحدود التركية)."""
    c = cues()
    return tuple(box for phrase in set(c.border_re.findall(norm)) for box in c.borders[phrase])


def country_hints(norm: str) -> Counter[str]:
    """How often the text names each country by a country word (السورية, العراقي ...)."""
    c = cues()
    return Counter(c.country_hints[w] for w in c.country_hint_re.findall(norm))


def hint_positions(norm: str) -> list[tuple[int, str]]:
    """Where the country words (السورية, العراقي ...) are and the country each names."""
    c = cues()
    return [(m.start(), c.country_hints[m.group()]) for m in c.country_hint_re.finditer(norm)]


def spread(found: list, extra: Counter[str], attr: str) -> Counter[str]:
    """`extra` plus the governorates or countries (`attr`) that each found name tells."""
    total = Counter(extra)
    for f in found:
        total.update(getattr(f, attr))
    return total


@dataclass(slots=True)
class Context:
    """How often each governorate and country is named around a name, the name's own mentions left out."""

    admin1: Counter[str]
    country: Counter[str]
    own_admin1: frozenset[str] = frozenset()
    own_country: frozenset[str] = frozenset()
    #: border zones the text names (``قرب الحدود التركية``)
    borders: tuple[Box, ...] = ()
    #: the same counts for the sentence of the name only
    sentence_admin1: Counter[str] | None = None
    sentence_country: Counter[str] | None = None
    #: the name as indexed (for the preferred readings of cues.csv) and whether it stands in a list of countries
    key: str = ""
    country_list: bool = False
    #: the countries that all the mentions of this name add to the counts (`others_name_country`)
    same_name_country: Counter[str] | None = None

    def sentence_names_admin1(self, admin1: str | None) -> bool:
        counts = self.sentence_admin1
        return bool(admin1 and counts) and counts[admin1] - (admin1 in self.own_admin1) > 0

    def sentence_names_country(self, country: str | None) -> bool:
        counts = self.sentence_country
        return bool(country and counts) and counts[country] - (country in self.own_country) > 0

    def names_admin1(self, admin1: str | None) -> bool:
        return bool(admin1) and self.admin1[admin1] - (admin1 in self.own_admin1) > 0

    def names_country(self, country: str | None) -> bool:
        return bool(country) and self.country[country] - (country in self.own_country) > 0

    def others_name_country(self, country: str | None) -> bool:
        """Some other name than this one (none of its mentions), or a country word, names the country."""
        same = self.same_name_country[country] if self.same_name_country and country else 0
        return bool(country) and self.country[country] - max(same, country in self.own_country) > 0

    def near_border(self, place: Place) -> bool:
        return any(a <= place.lat <= b and c <= place.lon <= d for a, b, c, d in self.borders)


def score(place: Place, head: str | None, ctx: Context) -> tuple[float, list[str]]:
    """The score of a candidate for a name written after `head` in `ctx`, and why."""
    points, why = prior(place), []
    if head:
        fits = place.feature in cues().heads[head] or place.precision in cues().heads[head]
        points += HEAD_FITS if fits else HEAD_CLASHES
        why.append(f"head '{cues().head_spelling[head]}' {'fits' if fits else 'does not fit'} {place.feature}")
    for gained, reason in _context_points(place, ctx):
        points += gained
        why.append(reason)
    return points, why


def _context_points(place: Place, ctx: Context) -> list[tuple[float, str]]:
    """The points the text around a name gives a candidate, with their reasons, in a fixed order."""
    out = []
    if ctx.names_admin1(place.admin1):
        out.append((SAME_ADMIN1, f"{place.admin1} named in the text"))
    if ctx.names_country(place.country):
        out.append((SAME_COUNTRY, f"country {place.country} named in the text"))
    if ctx.borders and ctx.near_border(place):
        out.append((NEAR_BORDER, "in the border zone the text names"))
    if ctx.sentence_admin1 and ctx.sentence_names_admin1(place.admin1):
        out.append((SENTENCE_ADMIN1, f"{place.admin1} named in the same sentence"))
    elif ctx.sentence_country and place.country in REGION and ctx.sentence_names_country(place.country):
        out.append((SENTENCE_COUNTRY, f"country {place.country} named in the same sentence"))
    prefer = cues().prefer
    if ctx.key in prefer and prefer[ctx.key] == place.country:
        out.append((PREFERRED, f"the usual reading of this name ({place.country})"))
    elif ctx.key in prefer and ctx.sentence_names_country(place.country):
        out.append((PREFERRED, f"not the usual reading: its sentence names {place.country}"))
    if ctx.country_list and place.precision == "country":
        out.append((COUNTRY_LIST, "listed with other countries"))
    return out
