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
- `retelling`: what the drafts take from other sentences of the same report;
- `splitting`: a clause that tells several attacks, or a count of them that is a total;
- `following`: how a clause's draft stands to the sentences of the report before it;
- `drafting`: a clause's actor, and the checks that make it tell no attack of its own day.

A clause with a trigger but no date expression or place takes those of a clause
without any trigger in the same sentence (never a baseline), or in the sentence
just before when it ties itself to it (وفي 7 فبراير توجه ... ; تعرضت لضربة). A
follow-up of the lead's report (وأضاف، كما قال، أما ... فقد نقلت) without a date of
its own takes the date of the lead's attack (or of a death it tells with its toll: أعلنت أنقرة، الثلاثاء، مقتل
جندي) when it names no place or one the lead's sentence names, and a clause
opened by a word of simultaneity (فيما، بينما، كما) takes the date of the dated event before it in
its sentence, rather than the lead's, and a sentence opened by كما that of the last dated attack of the
sentence before, unless it goes on with a report (كما قال) or names by a definite noun an attack of
another type, and an attack told with "also" near its trigger (شن التحالف أيضا 13 غارة) that of the last
dated attack at most two sentences before, and an attack a reply verb opening its clause tells after ب (وردت
القوات بقصف) that of the last dated attack of its sentence or the one before, and an attack told as concurrent
with one dated before it in its sentence (تزامنا مع، تزامن الاشتباكات مع، في الوقت الذي) or, by a sentence opening
with the concurrence (وبالتزامن مع ذلك، وتزامن ذلك مع), in the one before, that one's day, unless the two are of one
type at one place (basis ``lead`` in all).
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
event's day. The event of a clause that tells it before a word counting a day from an attack named after
that word (قصفت القوات الحي يوم الجمعة، غداة غارات على بلدة س) is drafted from the words before it: the attack
after the word lends it neither its kind, side, place, day nor dead. An attack told after a cause word that no
trigger of its clause comes before (أغلقت المدارس
الاثنين إثر غارات ... يوم السبت) takes a date written on its side of that word, not a report's, when
there is one: the day before it is that of what the attack brought about. A definite strike noun told without a
side, that a strike verb right after it has for subject, in a clause naming one place (الضربات وقعت في بلدة س), is the
attack a draft of its sentence or the two before named by its kind without a date or a place (طائرات قصفت موقعا):
that attack, at that place, told from the kind's sentence on.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import NamedTuple

from gazetteer import PlaceMatch, located
from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from gazetteer.unknown import unknown_names
from timeline.errors import POLICIES, ErrorPolicy, ExtractionError, OptionError
from timeline.extract import actors
from timeline.extract.actors import ActorHit
from timeline.extract.agreeing import COARSE
from timeline.extract.attributing import anaphoric_toll, toll_of_another_incident
from timeline.extract.beside import beside_told, concurrent_apart, concurrent_with_before
from timeline.extract.choosing import (
    before_the_anchor,
    choose_trigger,
    struck_by_an_air_coalition,
    struck_by_verb,
    struck_from_the_air,
)
from timeline.extract.chronology import entries_in, history_entry
from timeline.extract.clauses import Clause, clauses
from timeline.extract.cues import cues, one_of
from timeline.extract.dating import (
    When,
    after_publication,
    anchored,
    announced_day,
    baseline,
    clause_date,
    clipped_at_publication,
    had_happened,
    nearest,
    of_a_place_described,
    ongoing_since,
    overnight,
    own_day,
    recalled,
    spans_years,
    spoken_of,
    told_after_it_at,
    told_again,
    vaguely_past,
    when_of,
)
from timeline.extract.drafting import (
    actor_and_type,
    finer_than_country,
    going_on_now,
    list_start,
    listed_sides,
    over_places,
    own_triggers,
    strike_noun_after,
    told_after_anchor,
    told_as_done,
    told_as_risen,
    told_in_the_present,
    undated_but_since,
)
from timeline.extract.drafts import Draft, an_attack, revised
from timeline.extract.findings import Findings, findings_of
from timeline.extract.following import (
    at_the_place_told_first,
    dated_after,
    in_the_places_named_again,
    in_the_same_area,
    in_the_settlement_named_before,
    inside_country,
    placed_at_most_by_country,
    retold_at_the_lead,
    same_spot,
    told_before_as_another,
    with_the_lead_side,
)
from timeline.extract.headings import a_heading_line
from timeline.extract.lead_time import after_a_lead_of_deaths, lead_dated_after, right_after_the_lead
from timeline.extract.merging import events_told
from timeline.extract.places import spread_km
from timeline.extract.placing import (
    SETTLEMENTS,
    best_place,
    in_country,
    joined,
    list_head,
    listed,
    not_departures,
    not_origins,
    not_parties,
    not_relieved,
    not_titles,
    not_venues,
    unknown_settlement,
)
from timeline.extract.replies import (
    after_an_opening_cause,
    cause_at,
    cause_before,
    caused_from,
    named_after_cause,
    reply_at,
)
from timeline.extract.reported_sets import undated_as_a_set
from timeline.extract.retelling import (
    acted_in_chronology,
    dated_by_its_toll,
    dated_by_naming,
    dated_by_occurrence,
    dated_by_retelling,
    dated_by_series,
    fired_by_the_side_before,
    from_lead,
    placed_in_sentence,
)
from timeline.extract.saying import report_dates, said_dates
from timeline.extract.segment import (
    FoldedText,
    another_incident,
    answers_back,
    comes_after,
    continuing,
    definite,
    described,
    follows_up,
    generic,
    opens_at_its_place,
    same_time,
    separate_incident,
    speaker_goes_on,
    told_also,
    told_as_an_attack,
)
from timeline.extract.sentences import headline
from timeline.extract.splitting import (
    LISTED_TOWNS,
    WAVE_KM,
    a_campaign_toll,
    a_wave_over_far_places,
    counted_again,
    counted_as_total,
    counted_over_places,
    far_places_of_a_wave,
    listed_over_places,
    one_on_each_day,
    parts_of_two_countries,
    second_attacks_apart,
    second_day,
    two_places_of_two,
    two_settlements_of_two,
)
from timeline.extract.toll import Toll, count_before, counted_before, find_toll, told_vaguely
from timeline.extract.totals import (
    a_later_day,
    a_series,
    a_series_followed,
    campaign,
    counted,
    lasting,
    plural_of_late,
    singled_out,
)
from timeline.extract.triggers import AMBIGUOUS, Trigger, ambiguous_default
from timeline.extract.weapons import chemical_means, loaded_with_chemicals, named_weapon, told_with_both_kinds
from timeline.models import DateFinder, Event
from timeline.vocabulary import VIOLENT_TYPES

log = logging.getLogger(__name__)
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
    told, unresolved = events_told(drafts, reading.spans[reading.lead] if reading.lead is not None else None)
    told = acted_in_chronology(reading, placed_in_sentence(told, drafts))
    told = fired_by_the_side_before(reading, dated_by_its_toll(reading, dated_by_naming(reading, told)))
    entries = entries_in(reading, told)
    told = [d for d in told if not history_entry(reading, d, entries)]  # 13 يناير 2017: غارات على مطار المزة
    told = [d for d in told if not a_campaign_toll(d.toll, d.when, d.event_type)]  # 1500 قتيل في قصف متواصل
    told = [revised(d, when=clipped_at_publication(d.when, reading.ref, reading.ref_basis)) for d in told]
    if unresolved:
        log.info("article %s: %d event(s) kept undated: their relative date needs a publication date",
                 article.article_id, unresolved)
    return [_event(article, reading.text, d) for d in told]


def _drafts(r: Findings) -> list[Draft]:
    """One draft per clause that tells an event, in text order."""
    drafts: list[Draft] = []
    context: _Context | None = None
    deaths: _Context | None = None  # the lead's date and area, told by a clause without an event of its own
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
        carried = in_sentence if in_sentence and (same_time(r.folded, Clause(s_start, s_end, False), across=True) or (
            concurrent_with_before(r.folded, s_start))) and not follows_up(r.folded, s_start, s_end) else None
        in_sentence = None
        announcing: Draft | None = None  # the sentence's last attack dated only by its announcement's day
        if a_heading_line(r, index):  # a link to another story, or a subheading: no event of its own
            continue
        for clause in second_attacks_apart(r, clauses(r.folded, s_start, s_end)):
            inside = r.within("triggers", clause)
            if not inside:
                context = _context(r, index, clause) or context
                if told and placed_at_most_by_country(drafts[-1]):
                    place = best_place(r.folded, r.within("places", clause), clause.start)
                    if drafts[-1].place is None or inside_country(place, drafts[-1].place):
                        drafts[-1] = revised(drafts[-1], place=place)
                if told and an_attack(drafts[-1]) and drafts[-1].when.unwritten and not vaguely_past(
                        r.folded, told_in, drafts[-1].trigger):
                    drafts[-1] = dated_after(r, clause, drafts[-1])
                elif told and an_attack(drafts[-1]) and drafts[-1].when.reported:
                    drafts[-1] = dated_after(r, clause, drafts[-1], reported=True)
                continue
            told_here = _draft_before_the_anchor(r, index, clause, inside, previous_actor, context, previous) or _draft(
                r, index, clause, inside, previous_actor, context, previous)
            kind = None if told_here else _kind_named_before(r, index, clause, drafts)
            if kind is not None:  # الضربات وقعت في بلدة س: the strike a sentence just before named by its kind
                told_here = [_named_again_by(kind, d) for d in _draft(
                    r, index, clause, inside, previous_actor, context, previous, True) if d.definite and not (
                    d.over_places)]
            answered = _answered(r, index, clause, inside, told_here[0] if told_here else None)
            came_after = None if answered else _came_after(r, index, clause, inside, drafts)
            if came_after and told_here and came_after.trigger == told_here[0].trigger:
                told_here = [came_after, *told_here[1:]]  # ويأتي ذلك غداة هجوم: the clause tells only that attack
            else:
                answered = answered or came_after
            if not told_here:
                drafts += [answered] if answered else []
                if index == r.lead and not answered and find_toll(r.folded[clause.start : clause.end]).killed:
                    deaths = _context(r, index, clause) or deaths  # قال المرصد الجمعة إن 42 قتلوا جراء غارات تشن
                continue
            draft = in_the_places_named_again(r, in_the_settlement_named_before(r, in_the_same_area(
                r, told_here[0], drafts)))
            if not told:  # سقط صاروخان قرب المطار، وأعلن المرصد أنهما استهدفا مستودعات
                draft = at_the_place_told_first(r, clause, draft)
            told_before = r.by_offset["dates"].within(*r.spans[index - 1]) if index else []
            draft = revised(draft, when=had_happened(r.folded, s_start, draft.when, told_before, previous))
            if told_again(draft, drafts):  # أفادت الوزارة أمس أن التفجير: the report's day, not the attack's
                draft = revised(draft, when=When())
            vague = draft.when.unwritten and vaguely_past(r.folded, clause, draft.trigger)
            dated = in_sentence or (carried if clause.start == s_start and not told_before_as_another(
                draft, carried) else None)
            if dated and draft.when.unwritten and not vague and (clause.shares_time or same_time(
                    r.folded, clause) or concurrent_apart(r.folded, clause, draft, dated)):
                draft = revised(draft, when=from_lead(dated.when), recalled=dated.recalled)  # at a recalled time
            elif announcing and draft.when.unwritten and draft.announced is None and not vague and (
                    clause.shares_time or same_time(r.folded, clause)):
                draft = revised(draft, announced=announcing.announced)  # قال بيان أمس إن غارات ...، فضلا عن قصف
            also = last_attack[1] if last_attack and index - last_attack[0] <= ALSO_SENTENCES else None
            if also and draft.event_type in VIOLENT_TYPES and draft.when.unwritten and not vague and told_also(
                    r.folded, clause, draft.trigger) and not told_before_as_another(draft, also):
                draft = revised(draft, when=from_lead(also.when))  # شن التحالف أيضا 13 غارة: the time just told
            answered_last = last_attack[1] if last_attack and index - last_attack[0] <= 1 else None
            if answered_last and draft.event_type in VIOLENT_TYPES and answers_back(
                    r.folded, clause, draft.trigger, tuple(tr.start for tr in inside)):
                # never the attack it answers; told as done by the reply verb, not named again (ورد الطيران الحربي)
                draft = revised(draft, replies_to=answered_last.trigger, remention=False)
                if draft.when.unwritten and not vague:
                    draft = revised(draft, when=from_lead(answered_last.when))  # وردت القوات بقصف: the answer's time
            deaths = context if context and context[0] == r.lead else deaths
            if draft.when.unwritten and not vague and after_a_lead_of_deaths(r, index, draft, deaths):
                draft = revised(draft, when=from_lead(deaths[1]))  # قتل 19 الخميس في س. واستهدفت الطائرات ...
            after_lead = right_after_the_lead(r, lead, index, draft)
            if (follow_up or after_lead or retold_at_the_lead(r, lead, draft)) and draft.when.unwritten and not (
                    vague) and same_spot(r, lead, draft, follow_up or after_lead):
                draft = revised(draft, when=from_lead(lead.when))
            if follow_up and speaker_goes_on(r.folded, s_start, s_end, lead.sentence):
                draft = with_the_lead_side(r, lead, clause, draft)  # وتابع أن سبع ضربات نفذت: the lead's side
            if lead is None and index == r.lead and draft.when.date is not None and _leads(draft):
                lead = draft
            elif lead is None and draft.when.date is not None and _leads(draft):
                lead = lead_dated_after(r, index, draft, drafts)
            if clause.shares_place and told and drafts[-1].place is None and drafts[-1].sentence == draft.sentence:
                drafts[-1] = revised(drafts[-1], place=draft.place)  # خطفه يوم 4 حزيران، وأعدمه يوم 15 تموز في س
            drafts += [draft, *told_here[1:]] + ([answered] if answered else [])
            previous = draft.when if draft.when.value is not None else previous
            if draft.when.value is not None and draft.event_type in VIOLENT_TYPES:
                in_sentence = draft  # a statement's day is not the time of what is told beside it
                last_attack = index, draft
            elif draft.announced is not None and draft.event_type in VIOLENT_TYPES:
                announcing = draft
            previous_actor = draft.actor
            told, told_in = True, clause
        whole = Clause(s_start, s_end, False)
        if not told and drafts and not toll_of_another_incident(
                r.folded[s_start:s_end], s_start, drafts[-1], r.within("dates", whole), r.within("places", whole)):
            last = drafts[-1]
            drafts[-1] = revised(last, toll=anaphoric_toll(last.toll, r.folded[s_start:s_end]))
    return drafts


def _draft_before_the_anchor(r: Findings, index: int, clause: Clause, inside: list[Trigger],
                             previous_actor: ActorHit | None, context: _Context | None,
                             previous: When | None) -> list[Draft]:
    """The drafts of the clause up to a word counting a day from the happening after it (`before_the_anchor`:
    قصفت القوات الحي يوم الجمعة، غداة غارات على بلدة س), when that part tells an event of its own: the happening
    after the word lends it nothing (it is drafted apart, `_preceding`). None when the clause has no such word,
    opens by placing what was just told after that happening (ويأتي ذلك غداة هجوم: the clause tells only that
    attack) or tells no event before the word. Without a date of its own, the event is still dated from that
    happening's day (غداة هجوم على حاجز في 10 آب) (وتبنى التنظيم التفجيرات التي أتت غداة مقتل 23 في تفجير)."""
    own = before_the_anchor(r.folded, clause, inside)
    if own == clause or comes_after(r.folded, clause):
        return []
    told = _draft(r, index, own, r.within("triggers", own), previous_actor, context, previous)
    if told and told[0].when.unwritten:  # انفجار في سروج غداة هجوم على حاجز في 10 آب: dated from Y's day
        whole = _draft(r, index, clause, inside, previous_actor, context, previous)
        if whole and whole[0].when.basis == "event_relative":
            told = [revised(told[0], when=whole[0].when), *told[1:]]
    return told


#: How many sentences before a strike noun told without a side (الضربات وقعت في بلدة س) the violent kind it
#: names again may be named (قصفت طائرات التحالف موقعا للجيش; وأدت الغارة إلى سقوط قتلى; الضربات وقعت في ...).
KIND_BEFORE_SENTENCES = 2


def _kind_named_before(r: Findings, index: int, clause: Clause, drafts: list[Draft]) -> Draft | None:
    """The first draft of at most `KIND_BEFORE_SENTENCES` sentences before (or of the clause's own) that names a
    violent kind without a date or a place finer than a country, not hedged, when the clause names one place finer
    than a country: the attack a strike noun without a side in that clause may name again, at that place."""
    if len({pm.chosen.name for _, pm in r.within("places", clause)
            if pm.chosen.precision != "country" and not pm.anchor}) != 1:
        return None  # بالقرب من مدن حلب والحسكة: a day's strikes over several places, no one attack
    since = r.spans[max(0, index - KIND_BEFORE_SENTENCES)][0]
    first = None
    for d in reversed(drafts):  # only the last sentences' drafts: linear in a book-length text
        if d.sentence[0] < since:
            break
        if d.event_type in VIOLENT_TYPES and not d.generic and not d.hedged and d.when.unwritten and (
                d.place is None or d.place.chosen.precision == "country"):
            first = d
    return first


def _named_again_by(kind: Draft, d: Draft) -> Draft:
    """`d`, a strike noun told without a side, as the attack `kind` names: its kind, side and toll, told from
    the sentence of the kind on, no re-mention."""
    return revised(d, event_type=kind.event_type, actor=d.actor or kind.actor, defaulted=False, inferred=False,
                   sentence=(kind.sentence[0], d.sentence[1]),
                   toll=d.toll if d.toll.told else kind.toll,
                   remention=False, strong=d.strong or kind.strong, kind_named=True)


def _dated_before_the_cause(folded: str, clause: Clause, caused: int, c_dates: list) -> bool:
    """Every date of the clause ends before the cause word ending at `caused` (أقالت الصحيفة الأربعاء محررا بعد
    تغريدة); not a cause word inside a date (بعد يوم من شن الهجمات), nor when a cause word stands before the first
    date (وبعد هدوء طوال صباح الأحد، انفجرت الأوضاع بعد الظهر: the day is the calm's and the fighting's)."""
    start = folded.rfind(" ", clause.start, caused) + 1
    first = min(p for p, _ in c_dates)
    return all(p + len(normalize(m.text)) <= start for p, m in c_dates) and not cues().causes.search(
        folded, clause.start, first)


def _leads(draft: Draft) -> bool:
    """A dated draft of the lead sentence that dates the follow-ups of its report: an attack, or a death told
    with its toll (أعلنت أنقرة، الثلاثاء، مقتل جندي)."""
    return draft.event_type in VIOLENT_TYPES or (draft.event_type == "other" and draft.toll.told)


#: An attack told with "also" (`segment.told_also`) takes the time of the last dated attack told at most this
#: many sentences before it.
ALSO_SENTENCES = 2


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
        return revised(tail[0], answered=True)
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
        return revised(tail[0], when=when, answered=True)
    return None


def _context(r: Findings, index: int, clause: Clause) -> _Context | None:
    """The date (and place) of a clause without trigger, for the clauses after it to carry; never a
    baseline (الحصيلة الأكبر منذ اندلاع الحرب عام 2011: the start of a comparison)."""
    mention = nearest([(p, m) for p, m in r.within("dates", clause)
                       if m.kind != "event_relative" and not baseline(r.folded, clause, p, m, True)], clause.end)
    if mention is None:
        return None
    return index, when_of(mention, r.ref_basis), best_place(r.folded, r.within("places", clause), clause.end)


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


def _draft(
    r: Findings, index: int, clause: Clause, inside: list[Trigger], previous_actor: ActorHit | None,
    context: _Context | None, previous: When | None, kind_before: bool = False,
) -> list[Draft]:
    """The draft events of a clause with triggers: none when it tells no event, one, or one per place
    of a list after a counted plural (ثلاث هجمات في الكويت وتونس وفرنسا) or of two places after a dual
    (`two_places_of_two`), or one per day of a dual on two days (`_two_days`), each without the toll the
    list tells of all (`previous`: the date of the last dated draft before it)."""
    folded = r.folded
    clause, inside = beside_told(r, clause, inside)
    opened = after_an_opening_cause(folded, clause, inside, {
        *r.within("verbs", clause), *r.within("reports", clause), *(tr.start for tr in inside if tr.verb)},
        r.within("dates", clause))
    if opened is not None:  # وبعد مقتل شرطيين في مدينة س، شنت الحكومة غارات: the cause lends nothing
        clause, inside = Clause(opened, clause.end, clause.continues), [tr for tr in inside if tr.start >= opened]
    clause, inside, sides, share = _singled_out_of_a_total(r, clause, inside)
    c_dates = r.within("dates", clause)
    c_actors = [a for a in sides if not a.target]
    c_targets = [a for a in sides if a.target]
    if clause.continues and not c_actors and previous_actor:
        c_actors = [previous_actor]
    toll = find_toll(folded[clause.start : clause.end])
    toll = share if share is not None and not toll.told else toll  # ثلاثة منهم في مكمن: three of the total's dead
    if not toll.told:  # المدينة التي سيطر عليها التنظيم، not ... عليها الأحد
        inside = [tr for tr in inside if not described(folded, tr) or any(
            p > tr.start and m.precision == "day" for p, m in c_dates)]
    inside = own_triggers(inside, c_actors)
    named = r.within("places", clause)
    scene = any(m.precision == "day" for _, m in c_dates) and any(
        pm.chosen.precision not in COARSE for _, pm in named)  # قصف على بلدة س أمس: a day at a settlement
    chosen = choose_trigger(folded, clause, inside, c_actors, toll, r.within("verbs", clause), index == r.lead,
                            c_targets, [p for p, _ in (*c_dates, *named)], kind_before, scene)
    if chosen is None:
        return []
    trigger, event_type = chosen
    saying = r.within("reports", clause) + [tr.start for tr in inside if tr.event_type == "statement"]
    anchor_at = next((p for p, m in c_dates if p > trigger.start and anchored(r.text, m)), None)
    cause = cause_at(folded, clause, trigger, inside, c_dates, r.within("verbs", clause))
    if cause is not None:  # X إثر Y في 7 نيسان: Y's date and toll are not X's
        c_dates = [(p, m) for p, m in c_dates if p < cause]
    caused = caused_from(folded, clause, trigger, inside)
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
    cut = min((p for p in (anchor_at, cause) if p is not None), default=None)
    chemical = any(loaded_with_chemicals(folded, clause, tr) for tr in inside
                   if tr.start >= trigger.start and (cause is None or tr.start < cause))
    event_type = "other" if chemical else event_type  # براميل محملة بغاز الكلور: a chemical attack
    if cut is not None:  # X غداة Y: Y's toll is not X's
        toll = find_toll(folded[clause.start : cut])
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
    when = clause_date(r.text, clause, [(p, m) for p, m in c_dates if not of_a_place_described(
        folded, trigger, p, named, inside)], inside, trigger, r.ref_basis, previous, r.within("reports", clause))
    when = overnight(folded, clause, r.within("dates", clause), trigger, when, saying, r.ref_basis) or when  # ليلا
    when = undated_as_a_set(folded, trigger, when)  # أشارت الوسائل الاثنين إلى هجمات جديدة: not their day
    c_places = not_titles(folded, not_venues(folded, not_departures(
        folded, not_parties(folded, not_relieved(folded, not_origins(
            folded, [(p, m) for p, m in named if cut is None or p < cut], clause.start), clause.start)),
        clause.start, tuple(tr.start for tr in inside)),
        clause.start, trigger.start))
    after_it = told_after_it_at(folded, clause, trigger.start)
    if after_it is not None:  # وجه القائد رسالة إلى الحكومة في بغداد بعد أيام من قصف: Baghdad is the message's
        c_places = [(p, m) for p, m in c_places if p > after_it]
    reply = reply_at(folded, clause, trigger, c_dates)
    if reply is not None and any(p < reply for p, _ in c_places):  # X في سوريا ردا على ... في الجولان: X in Syria
        c_places = [(p, m) for p, m in c_places if p < reply]
    best = list_head(r.text.text, c_places, best_place(folded, c_places, trigger.start))
    head = best or (c_places[0][1] if c_places else None)  # several countries locate none, but may be a list
    chain = joined(r.text.text, c_places, head) if head else []
    place = listed(r.text.text, c_places, best)
    village = unknown_settlement(r.text.text, c_places, place, r.text.orig(r.spans[index][0]))
    place = village or place
    carried = context if context and (
        context[0] == index or (context[0] == index - 1 and continuing(folded, clause))
    ) else None
    if carried and when.unwritten and not vaguely_past(folded, clause, trigger.start) and not spoken_of(
            folded, clause, trigger):
        when = carried[1]
    if carried and place is None and after_it is None:
        place = carried[2]
    now = when.date is None and r.ref is not None and finer_than_country(place) and event_type in (
        trigger.event_type, AMBIGUOUS) and going_on_now(r.text, clause, trigger)
    if now:  # تدور اشتباكات قرب المدينة: fighting going on at the time of writing, on the publication day
        when = When(r.ref.isoformat(), "day", basis=r.ref_basis, value=r.ref)
    reports = report_dates(folded, clause, c_dates, trigger, r.within("reports", clause))
    if not now and campaign(folded, clause, trigger, toll.told, _uncounted(folded, clause, toll, inside)) and (not (
        when.precision == "day" and own_day(
            folded, clause, [d for d in c_dates if d not in reports], trigger, toll.told)
    ) or (toll.told and lasting(folded, clause, trigger)) or a_later_day(folded, clause, trigger)):
        return []  # a campaign is an event only on its own day (أطلقت القوات عملية عسكرية يوم 10 آب)
    if listed_over_places(chain) or a_series_followed(folded, clause, trigger) or a_series(
            folded, clause, trigger, event_type, toll.told):
        return []  # غارات على محافظات حماة وحلب وحمص والرقة، بعد سلسلة من الغارات: a total, a series in passing
    if counted_as_total(folded, clause, inside, when) or counted_over_places(folded, clause, trigger) or (
            plural_of_late(folded, clause, inside) and not (when.precision == "day" and own_day(
                folded, clause, c_dates, trigger, toll.told))):  # غارات يوم الأحد، الأعنف في الأيام الأخيرة: one day's
        return []
    if after_publication(when, r.ref, r.ref_basis):
        return []  # a plan, a deadline or a threat: what is told is still to come
    if spans_years(when):
        return []  # ثلاث هجمات عامي 2014 و2015، اغتيالات في التسعينات: attacks over years, not one
    if undated_but_since(folded, clause, c_dates, trigger, when) and ongoing_since(
            folded, clause, c_dates, trigger, toll.told, r.ref, tuple(inside)):
        return []  # تشن منذ 20 كانون الثاني هجوما: what goes on since a day, not one attack
    if when.date is None and told_in_the_present(r.text, clause, inside, trigger) and not headline(
            folded, *r.spans[index]):
        return []  # وتقصف المقاتلات المعارضة منذ تدخل موسكو: what a side does, not one attack
    unnamed = told_as_an_attack(folded, trigger, event_type)
    is_definite = definite(folded, trigger, r.within("places", clause))
    strong = event_type in VIOLENT_TYPES and (not trigger.weak or (not is_definite and struck_by_verb(trigger, inside))
                                              or strike_noun_after(folded, trigger, inside, cut))
    remention = (len(reports) == len(c_dates) and not toll.told
                 and not r.within("verbs", clause) and is_definite)
    if actor is not None:  # التحالف: read by the event's country, else its sentence, else its article
        actor = actors.read_nearest(actor, place.chosen.country if place and place.chosen else None,
                                    folded[slice(*r.spans[index])])
    begin = r.text.orig(clause.start)
    unknown = unknown_names(r.text.text[begin : r.text.orig(clause.end - 1) + 1])

    def names_an_unknown_place(after: int = 0) -> bool:  # قرية الزعفرونة: a name after a head the gazetteer lacks
        return any(begin + name.start >= after for name in unknown)

    def struck_at_an_unknown_place() -> bool:  # سيطرت القوات على بلدة س: a past verb, then the unknown name
        return trigger.verb and not trigger.present and names_an_unknown_place(r.text.orig(trigger.end - 1) + 1)

    draft = Draft(event_type, trigger.start, r.spans[index], when, place, actor,
                  actors.hedged(folded[clause.start : clause.end]), toll,
                  strong, remention, village is not None,
                  is_generic, separate_incident(folded, *r.spans[index]) or (
                      not is_definite and not trigger.missiles and another_incident(folded, trigger)),
                  is_definite, recalled(when, r.ref),
                  plural=trigger.plural, verb=trigger.verb, unnamed=unnamed, kind_named=(
                      event_type in VIOLENT_TYPES and not unnamed) or chemical
                  or named_weapon(folded, trigger) == event_type,
                  country_told=village is None and in_country(folded, c_places, place, clause.start),
                  defaulted=defaulted, fired=trigger.missiles and actor is None and event_type == "shelling",
                  joined=clause.joins_another and not is_definite,
                  ties_back=when.unwritten and not is_definite and continuing(folded, clause),
                  after_anchor=told_after_anchor(r, c_dates, inside, trigger), inferred=inferred,
                  sides=listed_sides(folded, c_actors, actor),
                  done=event_type in VIOLENT_TYPES and told_as_done(folded, clause, trigger, is_definite),
                  unknown_place=place is None and when.unwritten and strong and not is_definite and (
                      names_an_unknown_place() if toll.told else struck_at_an_unknown_place()),
                  opens_at_its_place=place is not None and opens_at_its_place(
                      folded, r.spans[index][0], r.text.fold(place.start)),
                  dated_at_unknown=place is None and when.date is not None and names_an_unknown_place(),
                  unknown_names=frozenset(name.key for name in unknown),
                  over_places=over_places(folded, clause, trigger),
                  announced=announced_day(folded, clause, c_dates, inside, trigger, r.ref_basis,
                                          toll.killed is not None) if when.unwritten else None,
                  toll_only=trigger.event_type == "statement" and event_type == "other",
                  toll_rose=toll.killed is not None and told_as_risen(folded, clause),
                  both_kinds=event_type in ("airstrike", "shelling") and told_with_both_kinds(folded, clause, trigger),
                  regions_named=frozenset(m.chosen.place_id for _, m in c_places
                                          if m.chosen is not None and m.chosen.precision == "region"))
    number = counted(folded, clause, inside)
    if number is not None and number > len(chain) >= 2 and chain[0].chosen.precision == "country":
        return []  # more attacks than the countries they are counted over (22 غارة في سوريا والعراق): a total
    first_listed = next((pm for p, pm in c_places if p > trigger.start), None) if number else None
    towns = joined(r.text.text, c_places, first_listed, SETTLEMENTS) if first_listed else []
    if number is not None and number > len(towns) >= LISTED_TOWNS and spread_km([pm.chosen for pm in towns]) > WAVE_KM:
        return []  # 11 غارة قرب الحبانية وحديثة والموصل وسنجار: a day's count over far-apart towns, a total
    if village is None and number == 2 and len(chain) == 1:
        chain = two_places_of_two(r, c_places, trigger) or two_settlements_of_two(towns) or chain
    if number == 2 and len(chain) < 2 and (second := second_day(draft.when)):
        return one_on_each_day(draft, c_dates, second)
    wave = village is None and len(chain) < 2 and number in (None, 2) and not toll.told  # counted: by its count
    far = (far_places_of_a_wave(r, c_places, trigger, place) or parts_of_two_countries(
        r, c_places, trigger, inside)) if wave else []
    chain = far or chain  # قصف مناطق في مدينة حلب، ومناطق في مدينة حماة: one attack in each
    again = counted_again(r, c_places, trigger) if village is None and len(chain) < 2 else []
    chain = again or chain  # 9 غارات على بلدة س، و12 على بلدة ص; قتل 5 في س و3 في ص: one attack in each
    if village is None and len(chain) >= 2 and (
            (number or 0) >= len(chain) or a_wave_over_far_places(trigger, inside, chain) or bool(far or again)):
        return [revised(draft, trigger=trigger.start if n == 0 else r.text.fold(pm.start), place=pm, toll=Toll(),
                        joined=draft.joined or (n > 0 and bool(again)))  # counted apart: never one event again
                for n, pm in enumerate(chain)]
    return [draft]


def _event(article, t: FoldedText, d: Draft) -> Event:
    start, end = t.orig(d.sentence[0]), t.orig(d.sentence[1])
    place = d.place.chosen if d.place else None
    unplaced = place is not None and place.anchor_id  # no source places it: its governorate or country does
    place = located(place) if unplaced else place
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
        actor_hedged=d.actor is not None and (d.hedged or d.actor.blamed),  # نسبته السلطات إلى: their word
        toll_is_minimum=d.toll.minimum,
        victims=d.toll.victims,
        place_relation=d.place.relation if d.place and not unplaced else None,
        place_radius_km=d.place.radius_km if d.place and not unplaced else None,
        place_approximate=bool(place and place.approximate),
        cited_sources=article.cited_sources,
    )


def _uncounted(folded: str, clause: Clause, toll: Toll, inside: list[Trigger]) -> bool:
    """The clause counts neither its dead by a number (none, or only a vague quantity: خلف عشرات القتلى) nor its
    strikes (بأكثر من 80 غارة: one day's counted wave)."""
    if toll.told and not (toll.minimum and told_vaguely(folded[clause.start : clause.end])):
        return False
    return not any(counted_before(folded, tr.start) for tr in inside)
