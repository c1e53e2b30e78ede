"""Dating: which date mention of a clause is its event's, and what that date is.

The nearest date mention of the clause governs its trigger, except one written
right after a reporting verb on the same side of the trigger (أقرت ... مطلع العام
الجاري بمقتل ...: the date of the admission), one after a cause word followed by
another trigger (`replies.cause_at`), a baseline (منذ بدء الحرب), and a meeting's day (يجتمع مجلس
الأمن الأربعاء لبحث القصف: the attack it discusses stays undated). Else an
event-relative mention (في اليوم التالي) is counted from the previous dated event,
or from the event it is anchored to (غداة Y). Relative dates are resolved
against the publication date (basis ``publication``) or the inferred one
(``inferred``), never against a distrusted page stamp.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from timeline.extract import outlets, published
from timeline.extract.clauses import Clause
from timeline.extract.cues import (
    cues,
    day_list_words,
    day_names,
    month_names,
    one_of,
    weekday_names,
    with_conjunction,
    without_articles,
)
from timeline.extract.issue_days import of_an_issue
from timeline.extract.saying import Dated, of_report, report_dates, said_dates, saying_opens
from timeline.extract.segment import FoldedText, definite
from timeline.extract.spans import Cover, first_words
from timeline.extract.toll import count_before
from timeline.extract.triggers import AMBIGUOUS, Trigger
from timeline.models import DateFinder, DateMention
from timeline.vocabulary import VIOLENT_TYPES

#: Punctuation that may close a clause after its last word.
_CLOSING = frozenset(".\u060c,\u061b;:")
#: A Latin and an Arabic comma.
_COMMAS = (",", "\u060c")

#: How many attacks a series told without a count (سلسلة تفجيرات) may date at most.
UNCOUNTED_SERIES = 4

#: A day at most this many words after an occurrence verb (الحادثة وقعت في وقت مبكر السبت) is the one it tells.
OCCURRED_WORDS = 4

#: A relative pronoun at most this many words after a trigger noun describes it (الضربات الجوية التي).
DESCRIBING_WORDS = 1
#: A date at most this many words after that pronoun is the described attack's (التي شنتها ... فجر السبت).
RELATIVE_DATE_WORDS = 6
#: A date range longer than this many days (two years, a decade) is a period, not one attack's date.
PERIOD_DAYS = 366

#: A date at most this many words before a phrase of a purpose (للتحقيق في) is that purpose's day.
PURPOSE_WORDS = 2
#: How many words (the attack's noun before a trigger adjective: الهجوم الكيميائي) may stand between it and the trigger.
PURPOSE_NOUN_WORDS = 1
#: How many words (the attack's noun before its trigger: بعد أيام من قصف الحرس الثوري) may stand between a phrase of
#: what followed the attack (بعد أيام من) and the trigger.
TOLD_BEFORE_WORDS = 1
#: An attack at most this many words after the day of an announcing verb is what was announced that day (أعلن
#: الجيش، الجمعة، أن قواته شنت غارات).
ANNOUNCED_WORDS = 6

#: An anniversary word at most this many words before a trigger remembers its attack (الذكرى الثلاثين للهجوم).
REMEMBERED_WORDS = 3

#: Days in a week: a weekday had happened in the week before the day told before it (`had_happened`).
WEEK = 7

@dataclass(frozen=True)
class When:
    """The date of an event: ISO date cut to its precision, as written, on what basis, last day."""

    date: str | None = None
    precision: str | None = None
    text: str | None = None
    basis: str | None = None
    end: str | None = None
    value: dt.date | None = None
    #: a relative date that waits for the publication date (undated until then, not a period)
    pending: bool = False
    #: the day a report of the event was given, its only date in its clause (أفادت الوزارة أمس أن ...)
    reported: bool = False

    @property
    def unwritten(self) -> bool:
        """No date and no date expression: the clause says nothing of when."""
        return self.date is None and self.text is None


def reference(article) -> tuple[dt.date | None, str | None]:
    """The date relative expressions count from, and the basis it gives them."""
    if article.published is None:
        return None, None
    return article.published, ("inferred" if article.published_basis == "inferred" else "publication")


def after_publication(when: When, ref: dt.date | None, basis: str | None) -> bool:
    """Whether `when` begins later after the article's publication date (from its metadata or its page,
    not inferred) than a report's date may (`published.toml`: report_lead_days), or at all when it was
    counted from that date (غدا، الاثنين المقبل: written as to come), or is a span counted from it that begins
    on it and ends later (الشهرين المقبلين): what a clause so dated tells is still to come."""
    if when.value is None or ref is None or basis != "publication":
        return False
    slack = dt.timedelta(0) if when.basis == "publication" else published.rules().report_lead
    return when.value > ref + slack or _a_span_to_come(when, ref)


def _a_span_to_come(when: When, ref: dt.date) -> bool:
    """`when` is a range counted from the publication day that begins on it or later and ends after it
    (الشهرين المقبلين، الأيام القادمة): a time still to come, not one an attack was told in. Not a week, month or
    year the text names (هذا الأسبوع in a report of its first day), which holds days before the report."""
    if when.basis != "publication" or when.precision != "range" or when.end is None or len(when.end) != 10:
        return False
    return when.value is not None and when.value >= ref and dt.date.fromisoformat(when.end) > ref


def clipped_at_publication(when: When, ref: dt.date | None, basis: str | None) -> When:
    """`when`, a span that begins by the publication date (from its metadata or its page, not inferred) and ends
    after it (هذا الشهر، هذا العام، عام 2015 in a report of 2015), its last day cut to that date: an attack told as
    past cannot come after its report. Its date and precision stay as written (a month stays a month, never a
    day). Left whole where the cut would leave the publication day alone (هذا الأسبوع in a report of its first
    day holds days before it): no single day the text does not give."""
    if when.value is None or not when.end or ref is None or basis != "publication":
        return when
    if not when.value < ref < dt.date.fromisoformat(when.end):
        return when
    return dataclasses.replace(when, end=ref.isoformat())


def recalled(when: When, ref: dt.date | None) -> bool:
    """`when` ends more than `published.toml`'s recalled_days before the publication date: a past
    event the article recalls."""
    if when.value is None or ref is None:
        return False
    last = dt.date.fromisoformat(when.end) if when.end else when.value
    return last < ref - published.rules().recalled


def spans_years(when: When) -> bool:
    """`when` is a range longer than `PERIOD_DAYS` (عامي 2014 و2015، في التسعينات): the time of a period or of
    attacks told together, never the date of one attack."""
    if when.value is None or not when.end:
        return False
    return (dt.date.fromisoformat(when.end) - when.value).days > PERIOD_DAYS


def when_of(m: DateMention, basis: str | None) -> When:
    """The date of a mention; a range keeps its last day in ``end``. A relative day
    whose written weekday contradicts the reference (اليوم الاثنين on a Tuesday) has none."""
    if m.value is None or (m.weekday_conflict and m.needs_reference):
        return When(text=m.text, pending=m.value is None and basis is None and m.needs_reference)
    cut = {"day": 10, "month": 7, "year": 4}.get(m.precision or "", 10)
    return When(
        date=m.value.isoformat()[:cut],
        precision=m.precision,
        text=m.text,
        basis="explicit" if not m.needs_reference else basis,
        end=(m.end_value or m.value).isoformat(),
        value=m.value,
    )


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
    words = normalize(when.text or "").split()
    return any(w in weekday_names() for w in words) and not any(
        w in day_names() - weekday_names() or any(c.isdecimal() for c in w) for w in words)


def _shifted(previous: When, m: DateMention) -> When:
    """The day `m` counts from `previous` (في اليوم التالي)."""
    if previous.value is None or previous.precision != "day" or m.relative_days is None:
        return When(text=m.text)
    value = previous.value + dt.timedelta(days=m.relative_days)
    return When(value.isoformat(), "day", m.text, "event_relative", value.isoformat(), value)


def date_mentions(t: FoldedText, ref: dt.date | None, find_dates: DateFinder) -> list[Dated]:
    """Date mentions at folded offsets, without page stamps, agency names (روسيا اليوم) and
    a day described by a relative clause (في اليوم الذي يلقي فيه: not today). The article was written a day
    or a few before its publication date when all its weekdays fit that day (`_written_on`): each of its relative
    dates is then read against it (اليوم الجمعة in a paper dated Saturday: its bare اليوم and أمس too); else a
    weekday written the day before the edition's date is that day (`published.edition_day`)."""
    mentions = find_dates(t.text, reference=ref)
    if ref is not None and any(m.weekday_conflict and m.needs_reference for m in mentions):
        mentions = _written_on(t.text, ref, mentions, find_dates) or [
            published.edition_day(m, ref, find_dates) for m in mentions]
    stamps = Cover(published.stamp_lines(t.text, mentions))
    names = Cover(outlets.name_spans(t.folded))
    return [
        (t.fold(m.start), _first_of_a_list(t.folded, t.fold(m.start), m))
        for m in mentions
        if m.kind != "page_stamp"
        and m.start not in stamps
        and t.fold(m.start) not in names
        and not _described_day(t.folded, t.fold(m.end), m)
        and not of_an_issue(t.folded, t.fold(m.start))
    ]


def _first_of_a_list(folded: str, p: int, m: DateMention) -> DateMention:
    """Two days of a month more than a day apart joined by و and not after بين ("3 و5 أيار": those two days,
    not the days between; `cues.day_list_words`) date an event by the first; other mentions unchanged."""
    if m.precision != "range" or None in (m.value, m.end_value) or (m.end_value - m.value).days < 2 or (
            m.value.month != m.end_value.month):
        return m
    _, spans = day_list_words()
    before = folded[max(0, p - 24) : p].split()[-1:]
    if listed_days(m.text) is None or (before and CLITICS.strip_conjunction(before[0]) in spans):
        return m
    return dataclasses.replace(m, end_value=m.value, precision="day")


def listed_days(text: str) -> tuple[int, int] | None:
    """The two days `text` opens with, written in digits with a joining word between them (glued to the
    second or apart: "3 و5 أيار", "3 و 5 أيار"); None otherwise."""
    joins, _ = day_list_words()
    words = normalize(text).split()
    if len(words) > 2 and words[1] in joins:
        words = [words[0], words[1] + words[2]]
    if len(words) > 1 and words[0].isdecimal() and words[1][:1] in joins and words[1][1:].isdecimal():
        return int(words[0]), int(words[1][1:])
    return None


def _written_on(text: str, ref: dt.date, mentions: list[DateMention], find_dates: DateFinder) -> list[DateMention]:
    """The mentions of `text` read against the nearest day at most `published.toml`'s max_written_lag_days
    before `ref` that its relative dates fit (`_fits`), or none."""
    for days in range(1, published.rules().written_lag + 1):
        day = ref - dt.timedelta(days=days)
        before = find_dates(text, reference=day)
        if _fits(mentions, before, ref, day):
            return before
    return []


def _fits(mentions: list[DateMention], before: list[DateMention], ref: dt.date, day: dt.date) -> bool:
    """Read against `day` (`before`, `mentions` against `ref`), no weekday written beside a relative day
    contradicts it (أمس الخميس in a paper dated Friday), no date moves back more than to it (a bare الجمعة in a
    paper dated Friday is its own day, not the Friday before) and no day is still to come (خطبة غد الجمعة: read
    from that day, it would pass for a day gone by)."""
    then = {(m.start, m.end): m.value for m in before}
    return not any(m.needs_reference and m.value is not None and (
        m.weekday_conflict or (m.precision == "day" and m.value > day)) for m in before) and all(
        m.value is None or then.get((m.start, m.end)) is None or m.value - then[(m.start, m.end)] <= ref - day
        for m in mentions)


def _described_day(folded: str, end: int, m: DateMention) -> bool:
    """A bare اليوم/يوم followed by الذي/التي: the day something happened on, not a date."""
    c = cues()
    if normalize(m.text).strip() not in c.day_words:
        return False
    after = first_words(folded, end, len(folded), 1)
    return bool(after) and after[0] in c.relative_pronouns


def nearest(candidates: list[Dated], anchor: int) -> DateMention | None:
    """The mention nearest `anchor`, if any."""
    if not candidates:
        return None
    return min(candidates, key=lambda pm: abs(pm[0] - anchor))[1]


def anchored(t: FoldedText, m: DateMention) -> bool:
    """An event-relative mention followed by its anchor event (غداة Y، بعد يومين على Y)."""
    if m.kind != "event_relative":
        return False
    c = cues()
    after = first_words(t.folded, t.fold(m.end), len(t.folded), 1)
    return normalize(m.text).split()[0] in c.anchor_words or bool(after and after[0] in c.anchor_prepositions)


def clause_date(
    t: FoldedText, clause: Clause, c_dates: list[Dated], inside: list[Trigger], trigger: Trigger,
    ref_basis: str | None, previous: When | None, reports: list[int],
) -> When:
    """The date governing the trigger: the nearest of its side of an anchored event-relative
    mention (X غداة Y), not a baseline (منذ بدء الحرب) nor a statement verb's own date (`_of_report`);
    a reporting verb's (أفاد) own date only when there is no other.
    Else X is dated from Y's date, and an unanchored mention (في اليوم التالي) from the
    `previous` dated event; Y itself, without its own date, gets none. A meeting's day (`_meeting_words`)
    is no date of the clause's attack. A clause dated only by a baseline keeps its text without a date
    (a period, not an undated event)."""
    folded = t.folded
    c_dates = [(p, m) for p, m in c_dates if not _until_now(folded, clause, p, m)]
    c_dates = [(p, m) for p, m in c_dates if not _names_an_attack(folded, clause, p, m)]
    remembered = _remembered_at(folded, clause, trigger)
    if remembered is not None:  # أحيا السكان الجمعة الذكرى الثلاثين للهجوم: the day of the remembering
        c_dates = [(p, m) for p, m in c_dates if p > remembered and not m.needs_reference]
    relative = [(p, m) for p, m in c_dates if m.kind == "event_relative"]
    anchor = next(((p, m) for p, m in relative if anchored(t, m)), None)
    violent = trigger.event_type in VIOLENT_TYPES or trigger.event_type == AMBIGUOUS  # قصف، ضربة: an attack
    meetings = _meeting_words(folded, clause, trigger) if c_dates and violent else []
    c_dates = [(p, m) for p, m in c_dates
               if not (_of_a_purpose(folded, p, m, trigger) or _told_before(folded, p, m, trigger))]
    c_dates = [(p, m) for p, m in c_dates if not of_report(folded, meetings, p, trigger.start)]
    topical = [(p, m) for p, m in c_dates if _of_its_topic(folded, p, m, trigger)]
    if topical and len(topical) < len(c_dates):  # a day of its own after it: the one before is the topic verb's
        c_dates = [d for d in c_dates if d not in topical]
    plain = [(p, m) for p, m in c_dates
             if m.kind != "event_relative" and not baseline(folded, clause, p, m, violent)]
    mention, reported = _own_mention(folded, clause, plain, anchor, inside, trigger, reports)
    if mention is not None:
        return dataclasses.replace(when_of(mention, ref_basis), reported=reported)
    if anchor is not None:
        at, m = anchor
        base = nearest([(p, n) for p, n in plain if p > at and not _anniversary(folded, at, p)], at) if (
            trigger.start < at) else None
        return _shifted(when_of(base, None), m) if base else When(text=m.text)
    if relative:
        return _shifted(previous, relative[0][1]) if previous else When(text=relative[0][1].text)
    baselines = [m for p, m in c_dates if m.kind != "event_relative" and (p, m) not in plain]
    return When(text=baselines[0].text) if baselines else When()


def _of_a_purpose(folded: str, at: int, m: DateMention, trigger: Trigger) -> bool:
    """The date mention at folded offset `at` stands at most `PURPOSE_WORDS` words before a phrase of `purposes`,
    and that at most `PURPOSE_NOUN_WORDS` before the trigger (تبدأ البعثة عملها اليوم السبت للتحقيق في الهجوم
    الكيميائي): the day of what is done for the attack."""
    end = at + len(normalize(m.text))
    if end > trigger.start:
        return False
    between = [w for w in folded[end : trigger.start].split() if w.strip("".join(_COMMAS))]  # a comma is no word
    return any(" ".join(between[i : i + n]) in cues().purposes and len(between) - i - n <= PURPOSE_NOUN_WORDS
               for i in range(min(len(between), PURPOSE_WORDS + 1)) for n in (1, 2, 3))


def _of_its_topic(folded: str, at: int, m: DateMention, trigger: Trigger) -> bool:
    """The date mention at folded offset `at` stands before the trigger, which is right after a word of `topics`
    (دخل الخبراء مطلع الأسبوع ... لزيارة موقع هجوم وقع يوم 7 أبريل): the day of what is said or done about it."""
    end = at + len(normalize(m.text))
    return end <= trigger.start and _a_topic(
        [w for w in folded[end : trigger.start].split() if w.strip("".join(_COMMAS))])


def spoken_of(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """The trigger stands right after a word of `topics` in its clause (جمعوا عينات من موقع هجوم كيماوي): an attack
    spoken of, which takes no day carried from the sentences before."""
    start = max(clause.start, trigger.start - 40)
    words = folded[start : trigger.start].split()
    return _a_topic(words[1:] if start > clause.start else words)  # the first word of a window may be cut


def _a_topic(between: list[str]) -> bool:
    """One of the last words before the trigger, at most `PURPOSE_NOUN_WORDS` before it, is a word of `topics`
    (عمل محققيها حول الهجوم الكيميائي، المواقع المرتبطة بالهجوم): the attack is spoken of, not dated there."""
    words = between[:-1] if between and len(between[-1]) == 1 else between  # ب of بالهجوم cut off the trigger
    return any(w in cues().dating_topics for w in words[-(PURPOSE_NOUN_WORDS + 1) :])


def _told_before(folded: str, at: int, m: DateMention, trigger: Trigger) -> bool:
    """The date mention at folded offset `at` stands before a phrase of `told_before` in its clause, that at most
    `TOLD_BEFORE_WORDS` word before the trigger (وجه القائد، الثلاثاء، رسالة ... وذلك بعد أيام من قصف المواقع; توعد
    الرئيس الثلاثاء ... بعد أنباء عن هجوم): the day of what followed the attack days later or on news of it."""
    end = at + len(normalize(m.text))
    if end > trigger.start:
        return False
    return _after_it_in(folded, Clause(end, trigger.start, False), trigger.start)


def _a_phrase_told_before(words: list[str]) -> bool:
    """The words are a phrase of `told_before`, its first perhaps with a conjunction (وبعد أيام من)."""
    return bool(words) and " ".join([CLITICS.strip_conjunction(words[0]), *words[1:]]) in cues().told_before


def _meeting_words(folded: str, clause: Clause, trigger: Trigger) -> list[int]:
    """The folded offsets of the words of a meeting in the clause (يجتمع مجلس الأمن الأربعاء لبحث ...), or of a
    visit told after the trigger (انفجرت سيارة ...، وقام الوزير بزيارة مفاجئة للمدينة أمس): a date written after
    one of them (`_of_report`) is the day of the meeting or the visit, not that of the attack; not one after the
    trigger right after a word of its scene (تفجير خلال اجتماع للحزب في 5 حزيران)."""
    c = cues()
    found = list(re.finditer(r"\S+", folded[clause.start : clause.end]))
    words = [m.group().strip("،,.«»\"()") for m in found]
    return [clause.start + m.start() for n, m in enumerate(found) if (one_of(words[n], c.meetings) or (
        clause.start + m.start() > trigger.start and one_of(words[n], c.visits))) and not (
        clause.start + m.start() > trigger.start and n and one_of(words[n - 1], c.meeting_scenes))]


def _until_now(folded: str, clause: Clause, p: int, m: DateMention) -> bool:
    """Today after until ends a duration (وما زالوا حتى اليوم يعملون): it dates nothing."""
    before = folded[max(clause.start, p - 20) : p].split()[-1:]
    c = cues()
    return normalize(m.text).strip() in c.day_words and bool(before) and one_of(before[0], c.until)


def _anniversary(folded: str, anchor: int, p: int) -> bool:
    """Between an anchor word (غداة) and the date at `p` stands a word marking the passing of a time
    since that date (احتفال بمرور 3 أعوام على ...، الذكرى): the date is not the anchor event's."""
    return any(one_of(w, cues().anniversaries) for w in folded[anchor:p].split())


def _names_an_attack(folded: str, clause: Clause, p: int, m: DateMention) -> bool:
    """A day and month read against the publication date, ending on its month, right after a plural attack noun
    (هجمات 11 سبتمبر، تفجيرات السابع من يوليو): the name of an attack of a year the text does not give."""
    if not (m.needs_reference and m.precision == "day"):
        return False
    before = folded[clause.start : p].split()[-1:]
    last = [w for w in re.split(r"[\s/()]+", normalize(m.text)) if w][-1:]
    return bool(before and last) and one_of(before[0], cues().named_attacks) and last[0] in month_names()


def _remembered_at(folded: str, clause: Clause, trigger: Trigger) -> int | None:
    """The folded offset of an anniversary word at most `REMEMBERED_WORDS` words before the trigger in its
    clause (الذكرى العاشرة لهجمات، بمرور عام على التفجير): the trigger is an attack remembered, dated neither
    by a date written before that word (the day of the remembering) nor by one read against the publication
    date (هجمات السابع من يوليو: a day of a year gone by); None without one."""
    found = list(re.finditer(r"\S+", folded[clause.start : trigger.start]))
    for m in reversed(found[-(REMEMBERED_WORDS + 1) :]):
        if one_of(m.group(), cues().anniversaries):
            return clause.start + m.start()
    return None


def series(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The counted series of attacks or incidents between folded offsets `start` and `end` (ثلاثة حوادث
    أمنية، هجومين انتحاريين، سلسلة تفجيرات): the folded offset of each series noun and how many attacks it
    counts (`UNCOUNTED_SERIES` after a series word)."""
    found = []
    for hit in cues().series_nouns.find(folded[start:end]):
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


def vaguely_past(folded: str, clause: Clause, trigger: int) -> bool:
    """The clause says its event (trigger at folded offset `trigger`) happened some unsaid time before
    (مؤخرا، في وقت سابق): a time of its own, which no date carried from another clause may make precise;
    not when the word follows a relative pronoun after the trigger (فجروا المبنى الذي فخخوه في وقت سابق:
    the time of what the relative clause tells)."""
    after = folded[trigger : clause.end].split()
    relative = next((i for i, w in enumerate(after) if w in cues().relative_pronouns), len(after))
    told = " " + " ".join(w.strip("،,.«»\"()") for w in folded[clause.start : trigger].split() + after[:relative]) + " "
    return any(phrase in told for phrase in cues().vague_past) or _after_it_in(folded, clause, trigger)


def _after_it_in(folded: str, clause: Clause, trigger: int) -> bool:
    """A phrase of what followed the attack (`told_before`: وذلك بعد أيام من قصف) stands at most `TOLD_BEFORE_WORDS`
    word before the trigger in its clause: the attack came some unsaid time before the day told around it."""
    return told_after_it_at(folded, clause, trigger) is not None


def told_after_it_at(folded: str, clause: Clause, trigger: int) -> int | None:
    """Where a phrase of what followed the attack (`told_before`: بعد أيام من، بعد أنباء عن) starts, standing at most
    `TOLD_BEFORE_WORDS` word before the trigger at folded offset `trigger` in its clause; None without one. What the
    clause tells before it (a day, a place: وجه القائد الثلاثاء رسالة إلى الحكومة في بغداد) is of what followed."""
    found = [m for m in re.finditer(r"\S+", folded[clause.start : trigger]) if m.group().strip("".join(_COMMAS))]
    words = [m.group() for m in found]
    for n in (3, 4, 5):
        for i in range(max(0, len(words) - n - TOLD_BEFORE_WORDS), len(words) - n + 1):
            if _a_phrase_told_before(words[i : i + n]):
                return clause.start + found[i].start()
    return None


def _own_mention(
    folded: str, clause: Clause, plain: list[Dated], anchor: Dated | None, inside: list[Trigger],
    trigger: Trigger, reports: list[int],
) -> tuple[DateMention | None, bool]:
    """The nearest plain mention on the trigger's side of the anchor, a report's date last (and whether it
    is one), and none when the clause tells its attack vaguely before (`vaguely_past`: قبل أيام) and only a
    report dates it."""
    side = plain
    if anchor is not None:
        at = anchor[0]
        side = [(p, m) for p, m in plain if (p < at) == (trigger.start < at)]
    statements = [tr.start for tr in inside if tr.event_type == "statement"]
    told = [r for r in reports if clause.start <= r < clause.end]
    eligible = [(p, m) for p, m in side if not of_report(folded, statements, p, trigger.start)]
    own = [(p, m) for p, m in eligible if not of_report(folded, told, p, trigger.start)]
    described = [(p, m) for p, m in own if _in_relative_clause(folded, trigger, p)
                 and normalize(m.text).strip() not in cues().day_words]
    if not own and vaguely_past(folded, clause, trigger.start):
        return None, False  # أفاد المرصد الأحد بمقتل 35 في هجوم قبل أيام: the attack's time is not the report's day
    mention = nearest(described, trigger.start) or nearest(own or eligible, trigger.start)
    return mention, mention is not None and not own


def announced_day(folded: str, clause: Clause, c_dates: list[Dated], inside: list[Trigger], trigger: Trigger,
                  ref_basis: str | None, tolled: bool = False) -> When | None:
    """The day an announcing statement verb before an indefinite violent trigger, or an execution or kidnapping
    (أعلن مصدر أمني أمس أن التنظيم أعدم أربعة), is dated to (أعلن الجيش، الجمعة،
    قصف موقع؛ قال الجيش الأحد إن غارة قتلت): the day the attack was told, no date of the attack's own; none for a
    weak trigger or an aircraft without a strike verb in the past after it (مقاتلات ستصل: the aircraft, not a
    strike; not طائرات روسية قصفت), a definite one (القصف: told before),
    one more than `ANNOUNCED_WORDS` words after that day (أعلن مسؤول أمس أن تركيا سمحت ... في شن غارات: what was
    announced is another thing), or a clause telling its attack vaguely before (قبل أيام). A weak trigger
    whose clause tells the deaths it caused (`tolled`: قالت الوزارة الاثنين إن انفجارا في البلدة أسفر عن مقتل 27)
    is an attack told that day. Its basis is ``report`` (``inferred`` when the publication date it was counted
    from is)."""
    if trigger.event_type not in (*VIOLENT_TYPES, AMBIGUOUS, "other") or definite(folded, trigger) or vaguely_past(
            folded, clause, trigger.start):
        return None
    aircraft = without_articles(folded[trigger.start : trigger.end]) in cues().aircraft
    vehicle = aircraft or (trigger.weak and not tolled)
    if vehicle and not any(tr.verb and tr.event_type == AMBIGUOUS and not tr.present and tr.start > trigger.start
                           for tr in inside):
        return None  # مقاتلات ستصل: aircraft told without a strike verb in the past after them
    verbs = [tr.start for tr in inside if tr.event_type == "statement" and tr.start < trigger.start
             and CLITICS.strip_conjunction(folded[tr.start : tr.end]) in cues().announcing]
    days = [(p, m) for p, m in c_dates if m.precision == "day" and m.kind != "event_relative"
            and of_report(folded, verbs, p, trigger.start)
            and len(folded[p + len(normalize(m.text)) : trigger.start].split()) <= ANNOUNCED_WORDS]
    mention = nearest(days, trigger.start)
    if mention is None:
        return None
    when = when_of(mention, ref_basis)
    return dataclasses.replace(when, basis="inferred" if when.basis == "inferred" else "report")


def of_a_place_described(folded: str, trigger: Trigger, at: int, named: list, inside: list[Trigger]) -> bool:
    """The date at folded offset `at`, after the trigger, stands at most `RELATIVE_DATE_WORDS` words after a
    relative pronoun of a town (`place_relatives`) right after a place named after the trigger, not a feminine
    noun's, whose verb tells in the past what befell the place (وقع الانفجار في سوروتش قرب كوباني التي طرد
    التنظيم منها في يناير): the day of that, not the attack's. Not an occurrence verb (الكويت التي وقعت فيها),
    a verb in the present (التي تسيطر عليها المعارضة يوم السبت: a state), nor a clause telling an attack."""
    c = cues()
    noun = folded[trigger.start : trigger.end].strip()
    if at <= trigger.end or (not trigger.verb and noun.endswith(c.feminine_endings)):
        return False
    for p, pm in named:
        end = p + len(normalize(pm.text))
        if trigger.end <= p and end < at:
            words = folded[end:at].split()
            if len(words) > 1 and words[0] in c.place_relatives and len(words) - 1 <= RELATIVE_DATE_WORDS:
                return _past_not_occurring(words[1]) and not any(end < tr.start < at for tr in inside)
    return False


def _past_not_occurring(verb: str) -> bool:
    """The word is no occurrence verb (وقعت) nor, as far as its letters tell, a verb in the present (تسيطر، يقطن)."""
    c = cues()
    present = verb.startswith(c.present_prefixes) and not verb.endswith(c.past_endings)
    return not present and verb not in c.occurred_verbs


def _in_relative_clause(folded: str, trigger: Trigger, p: int) -> bool:
    """The date at `p` is written in a relative clause describing the trigger noun (الضربات الجوية التي
    شنتها الدول الثلاث فجر السبت): a relative pronoun at most `DESCRIBING_WORDS` words after the noun and
    the date at most `RELATIVE_DATE_WORDS` words after the pronoun; the attack's own date, not the main
    clause's (اجتمع الوزراء اليوم ... حول الضربات ...). A bare today (التي نفذها التحالف اليوم) is left to the
    nearest rule: in what is said it is the speaker's day."""
    if trigger.verb or p <= trigger.end:
        return False
    after = folded[trigger.end : p].split()
    pronoun = next((i for i, w in enumerate(after) if w in cues().relative_pronouns), None)
    return pronoun is not None and pronoun <= DESCRIBING_WORDS and len(after) - pronoun - 1 <= RELATIVE_DATE_WORDS


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
    return bool(before) and all(w in _CLOSING for w in after) and before[-1].endswith(_COMMAS)


def own_day(folded: str, clause: Clause, c_dates: list[Dated], trigger: Trigger, tolled: bool = False) -> bool:
    """A day-precise date of the clause is the trigger's own: not written before a complementizer that
    opens what is said of the trigger (أعلن رئيس الوزراء اليوم أن العمليات العسكرية ...: the day of
    the saying), nor after since (تشن منذ 20 كانون الثاني هجوما واسعا: the day it began), nor, in a clause
    that tells no toll (`tolled`: the day is the dead's), before a relative clause holding the trigger."""
    opens = saying_opens(folded, clause, trigger, clause.start - 1)
    opens = clause.start if opens is None else opens
    return any(m.precision == "day" and p >= opens and not _after_since(folded, clause, p, m)
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


def _after_since(folded: str, clause: Clause, p: int, m: DateMention) -> bool:
    """The date at `p` is written after since (منذ 20 كانون الثاني): where what goes on began."""
    before = folded[max(clause.start, p - 20) : p].split()[-1:]
    return one_of(normalize(m.text).split()[0], cues().since) or bool(before and one_of(before[0], cues().since))


def ongoing_since(folded: str, clause: Clause, c_dates: list[Dated], trigger: Trigger, tolled: bool,
                  ref: dt.date | None = None, inside: tuple[Trigger, ...] = ()) -> bool:
    """What the trigger tells goes on from a date after since (منذ), a campaign rather than one attack:
    the date stands before an untolled trigger in its clause (ومنذ 18 فبراير تشن القوات هجمات على
    الغوطة), a day follows the trigger in a clause without a superlative (غارات على البلدة منذ يوم
    الخميس; not أعنف قصف منذ الاثنين, a comparison), or a toll is counted since a day before the
    report's (`ref`) before any attack of the clause (`inside`), a total over days (وقتل منذ الجمعة عشرات
    المدنيين في غارات; not منذ صباح اليوم, one day's, nor a since told of a place after its attack: مقتل ستة
    جراء القصف على بلدة تتعرض لغارات منذ أمس)."""
    for p, m in c_dates:
        if not clause.start <= p < clause.end or p == trigger.start or not _after_since(folded, clause, p, m):
            continue
        if p < trigger.start and (not tolled or (_a_toll_since_days_before(folded, clause, m, ref)
                                                 and all(tr.start > p for tr in inside))):
            return True
        if p > trigger.start and _one_day(m) and not _compares(folded, clause):
            return True
    return False


def _a_toll_since_days_before(folded: str, clause: Clause, m: DateMention, ref: dt.date | None) -> bool:
    """The mention after since names a day (or a night) before the report's day `ref`, in a clause
    without a superlative: the toll counted from it sums up the days since."""
    return (ref is not None and m.value is not None and _one_day(m) and m.value < ref
            and not _compares(folded, clause))


def _one_day(m: DateMention) -> bool:
    """The mention names a day or a night of two days (منذ ليل أمس)."""
    if m.precision == "day":
        return True
    return m.precision == "range" and None not in (m.value, m.end_value) and (m.end_value - m.value).days <= 1


def _compares(folded: str, clause: Clause) -> bool:
    """The clause holds a superlative (أعنف، الأول): a date after since in it is a comparison's baseline."""
    return any(one_of(w, cues().superlatives) for w in folded[clause.start : clause.end].split())


def baseline(folded: str, clause: Clause, p: int, m: DateMention, violent: bool) -> bool:
    """The mention is the baseline of a comparison or a duration: after since + onset (منذ بدء
    الحرب عام 2011) or before or after an onset (قبل اندلاع الحركة منتصف مارس 2011), a duration of
    years or months (منذ 7 سنوات), after since or as "ago" in a
    clause with a superlative (أعنف غارات منذ عام 1973، أول هجوم ... قبل ثماني سنوات، للمرة الأولى
    منذ أربعة أيام). For a `violent` event also right after since (قصف على الباب الخاضعة لسيطرته منذ
    أكتوبر 2016), a count of days since (تتعرض البلدة منذ ثلاثة أيام لهجمات) or in a since-clause (منذ
    أن باشرت هجومها في 22 يوليو): the start of a state or a count, not the strike's date; a plain
    since dates the state it begins (تقود منذ آب 2014 تحالفا)."""
    c = cues()
    before = folded[max(clause.start, p - 60) : p].split()[-6:]
    since = [i for i, w in enumerate(before) if one_of(w, c.since)]
    if since and any(one_of(w, c.onset) for w in before[since[-1] :]):
        return True
    bounds = [i for i, w in enumerate(before) if one_of(w, c.onset_bounds)]
    if bounds and any(one_of(w, c.onset) for w in before[bounds[-1] + 1 : bounds[-1] + 2]):
        return True  # قبل اندلاع الحركة الاحتجاجية منتصف مارس 2011: the onset's date
    after_since = before[since[-1] + 1 : since[-1] + 2] if since else []
    if violent and since and (not after_since or after_since[0] in c.since_clause):
        return True
    first = normalize(m.text).split()[0]
    if first in c.since and (violent or m.precision in ("year", "month")):
        return True
    return bool(since or first in c.ago or first in c.since) and _compares(folded, clause)


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
