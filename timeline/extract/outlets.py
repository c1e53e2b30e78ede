"""Which outlet published an article, and which agencies it cites.

Outlets, their Arabic names, aliases and the signature templates that reveal
a publisher (datelines, mastheads, comment disclaimers) are data, in
``data/outlets.toml``. Matching runs on the folded spelling of
`gazetteer.normalize`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from timeline import DATA_DIR, read_data
from timeline.extract.phrases import PhraseMatcher

DATA = DATA_DIR / "outlets.toml"
#: A run of blank lines: the templates' ``^\s*`` would read it again from each of its lines.
_BLANK_LINES = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Outlet:
    name: str
    name_ar: str
    aliases: tuple[str, ...]
    agency: bool
    bare: bool


@dataclass(frozen=True)
class _Compiled:
    outlets: tuple[Outlet, ...]
    signatures: tuple[re.Pattern[str], ...]
    by_alias: dict[str, Outlet]
    agencies: PhraseMatcher
    #: the same names in the process's one automaton: an article's extraction reads them from the scan it makes for
    #: its triggers, not from a scan of its own
    agencies_in_scan: PhraseMatcher
    by_name: dict[str, Outlet]
    corpus_ids: dict[str, str]
    #: what must stand right before a name that is also ordinary words ("روسيا اليوم")
    cite_cue: re.Pattern[str]


def _alternation(aliases: tuple[str, ...]) -> str:
    """A regex alternation of folded aliases, longest first."""
    folded = sorted({normalize(a) for a in aliases}, key=len, reverse=True)
    return "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in folded)


@cache
def _compiled() -> _Compiled:
    data = read_data(DATA)
    outlets = tuple(
        Outlet(o["name"], o["name_ar"], tuple(o["aliases"]), o.get("agency", False), o.get("bare", True))
        for o in data["outlet"]
    )
    every_alias = tuple(a for o in outlets for a in o.aliases)
    signatures = tuple(
        re.compile(normalize(t).replace("{alias}", f"(?P<alias>{_alternation(every_alias)})"), re.M)
        for t in data["signatures"]["templates"]
    )
    by_alias = {" ".join(normalize(a).split()): o for o in reversed(outlets) for a in o.aliases}
    agencies = PhraseMatcher(apart=True)  # reading an article looks for them alone, before its extraction's scan
    agencies_in_scan = PhraseMatcher()
    for o in outlets:
        if o.agency:
            for alias in o.aliases:
                agencies.add(alias, o)
                agencies_in_scan.add(alias, o)
    by_name = {o.name: o for o in outlets}
    cite = data["cite"]
    cite_cue = re.compile(
        f"(?:{CLITICS.pattern(CLITICS.noun_prefixes)}(?:{_alternation(cite['nouns'])})"
        rf"(?:\s+(?:{_alternation(cite['qualifiers'])}))?\s*|[«\"“]\s*)$"
    )
    corpus_ids = dict(data.get("corpus_ids", {}))
    return _Compiled(outlets, signatures, by_alias, agencies, agencies_in_scan, by_name, corpus_ids, cite_cue)


def outlet(name: str) -> Outlet | None:
    """The outlet of a canonical name, a corpus outlet id, or an alias."""
    c = _compiled()
    name = c.corpus_ids.get(name, name)
    if name in c.by_name:
        return c.by_name[name]
    return c.by_alias.get(" ".join(normalize(name).split()))


def publisher(raw_text: str) -> Outlet | None:
    """The outlet whose signature the text carries (earliest template, then earliest position);
    blank lines are left out first, so that the search stays linear in the text."""
    c = _compiled()
    folded = _BLANK_LINES.sub("\n", normalize(raw_text))
    for pattern in c.signatures:
        m = pattern.search(folded)
        if m:
            return c.by_alias[" ".join(m.group("alias").split())]
    return None


def agency_mentions(folded: str, in_scan: bool = False) -> list[tuple[int, int, Outlet]]:
    """Spans of the agencies named in a folded text (a name that is also ordinary words needs a cue); `in_scan`: read
    from the scan of the process's one automaton (an article's extraction), not from a scan of their own (reading)."""
    out = []
    c = _compiled()
    for hit in (c.agencies_in_scan if in_scan else c.agencies).find(folded):
        o: Outlet = hit.value
        if o.bare or c.cite_cue.search(folded[max(0, hit.start - 30) : hit.start]):
            out.append((hit.start, hit.end, o))
    return out


def cited_sources(text: str, exclude: str | None = None) -> tuple[str, ...]:
    """Canonical names of the agencies `text` cites, in order of first mention."""
    names = (o.name for _, _, o in agency_mentions(normalize(text)))
    return tuple(dict.fromkeys(n for n in names if n != exclude))


@lru_cache(maxsize=4)
def name_spans(folded: str) -> tuple[tuple[int, int], ...]:
    """Spans of agency names in a folded text ("روسيا اليوم" holds no date); remembered for the last few texts,
    since the dates and the places of an article both read them; read from the scan its triggers were found by."""
    return tuple((start, end) for start, end, _ in agency_mentions(folded, in_scan=True))
