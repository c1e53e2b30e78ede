"""The day an attack is told to occur by the words around it, and the days that are not one attack's.

A report's day told again (`told_again`), what had happened a week before (`had_happened`), a counted series
and its day (`series`, `series_day`), a day of occurrence (ووقع الهجوم مساء السبت: `occurred_day`), the day an
announcing verb is dated to (`announced_day`), a date trailing the clause (`trailing_date`), an attack at night
dated to the night's day (`overnight`), a clause's own day (`own_day`) and what goes on since a day
(`ongoing_since`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from timeline.extract.actors import rules as actor_rules
from timeline.extract.clause_dating import (
    baseline,
    compares,
    hours_of_late,
    nearest,
    place_relative_verb,
    vaguely_past,
)
from timeline.extract.clauses import COMMAS, Clause
from timeline.extract.cues import (
    a_weekday_alone,
    cues,
    one_of,
    with_conjunction,
    without_articles,
)
from timeline.extract.date_mentions import days_of_a_list
from timeline.extract.event_when import When, when_of
from timeline.extract.saying import Dated, of_report, report_dates, said_dates, saying_opens
from timeline.extract.segment import definite
from timeline.extract.toll import count_before, find_toll
from timeline.extract.triggers import AMBIGUOUS, Trigger
from timeline.models import DateMention
from timeline.vocabulary import VIOLENT_TYPES

#: Punctuation that may close a clause after its last word.
_CLOSING = frozenset(".\u060c,\u061b;:")

#: How many attacks a series told without a count (سلسلة تفجيرات) may date at most.
UNCOUNTED_SERIES = 4

#: A day at most this many words after an occurrence verb (الحادثة وقعت في وقت مبكر السبت) is the one it tells.
OCCURRED_WORDS = 4

#: An attack at most this many words after the day of an announcing verb is what was announced that day (أعلن
#: الجيش، الجمعة، أن قواته شنت غارات).
ANNOUNCED_WORDS = 6

#: An attack at most this many words after that day when a death noun stands between is where the deaths announced
#: that day came from (أعلن الجيش، الثلاثاء، عن مقتل 23 عنصرا من الحزب في هجوم على مواقعهم).
ANNOUNCED_DEATHS_WORDS = 12

#: A weapon at most this many words after a strike verb in the past is what it struck with (استهدف بعدة صواريخ).
MEANS_WORDS = 1

#: Days in a week: a weekday had happened in the week before the day told before it (`had_happened`).
WEEK = 7


def told_again(draft, drafts: list) -> bool:
    """`draft` is a definite trigger (التفجير) dated only by the day of the report that tells it (أفادت الوزارة
    في بيان أمس أن التفجير ...) without a toll of its own, after an attack of its type told with a date of its own
    (`drafts`): that attack told again, whose day the report's is not."""
    return draft.when.reported and draft.definite and not draft.toll.told and any(
        d.event_type == draft.event_type and d.when.value is not None and not d.when.reported for d in drafts)


def had_happened(folded: str, start: int, when: When, told: list[Dated], previous: When | None) -> When:
    """`when`, read from a bare weekday (مساء الأربعاء) in the sentence at folded offset `start` opening with a
    past form of كان (وكانت الجبهة خطفت ... مساء الأربعاء), a week earlier when it falls less than a week after
    the day told before it (the last day of the sentence before, `told`, else the `previous` draft's:
    أعلنت الجبهة يوم الاثنين ...): what had happened came before."""
    words = folded[start : start + 40].split()
    if not words or CLITICS.strip_conjunction(words[0]) not in cues().past_progressive or not _bare_weekday(when):
        return when
    days = [m.value for _, m in told if m.precision == "day" and m.value is not None and m.kind != "event_relative"]
    day = days[-1] if days else previous.value if previous is not None and previous.precision == "day" else None
    if day is None or not 0 < (when.value - day).days < WEEK:
        return when
    value = when.value - dt.timedelta(days=WEEK)
    return dataclasses.replace(when, date=value.isoformat(), end=value.isoformat(), value=value)


def _bare_weekday(when: When) -> bool:
    """`when` is a day read from the reference by a weekday alone (الأربعاء، مساء الخميس), not by a date, nor
    by a day named from the reference (أمس الأربعاء)."""
    if when.value is None or when.precision != "day" or when.basis not in ("publication", "inferred"):
        return False
    return a_weekday_alone(when.text or "")


def series(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The counted series of attacks or incidents between folded offsets `start` and `end` (ثلاثة حوادث
    أمنية، هجومين انتحاريين، سلسلة تفجيرات): the folded offset of each series noun and how many attacks it
    counts (`UNCOUNTED_SERIES` after a series word)."""
    found = []
    for hit in cues().series_nouns.find_in(folded, start, end):
        at = start + hit.start
        before = folded[max(0, at - 20) : at].split()[-1:]
        count = 2 if hit.value else count_before(folded, at)
        if before and CLITICS.strip_conjunction(before[0]) in cues().series_words:
            count = count or UNCOUNTED_SERIES
        if count is not None and count >= 2:
            found.append((at, count))
    return found


def series_day(folded: str, sentence: Clause, c_dates: list[Dated], at: int, reports: list[int],
               ref_basis: str | None) -> When | None:
    """The day of the series at folded offset `at` (`series`): the date of its sentence nearest it, of one
    day, neither a baseline (منذ), nor counted from an event, nor a report's (وأعلنت الجبهة الاثنين
    مسؤوليتها ... فيما نسب إلى المتمردين هجومان آخران)."""
    says = [r for r in reports if sentence.start <= r < sentence.end]
    own = [(p, m) for p, m in c_dates if m.kind != "event_relative" and not baseline(folded, sentence, p, m, True)
           and not of_report(folded, says, p, at)]
    mention = nearest(own, at)
    if mention is None or mention.precision != "day":
        return None
    when = when_of(mention, ref_basis)
    return when if when.value is not None else None


def occurred_day(folded: str, sentence: Clause, c_dates: list[Dated], ref_basis: str | None) -> When | None:
    """The day a sentence says an attack told before it happened on (والمواجهات التي وقعت أمس أسفرت عن ...،
    ووقع الهجوم مساء السبت، وكان ذلك يوم الأحد): the first day-precise date at most `OCCURRED_WORDS` words
    after an occurrence (`_occurrence_verb`), or None."""
    found = list(re.finditer(r"\S+", folded[sentence.start : sentence.end]))
    words = [m.group() for m in found]
    opening = with_conjunction(cues().occurred_copulas | cues().occurred_verbs)  # what `_occurrence_verb` starts with
    for n, word in enumerate(found):
        if words[n] not in opening or not _occurrence_verb(words, n):
            continue
        end, limit = word.end(), found[min(n + OCCURRED_WORDS + 1, len(found) - 1)].end()
        after = [(p, m) for p, m in c_dates if sentence.start + end <= p <= sentence.start + limit
                 and m.kind != "event_relative" and m.precision == "day"]
        if after:
            when = when_of(min(after, key=lambda pm: pm[0])[1], ref_basis)
            return when if when.value is not None else None
    return None


def _occurrence_verb(words: list[str], n: int) -> bool:
    """Word `n` is an occurrence verb that follows an attack noun (with or without a relative pronoun
    between: الحادثة وقعت، المواجهات التي جرت), or one followed by an attack noun or a pointer (ووقع الهجوم،
    وحدث ذلك), or a copula followed by a pointer (وكان ذلك) (`triggers.toml`: occurred_*)."""
    c = cues()
    following = words[n + 1] if n + 1 < len(words) else ""
    if one_of(words[n], c.occurred_copulas):
        return following in c.occurred_pointers
    if not one_of(words[n], c.occurred_verbs):
        return False
    if following in c.occurred_nouns or following in c.occurred_pointers:
        return True
    if n == 0:
        return False
    before = words[n - 1] if words[n - 1] not in c.relative_pronouns or n < 2 else words[n - 2]
    return one_of(before, c.occurred_nouns)


def announced_day(folded: str, clause: Clause, c_dates: list[Dated], inside: list[Trigger], trigger: Trigger,
                  ref_basis: str | None, tolled: bool = False) -> When | None:
    """The day an announcing or accusing statement verb (`_announcing`) before an indefinite violent trigger, or an
    execution or kidnapping (أعلن مصدر أمني أمس أن التنظيم أعدم أربعة), is dated to (أعلن الجيش، الجمعة،
    قصف موقع؛ قال الجيش الأحد إن غارة قتلت): the day the attack was told, no date of the attack's own; none for a
    weak trigger or an aircraft without a strike verb in the past after it (مقاتلات ستصل: the aircraft, not a
    strike; not طائرات روسية قصفت), a definite one (القصف: told before),
    one more than `ANNOUNCED_WORDS` words after that day (أعلن مسؤول أمس أن تركيا سمحت ... في شن غارات: what was
    announced is another thing), or a clause telling its attack vaguely before (قبل أيام). A weak trigger
    whose clause tells the deaths it caused (`tolled`: قالت الوزارة الاثنين إن انفجارا في البلدة أسفر عن مقتل 27)
    is an attack told that day. Its basis is ``report`` (``inferred`` when the publication date it was counted
    from is)."""
    if not announceable(folded, clause, inside, trigger, tolled):
        return None
    verbs = [tr.start for tr in inside if tr.event_type == "statement"
             and (tr.start < trigger.start or _attributed(folded, trigger, tr))
             and _announcing(CLITICS.strip_conjunction(folded[tr.start : tr.end]))]
    days = [(p, m) for p, m in c_dates if m.precision == "day" and m.kind != "event_relative"
            and of_report(folded, verbs, p, trigger.start)
            and _announced_within(folded[p + len(normalize(m.text)) : trigger.start].split())]
    mention = nearest(days, trigger.start)
    if mention is None:
        return None
    when = when_of(mention, ref_basis)
    return dataclasses.replace(when, basis="inferred" if when.basis == "inferred" else "report")


def _attributed(folded: str, trigger: Trigger, verb: Trigger) -> bool:
    """`verb` stands after the trigger right after a phrase of `attributed` (قتل 28 مدنيا في غارة، بحسب ما أعلن
    المرصد الجمعة): it tells who announced the attack, as a verb before the trigger does."""
    if verb.start < trigger.end:
        return False
    words = folded[trigger.end : verb.start].split()
    phrases = [words[-n:] for n in (1, 2) if len(words) >= n]
    return any(" ".join(phrase) in cues().attributed or " ".join(
        [CLITICS.strip_conjunction(phrase[0]), *phrase[1:]]) in cues().attributed for phrase in phrases)


def _announced_within(between: list[str]) -> bool:
    """The words between an announcement's day and the trigger are few enough for the attack to be what was
    announced: at most `ANNOUNCED_WORDS`, or `ANNOUNCED_DEATHS_WORDS` when a death noun stands among them (أعلن
    الجيش، الثلاثاء، عن مقتل 23 عنصرا ... في هجوم: the deaths announced, and the attack they died in). Counted
    from where the announcement goes on saying (`_said_again`), when it does."""
    between = between[_said_again(between):]
    if len(between) <= ANNOUNCED_WORDS:
        return True
    return len(between) <= ANNOUNCED_DEATHS_WORDS and any(one_of(w, cues().deaths) for w in between)


def _said_again(words: list[str]) -> int:
    """Where the words after an announcement's day go on with a second thing said after a comma and a conjoined
    complementizer (قال التلفزيون الاثنين إن انفجارات سمعت قرب المطار، وإن المطار استهدف بصواريخ): the index right
    after that complementizer, the last such; 0 when they do not."""
    said = [i + 1 for i in range(1, len(words)) if words[i - 1][-1] in COMMAS and words[i].startswith(
        CLITICS.list_conjunction) and CLITICS.strip_conjunction(words[i]) in cues().complementizers]
    return said[-1] if said else 0


def announceable(folded: str, clause: Clause, inside: list[Trigger], trigger: Trigger, tolled: bool) -> bool:
    """`trigger` may take the day its announcement is dated to (`announced_day`): an indefinite violent trigger, an
    execution or a kidnapping, not told vaguely before (قبل أيام), nor aircraft or a weak trigger without its dead
    (`tolled`) and without a strike verb in the past after it (مقاتلات ستصل، مروحيات تنقل القتلى)."""
    if trigger.event_type not in (*VIOLENT_TYPES, AMBIGUOUS, "other") or definite(folded, trigger) or vaguely_past(
            folded, clause, trigger.start):
        return False
    aircraft = without_articles(folded[trigger.start : trigger.end]) in cues().aircraft
    vehicle = aircraft or (trigger.weak and not tolled)
    return not vehicle or any(_a_past_strike_verb(tr) and (tr.start > trigger.start or _struck_with(
        folded, tr, trigger)) for tr in inside)


def _a_past_strike_verb(tr: Trigger) -> bool:
    """`tr` is a verb of striking whose kind is not told, in the past (استهدف، قصفت)."""
    return tr.verb and tr.event_type == AMBIGUOUS and not tr.present


def _struck_with(folded: str, verb: Trigger, trigger: Trigger) -> bool:
    """`trigger` is written at most `MEANS_WORDS` words after `verb` (إن المطار استهدف بعدة صواريخ): what it
    struck with, an attack done, not a vehicle told."""
    return verb.end <= trigger.start and len(folded[verb.end : trigger.start].split()) <= MEANS_WORDS


def _announcing(verb: str) -> bool:
    """`verb` is a statement verb whose day dates the indefinite attack it tells: an announcing one (أعلن، قال) or
    one of accusing (actors.toml's accusers: اتهمت دمشق إسرائيل الاثنين بشن غارة, the guide's accusation day)."""
    return verb in cues().announcing or verb in actor_rules().accusers


def trailing_date(folded: str, clause: Clause, c_dates: list[Dated], trigger: int, reports: list[int],
                  ref_basis: str | None, anywhere: bool = False) -> When | None:
    """The date a clause without trigger adds to the undated event told before it in its sentence
    (trigger at folded offset `trigger`; قصفت المدفعية مواقع قرب البلدة، الشهر الماضي): a date standing
    apart (`_bare_date`; `anywhere` in the clause for an event dated only by its report's day), not a
    report's (وقال المرصد الأحد), a baseline, nor one counted from another event."""
    says = [r for r in reports if clause.start <= r < clause.end]
    own = [(p, m) for p, m in c_dates
           if m.kind != "event_relative" and (anywhere or _bare_date(folded, clause, p, m))
           and not baseline(folded, clause, p, m, True) and not of_report(folded, says, p, trigger)]
    mention = nearest(own, clause.start)
    return when_of(mention, ref_basis) if mention is not None else None


def _bare_date(folded: str, clause: Clause, p: int, m: DateMention) -> bool:
    """The date at `p` stands apart in its clause: set off by a comma at the clause's end (جنوب البلدة،
    الشهر الماضي.), or opening a clause of at most one word before it and two after it (، مساء
    الأحد، قرب البلدة): it says when what was told before happened, not what else did."""
    before = folded[clause.start : p].split()
    after = folded[p : clause.end].split()[len(m.text.split()) :]
    if len(before) <= 1 and len(after) <= 2:
        return True
    return bool(before) and all(w in _CLOSING for w in after) and before[-1].endswith(COMMAS)


def own_day(folded: str, clause: Clause, c_dates: list[Dated], trigger: Trigger, tolled: bool = False) -> bool:
    """A day-precise date of the clause (or a list of days: 3 و5 أيار) is the trigger's own: not written before a
    complementizer that opens what is said of the trigger (أعلن رئيس الوزراء اليوم أن العمليات العسكرية ...: the day of
    the saying), nor after since (تشن منذ 20 كانون الثاني هجوما واسعا: the day it began), nor, in a clause
    that tells no toll (`tolled`: the day is the dead's), before a relative clause holding the trigger."""
    opens = saying_opens(folded, clause, trigger, clause.start - 1)
    opens = clause.start if opens is None else opens
    return any((m.precision == "day" or days_of_a_list(folded, p, m)) and p >= opens
               and not after_since(folded, clause, p, m)
               and not (not tolled and _before_a_relative(folded, p, m, trigger)) for p, m in c_dates)


def _before_a_relative(folded: str, p: int, m: DateMention, trigger: Trigger) -> bool:
    """The date at `p` stands before a relative pronoun that opens the trigger's relative clause, a word or more
    after the date (وصل الوزير الخميس إلى بغداد لبحث المواجهة ضد التنظيم الذي كثف مؤخرا تفجيراته): the day of
    what the clause first tells, not of what the relative clause says of a side; not a day the pronoun describes
    (يوم الأحد الذي شهد قصفا)."""
    if p >= trigger.start:
        return False
    words = folded[p : trigger.start].split()[len(normalize(m.text).split()) + 1 :]
    return any(w in cues().relative_pronouns for w in words)


def after_since(folded: str, clause: Clause, p: int, m: DateMention) -> bool:
    """The date at `p` is written after since (منذ 20 كانون الثاني): where what goes on began."""
    before = folded[max(clause.start, p - 20) : p].split()[-1:]
    return one_of(normalize(m.text).split()[0], cues().since) or bool(before and one_of(before[0], cues().since))


def since_of_a_place(folded: str, clause: Clause, trigger: Trigger, date: Dated, named: list,
                     inside: list[Trigger]) -> bool:
    """The date after since stands in the relative clause of a place named after the trigger (قصف على حي في مدينة
    الحسكة التي تشهد منذ 25 حزيران اشتباكات, `place_relative_verb`), whatever its verb: since when the place is so,
    neither the attack's day nor a sign that it goes on; so is a year after since with a place named between the
    trigger and it (قصف مدينة الزبداني المحاصرة منذ 2013: since when the place is besieged)."""
    p, m = date
    return after_since(folded, clause, p, m) and (
        place_relative_verb(folded, trigger, p, named, inside) is not None
        or (m.precision == "year" and any(trigger.end <= q < p for q, _ in named)))


def ongoing_since(folded: str, clause: Clause, since: list[Dated], trigger: Trigger, tolled: bool,
                  ref: dt.date | None = None, inside: tuple[Trigger, ...] = ()) -> bool:
    """What the trigger tells goes on from a time after since (منذ; `since`, read by `since_dates`), a campaign
    rather than one attack:
    the date stands before an untolled trigger in its clause (ومنذ 18 فبراير تشن القوات هجمات على
    الغوطة), a day follows the trigger in a clause without a superlative (غارات على البلدة منذ يوم
    الخميس; not أعنف قصف منذ الاثنين, a comparison, nor since a part of the report's day or the day before:
    عشر ضربات منذ صباح أمس, `hours_of_late`) or a calendar year before the report's (`_a_year_before`: قذائف
    الفصائل منذ عام 2012، منذ 2012), or a toll is counted since a day before the report's (`ref`) before any attack
    of the clause (`inside`), a total over days (وقتل منذ الجمعة عشرات المدنيين في غارات; not منذ صباح اليوم, one
    day's, nor a since told of a place after its attack: مقتل ستة جراء القصف على بلدة تتعرض لغارات منذ أمس)."""
    for p, m in since:
        if p == trigger.start:
            continue
        if p < trigger.start and (not tolled or (_a_toll_since_days_before(folded, clause, m, ref)
                                                 and all(tr.start > p for tr in inside))):
            return True
        if p > trigger.start and (_one_day(m) or _a_year_before(m, ref)) and not compares(
                folded, clause) and not hours_of_late(m):
            return True
    return False


def _a_year_before(m: DateMention, ref: dt.date | None) -> bool:
    """The mention names a calendar year, written by its number, before the report's (`ref`): what goes on since
    it has lasted years (قتل المئات جراء قذائف الفصائل منذ عام 2012; not a span counted back, هدنة سارية منذ عامين, a
    state's)."""
    return m.precision == "year" and m.value is not None and ref is not None and m.value.year < ref.year and any(
        c.isdecimal() for c in m.text)


def total_since(folded: str, clause: Clause, c_dates: list[Dated], inside: list[Trigger], places: list[int],
                ref: dt.date | None) -> int | None:
    """Where what the clause tells resumes after a toll counted since a date before the report's day `ref` (لقي
    أكثر من 2500 صحفي مصرعهم منذ عام 1990، ومع ... تحذر منظمات; وقتل 246 شخصا منذ 2015 في اعتداءات): the date
    after since stands before every attack and place of the clause (not a state a place is in since: في البلدة
    المحاصرة منذ 2013), and a toll is counted before the first comma joining a clause by و after it, in a part
    without a superlative (not أعنف غارات منذ 2015: a comparison); that part sums up the time since, so the
    clause resumes at the comma, or tells nothing when there is none. None when it opens with no such total."""
    first = min((tr.start for tr in inside), default=clause.end)
    for p, m in since_dates(folded, clause, c_dates):
        if p >= min(first, *places, clause.end) or ref is None or m.value is None or m.value >= ref:
            continue
        joined = _JOINED_BY_AND.search(folded, p + len(normalize(m.text)), clause.end)
        resumed = joined.start() if joined else clause.end
        if find_toll(folded[clause.start : resumed]).told and not compares(folded, Clause(
                clause.start, resumed, clause.continues)):
            return resumed
    return None


def since_dates(folded: str, clause: Clause, c_dates: list[Dated]) -> list[Dated]:
    """The times written after since in the clause, in order: its date mentions (منذ عام 1990، منذ آذار) and each
    bare year, which the date reader leaves unread (منذ 2015), read here as a year mention (`_bare_year`) whose
    offsets are folded ones: the one reader of what a total or what goes on is counted since."""
    found = [(p, m) for p, m in c_dates if clause.start <= p < clause.end and after_since(folded, clause, p, m)]
    years = _BARE_YEAR.finditer(folded, clause.start, clause.end) if _FOUR_DIGITS.search(
        folded, clause.start, clause.end) else ()  # the bare-year pattern tries every word: only where a year may be
    found += [(m.start(2), _bare_year(m)) for m in years
              if one_of(m.group(1), cues().since) and YEARS[0] <= int(m.group(2)) <= YEARS[1]]
    return sorted(found, key=lambda pm: pm[0])


def _bare_year(found: re.Match) -> DateMention:
    """The year mention of a bare year after since (منذ 2015), at its folded offsets."""
    year = int(found.group(2))
    return DateMention(found.start(2), found.end(2), found.group(2), dt.date(year, 1, 1), dt.date(year, 12, 31),
                       "year", "absolute")


#: A word and a bare year of four digits after it (منذ 2015), and the years such a number may be.
_BARE_YEAR = re.compile(r"(\S+)\s+(\d{4})(?!\d)")
YEARS = (1900, 2100)
#: Four digits, which every bare year holds: a clause without them is not scanned for one.
_FOUR_DIGITS = re.compile(r"\d{4}")
#: A comma joining a clause by the conjunction و (، ومع الاحتفال، ويستعد البلد).
_JOINED_BY_AND = re.compile("[" + "".join(COMMAS) + r"]\s*" + re.escape(CLITICS.list_conjunction))


def _a_toll_since_days_before(folded: str, clause: Clause, m: DateMention, ref: dt.date | None) -> bool:
    """The mention after since names a day (or a night) before the report's day `ref`, in a clause
    without a superlative: the toll counted from it sums up the days since."""
    return (ref is not None and m.value is not None and _one_day(m) and m.value < ref
            and not compares(folded, clause))


def _one_day(m: DateMention) -> bool:
    """The mention names a day or a night of two days (منذ ليل أمس)."""
    if m.precision == "day":
        return True
    return m.precision == "range" and None not in (m.value, m.end_value) and (m.end_value - m.value).days <= 1


def overnight(folded: str, clause: Clause, c_dates: list[Dated], trigger: Trigger, when: When,
              reports: list[int], ref_basis: str | None) -> When | None:
    """The night ending on the day of the report that tells the attack (قال المرصد اليوم الأحد إن التنظيم قتل 37
    في هجوم شنه ليلا، أعلن الجيش الخميس أنه ضرب ليلا أهدافا): an attack told with a night word in what is
    told of it (`_at_night`) and without a date of its own (none written, or only the report's
    day) is dated from the day before that report's day to it, a night of two days (basis ``report``); None
    otherwise, or for a clause telling its attack vaguely before (قبل أيام)."""
    if trigger.event_type not in (*VIOLENT_TYPES, AMBIGUOUS) or not (when.unwritten or when.reported):
        return None
    if not _at_night(folded, clause, trigger) or vaguely_past(folded, clause, trigger.start):
        return None
    if when.reported:
        day = when if when.precision == "day" else None
    else:
        told = report_dates(folded, clause, c_dates, trigger, reports) + said_dates(
            folded, clause, c_dates, trigger, reports)
        days = [m for _, m in told if m.precision == "day" and m.kind != "event_relative"]
        day = when_of(days[0], ref_basis) if len({m.value for m in days}) == 1 else None
    if day is None or day.value is None:
        return None
    first = day.value - dt.timedelta(days=1)
    basis = "inferred" if day.basis == "inferred" else "report"
    return When(first.isoformat(), "range", day.text, basis, day.value.isoformat(), first)


def _at_night(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """A night word (ليلا، خلال الليل) stands in the clause, after the complementizer opening what a report says
    of the trigger when there is one (قال المرصد اليوم إن ... ليلا): in what is told of the attack."""
    opens = saying_opens(folded, clause, trigger, clause.start - 1)
    start = clause.start if opens is None else opens
    text = " " + " ".join(w.strip("،,.«»\"()") for w in folded[start : clause.end].split()) + " "
    return any(phrase in text for phrase in cues().overnight)
