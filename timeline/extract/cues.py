"""The cue words that decide how a clause is read, from ``data/triggers.toml``.

Negation and irrealis (an attack that did not happen), future verbs, counts over
a period, reporting verbs and speaker nouns, baselines of a comparison (منذ),
cause words (إثر), anaphora (هذا الهجوم) and the words that tie a clause to the
sentence before. Every word is folded with `gazetteer.normalize`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from gazetteer.normalize import normalize
from timeline.extract.phrases import PhraseMatcher
from timeline.extract.triggers import DATA

#: Words that open what a report says (أفاد المرصد الخميس أن ...), folded.
COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "وان"})
#: Those of them that bring a new subject (قال الجيش الروسي إن طائرتين ...), not the speaker (أنه).
BARE_COMPLEMENTIZERS = frozenset({"ان", "بان", "وان"})


@dataclass(frozen=True)
class Cues:
    demonstratives: frozenset[str]
    negations: frozenset[str]
    irrealis: frozenset[str]
    irrealis_after: frozenset[str]
    future: frozenset[str]
    statistics: tuple[str, ...]
    toll_nouns: re.Pattern[str]
    reporting: PhraseMatcher
    speaker_nouns: PhraseMatcher
    continuation: tuple[str, ...]
    since: frozenset[str]
    onset: frozenset[str]
    superlatives: frozenset[str]
    causes: re.Pattern[str]


@cache
def cues() -> Cues:
    """The cue words of ``triggers.toml``, folded (read once)."""
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    nouns = sorted({normalize(w) for w in data["anaphora"]["toll_nouns"]}, key=len, reverse=True)
    reporting = PhraseMatcher()
    for word in data["reporting"]["verbs"]:
        reporting.add(word, True, verb=True)
    speaker_nouns = PhraseMatcher()
    for word in data["reporting"]["speaker_nouns"]:
        speaker_nouns.add(word, True)
    baseline = data["baseline"]
    causes = sorted({" ".join(normalize(w).split()) for w in data["cause"]["words"]}, key=len, reverse=True)
    return Cues(
        frozenset(normalize(w) for w in data["anaphora"]["demonstratives"]),
        frozenset(normalize(w) for w in data["negation"]["words"]),
        frozenset(normalize(w) for w in data["negation"]["irrealis"]),
        frozenset(normalize(w) for w in data["negation"]["irrealis_after"]),
        frozenset(normalize(w) for w in data["negation"]["future"]),
        tuple(" ".join(normalize(w).split()) for w in data["negation"]["statistics_after"]),
        re.compile(r"(?<![^\W\d_])[وفب]?(?:" + "|".join(map(re.escape, nouns)) + r")(?![^\W\d_])"),
        reporting,
        speaker_nouns,
        tuple(" ".join(normalize(w).split()) for w in data["anaphora"]["continuation"]),
        frozenset(normalize(w) for w in baseline["since"]),
        frozenset(normalize(w) for w in baseline["onset"]),
        frozenset(normalize(w) for w in baseline["superlatives"]),
        re.compile(r"(?<![^\W\d_])[وف]?(?:" + "|".join(map(re.escape, causes)) + r")(?![^\W\d_])"),
    )


def one_of(word: str, words: frozenset[str]) -> bool:
    """`word` is one of `words`, with or without the conjunction و or ف."""
    return word in words or (word[:1] in "وف" and word[1:] in words)
