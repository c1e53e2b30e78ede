"""The weapon words of a clause and the type they tell (`weapon_type`): bombs, knives, artillery, chemical
loads (صواريخ محملة بغاز الكلور) and chemical means of an air strike (هجوما كيماويا), outside what backs another
side's attack or names some of the dead.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

from gazetteer.clitics import CLITICS, clitic_stems
from gazetteer.normalize import normalize
from timeline.extract import actors
from timeline.extract.asserting import after_victims, aircraft_targeted_at, cleared_at, vehicle_struck
from timeline.extract.clauses import Clause
from timeline.extract.cues import cues, one_of
from timeline.extract.segment import NEXT_WORD, QUOTES, bare, told_as_an_attack
from timeline.extract.spans import words_end
from timeline.extract.triggers import Trigger, triggers_data
from timeline.vocabulary import VIOLENT_TYPES

#: A support word at most this many words before a weapon word makes it another side's backing (مدعومة بغارات جوية).
BACKING_WORDS = 2
#: An accompanying word (يترافق مع) counts this many words before the strikes it tells went with an attack.
ACCOMPANYING_WORDS = 5
#: A word naming where weapons are kept, made or planned at most this many words before a weapon word makes it
#: what was struck (مستودعات للمتفجرات، ببرنامج الأسلحة الكيميائية).
HELD_WORDS = 2
#: A chemical word at most this many words after a loading word right after a munition makes a chemical
#: attack (صواريخ محملة بغاز الكلور).
LOAD_WORDS = 3
#: The weapon kind of chemical weapons (كيماوي، غاز): they type an attack ``other``.
CHEMICAL = "chemical"
#: An indefinite attack word at most this many words before a chemical word makes it the attack's means
#: (هجوما كيماويا، هجمات جوية كيماوية).
CHEMICAL_ATTACK_WORDS = 2
#: A denial at most this many words before a chemical word denies it was the means (لم تكن بغاز الكلور).
DENIAL_WORDS = 3
#: Marks that end a stretch of a clause (a comma, a semicolon, a colon).
_STRETCH_PUNCTUATION = ",،؛;:"


def weapon_type(folded: str, clause: Clause, trigger: Trigger, c_actors: list | None = None) -> str | None:
    """The type told by the first weapon word of the clause (بسكين، مفخخة، المدفعية) before any cause
    word after the trigger, if any (ضربات ردا على هجوم كيميائي، قصف بعد انفجار عبوة: the weapon of
    the attack answered is not the trigger's), outside the phrase of a side backing the one that acts
    (هجوم بإسناد من مروحيات روسية: the aircraft do not make the assault an air strike), not right
    after a support word (معارك، مدعومة بغارات جوية: the strikes back the fighting, `backs`) nor naming
    what was struck (ضربات على مواقع مرتبطة ببرنامج الأسلحة الكيميائية, `held`), nor the word right after
    one passed over (بدعم من غارات جوية: the adjective of the backing strikes), nor strikes told as going with
    the attack (يترافق مع قصف جوي: `accompanies`), nor an aircraft or a car bomb struck (إطلاق نار استهدف مروحية،
    ضربة استهدفت آلية مفخخة), nor a bomb found or cleared (تحرير البلدة وإزالة 450 عبوة ناسفة), nor, for a
    trigger that names its kind, the weapon a body's name bans (منظمة حظر الأسلحة الكيميائية ... لإطلاق نار)."""
    cause = next(cues().causes.finditer(folded, trigger.end, clause.end), None)
    end = clause.end if cause is None else cause.start()
    backing = [(a.start, a.end) for a in c_actors or [] if a.backer]
    hits = _weapon_hits(folded)
    passed = None  # where the word of the last weapon word passed over ends
    for at in range(bisect_left(hits, (clause.start, "")), len(hits)):
        start, kind = hits[at]
        if start >= end:
            return None
        if passed is not None and not folded[passed : actors.word_start(folded, start, clause.start)].strip():
            passed = _word_end(folded, start)  # بدعم من غارات جوية: the adjective of a weapon passed over
            continue
        struck = (kind == "airstrike" and aircraft_targeted_at(folded, clause, start)) or (  # استهدف مروحية
            kind == "bombing" and (_vehicle_before_struck(folded, clause, start, trigger)  # تدمير سيارة مفخخة
                                   or cleared_at(folded, clause, start)))  # إزالة 450 عبوة ناسفة
        banned = _names_its_kind(folded, trigger) and _banned(folded, clause, start)  # منظمة حظر ... لإطلاق نار
        if not any(b <= start < e for b, e in backing) and not _among_the_dead(folded, clause, start) and not (
                backs(folded, clause, start) or accompanies(folded, clause, start)) and not held(
                folded, clause, start) and not struck and not banned:
            return kind
        passed = _word_end(folded, start)
    return None


def _vehicle_before_struck(folded: str, clause: Clause, start: int, trigger: Trigger) -> bool:
    """The word before the bombing word at `start` is a vehicle struck by the trigger's attack (آلية مفخخة)."""
    begin = actors.word_start(folded, start, clause.start)
    if begin <= clause.start or folded[begin - 1] != " ":
        return False
    return vehicle_struck(folded, clause, actors.word_start(folded, begin - 1, clause.start), trigger.end)


def _word_end(folded: str, start: int) -> int:
    """Where the word holding the offset `start` ends."""
    space = folded.find(" ", start)
    return len(folded) if space < 0 else space


def backs(folded: str, clause: Clause, start: int) -> bool:
    """A support word stands among the `BACKING_WORDS` words before the one at `start` (مدعومة بغارات جوية،
    بغطاء من الطيران)."""
    before = folded[clause.start : actors.word_start(folded, start, clause.start)].split()[-BACKING_WORDS:]
    return any(one_of(bare(w), cues().support) for w in before)


def accompanies(folded: str, clause: Clause, start: int) -> bool:
    """An accompanying word stands among the `ACCOMPANYING_WORDS` words before the one at `start`: the strikes it
    names went with an attack (هجوما على المدينة يترافق مع غارات كثيفة وقصف مدفعي), they do not type it."""
    before = folded[clause.start : actors.word_start(folded, start, clause.start)].split()[-ACCOMPANYING_WORDS:]
    return any(one_of(bare(w), cues().accompanying) for w in before)


def held(folded: str, clause: Clause, start: int) -> bool:
    """The weapon word at `start` names what was struck: one of the `HELD_WORDS` words before it names where
    weapons are kept, made or planned (ببرنامج الأسلحة الكيميائية، مصنع للمتفجرات) or is an irrealis word
    (يخططون لعمليات انتحارية: an attack planned, not the means of the one told); not when the weapon word is
    the instrument (هجوم على مستودع بالمتفجرات)."""
    begin = actors.word_start(folded, start, clause.start)
    if CLITICS.strip_conjunction(folded[begin:start]).startswith(CLITICS.locative):
        return False
    before = folded[clause.start : begin].split()[-HELD_WORDS:]
    c = cues()
    return any(not c.held.isdisjoint(stems) or one_of(stems[0], c.irrealis)
               for stems in (clitic_stems(bare(w)) for w in before))


def _names_its_kind(folded: str, trigger: Trigger) -> bool:
    """The trigger names a kind of attack (إطلاق نار), not an attack alone (الهجوم: beside the body that bans chemical
    weapons, the chemical attack it looks into)."""
    return not told_as_an_attack(folded, trigger, trigger.event_type)


def _banned(folded: str, clause: Clause, start: int) -> bool:
    """One of the `HELD_WORDS` words before the weapon word at `start` is a word of banning (منظمة حظر الأسلحة
    الكيميائية): the weapon banned, named in a body's or a treaty's name."""
    before = folded[clause.start : actors.word_start(folded, start, clause.start)].split()[-HELD_WORDS:]
    return any(not cues().bans.isdisjoint(clitic_stems(bare(w))) for w in before)


def _among_the_dead(folded: str, clause: Clause, start: int) -> bool:
    """The word at `start` names some of the dead (بينهم انتحاري، بينهم ثلاثة انتحاريين), not a weapon used."""
    return after_victims([w.strip(QUOTES) for w in folded[max(clause.start, start - 30) : start].split()])


def loaded_with_chemicals(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """A violent trigger carries a chemical weapon: a loading word right after it, then an ``other``
    weapon word among the `LOAD_WORDS` words after that (صواريخ محملة بغاز الكلور، قذائف تحتوي على غازات
    سامة; not قذيفة أصابت صهريجا محملا بالغاز)."""
    load = NEXT_WORD.match(folded, trigger.end)
    if trigger.event_type not in VIOLENT_TYPES or load is None or load.end() > clause.end or not one_of(
            load.group(1), cues().loaded):
        return False
    reach = words_end(folded, load.end(), clause.end, LOAD_WORDS)
    hits = _weapon_hits(folded)
    at = bisect_left(hits, (load.end(), ""))
    return at < len(hits) and hits[at][0] < reach and hits[at][1] == "other"


def chemical_means(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """A chemical word names the means of the trigger's strike: after it in its stretch (up to a comma or a
    cause word), written with the instrument ب or right after a word with it (بغاز السارين، بقنابل الغاز), right
    after the trigger (هجمات جوية كيماوية) or among the `CHEMICAL_ATTACK_WORDS` words after an indefinite attack
    word (شنت طائرات هجوما كيماويا); not negated (لم تكن بغاز الكلور) nor naming what was struck (مواقع أسلحة
    كيماوية، على خلفية الهجوم الكيماوي)."""
    stop = next((i for i in range(trigger.end, clause.end) if folded[i] in _STRETCH_PUNCTUATION), clause.end)
    cause = next(cues().causes.finditer(folded, trigger.end, stop), None)
    end = stop if cause is None else cause.start()
    c = cues()
    for start in (h.start for h in c.weapons.find_in(folded, trigger.end, end) if h.value == CHEMICAL):
        begin = actors.word_start(folded, trigger.end + start, trigger.end)
        before = [CLITICS.strip_conjunction(bare(w)) for w in folded[trigger.end : begin].split()]
        if any(w in _chemical_denials() for w in before[-DENIAL_WORDS:]) or held(folded, clause, trigger.end + start):
            continue
        instrument = CLITICS.strip_conjunction(folded[begin : trigger.end + start]).startswith(CLITICS.locative) or (
            bool(before) and before[-1].startswith(CLITICS.locative))
        attack = not before or any(not w.startswith(CLITICS.article) and w.rstrip(CLITICS.accusative) in c.attack_words
                                   for w in before[-CHEMICAL_ATTACK_WORDS:])  # غارات كيماوية، هجوما كيماويا
        if instrument or attack:
            return True
    return False


@cache
def _chemical_denials() -> frozenset[str]:
    """Words before a chemical word that deny it was the means (لم تكن بغاز الكلور)."""
    return frozenset(normalize(w) for w in triggers_data()["chemical"]["denials"])


@dataclass(frozen=True)
class _Gunfire:
    """The words of triggers.toml [gunfire] with the bullets of [ground_attack], folded."""

    words: frozenset[str]  #: words of gunfire, without their clitics (رصاص، نيران)
    phrases: tuple[tuple[str, str], ...]  #: two-word phrases of gunfire, the first without clitics (إطلاق النار)
    assassinations: frozenset[str]  #: first words of an assassination trigger, without clitics (اغتالوا، اغتيال)


@cache
def _gunfire() -> _Gunfire:
    data = triggers_data()["gunfire"]
    bullets = [normalize(w).split() for w in triggers_data()["ground_attack"]["bullets"]]
    phrases = [normalize(p).split() for p in data["phrases"]] + [b for b in bullets if len(b) == 2]
    return _Gunfire(frozenset(normalize(w) for w in data["words"]) | {b[0] for b in bullets if len(b) == 1},
                    tuple((first, second) for first, second in phrases),
                    frozenset(normalize(w) for w in data["assassinations"]))


def _shot(folded: str, clause: Clause) -> bool:
    """The clause names gunfire (برصاص الشرطة، بإطلاق النار على رؤوسهم) or gunmen right after a phrase naming who
    did it (`agent_cues`: a passive's agent, a claim or a blame: على يد مسلحين، نفذه مسلحون; not مقتل 20 مسلحا, the
    gunmen killed): a shooting."""
    words, phrases = _gunfire().words, _gunfire().phrases
    written = [bare(w) for w in folded[clause.start : clause.end].split()]
    stems = [set(clitic_stems(w)) for w in written]
    phrased = any(first in stems[at] and second == written[at + 1]
                  for at in range(len(written) - 1) for first, second in phrases)
    return phrased or any(not s.isdisjoint(words) for s in stems) or any(
        not s.isdisjoint(cues().gunmen) and actors.after_one_of(written[max(0, at - 3) : at], actors.rules().agent_cues)
        for at, s in enumerate(stems))


def killing_type(folded: str, clause: Clause, trigger: Trigger, c_actors: list) -> str | None:
    """The type a killing told without its kind takes from its clause: the weapon's (`weapon_type`), else a ground
    attack when the clause names gunfire or gunmen (`_shot`); None when it names neither."""
    return weapon_type(folded, clause, trigger, c_actors) or ("ground_attack" if _shot(folded, clause) else None)


def an_assassination(folded: str, trigger: Trigger) -> bool:
    """The trigger's first word, without its clitics, is a word of assassinating (اغتالوا، لاغتيال): a killing whose
    weapon the text may tell."""
    first = folded[trigger.start : trigger.end].split()[:1]
    return bool(first) and not _gunfire().assassinations.isdisjoint(clitic_stems(bare(first[0])))


def named_weapon(folded: str, trigger: Trigger) -> str | None:
    """The type of a weapon word inside the trigger itself (هجوم كيماوي، هجوم بالسكين), if any."""
    hits = _weapon_hits(folded)
    at = bisect_left(hits, (trigger.start, ""))
    return hits[at][1] if at < len(hits) and hits[at][0] < trigger.end else None


def instrument_weapon(folded: str, clause: Clause, trigger: Trigger) -> str | None:
    """The type of the first weapon word after the trigger, before any cause word, when it is written with the
    instrument ب (هاجموا المطار بطائرات مسيرة; not هاجموا القاعدة التي قصفتها الطائرات), if any."""
    found = instrument_at(folded, clause, trigger)
    return None if found is None else found[1]


def instrument_at(folded: str, clause: Clause, trigger: Trigger) -> tuple[int, str] | None:
    """Where the weapon word of `instrument_weapon` starts and its type, if any."""
    cause = next(cues().causes.finditer(folded, trigger.end, clause.end), None)
    end = clause.end if cause is None else cause.start()
    hits = _weapon_hits(folded)
    at = bisect_left(hits, (trigger.end, ""))
    if at == len(hits) or hits[at][0] >= end:
        return None
    start, kind = hits[at]
    begin = actors.word_start(folded, start, clause.start)
    written = CLITICS.strip_conjunction(folded[begin:start])
    return (start, kind) if written.startswith(CLITICS.locative) and not backs(folded, clause, start) else None


def bomb_named(folded: str, clause: Clause, explosions: list[tuple[int, int]]) -> bool:
    """A bombing weapon word stands in the clause outside the spans of its explosion words (`explosions`): a bomb
    named (انفجار عبوة ناسفة، سيارة مفخخة), not only the explosion."""
    hits = _weapon_hits(folded)
    for at in range(bisect_left(hits, (clause.start, "")), len(hits)):
        start, kind = hits[at]
        if start >= clause.end:
            return False
        if kind == "bombing" and not any(b <= start < e for b, e in explosions):
            return True
    return False


def air_weapon_in(folded: str, start: int, end: int) -> bool:
    """An ``airstrike`` weapon word (الطائرات، والبراميل) starts in the word from `start` to `end`."""
    hits = _weapon_hits(folded)
    at = bisect_left(hits, (start, ""))
    return at < len(hits) and hits[at][0] < end and hits[at][1] == "airstrike"


#: The words after a bombardment's trigger that may name its second kind (غاراته الجوية والمدفعية).
BOTH_KINDS_WORDS = 3


def told_with_both_kinds(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """The trigger and the few words after it, joined by و and without punctuation, name both an air weapon and an
    artillery one (غاراته الجوية والمدفعية، الغارات الجوية والقصف المدفعي، قصف مدفعي وغارات): one bombardment
    from the air and the ground."""
    end = words_end(folded, trigger.end, clause.end, BOTH_KINDS_WORDS)
    stretch = folded[trigger.start : end]
    cut = min((stretch.find(mark) for mark in _STRETCH_PUNCTUATION + "." if mark in stretch), default=len(stretch))
    end = trigger.start + cut
    if not any(w.startswith(CLITICS.list_conjunction) for w in folded[trigger.end : end].split()):
        return False
    hits = _weapon_hits(folded)
    kinds = {kind for start, kind in hits[bisect_left(hits, (trigger.start, "")) :] if start < end}
    return {"airstrike", "shelling"} <= kinds


@lru_cache(maxsize=4)
def _weapon_hits(folded: str) -> list[tuple[int, str]]:
    """Where the weapon words of `folded` start, with their types, in order."""
    return [(h.start, "other" if h.value == CHEMICAL else h.value) for h in cues().weapons.find(folded)
            if h.value is not None]
