"""What an article's drafts take from other sentences of the same report, once all are drafted: the lead's
undated attack the day of its retelling at the same town (`dated_by_retelling`), an undated attack told with the
toll of one the lead tells on a day that day (`dated_by_its_toll`), the attacks told one by
one after a sentence dating a counted series of them its day (`dated_by_series`), an undated attack the
day a following sentence says it happened on (`dated_by_occurrence`), an undated event at a town the day another
sentence names an attack there on (`dated_by_naming`), and a merged event without a
place the place of its sentence's event (`placed_in_sentence`), and an attack of a chronology told without
its side the one side its other entries name, its missiles told without a side that side's airstrike when
its missiles strike from afar (`acted_in_chronology`). A date taken from the lead has basis
``lead`` (`from_lead`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import replace

from gazetteer import PlaceMatch
from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from timeline.extract import actors
from timeline.extract.agreeing import fine_spot, one_name, place_spot
from timeline.extract.chronology import chronology_entry
from timeline.extract.clause_dating import vaguely_past
from timeline.extract.clauses import Clause
from timeline.extract.cues import cues, one_of, with_conjunction, without_articles
from timeline.extract.drafts import Draft
from timeline.extract.event_when import When, after_publication, recalled, when_of
from timeline.extract.findings import Findings
from timeline.extract.occurrence_days import OCCURRED_WORDS, occurred_day, series, series_day
from timeline.extract.placing import best_place
from timeline.extract.segment import separate_incident
from timeline.extract.spans import first_words
from timeline.models import DateMention
from timeline.vocabulary import VIOLENT_TYPES

#: A lead's undated attack takes the day of its retelling at most this many sentences after the lead.
RETELLING_SENTENCES = 2
#: A lead's attack at a town told without a day takes the day of a sentence making no draft that names an attack
#: there at most this many sentences after the lead.
UNDRAFTED_RETELLING_SENTENCES = 6
#: A counted series' day dates the attacks told in at most this many sentences after it.
SERIES_SENTENCES = 4
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


def dated_by_an_undrafted_retelling(r: Findings, drafts: list[Draft]) -> list[Draft]:
    """The lead sentence's attacks at a town told without a day of their own (or named as the event a day after
    it counts from: وعدت الحكومة ... غداة هجوم انتحاري ضرب مدينة س) take the one day of the first sentence after
    the lead, at most `UNDRAFTED_RETELLING_SENTENCES` on, that makes no draft, names an attack of their type, or
    by a generic attack word, and names that town first with a day right after it (وكان المركز الثقافي في س ظهر
    الاثنين هدفا لهجوم: its trigger weak, without support; the day's own basis, as `dated_by_naming` gives).
    A day told before the town (اتخذت الفصائل قرارا أول من أمس بتخفيف الضغط عن س)
    is another happening's, and dates nothing; so do two days named in the sentence."""
    if r.lead is None or any(d.when.value is not None for d in drafts if d.sentence == r.spans[r.lead]):
        return drafts
    undated = [d for d in drafts if d.sentence == r.spans[r.lead] and d.event_type in VIOLENT_TYPES
               and _undated_lead(r, d) and not d.answered and fine_spot(d) is not None]
    if len({fine_spot(d) for d in undated}) != 1:
        return drafts
    drafted = {d.sentence for d in drafts}
    for span in r.spans[r.lead + 1 : r.lead + 1 + UNDRAFTED_RETELLING_SENTENCES]:
        when = None if span in drafted else _retold_day(r, Clause(*span, False), undated[0])
        if when is not None:
            return [replace(d, when=when) if d in undated else d for d in drafts]
    return drafts


def _undated_lead(r: Findings, d: Draft) -> bool:
    """The draft has no date: none written, or only the mention of a day counted from it, right before its trigger
    (غداة هجوم)."""
    if d.when.unwritten:
        return True
    folded = r.folded
    return d.when.value is None and any(
        m.kind == "event_relative" and m.text == d.when.text and len(folded[p : d.trigger].split()) == len(
            normalize(m.text).split()) for p, m in r.within("dates", Clause(*d.sentence, False)) if p < d.trigger)


def _retold_day(r: Findings, sentence: Clause, lead: Draft) -> When | None:
    """The day the sentence names right after its first place, when that is the lead draft's town (في سوروتش ظهر
    الاثنين) and the sentence names an attack of the lead draft's type or by a generic attack word, or None."""
    folded = r.folded
    kinds = [tr for tr in r.within("triggers", sentence) if tr.event_type == lead.event_type or (
        without_articles(folded[tr.start : tr.end]) in cues().generic)]
    places = r.within("places", sentence)
    if not kinds or not places or place_spot(places[0][1]) != fine_spot(lead):
        return None
    after = r.text.fold(places[0][1].end)
    days = r.by_offset["dates"].within(after, after + DAY_AFTER_TOWN_CHARS)
    named = {m.value for _, m in r.within("dates", sentence) if m.precision == "day"}
    if not days or days[0][1].kind == "event_relative" or days[0][1].precision != "day" or len(named) != 1:
        return None  # two days named there: which is the attack's is not told
    when = when_of(days[0][1], r.ref_basis)
    return None if when.value is None or after_publication(when, r.ref, r.ref_basis) else when


def dated_by_series(r: Findings, drafts: list[Draft]) -> list[Draft]:
    """The attacks told one by one after a sentence that dates a counted series of them (قتل أربعة في ثلاثة
    حوادث أمنية في بغداد أمس. وأفاد مصدر بمقتل شخص بتفجير عبوة في منطقة س شمالي بغداد): in the sentences
    after it, up to one with a date of its own or telling another incident and at most `SERIES_SENTENCES`,
    as many as it counts take its day (basis ``lead``) when they have no date expression, tell no vague
    past and are placed nowhere outside its place (one the lead already dated counts among them)."""
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
                if count and d.sentence == span and d.event_type in VIOLENT_TYPES and d.when.text is None and not (
                        d.answered or vaguely_past(r.folded, Clause(*span, False), d.trigger)) and _in_area(d, place):
                    out[n] = replace(d, when=from_lead(when)) if d.when.unwritten else d  # one the lead dated: counted
                    count -= 1
    return out


#: A toll counting at least this many dead tells one attack apart from another of its kind in the same report.
TELLING_TOLL = 2


def dated_by_its_toll(r: Findings, drafts: list[Draft]) -> list[Draft]:
    """The merged drafts `drafts`, each attack told without any date after the lead sentence (and not merged with
    the lead's) of the kind and with the very count of dead (at least `TELLING_TOLL`) of the one attack of that kind
    and toll the lead sentence tells on a day (قتل 4 جنود أمس عقب استهداف دوريتهم بعبوة ناسفة. ... وقتل أربعة جنود
    في انفجار عبوة ناسفة في بلدة س) given that day (basis ``lead``) when both are placed in one country or one
    nowhere: the lead's attack told again in detail; not one told as another incident, one its sentence tells as
    what had happened before (وكانت), nor one some unsaid time ago."""
    if r.lead is None:
        return drafts
    lead = r.spans[r.lead]
    by_toll: dict[tuple[str, int], list[Draft]] = {}
    for d in drafts:
        if d.sentence == lead and d.event_type in VIOLENT_TYPES and d.when.precision == "day" and (
                d.when.value is not None) and not (d.answered or d.recalled) and (d.toll.killed or 0) >= TELLING_TOLL:
            by_toll.setdefault((d.event_type, d.toll.killed), []).append(d)
    out = []
    for d in drafts:
        told = by_toll.get((d.event_type, d.toll.killed), [])
        if len(told) == 1 and d.sentence > lead and d.when.unwritten and not (d.answered or d.separate) and (
                _one_country(told[0], d)) and not _had_happened(r, d) and not vaguely_past(
                r.folded, Clause(*d.sentence, False), d.trigger):
            d = replace(d, when=from_lead(told[0].when))
        out.append(d)
    return out


def _had_happened(r: Findings, d: Draft) -> bool:
    """`d`'s sentence opens with a past form of كان (وكانت الطائرات قد قصفت): what had happened before."""
    words = r.folded[d.sentence[0] : d.sentence[1]].split()[:1]
    return bool(words) and CLITICS.strip_conjunction(words[0]) in cues().past_progressive


def _series_day(r: Findings, index: int, at: int) -> tuple[When, PlaceMatch | None] | None:
    """The day (`occurrence_days.series_day`, not one still to come nor a report's or a statement's) and place of the
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
    `occurrence_days.occurred_day`) takes that day, unless it is still to come."""
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


#: An attack noun names the attack a relative clause tells the occurrence of at most this many words before it.
NAMING_WORDS = 4
#: A day names the attack at the town right before it when it begins at most this many characters after the town.
DAY_AFTER_TOWN_CHARS = 12
#: A relative clause telling an attack with its verb (الذي استهدف أمس مسجدا في مدينة س) names its target's town at
#: most this many words after the verb.
TARGET_WORDS = 8
_WORD = re.compile(r"\S+")
#: A place finer than a governorate: its name and governorate (`agreeing.fine_spot`).
Spot = tuple[str, str | None]


def dated_by_naming(r: Findings, told: list[Draft]) -> list[Draft]:
    """The merged drafts `told`, an attack at a town told without any date given the day another sentence names an
    attack there on (`_named_days`: ضحايا حادث بلدة س الذي وقع الاثنين الماضي، الهجوم الذي شهدته مدينة س، الخميس،
    بعد مجزرة بلدة س الجمعة الماضية), when the article names no other day there and dates no attack there
    otherwise."""
    named = _named_days(r)
    if not named:
        return told
    dated: dict[Spot, set[dt.date]] = {}
    for d in told:
        if d.event_type in VIOLENT_TYPES and d.when.value is not None and fine_spot(d) is not None:
            dated.setdefault(fine_spot(d), set()).add(d.when.value)
    out = []
    for d in told:
        days = named.get(fine_spot(d)) if fine_spot(d) is not None else None
        if days and len(days) == 1 and d.event_type in VIOLENT_TYPES and d.when.unwritten and not d.answered and (
                dated.get(fine_spot(d), set()) <= set(days)):
            when = next(iter(days.values()))
            d = replace(d, when=when, recalled=recalled(when, r.ref))
        out.append(d)
    return out


def _named_days(r: Findings) -> dict[Spot, dict[dt.date, When]]:
    """The days the article names attacks at towns on (`_named_in_a_relative`, `_named_right_after`), not a day
    still to come, by town."""
    named: dict[Spot, dict[dt.date, When]] = {}
    for index in _day_sentences(r):
        start, end = r.spans[index]
        found = list(_WORD.finditer(r.folded, start, end))
        for spot, mention in [*_named_right_after(r, found), *_named_in_a_relative(r, found)]:
            when = when_of(mention, r.ref_basis)
            if when.value is not None and not after_publication(when, r.ref, r.ref_basis):
                named.setdefault(spot, {})[when.value] = when
    return named


def _named_in_a_relative(r: Findings, found: list[re.Match]) -> list[tuple[Spot, DateMention]]:
    """The town and day of each attack noun (`triggers.toml` occurred_nouns, named_nouns) with a relative pronoun at
    most `NAMING_WORDS` words on, then an occurrence verb or one of a place that saw the attack (occurred_verbs,
    occurred_seen) and a day at most `OCCURRED_WORDS` words after it, with one town between the noun and the day
    (حادث بلدة س الذي وقع الاثنين الماضي، الهجوم الذي شهدته مدينة س، الخميس); after a strike verb or a trigger
    instead (الحادث الذي استهدف أمس الخميس مسجدا في مدينة س), the town of its target may follow the day, at most
    `TARGET_WORDS` words after the verb in its clause; not an accident (حادث التصادم)."""
    c = cues()
    nouns, verbs = c.occurred_nouns | c.named_nouns, c.occurred_verbs | c.occurred_seen
    words = [m.group() for m in found]
    out = []
    for n in range(1, len(words) - 1):
        if words[n] not in c.relative_pronouns:
            continue
        struck = _struck_at(r, found[n + 1].start())
        if not (one_of(words[n + 1], verbs) or struck):
            continue
        noun = next((k for k in range(n - 1, max(-1, n - 1 - NAMING_WORDS), -1) if one_of(words[k], nouns)), None)
        if noun is None or any(w.strip("،,") in c.non_attack for w in words[noun + 1 : n]):
            continue
        limit = found[min(n + 1 + OCCURRED_WORDS, len(found) - 1)].end()
        days = [(p, m) for p, m in r.by_offset["dates"].within(found[n + 1].end(), limit + 1)
                if m.kind != "event_relative" and m.precision == "day"]
        if not days:
            continue
        towns = {place_spot(pm) for _, pm in r.by_offset["places"].within(found[noun].start(), days[0][0])} - {None}
        if struck and not towns:  # الهجوم الذي استهدف أمس مسجدا في مدينة س: the target's town after the day
            towns = {place_spot(pm) for _, pm in r.by_offset["places"].within(
                days[0][0], _clause_end(r.folded, days[0][0], found[min(n + 1 + TARGET_WORDS, len(found) - 1)].end()))}
            towns -= {None}
        if len(towns) == 1:
            out.append((towns.pop(), days[0][1]))
    return out


def _struck_at(r: Findings, at: int) -> bool:
    """A strike verb or an attack trigger begins at folded offset `at` (استهدف)."""
    return bool(r.by_offset["verbs"].within(at, at + 1) or r.by_offset["triggers"].within(at, at + 1))


def _clause_end(folded: str, start: int, limit: int) -> int:
    """Where the clause going on at folded offset `start` ends (a comma or a full stop), at most at `limit`."""
    ends = [i for i in (folded.find(mark, start, limit) for mark in "،,.") if i != -1]
    return min(ends, default=limit)


def _named_right_after(r: Findings, found: list[re.Match]) -> list[tuple[Spot, DateMention]]:
    """The town and day of each attack noun followed, at most one word on, by a town and right after it by a day
    (مجزرة بلدة س الجمعة الماضية، هجوم س يوم 26 حزيران)."""
    c = cues()
    nouns = with_conjunction(c.occurred_nouns | c.named_nouns)
    out = []
    for k, word in enumerate(found[:-1]):
        if word.group() not in nouns:
            continue
        places = r.by_offset["places"].within(word.end(), found[min(k + 2, len(found) - 1)].end())
        spot = place_spot(places[0][1]) if places else None
        if spot is None:
            continue
        after = r.text.fold(places[0][1].end)
        days = r.by_offset["dates"].within(after, after + DAY_AFTER_TOWN_CHARS)
        if not days or days[0][1].kind == "event_relative" or days[0][1].precision != "day":
            continue
        between = r.folded[after : days[0][0]].replace("،", " ").replace(",", " ").split()
        if len(between) <= 1 and set(between) <= c.day_words:
            out.append((spot, days[0][1]))
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


#: A strike typed only for want of a side takes the side of an airstrike told at most this many sentences before it.
SIDE_BEFORE_SENTENCES = 2


def acted_in_chronology(r: Findings, told: list[Draft]) -> list[Draft]:
    """The merged drafts `told`, the attacks told without a side in the entries of a chronology (lines
    opening with a date and a colon: 7 أيلول/سبتمبر: غارات جوية ...) given the one side the other entries
    name, when at least `CHRONOLOGY_ACTORS` of them name it and none names another."""
    entries = [d for d in told if d.event_type in VIOLENT_TYPES and chronology_entry(r, d.trigger)]
    named = [d.actor for d in entries if d.actor is not None]
    if len(named) < CHRONOLOGY_ACTORS or len({a.name for a in named}) != 1:
        return told
    unnamed = {id(d) for d in entries if d.actor is None}
    return [_given_side(r, d, named[0]) if id(d) in unnamed else d for d in told]


def fired_by_the_side_before(r: Findings, told: list[Draft]) -> list[Draft]:
    """The merged drafts `told`, a strike typed shelling only for want of a side (قصف، استهدفت قاعدة، الصواريخ طالت
    مواقع), in a sentence naming no side before it (a subject, even one read as a target: مقاتلي المعارضة قصفوا) nor
    that side anywhere (قصف دبابة إسرائيلية), nor a place the missiles were fired from, nor in another country,
    given the side of the last attack told before it within `SIDE_BEFORE_SENTENCES` sentences when that attack
    is an airstrike by a side whose missiles strike from afar (أطلقت إسرائيل 70 صاروخا في الضربات): the strike
    told again or a part of it, not shelling. Else, when the article's one attacker is such a side
    (`_the_one_far_striker`) and the sentence names no side before it other than a target (قتل تسعة من الميليشيا
    الموالية لقوات النظام جراء القصف الصاروخي), that side's strike."""
    out = []
    missile_sides: list[list[actors.ActorHit]] = []
    for d in told:
        if (d.fired or d.defaulted) and d.actor is None and not _fired_from_a_place(r, d) and not (
                actors.doer_named_after(r.folded, d.trigger, d.sentence[1])):
            named = r.within("actors", Clause(_what_is_said(r, d), d.sentence[1], False))
            side = _side_of_the_strike_before(r, told, d) or _side_of_the_missiles_named_before(r, d)
            if side is None or any(a.start < d.trigger or a.name == side.name for a in named):
                missile_sides = missile_sides or [_missile_sides(r)]
                side = _the_one_far_striker(told, missile_sides[0], d)
                if side is not None and any(a.name == side.name or (a.start < d.trigger and not a.target)
                                            for a in named):
                    side = None
            if side is not None:
                d = replace(d, actor=side, event_type="airstrike", fired=False, defaulted=False)
        out.append(d)
    return out


def _what_is_said(r: Findings, d: Draft) -> int:
    """Where what a report says opens in `d`'s sentence: after the last bare complementizer before its trigger
    (وأوضح مصدر من القوات الموالية أن بعض الصواريخ استهدف مواقع: the source's side speaks), else the sentence."""
    said = cues().bare_complementizers
    ends = [m.end() for m in _WORD.finditer(r.folded, d.sentence[0], d.trigger) if m.group().strip("\"«»“”") in said]
    return ends[-1] if ends else d.sentence[0]


def _side_of_the_strike_before(r: Findings, told: list[Draft], d: Draft) -> actors.ActorHit | None:
    """The side of the last attack told before `d` with a side, when that attack is an airstrike by a side whose
    missiles strike from afar, within `SIDE_BEFORE_SENTENCES` sentences and in no other country."""
    before = max((o for o in told if o.trigger < d.trigger and o.actor is not None
                  and o.event_type in VIOLENT_TYPES), key=lambda o: o.trigger, default=None)
    if before is not None and before.event_type == "airstrike" and actors.strikes_with_missiles(
            before.actor.name) and _sentences_apart(r, before, d) <= SIDE_BEFORE_SENTENCES and _one_country(before, d):
        return before.actor
    return None


def _side_of_the_missiles_named_before(r: Findings, d: Draft) -> actors.ActorHit | None:
    """The side named by its adjective right after the last missile word of the `SIDE_BEFORE_SENTENCES` sentences
    before `d`'s (واستهدفت الصواريخ الإسرائيلية كتائب الدفاع الجوي), when that side's missiles strike from afar:
    the missiles told again without their side (وقال المصدر إن بعض الصواريخ استهدف مواقع)."""
    starts = [start for start, _ in r.spans]
    first = starts[max(0, bisect_left(starts, d.sentence[0]) - SIDE_BEFORE_SENTENCES)] if starts else 0
    missiles = [tr for tr in r.within("triggers", Clause(first, d.sentence[0], False)) if tr.missiles]
    if not missiles:
        return None
    last = missiles[-1]
    after = [w.strip(PUNCTUATION) for w in first_words(r.folded, last.end, d.sentence[0], 2)]
    if not actors.names_a_missile_side(after):
        return None
    return next((a for a in r.within("actors", Clause(first, last.start + 1, False))
                 if a.end > last.end and actors.strikes_with_missiles(a.name)), None)


def _the_one_far_striker(told: list[Draft], missile_sides: list[actors.ActorHit], d: Draft) -> actors.ActorHit | None:
    """The article's one attacker, when it is a side whose missiles strike from afar: the one side of all the
    attacks told with a side, each an airstrike in `d`'s country not recalled from weeks before, and of all the
    missiles named by a side (`missile_sides`: صاروخين إسرائيليين), before or after `d`."""
    attacks = [o for o in told if o.actor is not None and o.event_type in VIOLENT_TYPES]
    sides = [o.actor for o in attacks] + missile_sides
    if not sides or len({a.name for a in sides}) != 1 or not actors.strikes_with_missiles(sides[0].name):
        return None
    if any(o.event_type != "airstrike" or o.recalled or not _one_country(o, d) for o in attacks):
        return None
    return sides[0]


def _missile_sides(r: Findings) -> list[actors.ActorHit]:
    """The sides the article names as who fired missiles, by a phrase of their missiles (صاروخين إسرائيليين،
    الصواريخ الأمريكية), not as a target."""
    return [a for a in r.within("actors", Clause(0, len(r.folded), False))
            if not a.target and actors.names_missiles(r.folded[a.start : a.end])]


#: The marks that may stick to a word after a missile word (الصواريخ الإسرائيلية،).
PUNCTUATION = ".,،:؛\"'()"


def _one_country(first: Draft, second: Draft) -> bool:
    """Neither draft is placed in a country other than the other's (an airstrike in Syria does not tell who
    shelled Donetsk)."""
    places = [d.place.chosen for d in (first, second) if d.place is not None and d.place.chosen is not None]
    return len({p.country for p in places}) <= 1


def _sentences_apart(r: Findings, first: Draft, second: Draft) -> int:
    """How many sentences after the sentence of `first` the sentence of `second` stands."""
    starts = [start for start, _ in r.spans]
    return bisect_left(starts, second.sentence[0]) - bisect_left(starts, first.sentence[0])


def _given_side(r: Findings, d: Draft, side: actors.ActorHit) -> Draft:
    """The chronology entry with the side its other entries name; missiles it told without a side (إطلاق
    صواريخ ضد قاعدة) are that side's strike from afar, an airstrike, when its missiles strike from afar and
    the entry names no place they were fired from (`_fired_from_a_place`); fired from a place (إطلاق عشرات
    الصواريخ ليلا من سوريا على الجولان), they are no strike of such a side, which is rather their target: the
    entry keeps no side."""
    if d.fired and actors.strikes_with_missiles(side.name):
        return d if _fired_from_a_place(r, d) else replace(d, actor=side, event_type="airstrike", fired=False)
    return replace(d, actor=side)


def _fired_from_a_place(r: Findings, d: Draft) -> bool:
    """A place of the draft's sentence after its trigger with a `fired_from` word right before it (إطلاق صواريخ
    ليلا من سوريا على الجولان): fired from there, across a front."""
    after = Clause(d.trigger, d.sentence[1], False)
    before = (r.folded[max(0, p - 20) : p].split() for p, _ in r.within("places", after))
    return any(words and CLITICS.strip_conjunction(words[-1]) in cues().fired_from for words in before)
