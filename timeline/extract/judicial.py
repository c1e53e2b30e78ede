"""Executions that are no act of war: a court's death sentence carried out (`judicial_execution`) and animals
culled (`culled`)."""

from __future__ import annotations

from functools import cache

from gazetteer.normalize import normalize
from timeline.extract.clauses import Clause
from timeline.extract.cues import one_of
from timeline.extract.morphology import verb_forms
from timeline.extract.segment import bare
from timeline.extract.spans import first_words
from timeline.extract.triggers import Trigger, triggers_data

#: An animal at most this many words after an execution verb (أعدمت السلطات نحو عشرة آلاف دجاجة) was culled.
CULLED_WORDS = 6


@cache
def _rules() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The forms of the execution verb and its operation nouns, the words of a court's sentence and the animals
    culled, folded."""
    negation = triggers_data()["negation"]
    lemma = negation["executions"]
    forms = [*verb_forms(lemma["verb"], lemma["present"]), *lemma.get("operations", [])]
    executions = frozenset(normalize(f) for f in forms)
    return (executions, frozenset(normalize(w) for w in negation["judicial"]),
            frozenset(normalize(w) for w in negation["culled"]))


def judicial_execution(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger is an execution verb or operation in a clause that tells a court's sentence (أعدم شنقا بعد إدانته): a
    judicial execution, not an attack."""
    executions, judicial, _ = _rules()
    return one_of(folded[tr.start : tr.end], executions) and any(
        one_of(bare(w), judicial) for w in folded[clause.start : clause.end].split())


def culled(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger is an execution verb with an animal at most `CULLED_WORDS` words after it (أعدمت السلطات نحو
    عشرة آلاف دجاجة): animals culled, not an attack."""
    executions, _, animals = _rules()
    return one_of(folded[tr.start : tr.end], executions) and any(
        one_of(bare(w), animals) for w in first_words(folded, tr.end, clause.end, CULLED_WORDS))
