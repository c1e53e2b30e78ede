"""Attributing: who did it (the actor) and what it cost (the toll).

Actor: a capital (واشنطن) only as the subject of a verb or named as who did it. The actor phrase
overlapping the trigger (القصف التركي), else the nearest one that is not in a
target position (before the trigger, or at most 60 characters after it): one
the text names as who did it first (نسبت إلى X، على يد X), aircraft first for
airstrikes and ground sides first for ground attacks, a side backing another (بدعم
من X) only for its air strikes; a clause opened by كما keeps the previous
clause's actor. Clashes "between" two parties have no actor here (the first party fills it once the events are
told: `filled_sides`), nor a killing told
by a statement (أعلن الجيش التركي مقتل ...: the speaker); a speaker (the subject
of a saying verb, or after متحدث باسم) followed by a bare أن/إن (أوضح الجيش
الروسي أن الضربات ...), a side named after a word of telling or a leader's title (رواية حزب الله، الأمين العام
لحزب الله) and one who accuses another (اتهمت روسيا الولايات المتحدة) are never the actor of a violent event.

Toll: `toll.find_toll` on the clause, up to where it turns to another event
(before غداة Y: Y's toll is not the event's); a following sentence without
trigger that names "the incident" (أسفر الحادث عن ...) gives its toll to the
event before it, unless it tells a total over a period (منذ بدء الهجوم).
"""

from __future__ import annotations

from gazetteer.clitics import CLITICS
from timeline.extract import actors
from timeline.extract.actors import ActorHit
from timeline.extract.clauses import Clause
from timeline.extract.cues import cues, one_of
from timeline.extract.drafts import Draft
from timeline.extract.phrases import Hit
from timeline.extract.places import same_place
from timeline.extract.segment import QUOTES, in_dateline
from timeline.extract.spans import end_before
from timeline.extract.toll import Toll, find_toll, number_of
from timeline.extract.totals import aggregate, counted_span
from timeline.extract.triggers import AMBIGUOUS, Trigger

#: An actor written after the trigger is its agent only this close (شنتها قوات التحالف), unless the attack is
#: blamed on it (هجوم وقع في مدينة س على الحدود مع سوريا ونسب إلى التنظيم: `ActorHit.blamed`) or it claims it (تبناه
#: التنظيم: `ActorHit.claims`).
ACTOR_AFTER_CHARS = 60
#: How many words may stand between a speaker and what it says (، الخميس، في بيان).
SPEAKER_WORDS = 4


def actor_mentions(folded: str, verb_ends: set[int]) -> list[ActorHit]:
    """The actor phrases of the text, without those of a dateline nor a side its sentence takes back (`withdrawn`);
    a capital only right after a verb or named as who did it (قذيفة أطلقتها المعارضة), not addressed by an
    accusation (`_addressed`)."""
    found = [
        a for a in actors.find_actors(folded)
        if not in_dateline(folded, a.start) and (not a.capital or end_before(folded, a.start) in verb_ends or (
            a.claimed and not _addressed(folded, a)))
    ]
    taken_back = withdrawn(folded, found) | abstained(folded, found)
    return [a for a in found if a.start not in taken_back] if taken_back else found


#: A side named at most this many words after a phrase withdrawing it (حذفت لاحقا أي إشارة إلى مسؤولية الولايات
#: المتحدة) is the side withdrawn.
WITHDRAWN_WORDS = 2

#: The marks that end a sentence in the folded text.
_SENTENCE_ENDS = ".\n"


def withdrawn(folded: str, found: list[ActorHit]) -> set[int]:
    """Where the actor phrases start whose side their sentence names after a phrase withdrawing it (`withdrawals`:
    قالت الوكالة إنه "يشتبه بأنه هجوم أمريكي"، بيد أنها حذفت لاحقا أي إشارة إلى مسؤولية الولايات المتحدة): the text
    took that side back as who did it, so none of its sentence's phrases of that side is an actor."""
    out: set[int] = set()
    for phrase in actors.rules().withdrawals:
        at = folded.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            start = max(folded.rfind(ch, 0, at) for ch in _SENTENCE_ENDS) + 1
            stop = min((i for i in (folded.find(ch, end) for ch in _SENTENCE_ENDS) if i >= 0), default=len(folded))
            sides = {a.name for a in found if end <= a.start < stop
                     and len(folded[end : a.start].split()) <= WITHDRAWN_WORDS}
            out |= {a.start for a in found if start <= a.start < stop and a.name in sides}
            at = folded.find(phrase, end)
    return out


#: How many words may stand between a side and the phrase saying it had no part (الحشد الشعبي المسلحة لم تشارك).
ABSTAINING_WORDS = 2


def abstained(folded: str, found: list[ActorHit]) -> set[int]:
    """Where the actor phrases start that are followed, at most `ABSTAINING_WORDS` words after them (no punctuation,
    no relative pronoun: إسرائيل التي لم تشارك في ضربات السبت قد شنت سابقا غارات is the subject of what follows), by a
    phrase saying the side had no part (`abstentions`: أن بريطانيا لم تشارك في ضربات ليل الأحد): no actor."""
    out: set[int] = set()
    for a in found:
        words = folded[a.end : a.end + 80].split()
        for skipped in range(ABSTAINING_WORDS + 1):
            between, rest = words[:skipped], " ".join(words[skipped:])
            if any(not w.isalpha() or one_of(w, cues().relative_pronouns) for w in between) or (between and not rest):
                break
            if any(rest == p or rest.startswith(p + " ") for p in actors.rules().abstentions):
                out.add(a.start)
                break
    return out


def another_happening_from(folded: str, start: int, stop: int) -> int | None:
    """Where the first count of time from another happening between folded `start` and `stop` ends, after its link
    (قصفت الطائرات القاعدة بعد نحو شهرين من انطلاق الطائرة الإيرانية، بعد 3 أيام على الغارات الأميركية): one of
    `count_openers`, then a count of time (`actors.time_counted_from`). A side named after it is in that happening.
    None without one."""
    r = actors.rules()
    stretch = folded[start:stop]
    if not any(w in stretch for w in r.count_openers):
        return None
    for m in actors.WORD_OR_MARK.finditer(folded, start, stop):
        if CLITICS.strip_conjunction(m[0]) in r.count_openers or m[0] in r.count_openers:
            end = actors.time_counted_from(folded, m.end(), stop)
            if end is not None:
                return end
    return None


def _addressed(folded: str, a: ActorHit) -> bool:
    """The phrase takes the proclitic ل (اتهامات لموسكو بالمشاركة في القصف): the side an accusation or a blame is
    addressed to, not one named doing the attack."""
    return CLITICS.lam in folded[actors.word_start(folded, a.start) : a.start]


def speaker_starts(
    folded: str, actor_hits: list[ActorHit], report_hits: list[Hit], triggers: list[Trigger]
) -> set[int]:
    """Where the actors start that speak (`_speaker`, or named after a word of telling or a leader's title:
    `actors.tells`) rather than act."""
    says = {h.end for h in [*report_hits, *cues().speaker_nouns.find(folded)]} | {
        tr.end for tr in triggers if tr.event_type == "statement"
    }
    return {a.start for a in actor_hits if _speaker(folded, a, says) or actors.tells(folded, a, actor_hits)}


def _speaker(folded: str, a: ActorHit, says: set[int]) -> bool:
    """The actor is the subject of a saying verb, or follows a speaker noun (متحدث باسم، quoted or not: باسم
    "البنتاغون"), and its report brings another subject (أوضح الجيش الروسي أن الضربات استهدفت ...): the speaker,
    not who struck (but أعلن التحالف أنه قصف ...، أن قواته قصفت ...)."""
    if _end_before_quotes(folded, actors.word_start(folded, a.start)) not in says:
        return False
    c = cues()
    words = actors.bare_words(folded[a.end : a.end + 100])
    for i, word in enumerate(words[: SPEAKER_WORDS + 1]):
        if word in c.complementizers:
            return word in c.bare_complementizers and not speakers_own(words[i + 1 : i + 2])
    return False


def _end_before_quotes(folded: str, at: int) -> int:
    """Where the text before `at` ends without the white space and opening quotes right before it."""
    while at > 0 and (folded[at - 1].isspace() or folded[at - 1] in QUOTES):
        at -= 1
    return at


def speakers_own(words: list[str]) -> bool:
    """The report's subject is the speaker's own (أن قواته، أن طائراتها): an indefinite noun with a
    pronoun suffix, not a number whose folded feminine ending reads as one (إن ثلاثة أمريكيين أصيبوا)."""
    return bool(words) and not words[0].startswith(CLITICS.article) and words[0].endswith(
        CLITICS.pronoun_suffixes) and number_of(words[0]) is None


def pick_actor(c_actors: list[ActorHit], trigger: Trigger, event_type: str) -> ActorHit | None:
    """The actor phrase overlapping the trigger, else one the text names as who did it (نسبت إلى
    إسرائيل، على يد داعش), else the nearest before it or just after it: aircraft first for an air
    strike (a backing air force: قوات النظام بدعم من الطيران الروسي غارات), a side fighting on the
    ground first for a ground attack (شنت القوات العراقية والتحالف الدولي هجوما), a backer last
    otherwise (قصفت قوات النظام بإسناد من مروحيات روسية: the forces shelled); then the subject of a verb of
    striking opening its clause (محاولة القوات النظامية التقدم، حيث قصفت فصائل المعارضة تجمعا لهم); a ground
    attack's backers are left out before (`drafting.actor_and_type`)."""
    c_actors = [a for a in c_actors if a.blamed or a.claims or a.start < trigger.end + ACTOR_AFTER_CHARS]
    if not c_actors:
        return None

    def key(a: ActorHit) -> tuple[bool, bool, bool, bool, bool, int]:
        overlaps = a.start <= trigger.start < a.end or trigger.start <= a.start < trigger.end
        air = a.air or actors.is_air(a.name)
        air_wanted = event_type in ("airstrike", AMBIGUOUS)
        backing = a.backer and not (air and event_type == "airstrike")
        other_mode = (air_wanted and not air) or (event_type == "ground_attack" and air)
        return (not overlaps, not a.claimed, backing, other_mode, not a.subject, abs(a.start - trigger.start))

    return min(c_actors, key=key)


def anaphoric_toll(toll: Toll, sentence: str) -> Toll:
    """The toll of an event completed by a later sentence naming the incident (أسفر الحادث عن ...):
    that sentence's toll when the event has none and the sentence tells no total over a period."""
    if not cues().toll_nouns.search(sentence):
        return toll
    found = find_toll(sentence)
    if not found.told or toll.told or _total_over_a_period(sentence):
        return toll
    return found


#: A relative pronoun at most this many words after a toll noun describes it (الهجوم الانتحاري الذي).
DESCRIBED_WORDS = 2
#: A day or a place at most this many characters after that pronoun is the described incident's own (الذي وقع في أيلول).
DESCRIBED_CHARS = 50


def toll_of_another_incident(sentence: str, start: int, last: Draft, dates: list, places: list) -> bool:
    """A sentence without trigger (at `start`, with its `dates` and `places` as (offset, match)) names an incident
    other than the `last` draft's by the words right after a toll noun: a day other than the draft's (المجزرة في
    السجن عام 2008 التي أدت إلى مقتل 25), or, in a relative clause describing the noun, a place or a day other than
    the draft's (الهجوم الذي استهدف في بلدة س وأسفر عن مقتل 32، الاعتداء الذي وقع في أيلول وأوقع 30 جريحا): that
    incident's toll is not the draft's."""
    def other_day(m) -> bool:
        return last.when.value is not None and m.value is not None and m.value != last.when.value

    def other_place(pm) -> bool:
        return last.place is None or not same_place(pm.chosen, last.place.chosen)

    for noun in cues().toll_nouns.finditer(sentence):
        after = start + noun.end()
        if any(0 <= p - after <= DESCRIBED_CHARS and other_day(m) for p, m in dates):
            return True
        words = sentence[noun.end():].split()[: DESCRIBED_WORDS + 2]
        at = next((i for i, w in enumerate(words[: DESCRIBED_WORDS + 1]) if w.strip(",،") in cues().relative_pronouns),
                  None)
        if at is None:
            continue
        if any(w in cues().carried_out for w in words[at + 1 : at + 2]):
            return True  # الغارات التي يشنها التحالف: a side's strikes in general
        pronoun = start + sentence.index(words[at], noun.end())
        if any(0 <= p - pronoun <= DESCRIBED_CHARS and other_place(pm) for p, pm in places) or any(
                0 <= p - pronoun <= DESCRIBED_CHARS and m.value != last.when.value for p, m in dates):
            return True
    return False


def _total_over_a_period(sentence: str) -> bool:
    """The sentence tells a total over a period (قتل أكثر من 900 منذ بدء الهجوم، خلال 24 ساعة، خلال أسبوع) or names
    a time since which (منذ التفجير الذي أسفر عن مقتل 32: that incident's toll), not in a comparison (الأسوأ منذ بدء
    عملية السلام: a baseline)."""
    words = sentence.split()
    since = any(CLITICS.strip_conjunction(w) in cues().since for w in words)
    whole = Clause(0, len(sentence), False)
    return (since or aggregate(sentence, whole, counted=True) or counted_span(sentence, whole)) and not any(
        one_of(w, cues().superlatives) for w in words)
