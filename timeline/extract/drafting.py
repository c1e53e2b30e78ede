"""What one clause's draft is made of, besides its trigger: its actor and the type that actor's mode gives
an ambiguous trigger (`actor_and_type`), the sides listed with it (`listed_sides`), the triggers outside
a backer's phrase (`own_triggers`), and the checks that make a clause tell no attack of its own day:
going on since a date (`undated_but_since`), told in the present (`told_in_the_present`) or as what a side
used to do (`told_as_a_past_habit`), named after another happening (`told_after_anchor`), or a weak word before
its strong noun (`strike_noun_after`); and whether the attack is told as one done (`told_as_done`).
"""

from __future__ import annotations

import re

from gazetteer import PlaceMatch
from gazetteer.clitics import CLITICS
from timeline.extract import actors
from timeline.extract.actors import ActorHit
from timeline.extract.asserting import ONGOING_WORDS, repelled_from
from timeline.extract.attributing import another_happening_from, pick_actor
from timeline.extract.choosing import gunmen_beside
from timeline.extract.clause_dating import anchored
from timeline.extract.clauses import COMMAS, Clause
from timeline.extract.cues import cues, one_of
from timeline.extract.event_when import When
from timeline.extract.findings import Findings
from timeline.extract.following import DAYS
from timeline.extract.occurrence_days import own_day
from timeline.extract.segment import FoldedText, bare, definite
from timeline.extract.spans import first_words, word_matches
from timeline.extract.splitting import ATTACK_TYPES
from timeline.extract.toll import counted_before
from timeline.extract.toll import rules as toll_rules
from timeline.extract.triggers import AMBIGUOUS, Trigger, ambiguous_default

#: A verb in the present tense tells the past when a past form of كان stands at most this many words
#: before it (كانت المعارضة السورية تشن: the verb, its subject of two words between).
PAST_PROGRESSIVE_WORDS = 3
#: A launching verb at most this many words before an indefinite attack noun, without punctuation between, has
#: it for object, its subject between them (شنت وحدات الجيش اليمني هجوما).
LAUNCHED_WORDS = 5
#: A word of the time of writing (الآن) stands at most this many words before its attack noun (وهم الآن يخوضون
#: معارك); a present verb of fighting going on at most `ONGOING_WORDS`.
NOW_WORDS = 4
#: The trigger types of a verb that tells a strike done (قصفت، استهدف، أغارت، فجر), not a capture (سيطرت).
STRIKE_VERB_TYPES = frozenset({AMBIGUOUS, "airstrike", "shelling", "bombing"})


def told_after_anchor(r: Findings, c_dates: list, inside: list[Trigger], trigger: Trigger) -> bool:
    """The trigger follows a word of its clause that counts another happening from it (وعدت الحكومة بتعزيز
    الأمن غداة هجوم انتحاري), and no attack is told before that word (قصفت الطائرات البلدة غداة هجوم: the
    strike is dated from the attack, which is another)."""
    at = next((p for p, m in c_dates if p < trigger.start and anchored(r.text, m)), None)
    return at is not None and not any(tr.start < at and tr.event_type in ATTACK_TYPES for tr in inside)


def told_as_risen(folded: str, clause: Clause) -> bool:
    """The clause says its toll rose (`toll_rose`: ارتفعت حصيلة قتلى التفجير إلى 12، وارتفع عدد القتلى): a later count
    of an attack told before."""
    told = " " + " ".join(w.strip("،,.«»\"()") for w in folded[clause.start : clause.end].split()) + " "
    return any(phrase in told for phrase in cues().toll_rose)


def listed_sides(folded: str, c_actors: list[ActorHit], actor: ActorHit | None) -> frozenset[str]:
    """The sides written in one list with the event's actor (الولايات المتحدة وفرنسا وبريطانيا: only و or a
    comma between them), the actor's own among them; none without an actor."""
    if actor is None:
        return frozenset()
    chain = _actor_list(folded, c_actors, actor)
    sides = frozenset(a.name for a in chain) if chain else frozenset({actor.name})
    return sides | _adjectives_after(folded, max((a.end for a in chain), default=actor.end))


def _adjectives_after(folded: str, end: int) -> frozenset[str]:
    """The sides named by adjectives joined with و right after a side's phrase ending at `end` (قصف روسي وسوري،
    طائرات حربية سورية وروسية): sides of the same strike."""
    sides = set()
    for word in folded[end : end + LISTED_ADJECTIVE_CHARS].split():
        if not word.startswith(CLITICS.list_conjunction):
            break
        side = actors.side_of_adjective(word.strip(".,،«»\"()"))
        if side is None:
            break
        sides.add(side)
    return frozenset(sides)


#: How far after a side's phrase adjectives naming other sides of its strike are looked for, in characters.
LISTED_ADJECTIVE_CHARS = 40


def list_start(folded: str, c_actors: list[ActorHit], actor: ActorHit | None) -> int | None:
    """Where the list of sides holding the event's actor begins (شنت الولايات المتحدة وبريطانيا وفرنسا: at
    الولايات المتحدة), the actor's own start when it stands alone; none without an actor."""
    if actor is None:
        return None
    chain = _actor_list(folded, c_actors, actor)
    return min(a.start for a in chain) if chain else actor.start


def _actor_list(folded: str, c_actors: list[ActorHit], actor: ActorHit) -> list[ActorHit]:
    hits = sorted(c_actors, key=lambda a: a.start)
    lists, current = [], []
    for hit in hits:
        between = folded[current[-1].end : hit.start] if current else ""
        if between.replace(CLITICS.list_conjunction, "").strip(" " + "".join(COMMAS)):
            lists.append(current)
            current = []
        current.append(hit)
    lists.append(current)
    at = next((n for n, chain in enumerate(lists) if any(a.name == actor.name for a in chain)), None)
    if at is None:
        return []
    joined = lists[at]
    if at + 1 < len(lists) and _alongside(folded, lists[at][-1].end, lists[at + 1][0].start):
        joined = joined + lists[at + 1]
    if at > 0 and _alongside(folded, lists[at - 1][-1].end, lists[at][0].start):
        joined = lists[at - 1] + joined
    return joined


def _alongside(folded: str, end: int, start: int) -> bool:
    """The words between two lists of sides end with a phrase joining the second to the first (إلى جانب)."""
    between = " ".join(folded[end:start].split())
    return any(between == phrase or between.endswith(" " + phrase) for phrase in cues().alongside)


def undated_but_since(folded: str, clause: Clause, c_dates: list, trigger: Trigger, when: When) -> bool:
    """The trigger has no date, or only a day or a few days that are not its own (`own_day`): the day after
    since where what goes on began (تشن تركيا منذ 20 كانون الثاني هجوما), or the last days of what goes on
    since (صعدت القوات منذ الثلاثاء قصفها ... قبل أن تستهدف المدينة في اليومين الأخيرين). A month after
    since keeps dating the state it begins (تقود منذ آب 2014 تحالفا)."""
    return when.date is None or (when.precision in DAYS and not own_day(folded, clause, c_dates, trigger))


def strike_noun_after(folded: str, trigger: Trigger, inside: list[Trigger], cut: int | None) -> bool:
    """A weak trigger (الطائرات، طائراتها) followed in its clause by an indefinite strong noun of its own
    type (شنت الطائرات غارات على البلدة): that noun tells a new strike, whatever the weak word names."""
    return trigger.weak and any(
        tr.start > trigger.start and (cut is None or tr.start < cut) and not tr.weak and not tr.verb
        and tr.event_type == trigger.event_type and not definite(folded, tr) for tr in inside)


def at_one_site(folded: str, clause: Clause, trigger: Trigger, done: bool) -> bool:
    """An indefinite singular trigger, uncounted, a verb or a launching word's object only when told as `done` (وجه
    الجيش ضربة جوية لاجتماع، أنه شن غارة على موقع; not مع شن غارة على موقع), strikes one site named right after it,
    or after على (غارة جوية لمبنى، ضربة على موقع عسكري: `campaign.one_site`): one attack at one spot, not a campaign
    over the area it is placed in."""
    if trigger.plural or trigger.dual or counted_before(folded, trigger.start):
        return False  # سبعة صواريخ على مقر: a count, which may be of several attacks
    before = folded[clause.start : trigger.start].split()[-1:]
    if (trigger.verb or (before and one_of(before[0], cues().launch_verbs))) and not done:
        return False  # قررت مع شن غارة على موقع: a verb or launched, but not told as done (`told_as_done`)
    words = [bare(w) for w in folded[trigger.end : clause.end].split()[:3]]
    if words and words[0] in actors.rules().between:  # شن غارة جوية على موقع: the strike's adjective
        words = words[1:]
    sites = cues().one_site
    if words and words[0] in cues().capture_objects:
        words = words[1:]
    return bool(words) and (words[0] in sites or (
        words[0].startswith(CLITICS.lam) and words[0][len(CLITICS.lam) :] in sites))


def over_places(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """The clause names several places after the trigger (غارات على مناطق في ريف حلب، على عدة قرى: one of
    `several_places`): what it tells is spread over an area."""
    return any(w.strip(".,،\"") in cues().several_places for w in folded[trigger.end : clause.end].split())


def told_as_done(folded: str, clause: Clause, trigger: Trigger, is_definite: bool) -> bool:
    """An indefinite attack told as one done: by its trigger, a strike verb in the past tense (قصفت قوات النظام
    أماكن، استهدف موقعا), or as the object of a launching verb in the past tense at most `LAUNCHED_WORDS` words
    before it in its clause (شنت روسيا غارات جوية، شنت وحدات الجيش هجوما مباغتا), not its verbal noun (مع شن
    الحكومة هجوما); not a capture (سيطرت على)، a habit in the present (تنفذ غارات) nor a campaign named by a
    noun (تصعيد قصفها)."""
    if is_definite:
        return False
    words = folded[_since_punctuation(folded, clause.start, trigger.start) : trigger.start].split()
    if trigger.verb:  # قصفها، with a pronoun, is also a noun and its possessive (وتيرة قصفها)
        return not trigger.present and trigger.event_type in STRIKE_VERB_TYPES and _verb_told_as_done(
            folded[trigger.start : trigger.end].split(), words)
    return any(one_of(words[i], cues().launch_verbs) and not (i and one_of(words[i - 1], cues().verbal_noun_leads))
               for i in range(max(0, len(words) - LAUNCHED_WORDS), len(words)))


def _verb_told_as_done(trigger_words: list[str], words_before: list[str]) -> bool:
    """A strike verb trigger told as done: without an object pronoun (قصفها is also a noun, وتيرة قصفها); a launching
    verb written with its object (شنت غارة) is judged by its verb, which no word of a verbal noun leads (مع شن غارة)."""
    if len(trigger_words) == 1:
        return not trigger_words[0].endswith(CLITICS.pronoun_suffixes)
    return not trigger_words[0].endswith(CLITICS.pronoun_suffixes) and not (
        words_before and one_of(words_before[-1], cues().verbal_noun_leads))


def told_in_the_present(text: FoldedText, clause: Clause, inside: list[Trigger], trigger: Trigger) -> bool:
    """The trigger, or the clause's first trigger before it, is a verb in the present tense (تقصف المقاتلات),
    not told of a past time by كانت a few words before it (كانت المعارضة تشن هجوما)."""
    first = min(inside, key=lambda tr: tr.start, default=trigger)
    return any(tr.verb and tr.present and not _past_progressive(text, clause, tr)
               for tr in {trigger, first} if tr.start <= trigger.start)


def told_as_a_past_habit(text: FoldedText, clause: Clause, inside: list[Trigger], trigger: Trigger,
                         names: frozenset[int], said: list[int]) -> bool:
    """The words of the clause since its last punctuation before the trigger open with a past form of كان and a
    verb in the present (وكانت تستخدمه القوات في استهداف المواقع، كانت الطائرات تقصف البلدة), telling neither what
    had happened nor another statement (`_perfect_or_another_statement`), and no trigger of the clause is a verb in
    the past (وكانت تقارير قالت إن إيران أطلقت صواريخ): what a side used to do. The verb is the trigger, in the
    present, at most `PAST_PROGRESSIVE_WORDS` words after كان, or the word right after it when its letters tell a
    present verb, it is no number nor demonstrative (وكانت تسع قذائف سقطت، وكانت تلك القذائف سقطت) and no side's or
    place's name starts there (`names`, folded offsets: وكانت تركيا قصفت)."""
    start = _since_punctuation(text.folded, clause.start, trigger.start)
    words = list(word_matches(text.folded, start, trigger.start))
    if len(words) < 2 or not _a_past_form_of_kana(text, words[0]) or any(tr.verb and not tr.present for tr in inside):
        return False
    if _perfect_or_another_statement(text.folded, Clause(start, clause.end, clause.continues), words, said):
        return False
    if trigger.verb and trigger.present and len(words) <= PAST_PROGRESSIVE_WORDS + 1:
        return True
    verb, c = words[1].group(), cues()
    return verb.startswith(c.present_prefixes) and not verb.endswith(c.past_endings) and (
        verb not in toll_rules().cardinals and verb not in c.demonstratives and words[1].start() not in names)


def _perfect_or_another_statement(folded: str, told: Clause, words: list[re.Match[str]], said: list[int]) -> bool:
    """A particle of the past perfect stands among the `words` from كان to the trigger or the
    `PAST_PROGRESSIVE_WORDS` words after كان (`told` opens with it: وكانت الطائرات قد قصفت، وكانت تسع قذائف قد
    سقطت), or a complementizer (كانوا يقطنون البلدة إلا أنه لم يبق منهم أحد قبل هجوم التنظيم) or a reporting word
    (`said`, folded offsets: وكانت تقارير أفادت بسقوط قذائف) among the `words` opens another statement."""
    c = cues()
    near = first_words(folded, told.start, told.end, PAST_PROGRESSIVE_WORDS + 1) + [w.group() for w in words]
    return any(CLITICS.strip_conjunction(w) in c.past_perfect for w in near) or any(
        w.group() in c.complementizers for w in words) or any(told.start <= p < words[-1].end() for p in said)


def _since_punctuation(folded: str, start: int, end: int) -> int:
    """Where the words of ``folded[start:end]`` after its last punctuation mark start (`start` without one)."""
    last = max(folded.rfind(p, start, end) for p in ".,،؛:")
    return start if last < 0 else last + 1


def _a_past_form_of_kana(text: FoldedText, word: re.Match[str]) -> bool:
    """The folded word is a past form of كان, read in the text as written (folding makes كأن، as if, كان)."""
    if CLITICS.strip_conjunction(word.group()) not in cues().past_progressive:
        return False
    return CLITICS.strip_conjunction(text.text[text.orig(word.start()) : text.orig(word.end())]) in (
        cues().past_progressive)


def going_on_now(text: FoldedText, clause: Clause, trigger: Trigger) -> bool:
    """The trigger, a noun or a verb in the present tense, is fighting told as going on at the time of writing:
    a present verb of fighting going on before it (تدور اشتباكات قرب المدينة، تخوض القوات معارك) or a word of
    the time of writing (وهم الآن يخوضون معارك); not told of a past time (كانت تدور اشتباكات) nor a total up to
    now (حتى الآن)."""
    if trigger.verb and not trigger.present:
        return False
    folded = text.folded
    words = folded[clause.start : actors.word_start(folded, trigger.start, clause.start)].split()
    if any(CLITICS.strip_conjunction(w) in cues().past_progressive for w in words):
        return False  # وكانت القوات قد كثفت قصفها حيث تدور اشتباكات: told of a past time
    now = [i for i in range(max(0, len(words) - NOW_WORDS), len(words)) if one_of(words[i], cues().now)]
    if any(i and one_of(words[i - 1], cues().until) for i in now):
        return False  # شن الجيش حتى الآن عشرات الغارات: a total up to now
    return bool(now) or any(one_of(w, cues().ongoing_verbs) for w in words[-ONGOING_WORDS:])


def finer_than_country(place: PlaceMatch | None) -> bool:
    """A place is named, and it is finer than a country (قرب عفرين, not في سوريا)."""
    return place is not None and place.chosen is not None and place.chosen.precision != "country"


def _past_progressive(text: FoldedText, clause: Clause, verb: Trigger) -> bool:
    """One of the past forms of كان stands at most `PAST_PROGRESSIVE_WORDS` words before the verb, read in
    the text as written (folding makes كأن، as if, كان)."""
    before = text.text[text.orig(clause.start) : text.orig(verb.start)].split()[-PAST_PROGRESSIVE_WORDS - 1 :]
    return any(CLITICS.strip_conjunction(w) in cues().past_progressive for w in before)


def own_triggers(inside: list[Trigger], c_actors: list[ActorHit]) -> list[Trigger]:
    """The triggers of a clause outside the phrases of a side backing the one that acts (قوات النظام
    بدعم من الطيران الروسي هجوما: the attack is the ground assault), or all when none is left."""
    backing = [a for a in c_actors if a.backer]
    own = [tr for tr in inside if not any(a.start <= tr.start < a.end for a in backing)]
    return own or inside


#: A word of the folded text.
_WORD = re.compile(r"\w+")


def _subjects_of_a_split_verb(r: Findings, doers: list[ActorHit], trigger: Trigger) -> list[ActorHit]:
    """The doers between a verb split from its object and that object (فتح عناصر من الحزب النار), else, when what
    stands there names no side but a date (انتزعت الوحدات اليوم الاثنين السيطرة) or a count (القوات قتلت 10 من
    عناصر التنظيم: its dead), those before the verb: its subject comes first (but استطاعت الميليشيات الكردية
    السيطرة: a subject the actors do not know, no side)."""
    start, end = trigger.subject
    between = [a for a in doers if start <= a.start < end]
    return between or ([a for a in doers if a.start < trigger.start] if _a_date_or_count_only(r, start, end) else [])


def _a_date_or_count_only(r: Findings, start: int, end: int) -> bool:
    """The words from folded `start` to `end` are all of the date mentions found there (اليوم الاثنين، أمس) or
    numbers (أمس ستة، 10: the count of what follows them)."""
    dates = [(at, r.text.fold(m.end)) for at, m in r.within("dates", Clause(start, end, False))]
    words = list(_WORD.finditer(r.folded, start, end))
    return bool(words) and all(
        any(at <= w.start() < stop for at, stop in dates) or w[0].isdecimal() or w[0] in toll_rules().cardinals
        for w in words)


def _not_in_another_happening(folded: str, doers: list[ActorHit], trigger: Trigger) -> list[ActorHit]:
    """The doers but those named after a count of time from another happening after the trigger (قصفت الطائرات
    القاعدة بعد نحو شهرين من انطلاق الطائرة الإيرانية منها: `another_happening_from`): that happening's sides."""
    after = [a.start for a in doers if a.start >= trigger.end]
    cut = another_happening_from(folded, trigger.end, max(after)) if after else None
    return doers if cut is None else [a for a in doers if a.start < cut]


def actor_and_type(
        r: Findings, c_actors: list[ActorHit], trigger: Trigger, event_type: str) -> tuple[ActorHit | None, str]:
    """The actor of the event and its type, an ambiguous one typed by the actor's mode (air or not); a side that
    backs a ground attack is never its actor."""
    # a killing told by a statement (أعلن الجيش مقتل ...): the speaker is not who killed
    doers = c_actors if event_type == "statement" else [a for a in c_actors if a.start not in r.speakers]
    if trigger.subject is not None:  # فتح عناصر من الحزب النار: the subject between the verb and its object
        doers = _subjects_of_a_split_verb(r, doers, trigger)
    repelled = repelled_from(r.folded, trigger)
    if repelled is not None:  # تصدت المقاومة لهجوم شنه الحوثيون: the side that repelled it did not attack
        doers = [a for a in doers if a.start >= repelled]
    if event_type == "ground_attack":  # اشتبكت القوات بدعم طيران التحالف: the backer did not fight on the ground
        doers = [a for a in doers if not a.backer]
    doers = _not_in_another_happening(r.folded, doers, trigger)
    actor = None if trigger.event_type == "statement" and event_type == "other" else pick_actor(
        doers, trigger, event_type
    )
    offered = [actor, *actors.alternatives_of(r.folded, actor, c_actors)] if actor is not None else []
    if event_type == AMBIGUOUS:
        # الطيران الروسي أو طيران النظام: from the air, whichever struck; قصف دبابة إسرائيلية: a tank's shells
        air = actor and all(a.air or (not a.armour and actors.is_air(a.name)) or (
            trigger.missiles and actors.strikes_with_missiles(a.name)) for a in offered)
        event_type = "airstrike" if air else (
            "ground_attack" if gunmen_beside(r.folded, trigger) else trigger.lean
            or ambiguous_default())
    if len(offered) > 1:
        actor = None  # نفذها الجيش السوري أو التحالف: who did it is not told
    return actor, event_type


