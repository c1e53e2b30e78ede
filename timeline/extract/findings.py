"""What the stages find in one article before any event is drafted (`findings_of`): its folded text,
reference date, date mentions, triggers, strike and reporting verbs, actors, places and sentences,
each list looked up by folded offset without a scan of the article (`Findings.within`). Of an article
none of whose clauses can tell an event (`nothing_to_draft`), only its text, reference date, triggers and,
when it names a trigger word, sentences.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from gazetteer import Place
from timeline.extract.actors import ActorHit
from timeline.extract.attributing import actor_mentions, speaker_starts
from timeline.extract.clauses import Clause, clauses
from timeline.extract.cues import cues, one_of
from timeline.extract.date_mentions import date_mentions
from timeline.extract.event_when import reference
from timeline.extract.places import AREAS, same_place
from timeline.extract.placing import Placed, not_in_dates, not_office_seats, place_mentions
from timeline.extract.saying import Dated
from timeline.extract.segment import FoldedText, lead_sentence
from timeline.extract.sentences import sentences
from timeline.extract.triggers import Trigger, find_triggers, strike_verbs
from timeline.models import DateFinder

_T = TypeVar("_T")


class _ByOffset(Generic[_T]):
    """Items in the order of their folded offsets, and those of a span by bisection (a filter of
    the whole list for every clause would make extraction quadratic in the article)."""

    def __init__(self, items: Sequence[_T], offset: Callable[[_T], int]) -> None:
        self.items = sorted(items, key=offset)
        self.offsets = [offset(item) for item in self.items]

    def within(self, start: int, end: int) -> list[_T]:
        """The items at ``start <= offset < end``, in order."""
        return self.items[bisect_left(self.offsets, start) : bisect_left(self.offsets, end)]


@dataclass(frozen=True)
class Findings:
    """What the stages found in one article, before any event is drafted."""

    text: FoldedText
    ref: dt.date | None  #: the date relative expressions count from (`event_when.reference`)
    ref_basis: str | None
    dates: list[Dated]
    triggers: list[Trigger]
    verbs: list[int]  #: folded offsets of the strike verbs
    reports: list[int]  #: folded offsets of the reporting verbs and the speaker nouns (بيان)
    actors: list[ActorHit]
    #: the organisations named again (وسيطر التنظيم: `ActorHit.lent`), kept out of `actors` while events are drafted,
    #: merged and judged: they fill the actor of an event told anyway (`filled_sides`), never make one
    lent: list[ActorHit]
    speakers: set[int]  #: folded offsets of the actors that speak rather than act
    places: list[Placed]
    same_area: list[int]  #: folded offsets of the phrases that place an attack where the one before was
    spans: list[tuple[int, int]]  #: the sentences
    lead: int | None  #: index of the lead sentence

    by_offset: dict[str, _ByOffset] = field(default_factory=dict, compare=False)  #: filled by `__post_init__`

    def __post_init__(self) -> None:
        self.by_offset.update(
            triggers=_ByOffset(self.triggers, lambda tr: tr.start),
            dates=_ByOffset(self.dates, lambda pm: pm[0]),
            places=_ByOffset(self.places, lambda pm: pm[0]),
            actors=_ByOffset(self.actors, lambda a: a.start),
            lent=_ByOffset(self.lent, lambda a: a.start),
            verbs=_ByOffset(self.verbs, int),
            reports=_ByOffset(self.reports, int),
            same_area=_ByOffset(self.same_area, int),
        )

    @property
    def folded(self) -> str:
        return self.text.folded

    def within(self, name: str, clause: Clause) -> list:
        """The items of `name` (triggers, dates, places, actors, lent, verbs, reports, same_area) inside the clause."""
        items = self.by_offset[name]  # bisected here, not through `_ByOffset.within`: asked for every clause
        return items.items[bisect_left(items.offsets, clause.start) : bisect_left(items.offsets, clause.end)]

    def clauses(self, start: int, end: int) -> list[Clause]:
        """The clauses of the sentence from `start` to `end` (`clauses.clauses`), wounded of another day or place
        than the attack told before them apart from it (`elsewhere`)."""
        return clauses(self.folded, start, end, self.elsewhere)

    def elsewhere(self, before: tuple[int, int], after: tuple[int, int]) -> bool:
        """The stretch `after` names a day other than every day the stretch `before` names, or a place other than
        every place it names (`places.same_place`; its settlements when it names the area they lie in too), when
        `before` names one (غارة على بلدة أ الخميس، كما أصيب خمسة آخرون الجمعة في بلدة ب); not a place `after`
        writes as where they were taken (`_taken_to`: نقلوا إلى مستشفى في مدينة ب)."""
        days, later_days = (self._days(*span) for span in (before, after))
        places = [p for _, p in self._places(*before)]
        later_places = [p for at, p in self._places(*after) if not self._taken_to(after[0], at)]
        settlements = [p for p in places if p.precision not in AREAS] or places  # سراقب بريف إدلب: Saraqib
        return bool(days and later_days - days) or bool(settlements and any(
            not any(same_place(p, q) for q in settlements) for p in later_places))

    def _days(self, start: int, end: int) -> set:
        """The days the dates between `start` and `end` name."""
        return {(m.value, m.end_value) for _, m in self.within("dates", Clause(start, end, False)) if m.value}

    def _places(self, start: int, end: int) -> list[tuple[int, Place]]:
        """The places finer than a country named between `start` and `end` (a country holds both stretches'), each
        with its offset."""
        return [(at, pm.chosen) for at, pm in self.within("places", Clause(start, end, False))
                if pm.chosen is not None and not pm.is_actor and not pm.anchor and pm.chosen.precision != "country"]

    def _taken_to(self, start: int, at: int) -> bool:
        """A word of going toward (`[placing]` `toward_flight`: إلى، نحو) stands between `start`, the wounded's verb,
        and the place at `at`: where they were taken (أصيب خمسة نقلوا إلى مستشفى في مدينة ب), not where hurt."""
        return any(one_of(w, cues().toward_flight) for w in self.folded[start:at].split())


def findings_of(article, find_dates: DateFinder) -> Findings:
    t = FoldedText(article.text)
    folded = t.folded
    ref, ref_basis = reference(article)
    triggers = find_triggers(folded)
    spans = sentences(folded) if triggers else []
    lead = lead_sentence(folded, spans, article.title)
    if nothing_to_draft(triggers, spans, lead):
        return _undrafted(t, ref, ref_basis, triggers, spans, lead)
    verb_hits = strike_verbs(folded)
    report_hits = cues().reporting.find(folded)
    reports = sorted([h.start for h in report_hits] + [h.start for h in cues().speaker_nouns.find(folded)])
    verb_ends = {h.end for h in verb_hits} | {h.end for h in report_hits} | {
        tr.end for tr in triggers if tr.event_type == "statement"
    }
    every_actor = actor_mentions(folded, verb_ends)
    actor_hits = [a for a in every_actor if not a.lent]
    dates = date_mentions(t, ref, find_dates)
    return Findings(
        text=t,
        ref=ref,
        ref_basis=ref_basis,
        dates=dates,
        triggers=triggers,
        verbs=[v.start for v in verb_hits],
        reports=reports,
        actors=actor_hits,
        lent=[a for a in every_actor if a.lent],
        speakers=speaker_starts(folded, every_actor, report_hits, triggers),
        places=not_office_seats(t, not_in_dates(t, place_mentions(t, actor_hits), dates), sorted(
            reports + [tr.start for tr in triggers if tr.event_type == "statement"])),
        same_area=[h.start for h in cues().same_area.find(folded)],
        spans=spans,
        lead=lead,
    )


def nothing_to_draft(triggers: list[Trigger], spans: list[tuple[int, int]], lead: int | None) -> bool:
    """No clause of an article can tell an event: it names no trigger word, or only statements, none in its lead
    sentence, which `clause_drafts.statements_outside_the_lead` drafts nothing of (each about a fifth of the
    corpus)."""
    if not all(tr.event_type == "statement" for tr in triggers):
        return False
    return lead is None or not any(spans[lead][0] <= tr.start < spans[lead][1] for tr in triggers)


def _undrafted(t: FoldedText, ref: dt.date | None, ref_basis: str | None, triggers: list[Trigger],
               spans: list[tuple[int, int]], lead: int | None) -> Findings:
    """The findings of an article with `nothing_to_draft`: nothing else (dates, actors, places) is looked for."""
    return Findings(text=t, ref=ref, ref_basis=ref_basis, dates=[], triggers=triggers, verbs=[], reports=[],
                    actors=[], lent=[], speakers=set(), places=[], same_area=[], spans=spans, lead=lead)
