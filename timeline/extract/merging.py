"""Merging: the drafts of one article that tell one happening become one event.

Drafts that agree on type, actor (or its coalition, or another side of a list each
telling writes with its own: الولايات المتحدة وفرنسا وبريطانيا), date and place are one
event told twice. Missing values agree, but two places finer than a district
more than 10 km apart are two attacks (not a place told relative to a town, قرب مدينة حمص، غرب عمان,
and a spot around it: in its governorate when told as near it, within the told radius otherwise, without
other dead; the suburbs of a governorate that is one city and the governorate around it: ضواحي دمشق، ريف دمشق);
a type told only by a generic attack word (هجوم، الهجمة) agrees with any violent type
when both are dated (so does a kind named as another: هجوم كيماوي), or at one
place finer than a governorate where one tells no date expression and the generic
word is definite (الهجوم: a re-mention); a period
of a week or more (a month, a year, رمضان) agrees with a day inside it (the
lead's summary and the detail), a year with a month of it (عام 2007; في تموز 2007: the event keeps the month)
unless they tell other dead (`agreeing._a_year_and_its_month_apart`),
and a night of two days a day of it at one place
finer than a governorate or where both name one side at one place of any precision
(غارات تركية شمال العراق ليل الاثنين الثلاثاء; الاثنين), or where the later, definite and naming no side, names
by its night the attack told before at the same place (الضربات الجوية على سوريا ليل الجمعة السبت, without other
dead: `agreeing._its_night_named_again`); a region or country and a place inside it
agree when they tell the same number of dead (or, neither a plural, one tells its dead only as a lower bound the
other's count meets: غارة في اليمن أسفرت عن مصرع عشرات; الغارة على حافلة في صعدة، مقتل 29), or are dated to one
day (or one is dated, not recalled, and the other re-tells it with a definite violent noun
and no date expression: التفجير في مدينة س; or one is told without a date expression and the very next sentence
re-tells it with its day by a definite noun of its kind: الضربة الجوية ... الخميس, `agreeing._dated_in_detail_next`)
without telling different numbers
of dead (a plural over several places at a governorate, a region or a country and a telling placed finer never do
when they tell different dead: غارات على مناطق في ريف حلب; غارة على قرية س قتلت شخصين, the summary and one of
its strikes).
A governorate's seat written bare (ضربت إدلب الخميس) may name the governorate: an attack told there and one told
the same day at a spot of that governorate (في قرية التمانعة في جنوب إدلب), without other dead, are one, placed at the
spot (`agreeing.seat_or_its_governorate`).
Missiles told without a side and an air strike on the same installation (a place of point precision) on one
day, without another toll, are one air strike. A bombardment told by a word that does not say how it
struck (القصف، استهدف: its type inferred from its side or by default) and an air strike or shelling are one
when they tell the same dead, or it tells no date expression and no other toll at the same named place
by the same side (واستهدف القصف الإسرائيلي نقطة مراقبة شرقي رفح), or the other names it by its kind in the
very next sentence, definite, on its day, placed nowhere and naming no other side (قصفت قوات النظام دوما الجمعة.
وأسفرت الغارات الجمعة عن مقتل ثلاثين: `agreeing._named_next_that_day`); the kind told types it. قصف told without a side
and an air strike told in the very next sentence, placed nowhere, without a date expression or other dead (وأوضح
المرصد أن الطيران الحربي استهدف البلدة), are one air strike (`agreeing._struck_from_the_air_next`); so an ambiguous
word whose kind neither it nor a side tells, placed nowhere, in the sentence right after an attack of a named kind on
its day, without other dead (استهدف المهاجم خمسة أشخاص), is that attack (`agreeing._its_kind_named_just_before`).
A violent word
typed only by its side (استهداف مدنيين) and a violent telling by that side on the same day, one of them
placed nowhere and no other dead, are one too. Two violent
drafts (or a kind named as another: a chemical
attack) of different types on
the same day at the same place (or one without a place) with the same toll are
one event too, and so are two of one type telling the same number of dead (or of wounded, neither
telling dead) a day or two apart (the day told two ways). An undated telling with an indefinite
trigger and no date expression (قتل 4 في قصف على البلدة) and a dated one that is
no plural summary (غارات) are two attacks when their numbers of dead differ beyond
a lower bound (أكثر من 20، عشرات) and by more than an attacker counted among the
dead, as are an undated one and a recalled one; an attack recalled without a date of its own (told before a charge
of a recalled day: اتفاق في العام 2013 بعد اتهامها بشن هجوم) and a dated one not recalled are two whatever each leaves
missing, unless they tell the same dead (`agreeing._recalled_beside_new`). A recalled attack told without a place
and an attack
told at a place by an indefinite trigger without a date expression are two, unless they tell the same
dead (nothing ties the new telling to the old attack), and so, placed alike, are such an attack told in the lead
sentence, or before the article first recalls an attack, and a recalled one (اقتحم مسلحون مبنى في مدينة أربيل; وسبق
أن هاجم التنظيم مبنى في أربيل العام 2015);
so are an attack dated at a place the gazetteer does
not know (قصفت القوات مساء الثلاثاء بلدة س) and one told so at a known place in another sentence, unless they
tell the same dead (the first happened where it says), and a dated attack without a place and one told so
in a sentence that opens with its place (وفي إقليم س، فتح مسلحون النار), unless they tell the same dead (the
sentence opens a scene of its own). An attack told so at a place the gazetteer does not
know is the attack of its type that tells the same dead, whatever side each names, and otherwise none told
at a known place unless both name one side. An attack told by an indefinite trigger in a
clause that joins it to the one its sentence told before (… على بلدة أ، بينما قتل آخرون في غارة على
بلدة ب) is never that one. An attack named after a word that counts another happening from it, in a clause
telling no attack before that word (وعدت الحكومة بتعزيز الأمن غداة هجوم انتحاري), has no date expression
of its own: its dated telling completes it. Merged, the one that tells most (a
date, a date expression, the finer place) comes first (a dated one never takes the undated dead of a campaign,
500 or more: القصف والغارات على مناطق الغوطة أسفرت عن مقتل 976, nor, told over several places of an area, the
spot another sentence names: قصف 25 هدفا في قطاع غزة keeps the Gaza Strip); it takes the actor of
the other only when both come from one sentence or give the same day or the same
spot (finer than a district). A draft whose sentence opens
by saying it is another incident (وفي حادثة منفصلة) merges into no draft before it, and an attack
told as the cause of another (ردا على هجوم الخميس) merges with no draft of another type. A definite
generic plural without dead dated to exactly the day or night of a placed attack of a named kind (وكانت
الهجمات التي وقعت الليلة قبل الماضية) names that attack back and takes its kind; an attack told by a
generic word at a governorate, a region or a country and, in the very next sentence, by its kind at a place
inside it without a date expression or other dead (هجوم على قرية بمحافظة حلب; فجر انتحاري نفسه في موقع بريف
حلب) is the lead told in detail.

A generic attack and one of a named kind by the same side with the same dead (three or more) are one whatever
date only one gives; a plural of generic words over a period (ثلاث هجمات في الكويت وتونس وفرنسا في رمضان) names
the attack of a named kind on a day of it at one of its places; a joint strike told with a list of its sides that
the other telling's list holds is one strike; a side's strikes retold by a definite trigger without a place on a
day of its night of two days are the night's, and its dated strikes at a country retold undated by a definite
trigger naming it at a place inside are one (a telling spread over several places never gives the event its
one place). Of two tellings alike, a day comes before a period of a week or more. An attack named again a few
days after its own day at its town, by a definite noun or dated by a report of it (قالت المندوبة الاثنين إن واشنطن
سترد على الهجوم الكيماوي على دوما), with no verb, plural, other dead or new incident of its own, is that attack:
the event keeps the attack's own day and side (`agreeing.named_again_later`); dated by its report with the same dead
(three or more: `agreeing.reported_with_its_dead`), it may be told at its governorate's seat written bare (هجوم على
دير الزور ... وفق ما أفاد المرصد الأحد; هاجموا الأربعاء رتلا قرب مدينة الميادين، ما تسبب بمقتل 26), only at the
region or country it lies in (في شرق سوريا), or nowhere, and the side it names struck. So does an attack dated only
by the day a report of it was given (بحسب ما أوردت الوكالة الثلاثاء) told again on its own day, the day before, unplaced
or at its place (`agreeing.own_day_before_its_report`), and one dated only by the day it was reported or announced
(قال الجيش أمس الجمعة إن غارة ... قتلت قياديا) told again after it, in the next sentence or by a definite noun, on an
earlier day of its own (وذكر أن الغارة وقعت في 11 يوليو), any number of days before, placed nowhere or in its country
(`agreeing.retold_with_its_own_day`). A definite attack noun dated by a span of a few days (الضربات
مطلع الأسبوع) and its type's attack told after it on one of those days are one, dated by the day.

A lead telling only a toll (أعلنت أنقرة، الثلاثاء، مقتل جندي خلال عمليات للجيش) and, in the next sentence, an attack
with the same dead (قتل جندي في هجوم لعناصر الحزب) are one, of the attack's type and side. Attacks told as a set by a
report that gives them no day (ارتفعت حصيلة القتلى جراء الهجمات ... وفق ما أفاد المرصد الخميس) have no date expression
of their own: they merge into the attack of their type dated at their place unless they tell other dead. A singular
telling whose toll is said to have risen (ارتفعت حصيلة قتلى تفجير في المدينة إلى 12) is the later, higher count of the
attack of its type at its place, and the event keeps that count; told a few days after the attack's day (أفاد
المرصد الاثنين بأن حصيلة قتلى الغارة ارتفعت إلى ثمانية), the day of the count, it keeps the attack's own day
(`agreeing.counted_again`). Of several events a draft agrees with, it completes
one from its sentence, then one at its named place, then one of its type dated to its day (ووقع هجوم الجمعة).

A definite noun naming the attack (الغارات، الانفجار) with a toll, in the sentence after it, gives it that toll
when it told none or only some of the counts the retelling repeats (جرح ثلاثة; أسفر الانفجار عن مقتل أربعة وإصابة
ثلاثة: `tolled_by_retelling`). The other way, a definite retelling of a kind (الغارة) that dates or places the attack
and tells no other dead takes the toll of an indefinite draft naming that kind without date or place just before it
(قتل خمسة مدنيين في غارة جوية. ووقعت الغارة يوم الأحد في بلدة سراقب: `tolled_by_the_kind_before`).

A generic attack (ووقع الهجوم السبت) takes the kind that a draft telling neither date nor place names
in its sentence or the next (قتلوا في غارة جوية), when that draft tells no other toll or side, or, anywhere in the
article, by its word (not guessed from a side or by default) with the same dead, three or more, and no other
wounded, side or country (الاعتداء الذي وقع في البلدة وأوقع 32 قتيلا; تفجير انتحاري أودى بحياة 32 شخصا). Once
merged, a definite generic attack still untyped (الهجوم، أكثر الهجمات دموية) takes the kind of the last
event before it that names one (تفجير، غارة، هجوم كيماوي) and tells no other day or side, nor another toll
unless it is a plural the generic one may be a part of; one still untyped then takes the kind of the first event
of its sentence or the next that names one at the same place (الهجمات التي استهدفت كنائس المدينة ... ثلاث عمليات
انتحارية في كنائس المدينة), on the same terms.

A draft naming a violent kind without a date or a place finer than a country, not hedged, first takes the day
of the verb that announced or told it, when its clause dates that verb (أعلن الجيش، الجمعة، قصف موقع: basis
``report``, `Draft.announced`); so does, once merged, an event at a finer place that no telling dates.

A re-mention (a definite trigger noun with no date, toll or strike verb of
its own: استنكار ... للقصف التركي) completes the event it agrees with and is
never an event alone.

An event needs a date, or a toll and a place finer than a country (or, told by a violent,
indefinite trigger without a date expression, only its country: قتل ثمانية في كمين وسط اليمن,
not في أنحاء العراق nor على الحدود مع سوريا, or only a place the gazetteer does not know: قتل 14 في تفجير في
قرية الزعفرونة; or without a toll by a past verb before that place: سيطرت القوات على بلدة س), or an actor
and a place finer than a governorate (or a settlement the gazetteer lacks, kept
with its area: قرية س بريف حلب), or a strong trigger or an attack told as done (a past strike verb: قصفت; an attack noun
launched in the past: شنت وحدات الجيش هجوما), no date expression (or a
relative one waiting for the missing publication date) and a place of
governorate precision or finer, or at a region only an attack told as done by the side named before it (تركيا
نفذت ضربة جوية في شمال العراق; not a plural that may sum up a campaign: شنت روسيا غارات على مناطق) (undated
events stay, with a null date). An article that tells no such event keeps an attack told as done by the
side named before it, only at its country and without a date expression (وكانت إسرائيل شنت قصفا صاروخيا على
مواقع في سوريا), undated at that country: no other attack of the article is told again by it. An attack
told by a verb of its kind with an exact count of dead that no other telling gives, in a sentence telling no
dated or placed attack (وأطلق مسلحون النار على حافلة مما أسفر عن مقتل سبعة), is a new attack, kept undated and
unplaced. A statement needs a day and a violent event in the same article. A day's plural over a governorate
or a region whose dead are the sum of those of the attacks of its type told one by one right after it in its area
tells them together (`_without_sums_of_the_next`): no event of its own, its side given to those naming none.
"""

from __future__ import annotations

from dataclasses import replace

from gazetteer import PRECISIONS, SETTLEMENTS, PlaceMatch
from gazetteer.models import SMALL_SETTLEMENTS
from timeline.extract import actors
from timeline.extract.agreeing import (
    BOMBARDMENT,
    COARSE,
    NEXT_SENTENCE_GAP,
    RETOLD_MIN_KILLED,
    a_later_count,
    a_period,
    agree,
    claimed_right_after,
    dates_agree,
    dead_at_least,
    fine_spot,
    named_again_later,
    names_a_claimant,
    other_toll,
    other_wounded,
    reported_with_its_dead,
    retold_with_its_own_day,
    same_toll,
    seat_or_its_governorate,
    sides_compatible,
    told_on_its_own_day,
    toll_told_with_its_attack,
)
from timeline.extract.drafts import Draft, an_attack
from timeline.extract.places import same_place
from timeline.extract.splitting import a_campaign_toll
from timeline.extract.toll import Toll
from timeline.vocabulary import VIOLENT_TYPES

#: A draft is merged into one of the last this many events before it (an article tells a few dozen at
#: most; the bound keeps a book-length text linear).
MERGE_WINDOW = 200


def _fine_place(d: Draft) -> bool:
    return d.place is not None and d.place.chosen.precision != "country"


def telling(d: Draft) -> bool:
    """The draft says when or where (finer than a country, or a country that anchors an attack told with
    its toll): it may tell or complete an event."""
    return not d.when.unwritten or _fine_place(d) or _told_at_country(d) or _told_at_unknown_place(d)


def _told_at_country(d: Draft) -> bool:
    """A new attack told with a toll and only its country (قتل ثمانية في كمين نصبته المقاومة وسط اليمن):
    a violent trigger that needs no support, or one generic attack word (قتل فيه ثلاثون جنديا اثر هجوم دام في
    مصر: `_one_attack_told`), not definite (الهجوم names one told elsewhere), no date expression. It is an
    event anchored at the country, waiting undated."""
    return d.country_told and (d.strong or _one_attack_told(d)) and not d.definite and d.when.unwritten and (
        d.toll.told)


def _one_attack_told(d: Draft) -> bool:
    """A singular generic attack word (هجوم، اعتداء): one attack, whatever its kind; in the plural or the dual
    (هجمات، هجومان) it may sum up attacks told one by one elsewhere, or a campaign's toll."""
    return d.unnamed and not (d.plural or d.dual) and d.event_type in VIOLENT_TYPES


def _told_at_unknown_place(d: Draft) -> bool:
    """A new attack told with a toll at a place the gazetteer does not know (قتل ستة في قصف على
    قرية الزعفرونة), or told without one by a verb in the past before that place (سيطرت القوات على بلدة س): a
    violent trigger that needs no support, not definite, no date expression. It is an event waiting undated
    and unlocated, its place's name kept (`pipeline.with_unresolved_place`)."""
    return d.unknown_place and d.strong and not d.definite and d.when.unwritten


def reportable(d: Draft) -> bool:
    """A statement needs a day; any other event a date (a year alone needs a toll or a place finer
    than a country, `_history`), or a new attack told with a toll at its country or at a place the gazetteer
    does not know and no date expression (`_told_at_country`, `_told_at_unknown_place`), or a place finer
    than a country with a toll, or an actor (or a weapon naming one attack at its place:
    `Draft.weapon_at_its_place`, هجوم كيماوي على بلدة دوما) and a place finer than a governorate (or a settlement
    the gazetteer lacks, anchored to its area), or a strong trigger or an attack told as done (not missiles whose
    type is a guess: `Draft.fired`) without a date expression (or one waiting for the missing publication date)
    and a governorate or finer place; at a region only one done by its side (`_done_by_its_side`) or striking one
    site (`Draft.at_one_site`: غارة جوية لمبنى في الغوطة). Undated events are kept: the dashboard shows them apart."""
    if d.event_type == "statement":
        return d.when.precision == "day"
    if d.when.date is not None:
        return not _history(d)
    if not _fine_place(d):
        return _told_at_country(d) or _told_at_unknown_place(d)
    if d.toll.told:
        return True
    no_date_told = d.when.text is None or d.when.pending or d.when.of_another
    if d.place.chosen.precision == "region" and not d.settlement:
        return (_done_by_its_side(d) or d.at_one_site) and no_date_told
    return ((d.strong or (d.done and not d.fired)) and no_date_told) or (
        (d.actor is not None or d.weapon_at_its_place) and (d.settlement or d.place.chosen.precision not in COARSE))


def _done_by_its_side(d: Draft) -> bool:
    """One attack told as done by the side named before its trigger, as the subject of its verb (تركيا نفذت
    ضربة جوية، قوات النظام قصفت أماكن): not a plural that may sum up a campaign across a region (شنت روسيا غارات
    على مناطق)."""
    return d.done and d.actor is not None and d.actor.start <= d.trigger and not d.plural


def _history(d: Draft) -> bool:
    """Dated only to a year, placed nowhere finer than a country, without a toll: history or a
    campaign (هجومان أخرجا التنظيم من معظم أراضيه في سوريا العام الماضي), no one attack."""
    return d.when.precision == "year" and (d.place is None or d.place.chosen.precision == "country") and (
        not d.toll.told)


def _weight(d: Draft) -> tuple[bool, bool, int, bool, bool]:
    """How much a draft tells: a date, a date expression, the finer place, an actor, then a date that is no period
    of a week or more (`agreeing.a_period`: the day a month's summary names)."""
    precision = PRECISIONS.index(d.place.chosen.precision) if d.place else len(PRECISIONS)
    return (d.when.date is not None, d.when.text is not None, -precision, d.actor is not None, not a_period(d.when))


def events_told(drafts: list[Draft], lead: tuple[int, int] | None = None) -> tuple[list[Draft], int]:
    """The events an article's drafts tell, each once, and how many of them wait undated because
    their date expression needs the missing publication date (`lead`: the lead sentence's span)."""
    drafts = tolled_by_the_kind_before(tolled_by_retelling([dated_by_its_announcement(d) for d in drafts]))
    drafts = told_after_another_spot(drafts)
    merged = [placed_on_its_announcement(d) for d in typed_by_the_kind_after(typed_by_the_kind_before(merge(
        typed_by_retelling(
        typed_by_its_kind_named_before(
            [d for d in drafts if telling(d) or _names_a_kind(d) or names_a_claimant(d)], lead)), lead)))]
    told = _without_sums_of_the_next([d for d in merged if reportable(d)])
    alone = [d for d in drafts if _done_at_its_country(d)]
    if alone and not any(d.event_type in VIOLENT_TYPES for d in told):
        told = sorted(told + merge(alone), key=lambda d: d.trigger)
    own_dead = [d for d in drafts if counts_its_own_dead(d, drafts)]
    if own_dead:
        told = sorted(told + own_dead, key=lambda d: d.trigger)
    unresolved = sum(1 for d in told if d.when.pending)
    if not any(d.event_type in VIOLENT_TYPES for d in told):
        told = [d for d in told if d.event_type != "statement"]
    return told, unresolved


#: The details a day's plural over an area sums up begin at most this many folded characters after its sentence
#: (the next sentence or the one after).
SUMMED_NEXT_CHARS = 300


def _without_sums_of_the_next(told: list[Draft]) -> list[Draft]:
    """The events without a plural over a governorate or a region whose dead are the sum of those of the attacks
    of its type told one by one right after it in its area (مقتل 19 جراء غارات على مناطق في محافظة إدلب; قتل اثنان
    في معرة النعمان واثنان في جوزف، و15 في سراقب): it tells them together, not an attack of its own; those
    without a side take its side."""
    kept: list[Draft] = []
    summed: dict[int, Draft] = {}
    for n, d in enumerate(told):
        details = _details_summed(d, told, n + 1)
        if details:
            summed.update({id(x): _with_side_of(x, d) for x in details})
        else:
            kept.append(d)
    return [summed.get(id(d), d) for d in kept] if summed else told


def _details_summed(summary: Draft, told: list[Draft], start: int) -> list[Draft]:
    """The attacks told one by one right after `summary` (from `told[start]` on) whose dead add up to its dead (at
    least two), or none."""
    if not (summary.plural and summary.toll.killed and summary.place is not None
            and summary.place.chosen.precision in AREA_SUMS):
        return []
    details: list[Draft] = []
    end, dead = summary.sentence[1], 0
    for d in told[start:]:
        if d.sentence[0] - end > SUMMED_NEXT_CHARS or not _one_of_its_area(summary, d):
            break
        details.append(d)
        end, dead = max(end, d.sentence[1]), dead + d.toll.killed
        if dead >= summary.toll.killed:
            break
    return details if len(details) > 1 and dead == summary.toll.killed else []


def _one_of_its_area(summary: Draft, d: Draft) -> bool:
    """An attack of the summary's type and date (or undated) at a place finer than a governorate of its area,
    telling its dead."""
    area = summary.place.chosen
    return d.event_type == summary.event_type and d.toll.killed is not None and d.place is not None and (
        d.place.chosen.precision not in COARSE and d.place.chosen.country == area.country
        and d.place.chosen.admin1 == area.admin1) and (d.when.date is None or dates_agree(summary.when, d.when))


def _with_side_of(d: Draft, summary: Draft) -> Draft:
    """The detail, given the summary's side when it names none."""
    return replace(d, actor=summary.actor) if d.actor is None else d


def told_after_another_spot(drafts: list[Draft]) -> list[Draft]:
    """The drafts, each told as another incident right after a telling of its type at another spot in another
    sentence marked so (`Draft.after_another_spot`)."""
    return [replace(d, after_another_spot=True) if d.separate and _spot_before_elsewhere(drafts[:n], d) else d
            for n, d in enumerate(drafts)]


def _spot_before_elsewhere(before: list[Draft], d: Draft) -> bool:
    """The last draft of `d`'s type placed at a spot before it is at another spot, in another sentence."""
    last = next((b for b in reversed(before) if b.event_type == d.event_type and fine_spot(b)), None)
    return last is not None and fine_spot(d) is not None and fine_spot(last) != fine_spot(d) and (
        last.sentence != d.sentence)


def dated_by_its_announcement(d: Draft) -> Draft:
    """A draft naming a violent kind without a date or a place finer than a country takes the day its
    announcement is dated to (أعلن الجيش، الجمعة، قصف موقع عسكري سوري: `Draft.announced`), unless hedged:
    the report's day, the only date the text gives it. A hedged telling (مسلحين ربما فتحوا النار) lends no announcement
    day, neither now nor once merged (`placed_on_its_announcement`); one that hedges only who did it (صواريخ يعتقد
    أنها أميركية: `Draft.only_its_side_hedged`) tells an attack done, and lends it. So does one told with its dead at
    its country only (`_told_at_country`: قال الجيش اليوم إن جنديا قتل في انفجار في سوريا): its dead give it no day of
    its own."""
    if d.hedged and not d.only_its_side_hedged and d.announced is not None:
        return replace(d, announced=None)
    if d.announced is None or not (_names_a_kind(d) or _told_at_country(d)):
        return d
    return replace(d, when=d.announced)


def placed_on_its_announcement(d: Draft) -> Draft:
    """A violent event (or an execution, a kidnapping) at a place finer than a country that no telling dates
    takes the day its announcement is dated to (أعلن الجيش أمس مقتل ثلاثة جنود حين فتح مسلحون النار على قافلة في
    منبج), after merging, so that a report's day never stands against a date another telling gives the attack. A
    hedged telling merged into it (في جبال قنديل التي يعتقد أن قياديين يتمركزون فيها) lent no day
    (`dated_by_its_announcement`) and takes none away: the day the attack was told on unhedged stays."""
    if d.announced is None or d.event_type not in (*VIOLENT_TYPES, "other") or not (
            d.when.unwritten and _fine_place(d)):
        return d
    return replace(d, when=d.announced)


def _done_at_its_country(d: Draft) -> bool:
    """One attack told as done by the side named before it, placed only at the country where it struck and
    told without a date expression, toll or hedge (وكانت إسرائيل شنت قصفا صاروخيا على مواقع في سوريا): kept,
    undated at its country, when the article tells no other attack it could be told again of."""
    return _names_a_kind(d) and _done_by_its_side(d) and d.country_told and not (d.definite or d.hedged)


def counts_its_own_dead(d: Draft, drafts: list[Draft]) -> bool:
    """A new attack told by a verb of its kind with its own dead and neither date nor place (وأطلق مسلحون النار
    على حافلة مما أسفر عن مقتل سبعة): a strong verb whose kind is told, not guessed, neither definite nor plural,
    with an exact count of dead that no other telling of the article gives, no campaign's total, in a sentence
    telling no dated or placed attack (قتل جندي في اشتباكات اليوم بعد تفجير قتل 32: that bombing is told
    elsewhere). Two tellings with other dead are two attacks: it re-tells none, an event undated and unplaced."""
    toll = d.toll
    if not (_names_a_kind(d) and d.verb and d.strong and toll.killed and not (toll.bounded or toll.borrowed)):
        return False
    if d.definite or d.plural or d.hedged or d.remention or d.answered or d.recalled or d.unnamed or (
            d.inferred or d.defaulted or d.fired or a_campaign_toll(toll, d.when, d.event_type)):
        return False
    return not any(o is not d and (o.toll.killed == toll.killed or (o.sentence == d.sentence and telling(o)))
                   for o in drafts)


def tolled_by_retelling(drafts: list[Draft]) -> list[Draft]:
    """The drafts, an attack told without a toll given the toll of a definite noun of its kind that tells
    neither date nor place in its sentence or the next (شنت الطائرات أمس غارات على المدينة. وأسفرت الغارات عن
    مقتل 15): the attack told again with what it caused. Only to an attack that is an event without it (the toll
    makes no telling reportable), not across another telling attack, nor to one of another kind (unless either
    kind is only a guess: القصف after غارات) or of another side."""
    out = list(drafts)
    for n, d in enumerate(drafts):
        if not (_names_a_kind(d) and d.definite and d.toll.told and _names_the_attack(d)) or (
                d.answered or d.unknown_names):
            continue
        before = _attack_just_before(out, n)
        if before is None or not _completed_by(out[before].toll, d.toll) or not reportable(out[before]) or (
                not _tolls_back(out[before], d)):
            continue
        out[before] = replace(out[before], toll=replace(d.toll, borrowed=True))
    return out


def tolled_by_the_kind_before(drafts: list[Draft]) -> list[Draft]:
    """The drafts, a definite retelling that dates or places an attack given the toll of the draft naming its kind
    without date or place just before it (قتل خمسة مدنيين في غارة جوية. ووقعت الغارة يوم الأحد في بلدة سراقب): the
    first telling gave what it caused, the retelling when and where. Only when the retelling's own counts are none or
    repeated (`_completed_by`), it is an event without the toll, and no telling attack stands between them."""
    out = list(drafts)
    for n, d in enumerate(drafts):
        if not (d.articled and telling(d) and an_attack(d) and _names_the_attack(d)) or (
                d.answered or d.unknown_names or not reportable(d)):
            continue
        kind = _kind_just_before(drafts, n)
        if kind is not None and _completed_by(d.toll, kind.toll):
            out[n] = replace(d, toll=replace(kind.toll, borrowed=True))
    return out


def _kind_just_before(drafts: list[Draft], n: int) -> Draft | None:
    """The last draft before draft `n`, in its sentence or the one before, naming with a toll a kind without date or
    place by an indefinite trigger (في غارة جوية; في القصف names an attack told before) that `n` may tell again
    (`_retold_by`); none across another telling attack."""
    since = drafts[n].sentence[0] - NEXT_SENTENCE_GAP
    for i in range(n - 1, -1, -1):
        if drafts[i].sentence[1] < since or (telling(drafts[i]) and an_attack(drafts[i])):
            return None
        if _names_a_kind(drafts[i]) and not drafts[i].definite and drafts[i].toll.told and _retold_by(
                drafts[i], drafts[n]):
            return drafts[i]
    return None


def _retold_by(kind: Draft, d: Draft) -> bool:
    """The definite `d` may tell again the attack `kind` names just before it: of its kind, or either kind only a
    guess or `d` a generic attack word (الهجوم), by no other side."""
    guessed = any(x.defaulted or x.inferred for x in (kind, d)) or d.generic
    return (kind.event_type == d.event_type or guessed) and sides_compatible(kind, d) and not kind.answered


def _completed_by(toll: Toll, retold: Toll) -> bool:
    """The attack's toll is none, or the retelling's repeats each count it gives and adds one (جرح ثلاثة; أسفر
    الانفجار عن مقتل أربعة وإصابة ثلاثة)."""
    if not toll.told:
        return True
    counts = [(toll.killed, retold.killed), (toll.injured, retold.injured)]
    return toll.combined is None and all(mine is None or mine == theirs for mine, theirs in counts) and any(
        mine is None and theirs is not None for mine, theirs in counts)


def _attack_just_before(drafts: list[Draft], n: int) -> int | None:
    """The index of the last telling attack before draft `n`, looked for only as far back as the sentence before
    it (`_tolls_back` asks no further), so that a long text stays linear."""
    since = drafts[n].sentence[0] - NEXT_SENTENCE_GAP
    for i in range(n - 1, -1, -1):
        if drafts[i].sentence[1] < since:
            return None
        if telling(drafts[i]) and an_attack(drafts[i]):
            return i
    return None


#: The types whose weak words name one happening itself (الانفجار), not an aircraft, a weapon or a fight of many.
HAPPENING_WEAK_TYPES = frozenset({"bombing"})


def _names_the_attack(d: Draft) -> bool:
    """The draft's trigger names an attack (الغارات، التفجير، الهجوم، القصف), or by a definite weak word the
    happening itself (أسفر الانفجار عن مقتل أربعة), not only a weapon or an aircraft that may be the subject of a
    new one (واستهدف طيران التحالف ... ما أدى إلى مقتل 29)."""
    return d.strong or d.generic or d.defaulted or d.inferred or (d.definite and d.event_type in HAPPENING_WEAK_TYPES)


def _tolls_back(attack: Draft, d: Draft) -> bool:
    """The definite `d` may tell the toll of `attack` told just before it: in its sentence or the next, of its
    kind or of a kind only guessed, by no other side."""
    near = d.sentence == attack.sentence or 0 <= d.sentence[0] - attack.sentence[1] <= NEXT_SENTENCE_GAP
    kind = attack.event_type == d.event_type or attack.generic or d.defaulted or d.inferred
    return near and kind and sides_compatible(attack, d) and not attack.answered


def typed_by_retelling(drafts: list[Draft]) -> list[Draft]:
    """The telling drafts and those naming a claimant, a generic attack (ووقع الهجوم السبت في ...) typed by
    the kind a draft telling neither date nor place names in the same or the next sentence (قتلوا في غارة
    جوية), when their tolls agree, or anywhere in the article with the same dead (`_tied_by_its_dead`): the attack
    told again with its kind."""
    typed = []
    for n, draft in enumerate(drafts):
        if not (telling(draft) or names_a_claimant(draft)):
            continue
        if draft.generic:
            kind = next((d for d in drafts[n + 1 :] if _names_a_kind(d) and _retells(draft, d)), None) or next(
                (d for d in drafts if _names_a_kind(d) and _tied_by_its_dead(draft, d)), None)
            if kind is not None:
                draft = replace(draft, event_type=kind.event_type, generic=False, unnamed=False)
        typed.append(draft)
    return typed


def _tied_by_its_dead(generic: Draft, d: Draft) -> bool:
    """`d`, anywhere in the article, names by its word a kind (تفجير انتحاري، not a side's or a default's guess) with
    the generic draft's dead, enough not to be a coincidence (`RETOLD_MIN_KILLED`), and no other wounded, side or
    country: the attack told again by its kind (الاعتداء الذي وقع في البلدة وأوقع 32 قتيلا; تفجير أودى بحياة 32)."""
    dead = generic.toll.killed
    if dead is None or dead < RETOLD_MIN_KILLED or d.toll.killed != dead or not d.kind_named or (
            d.defaulted or d.inferred or d.fired or d.answered or other_wounded(d, generic)):
        return False
    return sides_compatible(generic, d) and (d.place is None or generic.place is None or (
        d.place.chosen.country == generic.place.chosen.country))


def typed_by_its_kind_named_before(drafts: list[Draft], lead: tuple[int, int] | None) -> list[Draft]:
    """The drafts, a definite generic attack (في الهجوم الذي أوقع 32 قتيلا الاثنين في البلدة) typed by the kind
    the lead names at the same place without a date, toll or verb of its own (الهجوم الانتحاري في البلدة:
    `Draft.remention`), or at any place when the generic one names none and no other kind is named between (الهجوم
    الذي وقع قبل عشرة أيام): told first, that mention finds nothing to merge into and its kind would be lost."""
    typed = []
    for draft in drafts:
        if draft.unnamed and draft.definite and not draft.plural:
            kind = next((d for d in drafts if d.sentence == lead and d.trigger < draft.trigger
                         and _names_it_before(d, draft, drafts)), None)
            if kind is not None:
                draft = replace(draft, event_type=kind.event_type, generic=False, unnamed=False)
        typed.append(draft)
    return typed


def _names_it_before(mention: Draft, draft: Draft, drafts: list[Draft]) -> bool:
    """`mention` names by its kind, without a date, toll or verb, the attack `draft` tells at its place, or tells
    at no place with no other kind named between them (`drafts`: the article's)."""
    if not (mention.remention and _kind_named(mention) and an_attack(mention) and mention.place is not None):
        return False
    if draft.place is None:
        return sides_compatible(mention, draft) and not any(
            mention.trigger < d.trigger < draft.trigger and d.kind_named and d.event_type != mention.event_type
            for d in drafts)
    return same_place(mention.place.chosen, draft.place.chosen) and agree(mention, draft)


def typed_by_the_kind_before(told: list[Draft]) -> list[Draft]:
    """The merged drafts, a definite generic attack that nothing else types (الهجوم، أكثر الهجمات دموية)
    typed by the kind of the last event before it that names one (تفجير، غارة) and tells no other day or
    side, nor another toll unless it is a plural (تفجيرات) the generic one may be a part of."""
    typed = []
    for draft in told:
        if draft.unnamed and draft.definite:
            kind = max((d for d in told if d.trigger < draft.trigger and _kind_named(d) and _names_back(draft, d)),
                       key=lambda d: d.trigger, default=None)
            if kind is not None:
                draft = replace(draft, event_type=kind.event_type, unnamed=False)
        typed.append(draft)
    return typed


def typed_by_the_kind_after(told: list[Draft]) -> list[Draft]:
    """The merged drafts, a definite generic attack still untyped (الهجمات التي استهدفت ثلاث كنائس في المدينة)
    typed by the kind of the first event of its sentence or the next that names one at the same place (وذكر
    أن ثلاث عمليات انتحارية ضربت كنائس المدينة) and tells no other day or side, nor another toll unless it is
    a plural: the attack told again by its kind, right after its generic word."""
    typed = []
    for draft in told:
        if draft.unnamed and draft.definite and draft.place is not None:
            kind = min((d for d in told if d.trigger > draft.trigger and _names_it_after(draft, d)),
                       key=lambda d: d.trigger, default=None)
            if kind is not None:
                draft = replace(draft, event_type=kind.event_type, unnamed=False, generic=False)
        typed.append(draft)
    return typed


def _names_it_after(definite: Draft, kind: Draft) -> bool:
    """`kind`, in `definite`'s sentence or the next, names a violent kind at its place and may be its attack."""
    near = kind.sentence == definite.sentence or 0 <= kind.sentence[0] - definite.sentence[1] <= NEXT_SENTENCE_GAP
    return near and _kind_named(kind) and kind.event_type in VIOLENT_TYPES and not (kind.separate or kind.joined) and (
        kind.place is not None and same_place(definite.place.chosen, kind.place.chosen)) and _names_back(
        definite, kind)


def _kind_named(d: Draft) -> bool:
    """The draft's trigger names the kind of an attack (غارة، تفجير، هجوم كيماوي), not only an attack, and
    it is not an earlier attack answered by another."""
    return d.kind_named and not d.answered


def _names_back(definite: Draft, kind: Draft) -> bool:
    """A definite generic attack may name the attack `kind` tells: no other day, toll or side."""
    if definite.when.date is not None and kind.when.date is not None and not dates_agree(definite.when, kind.when):
        return False
    return (kind.plural or not other_toll(definite, kind)) and sides_compatible(definite, kind)


def _names_a_kind(d: Draft) -> bool:
    """A draft telling neither date nor place whose trigger names a violent kind (غارة جوية)."""
    return not telling(d) and not d.generic and d.event_type in VIOLENT_TYPES


def _retells(generic: Draft, d: Draft) -> bool:
    """`d` stands in the generic draft's sentence or the next one, tells no other toll and names no other
    actor (a side's attack answered by another's air strikes stays the first side's)."""
    near = d.sentence == generic.sentence or 0 <= d.sentence[0] - generic.sentence[1] <= NEXT_SENTENCE_GAP
    same_side = generic.actor is None or (d.actor is not None and actors.compatible(generic.actor.name, d.actor.name))
    return near and same_side and not other_toll(generic, d)


def merge(drafts: list[Draft], lead: tuple[int, int] | None = None) -> list[Draft]:
    """One draft per happening: a later telling fills what the first left missing; repeated
    until no two merged drafts agree (a merge may complete one that agrees with another; `lead`: the lead
    sentence's span)."""
    news_until = _first_recalled(drafts)
    groups, members = _merge_once(drafts, [[d] for d in drafts], lead, news_until)
    while len(groups) < len(drafts):
        drafts, (groups, members) = groups, _merge_once(groups, members, lead, news_until)
    return groups


def _first_recalled(drafts: list[Draft]) -> int | None:
    """Where the article first tells a recalled attack at a date (the folded start of its sentence): what it tells
    before is its news; None when it recalls none."""
    return min((d.sentence[0] for d in drafts if d.recalled and d.when.date is not None), default=None)


def _merge_once(drafts: list[Draft], told: list[list[Draft]], lead: tuple[int, int] | None,
                news_until: int | None) -> tuple[list[Draft], list[list[Draft]]]:
    """The drafts merged once, with the drafts each merged one was made of (`told`, by draft; `news_until`:
    `_first_recalled`)."""
    groups: list[Draft] = []
    members: list[list[Draft]] = []
    for draft, made_of in zip(drafts, told, strict=True):
        agreeing = [i for i in range(max(0, len(groups) - MERGE_WINDOW), len(groups))
                    if agree(groups[i], draft) and not _kept_apart(members[i], made_of, lead, news_until) and not (
                        _by_the_side_answered(made_of, groups[i], groups, members)
                        or _by_the_side_answered(members[i], draft, groups, members))]
        if agreeing:
            i = max(agreeing, key=lambda i: _closeness(groups[i], draft))
            group = groups[i]
            first, second = (draft, group) if _weight(draft) > _weight(group) else (group, draft)
            if named_again_later(first, second):
                first, second = second, first  # the attack's own day and side, not those of what was said of it
            groups[i] = _fill(first, second)
            members[i] = members[i] + made_of
        elif not draft.remention:
            groups.append(draft)
            members.append(made_of)
    return groups, members


def _kept_apart(one: list[Draft], other: list[Draft], lead: tuple[int, int] | None, news_until: int | None) -> bool:
    """Two attacks its sentence tells apart (… على بلدة أ، بينما قتل آخرون في غارة على بلدة ب: `Draft.joined`)
    are told one in each, or one answers the other (وردت القوات بقصف: `Draft.replies_to`), or one tells the lead's
    news and the other a recalled attack (`_lead_beside_recalled`): the two never become one event, not even
    through a third telling both agree with."""
    return _joined_beside(one, other) or _joined_beside(other, one) or _answering(one, other) or (
        _answering(other, one) or _lead_beside_recalled(one, other, lead, news_until)
        or _lead_beside_recalled(other, one, lead, news_until))


def _lead_beside_recalled(new: list[Draft], old: list[Draft], lead: tuple[int, int] | None,
                          news_until: int | None) -> bool:
    """A draft of `new` tells an attack in the lead sentence or before the article first recalls one (`news_until`:
    قالت اللجنة إن القوات اشتبكت مع مسلحين قرب الشيشان; وقتل حينها 14 حين اقتحم مسلحون مباني في غروزني في ديسمبر
    2014), by an indefinite strong trigger at a place without any date expression, and one of `old` is a recalled
    attack at a date (وسبق للتنظيم أن هاجم مبنى في أربيل العام 2015), neither telling the same dead as the other:
    the article's news is no telling of the old attack, which would give it the old date. In an article telling
    the past throughout, an attack told after a recalled one may be of that past."""
    news = [d for d in new if (d.sentence == lead or (news_until is not None and d.sentence[0] < news_until))
            and d.strong and not (d.definite or d.recalled or d.ties_back) and d.when.unwritten and d.place is not None]
    return bool(news) and any(d.recalled and d.when.date is not None for d in old) and not any(
        same_toll(a, b) for a in new for b in old)


def _answering(one: list[Draft], other: list[Draft]) -> bool:
    """A draft of `one` answers by a reply verb an attack of `other` (ويرد التنظيم بإطلاق قذائف: `Draft.replies_to`):
    the other side's attack, never one event with the attack it answers."""
    answered = {d.replies_to for d in one if d.replies_to is not None}
    return bool(answered) and any(d.trigger in answered for d in other)


def _by_the_side_answered(replying: list[Draft], other: Draft, groups: list[Draft], members: list[list[Draft]]) -> bool:
    """A draft of `replying` answers by a reply verb an attack (`Draft.replies_to`) whose event names the side `other`
    names (ويرد التنظيم بإطلاق قذائف after the army's shelling; قصفت قوات النظام حي الحجر الأسود): the reply is by
    that side's enemy, never one event with an attack of that side."""
    answered = {d.replies_to for d in replying if d.replies_to is not None}
    if not answered or other.actor is None:
        return False
    return any(group.actor is not None and group.actor.name == other.actor.name
               and any(d.trigger in answered for d in made_of) for group, made_of in zip(groups, members, strict=True))


def _joined_beside(one: list[Draft], other: list[Draft]) -> bool:
    """A draft of `one` joined to the attack before it in its sentence, and a draft of `other` from that sentence."""
    sentences = {d.sentence for d in one if d.joined}
    return bool(sentences) and any(d.sentence in sentences for d in other)


def _closeness(group: Draft, draft: Draft) -> tuple[bool, bool, bool]:
    """How closely an event that agrees with a draft tells what the draft tells: from the same sentence,
    at the same named place, of the same type on the same day (ووقع هجوم الجمعة: Friday's attack, not an undated
    one told before it). Of several events a draft agrees with (a telling at a town agrees with an attack on another
    town of its governorate told at the governorate), it completes the closest, or the first told of those alike."""
    same_name = group.place is not None and draft.place is not None and (
        group.place.chosen.name, group.place.chosen.admin1) == (draft.place.chosen.name, draft.place.chosen.admin1)
    same_day = draft.when.date is not None and draft.when.precision == "day" and (
        (group.when.date, group.when.precision) == (draft.when.date, "day"))
    return group.sentence == draft.sentence, same_name, group.event_type == draft.event_type and same_day


def _told_alike(first: Draft, second: Draft) -> bool:
    """Two drafts of one event tell it alike enough for one to name the other's actor: they come from
    one sentence, or both give the same spot (finer than a district) or the same day or night, or one tells only the
    toll of the attack the other tells right after it (`toll_told_with_its_attack`), or one tells its dead as a lower
    bound the other's count meets (`agreeing.dead_at_least`), or one is the other's report with its dead
    (`_reported_again`) or told again with its own day (`retold_with_its_own_day`), not only missing values or an
    area around the other's spot that agree."""
    if second.sentence == first.sentence:
        return True
    spots = [d.place.chosen for d in (first, second) if d.place is not None and d.place.chosen.precision not in COARSE
             and d.place.chosen.precision != "district"]
    if len(spots) == 2 and same_place(*spots):
        return True
    if claimed_right_after(first, second) or claimed_right_after(second, first) or (
            toll_told_with_its_attack(first, second)) or dead_at_least(first, second) or (
            _reported_again(first, second) or _reported_again(second, first)) or (
            retold_with_its_own_day(first, second) or retold_with_its_own_day(second, first)):
        return True
    same_time = (first.when.date, first.when.end) == (second.when.date, second.when.end)
    return first.when.date is not None and same_time and first.when.a_day_or_night


def _reported_again(late: Draft, early: Draft) -> bool:
    """`late` names `early`'s attack again a few days after its day, dated by its report with the same dead
    (`agreeing.reported_with_its_dead`): the side the report names struck."""
    return named_again_later(late, early) and reported_with_its_dead(late, early)


def _fill(first: Draft, second: Draft) -> Draft:
    place = first.place
    if place is None or (
        second.place is not None and not _recalled_elsewhere(first, second) and not _spread_over(first, second)
        and not _one_of_its_places(first, second) and not _another_settlement(first, second)
        and PRECISIONS.index(second.place.chosen.precision) < PRECISIONS.index(place.chosen.precision)
    ):
        place = second.place
    toll = first.toll
    if (not toll.told or (toll.borrowed and second.toll.told and not second.toll.borrowed)
            or (second.toll_rose and a_later_count(first, second)) or _dead_of_its_report(first, second)
            or toll.part_of(second.toll)) and not (
            _a_campaign_total(second, first)):
        toll = second.toll
    elif not _a_campaign_total(second, first):
        toll = _completed_toll(toll, second.toll)
    actor = first.actor or (second.actor if _told_alike(first, second) else None)
    dated = second if _finer_date_within(second, first) or told_on_its_own_day(second, first) else first
    return replace(first, place=place, toll=toll, actor=actor, hedged=first.hedged or second.hedged,
                   when=dated.when, recalled=dated.recalled,
                   strong=first.strong or second.strong, done=first.done or second.done,
                   remention=first.remention and second.remention,
                   settlement=(first.settlement if place is first.place else second.settlement),
                   event_type=_type_of(first, second), generic=first.generic and second.generic,
                   unnamed=first.unnamed and second.unnamed, kind_named=first.kind_named or second.kind_named,
                   defaulted=first.defaulted and second.defaulted, fired=first.fired and second.fired,
                   separate=_told_first(first, second).separate, answered=first.answered and second.answered,
                   joined=first.joined and second.joined, ties_back=first.ties_back or second.ties_back,
                   inferred=first.inferred and second.inferred, sides=first.sides | second.sides,
                   announced=first.announced or second.announced,
                   toll_only=first.toll_only and second.toll_only,
                   toll_rose=(second if toll is second.toll else first).toll_rose)


def _dead_of_its_report(own: Draft, report: Draft) -> bool:
    """`own` tells on its own day the attack `report` is dated by the report of (`told_on_its_own_day`: قتل ثلاثة
    وجرح سبعة ... حسبما أفادت السلطات اليوم الجمعة; وقال البيان إن سبعة أصيبوا ليل الخميس/الجمعة), and counts no dead
    where the report does, nor other wounded: the report's toll is the attack's."""
    return own.toll.killed is None and report.toll.killed is not None and not other_wounded(own, report) and (
        told_on_its_own_day(own, report))


def _completed_toll(toll: Toll, other: Toll) -> Toll:
    """`toll` with the wounded it lacks taken from another telling of its attack that tells the same dead
    (مقتل ثلاثة ... قتل ثلاثة وأصيب خمسة: 3 and 5); neither counting the dead and wounded together nor
    borrowed. The same wounded alone do not give the dead: two attacks may wound as many."""
    if toll.killed is None or toll.killed != other.killed or toll.injured is not None or other.injured is None or (
            toll.combined is not None or other.combined is not None or toll.borrowed or other.borrowed):
        return toll
    return replace(toll, injured=other.injured, minimum=toll.minimum or other.minimum,
                   victims=toll.victims or other.victims, vague=toll.vague | (other.vague & {"injured"}))


#: Bases of a day told as the attack's own: not a report's day nor one taken from another sentence.
OWN_DAY_BASES = frozenset({"explicit", "publication", "inferred", "event_relative"})


def _finer_date_within(fine: Draft, coarse: Draft) -> bool:
    """`fine` tells as the attack's own (`OWN_DAY_BASES`) a day within the month, season or year `coarse` dates
    the same attack to (في الهجوم على المدينة بأبريل الماضي ... الهجوم الذي وقع في السابع من الشهر نفسه), or a month
    of its year (عام 1995; في مارس 1995): the merged event takes that finer date."""
    f, c = fine.when, coarse.when
    finer = f.precision == "day" or (f.precision == "month" and c.precision == "year")
    return finer and f.basis in OWN_DAY_BASES and not f.reported and c.value is not None and (
        c.precision != "day") and dates_agree(f, c)


def _a_campaign_total(told: Draft, event: Draft) -> bool:
    """`told` gives, undated, the dead of a campaign or a war (`splitting.a_campaign_toll`: قتل 976 في القصف والغارات
    على مناطق الغوطة) and the event is dated: the total is never the toll of the day's attack it merges with."""
    return event.when.date is not None and a_campaign_toll(told.toll, told.when, told.event_type)


#: The areas whose several places a telling may spread over and keep (a country's spot is still a better place
#: than the country: في دمشق وحمص، على مواقع في سوريا).
AREA_SUMS = frozenset({"governorate", "region"})


def _spread_over(first: Draft, second: Draft) -> bool:
    """The first is a plural told over several places of its area (قصف 25 هدفا في قطاع غزة، غارات على مناطق في
    ريف حلب: `Draft.over_places`) at a governorate or a region, and the other, in another sentence, names one
    spot of it without the same dead: the spot does not locate the whole."""
    return first.over_places and first.sentence != second.sentence and (
        first.place is not None and first.place.chosen.precision in AREA_SUMS) and not (
        first.toll.killed is not None and first.toll.killed == second.toll.killed)


def _one_of_its_places(first: Draft, second: Draft) -> bool:
    """The other, in another sentence, is told over several places (استهدفت الصواريخ الإسرائيلية مواقع في جنوب البلاد
    ووسطها وفي محيط دمشق: `Draft.over_places`) and tells no dead of the first's: the one place it is read at does not
    locate the whole."""
    return second.over_places and first.sentence != second.sentence and not (
        first.toll.killed is not None and first.toll.killed == second.toll.killed)



def _another_settlement(first: Draft, second: Draft) -> bool:
    """The first is placed at a settlement no other town lies inside (`_a_settlement_of_its_own`) and the other, in
    another sentence, at another settlement (وقال الوزير في مدينة حرستا إن الغارات مرفوضة): a town near a city is
    not inside it, so it does not locate the first's attack more finely."""
    return first.sentence != second.sentence and first.place is not None and second.place is not None and (
        _a_settlement_of_its_own(first.place, second.place)) and {
        first.place.chosen.precision, second.place.chosen.precision} <= SETTLEMENTS and (
        first.place.chosen.name, first.place.chosen.admin1) != (second.place.chosen.name, second.place.chosen.admin1)


def _a_settlement_of_its_own(place: PlaceMatch, other: PlaceMatch) -> bool:
    """`place` names a settlement without a direction (one near or north of a city, قرب دمشق, may hold `other`):
    written with its head (غارات على مدينة دوما), or bare before a town or a village (هجومها على دوما; سيطرت القوات
    على بلدة حمورية) unless a governorate's seat, which may name its governorate (في إسطنبول وشرناق; في قضاء
    سيلوبي); a bare city before another "city" may be before one of its quarters."""
    return place.relation is None and (bool(place.head) or (
        other.chosen.precision in SMALL_SETTLEMENTS and not seat_or_its_governorate(place, other)))


def _told_first(a: Draft, b: Draft) -> Draft:
    """Of two drafts of one event, the one told first in the text: whether the event is told as another
    incident (وفي حادثة منفصلة، غارات جديدة) is what its first telling says, whatever details complete it."""
    return a if a.trigger <= b.trigger else b


def _recalled_elsewhere(first: Draft, second: Draft) -> bool:
    """A recalled attack and an undated telling that names another place inside its area (a chemical attack
    on Eastern Ghouta in 2013; the chemical attack on Duma): the telling may be of a later attack there, so
    its finer place does not locate the recalled one, whose own place stays."""
    return first.recalled and second.when.date is None and first.place.chosen.name != second.place.chosen.name


def _type_of(first: Draft, second: Draft) -> str:
    """The merged type: the first's, unless only a generic attack word tells it and the other's tells more, or only
    a toll (`Draft.toll_only`: مقتل جندي) and the other is an attack (قتل في هجوم)."""
    if first.toll_only and second.event_type in VIOLENT_TYPES:
        return second.event_type
    if first.defaulted and not second.defaulted and second.event_type in VIOLENT_TYPES:
        return second.event_type
    if first.inferred and not (second.inferred or second.fired or second.defaulted) and (
            second.event_type in BOMBARDMENT):
        return second.event_type
    if first.fired and second.event_type == "airstrike":
        return second.event_type
    if first.unnamed and first.plural and second.kind_named and second.event_type in VIOLENT_TYPES:
        return second.event_type  # الهجمات التي وقعت الليلة: the kind its other telling names
    return second.event_type if first.generic and not second.generic and an_attack(second) else first.event_type
