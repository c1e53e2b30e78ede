"""One clause's draft events: the trigger it tells, and its type, actor, toll, date and place.

`draft_clause` reads a clause with triggers and gives none, one or several drafts: it narrows the clause to
its own attack (not a cause opening it, not a total it is singled out of), chooses its trigger, dates and
places it (not by a cause's, a reply's or a described place's words), drops what is no attack of its own day
(a campaign, a series, a total, a plan, what goes on since a day or is told in the present), and counts a
plural over the places it lists apart. `bench/miss_stages.py` wraps `draft_clause`, `choose_trigger` and the
dropping checks by the names this module calls them by.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from gazetteer import Place, PlaceMatch
from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from gazetteer.unknown import unknown_names
from timeline.extract import actors
from timeline.extract.actors import ActorHit
from timeline.extract.agreeing import COARSE
from timeline.extract.asserting import tells_a_hit
from timeline.extract.beside import beside_told, day_told_beside, killing_beside
from timeline.extract.choosing import (
    choose_trigger,
    struck_by_an_air_coalition,
    struck_by_verb,
    struck_from_the_air,
)
from timeline.extract.clause_dating import (
    anchored,
    before_a_charge,
    clause_date,
    followed_at,
    of_a_place_described,
    spoken_of,
    told_after_it_at,
    vaguely_past,
)
from timeline.extract.clauses import COMMAS, Clause
from timeline.extract.cues import cues, one_of
from timeline.extract.drafting import (
    actor_and_type,
    at_one_site,
    finer_than_country,
    going_on_now,
    list_start,
    listed_sides,
    over_places,
    own_triggers,
    strike_noun_after,
    told_after_anchor,
    told_as_a_past_habit,
    told_as_done,
    told_as_risen,
    told_in_the_present,
    undated_but_since,
)
from timeline.extract.drafts import Draft, revised
from timeline.extract.event_when import (
    When,
    after_publication,
    ended_by_its_report,
    recalled,
    spans_months,
    spans_years,
    when_of,
)
from timeline.extract.findings import Findings
from timeline.extract.occurrence_days import (
    announceable,
    announced_day,
    ongoing_since,
    overnight,
    own_day,
    since_dates,
    since_of_a_place,
    total_since,
)
from timeline.extract.places import spread_km
from timeline.extract.placing import (
    SETTLEMENTS,
    accused_at,
    before_the_next_attack,
    best_place,
    in_country,
    joined,
    list_head,
    listed,
    not_aimed,
    not_departures,
    not_destinations,
    not_extents,
    not_frames,
    not_journeys,
    not_origins,
    not_parties,
    not_planned,
    not_relieved,
    not_speakers,
    not_titles,
    not_venues,
    unknown_in_a_country,
    unknown_settlement,
    written_as_place,
)
from timeline.extract.quoted_days import from_the_speakers_day
from timeline.extract.replies import (
    after_an_opening_cause,
    answered_alone,
    cause_at,
    cause_before,
    caused_from,
    named_after_cause,
    reply_at,
)
from timeline.extract.reported_sets import undated_as_a_set
from timeline.extract.retelling import from_lead
from timeline.extract.saying import complementizers_in, report_dates, said_dates
from timeline.extract.segment import (
    QUOTES,
    another_incident,
    continuing,
    definite,
    described,
    generic,
    opens_at_its_place,
    opens_with_a_verb,
    separate_incident,
    several_told,
    told_as_an_attack,
    with_article,
)
from timeline.extract.sentences import headline
from timeline.extract.spans import first_words, word_matches
from timeline.extract.splitting import (
    LISTED_TOWNS,
    WAVE_KM,
    a_wave_over_far_places,
    counted_again,
    counted_as_total,
    counted_over_places,
    days_of_listed_places,
    dead_counted_again,
    dead_listed_at,
    far_places_of_a_wave,
    listed_dates,
    listed_over_places,
    named_areas_of_a_wave,
    on_their_days,
    one_on_each_day,
    parts_of_two_countries,
    places_on_their_days,
    spread_over_a_country,
    strikes_in_the_plural,
    tolls_of_two_days,
    towns_named_among,
    towns_struck_near,
    two_places_of_two,
    two_settlements_of_two,
)
from timeline.extract.toll import (
    COUNT_WINDOW_CHARS,
    Toll,
    casualties_named,
    count_before,
    counted_before,
    find_toll,
    partitive,
    told_vaguely,
)
from timeline.extract.totals import (
    a_later_day,
    a_series,
    a_series_followed,
    campaign,
    counted,
    counted_span,
    lasting,
    plural_of_late,
    singled_out,
    total_raised,
    waged_now_at,
)
from timeline.extract.triggers import AMBIGUOUS, Trigger, ambiguous_default
from timeline.extract.weapons import (
    chemical_means,
    killing_type,
    loaded_with_chemicals,
    named_weapon,
    told_with_both_kinds,
)
from timeline.vocabulary import VIOLENT_TYPES

#: The date and place of a clause without trigger, and the index of its sentence.
Context = tuple[int, When, PlaceMatch | None]


def _dated_before_the_cause(folded: str, clause: Clause, caused: int, c_dates: list) -> bool:
    """Every date of the clause ends before the cause word ending at `caused` (أقالت الصحيفة الأربعاء محررا بعد
    تغريدة); not a cause word inside a date (بعد يوم من شن الهجمات), nor when a cause word stands before the first
    date (وبعد هدوء طوال صباح الأحد، انفجرت الأوضاع بعد الظهر: the day is the calm's and the fighting's)."""
    start = folded.rfind(" ", clause.start, caused) + 1
    first = min(p for p, _ in c_dates)
    return all(p + len(normalize(m.text)) <= start for p, m in c_dates) and not cues().causes.search(
        folded, clause.start, first)


class _Singled(NamedTuple):
    """A clause read from the attack singled out of a total (`_singled_out_of_a_total`)."""

    clause: Clause
    inside: list[Trigger]
    sides: list  #: the actor phrases of its attack
    share: Toll | None  #: its share of the total's dead, counted before the word (ثلاثة منهم)


def _singled_out_of_a_total(r: Findings, clause: Clause, inside: list[Trigger]) -> _Singled:
    """The clause and its triggers from the word singling one attack out of the total told before it, with a day of
    its own (`singled_out`: قتل 13 منذ اندلاع جولة العنف، ثلاثة منهم في مكمن استهدف الخميس قافلة); the actor
    phrases of the attack: the total's sides, named after any report verb before a trigger of the total (ضاعف الحوثيون
    هجماتهم، بينها هجوم في 26 آذار; not أكد التحالف أن ...), else those of its own part; and the count right before the
    word, of the total's dead, as its dead. Unchanged when nothing is singled out."""
    singled = singled_out(r.folded, clause, inside, r.within("dates", clause))
    if singled is None:
        return _Singled(clause, inside, r.within("actors", clause), None)
    total, alone = Clause(clause.start, singled, clause.continues), Clause(singled, clause.end, clause.continues)
    said = max(r.within("reports", total), default=clause.start)
    sides = [a for a in r.within("actors", total) if a.start > said and any(
        a.start < tr.start < singled and tr.event_type != "statement" for tr in inside)]
    count = count_before(r.folded, singled)
    share = Toll(killed=count) if count is not None and find_toll(r.folded[clause.start : singled]).killed else None
    return _Singled(alone, [tr for tr in inside if tr.start >= singled],
                    sides if any(not a.target for a in sides) else r.within("actors", alone), share)


def draft_clause(
    r: Findings, index: int, clause: Clause, inside: list[Trigger], previous_actor: ActorHit | None,
    context: Context | None, previous: When | None, kind_before: bool = False,
) -> list[Draft]:
    """The draft events of a clause with triggers: none when it tells no event, one, or one per place
    of a list after a counted plural (ثلاث هجمات في الكويت وتونس وفرنسا) or of two places after a dual
    (`two_places_of_two`), or one per day of a dual on two days (`_two_days`), each without the toll the
    list tells of all (`previous`: the date of the last dated draft before it)."""
    if statements_outside_the_lead(r, index, inside):
        return []
    folded = r.folded
    clause, inside, sides, share = _narrowed(r, clause, inside)
    lent = None if any(not a.target for a in sides) else _side_of_the_subjectless_doer(r, index, clause, inside)
    sides = [*sides, lent] if lent else sides
    told = _told_in(r, clause, inside, sides, share, previous_actor)
    if _protesters_act(r, index, clause, told):
        told = told._replace(inside=[tr for tr in told.inside if not (tr.verb and tr.event_type == "ground_attack")])
    chosen = choose_trigger(folded, clause, told.inside, told.actors, told.toll, r.within("verbs", clause),
                            index == r.lead, told.targets, [p for p, _ in (*told.dates, *told.named)], kind_before,
                            told.scene)
    if chosen is None:
        return []
    trigger, event_type = chosen
    inside, toll = told.inside, told.toll
    killing = killing_beside(r, clause, inside, trigger)
    if killing is not None:  # تزامنا مع الغارات، ... قتل شرطيين: the killing takes no kind from the attack beside
        event_type = killing_type(folded, killing, trigger, told.actors) or "other"
        told = _told_after(told, killing.start)  # nor its side or place (تزامنا مع الغارات التركية شمال العراق)
    saying = r.within("reports", clause) + [tr.start for tr in inside if tr.event_type == "statement"]
    anchor_at = next((p for p, m in told.dates if p > trigger.start and anchored(r.text, m)), None)
    c_dates, cause = _dates_of_its_own(r, clause, trigger, inside, told.dates, toll, saying)
    cut = min((p for p in (anchor_at, cause) if p is not None), default=None)
    kind = _actor_and_kind(r, clause, trigger, event_type, inside, told.actors, c_dates, cause)
    if cut is not None:  # X غداة Y: Y's toll is not X's
        toll = find_toll(folded[clause.start : cut])
    dated_as = trigger if killing is None else trigger._replace(event_type=event_type)  # the killing's own kind
    when = from_the_speakers_day(r, index, _when_told(r, clause, dated_as, inside, c_dates, told.named, previous,
                                                      saying), c_dates)
    placed = _placed(r, index, clause, trigger, inside, told.named, cut, c_dates)
    beside = day_told_beside(r, index, trigger) if when.unwritten else None
    if beside is not None:  # شنت الطائرات غارات تزامنا مع زيارة الوزير الخميس: the visit's day
        when = beside
    elif lent and when.unwritten:  # إن التحالف نفذ 29 ضربة أمس الأحد. ففي العراق نفذ 21 ضربة: the total's day
        total = day_told_after_the_report(r, Clause(*r.spans[index - 1], False))
        when = from_lead(total) if total else when
    elif (when.unwritten or when.reported) and _a_part_of_a_total(r, clause, inside, trigger, kind.actor):
        total = _the_days_total(r, index, clause, trigger, kind.actor, placed.place)  # إن ست من ثماني غارات
        if total is not None:  # the total's day, not the statement's, and its side
            when, kind = from_lead(total.when), kind._replace(actor=kind.actor or total.actor)
    when, place = _with_the_context(r, index, clause, trigger, context, when, placed)
    placed = placed._replace(place=place)
    now = _going_on_now(r, clause, trigger, when, place, kind.event_type)
    if now:  # تدور اشتباكات قرب المدينة: fighting going on at the time of writing, on the publication day
        when = When(r.ref.isoformat(), "day", basis=r.ref_basis, value=r.ref, now=True)
    reports = report_dates(folded, clause, c_dates, trigger, r.within("reports", clause))
    when = _ended_by_its_report(r, clause, trigger, c_dates, saying, when)
    if _no_attack_of_its_own_day(r, index, clause, trigger, inside, c_dates, reports, toll, when, placed.chain,
                                 kind.event_type, now):
        return []
    draft = _drafted(r, index, clause, trigger, inside, kind, placed, when, toll, c_dates, reports, cut)
    total = _fewest_counted_before(r, index) if lent and _done_as_told_by_a_relative(r, clause, trigger) else None
    return _counted_apart(r, clause, trigger, inside, draft, placed.places, c_dates, placed.chain, placed.village,
                          toll, total)


def statements_outside_the_lead(r: Findings, index: int, inside: list[Trigger]) -> bool:
    """Every trigger of a clause outside the lead sentence is a statement: it tells no event, since narrowing the
    clause only leaves triggers out and `choose_trigger` takes a statement in the lead only (a shortcut past both,
    for the many clauses of sayings)."""
    return index != r.lead and all(tr.event_type == "statement" for tr in inside)


def _protesters_act(r: Findings, index: int, clause: Clause, told: _Told) -> bool:
    """The clause names no side, armed group (`Cues.armed_sides`: مسلحون) nor toll, and one before it in its sentence
    names protests or protesters (`Cues.protests`: وأقدم عشرات المحتجين على اقتحام مبنى المحافظة، بعد أن كانوا قد
    اقتحموا أمس مبنى آخر): a ground attack verb of the clause is their act, no attack of war, as in their own clause
    (`choosing._usable`)."""
    if told.toll.told or told.actors:
        return False
    before = r.folded[r.spans[index][0] : clause.start].split()
    # the clause is searched for armed sides (a scan of its own) only after protests
    return any(one_of(w.strip(QUOTES + ".,،:"), cues().protests) for w in before) and not (
        cues().armed_sides.find_in(r.folded, clause.start, clause.end))


def _side_of_the_subjectless_doer(r: Findings, index: int, clause: Clause, inside: list[Trigger]) -> ActorHit | None:
    """The one side the sentence before names, not as a target, for a clause that counts its strikes right after a
    past verb of doing with no subject written (`subjectless_doing`: قال البيان إن التحالف نفذ 29 ضربة. ففي العراق
    نفذ 21 ضربة بالقرب من الموصل), or tells them hitting near towns after such a verb in a relative clause (إن الضربات
    التي وجهت في سوريا أصابت مواقع بالقرب من حلب) when that sentence counts strikes: the verb's subject is that
    side; None where it names none or several."""
    folded = r.folded
    doing = [v for v in r.within("verbs", clause) if index and CLITICS.strip_conjunction(
        first_words(folded, v, clause.end, 1)[0]) in cues().subjectless_doing]
    counted = any(not tr.verb and _counted_right_after(folded, v, tr) for v in doing for tr in inside)
    detail = index and (any(_done_as_told_by_a_relative(r, clause, tr) for tr in inside) or (  # الضربات التي وجهت أصابت
        _counted_near_a_town(r, clause, inside)))  # إن خمس غارات قرب الرمادي قصفت: of the total before
    if not counted and not (detail and _fewest_counted_before(r, index) is not None):
        return None
    before = [a for a in r.within("actors", Clause(*r.spans[index - 1], False)) if not a.target]
    return before[-1] if len({a.name for a in before}) == 1 else None


def _done_as_told_by_a_relative(r: Findings, clause: Clause, tr: Trigger) -> bool:
    """The trigger is a definite strike noun told by a relative pronoun and a past verb of doing right after it,
    then a verb of hitting (`hits`), then towns "near" (إن الضربات التي وجهت في سوريا أصابت مواقع بالقرب من مدن حلب
    والحسكة): the strikes of the total the sentence before counts, where they hit."""
    folded = r.folded
    told = first_words(folded, tr.end, clause.end, 2)
    if tr.verb or not definite(folded, tr) or len(told) < 2 or told[0] not in cues().relative_pronouns or (
            told[1] not in cues().subjectless_doing):
        return False
    hit = next((m.end() for m in word_matches(folded, tr.end, clause.end)
                if tells_a_hit(CLITICS.strip_conjunction(m.group(0)))), clause.end)
    return any(p > hit and pm.relation == "near" for p, pm in r.within("places", clause))


def _hit_near_towns(r: Findings, clause: Clause, tr: Trigger) -> bool:
    """The trigger is a definite strike noun right after a verb of hitting (`hits`), its subject, with a town after
    it (وفي العراق أصابت الغارات أهدافا عدة قرب تسع مدن بينها الموصل): where the strikes the sentence before counts
    hit, as `_done_as_told_by_a_relative` tells them with the verb after."""
    folded = r.folded
    before = folded[clause.start : actors.word_start(folded, tr.start, clause.start)].split()[-1:]
    if tr.verb or not before or not tells_a_hit(CLITICS.strip_conjunction(before[0])) or not definite(folded, tr):
        return False
    return any(p > tr.end and pm.chosen is not None and pm.chosen.precision in SETTLEMENTS
               for p, pm in r.within("places", clause))


def _counted_near_a_town(r: Findings, clause: Clause, inside: list[Trigger]) -> bool:
    """The clause counts strikes by a count right before their noun, told near a town after it (إن خمس غارات قرب
    الرمادي قصفت وحدات تكتيكية؛ فضلا عن قصف أربع غارات لمراكز تجمع قرب طوز خورماتو)."""
    counted = [tr for tr in inside if not tr.verb and count_before(r.folded, tr.start) is not None]
    return any(p > tr.end and pm.relation == "near" and pm.chosen.precision in SETTLEMENTS
               for tr in counted for p, pm in r.within("places", clause))


def _a_part_of_a_total(r: Findings, clause: Clause, inside: list[Trigger], trigger: Trigger,
                       actor: ActorHit | None) -> bool:
    """The clause tells strikes as a part of a total told before it: counted near a town by a side
    (`_counted_near_a_town`: وفي سوريا نفذ التحالف أربع غارات قرب كوباني; without one, as told by residents, they may
    be other strikes), a count of a count (`_a_count_of_a_count`: إن ست من ثماني غارات جرت في سوريا), or a plural
    named again with the article (وفي العراق أصابت الغارات أهدافا قرب تسع مدن; not الطيران الحربي, aircraft of any
    strike)."""
    return (actor is not None and _counted_near_a_town(r, clause, inside)) or (not trigger.verb and (
        (trigger.plural and with_article(r.folded, trigger)) or _a_count_of_a_count(r.folded, trigger)))


def _a_count_of_a_count(folded: str, trigger: Trigger) -> bool:
    """A count, the partitive and a count stand right before the trigger (ست من ثماني غارات): a share of strikes
    counted."""
    if count_before(folded, trigger.start) is None:
        return False
    window = max(0, trigger.start - COUNT_WINDOW_CHARS)
    words = list(re.finditer(r"\S+", folded[window : trigger.start]))[-3:-1]
    return any(partitive(w.group()) and count_before(folded, window + w.start()) is not None for w in words)


class _Total(NamedTuple):
    """A side's total of strikes on a day (`_the_days_total`)."""

    when: When  #: the day written after its report word
    actor: ActorHit | None  #: its side, as drafting would take it


def _the_days_total(r: Findings, index: int, clause: Clause, trigger: Trigger, actor: ActorHit | None,
                    place: PlaceMatch | None) -> _Total | None:
    """The day and side of the nearest sentence before that counts strikes of the trigger's type and names a side
    not in a target position (إن طائرات الولايات المتحدة والتحالف نفذت 27 غارة في سوريا والعراق أمس الخميس), the day
    written after its report word: the total the clause's strikes are part of. None when that sentence writes no such
    day, names no side that is the clause's actor, counts no more strikes than the clause or names countries but not
    the clause's `place`'s (`_within_the_total`), or when a sentence between, or the clause's own before it, dates
    a trigger of the type after its report word (another attack of that type told on its day)."""
    own = Clause(r.spans[index][0], clause.start, False)
    for sentence in [own, *(Clause(*r.spans[i], False) for i in range(index - 1, -1, -1))]:
        of_its_type = [tr for tr in r.within("triggers", sentence) if tr.event_type == trigger.event_type]
        counted = [tr for tr in of_its_type if (count_before(r.folded, tr.start) or 0) > 1]
        sides = [a for a in r.within("actors", sentence) if not a.target]
        if sentence is not own and counted and sides:
            day = day_told_after_the_report(r, sentence)
            if day is None or (actor is not None and actor.name not in {a.name for a in sides}) or not (
                    _within_the_total(r, sentence, counted, trigger, place)):
                return None
            return _Total(day, actor_and_type(r, sides, counted[0], trigger.event_type)[0])
        if of_its_type and _dated_after_its_report(r, sentence):
            return None
    return None


def _within_the_total(r: Findings, sentence: Clause, counted: list[Trigger], trigger: Trigger,
                      place: PlaceMatch | None) -> bool:
    """The clause's strikes may be a part of the total the sentence counts: fewer than it counts (إن ست من ثماني
    غارات after 27 غارة), at a place in a country it names when it names any (في سوريا والعراق; not وفي بيان منفصل
    ... ثماني غارات في سوريا after 23 غارة في العراق)."""
    total = max(count_before(r.folded, tr.start) or 0 for tr in counted)
    if (count_before(r.folded, trigger.start) or 0) >= total:
        return False
    countries = {pm.chosen.country for _, pm in r.within("places", sentence) if pm.chosen is not None}
    return place is None or place.chosen is None or not countries or place.chosen.country in countries


def _dated_after_its_report(r: Findings, clause: Clause) -> bool:
    """The clause writes a date after its last report word (قال البيان اليوم إن غارة قتلت أمس: yesterday)."""
    said = complementizers_in(r.folded, clause.start, clause.end)
    return any(not said or p > said[-1] for p, _ in r.within("dates", clause))


def _fewest_counted_before(r: Findings, index: int) -> int | None:
    """The smallest count written right before a trigger of the sentence before (تسع ضربات في سوريا و14 ضربة في
    العراق: nine), None where it counts none."""
    before = Clause(*r.spans[index - 1], False)
    counts = [count_before(r.folded, tr.start) for tr in r.within("triggers", before)]
    return min((c for c in counts if c is not None), default=None)


def _counted_right_after(folded: str, verb: int, tr: Trigger) -> bool:
    """The trigger is the verb's object with one word between them, a count (نفذ 21 ضربة)."""
    return tr.start > verb and len(folded[verb : tr.start].split()) == 2 and count_before(folded, tr.start) is not None


def day_told_after_the_report(r: Findings, clause: Clause) -> When | None:
    """The one day a clause writes after what reports it (قالت مصادر إن سبعة جنود قتلوا، الأربعاء), or None: a day
    written before the report's word (قالت المصادر الأربعاء إن ...) is the report's, not the dead's."""
    said = complementizers_in(r.folded, clause.start, clause.end)
    days = [m for p, m in r.within("dates", clause) if m.precision == "day" and m.kind != "event_relative" and (
        not said or p > said[-1])]
    when = when_of(days[0], r.ref_basis) if len(days) == 1 else None
    return when if when is not None and when.value is not None else None


class _Told(NamedTuple):
    """What a narrowed clause tells before its trigger is chosen (`_told_in`)."""

    dates: list  #: its date mentions
    actors: list[ActorHit]  #: its actor phrases not in a target position, else the previous clause's actor
    targets: list[ActorHit]  #: its actor phrases in a target position
    toll: Toll
    inside: list[Trigger]  #: its own triggers
    named: list  #: its place mentions
    scene: bool  #: a day at a settlement (قصف على بلدة س أمس)


def _told_in(r: Findings, clause: Clause, inside: list[Trigger], sides: list, share: Toll | None,
             previous_actor: ActorHit | None) -> _Told:
    """The dates, sides, toll, own triggers and places of a narrowed clause, and whether it tells a day at a
    settlement."""
    folded = r.folded
    c_dates = r.within("dates", clause)
    c_actors = [a for a in sides if not a.target]
    c_targets = [a for a in sides if a.target]
    if (clause.continues or _counted_as_others(folded, inside)) and not c_actors and previous_actor:
        c_actors = [previous_actor]  # بينما ضربت أهداف مماثلة في ثلاث غارات أخرى: more of the side's strikes
    toll = find_toll(folded[clause.start : clause.end])
    toll = share if share is not None and not toll.told else toll  # ثلاثة منهم في مكمن: three of the total's dead
    if clause.dead is not None and not toll.told:  # ...، وثلاثة آخرون في قصف: the count told apart is its dead
        toll = Toll(killed=clause.dead)
    if not toll.told:  # المدينة التي سيطر عليها التنظيم، not ... عليها الأحد
        inside = [tr for tr in inside if not described(folded, tr) or any(
            p > tr.start and m.precision == "day" for p, m in c_dates)]
    inside = own_triggers(inside, c_actors)
    named = r.within("places", clause)
    scene = any(m.precision == "day" for _, m in c_dates) and any(
        pm.chosen.precision not in COARSE for _, pm in named)  # قصف على بلدة س أمس: a day at a settlement
    return _Told(c_dates, c_actors, c_targets, toll, inside, named, scene)


def _told_after(told: _Told, start: int) -> _Told:
    """What the clause tells, with only the sides and places named from folded offset `start` on."""
    return told._replace(actors=[a for a in told.actors if a.start >= start],
                         named=[(p, pm) for p, pm in told.named if p >= start])


def _counted_as_others(folded: str, inside: list[Trigger]) -> bool:
    """The clause counts its attacks as others after those its sentence told (ثلاث غارات أخرى): a count right before
    a noun of attack and a word of another right after it (`another_incident`)."""
    return any(not tr.verb and count_before(folded, tr.start) is not None and another_incident(folded, tr)
               for tr in inside)


class _Kind(NamedTuple):
    """The side and type of a clause's event (`_actor_and_kind`)."""

    actor: ActorHit | None
    event_type: str
    actors: list[ActorHit]  #: the clause's actor phrases of its own attack, not a cause's nor a reply's
    chemical: bool
    inferred: bool  #: the kind is not told (القصف، استهدف)
    defaulted: bool  #: nor a side that tells it
    generic: bool


def _actor_and_kind(r: Findings, clause: Clause, trigger: Trigger, event_type: str, inside: list[Trigger],
                    c_actors: list[ActorHit], c_dates: list, cause: int | None) -> _Kind:
    """The event's side and type: chemical by what is loaded or its means, the side of its own attack (not the
    cause's nor the one a reply blames), an air strike when struck from the air."""
    folded = r.folded
    chemical = any(loaded_with_chemicals(folded, clause, tr) for tr in inside
                   if tr.start >= trigger.start and (cause is None or tr.start < cause))
    event_type = "other" if chemical else event_type  # براميل محملة بغاز الكلور: a chemical attack
    inferred = event_type == AMBIGUOUS  # القصف، استهدف: the kind is not told
    after_cause = cause_before(folded, clause, trigger, inside)
    if after_cause is not None:  # استهدفت تركيا مواقع الحزب إثر الهجوم الانتحاري: Turkey's are the strikes
        c_actors = [a for a in c_actors if a.start >= after_cause]
    answering = reply_at(folded, clause, trigger, c_dates)
    if answering is not None:  # ضربت إسرائيل أهدافا ردا على صواريخ نسبتها إلى إيران: the side blamed is the cause's
        c_actors = [a for a in c_actors if a.start < answering]
    actor, event_type = actor_and_type(r, c_actors, trigger, event_type)
    if event_type == "airstrike" and chemical_means(folded, clause, trigger):
        chemical, event_type = True, "other"  # شنت طائرات النظام هجوما كيماويا: a chemical attack
    defaulted = inferred and actor is None and event_type == ambiguous_default()  # nor a side that tells it
    is_generic = generic(folded, trigger, event_type)
    if struck_from_the_air(folded, trigger, event_type, actor, list_start(folded, c_actors, actor)) or (
            struck_by_an_air_coalition(folded, trigger, event_type, actor, r.within("triggers", clause))):
        event_type = "airstrike"  # هجوم إسرائيلي: still generic, so it merges with the strike told elsewhere
    return _Kind(actor, event_type, c_actors, chemical, inferred, defaulted, is_generic)


def _when_told(r: Findings, clause: Clause, trigger: Trigger, inside: list[Trigger], c_dates: list, named: list,
               previous: When | None, saying: list[int]) -> When:
    """The event's time told by its clause: its dates not of a place described nor of an attack its target is
    accused of, overnight, not a set's."""
    folded = r.folded
    accused = accused_at(folded, trigger.end, clause.end)  # اتهمه بشن هجوم على مدينة س الأربعاء: not its day
    c_dates = [(p, m) for p, m in c_dates if accused is None or p < accused]
    when = clause_date(r.text, clause, [(p, m) for p, m in c_dates if not of_a_place_described(
        folded, trigger, p, named, inside) and not since_of_a_place(folded, clause, trigger, (p, m), named, inside)],
        inside, trigger, r.ref_basis, previous, r.within("reports", clause))
    when = overnight(folded, clause, r.within("dates", clause), trigger, when, saying, r.ref_basis) or when  # ليلا
    return undated_as_a_set(folded, trigger, when)  # أشارت الوسائل الاثنين إلى هجمات جديدة: not their day


def _scene(r: Findings, index: int) -> Place | None:
    """The place sentence `index` opens with (وفي محافظة س، قتل ...: `opens_at_its_place`), if it opens with one."""
    start, end = r.spans[index]
    first = next(iter(r.within("places", Clause(start, end, False))), None)
    if first is None or first[1].chosen is None or first[1].is_actor:
        return None
    return first[1].chosen if opens_at_its_place(r.folded, start, first[0]) else None


class _Placed(NamedTuple):
    """Where a clause places its event (`_placed`)."""

    places: list  #: the place mentions that may locate it
    after_it: int | None  #: where what is told after it starts
    chain: list[PlaceMatch]  #: the places joined to its head
    place: PlaceMatch | None
    village: PlaceMatch | None  #: a settlement the gazetteer lacks, named by its head


def _placed(r: Findings, index: int, clause: Clause, trigger: Trigger, inside: list[Trigger], named: list,
            cut: int | None, c_dates: list) -> _Placed:
    """The event's place: the best of its own place mentions, the list it heads, or a settlement the gazetteer
    lacks, in an area it names or, when it names no place finer than a country, in the country its adjective
    names (منطقة سترة البحرينية)."""
    folded = r.folded
    c_places, after_it = _places_of_its_own(r, clause, trigger, inside, named, cut, c_dates)
    best = best_place(folded, c_places, trigger.start) or best_place(
        folded, before_the_next_attack(c_places, trigger.start, tuple(tr.start for tr in inside)), trigger.start)
    best = list_head(r.text.text, c_places, best)
    head = best or (c_places[0][1] if c_places else None)  # several countries locate none, but may be a list
    chain = joined(r.text.text, c_places, head) if head else []
    place = listed(r.text.text, c_places, best)
    sentence = Clause(*r.spans[index], False)
    village = unknown_settlement(r.text.text, r.within("places", sentence), place, r.text.orig(sentence.start))
    if village is None and (place is None or place.chosen.precision == "country"):
        village = unknown_in_a_country(r.text.text, r.text.orig(clause.start), r.text.orig(clause.end - 1) + 1)
    return _Placed(c_places, after_it, chain, village or place, village)


def _with_the_context(r: Findings, index: int, clause: Clause, trigger: Trigger, context: Context | None,
                      when: When, placed: _Placed) -> tuple[When, PlaceMatch | None]:
    """The event's time and place, taken from the clause without trigger of its sentence or the one before it
    that goes on, when its own do not tell them."""
    folded = r.folded
    place = placed.place
    carried = context if context and (
        context[0] == index or (context[0] == index - 1 and continuing(folded, clause))
    ) else None
    if carried and when.unwritten and not vaguely_past(folded, clause, trigger.start) and not spoken_of(
            folded, clause, trigger) and not _after_what_followed(r, index, trigger):
        when = carried[1]
    if carried and place is None and placed.after_it is None:
        place = carried[2]
    return when, place


def _after_what_followed(r: Findings, index: int, trigger: Trigger) -> bool:
    """A phrase of what followed the attack (`told_before`: بعد أيام على) stands before the trigger in its sentence
    with no date after it: a day carried from before it is of what followed, not the attack's."""
    start = r.spans[index][0]
    at = followed_at(r.folded, start, trigger.start)
    return at is not None and not r.within("dates", Clause(at, trigger.start, False))


def _ended_by_its_report(r: Findings, clause: Clause, trigger: Trigger, c_dates: list, saying: list[int],
                         when: When) -> When:
    """`when`, a span of days, cut at the day a report or a speaker written before the trigger gave it (ذكرت تقارير
    أمس أن: `event_when.ended_by_its_report`); a single day as it is."""
    if when.value is None or not when.end or when.end == when.value.isoformat():
        return when
    said_on = [m for p, m in report_dates(r.folded, clause, c_dates, trigger, saying) if p < trigger.start]
    return ended_by_its_report(when, [when_of(m, r.ref_basis) for m in said_on])


def _before_a_recalled_charge(r: Findings, trigger: Trigger, when: When, c_dates: list) -> bool:
    """The clause tells no date of its attack, but writes a recalled day before a noun of accusing or a resolution
    that stands before the attack (دمرت ترسانتها إثر اتفاق في العام 2013 بعد اتهامها بشن هجوم كيميائي): the attack
    came before that day, so it is recalled too, though its own date is not told (`before_a_charge`)."""
    return when.unwritten and any(before_a_charge(r.folded, p, m, trigger) and recalled(when_of(m, r.ref_basis), r.ref)
                                  for p, m in c_dates)


def _going_on_now(r: Findings, clause: Clause, trigger: Trigger, when: When, place: PlaceMatch | None,
                  event_type: str) -> bool:
    """An undated event at a place finer than a country told as going on at the time of writing."""
    return when.date is None and r.ref is not None and finer_than_country(place) and event_type in (
        trigger.event_type, AMBIGUOUS) and going_on_now(r.text, clause, trigger)


def _drafted(r: Findings, index: int, clause: Clause, trigger: Trigger, inside: list[Trigger], kind: _Kind,
             placed: _Placed, when: When, toll: Toll, c_dates: list, reports: list, cut: int | None) -> Draft:
    """The clause's draft: its event with what the merging and following stages read of how it is told."""
    folded = r.folded
    event_type, place, village, c_places = kind.event_type, placed.place, placed.village, placed.places
    tolled = toll.killed is not None
    unnamed = told_as_an_attack(folded, trigger, event_type)
    is_definite = definite(folded, trigger, r.within("places", clause)) and not opens_with_a_verb(folded, clause)
    strong = event_type in VIOLENT_TYPES and (not trigger.weak or (not is_definite and struck_by_verb(trigger, inside))
                                              or strike_noun_after(folded, trigger, inside, cut))
    done = event_type in VIOLENT_TYPES and told_as_done(folded, clause, trigger, is_definite)
    remention = (len(reports) == len(c_dates) and not toll.told and not r.within("verbs", clause) and is_definite
                 and not _done_as_told_by_a_relative(r, clause, trigger)  # الضربات التي وجهت أصابت: hit, not named
                 and not _hit_near_towns(r, clause, trigger))  # أصابت الغارات أهدافا قرب مدن: hit, not named
    actor = kind.actor
    if actor is not None:  # التحالف: read by the event's country, else its sentence, else its article
        actor = actors.read_nearest(actor, place.chosen.country if place and place.chosen else None,
                                    folded[slice(*r.spans[index])])
    begin = r.text.orig(clause.start)
    unknown = unknown_names(r.text.text[begin : r.text.orig(clause.end - 1) + 1])

    def names_an_unknown_place(after: int = 0) -> bool:  # قرية الزعفرونة: a name after a head the gazetteer lacks
        return any(begin + name.start >= after for name in unknown)

    def struck_at_an_unknown_place() -> bool:  # سيطرت القوات على بلدة س: a past verb, then the unknown name
        return trigger.verb and not trigger.present and names_an_unknown_place(r.text.orig(trigger.end - 1) + 1)

    kind_named = (event_type in VIOLENT_TYPES and not unnamed) or kind.chemical or (
        named_weapon(folded, trigger) == event_type)
    hedged = actors.hedged(folded, clause.start, clause.end)
    return Draft(event_type, trigger.start, r.spans[index], when, place, actor, hedged, toll,
                 only_its_side_hedged=hedged and actors.hedges_only_its_side(folded, clause.start, clause.end),
                 strong=strong, remention=remention, settlement=village is not None,
                 generic=kind.generic, separate=separate_incident(folded, *r.spans[index]) or (
                     not is_definite and not trigger.missiles and another_incident(folded, trigger)),
                 definite=is_definite,
                 recalled=recalled(when, r.ref) or _before_a_recalled_charge(r, trigger, when, c_dates),
                 articled=is_definite and with_article(folded, trigger),
                 plural=trigger.plural, dual=trigger.dual, verb=trigger.verb, unnamed=unnamed, kind_named=kind_named,
                 country_told=village is None and in_country(folded, c_places, place, clause.start),
                 defaulted=kind.defaulted, fired=trigger.missiles and actor is None and event_type == "shelling",
                 joined=clause.joins_another and not is_definite,
                 ties_back=when.unwritten and not is_definite and continuing(folded, clause),
                 after_anchor=told_after_anchor(r, c_dates, inside, trigger), inferred=kind.inferred,
                 sides=listed_sides(folded, kind.actors, actor),
                 done=done,
                 unknown_place=place is None and when.unwritten and strong and not is_definite and (
                     names_an_unknown_place() if toll.told else struck_at_an_unknown_place()),
                 opens_at_its_place=place is not None and opens_at_its_place(
                     folded, r.spans[index][0], r.text.fold(place.start)),
                 scene=_scene(r, index),
                 dated_at_unknown=place is None and when.date is not None and names_an_unknown_place(),
                 unknown_names=frozenset(name.key for name in unknown),
                 over_places=over_places(folded, clause, trigger),
                 at_one_site=event_type in VIOLENT_TYPES and not is_definite and at_one_site(
                     folded, clause, trigger, done),
                 announced=(announced_day(folded, clause, c_dates, inside, trigger, r.ref_basis, tolled) or (
                     _announced_with_the_clause_before(r, index, clause, inside, trigger, tolled))
                 ) if when.unwritten else None,
                 toll_only=trigger.event_type == "statement" and event_type == "other",
                 toll_rose=toll.killed is not None and told_as_risen(folded, clause),
                 both_kinds=event_type in ("airstrike", "shelling") and told_with_both_kinds(folded, clause, trigger),
                 regions_named=frozenset(m.chosen.place_id for _, m in c_places
                                         if m.chosen is not None and m.chosen.precision == "region"),
                 weapon_at_its_place=kind_named and event_type not in VIOLENT_TYPES and place is not None and (
                     written_as_place(folded, r.text.fold(place.start), place) and not several_told(folded, trigger)))


def _narrowed(r: Findings, clause: Clause, inside: list[Trigger]) -> _Singled:
    """The clause narrowed to its own attack: told beside another (`beside_told`), after an opening cause that
    lends it nothing, after a toll counted since a date (`total_since`), or singled out of a total
    (`_singled_out_of_a_total`)."""
    folded = r.folded
    clause, inside = beside_told(r, clause, inside)
    opened = after_an_opening_cause(folded, clause, inside, {
        *r.within("verbs", clause), *r.within("reports", clause), *(tr.start for tr in inside if tr.verb)},
        r.within("dates", clause))
    if opened is not None:  # وبعد مقتل شرطيين في مدينة س، شنت الحكومة غارات: the cause lends nothing
        clause, inside = Clause(opened, clause.end, clause.continues), [tr for tr in inside if tr.start >= opened]
    answered = answered_alone(folded, clause, inside, [p for p, _ in r.within("dates", clause)])
    if answered is not None:  # دمرت الدول مواقع في 14 نيسان ردا على هجوم دوما: the reply lends it nothing
        clause = Clause(answered, clause.end, clause.continues)
    resumed = total_since(folded, clause, r.within("dates", clause), inside, [p for p, _ in r.within(
        "places", clause)], r.ref)
    if resumed is not None:  # قتل 2500 صحفي منذ عام 1990، وتحذر منظمات: the total lends nothing
        clause, inside = Clause(resumed, clause.end, clause.continues), [tr for tr in inside if tr.start >= resumed]
    return _singled_out_of_a_total(r, clause, inside)


def _dates_of_its_own(r: Findings, clause: Clause, trigger: Trigger, inside: list[Trigger], c_dates: list,
                      toll: Toll, saying: list[int]) -> tuple[list, int | None]:
    """The clause's date mentions that may date its event, not those of a cause (X إثر Y في 7 نيسان) nor of what
    it brought about or a saying's; and where the cause word is (None: there is none)."""
    folded = r.folded
    cause = cause_at(folded, clause, trigger, inside, c_dates, r.within("verbs", clause))
    if cause is not None:  # X إثر Y في 7 نيسان: Y's date and toll are not X's
        c_dates = [(p, m) for p, m in c_dates if p < cause]
    caused = caused_from(folded, clause, trigger, inside, c_dates)
    if caused is not None and any(p >= caused for p, _ in c_dates):
        reported = report_dates(folded, clause, c_dates, trigger, saying)
        if any(p >= caused and (p, m) not in reported for p, m in c_dates):
            c_dates = [(p, m) for p, m in c_dates if p >= caused]  # Z الاثنين إثر Y مطلع الأسبوع: Y's own day
    if caused is not None and c_dates and _dated_before_the_cause(folded, clause, caused, c_dates) and (
            not trigger.verb and not toll.told and definite(folded, trigger)):
        c_dates = []  # أقالت الصحيفة الأربعاء محررا بعد تغريدة عن الهجوم: the dismissal's day, not the attack's
    said = said_dates(folded, clause, c_dates, trigger, saying)
    if said and len(said) == len(c_dates) and not trigger.verb and named_after_cause(
            folded, trigger.end, clause.end, inside):
        c_dates = []  # أعلنت القناة الثلاثاء أن ... بعد قصف المطار: the strike came before the saying
    return c_dates, cause


def _announced_with_the_clause_before(r: Findings, index: int, clause: Clause, inside: list[Trigger], trigger: Trigger,
                                      tolled: bool) -> When | None:
    """The day a clause opening with و and an announcing verb or a complementizer (`_goes_on_saying`: وإن المطار
    استهدف), with no date of its own (وأعلن جيش الفتح عن سيطرته على القرية), was announced on: that of its
    sentence's opening announcement, when its sentence writes one day-precise date before the clause (أعلنت
    المعارضة عن تقدمها في ريف حماة امس، وأعلن ...: one day's announcements told together), for a trigger that
    may take an announced day (`announceable`). Basis ``report``; None otherwise."""
    start = r.spans[index][0]
    opening, first = first_words(r.folded, clause.start, clause.end, 1), first_words(r.folded, start, clause.start, 1)
    if clause.start == start or not opening or not first or r.within("dates", clause) or not announceable(
            r.folded, clause, inside, trigger, tolled) or not (
            opening[0].startswith(CLITICS.list_conjunction) and (
                _announcing_verb(opening[0]) or _goes_on_saying(opening[0])) and _announcing_verb(first[0])):
        return None
    days = [m for _, m in r.by_offset["dates"].within(start, clause.start)]
    if len(days) != 1 or days[0].precision != "day" or days[0].kind == "event_relative":
        return None
    when = when_of(days[0], r.ref_basis)
    return replace(when, basis="inferred" if when.basis == "inferred" else "report")


def _goes_on_saying(word: str) -> bool:
    """`word`, without its conjunction, is a complementizer (وإن، وأن): what the sentence's announcement says goes on
    (قال التلفزيون الاثنين إن انفجارات سمعت قرب المطار، وإن المطار استهدف بصواريخ)."""
    return CLITICS.strip_conjunction(word) in cues().complementizers


def _announcing_verb(word: str) -> bool:
    """`word`, without a conjunction, is a statement verb whose day dates what it announces (أعلن، قال)."""
    return CLITICS.strip_conjunction(word) in cues().announcing


def _places_of_its_own(r: Findings, clause: Clause, trigger: Trigger, inside: list[Trigger], named: list,
                       cut: int | None, c_dates: list) -> tuple[list, int | None]:
    """The clause's place mentions that may locate its event (not a title, venue, departure, party, relief or
    origin, nor one of what is told after it or after a reply word), and where what is told after it starts."""
    folded = r.folded
    c_places = not_frames(folded, not_titles(folded, not_venues(folded, not_departures(
        folded, not_parties(folded, not_relieved(folded, not_origins(
            folded, [(p, m) for p, m in named if cut is None or p < cut], clause.start), clause.start)),
        clause.start, tuple(tr.start for tr in inside)),
        clause.start, trigger.start)), trigger.start)
    c_places = not_destinations(folded, not_extents(folded, c_places, clause.start), clause.start)
    c_places = not_journeys(folded, c_places, clause.start, tuple(tr.start for tr in inside))
    saying = r.within("reports", clause) + [tr.start for tr in inside if tr.event_type == "statement"]
    c_places = not_speakers(folded, c_places, trigger.start, saying)
    c_places = not_planned(folded, c_places, trigger.end, tuple(tr.start for tr in inside))
    c_places = not_aimed(folded, c_places, trigger.end, clause.end)
    after_it = told_after_it_at(folded, clause, trigger.start)
    if after_it is not None:  # وجه القائد رسالة إلى الحكومة في بغداد بعد أيام من قصف: Baghdad is the message's
        c_places = [(p, m) for p, m in c_places if p > after_it]
    reply = reply_at(folded, clause, trigger, c_dates)
    if reply is not None and any(p < reply for p, _ in c_places):  # X في سوريا ردا على ... في الجولان: X in Syria
        c_places = [(p, m) for p, m in c_places if p < reply]
    return c_places, after_it


def _set_off_before(folded: str, p: int, waged: int | None) -> bool:
    """The date at `p` stands before the present wage at `waged`, a comma between (أعرب أردوغان الأربعاء عن أمله في
    حصار عفرين، حيث تشن تركيا عملية عسكرية): the day of the saying or the scene, not of what the side does now; a
    chronology's day right before its item (3 مايو: إسرائيل تشن غارتين) stays the item's."""
    return waged is not None and p < waged and any(c in folded[p:waged] for c in COMMAS)


def _no_attack_of_its_own_day(r: Findings, index: int, clause: Clause, trigger: Trigger, inside: list[Trigger],
                              c_dates: list, reports: list, toll: Toll, when: When, chain: list, event_type: str,
                              now: bool) -> bool:
    """The clause tells no attack of its own day: a campaign, a series or a total, a plan, attacks over years,
    what goes on since a day, or what a side does (told in the present)."""
    folded = r.folded
    harmed = casualties_named(folded[clause.start : clause.end])  # جددت القصف ما أسفر عن إصابة مدنيين: one attack
    waged = None if harmed else waged_now_at(folded, clause, trigger)
    listed = listed_dates(folded, c_dates, when)
    days_told = when.precision == "day" or bool(listed)  # 3 و5 أيار: each its own
    if not now and campaign(folded, clause, trigger, harmed, _uncounted(folded, clause, toll, inside)) and (not (
        days_told and own_day(folded, clause, [
            d for d in c_dates if d not in reports and not _set_off_before(folded, d[0], waged)], trigger, toll.told)
    ) or (toll.told and lasting(folded, clause, trigger)) or a_later_day(folded, clause, trigger)):
        return True  # a campaign is an event only on its own day (أطلقت القوات عملية عسكرية يوم 10 آب)
    if listed_over_places(chain) or spread_over_a_country(folded, clause, trigger, chain) or a_series_followed(
            folded, clause, trigger) or a_series(folded, clause, trigger, event_type, toll.told):
        return True  # غارات على محافظات حماة وحلب وحمص والرقة، بعد سلسلة من الغارات: a total, a series in passing
    if counted_as_total(folded, clause, inside, when) or counted_over_places(folded, clause, trigger) or (
            plural_of_late(folded, clause, inside) and not (days_told and own_day(
                folded, clause, c_dates, trigger, toll.told))):  # غارات يوم الأحد، الأعنف في الأيام الأخيرة: one day's
        return True
    if toll.told and counted_span(folded, clause, total_raised(folded, clause, inside)) and not (
            days_told and own_day(folded, clause, [d for d in c_dates if d not in reports], trigger, toll.told)):
        return True  # قتل مئات الأشخاص خلال 12 يوما من القصف: the toll sums up those days
    if after_publication(when, r.ref, r.ref_basis):
        return True  # a plan, a deadline or a threat: what is told is still to come
    if spans_years(when) or (trigger.plural and spans_months(when) and not (
            listed and counted(folded, clause, inside) in (None, len(listed)))):
        return True  # ثلاث هجمات عامي 2014 و2015، شن غارات في مايو ويونيو 2017: attacks over years or months, not
        # a day each (غارات في 16 تشرين الثاني و28 كانون الأول)
    named = r.within("places", clause)
    if undated_but_since(folded, clause, c_dates, trigger, when) and ongoing_since(folded, clause, [
            d for d in since_dates(folded, clause, c_dates)
            if not since_of_a_place(folded, clause, trigger, d, named, inside) and not before_a_charge(
                folded, *d, trigger)],
            trigger, toll.told, r.ref, tuple(inside)):
        return True  # تشن منذ 20 كانون الثاني هجوما: what goes on since a day, not one attack
    if when.date is None and told_in_the_present(r.text, clause, inside, trigger) and not headline(
            folded, *r.spans[index]):
        return True  # وتقصف المقاتلات المعارضة منذ تدخل موسكو: what a side does, not one attack
    if when.date is None and not toll.told and told_as_a_past_habit(r.text, clause, inside, trigger, frozenset(
            [a.start for a in r.within("actors", clause)] + [p for p, _ in named]), r.within("reports", clause)):
        return True  # وكانت تستخدمه القوات في استهداف المواقع: what a side used to do, not one attack
    return False


def _counted_apart(r: Findings, clause: Clause, trigger: Trigger, inside: list[Trigger], draft: Draft,
                   c_places: list, c_dates: list, chain: list, village, toll: Toll,
                   total: int | None = None) -> list[Draft]:
    """The clause's draft, or one per place it counts its attacks over (ثلاث هجمات في الكويت وتونس وفرنسا) or
    per day of a dual on two days, each with the dead counted at its place (`_tolls_by_place`); none for a count
    that is a total. `total`: the count of the sentence before, for strikes it tells in detail without one."""
    folded = r.folded
    two_days = tolls_of_two_days(folded, clause, c_dates)
    if two_days is not None and toll.killed is not None and draft.when.value in (two_days[0][1].value,
                                                                                  two_days[1][1].value):
        # قتل 24 الخميس وأربعة آخرون الجمعة: one attack a day
        return on_their_days(draft, *two_days, r.ref_basis, c_places)
    number = counted(folded, clause, inside) or total
    if number is not None and number > len(chain) >= 2 and chain[0].chosen.precision == "country":
        return []  # more attacks than the countries they are counted over (22 غارة في سوريا والعراق): a total
    first_listed = next((pm for p, pm in c_places if p > trigger.start), None) if number else None
    towns = joined(r.text.text, c_places, first_listed, SETTLEMENTS) if first_listed else []
    near = towns_struck_near(r, c_places, trigger, number) or towns_named_among(r, clause, c_places, trigger)
    if near:  # 11 غارة قرب الحبانية وحديثة والموصل وسنجار: a day's report, one attack near each town
        chain, village = near, None  # قرب 8 مدن منها الموصل: the counted plural is no settlement's head
    elif number is not None and number > len(towns) >= LISTED_TOWNS and spread_km(
            [pm.chosen for pm in towns]) > WAVE_KM:
        return []  # 11 غارة على الحبانية وحديثة والموصل وسنجار: a day's count over far-apart towns, a total
    if village is None and number == 2 and len(chain) == 1:
        chain = two_places_of_two(r, c_places, trigger) or two_settlements_of_two(towns) or chain
    days = listed_dates(folded, c_dates, draft.when) if len(chain) < 2 else []
    if days and (number == len(days) or (number is None and strikes_in_the_plural(trigger, inside))):
        return one_on_each_day(draft, days)  # غارتان في 3 و5 أيار: one on each day
    wave = village is None and len(chain) < 2 and number in (None, 2) and not toll.told  # counted: by its count
    far = (far_places_of_a_wave(r, c_places, trigger, draft.place) or parts_of_two_countries(
        r, c_places, trigger, inside)) if wave else []
    chain = far or chain  # قصف مناطق في مدينة حلب، ومناطق في مدينة حماة: one attack in each
    areas = named_areas_of_a_wave(r, c_places, trigger, inside) if village is None and number in (None, 2) and not (
        far) else []
    chain = areas or chain  # غارات على مناطق متينا وزاب وهاكورك: one attack in each area
    again = counted_again(r, c_places, trigger) if village is None and len(chain) < 2 else []
    if village is None and len(chain) < 2 and not again and (
            listed := dead_listed_at(r, clause, c_places, trigger, toll.killed)) is not None:
        again = counted_again(r, c_places, trigger, listed)  # قتل 7 في مدينة س و3 في مدينة ص جراء غارات
    chain = again or chain  # 9 غارات على بلدة س، و12 على بلدة ص; قتل 5 في س و3 في ص: one attack in each
    dated = places_on_their_days(r, clause, c_places, c_dates, trigger) if village is None and len(chain) < 2 else []
    chain = dated or chain  # قصفت الطائرات بلدة س الأربعاء وبلدة ص الخميس: one attack in each, on its day
    if village is None and len(chain) >= 2 and ((number or 0) >= len(chain) or a_wave_over_far_places(
            trigger, inside, chain) or bool(far or areas or again or near or dated)):
        tolls = _tolls_by_place(r, clause, trigger, chain, toll) if again else [Toll()] * len(chain)
        days = days_of_listed_places(r, clause, c_places, c_dates, chain)  # س الأربعاء وص الخميس: each its own
        whens = [when_of(m, r.ref_basis) for m in days] if days else [draft.when] * len(chain)
        return [revised(draft, trigger=trigger.start if n == 0 else r.text.fold(pm.start), place=pm, toll=tolls[n],
                        when=whens[n], joined=draft.joined or (n > 0 and bool(again or areas or near or days)))
                for n, pm in enumerate(chain)]  # counted apart: never one again
    return [draft]


def _tolls_by_place(r: Findings, clause: Clause, trigger: Trigger, chain: list, toll: Toll) -> list[Toll]:
    """The tolls of attacks whose dead are counted by place (قتل خمسة في غارات على مدينة س، وثلاثة في مدينة ص; قتل
    خمسة في مدينة س وثلاثة في مدينة ص جراء غارات): the first place's the clause's dead told before the trigger, each
    other's the count told again before it; none
    where the count is of the attacks (9 غارات على س، و12 على ص) or the dead are told otherwise."""
    folded = r.folded
    if toll.killed is None or counted_before(folded, trigger.start) or (
            find_toll(folded[clause.start : trigger.start]).killed != toll.killed):
        return [Toll()] * len(chain)
    return [toll, *(Toll(killed=count) if count else Toll() for count in dead_counted_again(r, chain))]


def _uncounted(folded: str, clause: Clause, toll: Toll, inside: list[Trigger]) -> bool:
    """The clause counts neither its dead by a number (none, or only a vague quantity: خلف عشرات القتلى) nor its
    strikes (بأكثر من 80 غارة: one day's counted wave)."""
    if toll.told and not (toll.bounded and told_vaguely(folded[clause.start : clause.end])):
        return False
    return not any(counted_before(folded, tr.start) for tr in inside)
