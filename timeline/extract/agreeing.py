"""Whether two drafts of one article tell one happening (`agree`), by the rules `merging` tells: type,
side, date, place and dead that agree or may agree, and the pairs that are two attacks however alike
(two villages, two tolls, a recalled attack and a new one); with the tests merging shares (`dates_agree`,
`other_toll`, a claim right after an attack: `claimed_right_after`).
"""

from __future__ import annotations

import datetime as dt

from gazetteer import PRECISIONS, Place, PlaceMatch, enclosing_governorates
from timeline.extract import actors
from timeline.extract.drafts import Draft, an_attack
from timeline.extract.event_when import When
from timeline.extract.places import MAX_KM, haversine_km, lies_toward, same_place
from timeline.extract.placing import headed_as_a_village
from timeline.extract.toll import Toll
from timeline.vocabulary import VIOLENT_TYPES

#: Place precisions too coarse to locate an undated event told without a toll.
COARSE = frozenset({"governorate", "region", "country"})
#: Settlements too small to hold another settlement: two of them with different names are two places.
VILLAGES = frozenset({"village", "town"})
#: Two drafts of one type telling the same number of dead (or of wounded, neither telling dead: at least
#: this many) may be one attack dated two ways, when their days are at most `RETOLD_MAX_DAYS` apart.
RETOLD_MIN_KILLED = 3
RETOLD_MAX_DAYS = 2
#: Two numbers of dead this far apart or closer may tell one attack, one counting its attacker (مقتل
#: شخصين من بينهما المهاجم) and the other not.
ATTACKER_COUNTED = 1
#: A definite bombardment word retelling the day's air strike or shelling names places at most this far from
#: the place that one is told at (the villages of the struck area).
RETOLD_KM = 30.0
#: A period of at least this many days may sum up an attack dated to one of its days.
SUMMARY_DAYS = 7
#: A report is given this many days after the attack it tells (أوردت الوكالة الثلاثاء؛ وقع الانفجار يوم الاثنين).
REPORTED_NEXT_DAY = 1
#: A span of at least this many days is more than a night of two (مطلع الأسبوع): a definite attack noun dated by it
#: may name an attack of one of its days.
FEW_DAYS = 3
#: The types a bombardment told without its kind (القصف) may turn out to be.
BOMBARDMENT = frozenset({"airstrike", "shelling"})
#: An attack named again on a later day, by a definite noun or dated by a report of it, is named at most this many
#: days after its own day (what was said or done about it in the days after).
NAMED_AGAIN_MAX_DAYS = 7
#: A bombardment told without a side names the air strike told at its place at most this many folded characters
#: after that one's sentence, or before it (the next sentence or the one after).
STRUCK_AGAIN_CHARS = 300


def names_a_claimant(d: Draft) -> bool:
    """The draft names an attack told elsewhere and the side it is claimed by or blamed on (ونسبت السلطات
    الهجوم إلى داعش): it may give the attack told right before it its actor (`claimed_right_after`)."""
    return d.remention and d.actor is not None and d.actor.claimed


def agree(a: Draft, b: Draft) -> bool:
    """Two drafts tell one happening: same type (or a generic one and a violent one, or both
    violent, on the same day, or the same undated expression, at the same place with the same toll),
    compatible actors, dates and places; or one type and the same dead a day or two apart."""
    if b.separate and not (_retold_as_new(a, b) or _the_other_of_its_pair(a, b)):
        return False
    if a.sentence == b.sentence and (a.joined or b.joined):
        return False  # … على بلدة أ، بينما قتل آخرون في غارة على بلدة ب: two attacks
    if _same_dead_at_an_unknown_place(a, b):
        return True
    if _unknown_beside_known(a, b):
        return False
    if named_again_later(a, b) or named_again_later(b, a):
        return True
    if not (sides_compatible(a, b) or _one_joint_strike(a, b)):
        return False
    if retold_toll(a, b):
        return True
    if a.event_type != b.event_type and (a.answered or b.answered or not (
            (a.generic and b.generic) or _generic_pair(a, b) or _same_incident(a, b) or _defaulted_pair(a, b)
            or _attacks_of_that_time(a, b) or _detailed_next(a, b)
            or _bombardment_told_again(a, b) or _inferred_of_its_side_that_day(a, b)
            or _missiles_at_the_struck_spot(a, b) or claimed_right_after(a, b) or _assault_and_its_captives(a, b)
            or _generic_with_its_side_and_dead(a, b) or _summed_up_over_a_period(a, b)
            or toll_told_with_its_attack(a, b) or _one_bombardment_of_both_kinds(a, b)
            or _its_kind_named_just_before(a, b))):
        return False  # two generic words (هجوم إسرائيلي، الهجوم) may differ only in their inferred types
    if a.when.date and b.when.date:
        if _a_year_and_its_month_apart(a, b):
            return False
        if not (dates_agree(a.when, b.when) or (
                (one_name(a, b) or _one_side_at_one_place(a, b) or _one_side_one_unplaced(a, b)
                 or _night_told_next_to_its_day(a, b) or _borrowed_day_of_its_night(a, b)
                 or _its_night_named_again(a, b))
                and _night_holds(a.when, b.when)) or _named_over_its_days(a, b)
                or told_on_its_own_day(a, b) or told_on_its_own_day(b, a)):
            return False
    elif _recalled_beside_new(a, b):
        return False  # an attack recalled before an accusation of 2013; the attack of 7 April: two attacks
    elif other_toll(a, b) and not a_later_count(a, b) and (
            a.recalled or b.recalled or _own_telling(a, b) or _a_reported_set(a) or _a_reported_set(b)):
        return False  # 31 dead undated; the deadliest since 100 died in January: two attacks
    elif _expression(a) and _expression(b) and _expression(a) != _expression(b):
        return False
    if a.place is None or b.place is None:
        return not (_new_beside_recalled(a, b) or _elsewhere_than_its_unknown_place(a, b)
                    or _a_scene_of_its_own(a, b) or _a_new_telling_with_its_dead(a, b))
    if _summed_up_apart(a, b):
        return False
    around = (_around(a.place, b.place) or _at_its_seat_that_day(a, b) or _in_the_governorate_around(
        a.place, b.place)) and not other_toll(a, b)
    if (_two_spots(a.place.chosen, b.place.chosen) and not around) or _two_villages(a, b) or (
            _unknown_village_beside_known(a, b)):
        return False  # one town and another: two attacks, whatever the missing values
    return same_place(a.place.chosen, b.place.chosen) or around or (
        (_within(a.place.chosen, b.place.chosen) or _in_a_region_it_names(a, b)) and (
            same_toll(a, b) or dead_at_least(a, b) or (
            (_same_day(a, b) or _remention_of_dated(a, b) or _detail_next_to_dated(a, b) or _dated_in_detail_next(a, b)
             or retold_with_its_own_day(a, b) or retold_with_its_own_day(b, a)) and not other_toll(a, b))))


def named_again_later(late: Draft, early: Draft) -> bool:
    """`late` names again an attack of `early`'s type at its place (a settlement or finer), a few days after
    `early`'s day, by a definite noun or dated only by the day a report of it was given (with the same dead, or by
    a word that names no kind: ضحايا هجوم بغاز; أفاد المرصد الاثنين بقصف مدفعي tells that day's), by a day counted
    from the news (a weekday, أمس; not a calendar date: في 14 نيسان), telling no verb of its own, no other dead and
    no new incident (قال المتحدث يوم الاثنين إن بريطانيا تعمل على رد على هجوم بغاز سام على دوما;
    جمدت المنظمة الأربعاء عمل محققيها حول الهجوم الكيميائي في دوما): its day is that of what was said or done about
    the attack, whose own day `early` tells; the side named beside it is who reacts, not who struck. Dated by its
    report with the same dead (`reported_with_its_dead`), it may name the attack's governorate by its seat (هجوم على
    دير الزور ... وفق ما أفاد المرصد الأحد; هاجموا الأربعاء رتلا قرب مدينة الميادين، ما تسبب بمقتل 26), only the region
    or the country it lies in (هجوم في شرق سوريا), or no place. So may a later count of its dead (`counted_again`:
    أفاد المرصد الاثنين بأن حصيلة قتلى الغارة على البلدة ارتفعت إلى ثمانية), dated by the day it was counted."""
    if late.event_type != early.event_type or early.place is None:
        return False
    if late.when.precision != "day" or early.when.precision != "day" or None in (late.when.value, early.when.value):
        return False
    days = (late.when.value - early.when.value).days
    reported = late.when.reported and (same_toll(late, early) or not late.strong)
    if not (0 < days <= NAMED_AGAIN_MAX_DAYS and late.when.basis != "explicit" and (late.definite or reported)) or (
            late.verb or late.plural or late.over_places or late.separate or late.recalled
            or (other_toll(late, early) and not counted_again(late, early))):
        return False
    if (reported_with_its_dead(late, early) or counted_again(late, early)) and (late.place is None or _within(
            late.place.chosen, early.place.chosen) or seat_or_its_governorate(late.place, early.place)):
        return True
    return late.place is not None and late.place.chosen.precision not in COARSE and same_place(
        late.place.chosen, early.place.chosen)


def counted_again(late: Draft, early: Draft) -> bool:
    """`late` says the toll rose (`Draft.toll_rose`: ارتفعت حصيلة قتلى الغارة إلى ثمانية) to more dead than `early`
    tells: the later count of `early`'s attack, the day it was told being the day of the count, not of the attack."""
    return late.toll_rose and early.toll.killed is not None and late.toll.killed > early.toll.killed


def reported_with_its_dead(late: Draft, early: Draft) -> bool:
    """`late` is dated only by the day a report of it was given (`When.reported`) and tells the very number of dead,
    at least `RETOLD_MIN_KILLED`, that `early` tells: the attack's report, whose side is who struck."""
    return late.when.reported and same_toll(late, early) and late.toll.killed >= RETOLD_MIN_KILLED and not (
        late.toll.borrowed or early.toll.borrowed)


def seat_or_its_governorate(a: PlaceMatch, b: PlaceMatch) -> bool:
    """One place is a governorate's seat named bare, without a head (ضربت إدلب، هجوما على دير الزور), which may name
    its governorate as well (a candidate of the name), and the other lies in that governorate, finer than it (قرية
    التمانعة في جنوب إدلب، مدينة الميادين): the place may be the area the other is a spot of."""
    return any(
        seat.head is None and seat.chosen.precision == "city" and spot.chosen.precision not in COARSE
        and spot.chosen.country == seat.chosen.country and spot.chosen.admin1 == seat.chosen.admin1
        and any(c.precision == "governorate" and c.admin1 == seat.chosen.admin1 for c in seat.candidates)
        for seat, spot in ((a, b), (b, a)) if not (seat.is_actor or spot.is_actor))


def _at_its_seat_that_day(a: Draft, b: Draft) -> bool:
    """Dated to one day, one at a governorate's seat named bare and the other at a spot of that governorate
    (`seat_or_its_governorate`: سلسلة من الغارات والقصف ضربت إدلب الخميس; نيران المدفعية في قرية التمانعة في جنوب
    إدلب): the day's attack on the governorate told again at its spot (`agree` asks for no other dead)."""
    return a.place is not None and b.place is not None and _same_day(a, b) and (
        a.when.precision == b.when.precision == "day") and seat_or_its_governorate(a.place, b.place)


def _same_dead_at_an_unknown_place(a: Draft, b: Draft) -> bool:
    """One is an attack placed only by a name the gazetteer lacks, undated (قتل ستة في قصف على
    قرية الزعفرونة), the other of its type tells the same dead: one attack told again, whoever each names as
    its side (the one may read the dead soldiers' army as its actor)."""
    return a.event_type == b.event_type and same_toll(a, b) and any(
        d.unknown_place and d.place is None and d.when.date is None for d in (a, b))


def _unknown_beside_known(a: Draft, b: Draft) -> bool:
    """One is an attack placed only by a name the gazetteer lacks (`_same_dead_at_an_unknown_place`), the other
    is placed, tells other dead or none and does not name the same side: the first is told as a new attack,
    with its own toll, somewhere the other's place does not name (but قصفت الميليشيا قرى المديرية; استهدفت
    الميليشيا قريتي س وص: one side's shelling told again in detail)."""
    return not _same_side(a, b) and any(
        d.unknown_place and d.place is None and other.place is not None for d, other in ((a, b), (b, a)))


def _new_beside_recalled(a: Draft, b: Draft) -> bool:
    """One is a recalled attack told without a place (هجوم انتحاري على السفارة عام 2013), the other an attack
    told in another sentence without a date expression at a place, not recalled (استهدف هجوم انتحاري مركز شرطة في
    المدينة; a definite noun too, far from it: بعد الهجوم على مقر المجلة استهدف الإرهاب مصنعا قرب مدينة س), and they
    tell different numbers of dead or one tells none: nothing ties the new telling to the old attack (a word of
    that time would: أصدر بيانا حينها قال فيه إنه شن غارة; so would a definite noun right after it:
    `_named_back_next`)."""
    return not same_toll(a, b) and any(
        old.recalled and old.place is None and new.when.unwritten and not (
            new.recalled or new.ties_back or _named_back_next(old, new))
        and new.place is not None and old.sentence != new.sentence for old, new in ((a, b), (b, a)))


def _named_back_next(old: Draft, new: Draft) -> bool:
    """`new` is a definite trigger in the very next sentence after `old`'s (وكانت الطائرات شنت غارات في 3 حزيران
    2016. واستهدف الهجوم الجوي مستشفى في مدينة س): it names `old`'s attack back."""
    return new.definite and 0 <= new.sentence[0] - old.sentence[1] <= NEXT_SENTENCE_GAP


def _a_new_telling_with_its_dead(a: Draft, b: Draft) -> bool:
    """One is dated, placed nowhere and told by an indefinite singular trigger with its own dead (قتل عشرة جنود في
    هجوم صباح الاثنين), the other, in another sentence, undated at a place, telling other dead or told by an
    indefinite trigger (رجل قتل جراء قصف في وسط مدينة حمص): the new telling is an attack of its own, and the other's
    place is not its place. A definite retelling without dead (استهدف الهجوم دورية) or a clause tied to its time
    (أصدر التحالف بيانا حينها قال فيه إنه شن غارة جوية في دير الزور) names it back."""
    return not (same_toll(a, b) or dead_at_least(a, b)) and any(
        new.place is None and new.when.date is not None and new.toll.killed is not None and not (
            new.definite or new.plural or new.dual) and placed.when.date is None and placed.place is not None
        and placed.sentence != new.sentence and not (
            placed.ties_back or (placed.definite and placed.toll.killed is None))
        for new, placed in ((a, b), (b, a)))


def _elsewhere_than_its_unknown_place(a: Draft, b: Draft) -> bool:
    """One is dated at a place the gazetteer does not know (قصفت القوات أمس مناطق في بلدة س), the other, in
    another sentence, is placed finer than a governorate by an indefinite trigger without a date expression
    that does not tie back (واستهدفت فصائل مواقع في قرية ص), and they do not tell the same dead: the dated one
    happened at the place it names, and nothing ties the other's place to it (unless the other's clause names
    that place too: فجر انتحاري نفسه في قضاء س غرب المدينة)."""
    return any(dated.dated_at_unknown and placed.sentence != dated.sentence and fine_spot(placed) is not None and (
        placed.when.unwritten and not (placed.definite or placed.ties_back or placed.remention))
        and not dated.unknown_names & placed.unknown_names
        for dated, placed in ((a, b), (b, a))) and not same_toll(a, b)


def _a_scene_of_its_own(a: Draft, b: Draft) -> bool:
    """One is dated and placed nowhere, the other is told in another sentence that opens with its place (وفي
    إقليم س، فتح مسلحون النار على قاعدة; in any clause of it: وفي محافظة س قتل عشرة ...، فيما أصيب ثلاثة في مواجهات
    بمحافظة س: `told_at_its_scene`) by an indefinite trigger without a date expression, and they do not tell the
    same dead: the sentence opens another scene, not the place of the dated attack."""
    return any(told_at_its_scene(placed) and dated.place is None and dated.when.date is not None and (
        placed.sentence != dated.sentence and placed.when.unwritten and not (placed.definite or placed.ties_back))
        for dated, placed in ((a, b), (b, a))) and not same_toll(a, b)


def told_at_its_scene(d: Draft) -> bool:
    """The draft is placed where its sentence opens (`Draft.scene`, `Draft.opens_at_its_place`)."""
    return d.opens_at_its_place or (d.place is not None and d.scene is not None and same_place(d.scene, d.place.chosen))


def _retold_as_new(a: Draft, b: Draft) -> bool:
    """Both are told as new (غارات جديدة على البلدة السبت, twice) on one day at one spot, neither with
    another toll: the day's new attack told twice, not two."""
    return a.separate and a.when.precision == "day" and a.when.date == b.when.date and one_name(a, b) and (
        not other_toll(a, b))


def _the_other_of_its_pair(a: Draft, b: Draft) -> bool:
    """`a` is the second of two attacks its sentence tells apart (قتل 30 في تفجير في سوروتش، وقتل اثنان في تفجير في
    كوباني: `Draft.joined`), dated, and `b`, later, right after a telling of the first at its spot, tells as
    "another" attack one of its type at `a`'s spot (وبعيد التفجير في سوروتش، استهدف هجوم آخر بسيارة مفخخة حاجزا في
    كوباني: `Draft.after_another_spot`) with no date expression and no dead of its own: the pair's other attack told
    again, not a third (not when told right after `a`: وفي وقت لاحق، استهدف تفجير آخر ... كوباني)."""
    return b.after_another_spot and a.joined and a.when.date is not None and a.event_type == b.event_type and (
        b.when.text is None and b.toll.killed is None and a.sentence != b.sentence and one_name(a, b))


def place_spot(pm: PlaceMatch | None) -> tuple[str, str | None] | None:
    """The name and governorate of a place mention finer than a governorate, if it names one (not a side)."""
    if pm is None or pm.chosen is None or pm.is_actor or pm.chosen.precision in COARSE:
        return None
    return pm.chosen.name, pm.chosen.admin1


def fine_spot(d: Draft) -> tuple[str, str | None] | None:
    """The name and governorate of a draft's place finer than a governorate, if it has one."""
    return place_spot(d.place)


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


def _night_told_next_to_its_day(a: Draft, b: Draft) -> bool:
    """Both of one type and placed, in one sentence and the very next, neither opening an incident or a scene of
    its own nor telling other dead (نفذ الائتلاف الجمعة غارات على جسرين في دير الزور. تهدم الجسران جراء غارات
    بعد منتصف ليل الخميس في دير الزور): the day's attack told again by the night that holds it (`agree` asks that
    the places agree and `_night_holds` for the days); one placed nowhere may tell new strikes."""
    first, second = (a, b) if a.sentence[0] <= b.sentence[0] else (b, a)
    return a.event_type == b.event_type and a.place is not None and b.place is not None and (
        0 <= second.sentence[0] - first.sentence[1] <= NEXT_SENTENCE_GAP) and not (
        second.separate or second.opens_at_its_place or a.answered or b.answered or other_toll(a, b))


def _its_night_named_again(a: Draft, b: Draft) -> bool:
    """The later, a definite trigger naming no side (الضربات الجوية على سوريا ليل الجمعة السبت), names by its night of
    two days the attack of its type told before it at the same place, of any precision, on a day of that night
    (الغارات التي شنتها الولايات المتحدة وفرنسا وبريطانيا على مواقع في سوريا السبت), neither telling other dead nor
    told as another: the attack named again (`agree` asks that the night holds the day)."""
    first, second = (a, b) if a.trigger <= b.trigger else (b, a)
    return a.event_type == b.event_type and second.definite and second.actor is None and (
        second.when.precision == "range") and first.place is not None and second.place is not None and same_place(
        first.place.chosen, second.place.chosen) and not (second.separate or a.answered or b.answered or other_toll(
            a, b))


def _borrowed_day_of_its_night(a: Draft, b: Draft) -> bool:
    """Both of one type, and the day one is dated to is the lead's, written in no word of its clause (basis
    ``lead``: وأضاف البيان أن المتمردين هاجموا عناصر من قوات الأمن, after a lead reported on Friday): nothing in it
    tells another time than the night of the other that holds that day (ليل الخميس/الجمعة; `agree` asks that the
    night holds it and that the places agree)."""
    return a.event_type == b.event_type and any(
        d.when.basis == "lead" and d.when.text is None and d.when.precision == "day" for d in (a, b))


def _named_over_its_days(a: Draft, b: Draft) -> bool:
    """One is a definite attack noun dated by a span of a few days, more than a night and less than a period
    (إثر الضربات الجوية على سوريا مطلع الأسبوع), the other an attack of its type told after it and dated to a day of
    that span (وكانت الدول الثلاث أطلقت 105 صواريخ السبت الماضي), neither telling other dead nor told as another:
    the attack the news named by the days around it, dated by its own day (`agree` still asks that the places
    agree). A definite noun told after the day's attack (الغارات الأولى ليل الجمعة الأحد) may sum up earlier ones."""
    return a.event_type == b.event_type and not (other_toll(a, b) or a.separate or b.separate) and any(
        span.definite and span.trigger < day.trigger and _a_few_days_holding(span.when, day.when)
        for span, day in ((a, b), (b, a)))


def _a_few_days_holding(span: When, day: When) -> bool:
    """`span` is a range of at least `FEW_DAYS` days and fewer than `SUMMARY_DAYS` that holds `day`, a day."""
    if span.precision == "day" or day.precision != "day" or None in (span.value, span.end, day.value):
        return False
    end = dt.date.fromisoformat(span.end)
    return FEW_DAYS <= (end - span.value).days + 1 < SUMMARY_DAYS and span.value <= day.value <= end


def own_day_before_its_report(own: Draft, report: Draft) -> bool:
    """`report` is dated only by the day a report of it was given (بحسب ما أوردت الوكالة الثلاثاء: `When.reported`)
    and `own`, of its type in another sentence, by its own day, the day before (وقع الانفجار يوم الاثنين), at the
    same named place or one of them placed nowhere, neither recalled nor told as another nor telling other dead, nor
    `own` alone telling dead: the attack reported the next day, on its own day."""
    r, o = report.when, own.when
    if not r.reported or o.reported or r.precision != "day" or o.precision != "day" or None in (r.value, o.value):
        return False
    return own.event_type == report.event_type and own.sentence != report.sentence and (
        (r.value - o.value).days == REPORTED_NEXT_DAY) and (
        own.place is None or report.place is None or one_name(own, report)) and not (
        own.recalled or report.recalled or own.separate or report.separate or other_toll(own, report)
        or (own.toll.told and not report.toll.told))


def retold_with_its_own_day(own: Draft, report: Draft) -> bool:
    """`report` is dated only by the day it was reported or announced (قال الجيش الأمريكي أمس الجمعة إن غارة جوية
    في أفغانستان قتلت قياديا: `_report_day_only`), placed nowhere, only at its country or at `own`'s place, and
    `own`, of its type after it, in the very next sentence or by a definite noun (وذكر أن الغارة ... وقعت في 11
    يوليو في إقليم بكتيكا; إن الانفجار وقع أمس الخميس قرب مدينة منبج), tells it again with its own day before the
    report's or the night ending on it at the latest (`_own_time_before`: ليل الخميس/الجمعة, reported on Friday), in
    its country or nowhere, without other dead nor dead of its own alone, and is told as no other incident: the
    reported attack, on its own day, however long before its report (a death recalled weeks on)."""
    r, o = report.when, own.when
    if not _report_day_only(report) or _report_day_only(own) or r.precision != "day" or r.value is None or not (
            _own_time_before(o, r.value)):
        return False
    near = 0 <= own.sentence[0] - report.sentence[1] <= NEXT_SENTENCE_GAP
    return own.event_type == report.event_type and (near or own.definite) and own.sentence[0] > report.sentence[0] and (
        report.place is None or report.place.chosen.precision == "country" or one_name(own, report)) and (
        own.place is None or report.place is None or own.place.chosen.country == report.place.chosen.country) and not (
        report.recalled or own.separate or own.joined or own.answered or report.answered or other_toll(own, report)
        or (own.toll.told and not report.toll.told))


def _own_time_before(own: When, reported: dt.date) -> bool:
    """`own` is a day before `reported`, or a night of two days (ليل الخميس/الجمعة) that ends on it at the latest."""
    if own.value is None or own.value >= reported:
        return False
    if own.precision == "day":
        return True
    return own.precision == "range" and own.end is not None and (
        dt.date.fromisoformat(own.end) - own.value).days == 1 and dt.date.fromisoformat(own.end) <= reported


def told_on_its_own_day(own: Draft, report: Draft) -> bool:
    """`own` tells `report`'s attack on its own day, before the day it was reported: the day before
    (`own_day_before_its_report`) or any earlier day (`retold_with_its_own_day`)."""
    return own_day_before_its_report(own, report) or retold_with_its_own_day(own, report)


def _report_day_only(d: Draft) -> bool:
    """The draft is dated only by the day a report of it was given (`When.reported`) or the verb announcing it was
    (أعلن الجيش، الجمعة، قصف موقع: basis ``report``, `merging.dated_by_its_announcement`)."""
    return d.when.reported or d.when.basis == "report"


def _one_side_at_one_place(a: Draft, b: Draft) -> bool:
    """Both name the same side and the same place, of any precision (غارات تركية شمال العراق): a night's
    strikes and the day's told by one side at one area are one wave."""
    return _same_side(a, b) and a.place is not None and b.place is not None and same_place(
        a.place.chosen, b.place.chosen)


def _one_side_one_unplaced(a: Draft, b: Draft) -> bool:
    """Both name the same side and one, placed nowhere, is told by a definite trigger (قصفت الطائرات التركية شمال
    العراق الليلة الماضية; بدأت الطائرات التركية مساء الجمعة قصف مواقع الحزب): it names the strikes of that side
    told before, its day's strikes are the night's (an indefinite one, غارات جوية, may tell others)."""
    return _same_side(a, b) and any(d.place is None and d.definite for d in (a, b))


def _assault_and_its_captives(a: Draft, b: Draft) -> bool:
    """A ground assault and an ``other`` attack (a kidnapping) told by the same side at the same spot finer
    than a governorate on one day, or on a day of the other's two (اقتحمت الجبهة مخيما في قرية س الاثنين؛
    خطفت الجبهة بين الاثنين والثلاثاء خمسة مقاتلين في قرية س): what the side did to the people of the place it
    stormed, one happening."""
    if {a.event_type, b.event_type} != {"other", "ground_attack"} or not (_same_side(a, b) and _same_spot(a, b)):
        return False
    return a.when.date is not None and b.when.date is not None and (
        _same_day(a, b) or _night_holds(a.when, b.when))


def _one_joint_strike(a: Draft, b: Draft) -> bool:
    """Each names the other's side among its own (شنتها الولايات المتحدة وفرنسا وبريطانيا; نفذتها بريطانيا وفرنسا
    والولايات المتحدة), or one names a list of its sides that the other's list holds (الضربات للولايات المتحدة
    وبريطانيا وفرنسا, read without its first side): one strike of several sides, each telling naming another
    of them first."""
    if a.actor is None or b.actor is None:
        return False
    return (a.actor.name in b.sides and b.actor.name in a.sides) or _listed_within(a, b) or _listed_within(b, a)


#: A telling lists a strike's sides when it names at least this many.
LISTED_SIDES = 2


def _listed_within(part: Draft, whole: Draft) -> bool:
    """`part` names a list of sides (two or more) that all stand in `whole`'s list: the same joint strike told
    with one of its sides left out."""
    return len(part.sides) >= LISTED_SIDES and part.sides <= whole.sides


def _same_side(a: Draft, b: Draft) -> bool:
    """Both name a side, the same one."""
    return a.actor is not None and b.actor is not None and a.actor.name == b.actor.name


def _undated_and_dated(a: Draft, b: Draft) -> tuple[Draft, Draft] | None:
    """The undated draft and the dated one, when exactly one of the two has a date; else None."""
    if (a.when.date is None) == (b.when.date is None):
        return None
    return (a, b) if a.when.date is None else (b, a)


def _own_telling(a: Draft, b: Draft) -> bool:
    """One is dated and the other, without a date expression, is told with an indefinite trigger (قتل 4
    في قصف على البلدة): with another number of dead than the dated one's, it tells an attack of its own,
    not that one told again (a definite noun, في القصف، re-tells it with an updated toll), unless the
    dated one is a plural summary (غارات) it may be a part of, one number is a lower bound the other
    meets, the two differ by the attacker counted among the dead (`ATTACKER_COUNTED`), or one counts only the
    first group of the other's dead (`_part_counted`)."""
    if (pair := _undated_and_dated(a, b)) is None:
        return False
    undated, dated = pair
    return undated.when.unwritten and not undated.definite and not dated.plural and not (
        abs(undated.toll.killed - dated.toll.killed) <= ATTACKER_COUNTED
        or _bound_holds(undated.toll, dated.toll) or _bound_holds(dated.toll, undated.toll) or _part_counted(a, b))


def _part_counted(a: Draft, b: Draft) -> bool:
    """One counts as its dead only the first group of the dead the other adds up (`Toll.part_of`): one group's dead
    of the same attack, not another attack."""
    return a.toll.part_of(b.toll) or b.toll.part_of(a.toll)


def _recalled_beside_new(a: Draft, b: Draft) -> bool:
    """One is recalled but tells no date of its own (اتفاق في العام 2013 بعد اتهامها بشن هجوم كيميائي قرب دمشق أودى
    بحياة المئات: `clause_drafts._before_a_recalled_charge`), the other dated and not recalled (الهجمات الكيميائية
    التي وقعت في 7 نيسان في دوما): the old attack, whatever the other leaves missing, unless they tell the same dead."""
    if (pair := _undated_and_dated(a, b)) is None:
        return False
    undated, dated = pair
    return undated.recalled and not dated.recalled and not same_toll(a, b)


def _bound_holds(bound: Toll, other: Toll) -> bool:
    """`bound` gives its dead as a lower bound (أكثر من 20، عشرات) that the other's number meets."""
    return bound.bounded and other.killed >= bound.killed


def _remention_of_dated(a: Draft, b: Draft) -> bool:
    """One is dated and not recalled, the other re-tells it without a date expression by a definite
    violent noun that needs no support (وأدى التفجير في مدينة س إلى ...), or by any definite one naming the
    dated one's side (استهدفت الصواريخ الإسرائيلية مطار دمشق): its place details the dated one's area."""
    if (pair := _undated_and_dated(a, b)) is None:
        return False
    undated, dated = pair
    return undated.definite and (undated.strong or _same_side(a, b)) and undated.when.unwritten and (
        not dated.recalled)


def _around(a: PlaceMatch, b: PlaceMatch) -> bool:
    """One place is told relative to a town or spot (قرب مدينة حمص، غرب عمان) and the other lies around it: within
    `MAX_KM` of the town, or within it and the told radius (a distance written, a direction's 25 km the way the
    direction says: غرب الموصل is not a town south-east of it), or, told as near it, anywhere in its
    governorate (قاعدة جوية قرب مدينة حمص; قاعدة التيفور), or told as a direction from it, anywhere in its governorate
    that way (شمال العاصمة بغداد; قضاء الطارمية): the relative place is no spot of its own (unless the two tell
    different dead, `agree`)."""
    for rel, other in ((a, b), (b, a)):
        if rel.relation is None or rel.radius_km is None or rel.chosen.precision in COARSE | {"district"}:
            continue
        if other.chosen.precision in COARSE or rel.chosen.country != other.chosen.country:
            continue
        toward = rel.relation == "near" or lies_toward(rel.chosen, other.chosen, rel.relation)
        if toward and rel.chosen.admin1 and rel.chosen.admin1 == other.chosen.admin1:
            return True
        km = haversine_km(rel.chosen.lat, rel.chosen.lon, other.chosen.lat, other.chosen.lon)
        if km <= MAX_KM or (toward and km <= MAX_KM + rel.radius_km):
            return True
    return False


def _in_the_governorate_around(a: PlaceMatch, b: PlaceMatch) -> bool:
    """One place is told as near a place of a governorate that is one city (في ضواحي دمشق), the other is the
    governorate enclosing it (في ريف دمشق, `gazetteer.enclosing_governorates`): the city's suburbs lie there."""
    return any(rel.relation == "near" and other.chosen.precision == "governorate"
               and other.chosen.country == rel.chosen.country
               and enclosing_governorates().get((rel.chosen.country, rel.chosen.admin1)) == other.chosen.name
               for rel, other in ((a, b), (b, a)))


def _summed_up_apart(a: Draft, b: Draft) -> bool:
    """One is a plural over several places (غارات على مناطق في ريف حلب: `Draft.over_places`) at a governorate, a
    region or a country, the other is placed finer, and they tell different numbers of dead: the plural sums up
    the day's strikes over the area, the other tells one of them (غارة على قرية س قتلت شخصين); its place does not
    locate the summary, nor its toll (غارات على محافظة إدلب and a strike on one of its towns may be one)."""
    return other_toll(a, b) and any(
        summary.plural and summary.over_places and summary.place.chosen.precision in COARSE
        and detail.place.chosen.precision not in COARSE
        for summary, detail in ((a, b), (b, a)))


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


def _unknown_village_beside_known(a: Draft, b: Draft) -> bool:
    """Told in two sentences, one at a village the gazetteer lacks, placed only by its governorate or region (قرية
    كفر داعل في ريف حلب: `Draft.settlement`, `placing.headed_as_a_village`), the other at a village or town the
    gazetteer knows (مدينة منبج بريف حلب): the unknown village is not the known one, so two attacks, as
    `_two_villages` tells of two known ones. Not a village told beside a city (قرية زاركلي شمال أربيل), which
    the town of its district may name again (في قرية زاركلي في منطقة رواندز), nor a known town told only as where the
    scene lies from (قرى شرق مدينة درعا: a relation), whose area may hold the unknown villages."""
    return a.sentence != b.sentence and any(
        unknown.settlement and headed_as_a_village(unknown.place) and unknown.place.chosen.precision in COARSE
        and not known.settlement and known.place.relation is None
        and known.place.chosen.precision in VILLAGES for unknown, known in ((a, b), (b, a)))


def _generic_pair(a: Draft, b: Draft) -> bool:
    """One type is only a generic attack word's and the other is violent or a kind named as another (هجوم
    كيماوي), and both are dated (الهجوم الأول في يناير 2016; تفجيرات يناير 2016; هجوم السبت، الهجوم الكيماوي
    مساء السبت), or at the same spot, one without a date expression, with the generic word definite (أسفر
    الهجوم الذي وقع في بلدة س; فجر انتحاري شاحنة في بلدة س الأحد; قنابل كيماوية ضربت البلدة)."""
    if not ((a.generic or b.generic) and an_attack(a) and an_attack(b)) or _forces_and_aircraft(a, b):
        return False
    if a.when.date is not None and b.when.date is not None:
        return True
    return any(d.generic and d.definite for d in (a, b)) and (
        _expression(a) is None or _expression(b) is None) and _same_spot(a, b)


def _forces_and_aircraft(a: Draft, b: Draft) -> bool:
    """One is a generic attack by a side that fights on the ground (تتصدر قوات من حزب الله الهجوم على المدينة) or by
    a side's ground forces (القوات الأمريكية), the other an air strike named without that side (قصف عنيف من الطيران
    على المدينة): the assault and the strikes on the town are two attacks, not one told twice."""
    return any(
        g.generic and g.actor is not None and other.event_type == "airstrike" and not other.defaulted
        and (g.actor.forces or not (g.actor.air or actors.is_air(g.actor.name)))
        and (other.actor is None or other.actor.name != g.actor.name)
        for g, other in ((a, b), (b, a)))


def _generic_with_its_side_and_dead(a: Draft, b: Draft) -> bool:
    """One type is only a generic attack word's (شنت قوات النظام هجوما على الغوطة أدى إلى مقتل 14) and the other is
    violent, both told by the same side with the same dead (at least `RETOLD_MIN_KILLED`: قصف مدفعي لقوات النظام
    على الغوطة أوقع 14 قتيلا): the attack told again by its generic word, whatever date only one gives."""
    return (a.generic or b.generic) and an_attack(a) and an_attack(b) and _same_side(a, b) and (
        same_toll(a, b) and a.toll.killed >= RETOLD_MIN_KILLED)


def toll_told_with_its_attack(a: Draft, b: Draft) -> bool:
    """One is a toll told without an attack word (أعلنت أنقرة الثلاثاء مقتل جندي خلال عمليات للجيش: `Draft.toll_only`),
    the other, in its sentence or the next, an attack telling the same dead (قتل جندي في هجوم لعناصر الحزب): the
    happening of the toll told with what struck (its dates and places must still agree)."""
    return any(
        toll.toll_only and an_attack(attack) and attack.event_type in VIOLENT_TYPES
        and 0 <= attack.sentence[0] - toll.sentence[1] <= NEXT_SENTENCE_GAP
        for toll, attack in ((a, b), (b, a))) and same_toll(a, b)


def _summed_up_over_a_period(a: Draft, b: Draft) -> bool:
    """One is a plural told only by generic words (ثلاث هجمات إرهابية في الكويت وتونس وفرنسا في شهر رمضان) dated to a
    period, the other an attack of a named kind dated to a day (تفجير المسجد في الكويت يوم الجمعة), telling no other
    dead: the summary names that attack among those it sums up (the dates and places must still agree)."""
    return any(
        summary.unnamed and summary.plural and summary.when.date is not None and summary.when.precision != "day"
        and detail.kind_named and detail.event_type in VIOLENT_TYPES and detail.when.precision == "day"
        for summary, detail in ((a, b), (b, a))) and not other_toll(a, b)


def _attacks_of_that_time(a: Draft, b: Draft) -> bool:
    """One is a definite generic plural told without dead (الهجمات التي وقعت الليلة قبل الماضية) dated to exactly
    the period or day of the other, a placed attack of a named kind: the same attack named back by its time,
    not a sum of others (one telling its dead, أودت بحياة 250، sums up the day)."""
    return any(
        d.unnamed and d.definite and d.plural and d.toll.killed is None and other.kind_named
        and other.event_type in VIOLENT_TYPES and other.place is not None
        and d.when.date is not None and (d.when.date, d.when.end, d.when.precision) == (
            other.when.date, other.when.end, other.when.precision)
        for d, other in ((a, b), (b, a)))


#: At most this many characters (spaces, a line end) between a sentence and the next.
NEXT_SENTENCE_GAP = 3


def _detailed_next(a: Draft, b: Draft) -> bool:
    """One is an attack told by a generic word (هجوم شنه التنظيم على قرية بمحافظة حلب), the other, in the very
    next sentence, names its kind (فجر انتحاري نفسه في موقع بريف حلب) without a date expression of its own, at
    a place lying in the generic one's area (a governorate, a region or a country), without another number
    of dead, and opens no scene or incident of its own: the lead told again in detail."""
    return any(
        g.generic and not k.generic and k.kind_named and k.strong and k.event_type in VIOLENT_TYPES
        and 0 <= k.sentence[0] - g.sentence[1] <= NEXT_SENTENCE_GAP and k.when.text is None
        and not (k.opens_at_its_place or k.separate or k.joined or k.answered or g.answered)
        and g.place is not None and k.place is not None
        and g.place.chosen.precision in COARSE and k.place.chosen.precision != "country"
        and same_place(g.place.chosen, k.place.chosen)
        for g, k in ((a, b), (b, a))) and not other_toll(a, b)


def _detail_next_to_dated(a: Draft, b: Draft) -> bool:
    """One is dated and not recalled, the other, in the very next sentence, tells it again without a date
    expression (قتل ثلاثة من الشرطة أمس في هجوم في جنوب شرق تركيا. وكان الشرطي جالسا أمام مقهى في مدينة تشينار
    حين أطلق مسلحون النار عليه) and opens no scene or incident of its own: the lead's attack told in detail at a
    place inside the lead's area (`agree` asks for it, and for no other dead): by a definite noun (الهجوم على مركز
    الشرطة) or a verb telling it done; an indefinite noun (وأدى تفجير في مدينة س) tells another attack, and so does
    a verb after a wave told by a plural (سلسلة غارات في سوريا ... صواريخ استهدفت المطار: one strike of many)."""
    if (pair := _undated_and_dated(a, b)) is None:
        return False
    undated, dated = pair
    return undated.when.text is None and not dated.recalled and (
        0 <= undated.sentence[0] - dated.sentence[1] <= NEXT_SENTENCE_GAP) and (
        undated.definite or (undated.verb and not dated.plural)) and not (
        undated.opens_at_its_place or undated.separate or undated.joined or undated.answered or dated.answered)


def _dated_in_detail_next(a: Draft, b: Draft) -> bool:
    """One is told without any date expression, the other in the very next sentence by a definite noun of its
    kind with its day (استهدفت غارة جوية منطقة في شرق سوريا مما أدى لمقتل 54 شخصا. وقال المرصد إن الضربة الجوية
    أصابت المنطقة قرب بلدة السوسة الخميس), neither recalled nor opening a scene or incident of its own: the
    lead's attack told again in detail, its day and the spot inside the lead's area (`agree` asks for it, and
    for no other dead)."""
    if (pair := _undated_and_dated(a, b)) is None:
        return False
    undated, dated = pair
    return undated.when.text is None and dated.definite and _its_own_word(dated, undated) and not (
        undated.recalled or dated.recalled) and (
        0 <= dated.sentence[0] - undated.sentence[1] <= NEXT_SENTENCE_GAP) and not (
        dated.opens_at_its_place or dated.separate or dated.joined or dated.answered or undated.answered)


def _its_own_word(definite: Draft, lead: Draft) -> bool:
    """`definite` names `lead`'s attack by its kind (الضربة الجوية after غارة جوية), or both only by a generic attack
    word in the singular (قتلوا 12 فردا في هجوم على منزلهم بقرية شمالي البلاد. وأكد أن الهجوم وقع السبت في قرية س):
    the article's word for that attack, said again."""
    return definite.kind_named or (definite.unnamed and lead.unnamed and not (definite.plural or lead.plural))


def a_later_count(a: Draft, b: Draft) -> bool:
    """Of one type, one told by a singular trigger says its toll rose (`Draft.toll_rose`: ارتفعت حصيلة قتلى التفجير إلى
    12) to more dead than the other tells (قتل خمسة في التفجير): the later count of that attack, not another one (the
    places must still agree); a plural's risen toll (ارتفعت حصيلة القتلى جراء الهجمات) may sum up others."""
    return a.event_type == b.event_type and any(
        late.toll_rose and not late.plural and late.toll.killed > early.toll.killed for late, early in ((a, b), (b, a)))


def _a_reported_set(d: Draft) -> bool:
    """Attacks told as a set by a report that gives them no day of their own (ارتفعت حصيلة الهجمات ... وفق ما أفاد
    المرصد الخميس: `reported_sets`): with other dead than an attack, they sum up others, not that one told again."""
    return d.when.reported and d.when.date is None


def _expression(d: Draft) -> str | None:
    """The draft's own date expression: none when its only one counts another happening from it (وعدت
    الحكومة بتعزيز الأمن غداة هجوم انتحاري في س: the word dates the promise, not the attack, which its dated
    telling may complete), or is only the day of a report that told it without giving it that day (ارتفعت حصيلة
    الهجمات ... وفق ما أفاد المرصد الخميس: `reported_sets`)."""
    return None if (d.after_anchor and d.when.date is None) or _a_reported_set(d) else d.when.text


def _defaulted_pair(a: Draft, b: Draft) -> bool:
    """One is قصف told without a side (typed by default) and the other an air strike, with the same dead or
    on one day at one named place, or at one named installation (an airbase, an airport) with one of them
    told without any date expression and neither recalled nor telling other dead (بقصفهم مطار س الأسبوع
    الماضي؛ قتل عسكريون في غارة على مطار س), or told at the town it struck in the next sentence or the one after,
    neither dated (`_struck_there_next`), or the air strike's toll said to have risen over the bombardment's count of
    the same day (`_risen_over_the_days_count`): the air strike told once without saying how it struck."""
    if not ((a.defaulted and b.event_type == "airstrike") or (b.defaulted and a.event_type == "airstrike")):
        return False
    return same_toll(a, b) or (_same_day(a, b) and one_name(a, b)) or _undated_at_the_struck_spot(a, b) or (
        _struck_from_the_air_next(a, b) or _struck_there_next(a, b) or _risen_over_the_days_count(a, b))


def _risen_over_the_days_count(a: Draft, b: Draft) -> bool:
    """The air strikes' toll is said to have risen (ارتفع عدد القتلى جراء الغارات والقصف على الغوطة الاثنين إلى مئة:
    `Draft.toll_rose`) over the dead a definite قصف told without a side counts on the same day (وأسفر القصف الاثنين عن
    مقتل حوالي 80): the day's bombardment and its earlier count."""
    strike, bombardment = (a, b) if b.defaulted else (b, a)
    return strike.toll_rose and bombardment.definite and _same_day(a, b) and None not in (
        strike.toll.killed, bombardment.toll.killed) and strike.toll.killed > bombardment.toll.killed


def _its_kind_named_just_before(a: Draft, b: Draft) -> bool:
    """One is an ambiguous word whose kind neither it nor a side tells (استهدف المهاجم خمسة أشخاص: `Draft.defaulted`),
    placed nowhere, in the sentence right after the other, an attack whose kind is named (هجوم الطعن في باريس السبت),
    on its day, neither telling other dead: the attack told again by what it struck."""
    first, later = (a, b) if a.sentence[0] <= b.sentence[0] else (b, a)
    return later.defaulted and later.place is None and first.kind_named and (
        first.event_type in (*VIOLENT_TYPES, "other")) and not (first.defaulted or first.answered) and (
        0 <= later.sentence[0] - first.sentence[1] <= NEXT_SENTENCE_GAP) and _same_day(a, b) and not (
        later.separate or other_toll(a, b))


def _struck_from_the_air_next(a: Draft, b: Draft) -> bool:
    """The air strike is told in the sentence right after the قصف told without a side, placed nowhere and without a
    date expression of its own (قتل ثلاثة مدنيين السبت في قصف على بلدة س. وأوضح المرصد أن الطيران الحربي استهدف
    البلدة بالصواريخ), neither recalled nor telling other dead: the bombardment told again by how it struck."""
    bombardment, strike = (a, b) if a.defaulted else (b, a)
    return strike.place is None and strike.when.text is None and (
        0 <= strike.sentence[0] - bombardment.sentence[1] <= NEXT_SENTENCE_GAP) and not (
        a.recalled or b.recalled or other_toll(a, b))


def _struck_there_next(a: Draft, b: Draft) -> bool:
    """The قصف told without a side (`Draft.defaulted`) and the air strike are told in two sentences, the later
    at most `STRUCK_AGAIN_CHARS` after the earlier (the next sentence or the one after), at the same named place
    (finer than a governorate), neither with a date expression, recalled nor telling other dead (نجحت طائرة
    للتحالف في استهداف القيادي في ناحية الصقلاوية بقصف جوي ... قتل بعد استهداف سيارته أثناء هروبه من الصقلاوية،
    وأدى القصف إلى مقتل عدد من عناصر التنظيم): the air strike told again by what it struck."""
    first, later = (a, b) if a.sentence[0] <= b.sentence[0] else (b, a)
    return a.sentence != b.sentence and 0 <= later.sentence[0] - first.sentence[1] <= STRUCK_AGAIN_CHARS and (
        one_name(a, b)) and a.when.text is None and b.when.text is None and not (
        a.recalled or b.recalled or other_toll(a, b))


def _undated_at_the_struck_spot(a: Draft, b: Draft) -> bool:
    """Both name one installation (a place of point precision), one is told without any date expression, neither
    is recalled nor tells other dead: one strike on it, dated by the other telling."""
    return one_name(a, b) and a.place.chosen.precision == "point" and (
        a.when.text is None or b.when.text is None) and not (a.recalled or b.recalled or other_toll(a, b))


def _bombardment_told_again(a: Draft, b: Draft) -> bool:
    """One is an ambiguous word whose kind is only inferred (القصف، استهدف) and the other an air strike or
    shelling not told as missiles without a side (another side's rockets): the same bombardment told again
    without saying how it struck, when they tell the same dead, or the inferred one tells no date expression
    and no other number of dead at the same named place by the same side (واستهدف القصف الإسرائيلي نقطة مراقبة
    شرقي رفح), or is definite and dated only by the sentences before it to the other's day, near its place
    (وطال القصف بلدات: `_retold_that_day`), or is named by the other's kind in the very next sentence on its day
    (وأسفرت الغارات الجمعة عن مقتل ثلاثين: `_named_next_that_day`)."""
    if other_toll(a, b):
        return False
    for told, other in ((a, b), (b, a)):
        if not (told.inferred and {told.event_type, other.event_type} <= BOMBARDMENT) or other.fired:
            continue
        if same_toll(a, b) or (told.when.unwritten and one_name(a, b) and _same_side(a, b)) or (
                _retold_that_day(told, other) or _named_next_that_day(told, other)):
            return True
    return False


def _named_next_that_day(told: Draft, other: Draft) -> bool:
    """`other` names by its kind, with a definite noun in the very next sentence, placed nowhere and naming no other
    side, the bombardment `told` tells on its day (قصفت قوات النظام مدينة دوما الجمعة. وأسفرت الغارات الجمعة عن
    مقتل ثلاثين): the side's bombardment told again by how it struck."""
    return other.definite and other.place is None and _same_day(told, other) and (
        0 <= other.sentence[0] - told.sentence[1] <= NEXT_SENTENCE_GAP) and (
        other.actor is None or _same_side(told, other)) and not (other.separate or other.answered)


def _one_bombardment_of_both_kinds(a: Draft, b: Draft) -> bool:
    """One is a bombardment told from the air and the ground in one (كثف الجيش غاراته الجوية والمدفعية على المخيم
    الجمعة: `Draft.both_kinds`), the other an air strike or shelling at the same spot the same day (واصلت القوات
    الجمعة قصفها على المخيم), without other dead: the same bombardment told by one of its kinds."""
    return (a.both_kinds or b.both_kinds) and {a.event_type, b.event_type} <= BOMBARDMENT and _same_day(a, b) and (
        one_name(a, b) or _at_its_seat_that_day(a, b)) and not other_toll(a, b)


def _retold_that_day(told: Draft, other: Draft) -> bool:
    """`told` is a definite bombardment word (وطال القصف بلدات) dated only by the sentences before it, to the day
    `other` is dated to, placed at most `RETOLD_KM` from it: the day's bombardment told again, its places those
    it struck (`agree` still asks that the places agree)."""
    return told.definite and told.when.text is None and told.when.date is not None and _same_day(told, other) and (
        told.place is not None and other.place is not None) and bool(haversine_km(
            told.place.chosen.lat, told.place.chosen.lon, other.place.chosen.lat, other.place.chosen.lon) <= RETOLD_KM)


def _inferred_of_its_side_that_day(a: Draft, b: Draft) -> bool:
    """One is a violent word whose kind is only inferred from its side (استهداف مدنيين في التاسع من أغسطس), the
    other a violent telling by the same side on the same day, one of them placed nowhere and neither telling
    other dead: the side's attack of that day told again without saying how it struck."""
    return (a.inferred or b.inferred) and a.event_type in VIOLENT_TYPES and b.event_type in VIOLENT_TYPES and (
        _same_side(a, b) and _same_day(a, b) and (a.place is None or b.place is None) and not other_toll(a, b))


def _missiles_at_the_struck_spot(a: Draft, b: Draft) -> bool:
    """One is missiles told without a side (صواريخ استهدفت فجر الاثنين مطار س) and the other an air strike on
    the same installation (a place of point precision: an airbase, an airport) the same day, or one of them told
    without any date expression (ما تردد عن ضربات صاروخية على مطار س: `_undated_at_the_struck_spot`), without
    another toll: the strike told once by its weapon."""
    if not ((a.fired and b.event_type == "airstrike") or (b.fired and a.event_type == "airstrike")):
        return False
    return (_same_day(a, b) and one_name(a, b) and a.place.chosen.precision == "point" and not other_toll(a, b)) or (
        _undated_at_the_struck_spot(a, b))


def _same_spot(a: Draft, b: Draft) -> bool:
    """Both name one place finer than a governorate."""
    return a.place is not None and b.place is not None and not {
        a.place.chosen.precision, b.place.chosen.precision} & COARSE and same_place(a.place.chosen, b.place.chosen)


def dates_agree(a: When, b: When) -> bool:
    """The same date, or a period of at least `SUMMARY_DAYS` (a month, a year, a season) holding the
    other's day: the summary and the detail (not a night of two days and a day of it); or a year holding the
    other's month (عام 2007; في يوليو 2007)."""
    if a.date == b.date and a.end == b.end:
        return True
    if _month_of_its_year(a, b) or _month_of_its_year(b, a):
        return True
    if a.value is None or b.value is None or (a.precision == "day") == (b.precision == "day"):
        return a.date == b.date
    coarse, fine = (b, a) if a.precision == "day" else (a, b)
    if coarse.end is None or (dt.date.fromisoformat(coarse.end) - coarse.value).days + 1 < SUMMARY_DAYS:
        return False
    return coarse.value <= fine.value and fine.value.isoformat() <= coarse.end


def _a_year_and_its_month_apart(a: Draft, b: Draft) -> bool:
    """One is dated to a year, the other to a month of it (`_month_of_its_year`: تفجير عام 2007; تفجير في تموز 2007),
    and they tell other dead, neither a lower bound the other meets: two attacks of that year, not one told twice."""
    return (_month_of_its_year(a.when, b.when) or _month_of_its_year(b.when, a.when)) and other_toll(a, b) and not (
        _bound_holds(a.toll, b.toll) or _bound_holds(b.toll, a.toll))


def _month_of_its_year(year: When, month: When) -> bool:
    """`month` is a month of the year `year` tells: the year sums it up as it does a day of it."""
    return year.precision == "year" and month.precision == "month" and month.date is not None and (
        year.date is not None and month.date[:4] == year.date[:4])


def a_period(when: When) -> bool:
    """A date of `SUMMARY_DAYS` or more (a week, a month, a year, رمضان): it may sum up attacks of its days."""
    return when.value is not None and when.end is not None and (
        dt.date.fromisoformat(when.end) - when.value).days + 1 >= SUMMARY_DAYS


def _within(a: Place, b: Place) -> bool:
    """One place is a region or country and the other lies in its country (شرق سوريا; البوكمال)."""
    coarse, fine = (a, b) if PRECISIONS.index(a.precision) > PRECISIONS.index(b.precision) else (b, a)
    return coarse.precision in ("region", "country") and coarse.country == fine.country and (
        not coarse.admin1 or coarse.admin1 == fine.admin1)


def _in_a_region_it_names(a: Draft, b: Draft) -> bool:
    """One is placed at a region (الحدود التركية السورية) that the other, told in another sentence, names in its
    clause beside its place finer than a governorate (هاجموا موقعا على الحدود السورية التركية في منطقة ألبيلي):
    the region holds that place, whatever its country (not a list: شمال العراق وجنوب شرق تركيا)."""
    return a.sentence != b.sentence and any(
        coarse.place.chosen.precision == "region" and fine.place.chosen.precision not in COARSE
        and coarse.place.chosen.place_id in fine.regions_named for coarse, fine in ((a, b), (b, a)))


def same_toll(a: Draft, b: Draft) -> bool:
    """Both tell the same number of dead (the lead's summary and the detail of one strike)."""
    return a.toll.killed is not None and a.toll.killed == b.toll.killed


def dead_at_least(a: Draft, b: Draft) -> bool:
    """Neither a plural, one tells only its dead and as a lower bound (غارة جوية في اليمن أسفرت عن مصرع عشرات الأشخاص)
    that the other's number of dead meets (الغارة التي استهدفت حافلة في صعدة وتسببت في مقتل 29): the same dead, told
    vaguely and then counted."""
    return not (a.plural or b.plural) and any(
        bound.toll.injured is None and bound.toll.killed is not None and other.toll.killed is not None
        and _bound_holds(bound.toll, other.toll) for bound, other in ((a, b), (b, a)))


def _same_day(a: Draft, b: Draft) -> bool:
    """Both are dated, to the same day or one to a period holding the other's day."""
    return a.when.date is not None and b.when.date is not None and (
        a.when.precision == "day" or b.when.precision == "day") and dates_agree(a.when, b.when)


def sides_compatible(a: Draft, b: Draft) -> bool:
    """The two drafts' sides may be one attack's: either names none, or they are the same or one part of the other
    (`actors.compatible`)."""
    return actors.compatible(a.actor.name if a.actor else None, b.actor.name if b.actor else None)


def other_toll(a: Draft, b: Draft) -> bool:
    """Both tell a number of dead, and not the same one (5 in the east, 3 in one town: two strikes)."""
    return a.toll.killed is not None and b.toll.killed is not None and a.toll.killed != b.toll.killed


def other_wounded(a: Draft, b: Draft) -> bool:
    """Both tell a number of wounded, and not the same one."""
    return a.toll.injured is not None and b.toll.injured is not None and a.toll.injured != b.toll.injured


def retold_toll(a: Draft, b: Draft) -> bool:
    """One type, the same number of dead (or, neither telling dead, of wounded: at least `RETOLD_MIN_KILLED`) a
    day or two apart, and places that agree: one attack whose day the article tells two ways (الاثنين; أمس الأول).
    Not dead of two kinds (`Toll.victims`: تسعة عناصر من التنظيم; تسعة مواطنين): two attacks with equal tolls."""
    if a.event_type != b.event_type or _dead_of_two_kinds(a.toll, b.toll):
        return False
    count, other = (a.toll.killed, b.toll.killed) if a.toll.killed is not None or b.toll.killed is not None else (
        a.toll.injured, b.toll.injured)
    if count is None or count != other or count < RETOLD_MIN_KILLED or a.when.value is None or b.when.value is None:
        return False
    if a.when.precision != "day" or b.when.precision != "day":
        return False
    if not 0 < abs((a.when.value - b.when.value).days) <= RETOLD_MAX_DAYS:
        return False
    return a.place is None or b.place is None or same_place(a.place.chosen, b.place.chosen) or _within(
        a.place.chosen, b.place.chosen)


def _dead_of_two_kinds(a: Toll, b: Toll) -> bool:
    """One toll counts civilians and the other fighters (`Toll.victims`)."""
    return None not in (a.victims, b.victims) and a.victims != b.victims


def _same_incident(a: Draft, b: Draft) -> bool:
    if not (an_attack(a) and an_attack(b)):
        return False
    if (a.when.date, a.when.end, a.when.text if a.when.date is None else None) != (
        b.when.date, b.when.end, b.when.text if b.when.date is None else None
    ) or (a.when.date is not None and a.when.precision != "day") or (a.when.date or a.when.text) is None:
        return False
    pairs = ((a.toll.killed, b.toll.killed), (a.toll.injured, b.toll.injured))
    return all(x is None or y is None or x == y for x, y in pairs) and any(
        x is not None and x == y for x, y in pairs
    )


#: A claim names the actor of the attack told before it only this close after that telling's sentence (in
#: folded characters: the next sentence or the one after).
CLAIM_CHARS = 300


def claimed_right_after(event: Draft, claim: Draft) -> bool:
    """`claim` names the attack `event` tells again, right after it, by a definite word of its type or a
    generic one, and the side it is claimed by or blamed on (وتبنى تنظيم داعش الهجوم، وتبنى التنظيم التفجير)."""
    return (names_a_claimant(claim) and event.event_type in VIOLENT_TYPES
            and (claim.generic or claim.event_type == event.event_type)
            and 0 <= claim.sentence[0] - event.sentence[1] <= CLAIM_CHARS)
