"""A clause that tells several attacks, or a count of them that is a total: cut before a second attack
joined by و or added by فضلا عن at a place of its own, or told amid one of another kind (وسط قصف) or joined by و to
fighting (اشتباكات وتفجيرين انتحاريين: `second_attacks_apart`), one event per place or day of a count
(`two_places_of_two`, `one_on_each_day`), of a count told again after و (`counted_again`) or of a wave over
far-apart governorates (`a_wave_over_far_places`), and air strikes counted in the hundreds or over many cities,
attacks over a list of far-apart cities or all over a country, or a toll in the hundreds with no date
(`counted_as_total`, `counted_over_places`, `listed_over_places`, `spread_over_a_country`, `a_campaign_toll`), and a
dual over a village and a town listed by و, one event each (`two_settlements_of_two`), and a day's count of strikes
near far-apart towns, one event near each (`towns_struck_near`), and places listed each with a day of its own,
one event at each on its day (`places_on_their_days`, `days_of_listed_places`), and a wave over named areas listed by
و, one event in each (`named_areas_of_a_wave`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache
from itertools import islice, pairwise

from gazetteer import Place, PlaceMatch
from gazetteer.clitics import CLITICS
from gazetteer.cues import cues as place_cues
from gazetteer.normalize import normalize
from gazetteer.wordtrie import whole_words
from timeline.extract import actors
from timeline.extract.clauses import COMMAS, Clause
from timeline.extract.cues import any_of, cues
from timeline.extract.date_mentions import days_of_a_list
from timeline.extract.drafts import Draft
from timeline.extract.event_when import When, when_of
from timeline.extract.findings import Findings
from timeline.extract.places import AREAS, spread_km
from timeline.extract.placing import SETTLEMENTS, joined
from timeline.extract.segment import another_incident, definite, with_article
from timeline.extract.spans import first_words
from timeline.extract.toll import Toll, count_before, find_toll, kin_joined, number_of, toll_opening
from timeline.extract.totals import campaign
from timeline.extract.triggers import AMBIGUOUS, Trigger, triggers_data
from timeline.vocabulary import VIOLENT_TYPES

#: A count of attacks over at least this many listed places, more attacks than places, spread over more
#: than `WAVE_KM`, is a day's total over a region, not one wave (one wave is on neighbouring places).
LISTED_TOWNS = 3
WAVE_KM = 25.0
#: Air strikes counted in the hundreds are a period's total unless the clause gives them one day (أكثر من 600
#: ضربة جوية); in the thousands, always (ما يقرب من 6 آلاف ضربة جوية منذ ذلك الوقت).
TOTAL_STRIKES = 100
TOTAL_STRIKES_ANY_DAY = 1000
#: Attacks over at least this many counted cities or provinces are a total (في سبع مدن مختلفة), and so are
#: attacks over at least this many listed ones far apart (في محافظات حماة وحلب وحمص والرقة).
COUNTED_PLACES = 4
#: Cities or provinces counted vaguely (العديد من المدن) make a total at most this many words from the trigger.
MANY_PLACES_WORDS = 12
#: A toll of at least this many dead told with no date is a campaign's or a war's (أدى الهجوم على الغوطة إلى
#: مقتل أكثر من 1500 شخص في قصف متواصل), not one attack's.
TOTAL_KILLED = 500
#: The precisions of a place that a list of attacks over cities or provinces holds.
CITIES_OR_PROVINCES = frozenset({"city", "governorate"})
#: The types of a trigger that tells an attack by itself: the violent ones, and قصف before its mode is known.
ATTACK_TYPES = frozenset({*VIOLENT_TYPES, AMBIGUOUS})
#: The types of a trigger that tells an attack of its own day: those, and executions and kidnappings (`other`).
DAYS_APART_TYPES = frozenset({*ATTACK_TYPES, "other"})
#: The types of a strike from afar told beside an attack (ترافقت الاشتباكات مع قصف جوي): its own attack.
STRIKES = frozenset({"airstrike", "shelling", AMBIGUOUS})
#: The type of fighting on the ground, beside which a strike of another kind is told as its own attack.
GROUND = "ground_attack"


def second_attacks_apart(r: Findings, told: list[Clause]) -> list[Clause]:
    """The clauses, each cut before an attack joined by و to the one it tells before (غارات على بلدة أ وقصف
    على بلدة ب; شنت الطائرات غارات على أ وقصفت المدفعية ب): the second, told at a place of its own, is
    another attack, at the first's time, with the dead counted at the cut (`_dead_told_apart`); one told amid
    an attack of another kind (`_amid_attack_at`) is too, at its day and place when it names none (`Clause.amid`),
    and one joined by و to fighting (`_attack_beside_fighting_at`), whose place is the fighting's too; the clause
    before one told amid, concurrent or beside fighting is `Clause.accompanied`."""
    out = []
    for clause in told:
        cut = _cut(r, clause)
        while cut is not None:
            day = _second_attack_on_another_day(r, clause) == cut
            side = _attack_by_another_side(r, clause) == cut
            beside = _attack_beside_fighting_at(r, clause) == cut  # its place is the fighting's too
            amid = _amid_attack_at(r, clause) == cut
            concurrent = amid or _concurrent_attack_at(r, clause) == cut  # at the first's day only when it has none
            out.append(clause._replace(end=cut, accompanied=concurrent or beside))
            dead = _dead_told_apart(r, clause, cut)
            clause = Clause(cut, clause.end, False, joins_another=True, shares_time=not concurrent,
                            shares_place=day or side or beside, shares_target=side or beside, concurrent=concurrent,
                            dead=dead, amid=amid)
            cut = _cut(r, clause)
        out.append(clause)
    return out


def _dead_told_apart(r: Findings, clause: Clause, cut: int) -> int | None:
    """The dead of the second attack cut at `cut` out of a clause that told its first attack's dead, when it opens
    with a count glued to و that counts people, not attacks (قتل خمسة في غارات على بلدة س، وثلاثة آخرون في قصف على
    بلدة ص: three; not و3 غارات على ...), or None."""
    folded = r.folded
    words = list(re.finditer(r"\S+", folded[cut : clause.end]))
    if len(words) < 3 or not words[0].group(0).startswith(CLITICS.list_conjunction):
        return None
    count = number_of(words[0].group(0)[len(CLITICS.list_conjunction) :])
    if count is None or any(tr.start < cut + words[1].end() for tr in r.within("triggers", Clause(
            cut, clause.end, False))) or find_toll(folded[clause.start : cut]).killed is None:
        return None
    return count + 1 if count == 1 and kin_joined(folded, cut + words[0].end()) else count  # وامرأة وطفلها


def _cut(r: Findings, clause: Clause) -> int | None:
    """The first place a second attack of the clause begins (`_second_attack_at`,
    `_second_attack_on_another_day`, `_attack_by_another_side`, `_concurrent_attack_at`), or None."""
    if len(r.within("triggers", clause)) < 2:
        return None  # each of them begins at a second trigger of the clause
    return min(filter(None, (_second_attack_at(r, clause), _second_attack_on_another_day(r, clause),
                             _attack_by_another_side(r, clause), _concurrent_attack_at(r, clause),
                             _amid_attack_at(r, clause), _attack_beside_fighting_at(r, clause))), default=None)


def _attack_by_another_side(r: Findings, clause: Clause) -> int | None:
    """Where an attack of another side begins: an indefinite noun of attack glued to و and named by its side's
    adjective (وغارات روسية) right after one named by the adjective of a side that is not that one (قتلوا بقصف
    سوري بالبراميل المتفجرة وغارات روسية على بلدة س): two sides, two attacks, at one time and at the place told
    after the second when the first names none."""
    folded = r.folded
    told = [tr for tr in r.within("triggers", clause) if not tr.weak and tr.event_type in ATTACK_TYPES]
    named = [hit for hit in r.within("actors", clause) if hit.attack]
    sides = [(tr, _side_naming(named, tr)) for tr in told if not definite(folded, tr) and not tr.verb]
    sides = [(tr, side) for tr, side in sides if side is not None]
    for (first, one), (second, other) in pairwise(sides):
        word = actors.word_start(folded, second.start, clause.start)
        if folded[word : second.start] == CLITICS.list_conjunction and not actors.compatible(one, other) and not (
                cues().causes.search(folded, first.end, word)):
            return word
    return None


def _side_naming(named: list, trigger: Trigger) -> str | None:
    """The side of the attack phrase the trigger heads (قصف سوري، غارات روسية), if it heads one."""
    return next((hit.name for hit in named if hit.start <= trigger.start < hit.end), None)


#: A word of concurrence (تزامن) stands at most this many words before مع (تزامن الاشتباكات مع غارات).
CONCURRENT_WORDS = 3


@cache
def concurrence() -> tuple[frozenset[str], str]:
    """The words of concurrence of ``[clauses] concurrent`` in ``triggers.toml`` and those of accompanying
    (``[negation] accompanying``: معارك تترافق مع غارات), folded, and the word after them that the concurrent attack
    follows (مع)."""
    data = triggers_data()["clauses"]
    words = frozenset(normalize(w) for w in data["concurrent"]) | cues().accompanying
    return words, normalize(data["concurrent_with"])


def _concurrent_attack_at(r: Findings, clause: Clause) -> int | None:
    """Where an attack told as concurrent with one told before it in the clause begins: مع right before a noun or
    past verb of attack told as new (`_told_new`), with a word of concurrence at most `CONCURRENT_WORDS` words
    before مع (أشار إلى تزامن الاشتباكات مع غارات نفذها التحالف; في هجوم تزامن مع قصف كثيف; معارك تترافق مع قصف
    الطيران): another attack, as after تزامنا مع (the clauses' ``another_attack``), at the first one's day only when
    it has none of its own, when an attack told before مع stands by itself or is fighting beside a strike of
    another kind (`_told_beside`), not a campaign (بدأت القوات هجوما على المدينة يترافق مع قصف جوي: the offensive's
    strikes, no day's). Accompanying (ترافق) tells only a strike so: a bombing an attack is accompanied
    by is of that attack (الهجوم الذي ترافق مع تفجير ثلاث عربات مفخخة)."""
    folded = r.folded
    words, with_ = concurrence()
    told = [tr for tr in r.within("triggers", clause) if tr.event_type in ATTACK_TYPES]
    for n, second in enumerate(told[1:], 1):
        word = actors.word_start(folded, second.start, clause.start)
        before = folded[max(clause.start, word - 60) : word].split()
        if second.weak or second.present or not before or before[-1] != with_ or not _told_new(
                folded, second, told[:n]):
            continue
        told_with = [_bare(w) for w in before[-CONCURRENT_WORDS - 1 : -1] if _bare(w) in words]
        if told_with and (second.event_type in STRIKES or not all(w in cues().accompanying for w in told_with)):
            at = folded.rfind(with_, clause.start, word)
            return at if any(tr.end <= at and _told_beside(tr, second) and not _a_campaign(folded, clause, tr)
                             for tr in told) else None
    return None


def _a_campaign(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """The trigger tells a campaign (`totals.campaign`), or an offensive its clause tells begun or lasting before it
    (بدأت القوات في الرابع من تموز هجوما على المدينة: ``[campaign] lasting``)."""
    return campaign(folded, clause, trigger) or any_of(folded[clause.start : trigger.start].split(), cues().lasting)


def _told_new(folded: str, trigger: Trigger, told: list[Trigger]) -> bool:
    """The trigger tells an attack not told before it in the clause: indefinite (غارات، قصف كثيف), or made definite
    only by the noun after it (قصف الطيران، غارات التحالف) when no trigger of its type comes before it; a noun
    with the article (مع الغارات) names one told before."""
    if not definite(folded, trigger):
        return True
    return not with_article(folded, trigger) and all(tr.event_type != trigger.event_type for tr in told)


def _told_beside(first: Trigger, second: Trigger) -> bool:
    """The `first` attack is one the `second` is told beside: told by itself (not a weak word), or ground fighting
    (معارك، مواجهات) beside a strike of another kind."""
    return not first.weak or (first.event_type == GROUND and second.event_type != GROUND)


@cache
def _amid() -> frozenset[str]:
    """The words of "amid" (``[clauses] amid`` in ``triggers.toml``), folded."""
    return frozenset(normalize(w) for w in triggers_data()["clauses"]["amid"])


def _amid_attack_at(r: Findings, clause: Clause) -> int | None:
    """Where an attack told amid one of another kind told before it in the clause begins: a word of amid right
    before an indefinite noun of attack (دارت اشتباكات في بلدة س، وسط قصف عنيف على مناطق الاشتباك; معارك وسط
    غارات جوية) of another kind than one told before it (`_told_beside`): the fighting and the bombardment told
    beside it are two attacks, at one time."""
    folded = r.folded
    told = [tr for tr in r.within("triggers", clause) if tr.event_type in ATTACK_TYPES]
    for n, second in enumerate(told[1:], 1):
        word = actors.word_start(folded, second.start, clause.start)
        before = folded[max(clause.start, word - 20) : word].split()
        if second.weak or second.verb or definite(folded, second) or not before or _bare(before[-1]) not in _amid():
            continue
        if any(tr.event_type != second.event_type and _told_beside(tr, second) for tr in told[:n]):
            return folded.rfind(before[-1], clause.start, word)
    return None


@cache
def _fighting() -> frozenset[str]:
    """The words of fighting (``[clauses] fighting`` in ``triggers.toml``), folded."""
    return frozenset(normalize(w) for w in triggers_data()["clauses"]["fighting"])


def _attack_beside_fighting_at(r: Findings, clause: Clause) -> int | None:
    """Where an attack of another kind joined by و right after an indefinite word of fighting begins (قتل عشرة في
    اشتباكات بين الطرفين وتفجيرين انتحاريين في ريف حلب; مواجهات وغارات لطيران التحالف): the fighting and the attack
    told beside it are two, at one time and place; an indefinite noun (or one made definite only by the noun after
    it) with no comma nor other attack between, not after a campaign (معارك استمرت أشهرا وغارات)."""
    folded = r.folded
    told = r.within("triggers", clause)
    for n, (first, second) in enumerate(pairwise(told)):
        if _bare(folded[first.start : first.end]) not in _fighting() or definite(folded, first) or second.weak or (
                second.verb or second.present or second.event_type not in ATTACK_TYPES - {GROUND}):
            continue
        word = actors.word_start(folded, second.start, clause.start)
        if folded[word : second.start] != CLITICS.list_conjunction or any(
                c in folded[first.end : word] for c in COMMAS) or not _told_new(folded, second, told[: n + 1]):
            continue
        return None if _a_campaign(folded, clause, first) else word
    return None


def without_the_attack_amid(folded: str, clause: Clause, inside: list[Trigger]) -> list[Trigger]:
    """The triggers of a clause cut where an attack is told amid another (`Clause.amid`) but its definite nouns,
    which name the attack it is amid (وسط قصف من قبل قوات النظام على مناطق الاشتباك); all of any other clause's."""
    return [tr for tr in inside if not definite(folded, tr)] if clause.amid else inside


def _bare(word: str) -> str:
    """The word without the conjunction glued to it (وتزامن: تزامن)."""
    if word.startswith(CLITICS.list_conjunction) and len(word) > len(CLITICS.list_conjunction) + 2:
        return word[len(CLITICS.list_conjunction) :]
    return word


def _second_attack_at(r: Findings, clause: Clause) -> int | None:
    """Where a second attack of the clause begins: an indefinite noun or a past verb of attack glued to و (or
    after a count glued to it: و3 غارات، `_count_after_and`; or after a second toll opening after a comma:
    ، وثلاثة آخرون في قصف، `_toll_after_and`) right after an attack told by an indefinite
    trigger (not الهجوم، a re-mention) at one place (not one of an attack it answers or follows: ردا على، إثر),
    followed by another place that is not that one (nor an area holding it), or, right after و, told as another
    by a word right after it (وسيارة مفخخة أخرى); or one told as another without و, followed by a place that is
    not the last told before it, cut at the comma before it so that the verb governing it goes with it (غارة على
    تجمع قرب مصفى بيجي، مبينا أن الطيران وجه ضربة أخرى في الرمادي; not يعتزم توجيه ضربة أخرى: a plan); or an
    indefinite one a few words after a word adding another attack (فضلا عن قصف على بلدة ب: `_besides_before`), at
    a place that is not the last one told before that word; countries and regions are no such places (غارات في
    سوريا والعراق may be a total)."""
    folded = r.folded
    inside = [tr for tr in r.within("triggers", clause) if not tr.weak and tr.event_type in ATTACK_TYPES]
    if len(inside) < 2:
        return None
    places = [(p, pm) for p, pm in r.within("places", clause) if pm.chosen.precision not in ("country", "region")]
    for first, second in pairwise(inside):
        word = actors.word_start(folded, second.start, clause.start)
        counted = _count_after_and(folded, clause.start, word)
        if counted is None:
            counted = _toll_after_and(folded, first.end, word)
        glued = folded[word : second.start] == CLITICS.list_conjunction or counted is not None
        word = counted if counted is not None else word
        if glued:
            cut = word
        elif another_incident(folded, second):
            cut = _phrase_start(folded, first.end, word)  # يعتزم توجيه ضربة أخرى: its verb goes with it
        else:
            cut = _besides_before(folded, inside[0].end, word)
        if not glued and cut is not None:  # the attack told before the word: its last trigger told as new
            first = next((tr for tr in reversed(inside) if tr.end <= cut and not definite(folded, tr)), first)
        if cut is None or second.present or definite(folded, second) or (
                definite(folded, first)) or cues().causes.search(folded, first.end, cut):
            continue  # غارات على أ ردا على هجوم في ب، وقصف على ج: the places between are the cause's
        if glued and counted is None and another_incident(folded, second):
            return word  # انفجار سيارتين في حي أ، وسيارة مفخخة أخرى استهدفت حي ب: told as another
        before = [pm for p, pm in places if (first.end if glued else clause.start) <= p < cut]
        after = [pm for p, pm in places if p >= second.end]
        if before and after and _two_places(before[-1].chosen, after[0].chosen):
            return cut
    return None


def _phrase_start(folded: str, start: int, end: int) -> int:
    """Where the phrase that folded offset `end` stands in begins: right after the last comma between `start` and
    `end`, or `end` when there is none."""
    comma = max(folded.rfind(mark, start, end) for mark in COMMAS)
    return comma + 1 if comma >= 0 else end


def _second_attack_on_another_day(r: Findings, clause: Clause) -> int | None:
    """Where a second attack of the clause begins that is told on a day of its own: a past verb or an
    indefinite noun of attack (an execution or a kidnapping too) glued to و, or after a count glued to it (و4
    غارات), right after one told by an indefinite trigger, when the clause names a day between the first (or
    the strike verb before it: شنت الطائرات يوم الخميس 6 غارات) and the second, and another day after the
    second, before any attack after it (اختطفه التنظيم يوم 4 حزيران، وأعدمه بالرصاص يوم 15 تموز)."""
    folded = r.folded
    inside = [tr for tr in r.within("triggers", clause) if not tr.weak and tr.event_type in DAYS_APART_TYPES]
    if len(inside) < 2:
        return None
    days = [(p, m.value) for p, m in r.within("dates", clause) if m.precision == "day" and m.value is not None]
    verbs = r.within("verbs", clause)
    for n, (first, second) in enumerate(pairwise(inside)):
        word = actors.word_start(folded, second.start, clause.start)
        counted = _count_after_and(folded, clause.start, word)
        if (folded[word : second.start] != CLITICS.list_conjunction and counted is None) or second.present or (
                definite(folded, second) or definite(folded, first) or cues().causes.search(folded, first.end, word)):
            continue
        word = counted if counted is not None else word
        stop = inside[n + 2].start if n + 2 < len(inside) else clause.end
        told = min([first.end, *(v for v in verbs if v < first.start)])
        before = [value for p, value in days if told <= p < word]
        after = [value for p, value in days if second.end <= p < stop]
        if before and after and before[-1] != after[0]:
            return word
    return None


def _count_after_and(folded: str, start: int, word: int) -> int | None:
    """Where a count glued to و (و3، وثلاث) or standing after it (و 3) opens right before the trigger word at `word`
    (6 غارات على مديرية س و3 غارات على مديرية ص): the conjunction joining a second counted attack, or None."""
    words = folded[max(start, word - 30) : word].split()
    if not words:
        return None
    last = words[-1]
    if last.startswith(CLITICS.list_conjunction) and len(last) > len(CLITICS.list_conjunction):
        count = last[len(CLITICS.list_conjunction) :]
    elif len(words) > 1 and words[-2] == CLITICS.list_conjunction:
        count, last = last, f"{words[-2]} {last}"
    else:
        return None
    if count_before(count + " ", len(count) + 1) is None:
        return None
    return folded.rfind(last, start, word)


#: A second toll joined by و stands at most this many words before the trigger of its attack (وقتل ثلاثة مدنيين
#: آخرين جراء قصف).
TOLL_WORDS = 5


def _toll_after_and(folded: str, start: int, word: int) -> int | None:
    """Where a second toll opens right after a comma, at most `TOLL_WORDS` words before the trigger word at `word`
    (قتل خمسة في غارات على بلدة س، وثلاثة آخرون في قصف على بلدة ص؛ ...، وأصيب عشرة في قصف): a count or a word of
    the dead or the wounded glued to و, the conjunction joining the second attack told with its own toll, or
    None. Without the comma the count or the word goes on the toll before it (قتلت سيدة وثلاثة من أطفالها، مقتل
    امرأة وإصابة 7 مدنيين جراء قصف)."""
    opening = toll_opening(folded, start, word)
    return opening[0] if opening is not None and opening[1] <= TOLL_WORDS else None


#: A word that adds a second attack (فضلا عن) stands at most this many words before its trigger (فضلا عن مقتل
#: امرأة وإصابة 7 مدنيين جراء قصف).
BESIDES_WORDS = 8


@cache
def _besides() -> re.Pattern[str]:
    """The words of ``[clauses] besides`` in ``triggers.toml`` that add a second attack (فضلا عن، إضافة إلى), folded,
    as whole words."""
    words = {" ".join(normalize(w).split()) for w in triggers_data()["clauses"]["besides"]}
    return re.compile(whole_words(words, r"[^\W\d_]"))


def _besides_before(folded: str, start: int, word: int) -> int | None:
    """Where a word adding a second attack (فضلا عن) opens between `start` and the second trigger's word at
    `word`, at most `BESIDES_WORDS` words before it, with no comma or full stop between."""
    found = None
    for m in _besides().finditer(folded, start, word):
        found = m
    if found is None:
        return None
    between = folded[found.end() : word]
    near = len(between.split()) <= BESIDES_WORDS and not any(c in between for c in ",\u060c.")
    return found.start() if near else None


def _two_places(a: Place, b: Place) -> bool:
    """Two places no one attack is told at twice: two settlements or spots of different names, or places of
    two governorates (not a town and the area holding it)."""
    if a.admin1 and b.admin1 and (a.country, a.admin1) != (b.country, b.admin1):
        return True
    return a.name != b.name and not {a.precision, b.precision} & AREAS


def counted_as_total(folded: str, clause: Clause, inside: list[Trigger], when: When) -> bool:
    """Air strikes of the clause are counted in the hundreds without a day, or in the thousands: a period's
    total (shells fall in the hundreds on one day)."""
    counts = [count_before(folded, actors.word_start(folded, tr.start, clause.start)) or 0
              for tr in inside if tr.event_type == "airstrike"]
    count = max(counts, default=0)
    return count >= TOTAL_STRIKES_ANY_DAY or (count >= TOTAL_STRIKES and when.precision != "day")


def counted_over_places(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """The clause counts the cities or provinces its attacks hit, after a preposition (بالقرب من 8 مدن
    عراقية), or vaguely among the `MANY_PLACES_WORDS` words either side of the trigger (قصف قوات النظام العديد من
    المدن والأحياء; not provinces a long clause describes before the attack it tells): a total."""
    many = cues().many_places.find_in(folded, clause.start, clause.end)
    if any(_near(folded, clause, trigger, clause.start + h.start) for h in many):
        return True
    told = folded[clause.start : clause.end]
    return any((count_before(told, h.start) or 0) >= COUNTED_PLACES
               and any(w in cues().counted_places_after for w in told[: h.start].split()[-4:-1])
               and not (_names_among(told, h.end) is not None and _told_near(told, h.start))
               for h in cues().counted_places.find_in(folded, clause.start, clause.end))


#: At most this many words (an adjective of the places: مدن عراقية) stand between a counted plural of places and a
#: word of `named_among` (منها).
NAMED_AMONG_WORDS = 1


def _names_among(told: str, end: int) -> int | None:
    """Where the names start after a counted plural of places ending at `end` in `told`, when a word of
    `named_among` follows it, at most `NAMED_AMONG_WORDS` words between (مدن عراقية منها الموصل): the places it
    names are some of those counted; None otherwise."""
    words = list(islice(re.finditer(r"\S+", told[end:]), NAMED_AMONG_WORDS + 2))
    for i in range(min(len(words), NAMED_AMONG_WORDS + 1)):
        for n in (1, 2):
            phrase = " ".join(CLITICS.strip_conjunction(w.group()) if not k else w.group()
                              for k, w in enumerate(words[i : i + n]))
            if len(words[i : i + n]) == n and phrase in cues().named_among:
                return end + words[i + n - 1].end()
    return None


def towns_named_among(r: Findings, clause: Clause, c_places: list, trigger: Trigger) -> list[PlaceMatch]:
    """The towns a report's strikes struck near, named after a count of the cities (بالقرب من 8 مدن عراقية منها
    الموصل والفلوجة والرمادي): `LISTED_TOWNS` or more joined by و, more than `WAVE_KM` apart, no more than those
    counted, told after the trigger; one attack near each, the cities left unnamed none. [] otherwise."""
    told = r.folded[clause.start : clause.end]
    for h in cues().counted_places.find_in(r.folded, clause.start, clause.end):
        names = _names_among(told, h.end)
        count = count_before(told, h.start)
        if names is None or count is None or clause.start + h.start < trigger.end or not _told_near(told, h.start):
            continue
        first = next((pm for p, pm in c_places if p >= clause.start + names), None)
        towns = joined(r.text.text, c_places, first, SETTLEMENTS) if first else []
        if LISTED_TOWNS <= len(towns) <= count and spread_km([pm.chosen for pm in towns]) > WAVE_KM:
            return towns
    return []


def _told_near(told: str, start: int) -> bool:
    """A near word (قرب، بالقرب من) stands right before the count that ends before `start`."""
    before = told[:start].split()[-4:-1]
    return any(" ".join(before[i:]) in place_cues().near for i in range(len(before)))


def spread_over_a_country(folded: str, clause: Clause, trigger: Trigger, chain: list[PlaceMatch]) -> bool:
    """Places told as spread all over (في مناطق متفرقة من اليمن، في مختلف مواقع العمليات بالعراق) at most
    `MANY_PLACES_WORDS` words from the trigger, in a clause whose places are all countries: attacks all over a
    country, a total (spread over a district or near a town, one wave may be told so)."""
    return bool(chain) and all(pm.chosen is not None and pm.chosen.precision == "country" for pm in chain) and any(
        _near(folded, clause, trigger, clause.start + h.start)
        for h in cues().spread.find_in(folded, clause.start, clause.end))


def _near(folded: str, clause: Clause, trigger: Trigger, at: int) -> bool:
    """Folded offset `at` is at most `MANY_PLACES_WORDS` words before or after the trigger in its clause."""
    if at < trigger.start:
        return len(folded[at : trigger.start].split()) <= MANY_PLACES_WORDS
    return len(folded[trigger.end : min(at, clause.end)].split()) <= MANY_PLACES_WORDS


def listed_over_places(chain: list[PlaceMatch]) -> bool:
    """The clause's attacks are told over a list of `COUNTED_PLACES` or more cities or provinces more than
    `WAVE_KM` apart (غارات على محافظات حماة وحلب وحمص والحسكة): a total over a country, not one wave."""
    places = [pm.chosen for pm in chain]
    return len(places) >= COUNTED_PLACES and all(
        p.precision in CITIES_OR_PROVINCES for p in places) and spread_km(places) > WAVE_KM


def a_campaign_toll(toll: Toll, when: When, event_type: str) -> bool:
    """A toll of `TOTAL_KILLED` or more told with no date, of attacks that are not a chemical attack or a
    massacre (`other`, which one attack may cause): a campaign's or a war's total."""
    return when.date is None and (toll.killed or 0) >= TOTAL_KILLED and event_type != "other"


def a_wave_over_far_places(trigger: Trigger, inside: list[Trigger], chain: list[PlaceMatch]) -> bool:
    """Attacks told by a plural (غارات), as the trigger or as its object after it (شنت الطائرات غارات), over two
    governorates (في ريفي حماة وحلب), more than `WAVE_KM` apart: each is struck by attacks of its own, one event
    each; a list of `LISTED_TOWNS` or more is a total over a region."""
    return _told_plural(trigger, inside) and len(chain) < LISTED_TOWNS and all(
        pm.chosen.precision == "governorate" for pm in chain) and spread_km([pm.chosen for pm in chain]) > WAVE_KM


def two_places_of_two(r: Findings, c_places: list, trigger: Trigger) -> list[PlaceMatch]:
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


#: At most this many words stand between a place of a wave and the next one joined to it by و (غارات على مدينة
#: س، ومناطق في بلدة ص).
WAVE_GAP_WORDS = 4


def far_places_of_a_wave(r: Findings, c_places: list, trigger: Trigger, place: PlaceMatch | None) -> list[PlaceMatch]:
    """The places of a wave told after its trigger over two places joined by و (or و and a preposition, a
    place head or a word told before the first: ومناطق في بلدة ص) more than `WAVE_KM` apart and not one inside
    the other (غارات على مدينة حلب ومدينة حماة; قصف مناطق في بلدة س، ومناطق في بلدة ص): one attack at each,
    listed from the first place after the trigger even when the event chose a finer one told second.
    None for a list of `LISTED_TOWNS` or more (a wave or a total over a region) or places told after a word of
    what lies between them (بين حمص وتدمر)."""
    text = r.text.text
    if place is None or place.chosen.precision in ("country", "region") or r.text.fold(place.start) < trigger.end:
        return []
    place = next((pm for p, pm in c_places if p >= trigger.end), place)  # not a finer place told second
    if place.chosen.precision in ("country", "region"):
        return []
    told = {normalize(w) for w in text[r.text.orig(trigger.end) : place.start].split()}
    if told & _between():
        return []
    listed, previous = [place], place.end
    for p, pm in c_places:
        if p < trigger.end or pm.start < place.end:
            continue
        gap = text[previous : pm.start].split()
        words = [normalize(w) for w in gap + pm.text.split()[:1]]
        glued = not gap and normalize(pm.text).startswith(CLITICS.list_conjunction)  # حلب وحماة
        if len(gap) > WAVE_GAP_WORDS or set(words) & _between() or not (
                glued or any(_opens_another_place(w, told) for w in words)):
            break
        listed.append(pm)
        previous = pm.end
    far = [pm for pm in listed[1:] if not pm.anchor and not pm.is_actor and pm.chosen.precision not in (
        "country", "region") and (
        _two_places(place.chosen, pm.chosen) and spread_km([place.chosen, pm.chosen]) > WAVE_KM)]
    after = first_words(text, listed[-1].end, len(text), 1)  # والتحيتا: one more item the gazetteer lacks
    more = bool(after) and normalize(after[0]).startswith(CLITICS.list_conjunction)
    return [place, far[0]] if len(listed) + more < LISTED_TOWNS and far else []


#: A named area (a mountain range, a plain: جبل الزاوية، زاب) is told within at most this many kilometres of its
#: point; a wider region is a governorate's countryside or a part of a country (ريف حماة، شمال العراق), which holds
#: the areas it names.
AREA_KM = 45.0
#: At most this many words (a part of a name the gazetteer lacks, a dash) stand between two areas of a list.
AREA_GAP_WORDS = 3
_NOT_A_LETTER = re.compile(r"\W")


def named_areas_of_a_wave(r: Findings, c_places: list, trigger: Trigger, inside: list[Trigger]) -> list[PlaceMatch]:
    """The named areas (`_a_named_area`) a wave told by a plural or a verb (`_a_wave_told`) strikes, listed after
    its trigger and joined by و (غارات على معاقل المسلحين في مناطق متينا وهافتانين وهاكورك): the writer names each
    area apart, one attack in each; [] for fewer than two names, areas told between (بين), or one area holding another
    (الغوطة والغوطة الشرقية)."""
    after = [pm for p, pm in c_places if p >= trigger.end]
    text = r.text.text
    if not after or not _a_named_area(after[0]) or not _a_wave_told(r.folded, inside, r.text.fold(after[0].start)) or (
            {normalize(w) for w in text[r.text.orig(trigger.end) : after[0].start].split()} & _between()):
        return []
    listed = [after[0]]
    for pm in after[1:]:
        if not (_a_named_area(pm) and _area_joined(text[listed[-1].end : pm.start].split(), pm)):
            break
        if pm.chosen.name_ar != listed[-1].chosen.name_ar:
            listed.append(pm)
    names = [normalize(pm.chosen.name_ar) for pm in listed]
    held = any(a != b and b.startswith(a) for a in names for b in names)
    return listed if len(listed) >= 2 and not held else []


def _a_wave_told(folded: str, inside: list[Trigger], first: int) -> bool:
    """The clause tells its attacks by a verb or a plural (قصفت المقاتلات، غارات), and by no indefinite singular noun
    of one attack (غارة على جبل س وسهل ص: one strike) but an item of the list of areas that starts at folded offset
    `first` (مناطق "غارة" و"متينا": an area's name)."""
    return any(t.verb or t.plural for t in inside) and not any(
        not (t.verb or t.plural or t.dual or t.weak or with_article(folded, t) or _listed_before(folded, t, first))
        for t in inside)


def _listed_before(folded: str, trigger: Trigger, first: int) -> bool:
    """The trigger's word is an item joined by و to the list that starts at `first` (مناطق "غارة" و"متينا")."""
    return trigger.end <= first and any(
        w.startswith(CLITICS.list_conjunction) for w in folded[trigger.end : first].split())


def _a_named_area(pm: PlaceMatch) -> bool:
    """A region of a governorate told by its own name, within `AREA_KM` of its point (زاب، سهل الغاب), not told
    relative to another place or standing for a side."""
    return pm.chosen is not None and pm.chosen.precision == "region" and bool(pm.chosen.admin1) and not (
        pm.anchor or pm.is_actor or pm.relation) and (pm.chosen.radius_km or 0.0) <= AREA_KM


def _area_joined(gap: list[str], pm: PlaceMatch) -> bool:
    """The words `gap` between two areas, at most `AREA_GAP_WORDS` of them, join the second by و (متينا وهاكورك؛
    "متينا" و"سينات - هافتانين"): a list item, punctuation aside."""
    words = [_NOT_A_LETTER.sub("", normalize(w)) for w in [*gap, *pm.text.split()[:1]]]
    return len(gap) <= AREA_GAP_WORDS and not set(words) & _between() and any(
        w.startswith(CLITICS.list_conjunction) for w in words)


def towns_struck_near(r: Findings, c_places: list, trigger: Trigger, number: int | None) -> list[PlaceMatch]:
    """The towns of a day's report of `number` attacks struck near a list of `LISTED_TOWNS` or more of them joined
    by و, more than `WAVE_KM` apart, at least as many attacks as towns (نفذ التحالف 21 ضربة بالقرب من الموصل وتلعفر
    والرمادي; بتسع ضربات أصابت مواقع قرب حلب والحسكة وعين العرب): one attack near each, as the report tells them;
    [] for towns told without a word of nearness (a count over them is a total) or neighbouring ones (one wave).
    Two towns are split, or not, as any count over two places is."""
    first = next((pm for p, pm in c_places if p > trigger.end and pm.relation == "near"), None)
    if number is None or first is None or first.chosen.precision not in SETTLEMENTS:
        return []
    towns = joined(r.text.text, c_places, first, SETTLEMENTS)
    towns += _struck_near_next(r, c_places, towns)
    apart = len(towns) >= LISTED_TOWNS and spread_km([pm.chosen for pm in towns]) > WAVE_KM
    return towns if apart and number >= len(towns) else []


#: At most this many words stand between the last town struck near and one more told with a target of its own
#: (وحقول ألغام قريبة من مدينة الرقة).
NEXT_TARGET_WORDS = 6


def _struck_near_next(r: Findings, c_places: list, towns: list[PlaceMatch]) -> list[PlaceMatch]:
    """The towns told after a list of towns struck near, each with a target of its own glued to و and a word of
    nearness (بالقرب من حلب والحسكة وعين العرب (كوباني) وحقول ألغام قريبة من مدينة الرقة): more towns of the
    report, in order; a town named again (كوباني) is skipped, and a comma or full stop, an attack or a toll told
    between (وقتل خمسة مدنيين قرب الرقة) end the list."""
    text = r.text.text
    more: list[PlaceMatch] = []
    last = towns[-1]
    for pm in (pm for _, pm in c_places if pm.start >= last.end):
        if any(pm.chosen == town.chosen for town in towns + more):
            last = pm
            continue
        if pm.relation != "near" or pm.chosen.precision not in SETTLEMENTS or not _a_target_joined(
                text[last.end : pm.start]) or _an_attack_or_toll(r, r.text.fold(last.end), r.text.fold(pm.start)):
            break
        more.append(pm)
        last = pm
    return more


def _a_target_joined(gap: str) -> bool:
    """`gap`, between two towns, is one to `NEXT_TARGET_WORDS` words (a lone bracket, as the one closing (كوباني), is
    none), the first glued to و, with no comma or full stop (وحقول ألغام قريبة من مدينة): a target of its own joined
    to the list."""
    words = [normalize(w) for w in gap.split() if any(c.isalpha() for c in w)]  # not a bracket: (كوباني)
    return 0 < len(words) <= NEXT_TARGET_WORDS and words[0].startswith(CLITICS.list_conjunction) and not any(
        c in gap for c in ",\u060c.")


def _an_attack_or_toll(r: Findings, start: int, end: int) -> bool:
    """``r.folded[start:end]`` tells an attack (a trigger not weak: not ألغام of a minefield) or a toll."""
    return any(not tr.weak for tr in r.within("triggers", Clause(start, end, False))) or find_toll(
        r.folded[start:end]).told


def strikes_in_the_plural(trigger: Trigger, inside: list[Trigger]) -> bool:
    """Attacks told by a plural (`_told_plural`: شنت الطائرات غارات), and no singular noun after the trigger (شنت
    طائرات حربية غارة: one strike)."""
    return _told_plural(trigger, inside) and not any(
        t.start > trigger.start and not (t.plural or t.dual or t.verb) for t in inside)


def _told_plural(trigger: Trigger, inside: list[Trigger]) -> bool:
    """Attacks told by a plural, as the trigger or as its object after it (شنت الطائرات غارات)."""
    return trigger.plural or any(t.plural and t.start > trigger.start and t.event_type == trigger.event_type
                                 for t in inside)


def parts_of_two_countries(r: Findings, c_places: list, trigger: Trigger, inside: list[Trigger]) -> list[PlaceMatch]:
    """Two parts of two countries told after attacks told by a plural and joined by و (غارات على قواعد
    للمتمردين في شمال العراق وجنوب شرق تركيا): no one wave strikes both, one attack in each. Whole countries are
    no such parts (غارات في سوريا والعراق may be a total), and one attack told in both (هجوما في شرق سوريا وفي
    شمال العراق) stays one report placed nowhere."""
    if not _told_plural(trigger, inside):
        return []
    text = r.text.text
    after = [pm for p, pm in c_places if p >= trigger.end]
    for a, b in pairwise(after):
        gap = text[a.end : b.start].split()
        first = normalize((gap or b.text.split())[0]) if gap or b.text else ""
        if len(gap) <= PART_WORDS and first.startswith(CLITICS.list_conjunction) and _a_part(a) and _a_part(b) and (
                a.chosen.country != b.chosen.country):
            return [a, b]
    return []


#: At most this many words (a direction: وجنوب شرق) stand between a country's part and the next one's name.
PART_WORDS = 2


def _a_part(pm: PlaceMatch) -> bool:
    """A region, or a country told by one of its parts (جنوب شرق تركيا)."""
    return pm.chosen.precision == "region" or (pm.chosen.precision == "country" and bool(pm.relation) and (
        pm.relation.endswith("part")))


@cache
def _between() -> frozenset[str]:
    """The words of what lies between two places (``[placing] between`` in ``triggers.toml``), folded."""
    return frozenset(normalize(w) for w in triggers_data()["placing"]["between"])


def _opens_another_place(word: str, told: set[str]) -> bool:
    """و and a preposition, a place head, a word in `told` (وعلى، وفي، وولاية، وكنيسة) or a word of another that
    stands for what the first place's attack struck (مواقع في مدينة س، وأخرى في مدينة ص)."""
    if not word.startswith(CLITICS.list_conjunction):
        return False
    rest = word[len(CLITICS.list_conjunction) :]
    return rest in CLITICS.particles or rest in place_cues().head_forms or rest in told or rest in cues().another


def two_settlements_of_two(towns: list[PlaceMatch]) -> list[PlaceMatch]:
    """Two settlements of a dual listed by و, whatever their sizes (عبوتين في قرية س ومدينة ص): one attack
    each."""
    return towns if len(towns) == 2 else []


def listed_dates(folded: str, c_dates: list, when: When) -> list[dt.date]:
    """The days of a list that dates an attack by the range from its first to its last (3 و5 و9 أيار 2013, see
    `date_mentions.days_of_a_list`); none for one day or a span (بين 3 و5 أيار)."""
    if when.precision != "range" or when.text is None:
        return []
    listed = next(((p, m) for p, m in c_dates if m.text == when.text and m.value == when.value), None)
    return days_of_a_list(folded, *listed) if listed else []


def tolls_of_two_days(folded: str, clause: Clause, c_dates: list) -> tuple[tuple, tuple, int] | None:
    """The two days of a clause that counts the dead of each (قتل 24 شخصا الخميس وأربعة آخرون الجمعة): a day
    written right after a count joined by و and one of `others` (and a day word: وأربعة آخرون يوم الجمعة), and
    another day written before them; with that count. None when the clause counts no other day's dead."""
    days = [(p, m) for p, m in c_dates if clause.start <= p < clause.end and m.precision == "day" and m.value]
    for n, (p, m) in enumerate(days):
        words = folded[clause.start : p].split()
        if words and words[-1] in cues().day_words:
            words.pop()
        if len(words) < 2 or words[-1] not in cues().others or not words[-2].startswith(CLITICS.list_conjunction):
            continue
        count = number_of(words[-2][len(CLITICS.list_conjunction):])
        before = [(q, d) for q, d in days[:n] if d.value != m.value]
        if count and before:
            return before[-1], (p, m), count
    return None


def on_their_days(draft: Draft, first: tuple, second: tuple, count: int, basis: str | None,
                  c_places: list) -> list[Draft]:
    """The clause's attack on each of the two days whose dead it counts apart: the first day's keeps the toll
    told first, the second's takes the count told with its day, keyed at that day's offset; when a place is named
    before that day and another after it (قتل 24 الخميس في مدينة س، وأربعة آخرون الجمعة في مدينة ص), each day's
    attack is at its own."""
    (_, day), (at, other_day) = first, second
    places = _places_of_two_days(draft, c_places, at)
    return [replace(draft, when=when_of(day, basis), place=places[0]),
            replace(draft, trigger=at, when=when_of(other_day, basis), place=places[1], toll=Toll(
                killed=count, victims=draft.toll.victims))]


def _places_of_two_days(draft: Draft, c_places: list, at: int) -> tuple:
    """The places of the first and the second day's attack of `on_their_days`: the last place named before the
    second day (the draft's own when named there) and the first named after it, when the two have other names (an
    area or a country holding the first counts too: وأربعة آخرون الجمعة في العراق); else the draft's place for both."""
    before = [pm for p, pm in c_places if p < at]
    later = next((pm for p, pm in c_places if p > at), None)
    if not before or later is None or later.chosen.name == before[-1].chosen.name:
        return draft.place, draft.place
    return (draft.place if draft.place in before else before[-1]), later


#: At most this many words stand between a place (or the area told after it) and the day written after it (مدينة س
#: يوم الأربعاء، بلدة س بريف إدلب الأربعاء): a day further on is another's (ومدينة ص بحسب ما أفاد المرصد الخميس).
DAY_AFTER_PLACE_WORDS = 1


def days_of_listed_places(r: Findings, clause: Clause, c_places: list, c_dates: list,
                          chain: list[PlaceMatch]) -> list | None:
    """The day written right after each place of a list of attacks (`DAY_AFTER_PLACE_WORDS` after it or the area told
    after it), before the next place (قصفت الطائرات مدينة س الأربعاء ومدينة ص الخميس), as date mentions: each place's
    attack is on its own day. None unless every place has one and they are not all one day."""
    starts = [r.text.fold(pm.start) for pm in chain] + [clause.end]
    days = []
    for start, stop in pairwise(starts):
        day = next((m for p, m in c_dates if start < p < stop and m.precision == "day" and m.value
                    and _right_after_a_place(r.folded, c_places, p)), None)
        if day is None:
            return None
        days.append(day)
    return days if len({m.value for m in days}) > 1 else None


def _right_after_a_place(folded: str, c_places: list, at: int) -> bool:
    """At most `DAY_AFTER_PLACE_WORDS` words stand between the last place named before folded offset `at` and it."""
    ends = [p + len(normalize(pm.text)) for p, pm in c_places if p + len(normalize(pm.text)) <= at]
    return bool(ends) and len(folded[max(ends) : at].split()) <= DAY_AFTER_PLACE_WORDS


def places_on_their_days(r: Findings, clause: Clause, c_places: list, c_dates: list,
                         trigger: Trigger) -> list[PlaceMatch]:
    """The places listed after the trigger when each is followed by a day of its own (قصفت الطائرات بلدة س الأربعاء
    وبلدة ص الخميس), even near each other: one attack at each on its day (`days_of_listed_places`); countries and
    regions are no such places. Empty otherwise."""
    after = [pm for p, pm in c_places if p >= trigger.end and pm.chosen.precision not in ("country", "region")]
    if len(after) < 2 or not all(_two_places(a.chosen, b.chosen) for a, b in pairwise(after)):
        return []
    return after if days_of_listed_places(r, clause, c_places, c_dates, after) else []


def one_on_each_day(draft: Draft, days: list[dt.date]) -> list[Draft]:
    """As many attacks as the listed days they are told on (غارتان في 3 و5 أيار، غارات في 3 و5 و9 أيار): one on
    each day, without the toll they share, each keyed inside the trigger word (its start and the next offsets), so
    that every one is where the attack is told (a chronology's entry: `chronology.history_entry`)."""
    return [replace(draft, trigger=draft.trigger + n, toll=Toll(), when=replace(
        draft.when, date=day.isoformat(), precision="day", end=day.isoformat(), value=day))
        for n, day in enumerate(days)]



#: At most this many words stand between the word after a count told again and the place it names (و12 على مناطق
#: في أطراف بلدة ص).
AGAIN_GAP_WORDS = 8


def counted_again(r: Findings, c_places: list, trigger: Trigger, start: int | None = None) -> list[PlaceMatch]:
    """The places of counted attacks told again by another count after و, the noun left out or told by its weapon
    (9 غارات على بلدة س، و12 على مناطق في بلدة ص; خمس غارات قرب س وثلاث قرب ص; 14 برميلا على س و8 براميل على ص),
    or of attacks whose dead are counted by place (قتل 5 في غارات على س، و3 في ص):
    the first place after the trigger (or after folded offset `start`: `dead_listed_at`) and each one a count told
    again leads to, one attack at each when they are not one place (`_two_places`); countries and regions are no
    such places (16 غارة في العراق و7 في سوريا may be a total)."""
    text = r.text.text
    begin = trigger.end if start is None else start
    after = [pm for p, pm in c_places if p >= begin and pm.chosen.precision not in ("country", "region")]
    if not after:
        return []
    listed = [after[0]]
    for pm in after[1:]:
        words = text[listed[-1].end : pm.start].split()
        at = _count_again_at([normalize(w) for w in words])
        if at is None or len(words) - at > AGAIN_GAP_WORDS or any(c in " ".join(words[at:]) for c in ",\u060c.") or (
                not all(_two_places(p.chosen, pm.chosen) for p in listed)):
            break
        listed.append(pm)
    return listed if len(listed) > 1 else []


def dead_listed_at(r: Findings, clause: Clause, c_places: list, trigger: Trigger, killed: int | None) -> int | None:
    """Where a list of places whose dead are counted one by one starts when it is told before the trigger (قتل 7
    أشخاص في مدينة س و3 في مدينة ص جراء غارات): the folded offset of the first place before the trigger that the
    clause's dead are counted before; None when the dead are not counted there."""
    if killed is None:
        return None
    return next((p for p, _ in c_places if clause.start <= p < trigger.start
                 and find_toll(r.folded[clause.start : p]).killed == killed), None)


def dead_counted_again(r: Findings, chain: list[PlaceMatch]) -> list[int | None]:
    """The dead told again by a count after و before each place of `chain` after the first (قتل خمسة في غارات على
    مدينة س، وثلاثة في مدينة ص: three at ص), as `counted_again` lists them; None where no count is told."""
    text = r.text.text
    return [_count_told_again([normalize(w) for w in text[before.end : pm.start].split()])
            for before, pm in pairwise(chain)]


def _count_told_again(words: list[str]) -> int | None:
    """The number of the count glued to و (وثلاثة) or standing after it (و 3) in `words`, or None."""
    for n, word in enumerate(words):
        after = _after_and(words, n)
        if word == CLITICS.list_conjunction and n + 1 < len(words):
            return number_of(after[0])
        if after is not None and (count := number_of(after[0])):
            return count
    return None


def _after_and(words: list[str], n: int) -> tuple[str, list[str]] | None:
    """When the n-th of `words` is و, alone or glued to the next word (و 12، و12), what it joins (12; blank when
    nothing follows) and the words after that; else None."""
    word = words[n]
    if word == CLITICS.list_conjunction:
        return (words[n + 1] if n + 1 < len(words) else ""), words[n + 2 :]
    if word.startswith(CLITICS.list_conjunction):
        return word[len(CLITICS.list_conjunction) :], words[n + 1 :]
    return None


def _count_again_at(words: list[str]) -> int | None:
    """The index of the word after the one leading a place (``[placing] settlement_leads``: على، في، قرب) that
    follows a count glued to و (و12 على) or standing after it (و 12 على), with at most a weapon word or a word of
    others between (و8 براميل على، و3 آخرون في), in `words`; None without one."""
    leads = _leads()
    for n in range(len(words)):
        after = _after_and(words, n)
        if after is None:
            continue
        count, rest = after
        if not count or count_before(count + " ", len(count) + 1) is None:
            continue
        if rest and rest[0] not in leads and (rest[0] in cues().others or cues().weapons.find(rest[0])):
            rest = rest[1:]
        if rest and rest[0] in leads:
            return len(words) - len(rest) + 1
    return None


@cache
def _leads() -> frozenset[str]:
    """The words leading a settlement's name (``[placing] settlement_leads`` in ``triggers.toml``), folded, but those
    of where one comes from (``origin_from``: و3 من بلدة ص, the dead's home, not an attack's place)."""
    data = triggers_data()["placing"]
    return frozenset(normalize(w) for w in data["settlement_leads"]) - {normalize(w) for w in data["origin_from"]}
