"""Clauses that tell more than one attack: counts (ثلاث هجمات), totals over a period, scattered attacks and
habits (`aggregate`), campaigns and captures of a share of an area (`campaign`), attacks that lasted
(`lasting`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import takewhile
from typing import NamedTuple

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from gazetteer.wordtrie import alternation
from timeline.extract import actors
from timeline.extract.clause_dating import accord_described
from timeline.extract.clauses import COMMAS, Clause
from timeline.extract.cues import any_of, cues, one_of, without_articles
from timeline.extract.phrases import PhraseMatcher
from timeline.extract.segment import QUOTES, bare
from timeline.extract.spans import first_words, word_matches
from timeline.extract.toll import rules as toll_rules
from timeline.extract.triggers import AMBIGUOUS, Trigger, triggers_data
from timeline.models import a_day_or_night
from timeline.vocabulary import VIOLENT_TYPES

#: A period phrase at most this many words after a relative pronoun of people is theirs (الذين استأنفوا منذ).
PEOPLE_WORDS = 4
#: A relative pronoun at most this many words after a trigger describes it (الهجمات الإرهابية المؤسفة التي وقعت).
DESCRIBED_WORDS = 3
#: A firing word (أطلقت، إطلاق) at most this many words before a projectile fires it (أطلقت الميليشيات قذيفة،
#: أطلقت الولايات المتحدة 59 صاروخا): as far as a campaign word is looked for (`campaign`).
FIRING_WORDS = 4
#: A purpose word (لطرد، لاستعادة) at most this many words after a trigger makes it a campaign (هاجمت القوات البلدة في
#: مارس لطرد المقاتلين).
PURPOSE_WORDS = 6
#: A share word (معظم، في المئة) at most this many words after a capture's على makes it a campaign's result.
SHARE_WORDS = 5
#: A capture's على at most this many words after its trigger (سيطرت القوات في نيسان 2014 على مجمل).
CAPTURE_OBJECT_WORDS = 12
#: The plural places a capture without على takes over the last days are among this many words after it
#: (استعادت القوات في الأيام القليلة الماضية ضمن عملية «الفجر» وبدعم من الطيران، مناطق ...).
DIRECT_PLACES_WORDS = 16
#: What a capture without على takes is among this many words after it (استعادت اللاعبة سيمونا صدارة).
REGAINED_WORDS = 5
#: A control noun at most this many words after a capture verb is its object, a subject between (فرض الفريق سيطرته).
CONTROL_WORDS = 5
#: A period after since at most this many words after a superlative is a comparison's baseline (هو الأعنف في
#: المنطقة منذ أشهر).
BASELINE_WORDS = 4
#: A span counted at most this many words after a superlative is a comparison's baseline (أعنف هجوم على مدينة
#: الرقة خلال عشرة أعوام).
SPAN_BASELINE_WORDS = 6
#: A word of hours at most this many words after a lasting word makes it last hours (استمرت نحو تسع ساعات).
HOURS_WORDS = 3
#: An outcome at most this many words after an end word is what the fight ended with (انتهت المعركة بإجلاء).
OUTCOME_WORDS = 1
#: A word of fleeing stands at most this many words before the trigger noun fled (هرب معظم السكان من جراء الهجوم).
FLED_WORDS = 5
#: A flight an attack caused stands at most this many words after its trigger noun (هجوم ... تسبب في
#: إجبار 40 ألفا على الفرار).
FLIGHT_WORDS = 30
#: The rest of a word after a trigger that ends inside it (هجوم|ها).
_WORD_REST = re.compile(r"\w*")
#: The word next after an offset, with the spaces before it.
_A_WORD_NEXT = re.compile(r"\s*\S+")


def fired(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """A projectile trigger (shelling or missiles: صواريخ، قذيفة) with a firing word among the
    `FIRING_WORDS` words before it in its clause (أطلقت الميليشيات قذيفة، بإطلاق قذيفتي هاون): fired at a
    target, not an operation launched."""
    if trigger.event_type != "shelling" and not trigger.missiles:
        return False
    begin = actors.word_start(folded, trigger.start, clause.start)
    before = folded[max(clause.start, begin - 60) : begin].split()[-FIRING_WORDS:]
    return any(one_of(w.strip(QUOTES + "".join(COMMAS)), cues().firing) for w in before)


def counted(folded: str, clause: Clause, inside: list[Trigger]) -> int | None:
    """The number written right before a trigger of the clause (ثلاث هجمات، 3 ضربات), or two for a dual
    one (هجومان), if any."""
    if any(tr.dual for tr in inside):
        return 2
    for trigger in inside:
        begin = actors.word_start(folded, trigger.start, clause.start)
        before = folded[max(clause.start, begin - 20) : begin].split()
        word = _without_preposition(CLITICS.strip_conjunction(before[-1])) if before else ""
        if word.isdecimal() and not 1900 < int(word) < 2100:
            return int(word)
        if word in toll_rules().cardinals:
            return toll_rules().cardinals[word]
    return None


def _without_preposition(word: str) -> str:
    """A count word without the preposition glued to it (بتسع ضربات: تسع)."""
    if word.isdecimal() or word in toll_rules().cardinals:
        return word
    bare = next((word[len(p):] for p in CLITICS.prepositions if word.startswith(p)), word)
    return bare if bare.isdecimal() or bare in toll_rules().cardinals else word


def aggregate(folded: str, clause: Clause, counted: bool = False, raised: int | None = None) -> bool:
    """The clause tells a total over a period, scattered attacks or a habit (خلال 24 ساعة، في هجمات
    متفرقة، بانتظام), or, when it tells a toll (`counted`), a total over the last days (خلال اليومين
    الماضيين): not one attack. A phrase after `raised` (`total_raised`) is the total's, not the clause's."""
    end = clause.end if raised is None else raised
    return _holds(folded, _aggregate_starts(folded), clause, end) or (
        counted and _holds(folded, _recent_starts(folded), clause, end))


def singled_out(folded: str, clause: Clause, inside: list[Trigger], dates: list) -> int | None:
    """Where the clause singles one attack out of the total, scattered attacks or habit it tells before (ومنذ
    اندلاع جولة العنف قتل 13 جنديا، ثلاثة منهم في مكمن استهدف الخميس قافلة): a word of `singled_out` after such a
    phrase, none after it, with an attack trigger and a day or a night of two days (`dates`: the clause's) after
    the word; read from there the clause tells that attack on its day. None when nothing is singled out so."""
    starts = (_aggregate_starts(folded), _recent_starts(folded), _lately_starts(folded))
    if not any(_holds(folded, s, clause) for s in starts):
        return None
    for m in re.finditer(r"\S+", folded[clause.start : clause.end]):
        if CLITICS.strip_conjunction(m.group().strip(QUOTES + "".join(COMMAS))) not in cues().singled_out:
            continue
        at = clause.start + m.start()
        after = Clause(at, clause.end, clause.continues)
        if not any(_holds(folded, s, clause, at) for s in starts) or any(_holds(folded, s, after) for s in starts):
            continue
        if any(tr.start > at and tr.event_type in (*VIOLENT_TYPES, AMBIGUOUS) for tr in inside) and any(
                p > at and a_day_or_night(d.precision, d.value, d.end_value) for p, d in dates):
            return at
    return None


def total_raised(folded: str, clause: Clause, inside: list[Trigger]) -> int | None:
    """Where a word of `rises` stands in the clause after one of its triggers (قتل خمسة في قصف على البلدة
    ليرتفع عدد القتلى منذ بدء التصعيد إلى 105): what follows it is a total the attack before it raised; or one of
    `despite` (اندلعت معارك الأحد رغم وقوع حوادث في الأشهر الماضية): what follows it is another happening's."""
    told, c = folded[clause.start : clause.end], cues()
    words = told.split()
    if c.rises.isdisjoint(words) and not any_of(words, c.despite):
        return None  # neither word written: the common case, read at once
    for m in re.finditer(r"\S+", told):
        if m.group() in c.rises or one_of(m.group(), c.despite):
            at = clause.start + m.start()
            return at if any(tr.start < at for tr in inside) else None
    return None


def another_described(folded: str, clause: Clause, inside: list[Trigger]) -> int | None:
    """Where the clause opens a relative clause describing a place its violent triggers struck (قتل عشرة أمس في غارات
    على بلدة س التي تتعرض منذ سنوات للقصف): the first relative pronoun (الذي، التي) after one of them that describes
    a place (`_a_place_described`). A period told from there is the place's state or past, not a total the clause
    tells. None when there is no such pronoun."""
    told = [tr for tr in inside if tr.event_type in (*VIOLENT_TYPES, AMBIGUOUS)]
    if not told:
        return None
    for m in word_matches(folded, told[0].end, clause.end):
        if m.group() in cues().relative_pronouns and _a_place_described(folded, m.start(), inside):
            return m.start()
    return None


def _a_place_described(folded: str, at: int, inside: list[Trigger]) -> bool:
    """A place struck (actors.toml [target] `objects`: بلدة، مدينة، المنطقة) stands among the `DESCRIBED_WORDS` words
    before the relative pronoun at `at`, no trigger after it: the pronoun describes that place, not an attack."""
    words = list(word_matches(folded, max(0, at - 60), at))[-DESCRIBED_WORDS:]
    place = next((w.start() for w in reversed(words)
                  if without_articles(w.group()) in actors.rules().objects), None)
    return place is not None and not any(place < tr.end <= at for tr in inside)


def counted_span(folded: str, clause: Clause, end: int | None = None) -> bool:
    """The clause (up to `end`) tells a span of days, weeks, months or years counted by a number, or a week
    (خلال 12 يوما، خلال ثلاثة أسابيع، خلال أسبوع: ``[aggregate.counted]`` span words), not as a comparison's
    baseline (a superlative among the `SPAN_BASELINE_WORDS` words before it: أعنف هجوم على مدينة الرقة خلال 20
    عاما): what a toll told with it sums up."""
    for m in _span().finditer(folded, clause.start, clause.end if end is None else end):
        before = [w.strip(QUOTES) for w in folded[max(clause.start, m.start() - 60) : m.start()].split()]
        if not any(one_of(w, cues().superlatives) for w in before[-SPAN_BASELINE_WORDS:]):
            return True
    return False


@lru_cache(maxsize=1)
def _span() -> re.Pattern[str]:
    """A span word, then a number and a unit, or a unit alone (خلال 12 يوما، طوال ثلاثة أشهر، خلال أسبوع)."""
    data = triggers_data()["aggregate"]["counted"]
    count = r"(?:\d+|" + alternation(set(toll_rules().cardinals), space=r"\s+") + ")"
    return re.compile(rf"(?<![^\W\d_]){CLITICS.pattern(CLITICS.conjunction_prefixes)}(?:{_folded(data['span_before'])})"
                      rf"\s+(?:{count}\s+{_folded(data['span_units'])}|{_folded(data['span_alone'])})(?![^\W\d_])")


def _folded(words: list[str]) -> str:
    """Any of `words`, folded, their words apart by any spaces."""
    return alternation({" ".join(normalize(w).split()) for w in words}, space=r"\s+")


def _holds(folded: str, starts: list[int], clause: Clause, end: int | None = None) -> bool:
    """One of `starts` lies in the clause (before `end`), not within `PEOPLE_WORDS` words after a relative
    pronoun of people (الذين استأنفوا منذ الأسبوع الماضي: what they do, not a total), nor right after hours (هدنة
    لمدة خمس ساعات يوميا: a daily schedule), nor a comparison's baseline (`_a_baseline`)."""
    end = clause.end if end is None else end
    for at in range(bisect_left(starts, clause.start), len(starts)):
        if starts[at] >= end:
            return False
        before = folded[max(clause.start, starts[at] - 60) : starts[at]].split()
        if not any(w in cues().people_relatives for w in before[-PEOPLE_WORDS:]) and not _a_baseline(
                folded, starts[at], before) and not (before and before[-1] in cues().schedule_units):
            return True
    return False


def _a_baseline(folded: str, start: int, before: list[str]) -> bool:
    """The phrase at `start` opens with since and a superlative stands among the `BASELINE_WORDS` words
    `before` it (في هجوم هو الأعنف في المنطقة منذ أشهر، الغارات الأكثر دموية منذ بداية العام): the baseline of a
    comparison, not a period the clause's toll sums up."""
    first = folded[start : start + 20].split()[:1]
    return bool(first) and first[0] in cues().since and any(
        one_of(w.strip(QUOTES), cues().superlatives) for w in before[-BASELINE_WORDS:])


def plural_of_late(folded: str, clause: Clause, inside: list[Trigger]) -> bool:
    """A plural trigger (الهجمات، شنت الطائرات غارات) in a clause told over the last days or lately (في الأيام
    الأخيرة، الأيام الماضية، مؤخرا): several attacks over that time, not one (unless the clause dates them to a
    day, which the caller checks); so is a capture of several places told over those days (استعادت القوات في
    الأيام الماضية مناطق). Not a lately phrase of a relative clause describing something else (`_of_another_relative`:
    الطائرات التي استلمها العراق مؤخرا نفذت أولى غاراتها)."""
    plural = [tr for tr in inside if tr.plural or _a_capture(folded, clause, tr)]
    starts = [at for at in _lately_starts(folded)
              if clause.start <= at < clause.end and not _of_another_relative(folded, clause, at, plural)]
    return bool(plural) and _holds(folded, starts, clause)


def _of_another_relative(folded: str, clause: Clause, at: int, plural: list[Trigger]) -> bool:
    """The lately phrase at `at` stands at most `PEOPLE_WORDS` words after a relative pronoun that describes no
    trigger of `plural` (none ends among the `DESCRIBED_WORDS` words before the pronoun) and holds none up to the
    word after the phrase: it tells when what that clause describes happened (الطائرات التي استلمها العراق مؤخرا
    نفذت أولى غاراتها، القصف على المرتفعات الذي تواصل خلال الأيام الماضية), not the plural attack; the attacks that
    happened lately stay (الهجمات الإرهابية التي وقعت مؤخرا، المدينة التي تعرضت مؤخرا لغارات)."""
    base = max(clause.start, at - 60)
    spans = list(re.finditer(r"\S+", folded[base:at]))[-PEOPLE_WORDS:]
    pronoun = next((base + m.start() for m in reversed(spans) if m.group() in cues().relative_pronouns), None)
    if pronoun is None:
        return False
    phrase_end = max((at + h.end for h in cues().lately.find_in(folded, at, at + 60) if h.start == 0), default=at)
    after = _A_WORD_NEXT.match(folded, phrase_end, clause.end)
    held_to = after.end() if after else phrase_end
    return not any((tr.end <= pronoun and len(folded[tr.end : pronoun].split()) <= DESCRIBED_WORDS)
                   or pronoun < tr.start < held_to for tr in plural)


def _a_capture(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """The trigger captures several places: right after its على (سيطرت على قرى), or among the words after it
    without على (استعادت القوات في الأيام الماضية مناطق); told over the last days, the gains of several days."""
    captured = _captured(folded, clause, trigger, actors.word_start(folded, trigger.start, clause.start))
    if captured is None:
        return False
    taken = captured.words[:1]
    if captured.direct:  # its object may follow a period and a frame (في الأيام الماضية ضمن عملية ...، مناطق)
        taken = [bare(w) for w in first_words(folded, trigger.end, clause.end, DIRECT_PLACES_WORDS)]
    return any(w in cues().several_places for w in taken)


@lru_cache(maxsize=4)
def _lately_starts(folded: str) -> list[int]:
    """Where the phrases of the last days told without خلال, and this year told whole (`_the_whole_year`), start in
    `folded`, in order."""
    return sorted([h.start for h in cues().lately.find(folded)] + [
        h.start for h in cues().this_year.find(folded) if _the_whole_year(folded, h.start)])


def _the_whole_year(folded: str, start: int) -> bool:
    """This year at `start` is told whole: no part of it among the three words before (مطلع العام الجاري، في وقت
    سابق من هذا العام)."""
    return not any(w in cues().year_parts for w in folded[max(0, start - 40) : start].split()[-3:])


@lru_cache(maxsize=4)
def _aggregate_starts(folded: str) -> list[int]:
    """Where the total, scattered and habit phrases of `folded` start, in order."""
    return [h.start for h in cues().aggregates.find(folded)]


@lru_cache(maxsize=4)
def _recent_starts(folded: str) -> list[int]:
    """Where the phrases of the last days start in `folded`, in order."""
    return [h.start for h in cues().recent.find(folded)]


def campaign(folded: str, clause: Clause, trigger: Trigger, counted: bool = False, uncounted: bool = False) -> bool:
    """A campaign word among the four words before the trigger (أطلقت عملية عسكرية، ضاعف التنظيم من هجماته; not
    a firing word before a projectile: أطلقت الميليشيات قذيفة, `fired`; a present wage or a resumption, تشن أو
    تستأنف, unless `counted`) or
    among the two after it (هجوم واسع، هجوم بدأ في يونيو), a noun over several places (`_struck_over_places`) in a
    clause that counts neither its dead by a number nor its strikes (`uncounted`), or a trigger that is a campaign by
    itself
    (العمليات العسكرية; عملية عسكرية in a clause that tells no toll, unless `counted`)."""
    begin = actors.word_start(folded, trigger.start, clause.start)
    words = _before_the_launch([w.strip(QUOTES) for w in folded[max(clause.start, begin - 80) : begin].split()])
    before, after = words[-4:], _words_after(folded, clause, trigger, 2 + HOURS_WORDS)
    if fired(folded, clause, trigger):  # أطلقت صواريخ: missiles fired, not an operation launched
        before = [w for w in before if not one_of(w, cues().firing)]
    if _within_a_day(after, 0):  # استمرت الاشتباكات لساعات: a fight of hours
        before = [w for w in before if not one_of(w, cues().lasting)]
    purpose = _words_after(folded, clause, trigger, PURPOSE_WORDS)
    if any(one_of(w, cues().campaign) and not _describing_an_accord(words, len(words) - len(before) + i)
           for i, w in enumerate(before)) or any(one_of(w, cues().campaign_after) and not (
            _lasted_hours(after, i)) for i, w in enumerate(after[:2])) or (
            any(one_of(w, cues().campaign_purposes) for w in purpose)) or (not counted and (
            _waged(words) or _fled(words, trigger) or _put_to_flight(folded, clause, trigger))):
        return True
    if _share_captured(folded, clause, trigger, begin) or (
            uncounted and _struck_over_places(folded, clause, trigger)) or _ended_with_an_outcome(folded, clause):
        return True
    word, at = folded[begin : trigger.end], trigger.start - begin
    return _campaign_noun(cues().campaign_nouns, word, at) or (
        not counted and _campaign_noun(cues().untolled_campaign_nouns, word, at))


def _before_the_launch(words: list[str]) -> list[str]:
    """The `words` before a trigger without a launching verbal noun right before it and a word of `begun_leads` before
    that (بدأت قوات الحكومة أيضا في شن غارات): the noun is the object of a verb told before its subject, whose
    campaign words the four words before the noun hold; not a campaign word itself (بدأ)."""
    if len(words) < 2 or not one_of(words[-1], cues().launch_verbs) or one_of(words[-1], cues().campaign):
        return words  # بدأ إطلاق النار: the verb of beginning itself
    return words[:-2] if words[-2] in cues().begun_leads else words[:-1]


def _describing_an_accord(words: list[str], i: int) -> bool:
    """The word at `i` of `words` stands at most two words after a relative pronoun that describes an accord
    (`accords`, at most `ACCORD_WORDS` words before the pronoun: ورغم الهدنة التي بدأت الخميس، قصفت القوات): the
    accord began, not a campaign of the attack told after it."""
    return accord_described(words, i, 2) is not None


def _ended_with_an_outcome(folded: str, clause: Clause) -> bool:
    """The clause tells what a fight ended with: an end word followed by an outcome, at most `OUTCOME_WORDS` words
    between (معركة المدينة التي انتهت بإجلاء المقاتلين، وانتهى بخروج الآلاف ... بعد غارات مكثفة): a battle or a
    campaign told as a whole."""
    words = [w.strip(QUOTES + "".join(COMMAS)) for w in folded[clause.start : clause.end].split()]
    return any_of(words, cues().ended) and any(
        one_of(word, cues().ended) and any(w in cues().outcomes for w in words[i + 1 : i + 2 + OUTCOME_WORDS])
        for i, word in enumerate(words))


def _struck_over_places(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """A singular trigger noun with one of `over_places` among the three words after it (قصف المعارضة لأحياء
    سكنية، القصف الأميركي لمقراتهم): a side's bombardment of several places told as a whole; not a dual, a count of
    strikes (غارتين لمقرات التنظيم)."""
    return not trigger.verb and not trigger.plural and not trigger.dual and any(
        one_of(w, cues().campaign_over_places) for w in _words_after(folded, clause, trigger, 3))


def _fled(words: list[str], trigger: Trigger) -> bool:
    """A trigger noun right after one of `fled_from`, a word of fleeing among the `FLED_WORDS` last `words` before it
    (فروا من القصف، هرب معظم السكان من جراء الهجوم التركي): the attacks people flee, a campaign."""
    return not trigger.verb and bool(words) and one_of(words[-1], cues().fled_from) and any(
        one_of(w, cues().fled) for w in words[-FLED_WORDS:])


def _put_to_flight(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """A trigger noun with a flight it caused among the `FLIGHT_WORDS` words after it in its clause (هجوم للتنظيم على
    أحياء المدينة تسبب في إجبار 40 ألفا على الفرار، ما دفع الآلاف إلى النزوح): an offensive told by the people it
    drove out, a campaign."""
    return not trigger.verb and any(
        one_of(w, cues().flight_caused) for w in _words_after(folded, clause, trigger, FLIGHT_WORDS))


def _waged(words: list[str]) -> bool:
    """A present wage or a resumption among the last four `words` (تشن أنقرة عملية، تستأنف غاراتها), not after one
    of `untolled_not_after` among the three words before it (كانت المعارضة تشن هجوما) nor right after a particle
    (قبل أن تشن هجوما)."""
    return any(one_of(words[i], cues().untolled_campaign) and _waged_at(words, i)
               for i in range(max(0, len(words) - 4), len(words)))


def _waged_at(words: list[str], i: int) -> bool:
    """The wage at `i` is not told of a past time: no `untolled_not_after` among the three words before it (كانت
    المعارضة تشن هجوما) nor a particle right before it (قبل أن تشن هجوما)."""
    return not any(one_of(w, cues().untolled_campaign_not_after) for w in words[max(0, i - 3) : i]) and not (
        i and words[i - 1] in cues().untolled_campaign_particles)


def waged_now_at(folded: str, clause: Clause, trigger: Trigger) -> int | None:
    """Where a present wage of `_waged` stands among the four words before the trigger (حيث تشن تركيا عملية
    عسكرية، يشن الطيران غارات), or None: what the side does at the time of writing."""
    begin = actors.word_start(folded, trigger.start, clause.start)
    start = max(clause.start, begin - 80)
    spans = list(re.finditer(r"\S+", folded[start:begin]))
    words = [m.group().strip(QUOTES) for m in spans]
    return next((start + spans[i].start() for i in range(len(words) - 1, max(-1, len(words) - 5), -1)
                 if one_of(words[i], cues().waged_now) and _waged_at(words, i)), None)


def a_series_followed(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """The trigger names a series (a series word of `occurrence_days` among the two words before it) right after a
    cause word (بعد سلسلة من الغارات، عقب سلسلة هجمات، ردا على سلسلة هجمات): the attacks what the clause tells
    came after, named in passing as a whole, not one attack."""
    begin = actors.word_start(folded, trigger.start, clause.start)
    start = max(clause.start, begin - 40)
    for w in list(re.finditer(r"\S+", folded[start:begin]))[-2:]:
        if CLITICS.strip_conjunction(w.group().strip(QUOTES)) in cues().series_words:
            at = start + w.start()
            return any(not folded[m.end() : at].strip()
                       for m in cues().causes.finditer(folded, max(clause.start, at - 20), at))
    return False


def a_series(folded: str, clause: Clause, trigger: Trigger, event_type: str, told: bool) -> bool:
    """A trigger whose event is no air strike told as a series: a series word among the three words before it in a
    clause that tells no toll (سلسلة هجمات، موجة التفجيرات، سلسلة من عمليات إطلاق النار), or one of `series_after`
    right after it (هجمات متتالية, even with a toll: their sum). Several attacks, not one; a wave of air strikes
    on one day stays (شن الطيران سلسلة من الغارات أمس، شنت إسرائيل سلسلة من الهجمات على مواقع)."""
    if event_type == "airstrike":
        return False
    after = _words_after(folded, clause, trigger, 1)
    if after and one_of(after[0], cues().series_after):
        return True
    begin = actors.word_start(folded, trigger.start, clause.start)
    before = folded[max(clause.start, begin - 40) : begin].split()[-3:]
    return not told and any(CLITICS.strip_conjunction(w.strip(QUOTES)) in cues().series_words for w in before)


def _words_after(folded: str, clause: Clause, trigger: Trigger, n: int) -> list[str]:
    """The first `n` words after the trigger's word in its clause, quotes and punctuation standing alone skipped
    (القصف، الذي بدأ: الذي، بدأ), a pronoun glued to the trigger not counted (هجومها الأخير لاستعادة: الأخير،
    لاستعادة)."""
    rest = _WORD_REST.match(folded, trigger.end, clause.end)  # None for a trigger running past its clause's end
    end = rest.end() if rest else trigger.end
    words = (bare(w) for w in first_words(folded, end, clause.end, n + 2))
    return [w for w in words if w][:n]


def a_later_day(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """The trigger is told on a later day of its own, the day's phrase right before it (في اليوم الثالث للعملية
    العسكرية، في يومها الثالث هجمات), or as under way, a word of its course right before it (سير العمليات
    العسكرية، مدى تقدم العمليات): the day of its clause is not the day the campaign began."""
    begin = actors.word_start(folded, trigger.start, clause.start)
    before = actors.bare_words(folded[max(clause.start, begin - 40) : begin])
    text = f" {' '.join(before[-3:])} "
    return any(text.endswith(day) for day in cues().nth_days) or (bool(before) and before[-1] in cues().under_way)


def lasting(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """One of the two words after the trigger tells it lasted or began (القصف، الذي بدأ في 18 شباط), not for
    hours (`_lasted_hours`)."""
    after = _words_after(folded, clause, trigger, 2 + HOURS_WORDS)
    return any(one_of(w, cues().lasting) and not _lasted_hours(after, i) for i, w in enumerate(after[:2]))


def _lasted_hours(words: list[str], at: int) -> bool:
    """`words[at]` is a lasting word with a word of hours or of a night among the `HOURS_WORDS` after it
    (استمرت لساعات، استمرت نحو تسع ساعات، استمرت طوال الليل): one fight, not a campaign."""
    return one_of(words[at], cues().lasting) and _within_a_day(words, at + 1)


def _within_a_day(words: list[str], start: int) -> bool:
    """One of `within_a_day` among the `HOURS_WORDS` words from `words[start]`."""
    return any(w in cues().within_a_day for w in words[start : start + HOURS_WORDS])


def _share_captured(folded: str, clause: Clause, trigger: Trigger, begin: int) -> bool:
    """The trigger captures a share of an area (سيطرت على معظم ريف حلب، استعاد السيطرة على أكثر من 80 في
    المئة من مساحتها): a share word among the `SHARE_WORDS` words after the على that follows it, or, with no
    على, among the `CAPTURE_OBJECT_WORDS` after the trigger (استعاد الجيش نحو 95 في المئة من أراضيها)."""
    captured = _captured(folded, clause, trigger, begin)
    if captured is None:
        return False
    words = captured.words if captured.direct else captured.words[:SHARE_WORDS]
    return any(w in cues().shares or w.endswith("%") for w in words)


def captures_no_place(folded: str, clause: Clause, trigger: Trigger, begin: int) -> bool:
    """The trigger's على is followed by what is no place to take (سيطرت فرق الدفاع المدني على حريق، سيطر
    الفريق على مجريات المباراة): a fire put out, a game dominated; or, without على, what it takes among its
    first `REGAINED_WORDS` words, before any على, is no place (استعادت اللاعبة صدارة التصنيف، استعاد الفريق نغمة
    الانتصار بفوزه على ضيفه): a rank or a form regained; or control imposed with no على after it (فرض الفريق
    سيطرته: `controls`)."""
    captured = _captured(folded, clause, trigger, begin)
    if captured is None:
        return False
    taken = takewhile(lambda w: w not in cues().capture_objects, first_words(folded, trigger.end, clause.end,
                                                                              REGAINED_WORDS))
    if any(one_of(bare(w), cues().not_regained) for w in taken):
        return True
    if captured.direct and _imposes_control(folded[begin : trigger.end].split()[-1], captured.words):
        return True  # وفرض الفريق سيطرته ونجح مهاجمه: control imposed on nothing named
    return not captured.direct and bool(captured.words) and one_of(captured.words[0], cues().not_captured)


def _imposes_control(last: str, after: list[str]) -> bool:
    """The capture trigger is control imposed (فرض سيطرته): a control noun is its last word, or one of the
    `CONTROL_WORDS` words after it (its subject between: فرض الفريق سيطرته) with no على word before it (not سيطر
    عليها في 21 مايو بمناطق سيطرته: the pronoun of على is what was taken)."""
    c = cues()
    if last in c.capture_controls:
        return True
    for word in after[:CONTROL_WORDS]:
        if word in c.capture_controls:
            return True
        if word.startswith(tuple(c.capture_objects)):
            return False
    return False


class _Captured(NamedTuple):
    """What a capture trigger takes: the words after it, and whether they are its direct object (no على)."""

    words: list[str]
    direct: bool


def _captured(folded: str, clause: Clause, trigger: Trigger, begin: int) -> _Captured | None:
    """What a capture trigger (سيطرت، استعاد) takes: the words after the على that follows it, or, with no
    على, the `CAPTURE_OBJECT_WORDS` words after the trigger, its direct object; None for another trigger."""
    c = cues()
    words = folded[begin : trigger.end].split()
    if not words or CLITICS.strip_conjunction(words[0]) not in c.captures:
        return None
    after = [bare(w) for w in first_words(folded, trigger.end, clause.end, CAPTURE_OBJECT_WORDS)]
    if words[-1] in c.capture_objects:
        return _Captured(after, direct=False)
    at = next((n for n, w in enumerate(after) if w in c.capture_objects), None)
    return _Captured(after, direct=True) if at is None else _Captured(after[at + 1 :], direct=False)


@lru_cache(maxsize=4096)
def _campaign_noun(nouns: PhraseMatcher, word: str, at: int) -> bool:
    """The trigger's words (from `at` in `word`, after its clitics: بالعمليات العسكرية) are one of `nouns`
    (remembered: trigger words repeat)."""
    return any(h.start == at and h.end == len(word) for h in nouns.find(word))
