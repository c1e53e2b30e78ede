"""A clause opened by a phrase naming an attack beside its own (وبالتزامن مع هجوم البلدة فجر انتحاري نفسه أمس في
سيارة مفخخة قرب المدينة: ``[clauses] beside`` in ``data/triggers.toml``): the attack named right after the phrase
is another, known one, and the clause's event, with its own place and date, is the one told after it.
"""

from __future__ import annotations

from gazetteer.clitics import CLITICS
from timeline.extract import actors
from timeline.extract.clauses import Clause, opened_beside
from timeline.extract.cues import cues, without_articles
from timeline.extract.findings import Findings
from timeline.extract.replies import answered_end
from timeline.extract.segment import NEXT_WORD, with_article
from timeline.extract.toll import count_before
from timeline.extract.triggers import Trigger
from timeline.vocabulary import VIOLENT_TYPES


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
