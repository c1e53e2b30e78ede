"""Articles to events: the clause of each trigger gives type, actor, toll, date and place.

`extract_article` reads one cleaned `Article` and returns its events. It is
pure and deterministic, and never raises: a failure is logged with the
article's id and gives no events, so one bad article never stops a corpus.

How an event is read (each rule's words are data under ``data/``):

- The text is split into sentences and clauses (`sentences`, `clauses`); a
  clause with a violent trigger (`triggers`) gives one event, typed by its first
  unambiguous trigger (a weak one, الهجوم or طائرات, only with a strike verb,
  a toll or an actor within 30 characters); قصف alone is an airstrike when the
  actor fights from the air, else ``ambiguous_default``. A clause with only an "other" trigger gives
  an ``other`` event; a statement gives one only in the article's lead sentence.
- Actor: the actor phrase overlapping the trigger, else the nearest one that
  is not in a target position (before the trigger, or at most 60 characters
  after it), aircraft first for airstrikes; a clause opened by كما keeps the
  previous clause's actor. Clashes "between" two parties have no actor.
- Date: the nearest date mention of the clause, except one written between a
  reporting verb and the trigger (أقرت ... مطلع العام الجاري بمقتل ... : the
  date of the admission). Else an event-relative mention (في اليوم التالي) from
  the previous dated event, else the date and place of a clause without any
  trigger in the sentence just before (وفي 7 فبراير توجه ... ; تعرضت لضربة). Relative
  dates are resolved against the publication date (basis ``publication``) or
  the inferred one (``inferred``), never against a distrusted page stamp.
- Place: the most specific place of the clause (gazetteer), names that stand
  for a government, and the place of a dateline ("حلب - ", "دبي (CNN)-- "),
  skipped; two different countries and nothing finer give none.
- Toll: `toll.find_toll` on the clause; a following sentence without trigger
  that names "the incident" (أسفر الحادث عن ...) gives its toll to the event.
- An event needs a date, or a toll and a place finer than a country, or an
  actor and a place finer than a governorate; a statement needs a day and a
  violent event in the same article.
- Events of one article that agree on type, actor (or its coalition), date
  and place (missing values agree) are one event told twice: merged, the one
  that tells most (a date, a date expression, the finer place) first.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache

from gazetteer import PRECISIONS, PlaceMatch, find_places
from gazetteer.normalize import normalize, normalize_with_offsets
from timeline import actors, outlets, published
from timeline.clauses import Clause, clauses
from timeline.dates import find_dates
from timeline.models import DateMention, Event
from timeline.places import same_place
from timeline.sentences import sentences
from timeline.toll import Toll, find_toll
from timeline.triggers import AMBIGUOUS, DATA, Trigger, ambiguous_default, find_triggers, strike_verbs

log = logging.getLogger(__name__)

VIOLENT = ("airstrike", "shelling", "ground_attack", "bombing")
#: Place precisions too coarse to locate an undated event told without a toll.
COARSE = frozenset({"governorate", "region", "country"})
#: A line opening that names where the report was filed, not where it happened.
_DATELINE = re.compile(
    r"[ \t]*(?!و)(?:[^\s.:؛()\-\u2013\u2014]+[ \t،,]+){0,3}[^\s.:؛()\-\u2013\u2014]+[ \t]*"
    r"(?:\([^)\n]{1,30}\)[ \t]*)?(?:[-\u2013\u2014]{1,2}|:)\s"
)
LEAD_MIN_WORDS = 10
#: An actor written after the trigger is its agent only this close (شنتها قوات التحالف).
ACTOR_AFTER_CHARS = 60
#: A weak trigger (الهجوم، طائرات) counts with an actor this close (إثر هجوم لتنظيم داعش).
WEAK_ACTOR_CHARS = 30


@dataclass(frozen=True)
class _When:
    date: str | None = None
    precision: str | None = None
    text: str | None = None
    basis: str | None = None
    end: str | None = None
    value: dt.date | None = None


@dataclass(frozen=True)
class _Draft:
    event_type: str
    trigger: int  #: folded offset of the trigger
    sentence: tuple[int, int]  #: folded span
    when: _When
    place: PlaceMatch | None
    actor: actors.ActorHit | None
    hedged: bool
    toll: Toll


@dataclass(frozen=True)
class _Cues:
    demonstratives: frozenset[str]
    negations: frozenset[str]
    irrealis: frozenset[str]
    toll_nouns: re.Pattern[str]


@cache
def _cues() -> _Cues:
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    nouns = sorted({normalize(w) for w in data["anaphora"]["toll_nouns"]}, key=len, reverse=True)
    return _Cues(
        frozenset(normalize(w) for w in data["anaphora"]["demonstratives"]),
        frozenset(normalize(w) for w in data["negation"]["words"]),
        frozenset(normalize(w) for w in data["negation"]["irrealis"]),
        re.compile(r"(?<![^\W\d_])[وفب]?(?:" + "|".join(map(re.escape, nouns)) + r")(?![^\W\d_])"),
    )


def extract_article(article) -> list[Event]:
    """The events of one article; never raises (a failure is logged and gives none)."""
    try:
        return _extract(article)
    except Exception:
        log.warning("event extraction failed for article %s", getattr(article, "article_id", "?"), exc_info=True)
        return []


class _Text:
    """The article text folded, with offset maps both ways."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = normalize(text)
        self._offsets = None if len(self.folded) == len(text) else normalize_with_offsets(text)[1]

    def orig(self, i: int) -> int:
        return i if self._offsets is None else self._offsets[i]

    def fold(self, i: int) -> int:
        return i if self._offsets is None else bisect_left(self._offsets, i)


def _reference(article) -> tuple[dt.date | None, str | None]:
    if article.published is None:
        return None, None
    return article.published, ("inferred" if article.published_basis == "inferred" else "publication")


def _when(m: DateMention, basis: str | None) -> _When:
    if m.value is None:
        return _When(text=m.text)
    cut = {"day": 10, "month": 7, "year": 4}.get(m.precision or "", 10)
    return _When(
        date=m.value.isoformat()[:cut],
        precision=m.precision,
        text=m.text,
        basis="explicit" if not m.needs_reference else basis,
        end=(m.end_value or m.value).isoformat(),
        value=m.value,
    )


def _shifted(previous: _When, m: DateMention) -> _When:
    if previous.value is None or previous.precision != "day" or m.relative_days is None:
        return _When(text=m.text)
    value = previous.value + dt.timedelta(days=m.relative_days)
    return _When(value.isoformat(), "day", m.text, "event_relative", value.isoformat(), value)


def _dates(t: _Text, reference: dt.date | None) -> list[tuple[int, DateMention]]:
    """Date mentions at folded offsets, without page stamps and agency names (روسيا اليوم)."""
    mentions = find_dates(t.text, reference=reference)
    stamps = published.stamp_lines(t.text, mentions)
    names = outlets.name_spans(t.folded)
    return [
        (t.fold(m.start), m)
        for m in mentions
        if m.kind != "page_stamp"
        and not any(s <= m.start < e for s, e in stamps)
        and not any(s <= t.fold(m.start) < e for s, e in names)
    ]


def _places(t: _Text, actor_hits: list[actors.ActorHit]) -> list[tuple[int, PlaceMatch]]:
    """Resolved places at folded offsets, without names of governments, actors and datelines."""
    out = []
    for p in find_places(t.text):
        at = t.fold(p.start)
        if (
            p.chosen is not None and not p.is_actor and not p.chosen.actor_name
            and not any(a.start <= at < a.end for a in actor_hits)
            and not _in_dateline(t.folded, at)
        ):
            out.append((at, p))
    return out


def _extract(article) -> list[Event]:
    if not article.text.strip():
        return []
    t = _Text(article.text)
    folded = t.folded
    reference, ref_basis = _reference(article)
    dates = _dates(t, reference)
    actor_hits = [a for a in actors.find_actors(folded) if not _in_dateline(folded, a.start)]
    places = _places(t, actor_hits)
    triggers = find_triggers(folded)
    verbs = [v.start for v in strike_verbs(folded)]
    spans = sentences(folded)
    lead = _lead(folded, spans, article.title)
    drafts: list[_Draft] = []
    context: tuple[int, _When, PlaceMatch | None] | None = None
    for index, (s_start, s_end) in enumerate(spans):
        told = False
        previous_actor: actors.ActorHit | None = None
        for clause in clauses(folded, s_start, s_end):
            inside = [tr for tr in triggers if clause.start <= tr.start < clause.end]
            c_dates = [(p, m) for p, m in dates if clause.start <= p < clause.end]
            c_places = [(p, m) for p, m in places if clause.start <= p < clause.end]
            if not inside:
                mention = _nearest([(p, m) for p, m in c_dates if m.kind != "event_relative"], clause.end)
                if mention is not None:
                    context = (index, _when(mention, ref_basis), _best_place(c_places, clause.end))
                continue
            c_actors = [a for a in actor_hits if clause.start <= a.start < clause.end and not a.target]
            if clause.continues and not c_actors and previous_actor:
                c_actors = [previous_actor]
            toll = find_toll(folded[clause.start : clause.end])
            chosen = _choose(folded, clause, inside, c_actors, toll, verbs, index == lead)
            if chosen is None:
                continue
            trigger, event_type = chosen
            actor = _pick_actor(c_actors, trigger, event_type)
            if event_type == AMBIGUOUS:
                event_type = "airstrike" if actor and (actor.air or actors.is_air(actor.name)) else ambiguous_default()
            when = _date(c_dates, inside, trigger, ref_basis, drafts)
            place = _best_place(c_places, trigger.start)
            carried = context if context and context[0] in (index - 1, index) else None
            if carried and when.date is None and when.text is None:
                when = carried[1]
            if carried and place is None:
                place = carried[2]
            drafts.append(
                _Draft(event_type, trigger.start, (s_start, s_end), when, place, actor,
                       actors.hedged(folded[clause.start : clause.end]), toll)
            )
            previous_actor = actor
            told = True
        if not told and drafts:
            drafts[-1] = _add_toll(drafts[-1], folded[s_start:s_end])
    told_once = [d for d in _merge([d for d in drafts if _telling(d)]) if _reportable(d)]
    if not any(d.event_type in VIOLENT for d in told_once):
        told_once = [d for d in told_once if d.event_type != "statement"]
    return [_event(article, t, d) for d in told_once]


def _in_dateline(folded: str, offset: int) -> bool:
    """The offset lies in a dateline ("دبي، الإمارات (CNN)-- ", "حلب - "): where a report was filed."""
    line_start = folded.rfind("\n", 0, offset) + 1
    m = _DATELINE.match(folded, line_start)
    return m is not None and offset < m.end()


def _lead(folded: str, spans: list[tuple[int, int]], title: str | None) -> int | None:
    """The index of the article's first body sentence."""
    title_folded = normalize(title).strip() if title else None
    for index, (start, end) in enumerate(spans):
        sentence = folded[start:end]
        if sentence.strip() != title_folded and len(sentence.split()) >= LEAD_MIN_WORDS:
            return index
    return None


def _choose(
    folded: str, clause: Clause, inside: list[Trigger], c_actors: list, toll: Toll, verbs: list[int], is_lead: bool
) -> tuple[Trigger, str] | None:
    """The trigger of a clause's event and its type, or None when the clause tells no event."""
    cues = _cues()
    has_verb = any(clause.start <= v < clause.end for v in verbs)
    usable = []
    for tr in inside:
        word_start = tr.start
        while word_start > clause.start and folded[word_start - 1].isalpha():
            word_start -= 1
        before = folded[max(clause.start, word_start - 60) : word_start].split()
        if before and _one_of(before[-1], cues.demonstratives):
            continue
        if any(_one_of(w, cues.negations) for w in before[-2:]) or any(
            _one_of(w, cues.irrealis) for w in before[-4:]
        ):
            continue
        near_actor = any(abs(a.start - tr.start) <= WEAK_ACTOR_CHARS for a in c_actors)
        if tr.weak and not (has_verb or near_actor or toll.killed is not None or toll.injured is not None):
            continue
        usable.append(tr)
    strong = [tr for tr in usable if tr.event_type in VIOLENT]
    if strong:
        return strong[0], strong[0].event_type
    ambiguous = [tr for tr in usable if tr.event_type == AMBIGUOUS]
    if ambiguous and (c_actors or toll.killed is not None or toll.injured is not None):
        return ambiguous[0], AMBIGUOUS
    other = [tr for tr in usable if tr.event_type == "other"]
    if other:
        return other[0], "other"
    statement = [tr for tr in usable if tr.event_type == "statement"]
    if statement and is_lead:
        return statement[0], "statement"
    return None


def _one_of(word: str, words: frozenset[str]) -> bool:
    """`word` is one of `words`, with or without the conjunction و or ف."""
    return word in words or (word[:1] in "وف" and word[1:] in words)


def _pick_actor(c_actors: list, trigger: Trigger, event_type: str) -> actors.ActorHit | None:
    """The actor phrase overlapping the trigger, else the nearest before it or just after it."""
    c_actors = [a for a in c_actors if a.start < trigger.end + ACTOR_AFTER_CHARS]
    if not c_actors:
        return None

    def key(a: actors.ActorHit) -> tuple[bool, bool, int]:
        overlaps = a.start <= trigger.start < a.end or trigger.start <= a.start < trigger.end
        air_wanted = event_type in ("airstrike", AMBIGUOUS)
        return (not overlaps, air_wanted and not (a.air or actors.is_air(a.name)), abs(a.start - trigger.start))

    return min(c_actors, key=key)


def _nearest(candidates: list[tuple[int, DateMention]], anchor: int) -> DateMention | None:
    if not candidates:
        return None
    return min(candidates, key=lambda pm: abs(pm[0] - anchor))[1]


def _date(c_dates, inside: list[Trigger], trigger: Trigger, ref_basis: str | None, drafts: list[_Draft]) -> _When:
    reports = [tr.start for tr in inside if tr.event_type == "statement" and tr.start < trigger.start]
    eligible = [
        (p, m) for p, m in c_dates
        if m.kind != "event_relative" and not any(r < p < trigger.start for r in reports)
    ]
    mention = _nearest(eligible, trigger.start)
    if mention is not None:
        return _when(mention, ref_basis)
    relative = [m for _, m in c_dates if m.kind == "event_relative"]
    if relative:
        previous = next((d.when for d in reversed(drafts) if d.when.value is not None), None)
        return _shifted(previous, relative[0]) if previous else _When(text=relative[0].text)
    return _When()


def _best_place(c_places: list[tuple[int, PlaceMatch]], anchor: int) -> PlaceMatch | None:
    if not c_places:
        return None
    best = min(c_places, key=lambda pm: (PRECISIONS.index(pm[1].chosen.precision), abs(pm[0] - anchor)))[1]
    if best.chosen.precision == "country" and len({pm.chosen.name for _, pm in c_places}) > 1:
        return None
    return best


def _add_toll(draft: _Draft, sentence: str) -> _Draft:
    if not _cues().toll_nouns.search(sentence):
        return draft
    toll = find_toll(sentence)
    old = draft.toll
    if (toll.killed is None and toll.injured is None) or (old.killed is not None or old.injured is not None):
        return draft
    return replace(draft, toll=toll)


def _fine_place(d: _Draft) -> bool:
    return d.place is not None and d.place.chosen.precision != "country"


def _telling(d: _Draft) -> bool:
    """The draft says when or where (finer than a country): it may tell or complete an event."""
    return d.when.date is not None or d.when.text is not None or _fine_place(d)


def _reportable(d: _Draft) -> bool:
    """A statement needs a day; any other event a date, or a toll and a place finer than a
    country, or an actor and a place finer than a governorate or region."""
    if d.event_type == "statement":
        return d.when.precision == "day"
    if d.when.date is not None:
        return True
    if not _fine_place(d):
        return False
    if d.toll.killed is not None or d.toll.injured is not None:
        return True
    return d.actor is not None and d.place.chosen.precision not in COARSE


def _agree(a: _Draft, b: _Draft) -> bool:
    if a.event_type != b.event_type:
        return False
    if not actors.compatible(a.actor.name if a.actor else None, b.actor.name if b.actor else None):
        return False
    if a.when.date and b.when.date:
        if a.when.date != b.when.date:
            return False
    elif a.when.text and b.when.text and a.when.text != b.when.text:
        return False
    if a.place is None or b.place is None:
        return True
    return same_place(a.place.chosen, b.place.chosen)


def _weight(d: _Draft) -> tuple[bool, bool, int]:
    """How much a draft tells: a date, a date expression, then the finer place."""
    precision = PRECISIONS.index(d.place.chosen.precision) if d.place else len(PRECISIONS)
    return (d.when.date is not None, d.when.text is not None, -precision)


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One draft per happening: a later telling fills what the first left missing."""
    groups: list[_Draft] = []
    for draft in drafts:
        for i, group in enumerate(groups):
            if _agree(group, draft):
                first, second = (draft, group) if _weight(draft) > _weight(group) else (group, draft)
                groups[i] = _fill(first, second)
                break
        else:
            groups.append(draft)
    return groups


def _fill(first: _Draft, second: _Draft) -> _Draft:
    place = first.place
    if place is None or (
        second.place is not None
        and PRECISIONS.index(second.place.chosen.precision) < PRECISIONS.index(place.chosen.precision)
    ):
        place = second.place
    toll = first.toll
    if toll.killed is None and toll.injured is None:
        toll = second.toll
    return replace(first, place=place, toll=toll, hedged=first.hedged or second.hedged)


def _event(article, t: _Text, d: _Draft) -> Event:
    start, end = t.orig(d.sentence[0]), t.orig(d.sentence[1])
    place = d.place.chosen if d.place else None
    actor_text = t.text[t.orig(d.actor.start) : t.orig(d.actor.end)] if d.actor else None
    return Event(
        article_id=article.article_id,
        source=article.source,
        event_type=d.event_type,
        date=d.when.date,
        date_precision=d.when.precision,
        date_text=d.when.text,
        date_basis=d.when.basis,
        place_text=d.place.text if d.place else None,
        place=place.name if place else None,
        place_ar=place.name_ar if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        place_precision=place.precision if place else None,
        admin1=place.admin1 if place else None,
        country=place.country if place else None,
        actor=d.actor.name if d.actor else None,
        killed=d.toll.killed,
        injured=d.toll.injured,
        evidence=t.text[start:end],
        start=start,
        end=end,
        event_id=f"{article.article_id}:{t.orig(d.trigger)}",
        source_ar=article.source_ar,
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        published_basis=article.published_basis,
        date_end=d.when.end,
        actor_text=actor_text,
        actor_hedged=d.hedged and d.actor is not None,
        toll_is_minimum=d.toll.minimum,
        victims=d.toll.victims,
        place_relation=d.place.relation if d.place else None,
        place_radius_km=d.place.radius_km if d.place else None,
        place_approximate=bool(place and place.approximate),
        cited_sources=article.cited_sources,
    )
