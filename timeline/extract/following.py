"""How a clause's draft stands to the report before it: told in the area the attack before it was
(`in_the_same_area`), in the settlement just named (`in_the_settlement_named_before`), in the places named
again by a demonstrative (`in_the_places_named_again`) or at the place its sentence told first
(`at_the_place_told_first`) by the side it told first (`by_the_side_told_first`), placed no finer
than its country (`placed_at_most_by_country`), a follow-up at the lead's spot (`same_spot`,
`retold_at_the_lead`), dated by the clause after it (`dated_after`), or a definite attack of another type
than the one told before (`told_before_as_another`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache

from gazetteer import Place, PlaceMatch
from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from gazetteer.unknown import unknown_names
from timeline.extract.actors import is_air, word_start
from timeline.extract.agreeing import NAMED_AGAIN_MAX_DAYS
from timeline.extract.clauses import COMMAS, Clause
from timeline.extract.cues import cues, without_articles
from timeline.extract.drafts import Draft, revised
from timeline.extract.event_when import When, after_publication, recalled
from timeline.extract.findings import Findings
from timeline.extract.occurrence_days import trailing_date
from timeline.extract.places import same_place
from timeline.extract.placing import best_place, list_head
from timeline.extract.segment import NEXT_WORD, with_article
from timeline.extract.spans import first_words
from timeline.extract.toll import tells_a_death
from timeline.extract.triggers import Trigger, triggers_data
from timeline.models import DateMention
from timeline.vocabulary import VIOLENT_TYPES

#: Date precisions of an attack told at a known time: a day, or a night of two.
DAYS = frozenset({"day", "range"})


def in_the_same_area(r: Findings, draft: Draft, drafts: list[Draft]) -> Draft:
    """`draft`, placed no finer than its country in a sentence that says it happened where the attack
    before it did (وفي المنطقة نفسها، في المكان ذاته) and names no place before saying so, placed at the
    last attack told before it with a place finer than a country, a kidnapping too (خطفت ... قرب مدينة اعزاز ...
    وهاجمت مقرا في المنطقة نفسها), never a statement, or nowhere: the same area is not the country (but قرى بشمال
    شرق سوريا ... في نفس المنطقة is the area just named)."""
    if draft.place is not None and draft.place.chosen.precision != "country":
        return draft
    sentence = Clause(*draft.sentence, False)
    hits = r.within("same_area", sentence)
    if not hits or any(p < hits[0] for p, _ in r.within("places", sentence)):
        return draft
    before = next((d.place for d in reversed(drafts) if d.event_type != "statement" and d.place is not None
                   and d.place.chosen.precision != "country"), None)
    return replace(draft, place=before)


#: Precisions of a settlement a definite settlement noun (في المدينة) may name again.
SETTLEMENTS = frozenset({"village", "town", "city"})


@cache
def _settlement_noun() -> re.Pattern[str]:
    """A definite settlement noun right after a word of where (في المدينة، إلى الشرق من البلدة)."""
    data = triggers_data()["placing"]
    leads = "|".join(sorted((re.escape(normalize(w)) for w in data["settlement_leads"]), key=len, reverse=True))
    nouns = "|".join(re.escape(normalize(w)) for w in data["settlement_nouns"])
    conjunctions = "|".join(re.escape(c) for c in CLITICS.conjunctions)
    return re.compile(rf"(?<!\w)(?:{conjunctions})?(?:{leads})\s+(?P<noun>{nouns})(?!\w)")


@cache
def _two_settlements() -> re.Pattern[str]:
    """Two settlements named again by a definite dual noun, with its proclitics (البلدتين، بالمدينتين)."""
    nouns = "|".join(re.escape(normalize(w)) for w in triggers_data()["placing"]["two_settlements"])
    return re.compile(rf"(?<!\w){CLITICS.pattern(CLITICS.plain_prefixes)}(?P<noun>{nouns})(?!\w)")


def in_the_settlement_named_before(r: Findings, draft: Draft) -> Draft:
    """`draft`, placed no finer than its country in a sentence that names a settlement again by its
    definite noun after a word of where (في المدينة، إلى الشرق من المدينة), placed at the last place finer than a
    country named before the noun in its sentence or the one before (not a reference point) when that one is a
    village, town or city (not بريف درعا ... في البلدة: a settlement the gazetteer lacks), or, for a noun after
    the trigger, at the settlement told in its sentence right before that area (`_last_settlement`), or, when
    neither sentence names a place finer than a country before the noun, at the one settlement the article names
    before it (`_the_only_settlement_told`); or that
    names two again by a dual noun (استهدفت البلدتين، في محيط البلدتين), at the last village, town or city named
    before it (بلدتي الفوعة وكفرية بريف إدلب ... البلدتين: al-Fuah, its area told after the pair)."""
    noun = _said_while_unplaced(r, draft, _settlement_noun())
    if noun is not None:
        at = noun.start("noun")
        named = _named_before(r, draft.sentence[0], at)
        last = _last_settlement(r, named, draft.sentence[0] if draft.trigger < at else None) if named else (
            _the_only_settlement_told(r, at))
        return replace(draft, place=last) if last else draft
    pair = _said_while_unplaced(r, draft, _two_settlements())
    return draft if pair is None else replace(draft, place=_last_pair(r, draft.sentence[0], pair.start("noun")))


def _the_only_settlement_told(r: Findings, at: int) -> PlaceMatch | None:
    """The one village, town or city the article names before folded offset `at` (not a reference point), further
    back than the sentence before (تقصف الطائرات مدينة أريحا. ... ألقت قنبلة وسط البلدة: Ariha), when it names
    no other, nor one the gazetteer lacks by its head (بلدة فوتوكول): a definite settlement noun names it again."""
    told = [pm for _, pm in r.within("places", Clause(0, at, False))
            if pm.chosen.precision in SETTLEMENTS and not pm.anchor]
    if not told or any(not same_place(pm.chosen, told[0].chosen) for pm in told[1:]):
        return None
    return None if unknown_names(r.text.text[: r.text.orig(at)]) else told[0]


#: At most this many words stand between a settlement and the area told right after it (بلدة س بريف حماة، قرية س
#: في ريف درعا).
AREA_GAP_WORDS = 1


def _last_settlement(r: Findings, named: list[PlaceMatch], since: int | None) -> PlaceMatch | None:
    """The last of the places `named` when it is a village, town or city, or, when the noun naming it again
    follows the draft's trigger (`since`, the start of their sentence; None otherwise), the settlement told in
    that sentence right before the area or governorate holding it that is named last (ألقى الطيران براميل على
    بلدة اللطامنة بريف حماة، عقبه قصف على أماكن في البلدة: al-Lataminah); None when the last is an area told
    apart from any known settlement (قرية س بريف درعا ... في البلدة: a settlement the gazetteer lacks)."""
    if not named:
        return None
    last = named[-1]
    if last.chosen.precision in SETTLEMENTS:
        return last
    if since is None or len(named) < 2 or last.chosen.precision not in ("region", "governorate"):
        return None
    town = named[-2]
    return town if r.text.fold(town.start) >= since and _told_with_its_area(r, town, last) else None


def _told_with_its_area(r: Findings, town: PlaceMatch, area: PlaceMatch) -> bool:
    """`town` is a village, town or city in the governorate of `area`, told right before it (at most
    `AREA_GAP_WORDS` words between, no comma or full stop: بلدة اللطامنة بريف حماة)."""
    gap = r.text.text[town.end : area.start]
    held = (town.chosen.country, town.chosen.admin1) == (area.chosen.country, area.chosen.admin1)
    told_with = len(gap.split()) <= AREA_GAP_WORDS and not any(c in gap for c in (*COMMAS, "."))
    return town.chosen.precision in SETTLEMENTS and held and told_with


#: A dual naming two settlements again (البلدتين) names the pair told at most this many sentences before its own,
#: when each sentence between names them again by the dual (ويسيطر على البلدتين مقاتلون): a chain of one reference.
PAIR_SENTENCES = 3


def _last_pair(r: Findings, start: int, upto: int) -> PlaceMatch | None:
    """The first of the last settlements named from the sentence before the one at folded offset `start` (or
    further back, `_pair_told_back`) up to `upto` (الفوعة وكفريا: al-Fuah, as a list is placed), or None."""
    back = _pair_told_back(r, start)
    settled = [pm for pm in _named_before(r, start, upto, back) if pm.chosen.precision in SETTLEMENTS]
    return list_head(r.text.text, r.within("places", Clause(_sentence_back(r, start, back), upto, False)),
                     settled[-1]) if settled else None


def _pair_told_back(r: Findings, start: int) -> int:
    """How many sentences before the one at folded offset `start` the pair it names again by a dual was told: one,
    or more while the sentence before names no settlement and names them by the dual too (تتعرض بلدتا الفوعة
    وكفريا لحصار. ويسيطر على البلدتين مقاتلون. وبدأوا بقصف البلدتين), at most `PAIR_SENTENCES`."""
    index = bisect_left(r.spans, start, key=lambda span: span[0])
    back = 1
    while back < min(PAIR_SENTENCES, index) and _only_the_dual(r, r.spans[index - back]):
        back += 1
    return back


def _only_the_dual(r: Findings, span: tuple[int, int]) -> bool:
    """The sentence `span` names two settlements again by a dual and names no settlement of its own."""
    return _two_settlements().search(r.folded, *span) is not None and not any(
        pm.chosen.precision in SETTLEMENTS for _, pm in r.within("places", Clause(*span, False)))


def at_the_place_told_first(r: Findings, clause: Clause, draft: Draft) -> Draft:
    """`draft`, one attack told as done by a strike verb (not a plural, not definite) without a date or a place
    finer than its country, in a later clause of a sentence whose clauses before it told no attack, placed at the
    place finer than a country those clauses name (سقط صاروخان قرب مطار دمشق، وأعلن المرصد أنهما استهدفا
    مستودعات أسلحة): the sentence tells one happening, its place told first."""
    if not draft.when.unwritten or (draft.place is not None and draft.place.chosen.precision != "country"):
        return draft
    if not (draft.done and draft.strong) or draft.plural or draft.definite or clause.start <= draft.sentence[0]:
        return draft
    best = best_place(r.folded, r.within("places", Clause(draft.sentence[0], clause.start, False)), clause.start)
    return draft if best is None or best.chosen.precision == "country" else replace(draft, place=best)


def by_the_side_told_first(r: Findings, clause: Clause, draft: Draft) -> Draft:
    """`draft`, one attack told as done by a strike verb (not a plural, not definite) without a side, in a later
    clause of a sentence whose clauses before it told no attack, by the one side those clauses name as acting, neither
    a target, a speaker, a backer nor told of it, when it strikes from the air (سقط صاروخان إسرائيليان قرب المطار،
    وأعلن المرصد أنهما استهدفا مستودعات: Israel's air strike): the sentence tells one happening, its side told
    first."""
    if draft.actor is not None or not (draft.done and draft.strong) or draft.plural or draft.definite or (
            clause.start <= draft.sentence[0]):
        return draft
    sides = [a for a in r.within("actors", Clause(draft.sentence[0], clause.start, False))
             if not (a.target or a.backer or a.informed or a.capital) and a.ambiguous is None
             and a.start not in r.speakers]
    if len({a.name for a in sides}) != 1 or not (sides[0].air or is_air(sides[0].name)):
        return draft
    air = draft.defaulted  # a strike of no told kind, by a side striking from the air: its air strike
    return replace(draft, actor=sides[0], event_type="airstrike" if air else draft.event_type, defaulted=False)


def _said_while_unplaced(r: Findings, draft: Draft, phrase: re.Pattern[str]) -> re.Match[str] | None:
    """Where `phrase` is said in the sentence of `draft` when the draft is placed no finer than its country."""
    if draft.place is not None and draft.place.chosen.precision != "country":
        return None
    return phrase.search(r.folded, *draft.sentence)


def _named_before(r: Findings, start: int, upto: int, back: int = 1) -> list[PlaceMatch]:
    """The places finer than a country, not reference points, named from `back` sentences before the one at folded
    offset `start` (or from the first) up to `upto`."""
    return [pm for _, pm in r.within("places", Clause(_sentence_back(r, start, back), upto, False))
            if pm.chosen.precision != "country" and not pm.anchor]


def _sentence_back(r: Findings, start: int, back: int) -> int:
    """The folded offset of the sentence `back` sentences before the one at folded offset `start` (or of the
    first)."""
    index = bisect_left(r.spans, start, key=lambda span: span[0])  # the draft's sentence, among sorted spans
    return r.spans[max(0, index - back)][0]


@cache
def _named_again() -> re.Pattern[str]:
    """The places just told, named again by a demonstrative or as the same area (من هذه القرى، بالمديرية ذاتها)."""
    phrases = "|".join(sorted((re.escape(normalize(w)) for w in triggers_data()["placing"]["named_again"]),
                              key=len, reverse=True))
    return re.compile(rf"(?<!\w){CLITICS.pattern(CLITICS.plain_prefixes)}(?:{phrases})(?!\w)")


def in_the_places_named_again(r: Findings, draft: Draft) -> Draft:
    """`draft`, placed no finer than its country in a sentence that names the places just told again (استعادت
    القوات ثلاثا من هذه القرى) and no place finer than a country before that phrase, placed at the last place
    finer than a country named before the phrase in its sentence or the one before (not a reference point); left
    as it is when there is none (the places named again may be settlements the gazetteer lacks)."""
    again = _said_while_unplaced(r, draft, _named_again())
    if again is None:
        return draft
    start, end = draft.sentence
    if any(pm.chosen.precision != "country" for p, pm in r.within("places", Clause(start, end, False))):
        return draft  # تفجيرات في ريفها ... على تلك القرى: the places its own sentence tells, not read
    named = _named_before(r, start, again.start())
    return replace(draft, place=named[-1]) if named else draft


def placed_at_most_by_country(d: Draft) -> bool:
    """Without a place, or an attack of a known day (or night) placed only at its country."""
    return d.place is None or (
        d.place.chosen.precision == "country" and d.event_type in VIOLENT_TYPES and d.when.precision in DAYS)


def inside_country(place: PlaceMatch | None, country: PlaceMatch) -> bool:
    """`place` is finer than `country` and lies in it."""
    return place is not None and place.chosen.precision != "country" and (
        place.chosen.country == country.chosen.country)


def dated_after(r: Findings, clause: Clause, draft: Draft, reported: bool = False) -> Draft:
    """`draft` dated by the clause without trigger after it in its sentence (`occurrence_days.trailing_date`),
    unless that date is still to come; when `draft` has only its report's day (أفادت الوزارة أمس أن
    القيادي قتل في غارة بينما كان يتنقل قرب البلدة في 8 تموز), by any plain date of that clause."""
    when = trailing_date(r.folded, clause, r.within("dates", clause), draft.trigger, r.within("reports", clause),
                         r.ref_basis, anywhere=reported)
    if when is None or after_publication(when, r.ref, r.ref_basis):
        return draft
    return replace(draft, when=when, recalled=recalled(when, r.ref))


#: A sentence at most this many sentences after an attack dated only by its report's day may tell the day of its dead.
DEATH_DAY_SENTENCES = 2


def dated_by_its_death(r: Findings, index: int, clause: Clause, draft: Draft) -> Draft:
    """`draft`, an attack dated only by the day of its report (ذكرت الوزارة يوم السبت أن الجندي الذي قتل في انفجار
    قنبلة) or of its announcement (`Draft.announced`: أكد الجيش الاثنين أن الطائرات نفذت غارة), dated by the earlier
    day a clause in one of the `DEATH_DAY_SENTENCES` sentences after it (sentence `index`) tells a death on (وقالت
    الوزارة إن الجندي قتل في التاسع والعشرين من مارس), or tells the attack on, named again by a demonstrative (وقال
    المتحدث إن هذه الغارة نفذت الجمعة): the day of its dead or its own; not when the clause tells of other dead
    (آخرون) or another incident (آخر), nor a day more than `NAMED_AGAIN_MAX_DAYS` before the report's (وكان والد
    الجندي قد قتل في 5 حزيران 2014: another death)."""
    report = _report_day(draft)
    if report is None:
        return draft
    its_sentence = bisect_left(r.spans, (draft.sentence[0],))
    words = r.folded[clause.start : clause.end].split()
    if not (0 < index - its_sentence <= DEATH_DAY_SENTENCES and (
            tells_a_death(words) or _named_again_by_a_pointer(r, clause, draft))) or any(
            CLITICS.strip_conjunction(w) in cues().others | cues().another for w in words):
        return draft
    own = dated_after(r, clause, draft, reported=True)
    when = own.when
    return replace(own, announced=None) if when.precision == "day" and when.value is not None and (
        0 < (report - when.value).days <= NAMED_AGAIN_MAX_DAYS) else draft


def _report_day(draft: Draft) -> dt.date | None:
    """The day of the report or announcement that alone dates `draft`, or None."""
    if draft.when.reported and draft.when.precision == "day":
        return draft.when.value
    announced = draft.announced
    if draft.when.unwritten and announced is not None and announced.precision == "day":
        return announced.value
    return None


def _named_again_by_a_pointer(r: Findings, clause: Clause, draft: Draft) -> bool:
    """A trigger of `draft`'s type in the clause stands right after a demonstrative (هذه الغارة): the attack told
    again."""
    return any(tr.event_type == draft.event_type and pointed_back(r.folded, clause, tr)
               for tr in r.within("triggers", clause))


def pointed_back(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger is a noun right after a demonstrative in its clause (هذه الغارة، تلك الهجمات): an attack told
    before."""
    before = folded[clause.start : word_start(folded, tr.start, clause.start)].split()[-1:]
    return not tr.verb and bool(before) and before[0] in cues().demonstratives


def told_before_as_another(draft: Draft, dated: Draft | None) -> bool:
    """`draft`'s trigger is definite and of another type than the `dated` attack of the sentence before,
    whose time it would take (كما سيشرف المركز على التحقيق في الانفجار ... after a sentence on
    airstrikes): an attack told before, at a time of its own."""
    return dated is not None and draft.definite and draft.event_type != dated.event_type


def retold_at_the_lead(r: Findings, lead: Draft | None, draft: Draft) -> bool:
    """A definite trigger placed where the lead's event is (ووقعت التفجيرات ... في مدينة X), or a verb trigger
    of the lead's type whose subject right after it is one (استهدفت الضربات مواقع في مدينة X): the lead's attack
    told again, a follow-up without a reporting verb."""
    return lead is not None and lead.event_type in VIOLENT_TYPES and draft.place is not None and (
        draft.event_type in VIOLENT_TYPES) and (draft.definite or (
            draft.event_type == lead.event_type and _definite_subject(r, draft)))


def _definite_subject(r: Findings, draft: Draft) -> bool:
    """The draft's trigger is a verb and the word right after it an attack noun with the article, its subject
    (استهدفت الضربات; not an aircraft: قصفت الطائرات)."""
    sentence = Clause(*draft.sentence, False)
    inside = r.within("triggers", sentence)
    trigger = next((tr for tr in inside if tr.start == draft.trigger), None)
    if trigger is None or not trigger.verb:
        return False
    match = NEXT_WORD.match(r.folded, trigger.end)
    if match is None or without_articles(match.group(1)) in cues().aircraft:
        return False
    return any(
        match.start(1) <= tr.start < match.end(1) and not tr.verb and tr.event_type != "statement" and with_article(
            r.folded, tr) for tr in inside)


def said_in_country(r: Findings, area: Place, draft: Draft) -> bool:
    """`area` is a country `draft`'s own sentence names too (ثلاثة مواقع في المنطقة الحدودية في سوريا المقابلة لمدينة
    كيليس): the detail says it lies in the lead's country, though placed at a reference point across its border."""
    return area.precision == "country" and any(
        pm.chosen.precision == "country" and same_place(pm.chosen, area)
        for _, pm in r.by_offset["places"].within(*draft.sentence))


def same_spot(r: Findings, lead: Draft, draft: Draft, report: bool) -> bool:
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
    in_country = report and not any(_another_day(m, lead.when) for _, m in r.by_offset["dates"].within(
        lead.sentence[1], draft.sentence[0]))
    return any(same_place(place, inner) or (report and _in_governorate(place, inner)) or (
        in_country and place.precision == "country" and (
            inner.country == place.country or said_in_country(r, place, draft))) for place in named)


def with_the_lead_side(r: Findings, lead: Draft | None, clause: Clause, draft: Draft) -> Draft:
    """`draft`, told without a side in a sentence where the lead's speaker goes on (وتابع أن سبع ضربات نفذت قرب
    الحسكة, after a lead of the coalition's strikes), with the side of the `lead`: of its type, at its spot, on its
    day or none, hedged as the lead is. Not when its clause names aircraft (طائرات حربية: the speaker leaves them
    unnamed) or a side of its own."""
    if lead is None or lead.actor is None or draft.actor is not None or draft.event_type != lead.event_type:
        return draft
    if draft.when.value is not None and draft.when.value != lead.when.value:
        return draft
    if draft.sides or not same_spot(r, lead, draft, True) or _names_aircraft(r.folded, clause):
        return draft
    return revised(draft, actor=lead.actor, hedged=draft.hedged or lead.hedged, sides=lead.sides)


def _names_aircraft(folded: str, clause: Clause) -> bool:
    """The clause names aircraft (طائرات حربية، الطيران)."""
    return any(without_articles(w) in cues().aircraft for w in first_words(folded, clause.start, clause.end, 400))


def _another_day(m: DateMention, lead: When) -> bool:
    """The date mention `m` tells a time other than the `lead`'s: not a day within the lead's days (فجر الخميس
    after a lead of the night of Wednesday to Thursday), nor a span of months or years (قبل ثماني سنوات)."""
    if m.value is None or m.precision in ("month", "year"):
        return m.value is None
    end = dt.date.fromisoformat(lead.end) if lead.end else lead.value
    return not (lead.value is not None and lead.value <= m.value and (m.end_value or m.value) <= end)


def _in_governorate(place: Place, inner: Place) -> bool:
    """`inner` lies in the governorate of `place`."""
    return inner.admin1 is not None and (place.country, place.admin1) == (inner.country, inner.admin1)
