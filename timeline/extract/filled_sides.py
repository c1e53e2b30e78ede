"""The sides of the events an article tells, filled once they are drafted, merged and judged, so that a side
read here never makes an event nor parts one from its retelling: an organisation named again (`Findings.lent`:
وسيطر التنظيم على المدينة after تنظيم داعش) in the event's clause, the first party of a clash (اشتباكات بين تنظيم داعش
وقوات النظام), a side a later sentence names as who did it (وقال إن داعش يقف وراء الاعتداء), or the side of the
attack of its kind told in the sentence right before when the article gives its attacks that one side only."""

from __future__ import annotations

from gazetteer.clitics import CLITICS
from timeline.extract.actors import (
    ActorHit,
    alternatives_of,
    bare_words,
    compatible,
    doer_named_after,
    read_nearest,
    rules,
    word_start,
)
from timeline.extract.attributing import pick_actor
from timeline.extract.clauses import Clause
from timeline.extract.cues import cues, is_reply, without_articles
from timeline.extract.drafts import Draft, revised
from timeline.extract.findings import Findings
from timeline.extract.segment import QUOTES, another_source_opens, comes_after, opens_with_one_of, with_article
from timeline.extract.splitting import second_attacks_apart
from timeline.extract.triggers import AMBIGUOUS, Trigger
from timeline.vocabulary import VIOLENT_TYPES


def sides_filled(r: Findings, told: list[Draft]) -> list[Draft]:
    """The events told, those without a side given the one lent in their clause or the first party of their clash,
    then the one blamed later, then the one side's of the attack just before; none keeps a side named in another
    sentence that its own sentence tells as harmed."""
    filled = _blamed_given(r, [_side_of_its_clause(r, d) for d in told])
    return [_unless_harmed_here(r, d) for d in _one_sides_attacks_given(r, filled)]


def _unless_harmed_here(r: Findings, d: Draft) -> Draft:
    """The event without the side another sentence gave it when its own sentence names that side (or its
    coalition, or a member of it) among the killed or the wounded (`ActorHit.harmed`: قتل انفجار جنديين للتحالف, its
    side read from the next sentence: none): the text tells that side as the one struck, not as who struck."""
    if d.actor is None or d.sentence[0] <= d.actor.start < d.sentence[1]:
        return d
    harmed = [a for a in r.within("actors", Clause(*d.sentence, False)) if a.harmed]
    return revised(d, actor=None) if any(compatible(a.name, d.actor.name) for a in harmed) else d


def _side_of_its_clause(r: Findings, d: Draft) -> Draft:
    """The event, told without a side, given the one lent in its trigger's clause, else the first party of the clash
    its trigger tells; its clause is found once, and only for an event that may take either."""
    if d.actor is not None or not (r.lent or d.event_type == "ground_attack"):
        return d
    told = _trigger_told(r, d)
    if told is None:
        return d
    return _clash_side_given(r, _lent_given(r, d, *told), *told)


def _trigger_told(r: Findings, d: Draft) -> tuple[Clause, Trigger] | None:
    """The clause of the draft's trigger (its sentence's clauses, second attacks apart) and that trigger."""
    clause = next((c for c in second_attacks_apart(r, r.clauses(*d.sentence)) if c.start <= d.trigger < c.end),
                  None)
    trigger = next((tr for tr in r.within("triggers", clause) if tr.start == d.trigger), None) if clause else None
    return None if trigger is None else (clause, trigger)


def _lent_given(r: Findings, d: Draft, clause: Clause, trigger: Trigger) -> Draft:
    """The event told without a side, with the side an organisation named again in its trigger's clause gives it
    (وسيطر التنظيم على المدينة after تنظيم داعش: ISIS; `Findings.lent`), picked as a clause's actor is
    (`attributing.pick_actor`): read only once the events are told, so that it never makes one nor parts one
    from its retelling."""
    if d.actor is not None or not r.lent:
        return d
    doers = [a for a in r.within("lent", clause) if not a.target and a.start not in r.speakers]
    actor = pick_actor(doers, trigger, d.event_type)
    return d if actor is None else revised(d, actor=actor)


#: How many words may stand between a clash and the word before its first party (اشتباكات وصفت بالعنيفة دارت، فجر
#: السبت، بين المعارضة وقوات الأسد).
CLASH_WORDS = 6
#: How many words may stand between that word and the party (بين عناصر داعش).
PARTY_WORDS = 1


def _clash_side_given(r: Findings, d: Draft, clause: Clause, trigger: Trigger) -> Draft:
    """A ground attack told without a side, with the first party of the clash its trigger tells (the side named
    first after `fought_between`, at most `PARTY_WORDS` words on, the word at most `CLASH_WORDS` words after the
    trigger in its clause: اندلعت اشتباكات أمس بين تنظيم داعش وقوات النظام: ISIS), one of the sides that fought;
    not a speaker. Read once the events are told, as both parties stay targets that make no draft nor part one."""
    if d.actor is not None or d.event_type != "ground_attack":
        return d
    first = next((a for a in r.within("actors", clause) if a.start >= trigger.end), None)
    if first is None or first.start in r.speakers:
        return d
    gap = bare_words(r.folded[trigger.end : word_start(r.folded, first.start)])
    at = next((i for i, w in enumerate(gap) if w in rules().fought_between), None)
    if at is None or at > CLASH_WORDS or len(gap) - at - 1 > PARTY_WORDS:
        return d
    country = d.place.chosen.country if d.place and d.place.chosen else None
    party = read_nearest(first, country, r.folded[slice(*d.sentence)], by_the_article=False)
    return d if party is None else revised(d, actor=party)


#: The kind a blamed attack named by a word saying no more than "an attack" (الاعتداء، الهجوم) has: any violent one.
_ANY_ATTACK = "any"


def _blamed_given(r: Findings, told: list[Draft]) -> list[Draft]:
    """The events told without a side, each with the side a later sentence names as who did it (`_blamed_kinds`:
    وقال إن داعش يقف وراء الاعتداء، وتبنى التنظيم التفجير) when the attack that sentence names is of the event's kind
    and the only one of it the article tells (for a word saying only "an attack", its only event that is no statement:
    a chemical attack told beside a strike may be the one blamed): read once the events are told, so that it never
    makes one nor parts one from its retelling."""
    blames = _blamed_kinds(r)
    if not blames:
        return told
    kinds = [d.event_type for d in told]
    attacks = sum(kind != "statement" for kind in kinds)
    out = []
    for d in told:
        if d.actor is None and d.event_type in VIOLENT_TYPES:
            sides = [a for at, a, named in blames if at >= d.sentence[1] and (
                (named == d.event_type and kinds.count(named) == 1) or (named == _ANY_ATTACK and attacks == 1))]
            if sides and len({a.name for a in sides}) == 1:
                d = revised(d, actor=sides[0])
        out.append(d)
    return out


def _blamed_kinds(r: Findings) -> list[tuple[int, ActorHit, str]]:
    """Each side named as who did an attack (`ActorHit.responsible`, one side, not among alternatives), with its
    sentence's start and the kind of the attack noun nearest it in its clause when that names it again: written
    definite or saying only "an attack" (تبنى التنظيم التفجير، اعتداء قام به داعش); not in a question or after a
    denial in its clause (نفى التنظيم أن يكون وراء الهجوم)."""
    out = []
    for a in (*r.actors, *r.lent):
        if not a.responsible or a.target or a.start in r.speakers:
            continue
        s_start, s_end = next(span for span in r.spans if span[0] <= a.start < span[1])
        clause = next((c for c in r.clauses(s_start, s_end) if c.start <= a.start < c.end), None)
        if clause is None or _asked_or_denied(r, clause, a.start, s_end):
            continue
        nouns = [tr for tr in r.within("triggers", clause) if not tr.verb]
        if not nouns or alternatives_of(r.folded, a, r.within("actors", clause)):
            continue
        kind = _kind_named_again(r, _head(nouns, min(nouns, key=lambda tr: min(abs(tr.start - a.end),
                                                                                abs(a.start - tr.end)))))
        if kind is not None:
            out.append((s_start, a, kind))
    return out


def _head(nouns: list[Trigger], noun: Trigger) -> Trigger:
    """The attack noun `noun` qualifies, right before it (اعتداء انتحاري: اعتداء), or `noun` itself."""
    return next((tr for tr in nouns if tr.end == noun.start - 1), noun)


def _asked_or_denied(r: Findings, clause: Clause, at: int, s_end: int) -> bool:
    """The sentence asks (ends with a question mark), or a denial stands in the clause before `at`."""
    return r.folded[clause.start : s_end].rstrip().endswith(("؟", "?")) or any(
        CLITICS.strip_conjunction(w) in cues().denials for w in r.folded[clause.start : at].split())


def _kind_named_again(r: Findings, tr: Trigger) -> str | None:
    """The kind an attack noun names again: `_ANY_ATTACK` for a word saying only "an attack" (اعتداء، الهجوم),
    its type when written with the article (التفجير), else none."""
    if without_articles(r.folded[tr.start : tr.end]) in cues().generic:
        return _ANY_ATTACK
    if not with_article(r.folded, tr):
        return None
    return tr.lean if tr.event_type == AMBIGUOUS else tr.event_type


#: How many sentences back the attack whose side an event told without one takes may be told.
TOLD_AGAIN_SENTENCES = 1


def _one_sides_attacks_given(r: Findings, told: list[Draft]) -> list[Draft]:
    """The events told without a side in a sentence that names none (`_told_without_a_side`), each with the side
    of the nearest attack told before it when that one is of its kind, in the sentence right before
    (`TOLD_AGAIN_SENTENCES`), and the only side the article gives any attack it tells (وأفاد البيان أن ثماني ضربات
    استهدفت مواقع قرب الحسكة, after the coalition's strikes): the article tells one side's attacks of that kind.
    Two sides attacking in the article carry none."""
    sides = {d.actor.name for d in told if d.actor is not None and d.event_type != "statement"}
    if len(sides) != 1:
        return told
    order = sorted(told, key=lambda d: d.trigger)
    out = []
    for d in told:
        before = [e for e in order if e.trigger < d.sentence[0]]
        if before and _told_without_a_side(r, d) and _told_just_before(r, before[-1], d):
            d = revised(d, actor=before[-1].actor)
        out.append(d)
    return out


def _told_without_a_side(r: Findings, d: Draft) -> bool:
    """A violent event without a side, told by a noun of its kind (ضربات، غارة; not a verb, whose subject may be a
    side the actors do not know, nor a word saying only "an attack"), not as another incident, in a sentence naming
    no side nor an aircraft (طائرات حربية: unnamed warplanes stay without a side), nor as an attack answered
    (`Draft.answered`) or answering (`_told_as_the_other_side_s`), nor with who did it named right after its trigger
    (`actors.doer_named_after`: ضربات نفذها مسلحون)."""
    if d.actor is not None or d.event_type not in VIOLENT_TYPES or d.verb or d.generic or d.unnamed or d.separate or (
            d.answered or _told_as_the_other_side_s(r, d)) or doer_named_after(r.folded, d.trigger, d.sentence[1]):
        return False
    words = r.folded[slice(*d.sentence)].split()
    return not r.within("actors", Clause(*d.sentence, False)) and not any(
        without_articles(CLITICS.strip_conjunction(w)) in cues().aircraft for w in words) and _no_other_teller(r, d)


def _told_as_the_other_side_s(r: Findings, d: Draft) -> bool:
    """The sentence tells the attack as a reply (وردا على ذلك، استهدف قصف صاروخي: a reply word before the trigger), as
    what the attack just told came after (وجاء القصف بعد ساعات من قصف صاروخي: `comes_after`, a cause word before the
    trigger) or opens with what the other side did (actors.toml ``[roles] in_return``: وفي المقابل قتل ثلاثة جنود)."""
    start = d.sentence[0]
    came_after = comes_after(r.folded, Clause(*d.sentence, False))
    if any(came_after or is_reply(m) for m in cues().causes.finditer(r.folded, start, d.trigger)):
        return True
    return opens_with_one_of(r.folded, start, d.trigger, rules().in_return)


def _no_other_teller(r: Findings, d: Draft) -> bool:
    """Each reporting verb of the event's sentence is followed by what is said (وذكر أن: the teller before goes on)
    or by a statement (وأفاد البيان أن), never by another source (وذكرت وسائل إعلام محلية أن: its own attack), and
    the sentence does not open with another source or scene (وبحسب مصادر محلية، أما في)."""
    if another_source_opens(r.folded, *d.sentence):
        return False
    for at in r.within("reports", Clause(*d.sentence, False)):
        said, *after = r.folded[at : d.sentence[1]].split()[:2] or [""]
        if cues().speaker_nouns.find(said):
            continue
        heard = CLITICS.strip_conjunction(after[0].strip(QUOTES)) if after else ""
        if heard not in cues().complementizers and not cues().speaker_nouns.find(without_articles(heard)):
            return False
    return True


def _told_just_before(r: Findings, e: Draft, d: Draft) -> bool:
    """Attack `e`, of `d`'s kind with a side, is told at most `TOLD_AGAIN_SENTENCES` sentences before `d`'s, and `d`
    is not dated another day than `e` (وفي 9 آب/أغسطس 2016 استهدفت غارة جوية المطار, after the strikes of 4 July:
    another attack), but by the day of its report (`When.reported`)."""
    if e.actor is None or e.event_type != d.event_type or d.sentence not in r.spans or (
            None not in (d.when.value, e.when.value) and d.when.value != e.when.value and not d.when.reported):
        return False
    at = r.spans.index(d.sentence)
    return any(s[0] <= e.trigger < s[1] for s in r.spans[max(0, at - TOLD_AGAIN_SENTENCES) : at])
