"""What an article's drafts take from other sentences of the same report, once all are drafted: the lead's
undated attack the day of its retelling at the same town (`dated_by_retelling`), the attacks told one by
one after a sentence dating a counted series of them its day (`dated_by_series`), an undated attack the
day a following sentence says it happened on (`dated_by_occurrence`), and a merged event without a
place the place of its sentence's event (`placed_in_sentence`), and an attack of a chronology told without
its side the one side its other entries name, its missiles told without a side that side's airstrike when
its missiles strike from afar (`acted_in_chronology`). A date taken from the lead has basis
``lead`` (`from_lead`).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import replace

from gazetteer import PlaceMatch
from gazetteer.clitics import CLITICS
from timeline.extract import actors
from timeline.extract.agreeing import fine_spot, one_name
from timeline.extract.clauses import Clause
from timeline.extract.cues import cues
from timeline.extract.dating import When, after_publication, occurred_day, recalled, series, series_day, vaguely_past
from timeline.extract.drafts import Draft
from timeline.extract.findings import Findings
from timeline.extract.placing import best_place
from timeline.extract.segment import separate_incident
from timeline.vocabulary import VIOLENT_TYPES

#: A lead's undated attack takes the day of its retelling at most this many sentences after the lead.
RETELLING_SENTENCES = 2
#: A counted series' day dates the attacks told in at most this many sentences after it.
SERIES_SENTENCES = 4
#: A chronology entry opens its line with a date and a colon at most this many characters in (3 أيار/مايو:).
ENTRY_HEAD_CHARS = 40
#: A chronology's entries give their side to those without one when at least this many name it, and no other.
CHRONOLOGY_ACTORS = 2


def dated_by_retelling(r: Findings, drafts: list[Draft]) -> list[Draft]:
    """The lead sentence's attacks told without any date expression take the day of the first dated attack
    told after it, at most `RETELLING_SENTENCES` sentences on, when it is at the same named place (a town,
    not a governorate): the lead's attack told again with its day (تعرض مطار س لغارات ... استهدفت صواريخ فجر
    الاثنين مطار س; basis ``lead``)."""
    if r.lead is None:
        return drafts
    lead = r.spans[r.lead]
    told = [d for d in drafts if d.sentence == lead]
    if any(d.when.value is not None for d in told):
        return drafts
    near = set(r.spans[r.lead + 1 : r.lead + 1 + RETELLING_SENTENCES])
    retold = next((d for d in drafts if d.sentence > lead and d.event_type in VIOLENT_TYPES
                   and d.when.value is not None), None)
    if retold is None or retold.sentence not in near or not _one_day(retold) or fine_spot(retold) is None:
        return drafts
    return [replace(d, when=from_lead(retold.when)) if (
        d.sentence == lead and d.event_type != "statement" and d.when.unwritten and not d.answered
        and one_name(d, retold)) else d for d in drafts]


def dated_by_series(r: Findings, drafts: list[Draft]) -> list[Draft]:
    """The attacks told one by one after a sentence that dates a counted series of them (قتل أربعة في ثلاثة
    حوادث أمنية في بغداد أمس. وأفاد مصدر بمقتل شخص بتفجير عبوة في منطقة س شمالي بغداد): in the sentences
    after it, up to one with a date of its own or telling another incident and at most `SERIES_SENTENCES`,
    as many as it counts take its day (basis ``lead``) when they have no date expression, tell no vague
    past and are placed nowhere outside its place."""
    if not any(d.when.unwritten for d in drafts):
        return drafts
    out = list(drafts)
    for index, at, count in ((i, at, count) for i in _day_sentences(r) for at, count in series(r.folded, *r.spans[i])):
        day = _series_day(r, index, at)
        if day is None:
            continue
        when, place = day
        for span in r.spans[index + 1 : index + 1 + SERIES_SENTENCES]:
            if r.by_offset["dates"].within(*span) or separate_incident(r.folded, *span):
                break
            for n, d in enumerate(out):
                if count and d.sentence == span and d.event_type in VIOLENT_TYPES and d.when.unwritten and not (
                        d.answered or vaguely_past(r.folded, Clause(*span, False), d.trigger)) and _in_area(d, place):
                    out[n] = replace(d, when=from_lead(when))
                    count -= 1
    return out


def _series_day(r: Findings, index: int, at: int) -> tuple[When, PlaceMatch | None] | None:
    """The day (`dating.series_day`, not one still to come nor a report's or a statement's) and place of the
    series at folded offset `at` in sentence `index`."""
    sentence = Clause(*r.spans[index], False)
    says = r.within("reports", sentence) + [
        tr.start for tr in r.within("triggers", sentence) if tr.event_type == "statement"]
    when = series_day(r.folded, sentence, r.within("dates", sentence), at, says, r.ref_basis)
    if when is None or after_publication(when, r.ref, r.ref_basis):
        return None
    return when, best_place(r.folded, r.within("places", sentence), at)


def _in_area(d: Draft, place: PlaceMatch | None) -> bool:
    """The draft names no place, or one in the country of a country-wide `place`, or in the governorate of a
    finer one."""
    if d.place is None:
        return True
    if place is None:
        return False
    outer, inner = place.chosen, d.place.chosen
    if outer.precision == "country":
        return inner.country == outer.country
    return inner.country == outer.country and inner.admin1 is not None and inner.admin1 == outer.admin1


def dated_by_occurrence(r: Findings, drafts: list[Draft]) -> list[Draft]:
    """The last attack told without any date, or dated to a span of days that holds the day (نحو منتصف تموز ...
    العملية التي جرت في 12 تموز), in the two sentences before one that tells no event of its own and says when an
    attack happened (وقال المصدر إن المواجهات التي وقعت أمس أسفرت عن ...، ووقع الهجوم مساء السبت;
    `dating.occurred_day`) takes that day, unless it is still to come."""
    out = list(drafts)
    told = {d.sentence for d in drafts if not _retold_generic(d)}
    for index in _day_sentences(r):
        span = r.spans[index]
        if span in told or index == 0:
            continue
        sentence = Clause(*span, False)
        when = occurred_day(r.folded, sentence, r.within("dates", sentence), r.ref_basis)
        if when is None or after_publication(when, r.ref, r.ref_basis):
            continue
        before = set(r.spans[max(0, index - 2) : index])
        last = max((n for n, d in enumerate(out) if d.sentence in before and d.event_type in VIOLENT_TYPES),
                   default=None)
        if last is not None and (out[last].when.unwritten or _narrowed_to(out[last].when, when)) and not (
                out[last].answered):
            out[last] = replace(out[last], when=when, recalled=recalled(when, r.ref))
    return out


#: Precisions of a time a day told in it narrows (نحو منتصف يوليو ... العملية التي جرت في 11 يوليو).
SPANS = frozenset({"range", "week", "month"})


def _narrowed_to(span: When, day: When) -> bool:
    """`span` is a time of several days (منتصف يوليو، الشهر الماضي) that holds `day`: the attack told in it,
    said to have happened on that day."""
    if span.precision not in SPANS or span.value is None or not span.end or day.value is None:
        return False
    return span.value <= day.value <= dt.date.fromisoformat(span.end)


def _retold_generic(d: Draft) -> bool:
    """A definite generic attack without a place or a toll (ووقع الهجوم مساء السبت): an attack told before,
    told again."""
    return d.generic and d.definite and d.place is None and not d.toll.told


def _day_sentences(r: Findings) -> list[int]:
    """The indices of the sentences that hold a day-precise date mention, in order."""
    starts = [start for start, _ in r.spans]
    return sorted({bisect_left(starts, p + 1) - 1 for p, m in r.dates if m.precision == "day"} - {-1})


def _one_day(d: Draft) -> bool:
    """A draft dated to a day it tells as its own (not counted from another event or a recalled past)."""
    return d.when.precision == "day" and d.when.basis in ("publication", "explicit", "inferred") and not (
        d.answered or d.recalled)


def placed_in_sentence(told: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """The merged drafts `told`, each without a place given the place of the last violent draft before
    it in its sentence that has one and does not tell an earlier attack it answers: a clause that names
    no place of its own (ثم قصفت المدفعية حقولا مجاورة) is told where its sentence's event is. An answer to the
    attack before it (ورد الطيران بقصف مواقع التنظيم: `Draft.replies_to`) is told elsewhere, and takes none."""
    if all(d.place is not None or d.answered or d.replies_to is not None for d in told):
        return told
    lenders: dict[tuple[int, int], list[Draft]] = {}
    for o in drafts:
        if o.place is not None and not o.answered and o.event_type in VIOLENT_TYPES:
            lenders.setdefault(o.sentence, []).append(o)
    out = []
    for d in told:
        before = [o for o in lenders.get(d.sentence, ()) if o.trigger < d.trigger]
        lends = d.place is None and not d.answered and d.replies_to is None and before
        out.append(replace(d, place=before[-1].place) if lends else d)
    return out


def from_lead(lead: When) -> When:
    """The lead's date given to a follow-up of its report (basis ``lead``; an inferred one stays ``inferred``)."""
    return replace(lead, text=None, basis=lead.basis if lead.basis == "inferred" else "lead")


def acted_in_chronology(r: Findings, told: list[Draft]) -> list[Draft]:
    """The merged drafts `told`, the attacks told without a side in the entries of a chronology (lines
    opening with a date and a colon: 7 أيلول/سبتمبر: غارات جوية ...) given the one side the other entries
    name, when at least `CHRONOLOGY_ACTORS` of them name it and none names another."""
    entries = [d for d in told if d.event_type in VIOLENT_TYPES and _chronology_entry(r, d.trigger)]
    named = [d.actor for d in entries if d.actor is not None]
    if len(named) < CHRONOLOGY_ACTORS or len({a.name for a in named}) != 1:
        return told
    unnamed = {id(d) for d in entries if d.actor is None}
    return [_given_side(r, d, named[0]) if id(d) in unnamed else d for d in told]


def _given_side(r: Findings, d: Draft, side: actors.ActorHit) -> Draft:
    """The chronology entry with the side its other entries name; missiles it told without a side (إطلاق
    صواريخ ضد قاعدة) are that side's strike from afar, an airstrike, when its missiles strike from afar and
    the entry names no place they were fired from (`_fired_from_a_place`)."""
    if d.fired and actors.strikes_with_missiles(side.name) and not _fired_from_a_place(r, d):
        return replace(d, actor=side, event_type="airstrike", fired=False)
    return replace(d, actor=side)


def _fired_from_a_place(r: Findings, d: Draft) -> bool:
    """A place of the draft's sentence after its trigger with a `fired_from` word right before it (إطلاق صواريخ
    ليلا من سوريا على الجولان): fired from there, across a front."""
    after = Clause(d.trigger, d.sentence[1], False)
    before = (r.folded[max(0, p - 20) : p].split() for p, _ in r.within("places", after))
    return any(words and CLITICS.strip_conjunction(words[-1]) in cues().fired_from for words in before)


def _chronology_entry(r: Findings, at: int) -> bool:
    """The line holding folded offset `at` opens with a date and a colon before `at` (3 و5 أيار/مايو: ...)."""
    folded = r.folded
    line = folded.rfind("\n", 0, at) + 1
    colon = folded.find(":", line, min(at, line + ENTRY_HEAD_CHARS))
    return colon != -1 and bool(r.by_offset["dates"].within(line, colon))
