"""Articles to events: the clause of each trigger gives type, actor, toll, date and place.

`extract_article` reads one cleaned `Article` and returns its events. It is
pure and deterministic. A failure raises `ExtractionError` naming the article
(``errors="raise"``), or is logged with the article's id and gives no events
(``errors="report"``), so that one bad article need not stop a corpus.

The stages, each with its rules in its own module (their words are data under
``data/``):

- `findings`: what the stages below find in one article, looked up by offset;
- `segment`: the folded text, sentences and clauses, and the lead sentence;
- `choosing`: the trigger (and type) of each clause that tells an event, with
  `asserting` (is a happening told?), `weapons`, `totals` (counts, totals,
  campaigns) and `replies` (the attack a clause answers);
- `dating`: the date mentions of the article and the one that dates each event;
- `placing`: the places of the article and the one that locates each event;
- `attributing`: the actor and the toll of each event;
- `merging`: the drafts of one happening merged into one event, and which events
  are told well enough to report;
- `retelling`: what the drafts take from other sentences of the same report.

A clause with a trigger but no date expression or place takes those of a clause
without any trigger in the same sentence (never a baseline), or in the sentence
just before when it ties itself to it (وفي 7 فبراير توجه ... ; تعرضت لضربة). A
follow-up of the lead's report (وأضاف، كما قال، أما ... فقد نقلت) without a date of
its own takes the lead's when it names no place or one the lead's sentence names, and a clause
opened by a word of simultaneity (فيما، بينما، كما) takes the date of the dated event before it in
its sentence, rather than the lead's, and a sentence opened by كما that of the last dated attack of the
sentence before, unless it goes on with a report (كما قال) or names by a definite noun an attack of
another type, and an attack told with "also" near its trigger (شن التحالف أيضا 13 غارة) that of the last
dated attack at most two sentences before (basis ``lead`` in all).
Attacks going on since a date written before them (ومنذ 18 فبراير تشن القوات
هجمات) without a toll are no attack, and a relative clause's verb
(`segment.described`) is no trigger in a clause without a toll or a day.
An event still without a place, or an attack of a known day placed only at its country, takes that of a
clause without trigger after it in its sentence (a place inside that country), which tells the scene
(انفجر لغم بينما كانت قافلة تمر في مدينة X); an attack without a
date takes the date such a clause sets off (قرب البلدة، الشهر الماضي; `dating.trailing_date`), or the day a
sentence telling no attack of its own says the attack just told happened on (المواجهات التي وقعت أمس، ووقع
الهجوم مساء السبت، وكان ذلك يوم الأحد). The lead's attack
told without a date takes the day of its retelling at the same town within two sentences; the attacks told one by
one after a sentence dating a counted series of them (ثلاثة حوادث أمنية في بغداد أمس) take its day; a follow-up
of the lead's report may also be at a town of the governorate of a place the lead names, or in a country
the lead's sentence names when no other date is written between them. A count of
attacks over a list of places gives one event per place when it counts as many (ثلاث هجمات
في الكويت وتونس وفرنسا), and none when it counts more than the countries it lists (22 غارة في
سوريا والعراق: a total). An attack joined by و to the one its clause told before, at a place of its
own (غارات على بلدة أ وقصف على بلدة ب), is a clause of its own, told at the first one's time.
An earlier attack that a clause's event answers or follows is an event of
its own when the text gives its day (ردا على هجوم وقع الخميس؛ غداة اشتباكات: the day before), and
never lends its place or toll to the event that follows it, nor, after a reply word (ردا على), a place
when the event has one before it; so is one that a clause opening with
"comes" places the event just told after (ويأتي ذلك بعد يومين على هجوم ...), dated back from that
event's day. An attack told after a cause word that no trigger of its clause comes before (أغلقت المدارس
الاثنين إثر غارات ... يوم السبت) takes a date written on its side of that word, not a report's, when
there is one: the day before it is that of what the attack brought about.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from itertools import pairwise

from gazetteer import Place, PlaceMatch
from gazetteer.clitics import CLITICS
from gazetteer.cues import cues as place_cues
from gazetteer.normalize import normalize
from timeline.errors import POLICIES, ErrorPolicy, ExtractionError, OptionError
from timeline.extract import actors
from timeline.extract.actors import ActorHit
from timeline.extract.attributing import anaphoric_toll, pick_actor
from timeline.extract.choosing import choose_trigger, struck_by_verb, struck_from_the_air
from timeline.extract.clauses import Clause, clauses
from timeline.extract.cues import cues, one_of
from timeline.extract.dating import (
    When,
    after_publication,
    anchored,
    baseline,
    clause_date,
    listed_days,
    nearest,
    ongoing_since,
    own_day,
    recalled,
    report_dates,
    said_dates,
    trailing_date,
    vaguely_past,
    when_of,
)
from timeline.extract.findings import Findings, findings_of
from timeline.extract.merging import Draft, events_told
from timeline.extract.places import AREAS, same_place, spread_km
from timeline.extract.placing import (
    SETTLEMENTS,
    best_place,
    in_country,
    joined,
    listed,
    not_departures,
    not_venues,
    unknown_settlement,
)
from timeline.extract.replies import cause_at, caused_from, named_after_cause, reply_at
from timeline.extract.retelling import (
    acted_in_chronology,
    dated_by_occurrence,
    dated_by_retelling,
    dated_by_series,
    from_lead,
    placed_in_sentence,
)
from timeline.extract.segment import (
    FoldedText,
    another_incident,
    comes_after,
    continuing,
    definite,
    described,
    follows_up,
    generic,
    same_time,
    separate_incident,
    told_also,
    told_as_an_attack,
)
from timeline.extract.sentences import headline
from timeline.extract.toll import Toll, count_before, find_toll
from timeline.extract.totals import campaign, counted, lasting, plural_of_late
from timeline.extract.triggers import AMBIGUOUS, Trigger, ambiguous_default
from timeline.extract.weapons import loaded_with_chemicals, named_weapon
from timeline.models import DateFinder, Event
from timeline.vocabulary import VIOLENT_TYPES

log = logging.getLogger(__name__)
#: A count of attacks over at least this many listed places, more attacks than places, spread over more
#: than `WAVE_KM`, is a day's total over a region, not one wave (one wave is on neighbouring places).
LISTED_TOWNS = 3
WAVE_KM = 25.0
#: Air strikes counted in the hundreds are a period's total unless the clause gives them one day (أكثر من 600
#: ضربة جوية); in the thousands, always (ما يقرب من 6 آلاف ضربة جوية منذ ذلك الوقت).
TOTAL_STRIKES, TOTAL_STRIKES_ANY_DAY = 100, 1000
#: Attacks over at least this many counted cities or provinces are a total (في سبع مدن مختلفة).
COUNTED_PLACES = 4
#: A verb in the present tense tells the past when a past form of كان stands at most this many words
#: before it (كانت المعارضة السورية تشن: the verb, its subject of two words between).
PAST_PROGRESSIVE_WORDS = 3
#: The date and place of a clause without trigger, and the index of its sentence.
_Context = tuple[int, When, PlaceMatch | None]


def extract_article(article, find_dates: DateFinder, errors: ErrorPolicy = "raise") -> list[Event]:
    """The events of one article, its dates read by `find_dates`.

    A failure raises `ExtractionError` (its cause chained) when `errors` is ``"raise"``; when it is
    ``"report"``, it is logged with the article's id and the article gives no events.
    """
    if errors not in POLICIES:
        raise OptionError(f"errors must be one of {', '.join(POLICIES)}, not {errors!r}")
    try:
        return _extract(article, find_dates)
    except Exception as exc:
        article_id = getattr(article, "article_id", "?")
        if errors == "raise":
            raise ExtractionError(article_id, exc) from exc
        log.warning("event extraction failed for article %s", article_id, exc_info=True)
        return []


def _extract(article, find_dates: DateFinder) -> list[Event]:
    if not article.text.strip():
        return []
    reading = findings_of(article, find_dates)
    drafts = dated_by_occurrence(reading, dated_by_series(reading, dated_by_retelling(reading, _drafts(reading))))
    told, unresolved = events_told(drafts)
    told = acted_in_chronology(reading, placed_in_sentence(told, drafts))
    if unresolved:
        log.info("article %s: %d event(s) kept undated: their relative date needs a publication date",
                 article.article_id, unresolved)
    return [_event(article, reading.text, d) for d in told]


def _drafts(r: Findings) -> list[Draft]:
    """One draft per clause that tells an event, in text order."""
    drafts: list[Draft] = []
    context: _Context | None = None
    previous: When | None = None  # the date of the last dated draft
    lead: Draft | None = None  # the lead sentence's first dated violent event
    in_sentence: Draft | None = None  # the sentence's last dated attack
    last_attack: tuple[int, Draft] | None = None  # the last dated attack and the index of its sentence
    for index, (s_start, s_end) in enumerate(r.spans):
        told, told_in = False, None
        previous_actor: ActorHit | None = None
        follow_up = lead is not None and follows_up(r.folded, s_start, s_end)
        # a sentence opening with كما goes on at the time of the last dated attack before it; one going on
        # with a report (كما قال الجيش إن) tells what was said, at a time of its own
        carried = in_sentence if in_sentence and same_time(r.folded, Clause(s_start, s_end, False), across=True) and (
            not follows_up(r.folded, s_start, s_end)) else None
        in_sentence = None
        for clause in _second_attacks_apart(r, clauses(r.folded, s_start, s_end)):
            inside = r.within("triggers", clause)
            if not inside:
                context = _context(r, index, clause) or context
                if told and _placed_at_most_by_country(drafts[-1]):
                    place = best_place(r.folded, r.within("places", clause), clause.start)
                    if drafts[-1].place is None or _inside_country(place, drafts[-1].place):
                        drafts[-1] = replace(drafts[-1], place=place)
                if told and _an_attack(drafts[-1]) and drafts[-1].when.unwritten and not vaguely_past(
                        r.folded, told_in, drafts[-1].trigger):
                    drafts[-1] = _dated_after(r, clause, drafts[-1])
                continue
            told_here = _draft(r, index, clause, inside, previous_actor, context, previous)
            answered = _answered(r, index, clause, inside, told_here[0] if told_here else None)
            came_after = None if answered else _came_after(r, index, clause, inside, drafts)
            if came_after and told_here and came_after.trigger == told_here[0].trigger:
                told_here = [came_after, *told_here[1:]]  # ويأتي ذلك غداة هجوم: the clause tells only that attack
            else:
                answered = answered or came_after
            if not told_here:
                drafts += [answered] if answered else []
                continue
            draft = _in_the_same_area(r, told_here[0], drafts)
            vague = draft.when.unwritten and vaguely_past(r.folded, clause, draft.trigger)
            dated = in_sentence or (carried if clause.start == s_start and not _told_before_as_another(
                draft, carried) else None)
            if dated and draft.when.unwritten and not vague and (clause.shares_time or same_time(r.folded, clause)):
                draft = replace(draft, when=from_lead(dated.when))
            also = last_attack[1] if last_attack and index - last_attack[0] <= ALSO_SENTENCES else None
            if also and draft.event_type in VIOLENT_TYPES and draft.when.unwritten and not vague and told_also(
                    r.folded, clause, draft.trigger) and not _told_before_as_another(draft, also):
                draft = replace(draft, when=from_lead(also.when))  # شن التحالف أيضا 13 غارة: the time just told
            if (follow_up or _retold_at_the_lead(lead, draft)) and draft.when.unwritten and not vague and _same_spot(
                    r, lead, draft, follow_up):
                draft = replace(draft, when=from_lead(lead.when))
            if lead is None and index == r.lead and draft.when.date is not None and draft.event_type in VIOLENT_TYPES:
                lead = draft
            drafts += [draft, *told_here[1:]] + ([answered] if answered else [])
            previous = draft.when if draft.when.value is not None else previous
            if draft.when.value is not None and draft.event_type in VIOLENT_TYPES:
                in_sentence = draft  # a statement's day is not the time of what is told beside it
                last_attack = index, draft
            previous_actor = draft.actor
            told, told_in = True, clause
        if not told and drafts:
            last = drafts[-1]
            drafts[-1] = replace(last, toll=anaphoric_toll(last.toll, r.folded[s_start:s_end]))
    return drafts


#: An attack told with "also" (`segment.told_also`) takes the time of the last dated attack told at most this
#: many sentences before it.
ALSO_SENTENCES = 2

#: The types of a trigger that tells an attack by itself: the violent ones, and قصف before its mode is known.
_ATTACK_TYPES = frozenset({*VIOLENT_TYPES, AMBIGUOUS})


def _second_attacks_apart(r: Findings, told: list[Clause]) -> list[Clause]:
    """The clauses, each cut before an attack joined by و to the one it tells before (غارات على بلدة أ وقصف
    على بلدة ب; شنت الطائرات غارات على أ وقصفت المدفعية ب): the second, told at a place of its own, is
    another attack, at the first's time."""
    out = []
    for clause in told:
        cut = _second_attack_at(r, clause)
        while cut is not None:
            out.append(replace(clause, end=cut))
            clause = Clause(cut, clause.end, False, joins_another=True, shares_time=True)
            cut = _second_attack_at(r, clause)
        out.append(clause)
    return out


def _second_attack_at(r: Findings, clause: Clause) -> int | None:
    """Where a second attack of the clause begins: an indefinite noun or a past verb of attack glued to و
    right after an attack told by an indefinite trigger (not الهجوم، a re-mention) at one place (not one of
    an attack it answers or follows: ردا على، إثر), followed by another place that is not that one (nor an
    area holding it); countries and regions are no such places (غارات في سوريا والعراق may be a total)."""
    folded = r.folded
    inside = [tr for tr in r.within("triggers", clause) if not tr.weak and tr.event_type in _ATTACK_TYPES]
    if len(inside) < 2:
        return None
    places = [(p, pm) for p, pm in r.within("places", clause) if pm.chosen.precision not in ("country", "region")]
    for first, second in pairwise(inside):
        word = actors.word_start(folded, second.start, clause.start)
        if folded[word : second.start] != CLITICS.list_conjunction or second.present or definite(folded, second) or (
                definite(folded, first)) or cues().causes.search(folded, first.end, word):
            continue  # غارات على أ ردا على هجوم في ب، وقصف على ج: the places between are the cause's
        before = [pm for p, pm in places if first.end <= p < word]
        after = [pm for p, pm in places if p >= second.end]
        if before and after and _two_places(before[-1].chosen, after[0].chosen):
            return word
    return None


def _two_places(a: Place, b: Place) -> bool:
    """Two places no one attack is told at twice: two settlements or spots of different names, or places of
    two governorates (not a town and the area holding it)."""
    if a.admin1 and b.admin1 and (a.country, a.admin1) != (b.country, b.admin1):
        return True
    return a.name != b.name and not {a.precision, b.precision} & AREAS

#: Date precisions of an attack told at a known time: a day, or a night of two.
DAYS = frozenset({"day", "range"})


def _in_the_same_area(r: Findings, draft: Draft, drafts: list[Draft]) -> Draft:
    """`draft`, placed no finer than its country in a sentence that says it happened where the attack
    before it did (وفي المنطقة نفسها، في المكان ذاته) and names no place before saying so, placed at the
    last attack told before it with a place finer than a country, or nowhere: the same area is not the
    country (but قرى بشمال شرق سوريا ... في نفس المنطقة is the area just named)."""
    if draft.place is not None and draft.place.chosen.precision != "country":
        return draft
    sentence = Clause(*draft.sentence, False)
    hits = r.within("same_area", sentence)
    if not hits or any(p < hits[0] for p, _ in r.within("places", sentence)):
        return draft
    before = next((d.place for d in reversed(drafts) if d.event_type in VIOLENT_TYPES and d.place is not None
                   and d.place.chosen.precision != "country"), None)
    return replace(draft, place=before)


def _placed_at_most_by_country(d: Draft) -> bool:
    """Without a place, or an attack of a known day (or night) placed only at its country."""
    return d.place is None or (
        d.place.chosen.precision == "country" and d.event_type in VIOLENT_TYPES and d.when.precision in DAYS)


def _inside_country(place: PlaceMatch | None, country: PlaceMatch) -> bool:
    """`place` is finer than `country` and lies in it."""
    return place is not None and place.chosen.precision != "country" and (
        place.chosen.country == country.chosen.country)


def _counted_total(folded: str, clause: Clause, inside: list[Trigger], when: When) -> bool:
    """Air strikes of the clause are counted in the hundreds without a day, or in the thousands: a period's
    total (shells fall in the hundreds on one day)."""
    counts = [count_before(folded, actors.word_start(folded, tr.start, clause.start)) or 0
              for tr in inside if tr.event_type == "airstrike"]
    count = max(counts, default=0)
    return count >= TOTAL_STRIKES_ANY_DAY or (count >= TOTAL_STRIKES and when.precision != "day")


def _counted_places(folded: str, clause: Clause) -> bool:
    """The clause counts the cities or provinces its attacks hit, after a preposition (بالقرب من 8 مدن
    عراقية): a total."""
    told = folded[clause.start : clause.end]
    return any((count_before(told, h.start) or 0) >= COUNTED_PLACES
               and any(w in cues().counted_places_after for w in told[: h.start].split()[-4:-1])
               for h in cues().counted_places.find(told))


def _answered(r: Findings, index: int, clause: Clause, inside: list[Trigger], main: Draft | None) -> Draft | None:
    """The earlier attack a clause's event answers or follows, told after a cause word with a day of
    its own (شنت الطائرات غارات الجمعة ردا على هجوم وقع الخميس على حاجز: the Thursday attack), as a
    draft of its own: it lends the clause's event nothing and is not lost. After a reply word (ردا على)
    the clause's own event may be a re-mention (وجاءت هذه الغارات ردا على ...); after another (إثر، بعد)
    it must be dated. Either way the cause comes first: a day not before the clause's event's is a
    detail of it or a report's day, and a cause told with since (منذ) starts a period, not one attack."""
    folded = r.folded
    for m in cues().causes.finditer(folded, clause.start, clause.end):
        if not any(tr.start < m.start() for tr in inside):
            continue  # the clause opens with the cause (بعد هجوم ...): nothing answers it here
        after = [tr for tr in inside if tr.start >= m.end() and tr.event_type in VIOLENT_TYPES]
        if not after:
            continue
        reply = CLITICS.strip_conjunction(m.group(0)) in cues().replies or m.group(0) in cues().replies
        dated = main is not None and main.when.value is not None
        if not (reply or dated) or any(one_of(w, cues().since) for w in folded[m.end() : clause.end].split()):
            return None
        tail = _draft(r, index, Clause(m.end(), clause.end, False), after, None, None, None)
        if not tail or tail[0].when.precision != "day" or tail[0].when.text is None:
            return None  # an attack answered without a day of its own: told elsewhere, or background
        if dated and not tail[0].when.value < main.when.value:
            return None
        return replace(tail[0], answered=True)
    return _preceding(r, index, clause, inside, main)


def _preceding(r: Findings, index: int, clause: Clause, inside: list[Trigger], main: Draft | None) -> Draft | None:
    """The attack that a clause's dated event came some days after, told after the word that counts
    from it (قصفت الطائرات اليوم مواقع التنظيم غداة اشتباكات على الحدود: the clashes of the day
    before), as a draft of its own dated from the clause's day (basis ``event_relative``)."""
    if main is None:
        return None
    return _counted_back(r, index, clause, inside, main.when, main.trigger)


def _came_after(r: Findings, index: int, clause: Clause, inside: list[Trigger], told: list[Draft]) -> Draft | None:
    """The attack that the event just told came some days after, in a clause that opens by saying so
    (ويأتي ذلك بعد يومين على هجوم انتحاري في البلدة; `segment.comes_after`), dated back from the day
    of the last draft before the clause (none when that one has no day)."""
    if not told or not comes_after(r.folded, clause):
        return None
    return _counted_back(r, index, clause, inside, told[-1].when, clause.start)


def _counted_back(r: Findings, index: int, clause: Clause, inside: list[Trigger], when: When,
                  after: int) -> Draft | None:
    """The attack told after an anchored word that counts days back from `when` (غداة، بعد يومين على)
    written after folded offset `after`, without a date of its own, dated that many days before
    `when`'s day (basis ``event_relative``)."""
    if when.precision != "day" or when.value is None:
        return None
    for p, m in r.within("dates", clause):
        if not (p > after and anchored(r.text, m) and (m.relative_days or 0) > 0):
            continue
        end = r.text.fold(m.end)
        after = [tr for tr in inside if tr.start >= end and tr.event_type in VIOLENT_TYPES]
        tail = _draft(r, index, Clause(end, clause.end, False), after, None, None, None) if after else []
        if not tail or not tail[0].when.unwritten:
            return None
        day = when.value - dt.timedelta(days=m.relative_days)
        when = When(day.isoformat(), "day", m.text, "event_relative", day.isoformat(), day)
        return replace(tail[0], when=when, answered=True)
    return None


def _an_attack(d: Draft) -> bool:
    """The draft tells an attack: a violent type, or one whose kind is named as another (هجوم كيماوي،
    قذائف تحتوي على غازات سامة)."""
    return d.event_type in VIOLENT_TYPES or d.kind_named


def _dated_after(r: Findings, clause: Clause, draft: Draft) -> Draft:
    """`draft` dated by the clause without trigger after it in its sentence (`dating.trailing_date`),
    unless that date is still to come."""
    when = trailing_date(r.folded, clause, r.within("dates", clause), draft.trigger, r.within("reports", clause),
                         r.ref_basis)
    if when is None or after_publication(when, r.ref, r.ref_basis):
        return draft
    return replace(draft, when=when, recalled=recalled(when, r.ref))


def _told_before_as_another(draft: Draft, dated: Draft | None) -> bool:
    """`draft`'s trigger is definite and of another type than the `dated` attack of the sentence before,
    whose time it would take (كما سيشرف المركز على التحقيق في الانفجار ... after a sentence on
    airstrikes): an attack told before, at a time of its own."""
    return dated is not None and draft.definite and draft.event_type != dated.event_type


def _retold_at_the_lead(lead: Draft | None, draft: Draft) -> bool:
    """A definite trigger placed where the lead's event is (ووقعت التفجيرات ... في مدينة X): the lead's
    attack told again, a follow-up without a reporting verb."""
    return lead is not None and draft.definite and draft.place is not None and draft.event_type in VIOLENT_TYPES


def _same_spot(r: Findings, lead: Draft, draft: Draft, report: bool) -> bool:
    """The follow-up names no place, or the lead's, or another the lead's sentence names (23 غارة قرب
    تلعفر والرمادي ... كما قال الجيش إن خمس غارات شنت قرب الرمادي; a place of its own tells another
    attack); a follow-up of the lead's `report` (وأضاف المرصد أن ...) also a town in the governorate of one
    of those, or, when no other date is written between them, in a country the lead's sentence names (41
    ضربة في سوريا والعراق أمس ... وتابع أن سبع ضربات نفذت قرب الحسكة): the report goes on with the details
    of its area."""
    if draft.place is None:
        return True
    named = [pm.chosen for _, pm in r.by_offset["places"].within(*lead.sentence)]
    if lead.place is not None:
        named.append(lead.place.chosen)
    inner = draft.place.chosen
    in_country = report and not any(m.value != lead.when.value for _, m in r.by_offset["dates"].within(
        lead.sentence[1], draft.sentence[0]))
    return any(same_place(place, inner) or (report and _in_governorate(place, inner)) or (
        in_country and place.precision == "country" and inner.country == place.country) for place in named)


def _in_governorate(place: Place, inner: Place) -> bool:
    """`inner` lies in the governorate of `place`."""
    return inner.admin1 is not None and (place.country, place.admin1) == (inner.country, inner.admin1)


def _context(r: Findings, index: int, clause: Clause) -> _Context | None:
    """The date (and place) of a clause without trigger, for the clauses after it to carry; never a
    baseline (الحصيلة الأكبر منذ اندلاع الحرب عام 2011: the start of a comparison)."""
    mention = nearest([(p, m) for p, m in r.within("dates", clause)
                       if m.kind != "event_relative" and not baseline(r.folded, clause, p, m, True)], clause.end)
    if mention is None:
        return None
    return index, when_of(mention, r.ref_basis), best_place(r.folded, r.within("places", clause), clause.end)


def _draft(
    r: Findings, index: int, clause: Clause, inside: list[Trigger], previous_actor: ActorHit | None,
    context: _Context | None, previous: When | None,
) -> list[Draft]:
    """The draft events of a clause with triggers: none when it tells no event, one, or one per place
    of a list after a counted plural (ثلاث هجمات في الكويت وتونس وفرنسا) or of two places after a dual
    (`_two_places_of_two`), or one per day of a dual on two days (`_two_days`), each without the toll the
    list tells of all (`previous`: the date of the last dated draft before it)."""
    folded = r.folded
    c_dates = r.within("dates", clause)
    c_actors = [a for a in r.within("actors", clause) if not a.target]
    c_targets = [a for a in r.within("actors", clause) if a.target]
    if clause.continues and not c_actors and previous_actor:
        c_actors = [previous_actor]
    toll = find_toll(folded[clause.start : clause.end])
    if not toll.told:  # المدينة التي سيطر عليها التنظيم، not ... عليها الأحد
        inside = [tr for tr in inside if not described(folded, tr) or any(
            p > tr.start and m.precision == "day" for p, m in c_dates)]
    inside = _own_triggers(inside, c_actors)
    chosen = choose_trigger(folded, clause, inside, c_actors, toll, r.within("verbs", clause), index == r.lead,
                            c_targets)
    if chosen is None:
        return []
    trigger, event_type = chosen
    anchor_at = next((p for p, m in c_dates if p > trigger.start and anchored(r.text, m)), None)
    cause = cause_at(folded, clause, trigger, inside, c_dates)
    if cause is not None:  # X إثر Y في 7 نيسان: Y's date and toll are not X's
        c_dates = [(p, m) for p, m in c_dates if p < cause]
    caused = caused_from(folded, clause, trigger, inside)
    if caused is not None and any(p >= caused for p, _ in c_dates):
        reported = report_dates(folded, clause, c_dates, trigger, r.within("reports", clause) + [
            tr.start for tr in inside if tr.event_type == "statement"])
        if any(p >= caused and (p, m) not in reported for p, m in c_dates):
            c_dates = [(p, m) for p, m in c_dates if p >= caused]  # Z الاثنين إثر Y مطلع الأسبوع: Y's own day
    said = said_dates(folded, clause, c_dates, trigger, r.within("reports", clause) + [
        tr.start for tr in inside if tr.event_type == "statement"])
    if said and len(said) == len(c_dates) and not trigger.verb and named_after_cause(
            folded, trigger.end, clause.end, inside):
        c_dates = []  # أعلنت القناة الثلاثاء أن ... بعد قصف المطار: the strike came before the saying
    cut = min((p for p in (anchor_at, cause) if p is not None), default=None)
    chemical = any(loaded_with_chemicals(folded, clause, tr) for tr in inside
                   if tr.start >= trigger.start and (cause is None or tr.start < cause))
    event_type = "other" if chemical else event_type  # براميل محملة بغاز الكلور: a chemical attack
    if cut is not None:  # X غداة Y: Y's toll is not X's
        toll = find_toll(folded[clause.start : cut])
    inferred = event_type == AMBIGUOUS  # القصف، استهدف: the kind is not told
    actor, event_type = _actor(r, c_actors, trigger, event_type)
    defaulted = inferred and actor is None and event_type == ambiguous_default()  # nor a side that tells it
    is_generic = generic(folded, trigger, event_type)
    if struck_from_the_air(folded, trigger, event_type, actor):
        event_type = "airstrike"  # هجوم إسرائيلي: still generic, so it merges with the strike told elsewhere
    when = clause_date(r.text, clause, c_dates, inside, trigger, r.ref_basis, previous, r.within("reports", clause))
    c_places = not_venues(folded, not_departures(
        folded, [(p, m) for p, m in r.within("places", clause) if cut is None or p < cut], clause.start),
        clause.start, trigger.start)
    reply = reply_at(folded, clause, trigger, c_dates)
    if reply is not None and any(p < reply for p, _ in c_places):  # X في سوريا ردا على ... في الجولان: X in Syria
        c_places = [(p, m) for p, m in c_places if p < reply]
    best = best_place(folded, c_places, trigger.start)
    head = best or (c_places[0][1] if c_places else None)  # several countries locate none, but may be a list
    chain = joined(r.text.text, c_places, head) if head else []
    place = listed(r.text.text, c_places, best)
    village = unknown_settlement(r.text.text, c_places, place)
    place = village or place
    carried = context if context and (
        context[0] == index or (context[0] == index - 1 and continuing(folded, clause))
    ) else None
    if carried and when.unwritten and not vaguely_past(folded, clause, trigger.start):
        when = carried[1]
    if carried and place is None:
        place = carried[2]
    if campaign(folded, clause, trigger, toll.told) and (not (
        when.precision == "day" and own_day(folded, clause, c_dates, trigger)
    ) or (toll.told and lasting(folded, clause, trigger))):
        return []  # a campaign is an event only on its own day (أطلقت القوات عملية عسكرية يوم 10 آب)
    if _counted_total(folded, clause, inside, when) or _counted_places(folded, clause) or (
            plural_of_late(folded, clause, inside) and not (when.precision == "day" and own_day(
                folded, clause, c_dates, trigger))):  # غارات يوم الأحد، الأعنف في الأيام الأخيرة: one day's
        return []
    if after_publication(when, r.ref, r.ref_basis):
        return []  # a plan, a deadline or a threat: what is told is still to come
    if _undated_but_since(folded, clause, c_dates, trigger, when) and ongoing_since(
            folded, clause, c_dates, trigger, toll.told):
        return []  # تشن منذ 20 كانون الثاني هجوما: what goes on since a day, not one attack
    if when.date is None and _told_in_the_present(r.text, clause, inside, trigger) and not headline(
            folded, *r.spans[index]):
        return []  # وتقصف المقاتلات المعارضة منذ تدخل موسكو: what a side does, not one attack
    reports = report_dates(folded, clause, c_dates, trigger, r.within("reports", clause))
    unnamed = told_as_an_attack(folded, trigger, event_type)
    is_definite = definite(folded, trigger, r.within("places", clause))
    strong = event_type in VIOLENT_TYPES and (not trigger.weak or (not is_definite and struck_by_verb(trigger, inside))
                                              or _strike_noun_after(folded, trigger, inside, cut))
    remention = (len(reports) == len(c_dates) and not toll.told
                 and not r.within("verbs", clause) and is_definite)
    if actor is not None:  # التحالف: read by the event's country, else its sentence, else its article
        actor = actors.read_nearest(actor, place.chosen.country if place and place.chosen else None,
                                    folded[slice(*r.spans[index])])
    draft = Draft(event_type, trigger.start, r.spans[index], when, place, actor,
                  actors.hedged(folded[clause.start : clause.end]), toll,
                  strong, remention, village is not None,
                  is_generic, separate_incident(folded, *r.spans[index]) or (
                      not is_definite and another_incident(folded, trigger)), is_definite, recalled(when, r.ref),
                  plural=trigger.plural, unnamed=unnamed, kind_named=(
                      event_type in VIOLENT_TYPES and not unnamed) or chemical
                  or named_weapon(folded, trigger) == event_type,
                  country_told=village is None and in_country(folded, c_places, place, clause.start),
                  defaulted=defaulted, fired=trigger.missiles and actor is None and event_type == "shelling",
                  joined=clause.joins_another and not is_definite,
                  ties_back=when.unwritten and not is_definite and continuing(folded, clause),
                  after_anchor=_after_anchor(r, c_dates, inside, trigger), inferred=inferred,
                  sides=_listed_sides(folded, c_actors, actor))
    number = counted(folded, clause, inside)
    if number is not None and number > len(chain) >= 2 and chain[0].chosen.precision == "country":
        return []  # more attacks than the countries they are counted over (22 غارة في سوريا والعراق): a total
    first_listed = next((pm for p, pm in c_places if p > trigger.start), None) if number else None
    towns = joined(r.text.text, c_places, first_listed, SETTLEMENTS) if first_listed else []
    if number is not None and number > len(towns) >= LISTED_TOWNS and spread_km([pm.chosen for pm in towns]) > WAVE_KM:
        return []  # 11 غارة قرب الحبانية وحديثة والموصل وسنجار: a day's count over far-apart towns, a total
    if village is None and number == 2 and len(chain) == 1:
        chain = _two_places_of_two(r, c_places, trigger) or chain
    if number == 2 and len(chain) < 2 and (second := _second_day(draft.when)):
        return _one_on_each_day(draft, c_dates, second)
    if village is None and len(chain) >= 2 and ((number or 0) >= len(chain) or _a_wave_over_far_places(trigger, chain)):
        return [replace(draft, trigger=trigger.start if n == 0 else r.text.fold(pm.start), place=pm, toll=Toll())
                for n, pm in enumerate(chain)]
    return [draft]


def _a_wave_over_far_places(trigger: Trigger, chain: list[PlaceMatch]) -> bool:
    """A plural trigger (غارات) over two governorates (في ريفي حماة وحلب), more than `WAVE_KM` apart: each is
    struck by attacks of its own, one event each; a list of `LISTED_TOWNS` or more is a total over a region."""
    return trigger.plural and len(chain) < LISTED_TOWNS and all(
        pm.chosen.precision == "governorate" for pm in chain) and spread_km([pm.chosen for pm in chain]) > WAVE_KM


def _after_anchor(r: Findings, c_dates: list, inside: list[Trigger], trigger: Trigger) -> bool:
    """The trigger follows a word of its clause that counts another happening from it (وعدت الحكومة بتعزيز
    الأمن غداة هجوم انتحاري), and no attack is told before that word (قصفت الطائرات البلدة غداة هجوم: the
    strike is dated from the attack, which is another)."""
    at = next((p for p, m in c_dates if p < trigger.start and anchored(r.text, m)), None)
    return at is not None and not any(tr.start < at and tr.event_type in _ATTACK_TYPES for tr in inside)


def _two_places_of_two(r: Findings, c_places: list, trigger: Trigger) -> list[PlaceMatch]:
    """The places of two attacks told at two places not written as one list (غارتين على منطقة س شمال غرب
    دمشق وعلى مطار دمشق الدولي; هجومان في كل من ولاية س، وولاية ص; على كنيسة في مدينة س وكنيسة في مدينة ص):
    the first place after the trigger and the first after it that a word of و and a preposition, a place
    head or a word told before the first place opens, when the two are not one place (`_two_places`)."""
    text = r.text.text
    after = [pm for p, pm in c_places if p >= trigger.end]
    if len(after) < 2:
        return []
    first = after[0]
    told = {normalize(w) for w in text[r.text.orig(trigger.end) : first.start].split()}
    previous = first.end
    for pm in after[1:]:
        words = [normalize(w) for w in text[previous : pm.start].split() + pm.text.split()[:1]]
        if any(_opens_another_place(w, told) for w in words) and _two_places(first.chosen, pm.chosen):
            return [first, pm]
        previous = pm.end
    return []


def _opens_another_place(word: str, told: set[str]) -> bool:
    """و and a preposition, a place head or a word in `told` (وعلى، وفي، وولاية، وكنيسة)."""
    if not word.startswith(CLITICS.list_conjunction):
        return False
    rest = word[len(CLITICS.list_conjunction) :]
    return rest in CLITICS.particles or rest in place_cues().head_forms or rest in told


def _second_day(when: When) -> dt.date | None:
    """The second of two days joined by و that date an attack by the first (3 و5 أيار 2013, see
    `dating.listed_days`), in the first one's month; None for one day or a span (من 3 إلى 5 أيار)."""
    if when.precision != "day" or when.text is None or when.value is None:
        return None
    days = listed_days(when.text)
    if days is None or days[0] != when.value.day:
        return None
    try:
        return when.value.replace(day=days[1])
    except ValueError:
        return None


def _one_on_each_day(draft: Draft, c_dates: list, last: dt.date) -> list[Draft]:
    """Two attacks counted by a dual on two days joined by و (غارتان في 3 و5 أيار): one on each day, without
    the toll they share; the second keyed at its date's offset."""
    at = next((p for p, m in c_dates if m.text == draft.when.text), draft.trigger)
    return [replace(draft, trigger=trigger, toll=Toll(), when=replace(
        draft.when, date=day.isoformat(), precision="day", end=day.isoformat(), value=day))
        for trigger, day in ((draft.trigger, draft.when.value), (at, last))]


def _listed_sides(folded: str, c_actors: list[ActorHit], actor: ActorHit | None) -> frozenset[str]:
    """The sides written in one list with the event's actor (الولايات المتحدة وفرنسا وبريطانيا: only و or a
    comma between them), the actor's own among them; none without an actor."""
    if actor is None:
        return frozenset()
    hits = sorted(c_actors, key=lambda a: a.start)
    lists, current = [], []
    for hit in hits:
        if current and folded[current[-1].end : hit.start].replace(CLITICS.list_conjunction, "").strip(" ,\u060c"):
            lists.append(current)
            current = []
        current.append(hit)
    lists.append(current)
    return next((frozenset(a.name for a in chain) for chain in lists if any(a.name == actor.name for a in chain)),
                frozenset({actor.name}))


def _undated_but_since(folded: str, clause: Clause, c_dates: list, trigger: Trigger, when: When) -> bool:
    """The trigger has no date, or only a day or a few days that are not its own (`own_day`): the day after
    since where what goes on began (تشن تركيا منذ 20 كانون الثاني هجوما), or the last days of what goes on
    since (صعدت القوات منذ الثلاثاء قصفها ... قبل أن تستهدف المدينة في اليومين الأخيرين). A month after
    since keeps dating the state it begins (تقود منذ آب 2014 تحالفا)."""
    return when.date is None or (when.precision in DAYS and not own_day(folded, clause, c_dates, trigger))


def _strike_noun_after(folded: str, trigger: Trigger, inside: list[Trigger], cut: int | None) -> bool:
    """A weak trigger (الطائرات، طائراتها) followed in its clause by an indefinite strong noun of its own
    type (شنت الطائرات غارات على البلدة): that noun tells a new strike, whatever the weak word names."""
    return trigger.weak and any(
        tr.start > trigger.start and (cut is None or tr.start < cut) and not tr.weak and not tr.verb
        and tr.event_type == trigger.event_type and not definite(folded, tr) for tr in inside)


def _told_in_the_present(text: FoldedText, clause: Clause, inside: list[Trigger], trigger: Trigger) -> bool:
    """The trigger, or the clause's first trigger before it, is a verb in the present tense (تقصف المقاتلات),
    not told of a past time by كانت a few words before it (كانت المعارضة تشن هجوما)."""
    first = min(inside, key=lambda tr: tr.start, default=trigger)
    return any(tr.verb and tr.present and not _past_progressive(text, clause, tr)
               for tr in {trigger, first} if tr.start <= trigger.start)


def _past_progressive(text: FoldedText, clause: Clause, verb: Trigger) -> bool:
    """One of the past forms of كان stands at most `PAST_PROGRESSIVE_WORDS` words before the verb, read in
    the text as written (folding makes كأن، as if, كان)."""
    before = text.text[text.orig(clause.start) : text.orig(verb.start)].split()[-PAST_PROGRESSIVE_WORDS - 1 :]
    return any(CLITICS.strip_conjunction(w) in cues().past_progressive for w in before)


def _own_triggers(inside: list[Trigger], c_actors: list[ActorHit]) -> list[Trigger]:
    """The triggers of a clause outside the phrases of a side backing the one that acts (قوات النظام
    بدعم من الطيران الروسي هجوما: the attack is the ground assault), or all when none is left."""
    backing = [a for a in c_actors if a.backer]
    own = [tr for tr in inside if not any(a.start <= tr.start < a.end for a in backing)]
    return own or inside


def _actor(r: Findings, c_actors: list[ActorHit], trigger: Trigger, event_type: str) -> tuple[ActorHit | None, str]:
    """The actor of the event and its type, an ambiguous one typed by the actor's mode (air or not)."""
    # a killing told by a statement (أعلن الجيش مقتل ...): the speaker is not who killed
    doers = c_actors if event_type == "statement" else [a for a in c_actors if a.start not in r.speakers]
    if trigger.subject is not None:  # فتح عناصر من الحزب النار: the subject between the verb and its object
        doers = [a for a in doers if trigger.subject[0] <= a.start < trigger.subject[1]]
    actor = None if trigger.event_type == "statement" and event_type == "other" else pick_actor(
        doers, trigger, event_type
    )
    if event_type == AMBIGUOUS:
        air = actor and (actor.air or actors.is_air(actor.name)
                         or (trigger.missiles and actors.strikes_with_missiles(actor.name)))
        event_type = "airstrike" if air else trigger.lean or ambiguous_default()
    return actor, event_type


def _event(article, t: FoldedText, d: Draft) -> Event:
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
