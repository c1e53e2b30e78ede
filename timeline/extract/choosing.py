"""Which trigger of a clause tells its event, and of which type (`choose_trigger`).

A clause with a violent trigger tells one event, typed by its first unambiguous trigger. A weak one (الهجوم,
طائرات) counts only with a strike verb, a toll, an actor within 30 characters or a side named as who did it a few
words after it (هجوم مزعوم بسلاح كيماوي من قبل القوات التركية: `_done_by_its_agent`) (an indefinite one told by a
past strike verb, صواريخ استهدفت قاعدة, is as strong as غارة: `struck_by_verb`), or, a projectile, when
fired at a target (أطلقت الفصائل صواريخ على مواقع); confrontations (مواجهات) count only with an armed side
named in their clause (`_unarmed_confrontation`); a weak attack word takes the type of a more telling
trigger after it (ردا على الهجوم شنت غارات). A clause with a future verb (ستتمكن) tells none, nor one
telling a total, scattered attacks or a habit (`totals.aggregate`), nor one whose triggers are not asserted
(`asserting.asserted`). قصف alone is ambiguous (typed by its actor later) and tells an event only with an
actor, a toll, joined by و to an attack told before it at another place (غارات على أ وقصف على ب), as an
indefinite noun that a strike verb right after it has for subject (قصفا استهدف), or as
a past strike verb with a side named as its target after it (استهدفت الفصائل مواقع قوات النظام); a clause
with only an "other" trigger tells an ``other`` event; a statement tells one only in the article's lead
sentence, an ``other`` one when it reports a toll. A suicide bomber or bomb right after a ground verb makes
a bombing (اقتحم انتحاري بجرار مفخخ); missiles of a side that strikes from afar are its airstrike (صواريخ
إسرائيلية).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from gazetteer.clitics import CLITICS, clitic_stems
from gazetteer.wordtrie import whole_words
from timeline.extract import actors
from timeline.extract.asserting import asserted, denial_phrase_in
from timeline.extract.attributing import speakers_own
from timeline.extract.clauses import Clause
from timeline.extract.cues import cues, one_of, with_conjunction, without_articles
from timeline.extract.judicial import executed_with_a_bomb
from timeline.extract.phrases import PhraseMatcher
from timeline.extract.replies import answered_end, first_reply_at, opening_reply
from timeline.extract.saying import saying_opens
from timeline.extract.segment import (
    NEXT_WORD,
    QUOTES,
    bare,
    definite,
    opens_with_reply,
    told_as_an_attack,
    with_article,
    word_after,
)
from timeline.extract.spans import first_words, words_end
from timeline.extract.toll import Toll, count_before, counted_before
from timeline.extract.toll import rules as toll_rules
from timeline.extract.totals import aggregate, another_described, fired, total_raised
from timeline.extract.triggers import AMBIGUOUS, Trigger, strike_verbs_in
from timeline.extract.weapons import (
    accompanies,
    air_weapon_in,
    an_assassination,
    backs,
    bomb_named,
    held,
    instrument_at,
    instrument_weapon,
    killing_type,
    weapon_type,
)
from timeline.vocabulary import VIOLENT_TYPES

#: A weak trigger (الهجوم، طائرات) counts with an actor this close (إثر هجوم لتنظيم داعش).
WEAK_ACTOR_CHARS = 30
#: A weak trigger counts with a side named as who did it (من قبل، على يد) this many words after it at most.
AGENT_WORDS = 7
#: A bombing trigger at most this many words after a ground attack's types its event (اقتحم انتحاري).
BOMB_WORDS = 2
#: A target word (على) at most this many words after a fired projectile names what it was fired at.
TARGET_WORDS = 6
#: An air weapon joined by a conjunction to a weak shelling word at most this many words after it shares its strike
#: (بالصواريخ الفراغية والبراميل المتفجرة).
JOINED_WORDS = 2
#: A clause opening with an evaluation verb among its first this many words judges an attack (ويعد الهجوم).
EVALUATION_WORDS = 2
#: A model of rocket artillery at most this many words after a missile word makes it shelling (صاروخا من طراز غراد).
ARTILLERY_MODEL_WORDS = 4
#: A firing word and an aircraft at most this many words before a missile word fire it from the air (المقاتلات أطلقت
#: صواريخ).
FIRED_BY_WORDS = 3
#: A side that strikes from the air at most this many words before a generic attack word it launched (شنت إسرائيل
#: فجر الاثنين الهجوم) makes it an airstrike.
LAUNCHER_WORDS = 8
#: A launching verb among this many words after or before the side has it for subject (إسرائيل هي التي شنت،
#: شنت الولايات المتحدة وفرنسا).
LAUNCH_VERB_WORDS = 3
#: The next word, maybe opening a quotation (هاجمت "طائرات مسيرة").
_QUOTED_WORD = re.compile(r"[ \t]+[" + re.escape(QUOTES) + r"]?([^\W\d_]+)")
#: A word of a clause.
_WORD = re.compile(r"\S+")
#: Punctuation that ends the stretch after a bombardment noun where its target word is looked for.
_PUNCTUATION = re.compile(r"[.,،؛:!?؟]")
#: A violent trigger at most this many words after a cause word names what an attack came after (بعد سقوط قذيفة).
CAUSE_NAMED_WORDS = 2
#: The kinds of a strike from afar that tell what caused an explosion (الانفجار ناتج عن صاروخ).
STRIKE_KINDS = ("airstrike", "shelling")
#: How far before the side the words of a launching verb are looked for.
LAUNCHER_CHARS = 40
#: A target word (على) at most this many words after a bombardment noun tells it at its target (قصف عنيف على).
SCENE_TARGET_WORDS = 3
#: A place struck at most this many words after a past verb of bombarding tells the strike done (قصف المسلحون أمس
#: بلدة السويداء).
BOMBARDED_WORDS = 3
#: A place struck with a target word before it at most this many words after an indefinite strike noun tells the
#: strike done (ضربة ناجحة على 5 مواقع: `_a_strike_on_a_place`).
STRUCK_ON_WORDS = 4
#: A definite word before the masculine bombarding verb is its subject with at least this many letters after its
#: article (الجيش قصف; not الى، الذي).
DEFINITE_SUBJECT_LETTERS = 3
#: A weapon with the instrument ب at most this many words after an ambiguous strike word tells the strike.
INSTRUMENT_WORDS = 4
#: A government body or the press at most this many words after هاجم makes it a verbal attack (هاجم الرئيس الوزارة).
VERBAL_BODY_WORDS = 2
#: How far after a ground attack noun the word aiming it at a title may stand (هجوما جديدا على زعيم).
VERBAL_NOUN_WORDS = 2
#: A launching verb at most this many words before a ground attack noun, an interview word between, launches it in
#: words (شن في مقابلة تلفزيونية هجوما).
INTERVIEW_WORDS = 10
#: A past verb of undergoing at most this many words before a trigger noun with the preposition ل tells it done to
#: its subject (تعرض فريق تابع للأمم المتحدة لإطلاق النار).
UNDERGONE_WORDS = 8


def _other_told_first(violent: list[Trigger], other: list[Trigger]) -> bool:
    """Only weak words of aircraft or weapons (القوة الجوية), all of them after a telling ``other`` trigger (an
    execution): the clause tells the other kind, and its weak words name no attack of their own. A weak attack
    noun names one (اختطف الرهائن خلال هجمات الأربعاء)."""
    return all(tr.weak and tr.event_type != "ground_attack" for tr in violent) and not other[0].weak and (
        other[0].start < violent[0].start)


@lru_cache(maxsize=1)
def _anchor_words() -> re.Pattern[str]:
    """The words that count a day from the happening written right after them (غداة، عشية: dates.toml [words]
    followed_by_anchor), folded, as whole words."""
    return re.compile(whole_words(cues().anchor_words, r"[^\W\d_]"))


def before_the_anchor(folded: str, clause: Clause, inside: list[Trigger]) -> Clause:
    """The clause up to a word counting a day from the happening after it (غداة، عشية) that stands after one of its
    triggers and before an attack trigger: the attack that word names is another, a day before or after the
    clause's own (قصفت القوات الحي يوم الجمعة، غداة غارات على بلدة س), which lends the clause's event neither its
    kind, side, place, day nor dead; the whole clause without one, or when the word names no attack (تدور اشتباكات
    قرب المدينة غداة وصول القوات التركية إليها: the arriving side may be the one fighting)."""
    m = _anchor_words().search(folded, inside[0].end, clause.end) if inside else None
    if m is None or not any(tr.start >= m.end() and tr.event_type in ATTACK_TYPES for tr in inside):
        return clause
    return clause._replace(end=m.start())


#: The types of a trigger that names an attack after a word counting a day from it: the violent ones, and قصف.
ATTACK_TYPES = frozenset({*VIOLENT_TYPES, AMBIGUOUS})


def choose_trigger(
    folded: str, clause: Clause, inside: list[Trigger], c_actors: list, toll: Toll, verbs: list[int], is_lead: bool,
    targets: list = (), marks: list[int] = (), kind_before: bool = False, scene: bool = False,
) -> tuple[Trigger, str] | None:
    """The trigger of a clause's event and its type, or None when the clause tells no event (`targets`: the
    actor phrases of the clause in a target position; `marks`: the folded offsets of its dates and places;
    `kind_before`: a violent kind was named just before, without a date or a place, so that a strike noun told
    without a side names it again: الضربات وقعت في بلدة س; `scene`: the clause dates it to a day at a place finer
    than a governorate)."""
    if _told_in_the_future(folded, clause):
        return None
    counted = toll.told
    has_verb = any(clause.start <= v < clause.end for v in verbs)
    inside = _not_a_total_nor_a_judgement(folded, clause, inside, counted, has_verb)
    if inside is None:
        return None
    clause, inside = _not_what_it_answers(folded, clause, inside, verbs)
    usable = _usable(folded, clause, inside, c_actors, targets, counted, has_verb, scene)
    violent = [tr for tr in usable if tr.event_type in VIOLENT_TYPES]
    ambiguous = [tr for tr in usable if tr.event_type == AMBIGUOUS]
    if violent and _answered_by_a_side(folded, clause, ambiguous, violent[0], c_actors, marks):
        violent = []  # قصف الجيش موقعا بعد سقوط قذيفة: the shell is what the strike answered
    other = [tr for tr in usable if tr.event_type == "other"]
    if violent and other and _other_told_first(violent, other):
        # أعدم نحو 1700 من طلبة كلية القوة الجوية: an execution, not an air strike
        return other[0], _other_typed(folded, clause, other[0], c_actors)
    if executed_with_a_bomb(folded, clause, violent):  # أعدموا متهمين بتفجير أسلاك متفجرة: the bomb is the means
        return (other or violent)[0], "other"
    head = _strike_word_of_its_weapon(folded, clause, ambiguous, violent)
    if head is not None:  # بقصف سوري بالبراميل المتفجرة: the strike word tells the strike, its weapon the kind
        return head, _violent_chosen(folded, clause, violent, c_actors)[1]
    if violent:
        return _violent_chosen(folded, clause, violent, c_actors)
    chosen = _ambiguous_chosen(folded, clause, ambiguous, inside, c_actors, counted, verbs, targets, kind_before,
                               scene)
    if chosen is not None:
        return _kind_named_before_its_aim(folded, clause, inside, chosen, c_actors)
    if other:
        return other[0], _other_typed(folded, clause, other[0], c_actors)
    return _statement_chosen(folded, clause, usable, c_actors, counted, is_lead)


def _kind_named_before_its_aim(folded: str, clause: Clause, inside: list[Trigger], chosen: tuple[Trigger, str],
                               c_actors: list) -> tuple[Trigger, str]:
    """The chosen strike verb and its type, or, when it is a present verb right after a complementizer carrying its
    subject's pronoun (هجوم بدأته تركيا تقول إنه يستهدف الوحدات الكردية: `_aim_said`), what a side says its attack
    aims at, the attack trigger told before it and the kind that trigger names: the verb tells no strike."""
    named = [tr for tr in inside if tr.event_type in VIOLENT_TYPES and tr.start < chosen[0].start]
    if not named or not _aim_said(folded, clause, chosen[0]):
        return chosen
    return _violent_chosen(folded, clause, named, c_actors)


def _aim_said(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger is a present strike verb right after a complementizer carrying its subject's pronoun (تقول إنه
    يستهدف، يقول الجيش إنها تستهدف): what a side says it aims at."""
    if not tr.present:
        return False
    before = folded[clause.start : actors.word_start(folded, tr.start, clause.start)].split()[-1:]
    c = cues()
    return bool(before) and before[0] in c.complementizers - c.bare_complementizers


def _told_in_the_future(folded: str, clause: Clause) -> bool:
    """The clause has a future verb (ستتمكن): it tells no event."""
    future = cues().future
    return not with_conjunction(future).isdisjoint(w.strip(QUOTES) for w in folded[clause.start : clause.end].split())


def _not_a_total_nor_a_judgement(folded: str, clause: Clause, inside: list[Trigger], counted: bool,
                                 has_verb: bool) -> list[Trigger] | None:
    """The clause's triggers told before the total they raise, or None when it tells a total (`aggregate`) or
    judges an attack told elsewhere (`evaluates`)."""
    raised = total_raised(folded, clause, inside)
    if aggregate(folded, clause, counted, raised):
        described = another_described(folded, clause, inside)
        if described is None or aggregate(folded, clause, counted, min(described, raised or described)):
            return None
        inside = [tr for tr in inside if tr.start < described]  # البلدة التي تتعرض منذ سنوات للقصف: its past
    if raised is not None and aggregate(folded, clause, counted):  # قتل خمسة في قصف ليرتفع العدد منذ بدء ...
        inside = [tr for tr in inside if tr.start < raised]
    if not (counted or has_verb) and evaluates(folded, clause) and not any(
        _described_after(folded, tr) for tr in inside
    ):
        return None  # a judgement of an attack told elsewhere (ويعد الهجوم الأعنف)
    return inside


def _not_what_it_answers(folded: str, clause: Clause, inside: list[Trigger],
                         verbs: list[int]) -> tuple[Clause, list[Trigger]]:
    """The clause and its triggers without the attack a reply word or a means of answering names (ردا على Y: Y is
    not the clause's event)."""
    reply = first_reply_at(folded, clause)
    if reply is not None and any(tr.start < reply for tr in inside):  # ردا على Y: Y is not the clause's event
        inside = [tr for tr in inside if tr.start < reply]
    elif reply is not None and opening_reply(folded, clause, reply):  # وردا على قصف ...، شنت الطائرات غارات
        answered = answered_end(folded, clause, reply, inside, verbs)
        if answered is not None:
            clause = Clause(answered, clause.end, clause.continues)
            inside = [tr for tr in inside if tr.start >= answered]
    means = _answer_by_means(folded, clause, inside)
    if means is not None:  # وردت القوات على هجوم التنظيم بقصف مواقعه: the attack answered is not the clause's
        inside = [tr for tr in inside if tr.start >= means]
    return clause, inside


def _told_with_their_conjuncts(folded: str, clause: Clause, inside: list[Trigger], counted: bool) -> dict[int, bool]:
    """Whether each trigger (by its start) is asserted; in a clause that tells no toll, a trigger noun joined by و to
    the unasserted trigger noun before it, with no strike verb between them, shares its mode, and so does the weapon
    after ب of such a conjunct (دعوته لوقف القصف على الغوطة وقصف دمشق بقذائف الهاون: the shelling of Damascus is
    what he called to stop too)."""
    told: dict[int, bool] = {}
    previous, shared = None, False
    for tr in sorted(inside, key=lambda t: t.start):
        opening = None if counted or previous is None or told[previous.start] or previous.verb or tr.verb else (
            _joined_by(folded, clause, previous, tr))
        shares = opening == CLITICS.list_conjunction or (opening == CLITICS.locative and shared)
        told[tr.start] = not shares and asserted(folded, clause, tr)
        previous, shared = tr, shares
    return told


def _joined_by(folded: str, clause: Clause, first: Trigger, second: Trigger) -> str | None:
    """The proclitic the second trigger's word opens with (a conjunction, a preposition), when no strike verb stands
    between it and the first; None when there is none."""
    begin = actors.word_start(folded, second.start, clause.start)
    word = folded[begin : second.end]
    if len(word) < 3 or strike_verbs_in(folded, first.end, begin):
        return None
    return word[0]


def _usable(folded: str, clause: Clause, inside: list[Trigger], c_actors: list, targets: list, counted: bool,
            has_verb: bool, scene: bool) -> list[Trigger]:
    """The triggers that may tell the clause's event: asserted, not spoken words, settlers or titles, a weak one
    only with support (weak fighting by strikes told beside it: `Clause.accompanied`), no unarmed confrontation
    nor an aircraft struck."""
    spoken = not counted and any(tr.verb and tr.event_type == "ground_attack" for tr in inside) and (
        _no_attack_told(folded, clause, cues().spoken))  # هاجم الوزير قائلا، اقتحم المحتجون المطار
    told = _told_with_their_conjuncts(folded, clause, inside, counted)
    return [
        tr for tr in inside
        if told[tr.start] and not (spoken and tr.verb and tr.event_type == "ground_attack")
        and not (not counted and _settlers_storming(folded, clause, tr))
        and not (not counted and _a_title_attacked(folded, clause, tr))
        and (not tr.weak or has_verb or counted or _fighting_accompanied(clause, tr, inside)
             or any(abs(a.start - tr.start) <= WEAK_ACTOR_CHARS and not a.owns for a in c_actors)
             or _done_by_its_agent(folded, tr, c_actors)
             or _fired_at_a_target(folded, clause, tr) or _clash_with_a_side(folded, tr, targets)
             or (scene and _told_at_a_scene(folded, tr, inside)) or _undergone(folded, clause, tr))
        and not _unarmed_confrontation(folded, clause, tr, [*c_actors, *targets])
        and not _aircraft_struck(tr, targets)
    ]


def _fighting_accompanied(clause: Clause, tr: Trigger, inside: list[Trigger]) -> bool:
    """The trigger is a weak word of fighting (معارك) in a clause told with strikes beside it (`Clause.accompanied`)
    that tells its fighting by no other word (not معارك اللاذقية: تواصلت الاشتباكات, a heading before it)."""
    return clause.accompanied and tr.event_type == "ground_attack" and not any(
        t.event_type == "ground_attack" and not t.weak for t in inside)


def _done_by_its_agent(folded: str, tr: Trigger, c_actors: list) -> bool:
    """A weak trigger with a side named as a passive's agent (`ActorHit.claimed`, not `responsible`: من قبل، على يد)
    among the `AGENT_WORDS` words after it, before any punctuation (هجوم مزعوم بسلاح كيماوي من قبل القوات التركية):
    an attack told with its doer, however long the words describing it; not one a side is said to have done or
    claimed (هجوم سروج كعملية انتقامية نفذها داعش: a portrayal, the attack told elsewhere)."""
    reach = words_end(folded, tr.end, len(folded), AGENT_WORDS)
    stop = _PUNCTUATION.search(folded, tr.end, reach)
    end = stop.start() if stop else reach
    return any(a.claimed and not a.responsible and tr.end <= a.start < end for a in c_actors)


def _violent_chosen(folded: str, clause: Clause, violent: list[Trigger], c_actors: list) -> tuple[Trigger, str]:
    """The first violent trigger and its type, told by the weapon, explosion or a more telling trigger after it
    when it is a weak attack word (ردا على الهجوم شنت ... غارات) or a terrorist attack, whose kind is told before any
    cause word (الهجمات الإرهابية ... بدءا من التفجير)."""
    first = violent[0]
    if _missiles_from_afar(folded, clause, first, c_actors) or _air_weapon_beside(folded, clause, first) or (
            _fired_by_aircraft(folded, clause, first)):
        return first, "airstrike"
    told = _explosion_told_by(folded, clause, first, violent, c_actors)
    if told is not None:  # الانفجار ناتج عن إصابة البناء بصاروخ غراد: the rocket tells the kind
        return first, told
    if first.event_type == "ground_attack" and not first.weak and _bomb_told(folded, clause, first, violent):
        return first, "bombing"  # اقتحم انتحاري بجرار مفخخ: a suicide bombing
    if first.event_type == "ground_attack" and first.verb and instrument_weapon(
            folded, clause, first) == "airstrike":
        return first, "airstrike"  # هاجموا المطار بطائرات مسيرة: the drones strike from the air
    attack_word = first.event_type == "ground_attack" and not first.weak and told_as_an_attack(
        folded, first, first.event_type)  # الهجمات الإرهابية: no more than "attacks", whatever their kind
    if not (first.weak and first.event_type == "ground_attack") and not attack_word:
        return first, first.event_type
    violent = [tr for tr in violent if tr is first or not (  # مواقع المدفعية، بدعم من غارات جوية
        (held(folded, clause, tr.start) and not tr.missiles) or backs(folded, clause, tr.start)
        or accompanies(folded, clause, tr.start))]
    if attack_word:  # الهجمات الإرهابية التي شنها التنظيم بدءا من التفجير: the bombing, not one of another cause
        violent = [tr for tr in violent if tr is first or tr.start < _cause_after(folded, clause, first)]
    telling = [tr for tr in violent if tr is not first and not tr.weak] or [
        tr for tr in violent if tr.event_type != "ground_attack"]
    if telling:  # هجوما صاروخيا: the missiles tell the kind
        return first, "airstrike" if _missiles_from_afar(folded, clause, telling[0], c_actors) else (
            telling[0].event_type)
    return first, weapon_type(folded, clause, first, c_actors) or first.event_type


def _ambiguous_chosen(folded: str, clause: Clause, ambiguous: list[Trigger], inside: list[Trigger], c_actors: list,
                      counted: bool, verbs: list[int], targets: list, kind_before: bool,
                      scene: bool) -> tuple[Trigger, str] | None:
    """An ambiguous strike word (قصف) that tells the event, typed by its weapon: with an actor, a toll or a time
    shared, at a scene, or with a verb, a target or doers; None when none does."""
    if ambiguous and (c_actors or counted or clause.shares_time):
        return ambiguous[0], weapon_type(folded, clause, ambiguous[0], c_actors) or AMBIGUOUS
    noun = next((tr for tr in ambiguous if _told_at_a_scene(folded, tr, inside)), None)
    if noun is not None and scene:  # قصف عنيف على بلدة كفرنبل أمس: one day's strike at a named settlement
        return noun, weapon_type(folded, clause, noun, c_actors) or AMBIGUOUS
    subject = next(
        (tr for tr in ambiguous if _strikes(folded, tr, verbs) or _strikes_a_side(folded, tr, targets, inside) or (
            kind_before and _names_the_kind_before(folded, tr, verbs)) or _undergone(folded, clause, tr)
            or _done_in_the_passive(folded, clause, tr) or _struck_with_a_weapon(folded, clause, tr)
            or _bombarded_a_place(folded, clause, tr) or _a_strike_on_a_place(folded, clause, tr)
            or (gunmen_beside(folded, tr) and not tr.present)), None)
    if subject is not None:  # قصفا استهدف حافلة، تعرضت البلدة لقصف، استهدف مسلحون حاجزا: verb, target or doers
        return subject, weapon_type(folded, clause, subject, c_actors) or AMBIGUOUS
    return None


def _statement_chosen(folded: str, clause: Clause, usable: list[Trigger], c_actors: list, counted: bool,
                      is_lead: bool) -> tuple[Trigger, str] | None:
    """A statement of the lead sentence: a statement event, or the attack its toll tells (قتل 27 في انفجار);
    None elsewhere."""
    statement = [tr for tr in usable if tr.event_type == "statement"]
    if statement and is_lead:  # a toll told by a statement is an event, unless of no attack (floods, a crash)
        if not counted or _no_attack_told(folded, clause) or _an_aircraft_fell(folded, clause) or (
                denial_phrase_in(folded, clause)):
            return statement[0], "statement"
        return statement[0], killing_type(folded, clause, statement[0], c_actors) or "other"  # قتل 27 في انفجار
    return None


def _other_typed(folded: str, clause: Clause, tr: Trigger, c_actors: list) -> str:
    """The type of an event an ``other`` trigger tells: an assassination's by the weapon or gunfire its clause names
    (اغتال مسلحون المرشح بالرصاص: a ground attack), else ``other`` (an execution, a kidnapping, an assassination
    told without its means)."""
    typed = killing_type(folded, clause, tr, c_actors) if an_assassination(folded, tr) else None
    return typed or "other"


def _an_aircraft_fell(folded: str, clause: Clause) -> bool:
    """A falling word (no flying-over one) right before an aircraft word in the clause (قتل 31 شخصا حينما سقطت مقاتلة
    على سوق): the toll is a crash's, no attack's."""
    words = [bare(w) for w in folded[clause.start : clause.end].split()]
    return any(one_of(w, cues().falling_only) and without_articles(after) in cues().aircraft
               for w, after in pairwise(words))


def _told_at_a_scene(folded: str, tr: Trigger, inside: list[Trigger]) -> bool:
    """The trigger is an indefinite noun among `scene_nouns` (قصف، بقصف), followed by a verb of its clause it is
    the subject of (قصف يستهدف المدينة) or by a target word (على) among the `SCENE_TARGET_WORDS` words after it
    before any punctuation (قصف عنيف على البلدة): a strike told at its target, not a noun of another's phrase (قصف
    مدينة منبج تحد للهدنة)."""
    after = None if tr.verb or definite(folded, tr) else NEXT_WORD.match(folded, tr.end)
    if after is None:
        return False
    following = _PUNCTUATION.split(folded[tr.end : tr.end + 60], maxsplit=1)[0].split()[:SCENE_TARGET_WORDS]
    return _a_scene_noun(folded, tr) and (
        any(one_of(bare(w), cues().targets) for w in following)
        or any(t.verb and t.start == after.start(1) for t in inside))


def _a_scene_noun(folded: str, tr: Trigger) -> bool:
    """The trigger's word, its clitics stripped, is one of `scene_nouns` (قصف، بقصف، هجوم)."""
    return not cues().scene_nouns.isdisjoint(clitic_stems(bare(folded[actors.word_start(folded, tr.start) : tr.end])))


def gunmen_beside(folded: str, trigger: Trigger) -> bool:
    """A targeting verb (`gunmen_verbs`) with gunmen right before or after it for its subject (وكان مسلحون
    استهدفوا حافلة، استهدف مسلحون سيارة، استهدفت مجموعة مسلحة جنودا): men with arms on the ground, a ground attack,
    whichever side they belong to; so is a happening named by its word alone (`happenings`: واستهدفت العملية عناصر
    من الحزب), no bombardment told; not gunmen ending the sentence or clause before (نشر الحزب قناصة. واستهدف القصف
    البلدة)."""
    if not (trigger.verb and CLITICS.strip_conjunction(folded[trigger.start : trigger.end]) in cues().gunmen_verbs):
        return False
    span = folded[max(0, trigger.start - 20) : actors.word_start(folded, trigger.start)]
    before = _PUNCTUATION.split(span)[-1].split()[-1:]
    after = [w.strip("،,.") for w in folded[trigger.end : trigger.end + 30].split()[:2]]
    beside = [CLITICS.strip_conjunction(w.strip("،,.")) for w in [*before, *after[:1]]]
    return any(w in cues().gunmen or w in cues().happenings for w in beside) or (
        " ".join(after) in cues().gunmen) or _gunmen_of_a_side_before(folded, trigger)


GUNMEN_SIDE_WORDS = 8  #: how many words before a targeting verb gunmen and the side they belong to may take


def _gunmen_of_a_side_before(folded: str, trigger: Trigger) -> bool:
    """Gunmen before a targeting verb, the side they belong to between, no punctuation (مجموعة مسلحة من الحزب
    استهدفت ثلاثة جنود، مسلحون تابعون للتنظيم استهدفوا حاجزا): the verb's subject."""
    span = folded[max(0, trigger.start - 80) : actors.word_start(folded, trigger.start)]
    words = _PUNCTUATION.split(span)[-1].split()[-GUNMEN_SIDE_WORDS:]
    for at in range(len(words) - 1):
        for size in (1, 2):
            phrase = " ".join(words[at : at + size])
            if CLITICS.strip_conjunction(phrase) in cues().gunmen and words[at + size : at + size + 1] and (
                    words[at + size] in cues().gunmen_of):
                return True
    return False


def _done_in_the_passive(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger is a verbal noun without a proclitic right after a past auxiliary of the passive
    (`done_auxiliaries`: تم استهداف حاجز، جرى قصف الحي), or carrying the pronoun of what was struck, which the matcher
    reads as a past verb with its object (جرى قصفه): a strike told as done, though no side is named; not one
    of several places (جرى استهداف مقرات الجيش: [campaign] over_places without its ل), a campaign's, nor one
    describing what a relative pronoun before the auxiliary names (بالمروحية التي تم استهدافها): a thing struck in
    an attack told elsewhere."""
    begin = actors.word_start(folded, tr.start, clause.start)
    if begin != tr.start:
        return False
    before = folded[clause.start : begin].split()[-2:]
    after = folded[tr.end : clause.end].split()[:1]
    return bool(before) and CLITICS.strip_conjunction(before[-1]) in cues().done_auxiliaries and not (
        after and CLITICS.lam + after[0] in cues().campaign_over_places) and not (
        len(before) == 2 and before[0] in cues().relative_pronouns)


def _bombarded_a_place(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger is a past verb of bombarding (`bombarding_verbs`) with a place struck (actors.toml [target]
    `objects`) among the `BOMBARDED_WORDS` words after it, before any punctuation (قصف المسلحون بلدة السويداء): a
    strike told as done, though its side is not named. The masculine verb is written as the noun (قصف): read as the
    verb only when it opens its clause or follows its definite subject (وقصف الجيش بلدة، إن الجيش قصف), not after a
    word that governs the noun (بعد قصف الجيش بلدة، دعا إلى قصف المدينة) nor a complementizer (إن قصف المدينة تحد)."""
    if tr.present or CLITICS.strip_conjunction(folded[tr.start : tr.end]) not in cues().bombarding_verbs or not (
            tr.verb or _masculine_read_as_the_verb(folded, clause, tr)):
        return False
    after = _PUNCTUATION.split(folded[tr.end : clause.end], maxsplit=1)[0].split()[:BOMBARDED_WORDS]
    return not actors.rules().objects.isdisjoint(after)


def _a_strike_on_a_place(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger is an indefinite strike noun with a target word (`[firing] targets`: على، باتجاه) among the
    `STRUCK_ON_WORDS` words after it, before any punctuation, then a place struck (actors.toml [target] `objects`),
    a count between them or not (ضربة ناجحة على 5 مواقع، استهداف على مواقع): a strike told as done at places, as a
    place bombarded tells it (`_bombarded_a_place`), though its side is not named; not a blow to a person (ضربة على
    رأسه), a definite strike named again (القصف على المناطق), nor a bombardment or an attack (`scene_nouns`: قصف على
    بلدة), which only a day at a settlement tells as one strike (`_told_at_a_scene`)."""
    if tr.verb or definite(folded, tr) or _a_scene_noun(folded, tr):
        return False
    after = _PUNCTUATION.split(folded[tr.end : clause.end], maxsplit=1)[0].split()[:STRUCK_ON_WORDS]
    on = next((n for n, w in enumerate(after) if w in cues().targets), None)
    if on is None:
        return False
    struck = [w for w in after[on + 1 :] if not (w.isdecimal() or w in toll_rules().cardinals)][:1]
    return bool(struck) and struck[0] in actors.rules().objects


def _masculine_read_as_the_verb(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger opens its clause (وقصف المسلحون) or comes right after a definite word (three letters or more after
    its article): one closing the phrase before a comma (رفض الاتفاق، وقصف مناطق), or its definite subject that opens
    the clause or follows a complementizer (الجيش قصف، إن الطيران الحربي قصف: no noun governs a noun after a
    definite one); not after a word that may govern the noun (بعد قصف، إلى قصف), a relative pronoun, a complementizer,
    nor a definite noun after a verb, the verb's subject, which a verbal noun follows (رفضت الحكومة قصف البلدة: a
    refusal)."""
    before = folded[clause.start : actors.word_start(folded, tr.start, clause.start)].split()
    if not before:
        return True
    words = [w.strip(QUOTES + "\u060c,") for w in before]
    if words[-1] != before[-1].strip(QUOTES):
        return _definite_subject_word(words[-1])
    subject = 0
    while subject < len(words) and _definite_subject_word(words[-1 - subject]):
        subject += 1
    rest = words[: len(words) - subject]
    return subject > 0 and (not rest or CLITICS.strip_conjunction(rest[-1]) in cues().complementizers)


def _definite_subject_word(word: str) -> bool:
    """`word` may be (a word of) a definite subject: the article and three letters or more, no relative pronoun."""
    return word.startswith(CLITICS.article) and len(word) - len(CLITICS.article) >= DEFINITE_SUBJECT_LETTERS and (
        word not in cues().relative_pronouns)


def _struck_with_a_weapon(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger, a noun or a past verb, has its weapon written with the instrument ب among the
    `INSTRUMENT_WORDS` words after it (استهداف تجمع بصاروخين، جرى قصفه بقنابل النابالم، استهدف الجيش بنيران
    مدفعيته مواقع): a strike told by what it was done with, though no side is named; not the present (تقصف
    المدينة بالمدفعية: a habit)."""
    if tr.present:
        return False
    found = instrument_at(folded, clause, tr)
    return found is not None and len(folded[tr.end : found[0]].split()) <= INSTRUMENT_WORDS


def _strike_word_of_its_weapon(folded: str, clause: Clause, ambiguous: list[Trigger],
                               violent: list[Trigger]) -> Trigger | None:
    """An ambiguous strike noun (قصف) told before every violent trigger of its clause, the first of them its weapon
    written with the instrument ب (`_struck_with_a_weapon`: بقصف سوري بالبراميل المتفجرة), if any: the noun heads
    the attack, the weapon only tells its kind, so the attack is as indefinite as the noun. Not a verb (قصفت إسرائيل
    بالمدفعية) nor a definite noun (قصف الجيش بطائرات، القصف بالمدفعية), chosen by its weapon as before."""
    head = ambiguous[0] if ambiguous and violent else None
    if head is None or head.start > violent[0].start or head.verb or definite(folded, head):
        return None
    found = _struck_with_a_weapon(folded, clause, head) and instrument_at(folded, clause, head)
    weapon = violent[0].start
    return head if found and actors.word_start(folded, found[0], clause.start) == actors.word_start(
        folded, weapon, clause.start) else None


def _undergone(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger is a noun with the preposition ل (لقصف، للهجوم، لإطلاق النار), or right after one written as a
    word (`undergone_prepositions`: إلى قصف), after a past verb of undergoing or its verbal noun (`undergone`)
    among the `UNDERGONE_WORDS` words before it in its clause, with no punctuation between (تعرضت مدينة عفرين لقصف
    كثيف، بعد تعرض فريق الأمم المتحدة لإطلاق النار، تعرضت البلدة إلى قصف من قوات النظام): an attack told as done
    to the verb's subject, its target, though no side is named; not after a risk (خطر تعرض المدينة لقصف) or an
    irrealis word (خشية تعرضها لهجوم). Not a strike word that leans to a mode (ضربة), which
    tells a blow as often (تعرضت الاستثمارات لضربة شديدة)."""
    begin = actors.word_start(folded, tr.start, clause.start)
    if tr.verb or tr.lean:
        return False
    words = [w.strip(QUOTES) for w in _PUNCTUATION.split(folded[clause.start : begin])[-1].split()]
    c = cues()
    if folded[begin : tr.start] in ("", CLITICS.article) and words and words[-1] in c.undergone_prepositions:
        words = words[:-1]  # تعرضت إلى قصف، إلى الهجوم: the preposition written as a word
    elif folded[begin : tr.start] not in (CLITICS.lam, CLITICS.lam_article):
        return False
    return any(one_of(words[n], c.undergone) and not (n and (
        one_of(words[n - 1], c.undergone_risks) or one_of(words[n - 1], c.irrealis)))
        for n in range(max(0, len(words) - UNDERGONE_WORDS), len(words)))


def _answered_by_a_side(folded: str, clause: Clause, ambiguous: list[Trigger], first: Trigger, c_actors: list,
                        marks: list[int]) -> bool:
    """The clause's first violent trigger stands at most `CAUSE_NAMED_WORDS` words after a cause word (إثر، بعد)
    that comes after a strike word of a side named before it, and no date or place (`marks`) is written after
    that word (أعلن الجيش قصف موقع بعد سقوط قذيفة): the violent one names what the strike came after, told
    without a time or place of its own, and the strike word tells the clause's event."""
    if not ambiguous or ambiguous[0].start > first.start:
        return False
    for m in cues().causes.finditer(folded, ambiguous[0].end, first.start):
        between = folded[m.end() : first.start].split()
        if len(between) <= CAUSE_NAMED_WORDS and any(a.end <= m.start() for a in c_actors):
            return not any(m.start() <= p < clause.end for p in marks)
    return False


def _aircraft_struck(trigger: Trigger, targets: list) -> bool:
    """A weak aircraft word inside the phrase of a side in a target position (تعرضت طائرات روسية لأضرار): the
    aircraft were struck, they did not strike."""
    return trigger.weak and trigger.event_type == "airstrike" and any(
        a.start <= trigger.start < a.end for a in targets)


def _strikes(folded: str, tr: Trigger, verbs: list[int]) -> bool:
    """The trigger is an indefinite noun that a strike verb, or a verb of striking whose subject is an attack
    (actors.toml [target] `struck_verbs`: طال، أصاب) right after an uncounted one, has for subject (قصفا استهدف
    المدينة، ضربات وقعت في بلدة، استهداف طال مواقع للقوات): a new attack told as a happening though no actor is named
    (القصف استهدف names one told before; 21 ضربة أصابت مواقع may count a side's strikes over a day)."""
    after = None if tr.verb or definite(folded, tr) else NEXT_WORD.match(folded, tr.end)
    return after is not None and (after.start(1) in verbs or (
        after.group(1) in actors.rules().struck_verbs and not counted_before(folded, tr.start)))


def _names_the_kind_before(folded: str, tr: Trigger, verbs: list[int]) -> bool:
    """The trigger is a definite noun that a strike verb right after it has for subject (القصف استهدف، الضربات
    وقعت في بلدة): an attack told again, the one a kind named just before without a date or a place."""
    after = NEXT_WORD.match(folded, tr.end) if not tr.verb and definite(folded, tr) else None
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
    after = NEXT_WORD.match(folded, tr.end)
    span = (folded.rfind(before[-1], 0, begin) if before else begin, after.end(1) if after else tr.end)
    beside = before[-1:] + ([after.group(1)] if after else [])
    return not (
        any(other is not tr and span[0] <= other.start < span[1] for other in inside)
        or any(without_articles(w) in cues().attack_words for w in beside)
        or (before and CLITICS.strip_conjunction(before[-1]) in cues().relative_pronouns)
    )


def _fired_at_a_target(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """A weak projectile trigger (صواريخ) fired (`fired`) with a target word among the `TARGET_WORDS` words
    after it in its clause (أطلقت الفصائل 20 صاروخا صباح الخميس على مواقع الجيش): an attack told as done, as a
    strike verb would tell it; with the article only when counted (إطلاق عشرات الصواريخ على)."""
    if not (trigger.weak and fired(folded, clause, trigger)):
        return False
    if with_article(folded, trigger) and count_before(folded, actors.word_start(folded, trigger.start)) is None:
        return False  # إطلاق الصواريخ الحوثية على المملكة: the firing told before, named again
    after = first_words(folded, trigger.end, clause.end, TARGET_WORDS)
    return any(w.strip(QUOTES + "\u060c,") in cues().targets for w in after)


def _clash_with_a_side(folded: str, trigger: Trigger, targets: list) -> bool:
    """A confrontation trigger (مواجهات، صدامات) or an indefinite battle one (معارك) with a side that does not
    strike from the air named within `WEAK_ACTOR_CHARS` after it, written as the other side of the clash (بعد
    مواجهات مع الحوثيين، دارت معارك بين قوات النظام والفصائل): the clash of war is told with one of its sides,
    as an actor would tell it (المعارك مع التنظيم: battles known, a campaign's)."""
    battle = _is_one_of(folded, trigger, cues().battles) and not definite(folded, trigger)
    return (_confrontation(folded, trigger) or battle) and any(
        0 <= a.start - trigger.end <= WEAK_ACTOR_CHARS and not (a.air or actors.is_air(a.name)) for a in targets)


def _confrontation(folded: str, trigger: Trigger) -> bool:
    """The trigger is a confrontation word (مواجهات، صدامات), which needs an armed side."""
    return _is_one_of(folded, trigger, cues().confrontations)


def _is_one_of(folded: str, trigger: Trigger, words: PhraseMatcher) -> bool:
    """The trigger's word, with its proclitics, is one of the phrases of the matcher `words`."""
    return _a_phrase_of(folded[trigger.start : trigger.end], words)


@lru_cache(maxsize=4096)
def _a_phrase_of(word: str, words: PhraseMatcher) -> bool:
    """`word` is one of the phrases of the matcher `words`, whole (remembered: trigger words repeat)."""
    return any(h.start == 0 and h.end == len(word) for h in words.find(word))


def _unarmed_confrontation(folded: str, clause: Clause, trigger: Trigger, named: list) -> bool:
    """A confrontation trigger (مواجهات، صدامات، برصاص) in a clause of a protest (تظاهرات، المحتجين) or that names
    no armed group as a side: none of the data's armed sides (مسلحين، المقاومة) and no actor (`named`, targets
    too) that does not strike from the air. A protest's confrontations with soldiers or police and the shots fired
    at it, a match's, not a clash of war."""
    if not _confrontation(folded, trigger):
        return False
    text = folded[clause.start : clause.end]
    return _no_attack_told(folded, clause, cues().protests) or not (
        cues().armed_sides.find(text) or any(not (a.air or actors.is_air(a.name)) for a in named))


def struck_by_verb(trigger: Trigger, inside: list[Trigger]) -> bool:
    """A weak trigger (صواريخ، طائرات) in a clause with a strike verb in the past tense (صواريخ استهدفت
    قاعدة، قصفت طائرات مواقع): the verb tells the strike as done, as a strong trigger would."""
    return trigger.weak and any(tr.verb and tr.event_type == AMBIGUOUS and not tr.present for tr in inside)


def _missiles_from_afar(folded: str, clause: Clause, trigger: Trigger, c_actors: list) -> bool:
    """A weak shelling word (صواريخ، مدفعية) by a side that strikes from the air, or a missile word
    by a side whose missiles strike from afar (a state's ballistic or cruise missiles), or named by its
    adjective (صواريخ إسرائيلية): an airstrike. A side named before what is said opens says it, not fires."""
    if trigger.event_type != "shelling" or _rocket_artillery(folded, clause, trigger):
        return False
    if _named_model(folded, clause, trigger, cues().cruise_models):
        return True  # صاروخ توماهوك: a cruise missile
    opens = _another_said_to_fire(folded, clause, trigger)
    firing = [a for a in c_actors if opens is None or a.start > opens]  # not who says (قال الجيش الإسرائيلي إن)
    return any((trigger.weak and (a.air or actors.is_air(a.name)))
               or (trigger.missiles and _strikes_from_afar(a.name, firing)) for a in firing) or (
        trigger.missiles and actors.names_a_missile_side(first_words(folded, trigger.end, clause.end, 2)))


def _another_said_to_fire(folded: str, clause: Clause, trigger: Trigger) -> int | None:
    """Where what is said of the trigger opens when a bare complementizer brings a subject other than the speaker's
    own (قال الجيش الإسرائيلي إن قوات إيرانية أطلقت صواريخ; not أعلن الحرس أنه أطلق، أن قواته أطلقت), else None."""
    opens = saying_opens(folded, clause, trigger, clause.start)
    if opens is None:
        return None
    words = actors.bare_words(folded[opens : opens + 60])
    return opens if words[0] in cues().bare_complementizers and not speakers_own(words[1:2]) else None


def _strikes_from_afar(name: str, c_actors: list) -> bool:
    """The side's missiles strike from afar, unless it does not fight from the air and the clause names its ground
    forces (قوات إيرانية أطلقت 20 صاروخا، فيلق القدس): rockets fired from a front, shelling."""
    return actors.strikes_with_missiles(name) and (
        actors.is_air(name) or not any(a.forces and a.name == name for a in c_actors))


def _rocket_artillery(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """A missile word with a model of rocket artillery among the `ARTILLERY_MODEL_WORDS` words after it (20 صاروخا
    من طرازي غراد وفجر): artillery rockets, shelling even when fired by a side whose missiles strike from afar."""
    return _named_model(folded, clause, trigger, cues().artillery_models)


def _named_model(folded: str, clause: Clause, trigger: Trigger, models: frozenset[str]) -> bool:
    """A missile word with one of `models` among the `ARTILLERY_MODEL_WORDS` words after it."""
    return trigger.missiles and any(
        CLITICS.strip_conjunction(bare(w)) in models
        for w in first_words(folded, trigger.end, clause.end, ARTILLERY_MODEL_WORDS))


def _fired_by_aircraft(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """A missile word with a firing word and an aircraft among the `FIRED_BY_WORDS` words before it (المقاتلات أطلقت
    صواريخ، أطلقت الطائرات المسيرة صاروخين): fired from the air, an airstrike."""
    if not trigger.missiles:
        return False
    begin = actors.word_start(folded, trigger.start, clause.start)
    before = [CLITICS.strip_conjunction(bare(w)) for w in
              folded[max(clause.start, begin - 60) : begin].split()[-FIRED_BY_WORDS:]]
    return any(one_of(w, cues().firing) for w in before) and any(
        without_articles(w) in cues().aircraft for w in before)


def _settlers_storming(folded: str, clause: Clause, tr: Trigger) -> bool:
    """A storming noun (`storming`: اقتحام) in a clause naming settlers (بقيام مستوطنين باقتحام محيط المسجد): settlers
    entering a site, no attack of war (the caller asks for a clause without a toll)."""
    return (not tr.verb and without_articles(folded[tr.start : tr.end]) in cues().storming
            and _no_attack_told(folded, clause, cues().intruders))


def _a_title_attacked(folded: str, clause: Clause, tr: Trigger) -> bool:
    """A ground attack verb right before a leader's or an official's title (هاجم الرئيس التركي الحزب، هاجم الوزير
    الصحيفة), or with a government body or the press among the two words after it (إذ هاجم الرئيس الوزارة، هاجمت
    الصحافة الوزير; not after gunmen: هاجم مسلحون الوزارة): a verbal attack (the caller asks for a clause without a
    toll); or a ground attack noun aimed at such a title among the `VERBAL_NOUN_WORDS` words after it (شن نائب رئيس
    الشرطة هجوما جديدا على زعيم الجماعة) or launched in an interview (`_launched_in_an_interview`)."""
    if tr.event_type == "ground_attack" and not tr.verb:
        return _a_title_aimed_at(folded, clause, tr) or _launched_in_an_interview(folded, clause, tr)
    if not (tr.verb and tr.event_type == "ground_attack"):
        return False
    after = NEXT_WORD.match(folded, tr.end)
    if after is not None and after.end(1) <= clause.end and one_of(after.group(1).strip(QUOTES), cues().verbal_titles):
        return True
    words = [w.strip(QUOTES + ".,،") for w in first_words(folded, tr.end, clause.end, VERBAL_BODY_WORDS)]
    body = next((n for n, w in enumerate(words) if one_of(w, cues().verbal_bodies)), None)
    return body is not None and not any(one_of(w, cues().gunmen) for w in words[:body])  # not هاجم مسلحون الوزارة


def _launched_in_an_interview(folded: str, clause: Clause, tr: Trigger) -> bool:
    """A word of an interview (`interviews`) stands between a launching verb and the trigger noun, among the
    `INTERVIEW_WORDS` words before it in its clause (شن في مقابلة تلفزيونية هجوما على السعودية): an attack in words."""
    words = [bare(w) for w in folded[clause.start : tr.start].split()][-INTERVIEW_WORDS:]
    verb = next((i for i in range(len(words) - 1, -1, -1) if one_of(words[i], cues().launch_verbs)), None)
    return verb is not None and any(one_of(w, cues().interviews) for w in words[verb + 1 :])


def _a_title_aimed_at(folded: str, clause: Clause, tr: Trigger) -> bool:
    """A word of aim (على) among the `VERBAL_NOUN_WORDS` words after the trigger noun, a leader's or an official's title
    right after it (هجوما جديدا على زعيم الجماعة)."""
    words = [w.strip(QUOTES + ".,،") for w in first_words(folded, tr.end, clause.end, VERBAL_NOUN_WORDS + 1)]
    titles = {without_articles(t) for t in cues().verbal_titles}
    return any(one_of(w, cues().targets) and n + 1 < len(words) and without_articles(words[n + 1]) in titles
               for n, w in enumerate(words[:VERBAL_NOUN_WORDS]))


def _air_weapon_beside(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """A ground attack verb with an aircraft for its subject right after it (هاجمت الطائرات البريطانية
    المطار), or a weak shelling word with an air weapon joined to it among the `JOINED_WORDS` words after it
    (قصف بالصواريخ الفراغية والبراميل المتفجرة: barrels are dropped from aircraft): an airstrike."""
    if trigger.event_type == "ground_attack" and trigger.verb:
        if " " in folded[trigger.start : trigger.end]:  # سيطرت على الطائرات: the aircraft are what is taken
            return False
        after = _QUOTED_WORD.match(folded, trigger.end)
        return after is not None and after.end(1) <= clause.end and air_weapon_in(folded, after.start(1), after.end(1))
    if trigger.event_type != "shelling" or not trigger.weak:
        return False
    at = trigger.end
    for _ in range(JOINED_WORDS):
        after = NEXT_WORD.match(folded, at)
        if after is None or after.end(1) > clause.end:
            return False
        word = after.group(1)
        if CLITICS.strip_conjunction(word) != word and air_weapon_in(folded, after.start(1), after.end(1)):
            return True
        at = after.end(1)
    return False


def struck_from_the_air(folded: str, trigger: Trigger, event_type: str, actor: actors.ActorHit | None,
                        listed_from: int | None = None) -> bool:
    """A generic attack word (هجوم، هجمات) typed by nothing else is named as the attack of a side
    that strikes from the air (هجوم إسرائيلي، الهجمات الأمريكية), by a phrase naming none of its ground
    or sea forces (هجوم للقوات الأمريكية الخاصة is not); it, or a military operation, is launched by such a
    side, not a coalition (`_launched_by`: إسرائيل هي التي شنت الهجوم; not شن التحالف الدولي هجوما), the verb
    counted from the first side of a list holding it (`listed_from`: شنت الولايات المتحدة وبريطانيا وفرنسا)."""
    if actor is None or actor.backer or actor.forces or not actors.is_air(actor.name):
        return False
    if not trigger.event_type == event_type == "ground_attack":
        return False
    word = without_articles(folded[trigger.start : trigger.end])
    if actor.attack:
        return actor.start <= trigger.start < actor.end and word in cues().attack_words
    if trigger.verb:
        return _attacking_subject(folded, trigger, actor)
    return (word in cues().attack_words or word in cues().launched_operations) and (
        actor.name not in cues().coalitions and _launched_by(folded, trigger, actor, listed_from))


def _attacking_subject(folded: str, trigger: Trigger, actor: actors.ActorHit) -> bool:
    """The trigger is a verb of attacking (`attack_verbs`: هاجمت) and the side, not a coalition nor a target, stands
    right before or right after it as its subject (إسرائيل هاجمت أهدافا، وهاجمت روسيا مواقع)."""
    if actor.target or actor.name in cues().coalitions or not one_of(bare(folded[trigger.start : trigger.end]),
                                                                       cues().attack_verbs):
        return False
    between = folded[actor.end : trigger.start] if actor.end <= trigger.start else folded[trigger.end : actor.start]
    return not between.strip()


def struck_by_an_air_coalition(folded: str, trigger: Trigger, event_type: str, actor: actors.ActorHit | None,
                               inside: list[Trigger]) -> bool:
    """A generic attack word (الهجوم) told by a strike verb right after it, or after a relative pronoun (الهجوم
    الذي استهدف حافلة), with a coalition striking from the air for its side: an airstrike (a coalition's bare
    هجوم may be on the ground, `struck_from_the_air`)."""
    if actor is None or actor.backer or actor.forces or actor.name not in cues().coalitions or not actors.is_air(
            actor.name):
        return False
    if not trigger.event_type == event_type == "ground_attack" or (
            without_articles(folded[trigger.start : trigger.end]) not in cues().attack_words):
        return False
    verb = next((tr for tr in inside if tr.start >= trigger.end), None)
    if verb is None or not (verb.verb and verb.event_type == AMBIGUOUS):
        return False
    between = folded[trigger.end : verb.start].split()
    return not between or (len(between) == 1 and between[0] in cues().relative_pronouns)


def _launched_by(folded: str, trigger: Trigger, actor: actors.ActorHit, listed_from: int | None = None) -> bool:
    """The side stands at most `LAUNCHER_WORDS` words before the trigger, with no punctuation between them, as
    the subject of a launching verb or one of taking part (`joined_verbs`) among the `LAUNCH_VERB_WORDS` words after
    or before it (إسرائيل هي التي شنت الهجوم، شنت الولايات المتحدة وفرنسا فجر السبت عملية عسكرية، شاركت إسرائيل في
    هجمات; not لم تتأكد واشنطن من الجهة التي نفذت هجوما: another's verb)."""
    between = folded[actor.end : trigger.start]
    words = between.split()
    if actor.end > trigger.start or len(words) > LAUNCHER_WORDS or any(p in between for p in ".,،؛:"):
        return False
    launch, joined = cues().launch_verbs, cues().joined_verbs
    begin = actors.word_start(folded, actor.start if listed_from is None else min(listed_from, actor.start))
    before = folded[max(0, begin - LAUNCHER_CHARS) : begin].split()
    return any(one_of(w, launch) or one_of(w, joined)
               for w in [*before[-LAUNCH_VERB_WORDS:], *words[:LAUNCH_VERB_WORDS]])


def evaluates(folded: str, clause: Clause) -> bool:
    """The clause opens with a verb that judges or ranks an attack told elsewhere (ويعد الهجوم الأعنف
    منذ ...، واعتبرت إسرائيل أن الضربات مبررة): its main predicate is the judgement, not an attack."""
    opening = first_words(folded, clause.start, clause.end, EVALUATION_WORDS)
    return any(one_of(w.strip(QUOTES + "،,"), cues().evaluations) for w in opening)


def _described_after(folded: str, tr: Trigger) -> bool:
    """A relative pronoun right after the trigger describes it (أن الضربات التي نفذتها ... في محيط دمشق)."""
    return word_after(folded, tr) in cues().relative_pronouns


def _no_attack_told(folded: str, clause: Clause, words: frozenset[str] | None = None) -> bool:
    """A word of the clause is one of `words` (by default those telling something that is no attack:
    الفيضانات، حادث تصادم، الاحتجاجات; the verbal ones: هاجم الوزير قائلا)."""
    words = cues().non_attack if words is None else words
    return any(one_of(w.strip(QUOTES + ".,،:"), words) for w in folded[clause.start : clause.end].split())


def _cause_after(folded: str, clause: Clause, trigger: Trigger) -> int:
    """Where the first cause word after the trigger starts in its clause (هجوم إرهابي بعد تفجير في الكويت: the
    bombing is another attack), else the clause's end."""
    cause = next(cues().causes.finditer(folded, trigger.end, clause.end), None)
    return clause.end if cause is None else cause.start()


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


def _explosion_told_by(
    folded: str, clause: Clause, first: Trigger, violent: list[Trigger], c_actors: list,
) -> str | None:
    """The type of an explosion told by what caused it: the clause's first trigger is a weak explosion word
    (انفجار), no bomb is named in the clause (no strong bombing trigger, no bomb word: عبوة، مفخخة) and a strike
    or projectile trigger follows it (الانفجار ناتج عن صاروخ غراد: shelling; انفجار ناجم عن صواريخ أطلقتها
    طائرات: an airstrike, as are missiles of a side that strikes from afar). None otherwise: an explosion alone
    is a bombing."""
    if not (first.weak and first.event_type == "bombing"):
        return None
    if any(tr.event_type == "bombing" and not tr.weak for tr in violent):
        return None
    explosions = [(tr.start, tr.end) for tr in violent if tr.event_type == "bombing"]
    if bomb_named(folded, clause, explosions):
        return None
    causes = [tr for tr in violent if tr.start > first.start and tr.event_type in STRIKE_KINDS]
    if not causes:
        return None
    if any(tr.event_type == "airstrike" or _missiles_from_afar(folded, clause, tr, c_actors)
           or _fired_by_aircraft(folded, clause, tr) for tr in causes):
        return "airstrike"  # صواريخ أطلقتها الطائرات
    return "shelling"


def _answer_by_means(folded: str, clause: Clause, inside: list[Trigger]) -> int | None:
    """Where the answer starts in a clause opening with a reply verb, the attack it answers after a target word
    (على) and the answer written after a preposition of means (وردت الولايات المتحدة على هجوم النصرة باستهداف
    مقرات لها): the first trigger glued to ``ب`` after a trigger told after the target word; None otherwise."""
    c = cues()
    if not opens_with_reply(folded, clause):
        return None
    target = next((m.start() for m in _WORD.finditer(folded, clause.start, clause.end) if m.group(0) in c.targets),
                  None)
    answered = next((tr for tr in inside if target is not None and tr.start > target), None)
    if answered is None:
        return None
    means = next((tr for tr in inside if tr.start > answered.start and folded[tr.start - 1] != " "
                  and folded[actors.word_start(folded, tr.start, clause.start) : tr.start] in c.reply_means), None)
    return None if means is None else means.start
