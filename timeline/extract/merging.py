"""Merging: the drafts of one article that tell one happening become one event.

Drafts that agree on type, actor (or its coalition, or another side of a list each
telling writes with its own: الولايات المتحدة وفرنسا وبريطانيا), date and place are one
event told twice. Missing values agree, but two places finer than a district
more than 10 km apart are two attacks; a type told only by a generic attack
word (هجوم، الهجمة) agrees with any violent type when both are dated (so does a kind named as
another: هجوم كيماوي), or at one
place finer than a governorate where one tells no date expression and the generic
word is definite (الهجوم: a re-mention); a period
of a week or more (a month, a year, رمضان) agrees with a day inside it (the
lead's summary and the detail), and a night of two days a day of it at one place
finer than a governorate or where both name one side at one place of any precision
(غارات تركية شمال العراق ليل الاثنين الثلاثاء; الاثنين); a region or country and a place inside it
agree when they tell the same number of dead, or are dated to one day (or one
is dated, not recalled, and the other re-tells it with a definite violent noun
and no date expression: التفجير في مدينة س) without telling different numbers
of dead. Missiles told without a side and an air strike on the same installation (a place of point precision) on one
day, without another toll, are one air strike. A bombardment told by a word that does not say how it
struck (القصف، استهدف: its type inferred from its side or by default) and an air strike or shelling are one
when they tell the same dead, or it tells no date expression and no other toll at the same named place
by the same side (واستهدف القصف الإسرائيلي نقطة مراقبة شرقي رفح); the kind told types it. Two violent
drafts (or a kind named as another: a chemical
attack) of different types on
the same day at the same place (or one without a place) with the same toll are
one event too, and so are two of one type telling the same number of dead a
day or two apart (the day told two ways). An undated telling with an indefinite
trigger and no date expression (قتل 4 في قصف على البلدة) and a dated one that is
no plural summary (غارات) are two attacks when their numbers of dead differ beyond
a lower bound (أكثر من 20، عشرات) and by more than an attacker counted among the
dead, as are an undated one and a recalled one. A recalled attack told without a place and an attack
told at a place by an indefinite trigger without a date expression are two, unless they tell the same
dead (nothing ties the new telling to the old attack). An attack told by an indefinite trigger in a
clause that joins it to the one its sentence told before (… على بلدة أ، بينما قتل آخرون في غارة على
بلدة ب) is never that one. An attack named after a word that counts another happening from it, in a clause
telling no attack before that word (وعدت الحكومة بتعزيز الأمن غداة هجوم انتحاري), has no date expression
of its own: its dated telling completes it. Merged, the one that tells most (a
date, a date expression, the finer place) comes first; it takes the actor of
the other only when both come from one sentence or give the same day or the same
spot (finer than a district). A draft whose sentence opens
by saying it is another incident (وفي حادثة منفصلة) merges into no draft before it, and an attack
told as the cause of another (ردا على هجوم الخميس) merges with no draft of another type.

A generic attack (ووقع الهجوم السبت) takes the kind that a draft telling neither date nor place names
in its sentence or the next (قتلوا في غارة جوية), when that draft tells no other toll or side. Once
merged, a definite generic attack still untyped (الهجوم، أكثر الهجمات دموية) takes the kind of the last
event before it that names one (تفجير، غارة، هجوم كيماوي) and tells no other day or side, nor another toll
unless it is a plural the generic one may be a part of.

A re-mention (a definite trigger noun with no date, toll or strike verb of
its own: استنكار ... للقصف التركي) completes the event it agrees with and is
never an event alone.

An event needs a date, or a toll and a place finer than a country (or, told by a violent,
indefinite trigger without a date expression, only its country: قتل ثمانية في كمين وسط اليمن,
not في أنحاء العراق nor على الحدود مع سوريا), or an actor
and a place finer than a governorate (or a settlement the gazetteer lacks, kept
with its area: قرية س بريف حلب), or a strong trigger, no date expression (or a
relative one waiting for the missing publication date) and a place of
governorate precision or finer (undated events stay, with a null date). A
statement needs a day and a violent event in the same article.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from gazetteer import PRECISIONS, Place, PlaceMatch
from timeline.extract import actors
from timeline.extract.dating import When
from timeline.extract.places import MAX_KM, haversine_km, same_place
from timeline.extract.toll import Toll
from timeline.vocabulary import VIOLENT_TYPES

#: Place precisions too coarse to locate an undated event told without a toll.
COARSE = frozenset({"governorate", "region", "country"})
#: Settlements too small to hold another settlement: two of them with different names are two places.
VILLAGES = frozenset({"village", "town"})
#: A draft is merged into one of the last this many events before it (an article tells a few dozen at
#: most; the bound keeps a book-length text linear).
MERGE_WINDOW = 200
#: Two drafts of one type telling the same number of dead (at least this many) may be one attack
#: dated two ways, when their days are at most `RETOLD_MAX_DAYS` apart.
RETOLD_MIN_KILLED = 3
RETOLD_MAX_DAYS = 2
#: Two numbers of dead this far apart or closer may tell one attack, one counting its attacker (مقتل
#: شخصين من بينهما المهاجم) and the other not.
ATTACKER_COUNTED = 1
#: A period of at least this many days may sum up an attack dated to one of its days.
SUMMARY_DAYS = 7
#: The types a bombardment told without its kind (القصف) may turn out to be.
BOMBARDMENT = frozenset({"airstrike", "shelling"})
#: At most this many characters (spaces, a line end) between a sentence and the next.
NEXT_SENTENCE_GAP = 3


@dataclass(frozen=True)
class Draft:
    """What one clause tells of an event, before merging."""

    event_type: str
    trigger: int  #: folded offset of the trigger
    sentence: tuple[int, int]  #: folded span
    when: When
    place: PlaceMatch | None
    actor: actors.ActorHit | None
    hedged: bool
    toll: Toll
    #: a violent trigger that needs no support (غارة، not الهجوم), or an indefinite weak one told by a strike
    #: verb in the past tense (صواريخ استهدفت قاعدة)
    strong: bool = False
    #: a definite noun without a date, a toll or a verb of its own (استنكار ... للقصف التركي): it
    #: names an event told elsewhere, completes the one it agrees with and never makes one alone
    remention: bool = False
    #: the place is the area around a settlement the gazetteer lacks (قرية س بريف حلب): told precisely
    settlement: bool = False
    #: the type is only that of a generic attack word (هجوم، الهجمة الأولى): any violent type may be its
    generic: bool = False
    #: its sentence opens by saying it tells another incident (وفي حادثة منفصلة): it completes no draft before it
    separate: bool = False
    #: the trigger is a definite noun (الهجوم، هجوم دوما): it may name an attack told elsewhere
    definite: bool = False
    #: dated to end well before the publication date (`dating.recalled`): a past event recalled
    recalled: bool = False
    #: an earlier attack that another is told to answer (ردا على هجوم الخميس): one of another type is the
    #: attack that answers it, never the same
    answered: bool = False
    #: the trigger is a plural noun (غارات): it may sum up attacks that other drafts tell one by one
    plural: bool = False
    #: placed only at a country the clause names as where it happened (وسط اليمن), not across or beside it
    #: (في أنحاء العراق، على الحدود مع سوريا)
    country_told: bool = False
    #: the type is only that of a generic attack word, singular or plural (الهجوم، الهجمات الإرهابية)
    unnamed: bool = False
    #: the trigger names the attack's kind: a violent one (غارة، تفجير) or its weapon (هجوم كيماوي)
    kind_named: bool = False
    #: the type is only the default of an ambiguous word told without a side (قصف على البلدة)
    defaulted: bool = False
    #: told by an indefinite trigger in a clause that joins another attack to the one its sentence told
    #: before it (بينما قتل آخرون في غارة على بلدة ب): never the same as one told earlier in its sentence
    joined: bool = False
    #: its clause ties itself to a time told before (حينها، آنذاك: `segment.continuing`)
    ties_back: bool = False
    #: missiles told without a side (صواريخ استهدفت المطار): typed shelling only because nothing says who fired
    fired: bool = False
    #: told right after a word that counts another happening from it (وعدت الحكومة بتعزيز الأمن غداة هجوم),
    #: in a clause telling no attack before that word: its only date expression is the other happening's
    after_anchor: bool = False
    #: the type is inferred for an ambiguous word (القصف، استهدف) from its side's way of striking or by
    #: default, not told
    inferred: bool = False
    #: the sides its clause names as striking (الولايات المتحدة وفرنسا وبريطانيا), its actor among them
    sides: frozenset[str] = frozenset()


def _fine_place(d: Draft) -> bool:
    return d.place is not None and d.place.chosen.precision != "country"


def telling(d: Draft) -> bool:
    """The draft says when or where (finer than a country, or a country that anchors an attack told with
    its toll): it may tell or complete an event."""
    return not d.when.unwritten or _fine_place(d) or _told_at_country(d)


def _names_a_claimant(d: Draft) -> bool:
    """The draft names an attack told elsewhere and the side it is claimed by or blamed on (ونسبت السلطات
    الهجوم إلى داعش): it may give the attack told right before it its actor (`_claimed_right_after`)."""
    return d.remention and d.actor is not None and d.actor.claimed


def _told_at_country(d: Draft) -> bool:
    """A new attack told with a toll and only its country (قتل ثمانية في كمين نصبته المقاومة وسط اليمن):
    a violent trigger that needs no support, not definite (الهجوم names one told elsewhere), no date
    expression. It is an event anchored at the country, waiting undated."""
    return d.country_told and d.strong and not d.definite and d.when.unwritten and d.toll.told


def reportable(d: Draft) -> bool:
    """A statement needs a day; any other event a date (a year alone needs a toll or a place finer
    than a country, `_history`), or a new attack told with a toll at its country and no date
    expression (`_told_at_country`), or a place finer than a country with a
    toll, or an actor and a place finer than a governorate (or a settlement the gazetteer lacks,
    anchored to its area), or a strong trigger without a date expression (or one waiting for the
    missing publication date) and a governorate or finer place. Undated events are kept: the
    dashboard shows them apart."""
    if d.event_type == "statement":
        return d.when.precision == "day"
    if d.when.date is not None:
        return not _history(d)
    if not _fine_place(d):
        return _told_at_country(d)
    if d.toll.told:
        return True
    if d.place.chosen.precision == "country" or (d.place.chosen.precision == "region" and not d.settlement):
        return False
    return (d.strong and (d.when.text is None or d.when.pending)) or (
        d.actor is not None and (d.settlement or d.place.chosen.precision not in COARSE))


def _history(d: Draft) -> bool:
    """Dated only to a year, placed nowhere finer than a country, without a toll: history or a
    campaign (هجومان أخرجا التنظيم من معظم أراضيه في سوريا العام الماضي), no one attack."""
    return d.when.precision == "year" and (d.place is None or d.place.chosen.precision == "country") and (
        not d.toll.told)


def _agree(a: Draft, b: Draft) -> bool:
    """Two drafts tell one happening: same type (or a generic one and a violent one, or both
    violent, on the same day, or the same undated expression, at the same place with the same toll),
    compatible actors, dates and places; or one type and the same dead a day or two apart."""
    if b.separate and not _retold_as_new(a, b):
        return False
    if a.sentence == b.sentence and (a.joined or b.joined):
        return False  # … على بلدة أ، بينما قتل آخرون في غارة على بلدة ب: two attacks
    if not (actors.compatible(a.actor.name if a.actor else None, b.actor.name if b.actor else None)
            or _one_joint_strike(a, b)):
        return False
    if _retold_toll(a, b):
        return True
    if a.event_type != b.event_type and (a.answered or b.answered or not (
            (a.generic and b.generic) or _generic_pair(a, b) or _same_incident(a, b) or _defaulted_pair(a, b)
            or _bombardment_told_again(a, b)
            or _missiles_at_the_struck_spot(a, b) or _claimed_right_after(a, b))):
        return False  # two generic words (هجوم إسرائيلي، الهجوم) may differ only in their inferred types
    if a.when.date and b.when.date:
        if not (_dates_agree(a.when, b.when) or (
                (one_name(a, b) or _one_side_at_one_place(a, b)) and _night_holds(a.when, b.when))):
            return False
    elif _other_toll(a, b) and (a.recalled or b.recalled or _own_telling(a, b)):
        return False  # 31 dead undated; the deadliest since 100 died in January: two attacks
    elif _expression(a) and _expression(b) and _expression(a) != _expression(b):
        return False
    if a.place is None or b.place is None:
        return not _new_beside_recalled(a, b)
    if _two_spots(a.place.chosen, b.place.chosen) or _two_villages(a, b):
        return False  # one town and another: two attacks, whatever the missing values
    return same_place(a.place.chosen, b.place.chosen) or (
        _within(a.place.chosen, b.place.chosen) and (_same_toll(a, b) or (
            (_same_day(a, b) or _remention_of_dated(a, b)) and not _other_toll(a, b))))


def _new_beside_recalled(a: Draft, b: Draft) -> bool:
    """One is a recalled attack told without a place (هجوم انتحاري على السفارة عام 2013), the other an attack
    told without a date expression by an indefinite trigger at a place (استهدف هجوم انتحاري مركز شرطة في
    المدينة), and they tell different numbers of dead or one tells none: nothing ties the new telling to the
    old attack (a word of that time would: أصدر بيانا حينها قال فيه إنه شن غارة)."""
    return not _same_toll(a, b) and any(
        old.recalled and old.place is None and new.when.unwritten and not (new.definite or new.ties_back)
        and new.place is not None for old, new in ((a, b), (b, a)))


def _retold_as_new(a: Draft, b: Draft) -> bool:
    """Both are told as new (غارات جديدة على البلدة السبت, twice) on one day at one spot, neither with
    another toll: the day's new attack told twice, not two."""
    return a.separate and a.when.precision == "day" and a.when.date == b.when.date and one_name(a, b) and (
        not _other_toll(a, b))


def fine_spot(d: Draft) -> tuple[str, str | None] | None:
    """The name and governorate of a draft's place finer than a governorate, if it has one."""
    if d.place is None or d.place.chosen.precision in COARSE:
        return None
    return d.place.chosen.name, d.place.chosen.admin1


def one_name(a: Draft, b: Draft) -> bool:
    """Both name the same place finer than a governorate (not two towns near each other)."""
    spot = fine_spot(a)
    return spot is not None and spot == fine_spot(b)


def _night_holds(a: When, b: When) -> bool:
    """One is a night of two days (ليل الثلاثاء إلى الأربعاء) and the other a day of it (مساء الثلاثاء)."""
    if {a.precision, b.precision} != {"range", "day"}:
        return False
    night, day = (a, b) if a.precision == "range" else (b, a)
    return night.end is not None and (dt.date.fromisoformat(night.end) - night.value).days == 1 and (
        night.value <= day.value and day.value.isoformat() <= night.end)


def _one_side_at_one_place(a: Draft, b: Draft) -> bool:
    """Both name the same side and the same place, of any precision (غارات تركية شمال العراق): a night's
    strikes and the day's told by one side at one area are one wave."""
    return _same_side(a, b) and a.place is not None and b.place is not None and same_place(
        a.place.chosen, b.place.chosen)


def _one_joint_strike(a: Draft, b: Draft) -> bool:
    """Each names the other's side among its own (شنتها الولايات المتحدة وفرنسا وبريطانيا; نفذتها بريطانيا وفرنسا
    والولايات المتحدة): one strike of several sides, each telling naming another of them first."""
    return a.actor is not None and b.actor is not None and a.actor.name in b.sides and b.actor.name in a.sides


def _same_side(a: Draft, b: Draft) -> bool:
    """Both name a side, the same one."""
    return a.actor is not None and b.actor is not None and a.actor.name == b.actor.name


def _own_telling(a: Draft, b: Draft) -> bool:
    """One is dated and the other, without a date expression, is told with an indefinite trigger (قتل 4
    في قصف على البلدة): with another number of dead than the dated one's, it tells an attack of its own,
    not that one told again (a definite noun, في القصف، re-tells it with an updated toll), unless the
    dated one is a plural summary (غارات) it may be a part of, one number is a lower bound the other
    meets, or the two differ by the attacker counted among the dead (`ATTACKER_COUNTED`)."""
    if (a.when.date is None) == (b.when.date is None):
        return False
    undated, dated = (a, b) if a.when.date is None else (b, a)
    return undated.when.unwritten and not undated.definite and not dated.plural and not (
        abs(undated.toll.killed - dated.toll.killed) <= ATTACKER_COUNTED
        or _bound_holds(undated.toll, dated.toll) or _bound_holds(dated.toll, undated.toll))


def _bound_holds(bound: Toll, other: Toll) -> bool:
    """`bound` gives its dead as a lower bound (أكثر من 20، عشرات) that the other's number meets."""
    return bound.minimum and other.killed >= bound.killed


def _remention_of_dated(a: Draft, b: Draft) -> bool:
    """One is dated and not recalled, the other re-tells it without a date expression by a definite
    violent noun that needs no support (وأدى التفجير في مدينة س إلى ...): its place details the
    dated one's area."""
    if (a.when.date is None) == (b.when.date is None):
        return False
    undated, dated = (a, b) if a.when.date is None else (b, a)
    return undated.definite and undated.strong and undated.when.unwritten and not dated.recalled


def _two_spots(a: Place, b: Place) -> bool:
    """Two places finer than a district, more than `MAX_KM` apart (a governorate holding a town may sum
    up its attacks: the town's detail completes it)."""
    if {a.precision, b.precision} & (COARSE | {"district"}) or (a.name == b.name and a.admin1 == b.admin1):
        return False
    return bool(haversine_km(a.lat, a.lon, b.lat, b.lon) > MAX_KM)


def _two_villages(a: Draft, b: Draft) -> bool:
    """Told in two sentences at two villages or towns of different names, however near (كفربطنا، سقبا:
    neighbours, each its own attack); one sentence may tell one wave over a list of them (بلدتي س وص)."""
    return a.sentence != b.sentence and {a.place.chosen.precision, b.place.chosen.precision} <= VILLAGES and (
        a.place.chosen.name, a.place.chosen.admin1) != (b.place.chosen.name, b.place.chosen.admin1)


def _generic_pair(a: Draft, b: Draft) -> bool:
    """One type is only a generic attack word's and the other is violent or a kind named as another (هجوم
    كيماوي), and both are dated (الهجوم الأول في يناير 2016; تفجيرات يناير 2016; هجوم السبت، الهجوم الكيماوي
    مساء السبت), or, both violent, at the same spot, one without a date expression, with the generic word
    definite (أسفر الهجوم الذي وقع في بلدة س; فجر انتحاري شاحنة في بلدة س الأحد)."""
    if not ((a.generic or b.generic) and _an_attack(a) and _an_attack(b)):
        return False
    if a.when.date is not None and b.when.date is not None:
        return True
    return a.event_type in VIOLENT_TYPES and b.event_type in VIOLENT_TYPES and any(
        d.generic and d.definite for d in (a, b)) and (_expression(a) is None or _expression(b) is None) and (
        _same_spot(a, b))


def _expression(d: Draft) -> str | None:
    """The draft's own date expression: none when its only one counts another happening from it (وعدت
    الحكومة بتعزيز الأمن غداة هجوم انتحاري في س: the word dates the promise, not the attack, which its dated
    telling may complete)."""
    return None if d.after_anchor and d.when.date is None else d.when.text


def _defaulted_pair(a: Draft, b: Draft) -> bool:
    """One is قصف told without a side (typed by default) and the other an air strike, with the same dead or
    on one day at one named place: the air strike told once without saying how it struck."""
    if not ((a.defaulted and b.event_type == "airstrike") or (b.defaulted and a.event_type == "airstrike")):
        return False
    return _same_toll(a, b) or (_same_day(a, b) and one_name(a, b))


def _bombardment_told_again(a: Draft, b: Draft) -> bool:
    """One is an ambiguous word whose kind is only inferred (القصف، استهدف) and the other an air strike or
    shelling not told as missiles without a side (another side's rockets): the same bombardment told again
    without saying how it struck, when they tell the same dead, or the inferred one tells no date expression
    and no other number of dead at the same named place by the same side (واستهدف القصف الإسرائيلي نقطة مراقبة
    شرقي رفح)."""
    if _other_toll(a, b):
        return False
    for told, other in ((a, b), (b, a)):
        if not (told.inferred and {told.event_type, other.event_type} <= BOMBARDMENT) or other.fired:
            continue
        if _same_toll(a, b) or (told.when.unwritten and one_name(a, b) and _same_side(a, b)):
            return True
    return False


def _missiles_at_the_struck_spot(a: Draft, b: Draft) -> bool:
    """One is missiles told without a side (صواريخ استهدفت فجر الاثنين مطار س) and the other an air strike on
    the same installation (a place of point precision: an airbase, an airport) the same day, without
    another toll: the strike told once by its weapon."""
    if not ((a.fired and b.event_type == "airstrike") or (b.fired and a.event_type == "airstrike")):
        return False
    return _same_day(a, b) and one_name(a, b) and a.place.chosen.precision == "point" and not _other_toll(a, b)


def _same_spot(a: Draft, b: Draft) -> bool:
    """Both name one place finer than a governorate."""
    return a.place is not None and b.place is not None and not {
        a.place.chosen.precision, b.place.chosen.precision} & COARSE and same_place(a.place.chosen, b.place.chosen)


def _dates_agree(a: When, b: When) -> bool:
    """The same date, or a period of at least `SUMMARY_DAYS` (a month, a year, a season) holding the
    other's day: the summary and the detail (not a night of two days and a day of it)."""
    if a.date == b.date and a.end == b.end:
        return True
    if a.value is None or b.value is None or (a.precision == "day") == (b.precision == "day"):
        return a.date == b.date
    coarse, fine = (b, a) if a.precision == "day" else (a, b)
    if coarse.end is None or (dt.date.fromisoformat(coarse.end) - coarse.value).days + 1 < SUMMARY_DAYS:
        return False
    return coarse.value <= fine.value and fine.value.isoformat() <= coarse.end


def _within(a: Place, b: Place) -> bool:
    """One place is a region or country and the other lies in its country (شرق سوريا; البوكمال)."""
    coarse, fine = (a, b) if PRECISIONS.index(a.precision) > PRECISIONS.index(b.precision) else (b, a)
    return coarse.precision in ("region", "country") and coarse.country == fine.country and (
        not coarse.admin1 or coarse.admin1 == fine.admin1)


def _same_toll(a: Draft, b: Draft) -> bool:
    """Both tell the same number of dead (the lead's summary and the detail of one strike)."""
    return a.toll.killed is not None and a.toll.killed == b.toll.killed


def _same_day(a: Draft, b: Draft) -> bool:
    """Both are dated, to the same day or one to a period holding the other's day."""
    return a.when.date is not None and b.when.date is not None and (
        a.when.precision == "day" or b.when.precision == "day") and _dates_agree(a.when, b.when)


def _other_toll(a: Draft, b: Draft) -> bool:
    """Both tell a number of dead, and not the same one (5 in the east, 3 in one town: two strikes)."""
    return a.toll.killed is not None and b.toll.killed is not None and a.toll.killed != b.toll.killed


def _retold_toll(a: Draft, b: Draft) -> bool:
    """One type, the same number of dead (at least `RETOLD_MIN_KILLED`) a day or two apart, and places
    that agree: one attack whose day the article tells two ways (الاثنين; أمس الأول)."""
    if a.event_type != b.event_type or a.toll.killed is None or a.toll.killed != b.toll.killed:
        return False
    if a.toll.killed < RETOLD_MIN_KILLED or a.when.value is None or b.when.value is None:
        return False
    if a.when.precision != "day" or b.when.precision != "day":
        return False
    if not 0 < abs((a.when.value - b.when.value).days) <= RETOLD_MAX_DAYS:
        return False
    return a.place is None or b.place is None or same_place(a.place.chosen, b.place.chosen)


def _an_attack(d: Draft) -> bool:
    """A violent draft, or one whose kind is named as another (هجوم كيماوي): an attack of any type."""
    return d.event_type in VIOLENT_TYPES or d.kind_named


def _same_incident(a: Draft, b: Draft) -> bool:
    if not (_an_attack(a) and _an_attack(b)):
        return False
    if (a.when.date, a.when.end, a.when.text if a.when.date is None else None) != (
        b.when.date, b.when.end, b.when.text if b.when.date is None else None
    ) or (a.when.date is not None and a.when.precision != "day") or (a.when.date or a.when.text) is None:
        return False
    pairs = ((a.toll.killed, b.toll.killed), (a.toll.injured, b.toll.injured))
    return all(x is None or y is None or x == y for x, y in pairs) and any(
        x is not None and x == y for x, y in pairs
    )


def _weight(d: Draft) -> tuple[bool, bool, int, bool]:
    """How much a draft tells: a date, a date expression, the finer place, then an actor."""
    precision = PRECISIONS.index(d.place.chosen.precision) if d.place else len(PRECISIONS)
    return (d.when.date is not None, d.when.text is not None, -precision, d.actor is not None)


def events_told(drafts: list[Draft]) -> tuple[list[Draft], int]:
    """The events an article's drafts tell, each once, and how many of them wait undated because
    their date expression needs the missing publication date."""
    merged = typed_by_the_kind_before(merge(typed_by_retelling(
        [d for d in drafts if telling(d) or _names_a_kind(d) or _names_a_claimant(d)])))
    told = [d for d in merged if reportable(d)]
    unresolved = sum(1 for d in told if d.when.pending)
    if not any(d.event_type in VIOLENT_TYPES for d in told):
        told = [d for d in told if d.event_type != "statement"]
    return told, unresolved


def typed_by_retelling(drafts: list[Draft]) -> list[Draft]:
    """The telling drafts and those naming a claimant, a generic attack (ووقع الهجوم السبت في ...) typed by
    the kind a draft telling neither date nor place names in the same or the next sentence (قتلوا في غارة
    جوية), when their tolls agree: the attack told again with its kind."""
    typed = []
    for n, draft in enumerate(drafts):
        if not (telling(draft) or _names_a_claimant(draft)):
            continue
        if draft.generic:
            kind = next((d for d in drafts[n + 1 :] if _names_a_kind(d) and _retells(draft, d)), None)
            if kind is not None:
                draft = replace(draft, event_type=kind.event_type, generic=False, unnamed=False)
        typed.append(draft)
    return typed


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


def _kind_named(d: Draft) -> bool:
    """The draft's trigger names the kind of an attack (غارة، تفجير، هجوم كيماوي), not only an attack, and
    it is not an earlier attack answered by another."""
    return d.kind_named and not d.answered


def _names_back(definite: Draft, kind: Draft) -> bool:
    """A definite generic attack may name the attack `kind` tells: no other day, toll or side."""
    if definite.when.date is not None and kind.when.date is not None and not _dates_agree(definite.when, kind.when):
        return False
    return (kind.plural or not _other_toll(definite, kind)) and actors.compatible(
        definite.actor.name if definite.actor else None, kind.actor.name if kind.actor else None)


def _names_a_kind(d: Draft) -> bool:
    """A draft telling neither date nor place whose trigger names a violent kind (غارة جوية)."""
    return not telling(d) and not d.generic and d.event_type in VIOLENT_TYPES


def _retells(generic: Draft, d: Draft) -> bool:
    """`d` stands in the generic draft's sentence or the next one, tells no other toll and names no other
    actor (a side's attack answered by another's air strikes stays the first side's)."""
    near = d.sentence == generic.sentence or 0 <= d.sentence[0] - generic.sentence[1] <= NEXT_SENTENCE_GAP
    same_side = generic.actor is None or (d.actor is not None and actors.compatible(generic.actor.name, d.actor.name))
    return near and same_side and not _other_toll(generic, d)


def merge(drafts: list[Draft]) -> list[Draft]:
    """One draft per happening: a later telling fills what the first left missing; repeated
    until no two merged drafts agree (a merge may complete one that agrees with another)."""
    groups = _merge_once(drafts)
    while len(groups) < len(drafts):
        drafts, groups = groups, _merge_once(groups)
    return groups


def _merge_once(drafts: list[Draft]) -> list[Draft]:
    groups: list[Draft] = []
    for draft in drafts:
        agreeing = [i for i in range(max(0, len(groups) - MERGE_WINDOW), len(groups)) if _agree(groups[i], draft)]
        if agreeing:
            i = max(agreeing, key=lambda i: _closeness(groups[i], draft))
            group = groups[i]
            first, second = (draft, group) if _weight(draft) > _weight(group) else (group, draft)
            groups[i] = _fill(first, second)
        elif not draft.remention:
            groups.append(draft)
    return groups


def _closeness(group: Draft, draft: Draft) -> tuple[bool, bool]:
    """How closely an event that agrees with a draft tells what the draft tells: from the same sentence,
    at the same named place. Of several events a draft agrees with (a telling at a town agrees with an
    attack on another town of its governorate told at the governorate), it completes the closest, or the
    first told of those alike."""
    same_name = group.place is not None and draft.place is not None and (
        group.place.chosen.name, group.place.chosen.admin1) == (draft.place.chosen.name, draft.place.chosen.admin1)
    return group.sentence == draft.sentence, same_name


def _told_alike(first: Draft, second: Draft) -> bool:
    """Two drafts of one event tell it alike enough for one to name the other's actor: they come from
    one sentence, or both give the same spot (finer than a district) or the same day, not only
    missing values or an area around the other's spot that agree."""
    if second.sentence == first.sentence:
        return True
    spots = [d.place.chosen for d in (first, second) if d.place is not None and d.place.chosen.precision not in COARSE
             and d.place.chosen.precision != "district"]
    if len(spots) == 2 and same_place(*spots):
        return True
    if _claimed_right_after(first, second) or _claimed_right_after(second, first):
        return True
    return first.when.date is not None and first.when.date == second.when.date and first.when.precision == "day"


#: A claim names the actor of the attack told before it only this close after that telling's sentence (in
#: folded characters: the next sentence or the one after).
CLAIM_CHARS = 300


def _claimed_right_after(event: Draft, claim: Draft) -> bool:
    """`claim` names the attack `event` tells again, right after it, by a definite word of its type or a
    generic one, and the side it is claimed by or blamed on (وتبنى تنظيم داعش الهجوم، وتبنى التنظيم التفجير)."""
    return (_names_a_claimant(claim) and event.event_type in VIOLENT_TYPES
            and (claim.generic or claim.event_type == event.event_type)
            and 0 <= claim.sentence[0] - event.sentence[1] <= CLAIM_CHARS)


def _fill(first: Draft, second: Draft) -> Draft:
    place = first.place
    if place is None or (
        second.place is not None and not _recalled_elsewhere(first, second)
        and PRECISIONS.index(second.place.chosen.precision) < PRECISIONS.index(place.chosen.precision)
    ):
        place = second.place
    toll = first.toll
    if not toll.told:
        toll = second.toll
    actor = first.actor or (second.actor if _told_alike(first, second) else None)
    return replace(first, place=place, toll=toll, actor=actor, hedged=first.hedged or second.hedged,
                   strong=first.strong or second.strong, remention=first.remention and second.remention,
                   settlement=(first.settlement if place is first.place else second.settlement),
                   event_type=_type_of(first, second), generic=first.generic and second.generic,
                   unnamed=first.unnamed and second.unnamed, kind_named=first.kind_named or second.kind_named,
                   defaulted=first.defaulted and second.defaulted, fired=first.fired and second.fired,
                   separate=_told_first(first, second).separate, answered=first.answered and second.answered,
                   joined=first.joined and second.joined, ties_back=first.ties_back or second.ties_back,
                   inferred=first.inferred and second.inferred, sides=first.sides | second.sides)


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
    """The merged type: the first's, unless only a generic attack word tells it and the other's tells more."""
    if first.defaulted and not second.defaulted and second.event_type in VIOLENT_TYPES:
        return second.event_type
    if first.inferred and not (second.inferred or second.fired or second.defaulted) and (
            second.event_type in BOMBARDMENT):
        return second.event_type
    if first.fired and second.event_type == "airstrike":
        return second.event_type
    return second.event_type if first.generic and not second.generic and _an_attack(second) else first.event_type
