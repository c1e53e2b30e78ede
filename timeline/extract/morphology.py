"""The forms of the trigger lexicon's lemmas (``[[forms]]`` of ``data/triggers.toml``).

A noun lemma (a word or a phrase of a noun and its adjectives, ``noun``) gives
its indefinite accusative (tanween: a masculine word takes ا), its duals
(ان، ين, the feminine ة written ت), its plural as written (``plural``: broken
plurals cannot be derived) and its possessed forms (the feminine head written ت
before a pronoun, the other words taking the article: عمليتها العسكرية). The
article, the proclitics and the pronoun suffixes of a masculine head are the
phrase matcher's. A verb lemma (``verb``: the past of the third person
masculine singular; ``present``: the imperfective of the same person) gives the
past in the third persons, with an object pronoun (استهدفها، اختطفوه), and the present
in the third persons (يقصف، تقصف، يقصفون، تقصفان). The endings are the table
of ``gazetteer/data/arabic.toml`` (``[inflection]``, ``[endings]``,
``[clitics]``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from gazetteer.clitics import CLITICS
from gazetteer.normalize import TABLE, normalize


@dataclass(frozen=True)
class _Inflection:
    feminine: str
    feminine_bound: str
    accusative: str
    dual: tuple[str, ...]
    past: tuple[str, ...]
    object_pronouns: tuple[str, ...]
    object_bases: tuple[str, ...]  #: the past endings before an object pronoun (اختطفوه: وا without its alif)
    present_prefixes: tuple[str, ...]
    present_endings: tuple[str, ...]
    pronouns: tuple[str, ...]
    article: str
    particles: frozenset[str]


@cache
def _inflection() -> _Inflection:
    table, endings, clitics = TABLE["inflection"], TABLE["endings"], TABLE["clitics"]
    return _Inflection(
        feminine=endings["feminine"], feminine_bound=table["feminine_bound"], accusative=endings["accusative"],
        dual=tuple(table["dual"]), past=tuple(table["past"]), object_pronouns=tuple(table["object_pronouns"]),
        object_bases=tuple(table["object_bases"]),
        present_prefixes=tuple(table["present_prefixes"]), present_endings=tuple(table["present_endings"]),
        pronouns=tuple(clitics["pronoun_suffixes"]), article=clitics["article"],
        particles=frozenset(clitics["particles"]),
    )


def _agreeing(words: list[str]) -> int:
    """How many words of a phrase inflect together: those before a particle or a word with an attached
    preposition (طائرة بدون طيار، قصف بالبراميل: only the first; هجوم بري: both)."""
    inf = _inflection()
    for n, word in enumerate(words[1:], start=1):
        if word in inf.particles or CLITICS.prepositional(normalize(word)):
            return n
    return len(words)


def _bound(word: str) -> str:
    """The word as written before an ending: its feminine ة as ت."""
    inf = _inflection()
    return word[: -len(inf.feminine)] + inf.feminine_bound if word.endswith(inf.feminine) else word


def _each(phrase: str, inflect) -> str:
    words = phrase.split()
    n = _agreeing(words)
    return " ".join([inflect(w) for w in words[:n]] + words[n:])


def noun_forms(noun: str, plural: str | None = None) -> list[str]:
    """A noun phrase, its accusative, duals, plural and possessed forms (article forms are the matcher's)."""
    inf = _inflection()
    forms = [noun, _each(noun, lambda w: w if w.endswith(inf.feminine) else w + inf.accusative)]
    forms += dual_forms(noun)
    if plural:
        forms.append(plural)
    forms += possessed_forms(noun)
    return list(dict.fromkeys(forms))


def possessed_forms(noun: str) -> list[str]:
    """The possessed forms of a noun phrase with a feminine head (عمليتها العسكرية), none for another: a
    masculine head takes its pronoun suffix in the phrase matcher."""
    inf = _inflection()
    head, *rest = noun.split()
    if not head.endswith(inf.feminine):
        return []
    n = _agreeing(noun.split())
    tail = [w if w.startswith(inf.article) or i >= n - 1 else inf.article + w for i, w in enumerate(rest)]
    return [" ".join([_bound(head) + p, *tail]) for p in inf.pronouns]


def dual_forms(noun: str) -> list[str]:
    """The duals of a noun phrase (غارتين، عبوتين ناسفتين)."""
    return [_each(noun, lambda w, e=ending: _bound(w) + e) for ending in _inflection().dual]


def verb_forms(past: str, present: str | None = None) -> list[str]:
    """A verb in the past of the third persons (with an object pronoun) and its present."""
    inf = _inflection()
    forms = [past + e for e in inf.past]
    forms += [past + e + p for e in inf.object_bases for p in inf.object_pronouns]
    if present:
        stem = present[1:]
        forms += [p + stem + e for p in inf.present_prefixes for e in inf.present_endings]
    return list(dict.fromkeys(forms))
