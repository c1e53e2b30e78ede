"""Articles to events: the clause of each trigger gives type, actor, toll, date and place.

`extract_article` reads one cleaned `Article` and returns its events. It is
pure and deterministic. A failure raises `ExtractionError` naming the article
(``errors="raise"``), or is logged with the article's id and gives no events
(``errors="report"``), so that one bad article need not stop a corpus.

The stages, each with its rules in its own module (their words are data under
``data/``):

- `findings`: what the stages below find in one article, looked up by offset;
- `clause_drafts`: the draft events of one clause with triggers, from the stages below;
- `other_attacks`: the attacks a clause tells beside its own event (answered, come after, named by kind before);
- `segment`: the folded text, sentences and clauses, and the lead sentence;
- `choosing`: the trigger (and type) of each clause that tells an event, with
  `asserting` (is a happening told?), `weapons`, `totals` (counts, totals,
  campaigns) and `replies` (the attack a clause answers);
- `date_mentions`, `clause_dating`, `occurrence_days` and `event_when`: the date mentions of the article, the one
  that dates each event, the days told by the words around it, and how each stands to the publication date;
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
date takes the date such a clause sets off (قرب البلدة، الشهر الماضي; `occurrence_days.trailing_date`), or the day a
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

import logging
from dataclasses import dataclass, field

from gazetteer import located
from timeline.errors import POLICIES, ErrorPolicy, ExtractionError, OptionError
from timeline.extract import clause_drafts
from timeline.extract.actors import ActorHit
from timeline.extract.attributing import anaphoric_toll, toll_of_another_incident
from timeline.extract.beside import concurrent_apart, concurrent_with_before
from timeline.extract.chronology import entries_in, history_entry
from timeline.extract.clause_dating import baseline, nearest, vaguely_past
from timeline.extract.clause_drafts import Context, day_told_after_the_report
from timeline.extract.clauses import Clause, opened_by_its_cause
from timeline.extract.cues import cues, one_of
from timeline.extract.drafts import Draft, an_attack, revised
from timeline.extract.event_when import When, clipped_at_publication, when_of
from timeline.extract.filled_sides import sides_filled
from timeline.extract.findings import Findings, findings_of, nothing_to_draft
from timeline.extract.following import (
    at_the_place_told_first,
    by_the_side_told_first,
    dated_after,
    dated_by_its_death,
    in_the_places_named_again,
    in_the_same_area,
    in_the_settlement_named_before,
    inside_country,
    placed_at_most_by_country,
    pointed_back,
    retold_at_the_lead,
    same_spot,
    told_before_as_another,
    with_the_lead_side,
)
from timeline.extract.headings import a_heading_line
from timeline.extract.lead_time import (
    after_a_lead_of_deaths,
    lead_dated_after,
    right_after,
    right_after_the_lead,
    the_lead_at_its_towns,
)
from timeline.extract.merging import events_told
from timeline.extract.occurrence_days import after_since, had_happened, series, told_again
from timeline.extract.other_attacks import (
    attack_answered,
    attack_it_came_after,
    draft_before_the_anchor,
    kind_named_before,
    named_again_by,
    told_apart,
)
from timeline.extract.placing import best_place, not_journeys
from timeline.extract.retelling import (
    acted_in_chronology,
    dated_by_an_undrafted_retelling,
    dated_by_its_toll,
    dated_by_naming,
    dated_by_occurrence,
    dated_by_retelling,
    dated_by_series,
    fired_by_the_side_before,
    from_lead,
    placed_in_sentence,
)
from timeline.extract.segment import (
    FoldedText,
    answers_back,
    at_that_time,
    follows_up,
    opens_as_also,
    same_time,
    speaker_goes_on,
    told_also,
)
from timeline.extract.splitting import (
    a_campaign_toll,
    second_attacks_apart,
    without_the_attack_amid,
)
from timeline.extract.toll import Toll, find_toll
from timeline.extract.triggers import Trigger
from timeline.models import DateFinder, Event
from timeline.vocabulary import VIOLENT_TYPES

log = logging.getLogger(__name__)


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
    if nothing_to_draft(reading.triggers, reading.spans, reading.lead):
        return []
    drafts = dated_by_retelling(reading, _drafts(reading))
    drafts = dated_by_occurrence(reading, dated_by_series(reading, dated_by_an_undrafted_retelling(reading, drafts)))
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
    return [_event(article, reading.text, d) for d in sides_filled(reading, told)]


@dataclass
class _Drafting:
    """What drafting an article carries from one sentence to the next."""

    drafts: list[Draft] = field(default_factory=list)
    context: Context | None = None  #: the date and place of the last clause without trigger
    #: the date and place of the last clause whose triggers told no attack (قاد هجوما في غروزني في ديسمبر 2014), for
    #: a clause of the next sentence tied to it (وقتل حينها 14 ضابطا)
    untold: Context | None = None
    deaths: Context | None = None  #: the lead's date and area, told by a clause without an event of its own
    previous: When | None = None  #: the date of the last dated draft
    lead: Draft | None = None  #: the lead sentence's first dated violent event
    in_sentence: Draft | None = None  #: the sentence's last dated attack
    last_attack: tuple[int, Draft] | None = None  #: the last dated attack and the index of its sentence
    #: the last sentence that told a detail of a dated attack at an area, and that attack (`lead_time.right_after`)
    detailed: tuple[int, Draft] | None = None


@dataclass
class _Sentence:
    """What drafting one sentence carries from one of its clauses to the next."""

    index: int
    start: int
    end: int
    follow_up: bool  #: it follows up the lead's report
    carried: Draft | None  #: the last dated attack of the sentence before, whose time a كما sentence goes on at
    told_in: Clause | None = None  #: its last clause that told a draft
    previous_actor: ActorHit | None = None
    announcing: Draft | None = None  #: its last attack dated only by its announcement's day
    #: its clause just before, when it told no draft (قتل سبعة جنود الأربعاء): the toll, day and place it may tell are
    #: those of an attack told next as its cause (بعد أن فجر مسلحون قنبلة)
    untold_before: Clause | None = None

    @property
    def told(self) -> bool:
        """A clause of the sentence told a draft."""
        return self.told_in is not None


def _drafts(r: Findings) -> list[Draft]:
    """One draft per clause that tells an event, in text order."""
    drafting = _Drafting()
    for index, (s_start, s_end) in enumerate(r.spans):
        sentence = _sentence_begun(r, drafting, index, s_start, s_end)
        if a_heading_line(r, index):  # a link to another story, or a subheading: no event of its own
            continue
        for clause in second_attacks_apart(r, r.clauses(s_start, s_end)):
            inside = without_the_attack_amid(r.folded, clause, r.within("triggers", clause))
            if inside:
                _draft_told(r, drafting, sentence, clause, inside)
            else:
                _told_without_trigger(r, drafting, sentence, clause)
        _toll_told_again(r, drafting, sentence)
    return drafting.drafts


def _sentence_begun(r: Findings, drafting: _Drafting, index: int, s_start: int, s_end: int) -> _Sentence:
    """A sentence to draft: whether it follows up the lead's report, and the attack before whose time it goes on
    at."""
    follow_up = drafting.lead is not None and follows_up(r.folded, s_start, s_end)
    # a sentence opening with كما goes on at the time of the last dated attack before it, not of one recalled
    # (as the mid-sentence كما of `_dated_by_an_attack_before`); one going on with a report (كما قال الجيش إن)
    # tells what was said, at a time of its own
    in_sentence = drafting.in_sentence
    carried = in_sentence if in_sentence and not in_sentence.recalled and (same_time(
        r.folded, Clause(s_start, s_end, False), across=True) or concurrent_with_before(r.folded, s_start)) and not (
        follows_up(r.folded, s_start, s_end)) else None
    drafting.in_sentence = None
    return _Sentence(index, s_start, s_end, follow_up, carried)


def _told_without_trigger(r: Findings, drafting: _Drafting, sentence: _Sentence, clause: Clause) -> None:
    """A clause without trigger: the date and place it tells for the clauses after it, the place or date it
    gives the draft its sentence just told, and the toll it may lend an attack told next as its cause
    (`_tolled_by_the_clause_before`)."""
    drafts = drafting.drafts
    drafting.context = _context(r, sentence.index, clause) or drafting.context
    sentence.untold_before = clause
    told = sentence.told
    if told and placed_at_most_by_country(drafts[-1]):
        place = best_place(r.folded, not_journeys(r.folded, r.within("places", clause), clause.start, ()), clause.start)
        if drafts[-1].place is None or inside_country(place, drafts[-1].place):
            drafts[-1] = revised(drafts[-1], place=place)
    if told and an_attack(drafts[-1]) and drafts[-1].when.unwritten and not vaguely_past(
            r.folded, sentence.told_in, drafts[-1].trigger):
        drafts[-1] = dated_after(r, clause, drafts[-1])
    elif told and an_attack(drafts[-1]) and drafts[-1].when.reported:
        drafts[-1] = dated_after(r, clause, drafts[-1], reported=True)
    else:
        _dated_by_its_death(r, drafting, sentence, clause)
    _the_lead_at_its_towns(drafting, sentence, clause, the_lead_at_its_towns(r, drafting.lead, sentence.index, clause))


def _draft_told(r: Findings, drafting: _Drafting, sentence: _Sentence, clause: Clause,
                inside: list[Trigger]) -> None:
    """A clause with triggers: its drafts, dated, placed and tolled by the text before them, and the attack they
    answer; one telling no draft may lend its toll to the attack told next as its cause."""
    if all(tr.event_type == "statement" or pointed_back(r.folded, clause, tr) for tr in inside):
        _dated_by_its_death(r, drafting, sentence, clause)  # وقالت الوزارة إن الجندي قتل / إن هذه الغارة نفذت الجمعة
    told_here, answered = _told_here(r, drafting, sentence, clause, inside)
    untold_before, sentence.untold_before = sentence.untold_before, None
    if not told_here:
        sentence.untold_before = clause
        drafting.drafts += [answered] if answered else []
        if not answered:  # the part before its triggers: كما سقط 6 قتلى في بلدة س، مع استمرار المعارك
            before = Clause(clause.start, inside[0].start, False)
            _the_lead_at_its_towns(drafting, sentence, clause, the_lead_at_its_towns(
                r, drafting.lead, sentence.index, before))
        if sentence.index == r.lead and not answered and find_toll(r.folded[clause.start : clause.end]).killed:
            drafting.deaths = _context(r, sentence.index, clause) or drafting.deaths  # قال المرصد الجمعة إن 42 قتلوا
        if not answered:
            drafting.untold = _context(r, sentence.index, clause) or drafting.untold
        return
    draft = _tolled_by_the_clause_before(r, sentence.index, clause, _placed_and_dated_before(
        r, drafting, sentence, clause, told_here[0]), untold_before)
    vague = draft.when.unwritten and vaguely_past(r.folded, clause, draft.trigger)
    draft = _told_amid(drafting, sentence, clause, draft)
    draft = _dated_in_the_sentence(r, drafting, sentence, clause, draft, vague)
    draft = _dated_by_an_attack_before(r, drafting, sentence, clause, inside, draft, vague)
    draft = _dated_by_the_lead(r, drafting, sentence, clause, draft, vague)
    _lead_found(r, drafting, sentence.index, draft)
    _recorded(r, drafting, sentence, clause, draft, told_here[1:], answered)


def _dated_by_its_death(r: Findings, drafting: _Drafting, sentence: _Sentence, clause: Clause) -> None:
    """The last attack told, with only statements told after it, dated by the day of its dead a clause telling no
    other attack gives (`following.dated_by_its_death`)."""
    drafts = drafting.drafts
    last = next((i for i in range(len(drafts) - 1, -1, -1) if drafts[i].event_type != "statement"), None)
    if last is not None and an_attack(drafts[last]):
        drafts[last] = dated_by_its_death(r, sentence.index, clause, drafts[last])


def _the_lead_at_its_towns(drafting: _Drafting, sentence: _Sentence, clause: Clause, towns: list[Draft]) -> None:
    """The lead's attack at the towns a clause counts its dead at (`lead_time.the_lead_at_its_towns`) added as the
    clause's drafts."""
    if towns:
        drafting.drafts += towns
        sentence.told_in = clause


def _toll_of(r: Findings, index: int, clause: Clause) -> tuple[Toll, Context | None] | None:
    """The toll a clause that told no draft tells, if any (قتل سبعة جنود وأصيب ثلاثة، الأربعاء), with its date and
    place; none of protesters (قال الأمن إن سبعة محتجين جرحوا في البصرة: `Cues.protests`), a protest's toll."""
    toll = find_toll(r.folded[clause.start : clause.end])
    if not toll.told or any(one_of(w, cues().protests) for w in r.folded[clause.start : clause.end].split()):
        return None
    return toll, _context(r, index, clause)


def _tolled_by_the_clause_before(r: Findings, index: int, clause: Clause, draft: Draft, before: Clause | None) -> Draft:
    """An attack telling no dead, in a clause opened as the cause of the toll the clause before told without a draft
    (قتل سبعة جنود وأصيب ثلاثة، الأربعاء، بعد أن فجر مسلحون قنبلة على الطريق: `clauses.opened_by_its_cause`), takes
    that toll, and the day and place that clause tells where its own clause tells none (قال الجيش إن ستة جنود جرحوا في
    مدينة ماردين، الثلاثاء، بعد أن هاجم مسلحون نقطة تفتيش: Mardin, Tuesday)."""
    if before is None or draft.toll.told or not an_attack(draft) or not opened_by_its_cause(r.folded, clause):
        return draft
    told = _toll_of(r, index, before)
    if told is None:
        return draft
    toll, context = told
    if context is None:
        return revised(draft, toll=toll)
    day = day_told_after_the_report(r, before) if draft.when.unwritten else None
    return revised(draft, toll=toll, when=day or draft.when, place=draft.place or context[2])


def _told_here(r: Findings, drafting: _Drafting, sentence: _Sentence, clause: Clause,
               inside: list[Trigger]) -> tuple[list[Draft], Draft | None]:
    """The drafts a clause tells of its own (or of the kind named just before it), and the attack it answers or
    came after."""
    index, drafts, previous = sentence.index, drafting.drafts, drafting.previous
    context = _context_tied(r, drafting, index, clause)
    told_here = draft_before_the_anchor(r, index, clause, inside, sentence.previous_actor, context, previous) or (
        clause_drafts.draft_clause(r, index, clause, inside, sentence.previous_actor, context, previous))
    kind = None if told_here else kind_named_before(r, index, clause, drafts)
    if kind is not None:  # الضربات وقعت في بلدة س: the strike a sentence just before named by its kind
        told_here = [named_again_by(kind, d) for d in clause_drafts.draft_clause(
            r, index, clause, inside, sentence.previous_actor, context, previous, True) if d.definite and not (
            d.over_places)]
    answered = attack_answered(r, index, clause, inside, told_here[0] if told_here else None)
    came_after = None if answered else attack_it_came_after(r, index, clause, inside, drafts)
    if came_after and told_here and came_after.trigger == told_here[0].trigger:
        told_here = [came_after, *told_here[1:]]  # ويأتي ذلك غداة هجوم: the clause tells only that attack
    else:
        answered = answered or came_after
    return told_apart(r.folded, clause, inside, told_here), answered


def _context_tied(r: Findings, drafting: _Drafting, index: int, clause: Clause) -> Context | None:
    """The date and place a clause may carry: those of the last clause without trigger, or, for a clause tied to
    the very time of the sentence before (`segment.at_that_time`: وقتل حينها 14 ضابطا) when that sentence has
    none, those of its last clause whose triggers told no attack (الذي قاد هجوما في غروزني في ديسمبر 2014)."""
    context, untold = drafting.context, drafting.untold
    if untold is None or untold[0] != index - 1 or (context is not None and context[0] >= index - 1):
        return context
    return untold if at_that_time(r.folded, clause) else context


def _placed_and_dated_before(r: Findings, drafting: _Drafting, sentence: _Sentence, clause: Clause,
                             draft: Draft) -> Draft:
    """The draft at the area, settlement or places named before it, and at the time it had happened, not at the
    day of a report telling it again."""
    drafts = drafting.drafts
    draft = in_the_places_named_again(r, in_the_settlement_named_before(r, in_the_same_area(r, draft, drafts)))
    if not sentence.told:  # سقط صاروخان قرب المطار، وأعلن المرصد أنهما استهدفا مستودعات
        draft = by_the_side_told_first(r, clause, at_the_place_told_first(r, clause, draft))
    index = sentence.index
    told_before = r.by_offset["dates"].within(*r.spans[index - 1]) if index else []
    draft = revised(draft, when=had_happened(r.folded, sentence.start, draft.when, told_before, drafting.previous))
    if told_again(draft, drafts):  # أفادت الوزارة أمس أن التفجير: the report's day, not the attack's
        draft = revised(draft, when=When())
    return draft


def _told_amid(drafting: _Drafting, sentence: _Sentence, clause: Clause, draft: Draft) -> Draft:
    """A draft told amid an attack of another kind (اشتباكات في بلدة س، وسط قصف على مناطق الاشتباك: `Clause.amid`)
    is another attack, completing no draft before it (`Draft.separate`), at the place of the attack told in the
    clause right before its own when it names none finer than a country."""
    if not clause.amid:
        return draft
    draft = revised(draft, separate=True)
    told_in = sentence.told_in
    before = drafting.drafts[-1] if told_in is not None and told_in.end == clause.start and drafting.drafts else None
    if before is None or before.event_type == draft.event_type or before.place is None or (
            draft.place is not None and draft.place.chosen.precision != "country"):
        return draft
    return revised(draft, place=before.place)


def _dated_in_the_sentence(r: Findings, drafting: _Drafting, sentence: _Sentence, clause: Clause, draft: Draft,
                           vague: bool) -> Draft:
    """An undated draft at the time of the dated attack before it in its sentence (or the one a كما sentence
    goes on from) when it shares that time, or announced on the day of its sentence's announced attack."""
    carried = sentence.carried
    dated = drafting.in_sentence or (carried if clause.start == sentence.start and not told_before_as_another(
        draft, carried) else None)
    if dated and draft.when.unwritten and not vague and (clause.shares_time or same_time(
            r.folded, clause) or concurrent_apart(r.folded, clause, draft, dated)):
        return revised(draft, when=from_lead(dated.when), recalled=dated.recalled)  # at a recalled time
    announcing = sentence.announcing
    if announcing and draft.when.unwritten and draft.announced is None and not vague and (
            clause.shares_time or same_time(r.folded, clause)):
        return revised(draft, announced=announcing.announced)  # قال بيان أمس إن غارات ...، فضلا عن قصف
    return draft


def _dated_by_an_attack_before(r: Findings, drafting: _Drafting, sentence: _Sentence, clause: Clause,
                               inside: list[Trigger], draft: Draft, vague: bool) -> Draft:
    """An attack told "also" at the time of the last dated attack just told, and one a reply verb tells as
    answering it, never that attack, at its time."""
    index, last_attack = sentence.index, drafting.last_attack
    also = last_attack[1] if last_attack and index - last_attack[0] <= ALSO_SENTENCES else None
    said_also = told_also(r.folded, clause, draft.trigger) or (  # كما استهدفت ... mid-sentence, of the news
        also is not None and not also.recalled and clause.start != sentence.start and opens_as_also(r.folded, clause)
        and not r.by_offset["dates"].within(sentence.start, clause.start))
    if also and draft.event_type in VIOLENT_TYPES and draft.when.unwritten and not vague and said_also and not (
            told_before_as_another(draft, also)):
        draft = revised(draft, when=from_lead(also.when))  # شن التحالف أيضا 13 غارة: the time just told
    answered_last = last_attack[1] if last_attack and index - last_attack[0] <= 1 else None
    if answered_last and draft.event_type in VIOLENT_TYPES and answers_back(
            r.folded, clause, draft.trigger, tuple(tr.start for tr in inside)):
        # never the attack it answers; told as done by the reply verb, not named again (ورد الطيران الحربي)
        draft = revised(draft, replies_to=answered_last.trigger, remention=False)
        if draft.when.unwritten and not vague:
            draft = revised(draft, when=from_lead(answered_last.when))  # وردت القوات بقصف: the answer's time
    return draft


def _dated_by_the_lead(r: Findings, drafting: _Drafting, sentence: _Sentence, clause: Clause, draft: Draft,
                       vague: bool) -> Draft:
    """An undated draft at the time of the lead's deaths or of the lead's attack it follows up, retells or
    comes right after at the same spot (not a lead of fighting going on at the time of writing, `When.now`: what
    is told after it as done has no day written), and of the lead's side when its speaker goes on."""
    index, lead, follow_up, context = sentence.index, drafting.lead, sentence.follow_up, drafting.context
    drafting.deaths = context if context and context[0] == r.lead else drafting.deaths
    deaths = drafting.deaths
    if draft.when.unwritten and not vague and after_a_lead_of_deaths(r, index, draft, deaths):
        draft = revised(draft, when=from_lead(deaths[1]))  # قتل 19 الخميس في س. واستهدفت الطائرات ...
    after_lead = right_after_the_lead(r, lead, index, draft)
    if (follow_up or after_lead or retold_at_the_lead(r, lead, draft)) and draft.when.unwritten and not (
            vague or lead.when.now) and same_spot(r, lead, draft, follow_up or after_lead):
        draft = revised(draft, when=from_lead(lead.when))
        drafting.detailed = (index, lead) if after_lead else drafting.detailed
    told = drafting.last_attack  # a paragraph's lead at an area, its day written in it, then its town
    if told and told[1] is not lead and told[1].when.text is not None and draft.when.unwritten and not vague and (
            right_after(r, told[1], told[0], index, draft)):
        draft = revised(draft, when=from_lead(told[1].when))
        drafting.detailed = index, told[1]
    detailed = drafting.detailed  # the details go on, a town of the area in each sentence (وقتل 15 آخرون في بلدة ص)
    if detailed and draft.when.unwritten and not vague and right_after(r, detailed[1], detailed[0], index, draft) and (
            not series(r.folded, *detailed[1].sentence)):  # قتل خمسة في هجومين: as many as it counts, no more
        draft = revised(draft, when=from_lead(detailed[1].when))
        drafting.detailed = index, detailed[1]
    if follow_up and speaker_goes_on(r.folded, sentence.start, sentence.end, lead.sentence):
        draft = with_the_lead_side(r, lead, clause, draft)  # وتابع أن سبع ضربات نفذت: the lead's side
    return draft


def _lead_found(r: Findings, drafting: _Drafting, index: int, draft: Draft) -> None:
    """The lead's attack: the first dated draft of the lead sentence that leads, else one dated after it."""
    if drafting.lead is None and index == r.lead and draft.when.date is not None and _leads(draft):
        drafting.lead = draft
    elif drafting.lead is None and draft.when.date is not None and _leads(draft):
        drafting.lead = lead_dated_after(r, index, draft, drafting.drafts)


def _dated_since(r: Findings, clause: Clause, draft: Draft) -> bool:
    """The draft's date is written after since in its clause (ضربات منذ صباح أمس): the day what goes on began."""
    text = draft.when.text
    return text is not None and any(m.text == text and after_since(r.folded, clause, p, m)
                                    for p, m in r.within("dates", clause))


def _recorded(r: Findings, drafting: _Drafting, sentence: _Sentence, clause: Clause, draft: Draft,
              others: list[Draft], answered: Draft | None) -> None:
    """The clause's drafts and the attack it answers added, and what the next clauses and sentences take from
    them: a shared place, the last date, the sentence's dated or announced attack, the actor."""
    drafts = drafting.drafts
    target = clause.shares_target and draft.place is not None and _placed_before_it(r, drafts[-1])
    if clause.shares_place and sentence.told and drafts[-1].sentence == draft.sentence and (
            drafts[-1].place is None or target):
        drafts[-1] = revised(drafts[-1], place=draft.place)  # خطفه يوم 4 حزيران، وأعدمه يوم 15 تموز في س
    drafts += [draft, *others] + ([answered] if answered else [])
    drafting.previous = draft.when if draft.when.value is not None else drafting.previous
    if draft.when.value is not None and draft.event_type in VIOLENT_TYPES:
        # a statement's day is not the time of what is told beside it, nor the day a going-on began (غارات منذ
        # صباح أمس، كما قصفت القوات بلدة س: told at some time since, not on that day)
        drafting.in_sentence = None if _dated_since(r, clause, draft) else draft
        drafting.last_attack = sentence.index, draft
    elif draft.announced is not None and draft.event_type in VIOLENT_TYPES:
        sentence.announcing = draft
    sentence.previous_actor = draft.actor
    sentence.told_in = clause


def _placed_before_it(r: Findings, draft: Draft) -> bool:
    """The draft's place is told before its trigger (قال الدفاع المدني في ريف دمشق إن المدنيين قتلوا بقصف سوري)."""
    return draft.place is not None and r.text.fold(draft.place.start) < draft.trigger


def _toll_told_again(r: Findings, drafting: _Drafting, sentence: _Sentence) -> None:
    """A sentence that told no draft gives the last draft the toll it tells again of it (anaphorically), unless
    it is another incident's."""
    drafts, s_start, s_end = drafting.drafts, sentence.start, sentence.end
    if sentence.told or not drafts:
        return
    whole = Clause(s_start, s_end, False)
    if not toll_of_another_incident(
            r.folded[s_start:s_end], s_start, drafts[-1], r.within("dates", whole), r.within("places", whole)):
        last = drafts[-1]
        drafts[-1] = revised(last, toll=anaphoric_toll(last.toll, r.folded[s_start:s_end]))


def _leads(draft: Draft) -> bool:
    """A dated draft of the lead sentence that dates the follow-ups of its report: an attack, or a death told
    with its toll (أعلنت أنقرة، الثلاثاء، مقتل جندي)."""
    return draft.event_type in VIOLENT_TYPES or (draft.event_type == "other" and draft.toll.told)


#: An attack told with "also" (`segment.told_also`) takes the time of the last dated attack told at most this
#: many sentences before it.
ALSO_SENTENCES = 2


def _context(r: Findings, index: int, clause: Clause) -> Context | None:
    """The date (and place) of a clause without trigger, for the clauses after it to carry; never a
    baseline (الحصيلة الأكبر منذ اندلاع الحرب عام 2011: the start of a comparison)."""
    mention = nearest([(p, m) for p, m in r.within("dates", clause)
                       if m.kind != "event_relative" and not baseline(r.folded, clause, p, m, True)], clause.end)
    if mention is None:
        return None
    places = not_journeys(r.folded, r.within("places", clause), clause.start, ())
    return index, when_of(mention, r.ref_basis), best_place(r.folded, places, clause.end)


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
        killed=d.toll.figures[0],
        injured=d.toll.figures[1],
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
        place_radius_km=d.place.extent_km if d.place and not unplaced else None,
        place_approximate=bool(place and place.approximate),
        cited_sources=article.cited_sources,
    )
