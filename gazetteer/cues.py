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

from .index import name_key
from .matcher import head_forms
from .sources import DATA


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
    #: last words of the cues that place an event relative to a name (directions, near words, من)
    relation_triggers: frozenset[str]
    directions: dict[str, str]
    near: dict[str, str]
    locatives: frozenset[str]
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
    #: words before a name that make it the name of something else (شارع, ساحة, جسر, إعصار ...)
    nonplace_heads: frozenset[str] = frozenset()
    #: phrases starting with a place name that are common words (مسقط رأس)
    common_phrases: frozenset[str] = frozenset()
    #: names that are also frequent words: they count only with a head, a locative or their area named
    #: (name -> "strong" when even a locative is not enough: في مشهد is 'in a scene')
    weak_names: dict[str, str] = field(default_factory=dict)
    #: name -> the country of its usual reading when it names places of several countries (عمان -> JO)
    prefer: dict[str, str] = field(default_factory=dict)
    #: words right before a country's capital that make it stand for its government (لدى دمشق,
    #: الموالية لدمشق, أعلنت بغداد)
    government_cues: frozenset[str] = frozenset()


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


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
    relation = (
        r"(?:^|\s)(?:علي\s+(?:بعد|مسافه)\s+(?P<dist>\d+(?:[.,]\d+)?)\s*(?P<unit>" + _alternation(units) + r")\s+"
        r"(?:(?:الى|من)\s+)?)?"
        r"(?:[وف]?(?:الى\s+)?[وف]?ب?(?:ال)?(?P<dir>" + _alternation(directions) + r")ي?(?:\s+من)?"
        r"|[وف]?(?P<near>" + _alternation(near) + r"))\s+$"
        r"|(?:^|\s)علي\s+(?:بعد|مسافه)\s+(?P<dist_only>\d+(?:[.,]\d+)?)\s*(?P<unit_only>"
        + _alternation(units) + r")\s+(?:من\s+)?$"
    )
    borders: dict[str, list[tuple[float, float, float, float]]] = {}
    with (DATA / "borders.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            box = tuple(float(row[k]) for k in ("min_lat", "max_lat", "min_lon", "max_lon"))
            borders.setdefault(name_key(row["phrase"]), []).append(box)
    single = _alternation(w for w in directions if " " not in w)
    trailing = (r"\s+ال(?P<dir1>" + single + r")(?:ي|يه)(?:\s+ال(?P<dir2>" + single + r")(?:ي|يه))?"
                r"(?![\u0621-\u064A])")
    return Cues(
        heads={w: frozenset(v.split("|")) for w, v in rows["head"].items()},
        head_spelling=spelling,
        head_forms=head_forms(rows["head"]),
        naming_head_forms=head_forms(rows["naming_head"]),
        relation_triggers=frozenset(
            {w.split()[-1] + y for w in (*directions, *near) for y in ("", "ي")} | {"من"} | set(units)),
        directions=directions,
        near=near,
        locatives=frozenset(rows["locative"]),
        units=units,
        country_hints=rows["country_hint"],
        relation_re=re.compile(relation),
        borders={k: tuple(v) for k, v in borders.items()},
        border_re=re.compile(r"(?<![\u0621-\u064A])(?:" + _alternation(borders) + r")(?![\u0621-\u064A])"),
        trailing_re=re.compile(trailing),
        person_titles=frozenset(rows.get("person_title", ())),
        person_names=frozenset(rows.get("person_name", ())),
        given_names=frozenset(w for w, v in rows.get("person_name", {}).items() if v == "given"),
        nonplace_heads=frozenset(rows.get("nonplace_head", ())),
        common_phrases=frozenset(rows.get("common_phrase", ())),
        weak_names=dict(rows.get("weak_name", {})),
        prefer=dict(rows.get("prefer", {})),
        government_cues=frozenset(rows.get("government_cue", ())),
        country_hint_re=re.compile(
            r"(?<![\u0621-\u064A])(?:" + _alternation(rows["country_hint"]) + r")(?![\u0621-\u064A])"),
    )
