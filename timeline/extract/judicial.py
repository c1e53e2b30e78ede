"""Judicial executions (`judicial_execution`): a court's death sentence carried out is no act of war."""

from __future__ import annotations

from functools import cache

from gazetteer.normalize import normalize
from timeline.extract.clauses import Clause
from timeline.extract.cues import one_of
from timeline.extract.morphology import verb_forms
from timeline.extract.segment import QUOTES
from timeline.extract.triggers import Trigger, triggers_data


@cache
def _rules() -> tuple[frozenset[str], frozenset[str]]:
    """The forms of the execution verb and the words of a court's sentence, folded."""
    negation = triggers_data()["negation"]
    lemma = negation["executions"]
    executions = frozenset(normalize(f) for f in verb_forms(lemma["verb"], lemma["present"]))
    return executions, frozenset(normalize(w) for w in negation["judicial"])


def judicial_execution(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger is an execution verb in a clause that tells a court's sentence (أعدم شنقا بعد إدانته): a
    judicial execution, not an attack."""
    executions, judicial = _rules()
    return one_of(folded[tr.start : tr.end], executions) and any(
        one_of(w.strip(QUOTES + ".,،"), judicial) for w in folded[clause.start : clause.end].split())
