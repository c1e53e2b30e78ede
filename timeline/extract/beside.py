"""A clause opened by a phrase naming an attack beside its own (وبالتزامن مع هجوم البلدة فجر انتحاري نفسه أمس في
سيارة مفخخة قرب المدينة: ``[clauses] beside`` in ``data/triggers.toml``): the attack named right after the phrase
is another, known one, and the clause's event, with its own place and date, is the one told after it.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from timeline.extract import actors
from timeline.extract.clause_dating import baseline
from timeline.extract.clauses import BESIDE_WORDS, COMMAS, Clause, beside_phrases, opened_beside
from timeline.extract.cues import cues, without_articles
from timeline.extract.drafts import Draft
from timeline.extract.event_when import When, when_of
from timeline.extract.findings import Findings
from timeline.extract.replies import answered_end
from timeline.extract.segment import NEXT_WORD, with_article
from timeline.extract.splitting import ATTACK_TYPES, concurrence
from timeline.extract.toll import count_before, find_toll
from timeline.extract.triggers import Trigger, triggers_data
from timeline.vocabulary import VIOLENT_TYPES

#: How many characters of a sentence's opening are read for a phrase of concurrence with what was told before it.
OPENING_CHARS = 60

#: A date at most this many words after a phrase of "at the same time as" told after a trigger (تزامنا مع زيارة
#: الوزير إلى دمشق الخميس) is the day of what the phrase names.
BESIDE_DATE_WORDS = 8


def beside_told(r: Findings, clause: Clause, inside: list[Trigger]) -> tuple[Clause, list[Trigger]]:
    """The clause and its triggers without the phrase opening it with an attack beside its own (وبالتزامن مع هجوم
    البلدة فجر انتحاري نفسه أمس في سيارة مفخخة قرب المدينة): the attack it names is another, known one, whose
    place and date are not the clause's; kept whole when no attack is told after the phrase."""
    beside = opened_beside(r.folded, clause)
    first = next((tr for tr in inside if beside is not None and tr.start >= beside), None)
    if first is None or not _known(r, first):
        return clause, inside
    told_after = min((p for p in (answered_end(r.folded, clause, beside, inside, r.within("verbs", clause)),
                                  _next_attack(r.folded, beside, inside)) if p is not None), default=None)
    if told_after is None or not any(tr.start >= told_after and tr.event_type in VIOLENT_TYPES for tr in inside):
        return clause, inside
    return Clause(told_after, clause.end, clause.continues), [tr for tr in inside if tr.start >= told_after]


def killing_beside(r: Findings, clause: Clause, inside: list[Trigger], trigger: Trigger) -> Clause | None:
    """The part of the clause, after a comma, that tells a killing whose kind it never names, when the clause
    opens with a phrase naming a known attack beside its own (`trigger`, the first attack after the phrase) and
    names no attack after that comma (تزامنا مع الغارات وحملات اعتقال، أنها لن تتهاون ... بعد تبني الحزب قتل
    شرطيين): the killing is not the attack beside, and does not take its kind. None otherwise."""
    beside = opened_beside(r.folded, clause)
    if beside is None or trigger.start < beside or not _known(r, trigger):
        return None
    if any(tr.start < trigger.start and tr.start >= beside and tr.event_type in ATTACK_TYPES for tr in inside):
        return None
    comma = next((i for i in range(trigger.end, clause.end) if r.folded[i] in COMMAS), None)
    if comma is None or any(tr.start > comma and tr.event_type in ATTACK_TYPES for tr in inside):
        return None
    return Clause(comma + 1, clause.end, clause.continues) if find_toll(r.folded[comma:clause.end]).told else None


def told_concurrent(folded: str, clause: Clause, trigger: int) -> bool:
    """The clause tells its attack (trigger at folded offset `trigger`) as concurrent with one told before it:
    opened by a phrase of "at the same time as" (تزامنا مع غارات على بلدة ب) or of "at the time when" with no
    report between it and the trigger (في الوقت الذي خلف تفجير في الكويت 27 قتيلا), or cut where a word of
    concurrence puts it after مع (تزامن الاشتباكات مع غارات). Without a day of its own it takes the day of the
    dated attack before it (basis ``lead``), never its place, toll or side."""
    if clause.concurrent or opened_beside(folded, clause) is not None or concurrent_with_before(folded, clause.start):
        return True
    words = folded[clause.start : trigger].split()
    opening = " ".join(words) + " "
    said = cues().complementizers | cues().bare_complementizers
    return any(opening.startswith(phrase + " ") or opening.startswith(f"{CLITICS.list_conjunction}{phrase} ")
               for phrase in _at_the_time()) and not any(w in said for w in words)


def concurrent_apart(folded: str, clause: Clause, draft: Draft, dated: Draft) -> bool:
    """The clause tells its draft as concurrent with the `dated` attack before it (`told_concurrent`) and the two
    are told apart, by their types or places (تزامن الاشتباكات مع غارات; قصف على بلدة أ تزامنا مع قصف على بلدة
    ب): the draft may take that attack's day. One of the same type at the same place (تفجير في مدينة س تزامنا
    مع تفجيرات مماثلة) is nothing apart from it and stays as it is told."""
    alike = draft.event_type == dated.event_type and (draft.place is None or dated.place is None or (
        draft.place.chosen == dated.place.chosen))
    return not alike and told_concurrent(folded, clause, draft.trigger)


def concurrent_with_before(folded: str, start: int) -> bool:
    """The sentence or clause at folded offset `start` opens by telling its attack as concurrent with what was told
    before it: a phrase of "at the same time as" with a demonstrative standing alone (وبالتزامن مع ذلك، شنت
    الطائرات غارات; not مع هذا التقدم, which names something), its first word alone before a comma (وبالتزامن،
    شنت الطائرات), or a word of concurrence, a demonstrative and مع (وتزامن ذلك مع قصف على بلدة س)."""
    words = [w.strip("«»“”\"") for w in folded[start : start + OPENING_CHARS].split()[: BESIDE_WORDS + 2]]
    if not words:
        return False
    words[0] = CLITICS.strip_conjunction(words[0])
    bare = [w.rstrip("".join(COMMAS)) for w in words]
    demonstratives, (words_of, with_) = cues().demonstratives, concurrence()
    if words[0] != bare[0] and bare[0] in {p.split()[0] for p in beside_phrases()}:
        return True  # وبالتزامن،
    if len(bare) > 2 and bare[0] in words_of and bare[1] in demonstratives and bare[2] == with_:
        return True  # وتزامن ذلك مع
    return any(" ".join(bare[:n]) in beside_phrases() and bare[n] in demonstratives and (
        n + 1 == len(bare) or words[n] != bare[n] or not bare[n + 1].startswith(CLITICS.article)) for n in range(
        1, len(bare)))  # بالتزامن مع ذلك; not بالتزامن مع هذا التقدم, which names what it is concurrent with


@cache
def _at_the_time() -> frozenset[str]:
    """The phrases of "at the time when" (``[clauses] at_the_time``), folded."""
    return frozenset(normalize(w) for w in triggers_data()["clauses"]["at_the_time"])


def _known(r: Findings, trigger: Trigger) -> bool:
    """The trigger names a known attack: a noun with the article (الهجوم) or with the place it struck right after
    it (هجوم البلدة), not one made definite by its side (استهداف الطيران لقرى: an attack told there)."""
    after = NEXT_WORD.match(r.folded, trigger.end)
    if without_articles(r.folded[trigger.start : trigger.end].split()[0]) in cues().aircraft:
        return False  # بالتزامن مع شن الطيران غارة: the aircraft of an attack told there
    return with_article(r.folded, trigger) or (not trigger.verb and after is not None and any(
        p == after.start(1) for p, _ in r.by_offset["places"].within(after.start(1), after.end(1))))


def _next_attack(folded: str, beside: int, inside: list[Trigger]) -> int | None:
    """Where the attack told after the one named right after a phrase of an attack beside (folded offset `beside`)
    starts: its trigger, not joined to that one by a conjunction (بالتزامن مع هجوم البلدة فجر انتحاري نفسه; not
    بالتزامن مع غارات وقصف على البلدة: both are the attack beside), nor telling its means or count (بالبراميل،
    بأكثر من 80 غارة: the attack beside again)."""
    attacks = [tr for tr in inside if tr.start >= beside and tr.event_type in VIOLENT_TYPES]
    return next((tr.start for tr in attacks[1:] if folded[actors.word_start(folded, tr.start)] not in (
        *CLITICS.conjunctions, *CLITICS.prepositions) and count_before(folded, tr.start) is None), None)


def day_told_beside(r: Findings, index: int, trigger: Trigger) -> When | None:
    """The day of what a phrase of "at the same time as" after the trigger in its sentence names, written at most
    `BESIDE_DATE_WORDS` words after it and before any report (شنت الطائرات غارات على مدينة س تزامنا مع زيارة الوزير
    إلى دمشق الخميس، بالتزامن مع انعقاد مؤتمر جنيف الخميس): the attack told as concurrent with it was that day (basis
    ``event_relative``, counted from another happening); None without one, or when the day is a baseline (زيارة الوزير
    التي بدأت منذ الأحد: the start of what goes on beside, not its day). For an attack without a date of its own."""
    folded, end = r.folded, r.spans[index][1]
    found = [at + len(phrase) for phrase in beside_phrases() if (at := folded.find(phrase, trigger.end, end)) >= 0]
    if not found:
        return None
    beside = min(found)
    told = Clause(beside, end, False)
    dates = [(p, m) for p, m in r.within("dates", told)
             if m.kind != "event_relative" and not baseline(folded, told, p, m, True)]
    if not dates or any(beside <= p < dates[0][0] for p in r.within("reports", told)):
        return None
    p, m = dates[0]
    when = when_of(m, r.ref_basis)
    if len(folded[beside:p].split()) > BESIDE_DATE_WORDS or when.value is None:
        return None
    return dataclasses.replace(when, basis="event_relative")
