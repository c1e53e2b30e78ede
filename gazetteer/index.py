"""The compact name index: every place with its normalised names, and a text automaton over them.

Built once from `sources` and pickled under ``cache_home()``; the pickle's name
carries the `version_stamp`, so a new package version, an edited data file or a
new import builds a fresh one.
"""

from __future__ import annotations

import os
import pickle
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import ahocorasick

from . import sources
from .clitics import CLITICS
from .models import SETTLEMENTS, Place
from .normalize import normalize
from .paths import cache_home

#: Sources whose names are reviewed by hand: kept even when on the stop-list (they then need a head).
CURATED = frozenset({"supplement", "countrystatecity", "analyst"})
MIN_KEY_LETTERS = 3
ARTICLE = CLITICS.article
_LETTERS = re.compile(r"[\u0621-\u064A]+")


def name_key(text: str) -> str:
    """The form a name is indexed under: normalised Arabic words joined by single spaces."""
    return " ".join(_LETTERS.findall(normalize(text)))


def stopwords() -> frozenset[str]:
    """Common words that are also place names (data/stopwords.txt): never a name unless a naming head
    (مدينة, قرية ...) precedes them; GeoNames names equal to one are not even indexed."""
    text = (sources.DATA / "stopwords.txt").read_text(encoding="utf-8")
    return frozenset(name_key(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@dataclass
class Index:
    """Places and the names that lead to them."""

    stamp: str
    places: list[Place] = field(default_factory=list)
    #: key -> ids of places written exactly so
    exact: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: key without its article -> ids of places named ال + key (matched after بال, لل, وال ...)
    bare: dict[str, tuple[int, ...]] = field(default_factory=dict)
    automaton: ahocorasick.Automaton = field(default_factory=ahocorasick.Automaton)
    #: `stopwords`: names, and written words with their clitics, that count only after a naming head
    stop: frozenset[str] = frozenset()


def _merge_key(place: Place) -> tuple[str, str | None, str]:
    return place.name.casefold(), place.country, place.precision


def without_head_forms(keys: set[str], heads: frozenset[str]) -> set[str]:
    """`keys` without the forms written with a naming head before another of the place's names (مدينة
    زنجبار beside زنجبار): the matcher reads the head itself, and the bare name keeps its namesakes
    (a name with the head indexed alone would hide Yemen's Zinjibar behind Zanzibar City)."""
    return {k for k in keys if not (k.partition(" ")[0] in heads and k.partition(" ")[2] in keys)}


def needs_caution(place: Place) -> bool:
    """A village nobody counted from a bulk source: its one-word names need support (`veto.needs_support`),
    so they stay on that record when a supplement row for the same place takes its other names."""
    return place.precision == "village" and not place.population and place.source not in CURATED


def build(stamp: str | None = None) -> Index:
    """Build the index from all sources (slow: seconds); see `load` for the cached one."""
    from .cues import cues  # it keys its words with `name_key`, defined here
    from .score import prior  # it reads the cues

    stop = stopwords()
    heads = frozenset(cues().naming_head_forms.values())
    index = Index(stamp or sources.version_stamp(), stop=stop)
    names_of: list[set[str]] = []
    package_ids: dict[tuple[str, str | None, str], int] = {}
    by_geonames_id: dict[str, int] = {}
    cited_ids = sources.cited_geonames_ids()

    def add(place: Place, names: list[str], merge: bool) -> None:
        keys = {name_key(n) for n in names}
        if place.source not in CURATED and not place.source.startswith("import:"):
            keys = {k for k in keys if k not in stop}
        keys = {k for k in keys if len(k.replace(" ", "")) >= MIN_KEY_LETTERS}
        if place.source not in CURATED:
            keys = without_head_forms(keys, heads)
        if not keys:
            return
        cited = by_geonames_id.get(cited_ids.get(place.place_id, "")) if merge else None
        if cited is not None and {place.precision, index.places[cited].precision} - SETTLEMENTS:
            cited = None  # a governorate or a facility that cites a town for its point is not that town
        if cited is not None:  # the GeoNames place the row cites: one place with the names of both
            known = index.places[cited]
            if name_key(place.name_ar) in names_of[cited] and prior(known) > prior(place):  # what that name chose
                names_of[cited] |= keys
                index.places[cited] = replace(known, actor_name=known.actor_name or place.actor_name)
                return
            moved = {k for k in names_of[cited] if " " in k or not needs_caution(known)}
            names_of[cited] -= moved
            keys |= moved
        target = package_ids.get(_merge_key(place)) if merge and cited is None else None
        if target is not None:  # the supplement adds spellings (and the actor flag) to a known place
            names_of[target] |= keys
            if place.actor_name:
                index.places[target] = replace(index.places[target], actor_name=True)
            return
        index.places.append(place)
        names_of.append(keys)
        if place.source != "supplement":
            package_ids.setdefault(_merge_key(place), len(index.places) - 1)
        if place.source == "geonames":
            by_geonames_id[place.place_id] = len(index.places) - 1

    for place, names in sources.package_places():
        add(place, names, merge=False)
    for place, names in sources.supplement_places():
        add(place, names, merge=True)
    for place, names in sources.local_places():
        add(place, names, merge=False)
    from .analyst import analyst_places  # it keys its rows with `name_key`, defined here

    for place, names in analyst_places():
        add(place, names, merge=False)

    exact: dict[str, list[int]] = defaultdict(list)
    bare: dict[str, list[int]] = defaultdict(list)
    for pid, keys in enumerate(names_of):
        for key in keys:
            exact[key].append(pid)
            bare_key = key[len(ARTICLE):]
            if key.startswith(ARTICLE) and len(bare_key) >= MIN_KEY_LETTERS and bare_key[:1] != " ":
                bare[bare_key].append(pid)
    index.exact = {k: tuple(v) for k, v in exact.items()}
    index.bare = {k: tuple(v) for k, v in bare.items()}
    for key in index.exact.keys() | index.bare.keys():
        index.automaton.add_word(key + " ", key)  # names end at a word boundary (see matcher.scan)
    index.automaton.make_automaton()
    return index


def cache_path(stamp: str) -> Path:
    return cache_home() / f"gazetteer-index-{stamp}.pickle"


def load() -> Index:
    """The index for the current sources: from the cache, else built and cached."""
    path = cache_path(sources.version_stamp())
    if path.exists():
        try:
            with open(path, "rb") as f:
                return pickle.load(f)
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            pass  # written by another version of a library: build it again
    return rebuild()


_loaded: Index | None = None


def get_index() -> Index:
    """The loaded index (built and cached on first use)."""
    global _loaded
    if _loaded is None:
        _loaded = load()
    return _loaded


def reload() -> None:
    """Forget the loaded index: the next lookup loads the one for the current sources (after an import)."""
    global _loaded
    _loaded = None


def rebuild() -> Index:
    """Build the index for the current sources, cache it and remove older caches."""
    stamp = sources.version_stamp()
    index = build(stamp)
    for old in cache_home().glob("gazetteer-index-*.pickle"):
        old.unlink(missing_ok=True)
    path = cache_path(stamp)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return index
