"""Articles to events: the clause of each trigger gives type, actor, toll, date and place.

`extract_article` reads one cleaned `Article` and returns its events. It is
pure and deterministic, and never raises: a failure is logged with the
article's id and gives no events, so one bad article never stops a corpus.

How an event is read (each rule's words are data under ``data/``):

- The text is split into sentences and clauses (`sentences`, `clauses`); a
  clause with a violent trigger (`triggers`) gives one event, typed by its first
  unambiguous trigger (a weak one, الهجوم or طائرات, only with a strike verb,
  a toll or an actor within 30 characters; a weak attack word takes the type of a
  more telling trigger after it: ردا على الهجوم شنت غارات); a clause with a future verb
  (ستتمكن) gives none; قصف alone is an airstrike when the
  actor fights from the air, else ``ambiguous_default``. A clause with only an "other" trigger gives
  an ``other`` event; a statement gives one only in the article's lead sentence,
  an ``other`` one when it reports a toll.
- Actor: a capital (واشنطن) only as the subject of a verb. The actor phrase
  overlapping the trigger (القصف التركي), else the nearest one that
  is not in a target position (before the trigger, or at most 60 characters
  after it), aircraft first for airstrikes; a clause opened by كما keeps the
  previous clause's actor. Clashes "between" two parties have no actor, nor a
  killing told by a statement (أعلن الجيش التركي مقتل ...: the speaker); a
  speaker (the subject of a saying verb, or after متحدث باسم) followed by a bare
  أن/إن (أوضح الجيش الروسي أن الضربات ...) is never the actor of a violent event.
- Date: the nearest date mention of the clause, except one written right after a
  reporting verb on the same side of the trigger (أقرت ... مطلع العام الجاري بمقتل
  ... : the date of the admission), and one after a cause word followed by another
  trigger (شنت ضربات إثر قصف ... في 7 نيسان: the date and toll of the cause).
  Else an event-relative mention (في اليوم التالي) from the previous dated event,
  else the date and place of a clause without any trigger in the sentence just
  before (وفي 7 فبراير توجه ... ; تعرضت لضربة). Relative dates are resolved
  against the publication date (basis ``publication``) or the inferred one
  (``inferred``), never against a distrusted page stamp.
- Place: the most specific place of the clause (gazetteer), names that stand
  for a government, and the place of a dateline ("حلب - ", "دبي (CNN)-- "),
  skipped; two different countries and nothing finer give none.
- Toll: `toll.find_toll` on the clause (before غداة Y: Y's toll is not the
  event's); a following sentence without trigger
  that names "the incident" (أسفر الحادث عن ...) gives its toll to the event.
- An event needs a date, or a toll and a place finer than a country, or an
  actor and a place finer than a governorate, or a strong trigger, no date
  expression and a place of governorate precision or finer (undated events
  stay, with a null date); one dropped because its date expression needs the
  missing publication date is logged. A statement needs a day and a violent
  event in the same article.
- Events of one article that agree on type, actor (or its coalition), date
  and place (missing values agree) are one event told twice, and so are two
  violent events of different types on the same day at the same place with
  the same toll: merged, the one that tells most (a date, a date
  expression, the finer place) first; it takes the actor of the other only
  when both come from one sentence.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache

from gazetteer import PRECISIONS, PlaceMatch, find_places
from gazetteer.normalize import normalize, normalize_with_offsets
from timeline.extract import actors, outlets, published
from timeline.extract.clauses import Clause, clauses
from timeline.extract.phrases import PhraseMatcher
from timeline.extract.places import same_place
from timeline.extract.sentences import sentences
from timeline.extract.toll import Toll, find_toll
from timeline.extract.toll import rules as toll_rules
from timeline.extract.triggers import AMBIGUOUS, DATA, Trigger, ambiguous_default, find_triggers, strike_verbs
from timeline.models import DateFinder, DateMention, Event

log = logging.getLogger(__name__)

VIOLENT = ("airstrike", "shelling", "ground_attack", "bombing")
#: Place precisions too coarse to locate an undated event told without a toll.
COARSE = frozenset({"governorate", "region", "country"})
#: A line opening that names where the report was filed, not where it happened.
_DATELINE = re.compile(
    r"[ \t]*(?!و)(?:[^\s.:؛()\-\u2013\u2014]+[ \t،,]+){0,3}[^\s.:؛()\-\u2013\u2014]+[ \t]*"
    r"(?:\([^)\n]{1,30}\)[ \t]*)?(?:[-\u2013\u2014]{1,2}|:)\s"
)
LEAD_MIN_WORDS = 10
#: An actor written after the trigger is its agent only this close (شنتها قوات التحالف).
ACTOR_AFTER_CHARS = 60
#: A weak trigger (الهجوم، طائرات) counts with an actor this close (إثر هجوم لتنظيم داعش).
WEAK_ACTOR_CHARS = 30
#: Words that open what a report says (أفاد المرصد الخميس أن ...), folded.
_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "وان"})
#: Those of them that bring a new subject (قال الجيش الروسي إن طائرتين ...), not the speaker (أنه).
_BARE_COMPLEMENTIZERS = frozenset({"ان", "بان", "وان"})
#: How many words may stand between a speaker and what it says (، الخميس، في بيان).
SPEAKER_WORDS = 4


@dataclass(frozen=True)
class _When:
    date: str | None = None
    precision: str | None = None
    text: str | None = None
    basis: str | None = None
    end: str | None = None
    value: dt.date | None = None


@dataclass(frozen=True)
class _Draft:
    event_type: str
    trigger: int  #: folded offset of the trigger
    sentence: tuple[int, int]  #: folded span
    when: _When
    place: PlaceMatch | None
    actor: actors.ActorHit | None
    hedged: bool
    toll: Toll
    strong: bool = False  #: a violent trigger that needs no support (غارة، not الهجوم)


@dataclass(frozen=True)
class _Cues:
    demonstratives: frozenset[str]
    negations: frozenset[str]
    irrealis: frozenset[str]
    irrealis_after: frozenset[str]
    future: frozenset[str]
    statistics: tuple[str, ...]
    toll_nouns: re.Pattern[str]
    reporting: PhraseMatcher
    speaker_nouns: PhraseMatcher
    continuation: tuple[str, ...]
    since: frozenset[str]
    onset: frozenset[str]
    superlatives: frozenset[str]
    causes: re.Pattern[str]


@cache
def _cues() -> _Cues:
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    nouns = sorted({normalize(w) for w in data["anaphora"]["toll_nouns"]}, key=len, reverse=True)
    reporting = PhraseMatcher()
    for word in data["reporting"]["verbs"]:
        reporting.add(word, True, verb=True)
    speaker_nouns = PhraseMatcher()
    for word in data["reporting"]["speaker_nouns"]:
        speaker_nouns.add(word, True)
    baseline = data["baseline"]
    causes = sorted({" ".join(normalize(w).split()) for w in data["cause"]["words"]}, key=len, reverse=True)
    return _Cues(
        frozenset(normalize(w) for w in data["anaphora"]["demonstratives"]),
        frozenset(normalize(w) for w in data["negation"]["words"]),
        frozenset(normalize(w) for w in data["negation"]["irrealis"]),
        frozenset(normalize(w) for w in data["negation"]["irrealis_after"]),
        frozenset(normalize(w) for w in data["negation"]["future"]),
        tuple(" ".join(normalize(w).split()) for w in data["negation"]["statistics_after"]),
        re.compile(r"(?<![^\W\d_])[وفب]?(?:" + "|".join(map(re.escape, nouns)) + r")(?![^\W\d_])"),
        reporting,
        speaker_nouns,
        tuple(" ".join(normalize(w).split()) for w in data["anaphora"]["continuation"]),
        frozenset(normalize(w) for w in baseline["since"]),
        frozenset(normalize(w) for w in baseline["onset"]),
        frozenset(normalize(w) for w in baseline["superlatives"]),
        re.compile(r"(?<![^\W\d_])[وف]?(?:" + "|".join(map(re.escape, causes)) + r")(?![^\W\d_])"),
    )


def extract_article(article, find_dates: DateFinder) -> list[Event]:
    """The events of one article, its dates read by `find_dates`; never raises (a failure is logged and gives none)."""
    try:
        return _extract(article, find_dates)
    except Exception:
        log.warning("event extraction failed for article %s", getattr(article, "article_id", "?"), exc_info=True)
        return []


class _Text:
    """The article text folded, with offset maps both ways."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = normalize(text)
        self._offsets = None if len(self.folded) == len(text) else normalize_with_offsets(text)[1]

    def orig(self, i: int) -> int:
        return i if self._offsets is None else self._offsets[i]

    def fold(self, i: int) -> int:
        return i if self._offsets is None else bisect_left(self._offsets, i)


def _reference(article) -> tuple[dt.date | None, str | None]:
    if article.published is None:
        return None, None
    return article.published, ("inferred" if article.published_basis == "inferred" else "publication")


def _when(m: DateMention, basis: str | None) -> _When:
    """The date of a mention; a range keeps its last day in ``end``. A relative day
    whose written weekday contradicts the reference (اليوم الاثنين on a Tuesday) has none."""
    if m.value is None or (m.weekday_conflict and m.needs_reference):
        return _When(text=m.text)
    cut = {"day": 10, "month": 7, "year": 4}.get(m.precision or "", 10)
    return _When(
        date=m.value.isoformat()[:cut],
        precision=m.precision,
        text=m.text,
        basis="explicit" if not m.needs_reference else basis,
        end=(m.end_value or m.value).isoformat(),
        value=m.value,
    )


def _shifted(previous: _When, m: DateMention) -> _When:
    if previous.value is None or previous.precision != "day" or m.relative_days is None:
        return _When(text=m.text)
    value = previous.value + dt.timedelta(days=m.relative_days)
    return _When(value.isoformat(), "day", m.text, "event_relative", value.isoformat(), value)


def _dates(t: _Text, reference: dt.date | None, find_dates: DateFinder) -> list[tuple[int, DateMention]]:
    """Date mentions at folded offsets, without page stamps, agency names (روسيا اليوم) and
    a day described by a relative clause (في اليوم الذي يلقي فيه: not today)."""
    mentions = find_dates(t.text, reference=reference)
    stamps = published.stamp_lines(t.text, mentions)
    names = outlets.name_spans(t.folded)
    return [
        (t.fold(m.start), m)
        for m in mentions
        if m.kind != "page_stamp"
        and not any(s <= m.start < e for s, e in stamps)
        and not any(s <= t.fold(m.start) < e for s, e in names)
        and not _described_day(t.folded, t.fold(m.end), m)
    ]


def _described_day(folded: str, end: int, m: DateMention) -> bool:
    """A bare اليوم/يوم followed by الذي/التي: the day something happened on, not a date."""
    if normalize(m.text).strip() not in ("اليوم", "يوم"):
        return False
    after = folded[end:].split()[:1]
    return bool(after) and after[0] in ("الذي", "التي")


def _places(t: _Text, actor_hits: list[actors.ActorHit]) -> list[tuple[int, PlaceMatch]]:
    """Resolved places at folded offsets, without names of governments, actors and datelines."""
    out = []
    for p in find_places(t.text):
        at = t.fold(p.start)
        if (
            p.chosen is not None and not p.is_actor and not p.chosen.actor_name
            and not any(a.start <= at < a.end for a in actor_hits)
            and not _in_dateline(t.folded, at)
        ):
            out.append((at, p))
    return out


def _extract(article, find_dates: DateFinder) -> list[Event]:
    if not article.text.strip():
        return []
    t = _Text(article.text)
    folded = t.folded
    reference, ref_basis = _reference(article)
    dates = _dates(t, reference, find_dates)
    triggers = find_triggers(folded)
    verb_hits = strike_verbs(folded)
    verbs = [v.start for v in verb_hits]
    report_hits = _cues().reporting.find(folded)
    reports = [h.start for h in report_hits]
    verb_ends = {h.end for h in verb_hits} | {h.end for h in report_hits} | {
        tr.end for tr in triggers if tr.event_type == "statement"
    }
    actor_hits = [
        a for a in actors.find_actors(folded)
        if not _in_dateline(folded, a.start) and (not a.capital or len(folded[: a.start].rstrip()) in verb_ends)
    ]
    says = {h.end for h in [*report_hits, *_cues().speaker_nouns.find(folded)]} | {
        tr.end for tr in triggers if tr.event_type == "statement"
    }
    speakers = {a.start for a in actor_hits if _speaker(folded, a, says)}
    places = _places(t, actor_hits)
    spans = sentences(folded)
    lead = _lead(folded, spans, article.title)
    drafts: list[_Draft] = []
    context: tuple[int, _When, PlaceMatch | None] | None = None
    for index, (s_start, s_end) in enumerate(spans):
        told = False
        previous_actor: actors.ActorHit | None = None
        for clause in clauses(folded, s_start, s_end):
            inside = [tr for tr in triggers if clause.start <= tr.start < clause.end]
            c_dates = [(p, m) for p, m in dates if clause.start <= p < clause.end]
            c_places = [(p, m) for p, m in places if clause.start <= p < clause.end]
            if not inside:
                mention = _nearest([(p, m) for p, m in c_dates if m.kind != "event_relative"], clause.end)
                if mention is not None:
                    context = (index, _when(mention, ref_basis), _best_place(c_places, clause.end))
                continue
            c_actors = [a for a in actor_hits if clause.start <= a.start < clause.end and not a.target]
            if clause.continues and not c_actors and previous_actor:
                c_actors = [previous_actor]
            toll = find_toll(folded[clause.start : clause.end])
            chosen = _choose(folded, clause, inside, c_actors, toll, verbs, index == lead)
            if chosen is None:
                continue
            trigger, event_type = chosen
            anchor_at = next((p for p, m in c_dates if p > trigger.start and _anchored(t, m)), None)
            cause_at = _cause(folded, clause, trigger, inside, c_dates)
            if cause_at is not None:  # X إثر Y في 7 نيسان: Y's date and toll are not X's
                c_dates = [(p, m) for p, m in c_dates if p < cause_at]
            cut = min((p for p in (anchor_at, cause_at) if p is not None), default=None)
            if cut is not None:  # X غداة Y: Y's toll is not X's
                toll = find_toll(folded[clause.start : cut])
            # a killing told by a statement (أعلن الجيش مقتل ...): the speaker is not who killed
            doers = c_actors if event_type == "statement" else [a for a in c_actors if a.start not in speakers]
            actor = None if trigger.event_type == "statement" and event_type == "other" else _pick_actor(
                doers, trigger, event_type
            )
            if event_type == AMBIGUOUS:
                event_type = "airstrike" if actor and (actor.air or actors.is_air(actor.name)) else ambiguous_default()
            when = _date(t, clause, c_dates, inside, trigger, ref_basis, drafts, reports)
            place = _best_place(c_places, trigger.start)
            carried = context if context and (
                context[0] == index or (context[0] == index - 1 and _continuing(folded, clause))
            ) else None
            if carried and when.date is None and when.text is None:
                when = carried[1]
            if carried and place is None:
                place = carried[2]
            drafts.append(
                _Draft(event_type, trigger.start, (s_start, s_end), when, place, actor,
                       actors.hedged(folded[clause.start : clause.end]), toll,
                       event_type in VIOLENT and not trigger.weak)
            )
            previous_actor = actor
            told = True
        if not told and drafts:
            drafts[-1] = _add_toll(drafts[-1], folded[s_start:s_end])
    merged = _merge([d for d in drafts if _telling(d)])
    told_once = [d for d in merged if _reportable(d)]
    unresolved = sum(1 for d in merged if d.when.text and d.when.date is None and d not in told_once)
    if unresolved:
        log.info("article %s: %d event(s) left out: their date needs a publication date",
                 article.article_id, unresolved)
    if not any(d.event_type in VIOLENT for d in told_once):
        told_once = [d for d in told_once if d.event_type != "statement"]
    return [_event(article, t, d) for d in told_once]


def _speaker(folded: str, a: actors.ActorHit, says: set[int]) -> bool:
    """The actor is the subject of a saying verb, or follows a speaker noun (متحدث باسم), and its
    report brings another subject (أوضح الجيش الروسي أن الضربات استهدفت ...): the speaker, not
    who struck (but أعلن التحالف أنه قصف ...، أن قواته قصفت ...)."""
    if len(folded[: actors.word_start(folded, a.start)].rstrip()) not in says:
        return False
    words = actors.bare_words(folded[a.end : a.end + 100])
    for i, word in enumerate(words[: SPEAKER_WORDS + 1]):
        if word in _COMPLEMENTIZERS:
            return word in _BARE_COMPLEMENTIZERS and not _own(words[i + 1 : i + 2])
    return False


def _own(words: list[str]) -> bool:
    """The report's subject is the speaker's own (أن قواته، أن طائراتها): an indefinite noun with a
    pronoun suffix."""
    return bool(words) and not words[0].startswith("ال") and words[0].endswith(("ه", "ها", "هم"))


def _in_dateline(folded: str, offset: int) -> bool:
    """The offset lies in a dateline ("دبي، الإمارات (CNN)-- ", "حلب - "): where a report was filed."""
    line_start = folded.rfind("\n", 0, offset) + 1
    m = _DATELINE.match(folded, line_start)
    return m is not None and offset < m.end()


def _lead(folded: str, spans: list[tuple[int, int]], title: str | None) -> int | None:
    """The index of the article's first body sentence."""
    title_folded = normalize(title).strip() if title else None
    for index, (start, end) in enumerate(spans):
        sentence = folded[start:end]
        if sentence.strip() != title_folded and len(sentence.split()) >= LEAD_MIN_WORDS:
            return index
    return None


def _choose(
    folded: str, clause: Clause, inside: list[Trigger], c_actors: list, toll: Toll, verbs: list[int], is_lead: bool
) -> tuple[Trigger, str] | None:
    """The trigger of a clause's event and its type, or None when the clause tells no event."""
    cues = _cues()
    if any(_one_of(w.strip("«»\"“”()"), cues.future) for w in folded[clause.start : clause.end].split()):
        return None
    has_verb = any(clause.start <= v < clause.end for v in verbs)
    usable = []
    for tr in inside:
        begin = actors.word_start(folded, tr.start, clause.start)
        before = [w.strip("«»\"“”()") for w in folded[max(clause.start, begin - 80) : begin].split()]
        after = folded[tr.end : clause.end].split()[:5]
        if before and _one_of(before[-1], cues.demonstratives):
            continue
        if (
            any(_one_of(w, cues.negations) for w in before[-2:])
            or any(_one_of(w, cues.irrealis) for w in before[-8:])
            or any(_one_of(w.strip(".,،«»\"“”"), cues.irrealis_after) for w in after[:3])
            or _statistic(before, after, cues)
        ):
            continue
        near_actor = any(abs(a.start - tr.start) <= WEAK_ACTOR_CHARS for a in c_actors)
        if tr.weak and not (has_verb or near_actor or toll.killed is not None or toll.injured is not None):
            continue
        usable.append(tr)
    violent = [tr for tr in usable if tr.event_type in VIOLENT]
    if violent:  # a weak attack word says no more than "attack" (ردا على الهجوم شنت ... غارات)
        first = violent[0]
        if not (first.weak and first.event_type == "ground_attack"):
            return first, first.event_type
        telling = [tr for tr in violent if not tr.weak] or [tr for tr in violent if tr.event_type != "ground_attack"]
        return first, (telling or violent)[0].event_type
    ambiguous = [tr for tr in usable if tr.event_type == AMBIGUOUS]
    if ambiguous and (c_actors or toll.killed is not None or toll.injured is not None):
        return ambiguous[0], AMBIGUOUS
    other = [tr for tr in usable if tr.event_type == "other"]
    if other:
        return other[0], "other"
    statement = [tr for tr in usable if tr.event_type == "statement"]
    if statement and is_lead:
        killing = toll.killed is not None or toll.injured is not None
        return statement[0], "other" if killing else "statement"
    return None


def _cause(folded: str, clause: Clause, trigger: Trigger, inside: list[Trigger], c_dates) -> int | None:
    """Where the clause turns from its event to a dated one it answers (شنت ضربات إثر قصف ... في
    7 نيسان): a cause word after the trigger, outside a date mention (بعد ظهر الأحد), followed by
    a trigger and a date."""
    for m in _cues().causes.finditer(folded, trigger.end, clause.end):
        if any(p <= m.start() < p + len(normalize(d.text)) or 0 <= p - m.end() <= 1 for p, d in c_dates):
            continue
        if any(tr.start >= m.end() and tr.event_type != "statement" for tr in inside) and any(
            p >= m.end() for p, _ in c_dates
        ):
            return m.start()
    return None


def _statistic(before: list[str], after: list[str], cues: _Cues) -> bool:
    """A count of attacks over a period (44 هجوما خلال العام) or in thousands (29 ألفا و358
    ضربة), not one event."""
    count = before[-1].removeprefix("و") if before else ""
    if not ((count.isdigit() and not 1900 < int(count) < 2100) or count in toll_rules().cardinals):
        return False
    if (count.isdigit() and int(count) >= 1000) or any(
        w.rstrip("ا") in toll_rules().multipliers for w in before[-3:]
    ):
        return True
    around = " " + " ".join(w.strip(".,،") for w in [*before[-9:-1], "|", *after]) + " "
    return any(f" {phrase} " in around for phrase in cues.statistics)


def _one_of(word: str, words: frozenset[str]) -> bool:
    """`word` is one of `words`, with or without the conjunction و or ف."""
    return word in words or (word[:1] in "وف" and word[1:] in words)


def _pick_actor(c_actors: list, trigger: Trigger, event_type: str) -> actors.ActorHit | None:
    """The actor phrase overlapping the trigger, else the nearest before it or just after it."""
    c_actors = [a for a in c_actors if a.start < trigger.end + ACTOR_AFTER_CHARS]
    if not c_actors:
        return None

    def key(a: actors.ActorHit) -> tuple[bool, bool, int]:
        overlaps = a.start <= trigger.start < a.end or trigger.start <= a.start < trigger.end
        air_wanted = event_type in ("airstrike", AMBIGUOUS)
        return (not overlaps, air_wanted and not (a.air or actors.is_air(a.name)), abs(a.start - trigger.start))

    return min(c_actors, key=key)


def _nearest(candidates: list[tuple[int, DateMention]], anchor: int) -> DateMention | None:
    if not candidates:
        return None
    return min(candidates, key=lambda pm: abs(pm[0] - anchor))[1]


def _date(
    t: _Text, clause: Clause, c_dates, inside: list[Trigger], trigger: Trigger, ref_basis: str | None,
    drafts: list[_Draft], reports: list[int],
) -> _When:
    """The date governing the trigger: the nearest of its side of an anchored event-relative
    mention (X غداة Y), not a baseline (منذ بدء الحرب) nor a statement verb's own date (`_of_report`);
    a reporting verb's (أفاد) own date only when there is no other.
    Else X is dated from Y's date, and an unanchored mention (في اليوم التالي) from the
    previous dated event; Y itself, without its own date, gets none. A clause dated only by a
    baseline keeps its text without a date (a period, not an undated event)."""
    folded = t.folded
    relative = [(p, m) for p, m in c_dates if m.kind == "event_relative"]
    anchored = next(((p, m) for p, m in relative if _anchored(t, m)), None)
    violent = trigger.event_type in VIOLENT
    plain = [(p, m) for p, m in c_dates
             if m.kind != "event_relative" and not _baseline(folded, clause, p, m, violent)]
    side = plain
    if anchored is not None:
        at = anchored[0]
        side = [(p, m) for p, m in plain if (p < at) == (trigger.start < at)]
    statements = [tr.start for tr in inside if tr.event_type == "statement"]
    told = [r for r in reports if clause.start <= r < clause.end]
    eligible = [(p, m) for p, m in side if not _of_report(folded, statements, p, trigger.start)]
    own = [(p, m) for p, m in eligible if not _of_report(folded, told, p, trigger.start)]
    mention = _nearest(own or eligible, trigger.start)
    if mention is not None:
        return _when(mention, ref_basis)
    if anchored is not None:
        at, m = anchored
        anchor = _nearest([(p, n) for p, n in plain if p > at], at) if trigger.start < at else None
        return _shifted(_when(anchor, None), m) if anchor else _When(text=m.text)
    if relative:
        previous = next((d.when for d in reversed(drafts) if d.when.value is not None), None)
        return _shifted(previous, relative[0][1]) if previous else _When(text=relative[0][1].text)
    baselines = [m for p, m in c_dates if m.kind != "event_relative" and (p, m) not in plain]
    return _When(text=baselines[0].text) if baselines else _When()


def _of_report(folded: str, verbs: list[int], p: int, trigger: int) -> bool:
    """The date at `p` is a report's: written after one of `verbs`, both on one side of the
    trigger, with at most six words and no complementizer (أن، إن) between (أكدت الاثنين مصرع ...
    في 15 مارس: only الاثنين; الهجوم التركي ... فقد أعلنت قسد، الاثنين، عزمها)."""
    starts = [r for r in verbs if r < p and (p < trigger or r > trigger)]
    if not starts:
        return False
    between = folded[max(starts) : p].split()[1:]
    return len(between) <= 6 and not any(w in _COMPLEMENTIZERS for w in between)


def _anchored(t: _Text, m: DateMention) -> bool:
    """An event-relative mention followed by its anchor event (غداة Y، بعد يومين على Y)."""
    if m.kind != "event_relative":
        return False
    after = t.folded[t.fold(m.end) :].split()[:1]
    return normalize(m.text).split()[0] in ("غداه", "عشيه") or bool(after and after[0] in ("علي", "من", "عن"))


def _baseline(folded: str, clause: Clause, p: int, m: DateMention, violent: bool) -> bool:
    """The mention is the baseline of a comparison or a duration: after since + onset (منذ بدء
    الحرب عام 2011), a duration of years or months (منذ 7 سنوات), after since or as "ago" in a
    clause with a superlative (أعنف غارات منذ عام 1973، أول هجوم ... قبل ثماني سنوات). For a
    `violent` event also right after since (قصف على الباب الخاضعة لسيطرته منذ أكتوبر 2016) or in a
    since-clause (منذ أن باشرت هجومها في 22 يوليو): the start of a state or a count, not the
    strike's date; a plain since dates the state it begins (تقود منذ آب 2014 تحالفا)."""
    cues = _cues()
    before = folded[max(clause.start, p - 60) : p].split()[-6:]
    since = [i for i, w in enumerate(before) if _one_of(w, cues.since)]
    if since and any(_one_of(w, cues.onset) for w in before[since[-1] :]):
        return True
    if violent and since and (since[-1] == len(before) - 1 or before[since[-1] + 1 : since[-1] + 2] == ["ان"]):
        return True
    first = normalize(m.text).split()[0]
    if first in cues.since and m.precision in ("year", "month"):
        return True
    return bool(since or first == "قبل") and any(
        _one_of(w, cues.superlatives) for w in folded[clause.start : clause.end].split()
    )


def _continuing(folded: str, clause: Clause) -> bool:
    """The clause ties itself to the sentence before (أثناء ذلك، تعرضت، ثم ...)."""
    opening = " " + " ".join(w.strip("«»“”\"") for w in folded[clause.start : clause.end].split()[:8]) + " "
    return any(f" {phrase} " in opening or f" و{phrase} " in opening for phrase in _cues().continuation)


def _best_place(c_places: list[tuple[int, PlaceMatch]], anchor: int) -> PlaceMatch | None:
    """The finest place of the clause nearest `anchor`; a reference point (X قرب Y: Y) only if alone."""
    if not c_places:
        return None
    located = [pm for pm in c_places if not pm[1].anchor] or c_places
    best = min(located, key=lambda pm: (PRECISIONS.index(pm[1].chosen.precision), abs(pm[0] - anchor)))[1]
    if best.chosen.precision == "country" and len({pm.chosen.name for _, pm in c_places}) > 1:
        return None
    return best


def _add_toll(draft: _Draft, sentence: str) -> _Draft:
    if not _cues().toll_nouns.search(sentence):
        return draft
    toll = find_toll(sentence)
    old = draft.toll
    if (toll.killed is None and toll.injured is None) or (old.killed is not None or old.injured is not None):
        return draft
    return replace(draft, toll=toll)


def _fine_place(d: _Draft) -> bool:
    return d.place is not None and d.place.chosen.precision != "country"


def _telling(d: _Draft) -> bool:
    """The draft says when or where (finer than a country): it may tell or complete an event."""
    return d.when.date is not None or d.when.text is not None or _fine_place(d)


def _reportable(d: _Draft) -> bool:
    """A statement needs a day; any other event a date, or a place finer than a country with a
    toll, or an actor and a place finer than a governorate, or a strong trigger without any
    date expression and a governorate or finer place (undated events are kept: the dashboard
    shows them apart; one whose date expression needs the missing publication date is not)."""
    if d.event_type == "statement":
        return d.when.precision == "day"
    if d.when.date is not None:
        return True
    if not _fine_place(d):
        return False
    if d.toll.killed is not None or d.toll.injured is not None:
        return True
    if d.place.chosen.precision in ("region", "country"):
        return False
    return (d.actor is not None and d.place.chosen.precision not in COARSE) or (d.strong and d.when.text is None)


def _agree(a: _Draft, b: _Draft) -> bool:
    """Two drafts tell one happening: same type (or both violent, on the same day, or the same
    undated expression, at the same place with the same toll), compatible actors, dates and places."""
    if a.event_type != b.event_type and not _same_incident(a, b):
        return False
    if not actors.compatible(a.actor.name if a.actor else None, b.actor.name if b.actor else None):
        return False
    if a.when.date and b.when.date:
        if a.when.date != b.when.date:
            return False
    elif a.when.text and b.when.text and a.when.text != b.when.text:
        return False
    if a.place is None or b.place is None:
        return True
    return same_place(a.place.chosen, b.place.chosen)


def _same_incident(a: _Draft, b: _Draft) -> bool:
    if a.event_type not in VIOLENT or b.event_type not in VIOLENT or a.place is None or b.place is None:
        return False
    if (a.when.date, a.when.end, a.when.text if a.when.date is None else None) != (
        b.when.date, b.when.end, b.when.text if b.when.date is None else None
    ) or (a.when.date is not None and a.when.precision != "day") or (a.when.date or a.when.text) is None:
        return False
    pairs = ((a.toll.killed, b.toll.killed), (a.toll.injured, b.toll.injured))
    return all(x is None or y is None or x == y for x, y in pairs) and any(
        x is not None and x == y for x, y in pairs
    )


def _weight(d: _Draft) -> tuple[bool, bool, int, bool]:
    """How much a draft tells: a date, a date expression, the finer place, then an actor."""
    precision = PRECISIONS.index(d.place.chosen.precision) if d.place else len(PRECISIONS)
    return (d.when.date is not None, d.when.text is not None, -precision, d.actor is not None)


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One draft per happening: a later telling fills what the first left missing; repeated
    until no two merged drafts agree (a merge may complete one that agrees with another)."""
    groups = _merge_once(drafts)
    while len(groups) < len(drafts):
        drafts, groups = groups, _merge_once(groups)
    return groups


def _merge_once(drafts: list[_Draft]) -> list[_Draft]:
    groups: list[_Draft] = []
    for draft in drafts:
        for i, group in enumerate(groups):
            if _agree(group, draft):
                first, second = (draft, group) if _weight(draft) > _weight(group) else (group, draft)
                groups[i] = _fill(first, second)
                break
        else:
            groups.append(draft)
    return groups


def _fill(first: _Draft, second: _Draft) -> _Draft:
    place = first.place
    if place is None or (
        second.place is not None
        and PRECISIONS.index(second.place.chosen.precision) < PRECISIONS.index(place.chosen.precision)
    ):
        place = second.place
    toll = first.toll
    if toll.killed is None and toll.injured is None:
        toll = second.toll
    actor = first.actor or (second.actor if second.sentence == first.sentence else None)
    return replace(first, place=place, toll=toll, actor=actor, hedged=first.hedged or second.hedged,
                   strong=first.strong or second.strong)


def _event(article, t: _Text, d: _Draft) -> Event:
    start, end = t.orig(d.sentence[0]), t.orig(d.sentence[1])
    place = d.place.chosen if d.place else None
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
        actor_hedged=d.hedged and d.actor is not None,
        toll_is_minimum=d.toll.minimum,
        victims=d.toll.victims,
        place_relation=d.place.relation if d.place else None,
        place_radius_km=d.place.radius_km if d.place else None,
        place_approximate=bool(place and place.approximate),
        cited_sources=article.cited_sources,
    )
