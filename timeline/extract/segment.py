"""Segmenting: the folded text, its lead sentence, and which clause tells which event.

The text is split into sentences and clauses (`sentences`, `clauses`); a clause
with a violent trigger (`triggers`) tells one event, typed by its first
unambiguous trigger. A weak one (الهجوم, طائرات) counts only with a strike verb,
a toll or an actor within 30 characters (an indefinite one told by a past strike verb,
صواريخ استهدفت قاعدة, is as strong as غارة: `struck_by_verb`), or, a projectile, when fired at a target
(أطلقت الفصائل صواريخ على مواقع); confrontations (مواجهات) count only with
an armed side named in their clause (`_unarmed_confrontation`); a weak attack word takes the type of a
more telling trigger after it (ردا على الهجوم شنت غارات). A clause with a future
verb (ستتمكن) tells none; a trigger after a demonstrative (هذا الهجوم), a
negation, an irrealis word, or counting attacks over a period tells none, nor
does a clause telling a total, scattered attacks or a habit (`aggregate`); a
campaign (`campaign`: أطلقت عملية عسكرية) tells one only when dated to a day. قصف
alone is ambiguous (typed by its actor later) and tells an event only with an actor,
a toll, as an indefinite noun that a strike verb right after it has for subject
(قصفا استهدف), or as a past strike verb with a side named as its target after it
(استهدفت الفصائل مواقع قوات النظام); a clause with only an "other" trigger tells an ``other`` event; a
statement tells one only in the article's lead sentence, an ``other`` one when it
reports a toll. A cause word after the
trigger followed by another trigger and a date (شنت ضربات إثر قصف ... في 7 نيسان)
ends what the clause says of its own event. A suicide bomber or bomb right after a ground verb
makes a bombing (اقتحم انتحاري بجرار مفخخ); a dud (لم ينفجر), an aircraft shot down or falling
(أسقطت الدفاعات طائرة، سقوط طائرة) and air cover (بإسناد بطيران) are no strikes; a verb in a relative
clause (التي سيطر عليها التنظيم) describes (`described`). A sentence may say it tells another incident
(`separate_incident`), and a generic attack noun (`generic`: الهجوم) may be an attack told elsewhere
with its kind.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import takewhile
from typing import NamedTuple

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize, normalized
from timeline.extract import actors
from timeline.extract.clauses import Clause
from timeline.extract.cues import Cues, cues, one_of, without_articles
from timeline.extract.phrases import PhraseMatcher
from timeline.extract.spans import first_words, line_start, words_end
from timeline.extract.toll import Toll, count_before
from timeline.extract.toll import rules as toll_rules
from timeline.extract.triggers import AMBIGUOUS, Trigger
from timeline.models import DateMention
from timeline.vocabulary import VIOLENT_TYPES

#: A sentence of fewer words is a heading or a caption, not the lead.
LEAD_MIN_WORDS = 10
#: A weak trigger (الهجوم، طائرات) counts with an actor this close (إثر هجوم لتنظيم داعش).
WEAK_ACTOR_CHARS = 30
#: A downing word (أسقطت) at most this many words before an aircraft trigger: shot down, no strike.
DOWNED_WORDS = 5
#: A bombing trigger at most this many words after a ground attack's types its event (اقتحم انتحاري).
BOMB_WORDS = 2
#: A period phrase at most this many words after a relative pronoun of people is theirs (الذين استأنفوا منذ).
PEOPLE_WORDS = 4
#: A support word (بدعم) at most this many words before a trigger naming aircraft makes it cover (بدعم من المروحيات).
SUPPORT_WORDS = 3
#: A support word at most this many words before a weapon word makes it another side's backing (مدعومة بغارات جوية).
BACKING_WORDS = 2
#: A firing word (أطلقت، إطلاق) at most this many words before a projectile fires it (أطلقت الميليشيات قذيفة،
#: أطلقت الولايات المتحدة 59 صاروخا): as far as a campaign word is looked for (`campaign`).
FIRING_WORDS = 4
#: A target word (على) at most this many words after a fired projectile names what it was fired at.
TARGET_WORDS = 6
#: A share word (معظم، في المئة) at most this many words after a capture's على makes it a campaign's result.
SHARE_WORDS = 5
#: A capture's على at most this many words after its trigger (سيطرت القوات في نيسان 2014 على مجمل).
CAPTURE_OBJECT_WORDS = 12
#: What a capture without على takes is among this many words after it (استعادت اللاعبة سيمونا صدارة).
REGAINED_WORDS = 5
#: A clause opening with an evaluation verb among its first this many words judges an attack (ويعد الهجوم).
EVALUATION_WORDS = 2
#: A reply word after at most this many words of its clause opens it with the attack answered (وفيما بدا ردا على).
REPLY_OPENING_WORDS = 2
#: A chemical word at most this many words after a loading word right after a munition makes a chemical
#: attack (صواريخ محملة بغاز الكلور).
LOAD_WORDS = 3
#: How close before a trigger a word must stand to limit a denial to a side's part (مسؤوليته عن).
DENIAL_LIMIT_WORDS = 3
_WORD = r"[^\s.:؛()\-\u2013\u2014]+"
#: A line opening that names where the report was filed, not where it happened; an agency or an
#: author, a dash, then the city and a colon ("واس - الرياض:") is one too, whatever its first letter.
_DATELINE = re.compile(
    r"[ \t]*(?:(?:" + _WORD + r"[ \t]+){0,2}" + _WORD + r"[ \t]*[-\u2013\u2014]{1,2}[ \t]*"
    r"(?:" + _WORD + r"[ \t]+){0,2}" + _WORD + r"[ \t]*:\s"
    r"|(?!" + "|".join(CLITICS.conjunctions) + r")"
    r"(?:" + _WORD + r"[ \t،,]+){0,3}" + _WORD + r"[ \t]*"
    r"(?:\([^)\n]{1,30}\)[ \t]*)?(?:[-\u2013\u2014]{1,2}|:)\s)"
)
_QUOTES = "«»\"“”()"
_SCARE_QUOTES = "«»\"“”'"
#: Marks that end a stretch of a clause (a comma, a semicolon, a colon).
_CLAUSE_PUNCTUATION = ",،؛;:"
#: The word right after a trigger, when only spaces stand between (a noun in construct with it).
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


class FoldedText:
    """The article text folded, with offset maps both ways."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self._offsets = normalized(text)

    def orig(self, i: int) -> int:
        """The offset in the text of folded offset `i`."""
        return i if self._offsets is None else self._offsets[i]

    def fold(self, i: int) -> int:
        """The folded offset of text offset `i`."""
        return i if self._offsets is None else bisect_left(self._offsets, i)


def in_dateline(folded: str, offset: int) -> bool:
    """The offset lies in a dateline ("دبي، الإمارات (CNN)-- ", "حلب - "): where a report was filed."""
    start = line_start(folded, offset)
    ends = _dateline_ends(folded)
    if start not in ends:  # matched once a line: a long line is not read again for each offset on it
        m = _DATELINE.match(folded, start)
        ends[start] = m.end() if m else -1
    return offset < ends[start]


@lru_cache(maxsize=4)
def _dateline_ends(folded: str) -> dict[int, int]:
    """Where the dateline of each line of `folded` looked at so far ends (-1: none), by line start."""
    return {}


def lead_sentence(folded: str, spans: list[tuple[int, int]], title: str | None) -> int | None:
    """The index of the article's first body sentence."""
    title_folded = normalize(title).strip() if title else None
    for index, (start, end) in enumerate(spans):
        sentence = folded[start:end]
        if sentence.strip() != title_folded and len(sentence.split()) >= LEAD_MIN_WORDS:
            return index
    return None


def continuing(folded: str, clause: Clause) -> bool:
    """The clause ties itself to the sentence before (أثناء ذلك، تعرضت، ثم ...)."""
    opening = " " + " ".join(w.strip("«»“”\"") for w in folded[clause.start : clause.end].split()[:8]) + " "
    return any(needle in opening for needle in _with_conjunctions(cues().continuation, " "))


def follows_up(folded: str, start: int, end: int) -> bool:
    """The sentence opens by going on with the report before it (وأضاف المرصد أن ...، وبحسب ...)."""
    words = folded[start:end].split()[:3]
    opening = " ".join(w.strip("«»“”\"") for w in words)
    return (opening + " ").startswith(_with_conjunctions(cues().follow_up))


def comes_after(folded: str, clause: Clause) -> bool:
    """The clause opens by placing what was just told after an earlier event (ويأتي ذلك غداة ...)."""
    opening = " ".join(w.strip("«»“”\"") for w in folded[clause.start : clause.end].split()[:1]) + " "
    return opening.startswith(_with_conjunctions(cues().comes))


def same_time(folded: str, clause: Clause, across: bool = False) -> bool:
    """The clause opens by telling what happened at the same time as the clause before it (فيما، بينما),
    not by comparing with what is known (وكما هو معروف); `across` a full stop, only with a word that
    carries the time that far (كما)."""
    opening = " ".join(w.strip("«»“”\"") for w in folded[clause.start : clause.end].split()[:3]) + " "
    c = cues()
    return opening.startswith(_with_conjunctions(c.same_time_sentence if across else c.same_time)) and not (
        opening.startswith(_with_conjunctions(c.same_time_asides)))


def separate_incident(folded: str, start: int, end: int) -> bool:
    """The sentence opens by saying it tells another incident (وفي حادثة منفصلة ...)."""
    opening = " ".join(w.strip(_QUOTES + "،,") for w in folded[start:end].split()[:5]) + " "
    return opening.startswith(_with_conjunctions(cues().separate))


def _word_after(folded: str, tr: Trigger) -> str | None:
    """The word right after the trigger, if a word follows it."""
    match = _NEXT_WORD.match(folded, tr.end)
    return match.group(1) if match else None


def another_incident(folded: str, trigger: Trigger) -> bool:
    """The trigger is a noun with a word of another incident right after it (تفجير آخر، غارة أخرى)."""
    return not trigger.verb and _word_after(folded, trigger) in cues().another


@lru_cache(maxsize=16)
def _with_conjunctions(phrases: tuple[str, ...], before: str = "") -> tuple[str, ...]:
    """Each of `phrases` after each conjunction prefix (none included) and `before`, then a space."""
    return tuple(f"{before}{c}{phrase} " for phrase in phrases for c in CLITICS.conjunction_prefixes)


def generic(folded: str, trigger: Trigger, event_type: str) -> bool:
    """The event's type is only that of one of the data's generic attack nouns in the singular or
    dual (الهجوم، هجوم إرهابي), typed by nothing else in its clause."""
    return trigger.event_type == event_type and without_articles(folded[trigger.start : trigger.end]) in cues().generic


def told_as_an_attack(folded: str, trigger: Trigger, event_type: str) -> bool:
    """The event's type is only that of one of the data's generic attack nouns, singular or plural
    (الهجوم، الهجمات الإرهابية), typed by nothing else in its clause."""
    return trigger.event_type == event_type and without_articles(folded[trigger.start : trigger.end]) in (
        cues().attack_words)


def choose_trigger(
    folded: str, clause: Clause, inside: list[Trigger], c_actors: list, toll: Toll, verbs: list[int], is_lead: bool,
    targets: list = (),
) -> tuple[Trigger, str] | None:
    """The trigger of a clause's event and its type, or None when the clause tells no event (`targets`: the
    actor phrases of the clause in a target position)."""
    future = cues().future
    if any(one_of(w.strip(_QUOTES), future) for w in folded[clause.start : clause.end].split()):
        return None
    counted = toll.told
    has_verb = any(clause.start <= v < clause.end for v in verbs)
    if aggregate(folded, clause, counted):
        return None
    if not (counted or has_verb) and evaluates(folded, clause) and not any(
        _described_after(folded, tr) for tr in inside
    ):
        return None  # a judgement of an attack told elsewhere (ويعد الهجوم الأعنف)
    reply = _reply_at(folded, clause)
    if reply is not None and any(tr.start < reply for tr in inside):  # ردا على Y: Y is not the clause's event
        inside = [tr for tr in inside if tr.start < reply]
    elif reply is not None and _opening_reply(folded, clause, reply):  # وردا على قصف ...، شنت الطائرات غارات
        answered = _answered_end(folded, clause, reply, inside, verbs)
        if answered is not None:
            clause = Clause(answered, clause.end, clause.continues)
            inside = [tr for tr in inside if tr.start >= answered]
    spoken = not counted and _no_attack_told(folded, clause, cues().verbal)
    usable = [
        tr for tr in inside
        if _asserted(folded, clause, tr) and not (spoken and tr.verb and tr.event_type == "ground_attack")
        and (not tr.weak or has_verb or counted or any(abs(a.start - tr.start) <= WEAK_ACTOR_CHARS for a in c_actors)
             or _fired_at_a_target(folded, clause, tr))
        and not _unarmed_confrontation(folded, clause, tr, [*c_actors, *targets])
    ]
    violent = [tr for tr in usable if tr.event_type in VIOLENT_TYPES]
    if violent:  # a weak attack word says no more than "attack" (ردا على الهجوم شنت ... غارات)
        first = violent[0]
        if _missiles_from_afar(folded, clause, first, c_actors):
            return first, "airstrike"
        if first.event_type == "ground_attack" and not first.weak and _bomb_told(folded, clause, first, violent):
            return first, "bombing"  # اقتحم انتحاري بجرار مفخخ: a suicide bombing
        if not (first.weak and first.event_type == "ground_attack"):
            return first, first.event_type
        telling = [tr for tr in violent if not tr.weak] or [tr for tr in violent if tr.event_type != "ground_attack"]
        if telling:  # هجوما صاروخيا: the missiles tell the kind
            return first, "airstrike" if _missiles_from_afar(folded, clause, telling[0], c_actors) else (
                telling[0].event_type)
        return first, weapon_type(folded, clause, first, c_actors) or first.event_type
    ambiguous = [tr for tr in usable if tr.event_type == AMBIGUOUS]
    if ambiguous and (c_actors or counted):
        return ambiguous[0], weapon_type(folded, clause, ambiguous[0], c_actors) or AMBIGUOUS
    subject = next(
        (tr for tr in ambiguous if _strikes(folded, tr, verbs) or _strikes_a_side(folded, tr, targets, inside)), None)
    if subject is not None:  # قصفا استهدف حافلة، استهدفت مواقع للقوات: the strike is told by its verb, whoever struck
        return subject, weapon_type(folded, clause, subject, c_actors) or AMBIGUOUS
    other = [tr for tr in usable if tr.event_type == "other"]
    if other:
        return other[0], "other"
    statement = [tr for tr in usable if tr.event_type == "statement"]
    if statement and is_lead:  # a toll told by a statement is an event, unless of no attack (floods, a crash)
        if not counted or _no_attack_told(folded, clause):
            return statement[0], "statement"
        return statement[0], weapon_type(folded, clause, statement[0], c_actors) or "other"  # قتل 27 في انفجار
    return None


def _strikes(folded: str, tr: Trigger, verbs: list[int]) -> bool:
    """The trigger is an indefinite noun that a strike verb right after it has for subject (قصفا
    استهدف المدينة، ضربات وقعت في بلدة): a new attack told as a happening though no actor is named
    (القصف استهدف names one told before)."""
    after = None if tr.verb or definite(folded, tr) else _NEXT_WORD.match(folded, tr.end)
    return after is not None and after.start(1) in verbs


def _strikes_a_side(folded: str, tr: Trigger, targets: list, inside: list[Trigger]) -> bool:
    """The trigger is a strike verb in the past tense with a side named as its target after it (استهدفت
    الفصائل مواقع قوات النظام): an attack told as done though its doer is not named. Not the present
    (تستهدف القوات: what a side does or means to do), nor a verb whose subject is an attack told before:
    a trigger or an attack word right before or after it (الضربة استهدفت، استهدف الاعتداء), or a
    relative pronoun before it (الحادث الذي استهدف)."""
    if not tr.verb or tr.present or not any(a.start > tr.start for a in targets):
        return False
    begin = actors.word_start(folded, tr.start)
    before = folded[max(0, begin - 20) : begin].split()
    after = _NEXT_WORD.match(folded, tr.end)
    span = (folded.rfind(before[-1], 0, begin) if before else begin, after.end(1) if after else tr.end)
    beside = before[-1:] + ([after.group(1)] if after else [])
    return not (
        any(other is not tr and span[0] <= other.start < span[1] for other in inside)
        or any(without_articles(w) in cues().attack_words for w in beside)
        or (before and CLITICS.strip_conjunction(before[-1]) in cues().relative_pronouns)
    )


def _fired(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """A projectile trigger (shelling or missiles: صواريخ، قذيفة) with a firing word among the
    `FIRING_WORDS` words before it in its clause (أطلقت الميليشيات قذيفة، بإطلاق قذيفتي هاون): fired at a
    target, not an operation launched."""
    if trigger.event_type != "shelling" and not trigger.missiles:
        return False
    begin = actors.word_start(folded, trigger.start, clause.start)
    before = folded[max(clause.start, begin - 60) : begin].split()[-FIRING_WORDS:]
    return any(one_of(w.strip(_QUOTES + "\u060c,"), cues().firing) for w in before)


def _fired_at_a_target(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """A weak projectile trigger (صواريخ) fired (`_fired`) with a target word among the `TARGET_WORDS` words
    after it in its clause (أطلقت الفصائل 20 صاروخا صباح الخميس على مواقع الجيش): an attack told as done, as a
    strike verb would tell it; with the article only when counted (إطلاق عشرات الصواريخ على)."""
    if not (trigger.weak and _fired(folded, clause, trigger)):
        return False
    if _with_article(folded, trigger) and count_before(folded, actors.word_start(folded, trigger.start)) is None:
        return False  # إطلاق الصواريخ الحوثية على المملكة: the firing told before, named again
    after = folded[trigger.end : clause.end].split()[:TARGET_WORDS]
    return any(w.strip(_QUOTES + "\u060c,") in cues().targets for w in after)


def _unarmed_confrontation(folded: str, clause: Clause, trigger: Trigger, named: list) -> bool:
    """A confrontation trigger (مواجهات، صدامات) in a clause that names no armed group as a side: none of the
    data's armed sides (مسلحين، المقاومة) and no actor (`named`, targets too) that does not strike from the
    air. A protest's confrontations with soldiers or police, a match's, not a clash of war."""
    word = folded[trigger.start : trigger.end]
    if not any(h.start == 0 and h.end == len(word) for h in cues().confrontations.find(word)):
        return False
    text = folded[clause.start : clause.end]
    return not (cues().armed_sides.find(text) or any(not (a.air or actors.is_air(a.name)) for a in named))


def struck_by_verb(trigger: Trigger, inside: list[Trigger]) -> bool:
    """A weak trigger (صواريخ، طائرات) in a clause with a strike verb in the past tense (صواريخ استهدفت
    قاعدة، قصفت طائرات مواقع): the verb tells the strike as done, as a strong trigger would."""
    return trigger.weak and any(tr.verb and tr.event_type == AMBIGUOUS and not tr.present for tr in inside)


def _missiles_from_afar(folded: str, clause: Clause, trigger: Trigger, c_actors: list) -> bool:
    """A weak shelling word (صواريخ، مدفعية) by a side that strikes from the air, or a missile word
    by a side whose missiles strike from afar (a state's ballistic or cruise missiles), or named by its
    adjective (صواريخ إسرائيلية): an airstrike."""
    if trigger.event_type != "shelling":
        return False
    return any((trigger.weak and (a.air or actors.is_air(a.name)))
               or (trigger.missiles and actors.strikes_with_missiles(a.name)) for a in c_actors) or (
        trigger.missiles and actors.names_a_missile_side(first_words(folded, trigger.end, clause.end, 2)))


def struck_from_the_air(folded: str, trigger: Trigger, event_type: str, actor: actors.ActorHit | None) -> bool:
    """A generic attack word (هجوم، هجمات) typed by nothing else is named as the attack of a side
    that strikes from the air (هجوم إسرائيلي، الهجمات الأمريكية), by a phrase naming none of its ground
    or sea forces (هجوم للقوات الأمريكية الخاصة is not)."""
    if actor is None or not actor.attack or actor.backer or actor.forces or not actors.is_air(actor.name):
        return False
    return trigger.event_type == event_type == "ground_attack" and actor.start <= trigger.start < actor.end and (
        without_articles(folded[trigger.start : trigger.end]) in cues().attack_words)


def evaluates(folded: str, clause: Clause) -> bool:
    """The clause opens with a verb that judges or ranks an attack told elsewhere (ويعد الهجوم الأعنف
    منذ ...، واعتبرت إسرائيل أن الضربات مبررة): its main predicate is the judgement, not an attack."""
    opening = first_words(folded, clause.start, clause.end, EVALUATION_WORDS)
    return any(one_of(w.strip(_QUOTES + "،,"), cues().evaluations) for w in opening)


def _described_after(folded: str, tr: Trigger) -> bool:
    """A relative pronoun right after the trigger describes it (أن الضربات التي نفذتها ... في محيط دمشق)."""
    return _word_after(folded, tr) in cues().relative_pronouns


def _no_attack_told(folded: str, clause: Clause, words: frozenset[str] | None = None) -> bool:
    """A word of the clause is one of `words` (by default those telling something that is no attack:
    الفيضانات، حادث تصادم، الاحتجاجات; the verbal ones: هاجم الوزير قائلا)."""
    words = cues().non_attack if words is None else words
    return any(one_of(w.strip(_QUOTES + ".,،:"), words) for w in folded[clause.start : clause.end].split())


def _bomb_told(folded: str, clause: Clause, first: Trigger, violent: list[Trigger]) -> bool:
    """A strong bombing trigger follows the clause's ground attack within `BOMB_WORDS` words, before
    any cause word (اقتحم انتحاري بجرار مفخخ; not سيطر ... بعد هجوم بعربة مفخخة: the bomb opened the
    way)."""
    cause = next(cues().causes.finditer(folded, first.end, clause.end), None)
    end = clause.end if cause is None else cause.start()
    return any(
        tr.event_type == "bombing" and not tr.weak and first.start < tr.start < end
        and len(folded[first.end : tr.start].split()) <= BOMB_WORDS
        for tr in violent
    )


def weapon_type(folded: str, clause: Clause, trigger: Trigger, c_actors: list | None = None) -> str | None:
    """The type told by the first weapon word of the clause (بسكين، مفخخة، المدفعية) before any cause
    word after the trigger, if any (ضربات ردا على هجوم كيميائي، قصف بعد انفجار عبوة: the weapon of
    the attack answered is not the trigger's), outside the phrase of a side backing the one that acts
    (هجوم بإسناد من مروحيات روسية: the aircraft do not make the assault an air strike) and not right
    after a support word (معارك، مدعومة بغارات جوية: the strikes back the fighting, `_backs`)."""
    cause = next(cues().causes.finditer(folded, trigger.end, clause.end), None)
    end = clause.end if cause is None else cause.start()
    backing = [(a.start, a.end) for a in c_actors or [] if a.backer]
    hits = _weapon_hits(folded)
    for at in range(bisect_left(hits, (clause.start, "")), len(hits)):
        start, kind = hits[at]
        if start >= end:
            return None
        if not any(b <= start < e for b, e in backing) and not _among_the_dead(folded, clause, start) and not (
                _backs(folded, clause, start)):
            return kind
    return None


def _backs(folded: str, clause: Clause, start: int) -> bool:
    """A support word stands among the `BACKING_WORDS` words before the one at `start` (مدعومة بغارات جوية،
    بغطاء من الطيران)."""
    before = folded[clause.start : actors.word_start(folded, start, clause.start)].split()[-BACKING_WORDS:]
    return any(one_of(w.strip(_QUOTES + ".,،"), cues().support) for w in before)


def _among_the_dead(folded: str, clause: Clause, start: int) -> bool:
    """The word at `start` names some of the dead (بينهم انتحاري، بينهم ثلاثة انتحاريين), not a weapon used."""
    return _after_victims([w.strip(_QUOTES) for w in folded[max(clause.start, start - 30) : start].split()])


def _after_victims(before: list[str]) -> bool:
    """The words `before` a word end with one of the victims words, or one and a count (بينهم، بينهم ثلاثة)."""
    victims = cues().victims
    return bool(before) and (one_of(before[-1], victims) or (
        len(before) >= 2 and one_of(before[-2], victims) and _count(before[-1])))


def loaded_with_chemicals(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """A violent trigger carries a chemical weapon: a loading word right after it, then an ``other``
    weapon word among the `LOAD_WORDS` words after that (صواريخ محملة بغاز الكلور، قذائف تحتوي على غازات
    سامة; not قذيفة أصابت صهريجا محملا بالغاز)."""
    load = _NEXT_WORD.match(folded, trigger.end)
    if trigger.event_type not in VIOLENT_TYPES or load is None or load.end() > clause.end or not one_of(
            load.group(1), cues().loaded):
        return False
    reach = words_end(folded, load.end(), clause.end, LOAD_WORDS)
    hits = _weapon_hits(folded)
    at = bisect_left(hits, (load.end(), ""))
    return at < len(hits) and hits[at][0] < reach and hits[at][1] == "other"


def named_weapon(folded: str, trigger: Trigger) -> str | None:
    """The type of a weapon word inside the trigger itself (هجوم كيماوي، هجوم بالسكين), if any."""
    hits = _weapon_hits(folded)
    at = bisect_left(hits, (trigger.start, ""))
    return hits[at][1] if at < len(hits) and hits[at][0] < trigger.end else None


@lru_cache(maxsize=4)
def _weapon_hits(folded: str) -> list[tuple[int, str]]:
    """Where the weapon words of `folded` start, with their types, in order."""
    return [(h.start, h.value) for h in cues().weapons.find(folded)]


def counted(folded: str, clause: Clause, inside: list[Trigger]) -> int | None:
    """The number written right before a trigger of the clause (ثلاث هجمات، 3 ضربات), or two for a dual
    one (هجومان), if any."""
    if any(tr.dual for tr in inside):
        return 2
    for trigger in inside:
        begin = actors.word_start(folded, trigger.start, clause.start)
        before = folded[max(clause.start, begin - 20) : begin].split()
        word = _without_preposition(CLITICS.strip_conjunction(before[-1])) if before else ""
        if word.isdigit() and not 1900 < int(word) < 2100:
            return int(word)
        if word in toll_rules().cardinals:
            return toll_rules().cardinals[word]
    return None


def _without_preposition(word: str) -> str:
    """A count word without the preposition glued to it (بتسع ضربات: تسع)."""
    if word.isdigit() or word in toll_rules().cardinals:
        return word
    bare = next((word[len(p):] for p in CLITICS.prepositions if word.startswith(p)), word)
    return bare if bare.isdigit() or bare in toll_rules().cardinals else word


def definite(folded: str, trigger: Trigger, places: list[tuple[int, object]] = ()) -> bool:
    """The trigger is a noun with the article (القصف، للقصف، والغارة) or one made definite by the
    noun after it (استهداف المواقع، هجوم دوما: the word after a noun form has the article or is a
    place among `places`, at their folded offsets)."""
    if _with_article(folded, trigger):
        return True
    match = None if trigger.verb else _NEXT_WORD.match(folded, trigger.end)
    if match is None:
        return False
    return match.group(1).startswith(CLITICS.article) or any(p == match.start(1) for p, _ in places)


def _with_article(folded: str, trigger: Trigger) -> bool:
    """The trigger's word has the article, after any proclitic (القصف، للقصف، والغارة)."""
    word = CLITICS.strip_conjunction(folded[actors.word_start(folded, trigger.start) : trigger.end])
    return word.startswith((CLITICS.article, CLITICS.lam_article, *(p + CLITICS.article for p in CLITICS.prepositions)))


def described(folded: str, trigger: Trigger) -> bool:
    """The trigger is a verb right after a relative pronoun (المدينة التي سيطر عليها التنظيم، الجيش
    الذي سيطر على جل المحافظة) or an indefinite noun of places (مناطق سيطرت عليها القوات): it
    describes what it follows rather than telling an attack; not in a cleft (القوات هي التي استعادت
    الرمادي)."""
    if not trigger.verb or not folded[trigger.start - 1 : trigger.start].isspace():
        return False
    before = [w.strip(_QUOTES + "-\u2013\u2014،,") for w in folded[max(0, trigger.start - 20) : trigger.start].split()]
    if before and folded[trigger.start - 2 : trigger.start - 1].isalpha() and before[-1] in cues().indefinite_heads:
        return True  # من مناطق سيطرت عليها القوات: an indefinite noun described
    if not before or CLITICS.strip_conjunction(before[-1]) not in cues().relative_pronouns:
        return False
    return len(before) < 2 or before[-2] not in cues().cleft_pronouns


def aggregate(folded: str, clause: Clause, counted: bool = False) -> bool:
    """The clause tells a total over a period, scattered attacks or a habit (خلال 24 ساعة، في هجمات
    متفرقة، بانتظام), or, when it tells a toll (`counted`), a total over the last days (خلال اليومين
    الماضيين): not one attack."""
    return _holds(folded, _aggregate_starts(folded), clause) or (
        counted and _holds(folded, _recent_starts(folded), clause))


def _holds(folded: str, starts: list[int], clause: Clause) -> bool:
    """One of `starts` lies in the clause, not within `PEOPLE_WORDS` words after a relative pronoun of
    people (الذين استأنفوا منذ الأسبوع الماضي: what they do, not a total)."""
    for at in range(bisect_left(starts, clause.start), len(starts)):
        if starts[at] >= clause.end:
            return False
        before = folded[max(clause.start, starts[at] - 60) : starts[at]].split()[-PEOPLE_WORDS:]
        if not any(w in cues().people_relatives for w in before):
            return True
    return False


@lru_cache(maxsize=4)
def _aggregate_starts(folded: str) -> list[int]:
    """Where the total, scattered and habit phrases of `folded` start, in order."""
    return [h.start for h in cues().aggregates.find(folded)]


@lru_cache(maxsize=4)
def _recent_starts(folded: str) -> list[int]:
    """Where the phrases of the last days start in `folded`, in order."""
    return [h.start for h in cues().recent.find(folded)]


def campaign(folded: str, clause: Clause, trigger: Trigger, counted: bool = False) -> bool:
    """A campaign word among the four words before the trigger (أطلقت عملية عسكرية، ضاعف التنظيم من هجماته; not
    a firing word before a projectile: أطلقت الميليشيات قذيفة, `_fired`) or
    among the two after it (هجوم واسع، هجوم بدأ في يونيو), or a trigger that is a campaign by itself
    (العمليات العسكرية; عملية عسكرية in a clause that tells no toll, unless `counted`)."""
    begin = actors.word_start(folded, trigger.start, clause.start)
    before = [w.strip(_QUOTES) for w in folded[max(clause.start, begin - 50) : begin].split()][-4:]
    after = _words_after(folded, clause, trigger, 2)
    if _fired(folded, clause, trigger):  # أطلقت صواريخ: missiles fired, not an operation launched
        before = [w for w in before if not one_of(w, cues().firing)]
    if any(one_of(w, cues().campaign) for w in before) or any(one_of(w, cues().campaign_after) for w in after):
        return True
    if _share_captured(folded, clause, trigger, begin):
        return True
    word, at = folded[begin : trigger.end], trigger.start - begin
    return _campaign_noun(cues().campaign_nouns, word, at) or (
        not counted and _campaign_noun(cues().untolled_campaign_nouns, word, at))


def _words_after(folded: str, clause: Clause, trigger: Trigger, n: int) -> list[str]:
    """The first `n` words after the trigger in its clause, quotes and punctuation standing alone skipped
    (القصف، الذي بدأ: الذي، بدأ)."""
    words = (w.strip(_QUOTES + ".,،") for w in first_words(folded, trigger.end, clause.end, n + 2))
    return [w for w in words if w][:n]


def lasting(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """One of the two words after the trigger tells it lasted or began (القصف، الذي بدأ في 18 شباط)."""
    after = _words_after(folded, clause, trigger, 2)
    return any(one_of(w, cues().lasting) for w in after)


def _share_captured(folded: str, clause: Clause, trigger: Trigger, begin: int) -> bool:
    """The trigger captures a share of an area (سيطرت على معظم ريف حلب، استعاد السيطرة على أكثر من 80 في
    المئة من مساحتها): a share word among the `SHARE_WORDS` words after the على that follows it, or, with no
    على, among the `CAPTURE_OBJECT_WORDS` after the trigger (استعاد الجيش نحو 95 في المئة من أراضيها)."""
    captured = _captured(folded, clause, trigger, begin)
    if captured is None:
        return False
    words = captured.words if captured.direct else captured.words[:SHARE_WORDS]
    return any(w in cues().shares or w.endswith("%") for w in words)


def _captures_no_place(folded: str, clause: Clause, trigger: Trigger, begin: int) -> bool:
    """The trigger's على is followed by what is no place to take (سيطرت فرق الدفاع المدني على حريق، سيطر
    الفريق على مجريات المباراة): a fire put out, a game dominated; or, without على, what it takes among its
    first `REGAINED_WORDS` words, before any على, is no place (استعادت اللاعبة صدارة التصنيف، استعاد الفريق نغمة
    الانتصار بفوزه على ضيفه): a rank or a form regained."""
    captured = _captured(folded, clause, trigger, begin)
    if captured is None:
        return False
    taken = takewhile(lambda w: w not in cues().capture_objects, first_words(folded, trigger.end, clause.end,
                                                                              REGAINED_WORDS))
    if any(one_of(w.strip(_QUOTES + ".,،"), cues().not_regained) for w in taken):
        return True
    return not captured.direct and bool(captured.words) and one_of(captured.words[0], cues().not_captured)


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
    after = [w.strip(_QUOTES + ".,،") for w in first_words(folded, trigger.end, clause.end, CAPTURE_OBJECT_WORDS)]
    if words[-1] in c.capture_objects:
        return _Captured(after, direct=False)
    at = next((n for n, w in enumerate(after) if w in c.capture_objects), None)
    return _Captured(after, direct=True) if at is None else _Captured(after[at + 1 :], direct=False)


def _campaign_noun(nouns: PhraseMatcher, word: str, at: int) -> bool:
    """The trigger's words (from `at` in `word`, after its clitics: بالعمليات العسكرية) are one of `nouns`."""
    return any(h.start == at and h.end == len(word) for h in nouns.find(word))


def _asserted(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger tells a happening: not after a demonstrative (هذا الهجوم), a negation or an
    irrealis word, not before an irrealis one (المرتقب), not a count over a period, not an aircraft
    shot down or falling (أسقطت طائرة، سقوط مروحية)."""
    c = cues()
    begin = actors.word_start(folded, tr.start, clause.start)
    before = [w.strip(_QUOTES) for w in folded[max(clause.start, begin - 80) : begin].split()]
    after = first_words(folded, tr.end, clause.end, 5)
    if (before and one_of(before[-1], c.demonstratives)) or _points_back(folded, tr, c):
        return False  # هذا الهجوم، الهجوم ذلك: told before
    if _after_victims(before):
        return False  # بينهم انتحاري، بينهم ثلاثة انتحاريين: some of the dead
    if _downed(folded, tr, before, clause, c):
        return False
    if _scare_quoted(folded, tr) or _captures_no_place(folded, clause, tr, begin):
        return False
    if tr.event_type == "airstrike" and _cover(folded, tr, before, c):
        return False  # بإسناد بطيران التحالف، بدعم من المروحيات: air cover of another attack
    return not (
        any(one_of(w, c.negations) for w in before[-2:])
        or any(one_of(w, c.irrealis) or one_of(w, c.non_attack) for w in before[-8:])
        or any(one_of(w.strip(".,،«»\"“”"), c.irrealis_after | c.non_attack_after | c.non_attack) for w in after[:3])
        or _unexploded(after, c)
        or _denied(folded[clause.start : begin].split(), c)
        or _statistic(before, after, c)
    )


def _count(word: str) -> bool:
    """The word is a number, in digits or in words (3، ثلاثة)."""
    return word.isdigit() or word in toll_rules().cardinals


def _points_back(folded: str, tr: Trigger, c: Cues) -> bool:
    """A demonstrative right after the trigger (حادثة التفجير تلك، الهجوم ذلك): it names an attack told
    before; not one before a definite noun, which dates (الغارة هذا الأسبوع)."""
    pointer = _NEXT_WORD.match(folded, tr.end)
    if pointer is None or pointer.group(1) not in c.demonstratives:
        return False
    after = _NEXT_WORD.match(folded, pointer.end())
    return after is None or not after.group(1).startswith(CLITICS.article)


def _scare_quoted(folded: str, tr: Trigger) -> bool:
    """The trigger, one word, stands alone between quotes (مواجهة و"اشتباكا" بين الوزيرين): a figure of
    speech (a quoted phrase, "هجوما صاروخيا", is a source's wording)."""
    if " " in folded[tr.start : tr.end]:
        return False
    end = tr.end
    while end < len(folded) and folded[end].isalpha():
        end += 1  # a pronoun suffix or the accusative ending
    return tr.start > 0 and folded[tr.start - 1] in _SCARE_QUOTES and end < len(folded) and (
        folded[end] in _SCARE_QUOTES)


def _cover(folded: str, tr: Trigger, before: list[str], c: Cues) -> bool:
    """A support word right before an air trigger (بإسناد بطيران التحالف), or up to `SUPPORT_WORDS`
    words before one that names aircraft (بدعم من المروحيات; not بإسناد من غارات التحالف: the strikes
    of the side that backs)."""
    if before and one_of(before[-1], c.support):
        return True
    head = without_articles(folded[tr.start : tr.end]).split()[0]
    return head in c.aircraft and any(one_of(w, c.support) for w in before[-SUPPORT_WORDS:])


def _downed(folded: str, tr: Trigger, before: list[str], clause: Clause, c: Cues) -> bool:
    """The trigger names an aircraft shot down or falling: a downing word among the `DOWNED_WORDS`
    words before it (أسقطت الدفاعات الجوية طائرة), a falling word right before it (سقوط طائرة), a downing
    verb with it as its pronoun after it (طائرة مسيرة أسقطتها الدفاعات); or the aircraft that shot another
    down (أسقطت مروحية حربية السبت طائرة مسيرة)."""
    head = without_articles(folded[tr.start : tr.end]).split()[0]
    if head not in c.aircraft:
        return False
    after = first_words(folded, tr.end, clause.end, DOWNED_WORDS)
    return (any(one_of(w, c.downed) for w in before[-DOWNED_WORDS:]) or bool(before and one_of(before[-1], c.falling))
            or any(one_of(w, c.downed_after) for w in after) or _downs_an_aircraft(folded, tr, clause.end, c))


def _downs_an_aircraft(folded: str, tr: Trigger, end: int, c: Cues) -> bool:
    """A downing word among the `DOWNED_WORDS` words after an aircraft trigger, then an aircraft among the
    `DOWNED_WORDS` words after it, all before any comma (مروحية حربية أسقطت السبت طائرة): the trigger shot
    that aircraft down (not بنيران طائرات حربية، وأسقطت الدفاعات طائرة: another stretch's)."""
    stop = next((i for i in range(tr.end, end) if folded[i] in _CLAUSE_PUNCTUATION), end)
    after = first_words(folded, tr.end, stop, 2 * DOWNED_WORDS)
    at = next((n for n, w in enumerate(after[:DOWNED_WORDS]) if one_of(w, c.downed)), None)
    return at is not None and any(
        without_articles(CLITICS.strip_conjunction(w)) in c.aircraft for w in after[at + 1 : at + 1 + DOWNED_WORDS])


def _unexploded(after: list[str], c: Cues) -> bool:
    """Among the four words after the trigger, a phrase telling it did not go off (صاروخ توماهوك
    أميركي لم ينفجر، قذيفة غير منفجرة)."""
    words = " " + " ".join(w.strip(".,،«»\"“”") for w in after[:4]) + " "
    return any(f" {phrase} " in words for phrase in c.unexploded)


def _denied(before: list[str], c: Cues) -> bool:
    """A denial stands before the trigger in its clause (نفت الولايات المتحدة شن غارات), and what it
    denies is not a side's part in the attack nor something during it, told among the last
    `DENIAL_LIMIT_WORDS` words before the trigger (نفى مسؤوليته عن التفجير، سقوط طائرة خلال الغارات)."""
    words = [w.strip(_QUOTES) for w in before]
    at = next((i for i in range(len(words) - 1, -1, -1) if one_of(words[i], c.denials)), None)
    return at is not None and not any(
        one_of(w, c.denial_limits) for w in words[max(at + 1, len(words) - DENIAL_LIMIT_WORDS) :]
    )


def _statistic(before: list[str], after: list[str], c: Cues) -> bool:
    """A count of attacks over a period (44 هجوما خلال العام) or in thousands (29 ألفا و358
    ضربة), not one event."""
    count = CLITICS.strip_conjunction(before[-1]) if before else ""
    if not ((count.isdigit() and not 1900 < int(count) < 2100) or count in toll_rules().cardinals):
        return False
    if (count.isdigit() and int(count) >= 1000) or any(
        w.rstrip(CLITICS.accusative) in toll_rules().multipliers for w in before[-3:]
    ):
        return True
    around = " " + " ".join(CLITICS.strip_conjunction(w.strip(".,،")) for w in [*before[-9:-1], "|", *after]) + " "
    return any(f" {phrase} " in around for phrase in c.statistics)


def _reply_at(folded: str, clause: Clause) -> int | None:
    """Where the clause's first reply word (ردا على، انتقاما) starts, if any."""
    for m in cues().causes.finditer(folded, clause.start, clause.end):
        if CLITICS.strip_conjunction(m.group(0)) in cues().replies or m.group(0) in cues().replies:
            return m.start()
    return None


def _opening_reply(folded: str, clause: Clause, reply: int) -> bool:
    """The reply word opens the clause: at most `REPLY_OPENING_WORDS` words before it, none a demonstrative
    (وفيما بدا ردا على الهجوم، شنت ...; not وذلك ردا على هجوم وقع الاثنين: what was just told answers the
    attack named after it, which is all the clause tells)."""
    before = folded[clause.start : reply].split()
    return len(before) <= REPLY_OPENING_WORDS and not any(one_of(w, cues().demonstratives) for w in before)


def _answered_end(folded: str, clause: Clause, reply: int, inside: list[Trigger], verbs: list[int]) -> int | None:
    """Where the attack answered by a clause opening with a reply word ends (وفي رد على قصف النظام
    بالبراميل أعلنت الفصائل استهداف ...، وردا على صواريخ حماس، شنت إسرائيل غارات): at the first comma after
    it, or at the first verb after its first trigger (a trigger verb, a strike verb, a statement); None
    when neither follows."""
    after = next((tr for tr in inside if tr.start > reply), None)
    comma = next((i for i in range(reply, clause.end) if folded[i] in ",\u060c"), None)
    verb = None if after is None else min(
        [tr.start for tr in inside if tr.start > after.start and (tr.verb or tr.event_type == "statement")]
        + [v for v in verbs if after.end <= v < clause.end], default=None)
    ends = [p for p in (comma, verb) if p is not None]
    return min(ends) if ends else None


def cause_at(
    folded: str, clause: Clause, trigger: Trigger, inside: list[Trigger], c_dates: list[tuple[int, DateMention]]
) -> int | None:
    """Where the clause turns from its event to one it answers (شنت ضربات إثر قصف ... في 7 نيسان؛
    ردا على استهداف ... قبل أيام): a cause word after the trigger, outside a date mention (بعد ظهر
    الأحد), followed by a trigger and a date, or by a trigger alone after a reply (ردا على)."""
    for m in cues().causes.finditer(folded, trigger.end, clause.end):
        if any(p <= m.start() < p + len(normalize(d.text)) or 0 <= p - m.end() <= 1 for p, d in c_dates):
            continue
        reply = CLITICS.strip_conjunction(m.group(0)) in cues().replies or m.group(0) in cues().replies
        if any(tr.start >= m.end() and tr.event_type != "statement" for tr in inside) and (
            reply or any(p >= m.end() for p, _ in c_dates)
        ):
            return m.start()
    return None


def caused_from(folded: str, clause: Clause, trigger: Trigger, inside: list[Trigger]) -> int | None:
    """Where the trigger's side begins when it stands after a cause word that no trigger of the clause
    comes before (تراجع النفط الاثنين إثر الضربات على سوريا مطلع الأسبوع): the end of that word; what is
    written before it tells what the cause brought about, not the trigger's event."""
    first = min((tr.start for tr in inside), default=trigger.start)
    found = list(cues().causes.finditer(folded, clause.start, min(first, trigger.start)))
    return found[-1].end() if found else None


def reply_at(folded: str, clause: Clause, trigger: Trigger, c_dates: list[tuple[int, DateMention]]) -> int | None:
    """Where a reply word after the trigger (ردا على، انتقاما) turns the clause to what the event answers,
    outside a date mention; what it names after it (ردا على إطلاق صواريخ على الجولان) is the answered
    attack's, never the event's."""
    for m in cues().causes.finditer(folded, trigger.end, clause.end):
        word = m.group(0)
        if CLITICS.strip_conjunction(word) not in cues().replies and word not in cues().replies:
            continue
        if not any(p <= m.start() < p + len(normalize(d.text)) for p, d in c_dates):
            return m.start()
    return None
