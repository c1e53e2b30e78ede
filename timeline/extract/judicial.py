"""Executions that are no act of war: a court's death sentence carried out (`judicial_execution`), a sentence of the
law in a sentence telling the crime it punishes (`punished`) and animals culled (`culled`); and an execution whose
means is a bomb (`executed_with_a_bomb`), no bombing."""

from __future__ import annotations

from functools import cache, lru_cache

from gazetteer.clitics import clitic_stems
from gazetteer.normalize import normalize
from timeline.extract.clauses import Clause
from timeline.extract.cues import any_of, one_of
from timeline.extract.morphology import verb_forms
from timeline.extract.segment import bare
from timeline.extract.sentences import SENTENCE_END, plain_sentence_start
from timeline.extract.spans import first_words
from timeline.extract.triggers import Trigger, strike_verbs, triggers_data

#: An animal at most this many words after an execution verb (أعدمت السلطات نحو عشرة آلاف دجاجة) was culled.
CULLED_WORDS = 6
#: A bomb at most this many words after an execution word is its means (أقدموا على إعدام متهمين عن طريق وضع أسلاك
#: متفجرة حول رقابهم، ومن ثم تفجيرها).
MEANS_WORDS = 12


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


@cache
def _execution_nouns() -> frozenset[str]:
    """The nouns of execution (إعدام), folded."""
    return frozenset(normalize(w) for w in triggers_data()["negation"]["executions"]["nouns"])


def _an_execution_word(word: str) -> bool:
    """`word` is a form of the execution verb (أعدم، أعدموا) or, with its proclitics, a noun of execution (على إعدام،
    بإعدام، الإعدام)."""
    executions, _, _ = _rules()
    nouns = _execution_nouns()
    return one_of(word, executions) or (any(n in word for n in nouns) and not nouns.isdisjoint(clitic_stems(word)))


def executed_with_a_bomb(folded: str, clause: Clause, violent: list[Trigger]) -> bool:
    """Every violent trigger of the clause is a bomb noun (تفجير، عبوة), the first at most `MEANS_WORDS` words after an
    execution word of its clause, or of its sentence when a connective continues it (ثم تفجيرها), with no strike verb
    between (أعدم التنظيم أسيرا بتفجير عبوة): the bomb is how the captives were executed, an execution, not a
    bombing."""
    if not violent or any(tr.event_type != "bombing" or tr.verb for tr in violent):
        return False
    start = clause.start
    if clause.continues:
        start = plain_sentence_start(folded, clause.start)
    words = folded[start : violent[0].start].split()[-(MEANS_WORDS + 1) :]
    at = next((i for i in range(len(words) - 1, -1, -1) if _an_execution_word(bare(words[i]))), None)
    return at is not None and not strike_verbs(" ".join(words[at + 1 :]))


def judicial_execution(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger is an execution verb or operation in a clause that tells a court's sentence (أعدم شنقا بعد إدانته): a
    judicial execution, not an attack."""
    executions, judicial, _ = _rules()
    return one_of(folded[tr.start : tr.end], executions) and any(
        one_of(bare(w), judicial) for w in folded[clause.start : clause.end].split())


@cache
def _punishments() -> frozenset[str]:
    """The words of a sentence of the law (قصاصا، تعزيرا), folded."""
    return frozenset(normalize(w) for w in triggers_data()["negation"]["punishments"])


def punished(folded: str, clause: Clause) -> bool:
    """The sentence of the clause names a sentence of the law carried out (نفذت الوزارة حكم القتل قصاصا في جان، أقدم
    على قتل آخر بإطلاق النار عليه): the killing it tells is the crime punished or the punishment, no act of war."""
    return _punished_from(folded, clause.start)


@lru_cache(maxsize=64)
def _punished_from(folded: str, begin: int) -> bool:
    """`punished` of the clause that begins at `begin` (remembered: asked of each trigger of the clause)."""
    start = plain_sentence_start(folded, begin)
    stop = SENTENCE_END.search(folded, begin)
    text = folded[start : stop.start() if stop else len(folded)]
    return any(p in text for p in _punishments()) and any_of((bare(w) for w in text.split()), _punishments())


def culled(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger is an execution verb with an animal at most `CULLED_WORDS` words after it (أعدمت السلطات نحو
    عشرة آلاف دجاجة): animals culled, not an attack."""
    executions, _, animals = _rules()
    return one_of(folded[tr.start : tr.end], executions) and any(
        one_of(bare(w), animals) for w in first_words(folded, tr.end, clause.end, CULLED_WORDS))
