"""The words around a name that tell what it is and where the event is (data/cues.csv).

heads (مدينة, ريف, حقل ...) say which features fit the name; direction and
near words place an event relative to it; locatives (في, الى ...) say that an
actor name is used as a place; units convert stated distances to kilometres;
country hints (السورية, العراقية ...) add a country to the context.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache

from .clitics import CLITICS
from .index import name_key
from .matcher import head_forms
from .sources import DATA
from .wordtrie import alternation


@dataclass(frozen=True)
class Cues:
    heads: dict[str, frozenset[str]]
    #: normalised head -> the head as written in cues.csv (what PlaceMatch.head reports)
    head_spelling: dict[str, str]
    #: every head with its proclitics (بمدينه, وريف) -> the head
    head_forms: dict[str, str]
    #: the same for the heads always followed by a proper name (مدينة, قرية ...): after them a
    #: stop-listed word is a name (مدينة الباب); generic heads (منطقة, دولة, العاصمة) do not count
    naming_head_forms: dict[str, str]
    #: heads after which a stop-listed word is a quarter's name, and only a quarter's (منطقة الشعب)
    quarter_naming_head_forms: dict[str, str]
    #: heads (منطقة) that name a place the gazetteer lacks only when its country's adjective follows the name
    #: (منطقة سترة البحرينية), with their clitic forms
    adjective_head_forms: dict[str, str]
    #: last words of the cues that place an event relative to a name (directions, near words, من)
    relation_triggers: frozenset[str]
    directions: dict[str, str]
    near: dict[str, str]
    locatives: frozenset[str]
    #: the locatives that put the place written before them inside the place after them (قرية س في محافظة ص)
    inside: frozenset[str]
    units: dict[str, float]
    country_hints: dict[str, str]
    #: the text just before a name (and its head) places the event relative to it
    relation_re: re.Pattern[str]
    #: any country hint as a whole word
    country_hint_re: re.Pattern[str]
    #: border phrase -> boxes (min_lat, max_lat, min_lon, max_lon) of the border zone it names
    borders: dict[str, tuple[tuple[float, float, float, float], ...]]
    border_re: re.Pattern[str]
    #: a direction adjective just after a name: ``ريف حلب الشمالي``, ``البادية الشرقية``
    trailing_re: re.Pattern[str]
    #: words just before a name that make it part of a person's name (أبو, الرئيس, وزير ...)
    person_titles: frozenset[str] = frozenset()
    #: personal names: a place name next to one is part of a person's name (جون بولتون, كولن باول)
    person_names: frozenset[str] = frozenset()
    #: the given names among them: a place name right after one is a surname (أبو بكر البغدادي)
    given_names: frozenset[str] = frozenset()
    #: the titles among them written right before a given name (العقيد، القيادي، الناشط): a place name
    #: right after the word that follows one is a surname (القيادي نزار الرستن)
    name_titles: frozenset[str] = frozenset()
    #: heads that before a name shared by a governorate and its seat name the governorate (منطقة إدلب)
    area_heads: frozenset[str] = frozenset()
    #: a possessed headquarters before في and a name (ومقره في القامشلي): the seat of the one described
    seat_before: frozenset[str] = frozenset()
    #: words after a comma that describe the person just named (شيروان بري، أحد قادة الهلال الأحمر)
    person_appositions: frozenset[str] = frozenset()
    #: words before a name that make it the name of something else (شارع, ساحة, جسر, إعصار ...)
    nonplace_heads: frozenset[str] = frozenset()
    #: first words of compound place names (كفر، تل، عين): a name right after one ends a longer name
    #: (كفر داعل is not داعل)
    name_prefixes: frozenset[str] = frozenset()
    #: of those, the words that begin only the names of settlements (تل، كفر، خربة): before an area, one it lacks
    settlement_prefixes: frozenset[str] = frozenset()
    #: phrases starting with a place name that are common words (مسقط رأس)
    common_phrases: frozenset[str] = frozenset()
    #: names that are also frequent words: they count only with a head, a locative or their area named
    #: (name -> "strong" when even a locative is not enough: في مشهد is 'in a scene'; "placed" when only a locative
    #: with its area named is: حديثة is also 'modern' wherever Anbar is named)
    weak_names: dict[str, str] = field(default_factory=dict)
    #: name -> the country of its usual reading when it names places of several countries (عمان -> JO)
    prefer: dict[str, str] = field(default_factory=dict)
    #: words right before a country's capital that make it stand for its government (لدى دمشق,
    #: الموالية لدمشق, أعلنت بغداد)
    government_cues: frozenset[str] = frozenset()
    #: words joining a capital to a government named before or after it in a list (واشنطن مع باريس): beside
    #: the conjunction و, which is a clitic of the name
    list_joiners: frozenset[str] = frozenset()
    #: dual and plural heads whose name list shares them (بمحافظتي إدلب وحلب)
    list_heads: frozenset[str] = frozenset()
    #: the plural ones (قرى، بلدات): the word after them may describe the places (قرى تسكنها) rather than name one
    plural_heads: frozenset[str] = frozenset()
    #: offices and organisations named after a place, in construct right before it (مديرية صحة إدلب)
    office_heads: frozenset[str] = frozenset()
    #: adjectives right after a name that make it part of an organisation's name (مركز دمشق الإعلامي)
    organisation_adjectives: frozenset[str] = frozenset()
    #: office words that some countries use for their districts (مديرية in Yemen): word -> those countries
    district_offices: dict[str, frozenset[str]] = field(default_factory=dict)
    #: seat word right after a name -> the word written right before the name (يتخذ من لندن مقرا له):
    #: the name is an organisation's seat
    seat_words: dict[str, str] = field(default_factory=dict)
    #: words after a name that describe the place (التي، الواقعة، الحدودية) and never continue its name
    describing_words: frozenset[str] = frozenset()
    #: words that never name a place (function words, verbs, adjectives of what a settlement is): never read
    #: as the name after a naming head (قرية وبعض المزارع، من ناحية أخرى)
    not_names: frozenset[str] = frozenset()
    #: words before a name that say it is used as a place (من, إلى, عبر, باتجاه ...), besides the locatives
    place_words: frozenset[str] = frozenset()
    #: the place words that a verb or noun also governs (يفتقر إلى الضمير، مجرد من الضمير): before a name that is
    #: also a word (`weak_names` "placed") they do not say it is a place
    governed: frozenset[str] = frozenset()
    #: heads naming the countryside around a place (ريف X): the event lies around it
    around_heads: frozenset[str] = frozenset()


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _whole_words(words) -> re.Pattern[str]:
    """Any of `words` (normalised) with no letter right before or after it, the longest first; written as a trie
    (`wordtrie.alternation`), so that each position of a text costs one branch, not a try of every word."""
    return re.compile(r"(?<![\u0621-\u064A])" + alternation(words) + r"(?![\u0621-\u064A])")


def _phrases(words) -> str:
    """An alternation of (normalised) phrases whose words may stand apart by any spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _relation_pattern(rows: dict[str, dict[str, str]]) -> str:
    """The text just before a name that places the event relative to it: a stated distance (على بعد
    20 كم من), a direction (إلى الشمال من، شمالي), a near word, its locative ب allowed (قرب، بضواحي), or a
    distance alone."""
    conj = f"(?:{_alternation(CLITICS.conjunctions)})?"
    toward, away = _alternation(rows["toward"]), _alternation(rows["from"])
    distance = _phrases(rows["distance"])
    number = r"\d+(?:[.,]\d+)?"
    units = _alternation(rows["unit"])
    start = r"(?:^|[\s(\u00ab])"  # after a space, an opening bracket or quote: (جنوب صنعاء)
    return (
        rf"{start}(?:(?:{distance})\s+(?P<dist>{number})\s*(?P<unit>{units})\s+"
        rf"(?:(?:{toward}|{away})\s+)?)?"
        rf"(?:{conj}(?:(?:{toward})\s+)?{conj}(?:{CLITICS.locative})?(?:{CLITICS.article})?"
        rf"(?P<dir>{_alternation(rows['direction'])})(?:{CLITICS.nisba[0]})?(?:\s+(?:{away}))?"
        rf"|{conj}(?:{CLITICS.locative})?(?P<near>{_alternation(rows['near'])}))\s+$"
        rf"|{start}(?:{distance})\s+(?P<dist_only>{number})\s*(?P<unit_only>{units})\s+(?:(?:{away})\s+)?$"
    )


def _trailing_pattern(directions: dict[str, str]) -> str:
    """A direction adjective (or two) right after a name: ريف حلب الشمالي، البادية الشرقية."""
    single = _alternation(w for w in directions if " " not in w)
    nisba = "|".join(CLITICS.nisba)

    def adjective(n: int) -> str:
        return rf"\s+{CLITICS.article}(?P<dir{n}>{single})(?:{nisba})"

    return adjective(1) + f"(?:{adjective(2)})?" + r"(?![\u0621-\u064A])"


@cache
def cues() -> Cues:
    """The cue words of data/cues.csv, normalised."""
    rows: dict[str, dict[str, str]] = {}
    spelling: dict[str, str] = {}
    with (DATA / "cues.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key = name_key(row["word"])
            rows.setdefault(row["kind"], {})[key] = row["value"]
            if row["kind"] == "head":
                spelling[key] = row["word"]
    directions = rows["direction"]
    near = rows["near"]
    units = {w: float(v) for w, v in rows["unit"].items()}
    borders: dict[str, list[tuple[float, float, float, float]]] = {}
    with (DATA / "borders.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            box = tuple(float(row[k]) for k in ("min_lat", "max_lat", "min_lon", "max_lon"))
            borders.setdefault(name_key(row["phrase"]), []).append(box)
    return Cues(
        heads={w: frozenset(v.split("|")) for w, v in rows["head"].items()},
        head_spelling=spelling,
        head_forms=head_forms(rows["head"]),
        naming_head_forms=head_forms(rows["naming_head"]),
        quarter_naming_head_forms=head_forms(rows["quarter_naming_head"]),
        adjective_head_forms=head_forms(rows["adjective_head"]),
        relation_triggers=frozenset(
            {w.split()[-1] + y for w in (*directions, *near) for y in ("", CLITICS.nisba[0])}
            | set(rows["from"]) | set(units)),
        directions=directions,
        near=near,
        locatives=frozenset(rows["locative"]),
        inside=frozenset(w for w, v in rows["locative"].items() if v == "inside"),
        units=units,
        country_hints=rows["country_hint"],
        relation_re=re.compile(_relation_pattern(rows)),
        borders={k: tuple(v) for k, v in borders.items()},
        border_re=_whole_words(borders),
        trailing_re=re.compile(_trailing_pattern(directions)),
        person_titles=frozenset(rows.get("person_title", ())),
        person_names=frozenset(rows.get("person_name", ())),
        given_names=frozenset(w for w, v in rows.get("person_name", {}).items() if v == "given"),
        name_titles=frozenset(w for w, v in rows.get("person_title", {}).items() if v == "name"),
        person_appositions=frozenset(rows.get("person_apposition", ())),
        seat_before=frozenset(rows.get("seat_before", ())),
        area_heads=frozenset(rows.get("area_head", ())),
        nonplace_heads=frozenset(rows.get("nonplace_head", ())),
        name_prefixes=frozenset(rows.get("name_prefix", ())),
        settlement_prefixes=frozenset(w for w, v in rows.get("name_prefix", {}).items() if v == "settlement"),
        common_phrases=frozenset(rows.get("common_phrase", ())),
        weak_names=dict(rows.get("weak_name", {})),
        prefer=dict(rows.get("prefer", {})),
        government_cues=frozenset(rows.get("government_cue", ())),
        list_joiners=frozenset(rows.get("list_joiner", ())),
        list_heads=frozenset(rows.get("list_head", ())),
        plural_heads=frozenset(w for w, v in rows.get("list_head", {}).items() if v == "plural"),
        office_heads=frozenset(rows.get("office_head", ())),
        organisation_adjectives=frozenset(rows.get("organisation_adjective", ())),
        district_offices={w: frozenset(v.split("|")) for w, v in rows.get("office_head", {}).items() if v},
        seat_words={w: name_key(v) for w, v in rows.get("seat_after", {}).items()},
        describing_words=frozenset(rows.get("describing_word", ())),
        not_names=frozenset(rows.get("not_a_name", ())),
        place_words=frozenset(rows["place_word"]),
        governed=frozenset(w for w, v in rows["place_word"].items() if v == "governed"),
        around_heads=frozenset(rows["around_head"]),
        country_hint_re=_whole_words(rows["country_hint"]),
    )
