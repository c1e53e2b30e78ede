"""Find many phrases at once in folded Arabic text, as whole words.

The phrases of the data files (triggers, actors) are folded with
`gazetteer.normalize` and searched with one Aho-Corasick automaton. A hit
counts when it starts a word, or follows proclitics a phrase of its kind may
take (nouns: و ف ب ك ل ال لل and their combinations; verbs: و ف), and ends a
word, or is followed by a pronoun suffix (nouns only). Overlapping hits are
resolved leftmost-longest. A noun phrase also matches with the article on
every word after the first (ضربات جوية → الضربات الجوية, whose first ال is a
proclitic). Quotes inside a phrase do not break it (قوات «التحالف الدولي»):
they are read as a single space.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

import ahocorasick

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize

NOUN_PREFIXES = CLITICS.noun_prefixes
VERB_PREFIXES = CLITICS.conjunction_prefixes
#: What stands before a noun whose article was elided after ل (للطيران: ل + الطيران).
LAM_PREFIXES = CLITICS.lam_prefixes
NOUN_SUFFIXES = frozenset(("", *CLITICS.pronoun_suffixes))


QUOTE_MARKS = "«»“”\""
#: Quotes with the spaces around them, or a run of spaces: ``\s*[quotes]+\s*|\s{2,}``, written to start
#: with one character class so that the regex engine skips to where a match may start.
_QUOTED = re.compile(f"[\\s{QUOTE_MARKS}]"
                     f"(?:(?<=\\s)(?:\\s*[{QUOTE_MARKS}]+\\s*|\\s+)|(?<=[{QUOTE_MARKS}])[{QUOTE_MARKS}]*\\s*)")
#: Where a match of `_QUOTED` may start: a quote, or a space before a space or a quote. Sought first, it passes over
#: the single spaces between words in one step each (`_QUOTED` tries both its branches at every space); written to
#: start with one character class, so that the regex engine skips to the next space or quote in one quick pass.
_QUOTED_START = re.compile(f"[\\s{QUOTE_MARKS}](?:(?<=[{QUOTE_MARKS}])|(?=[\\s{QUOTE_MARKS}]))")


@dataclass(frozen=True)
class Squeezed:
    """A folded text with quotes and runs of spaces read as one space, and the way back to its offsets.

    Only the squeezed places are kept (`points`: where each stands in `text`; `removed`: how many
    characters of the folded text were left out up to and with it), so that squeezing costs one
    regular-expression pass whatever the text's length, and an offset maps back by bisection.
    """

    text: str
    points: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()

    def orig(self, i: int) -> int:
        """The offset in the folded text of squeezed offset `i`."""
        k = bisect_left(self.points, i)
        return i + self.removed[k - 1] if k else i


@lru_cache(maxsize=64)
def squeeze(text: str) -> Squeezed:
    """`text` squeezed; remembered for the last few texts, since every matcher of an article's
    stages (triggers, verbs, actors, cues, agencies) searches the same folded text."""
    points: list[int] = []
    removed: list[int] = []
    parts: list[str] = []
    last = dropped = 0
    for m in _quoted(text):
        parts.append(text[last : m.start()])
        points.append(m.start() - dropped)
        dropped += m.end() - m.start() - 1
        removed.append(dropped)
        last = m.end()
    if not points:
        return Squeezed(text)
    parts.append(text[last:])
    return Squeezed(" ".join(parts), tuple(points), tuple(removed))


def _quoted(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_QUOTED` in `text`, left to right, as its `finditer` gives them: each is matched where
    `_QUOTED_START` finds the next place one may start."""
    pos = 0
    while start := _QUOTED_START.search(text, pos):
        m = _QUOTED.match(text, start.start())
        yield m
        pos = m.end()


def _definite(folded: str) -> str:
    """The phrase with ال on every word after the first: هجوم انتحاري → هجوم الانتحاري."""
    first, *rest = folded.split(" ")
    if any(w in CLITICS.particles or CLITICS.prepositional(w) for w in rest):
        return folded
    article = CLITICS.article
    return " ".join([first, *(w if w.startswith(article) else article + w for w in rest)])


class Hit(NamedTuple):
    """A phrase found (a named tuple: a matcher makes one for each hit of every text it reads)."""

    start: int  #: offsets in the folded text
    end: int
    value: Any


class _Scanner:
    """One Aho-Corasick automaton holding the phrases of every `PhraseMatcher` of this process, each
    key's entries by matcher number: an article's text is scanned once for all of them (triggers,
    strike verbs, actors, reporting verbs, speaker nouns), and each matcher reads its own hits from
    the scan (`hits`, remembered for the last few texts). A matcher searched apart from the others
    has an automaton of its own (`PhraseMatcher` ``apart``)."""

    def __init__(self) -> None:
        self._automaton = ahocorasick.Automaton()
        #: each key's entries by matcher number; the automaton holds them as (matcher, entries) pairs, read as they are
        self._entries: dict[str, dict[int, list[tuple]]] = {}
        self._ready = False
        self.version = 0  #: bumped by every phrase added, so that no scan from before is reused
        self.matchers = 0

    def put(self, key: str, matcher: int, entry: tuple) -> None:
        entries = self._entries.setdefault(key, {})
        entries.setdefault(matcher, []).append(entry)
        self._automaton.add_word(key, tuple(entries.items()))
        self._ready = False
        self.version += 1

    def hits(self, text: str, matcher: int) -> list[tuple[int, list[tuple]]]:
        """(end, entries) of the keys of `matcher` found in `text`, in the automaton's order."""
        if not self._ready:
            self._automaton.make_automaton()
            self._ready = True
        return _scan(self, text, self.version).get(matcher, [])

    def scan(self, text: str) -> dict[int, list[tuple[int, list[tuple]]]]:
        found: defaultdict[int, list[tuple[int, list[tuple]]]] = defaultdict(list)
        for end_index, by_matcher in self._automaton.iter(text):
            end = end_index + 1
            for matcher, entries in by_matcher:
                found[matcher].append((end, entries))
        return found


_SCANNER = _Scanner()


@lru_cache(maxsize=64)
def _scan(scanner: _Scanner, text: str, version: int) -> dict[int, list[tuple[int, list[tuple]]]]:
    return scanner.scan(text)


class PhraseMatcher:
    """Whole-word matching of folded phrases; `add` them, then `find`. The phrases live in the
    process's one automaton (`_Scanner`), or, for a matcher searched `apart` from the others (the
    agencies a whole article is read for before its extraction), in one of its own; a matcher keeps
    its own list too, to register them in the automaton of another process it is sent to."""

    def __init__(self, apart: bool = False) -> None:
        self._keys: list[tuple[str, tuple]] = []
        self._number: int | None = None
        self._apart = apart
        self._scanner = _SCANNER
        if not apart:
            # numbered now, its phrases put in the automaton as they are added: the matchers a data loader makes
            # together are built into it at once, not each at its first search (a build costs some 30 ms)
            self._registered()

    def __getstate__(self) -> dict:
        return {"_keys": self._keys, "_number": None, "_apart": self._apart}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, _scanner=_SCANNER)

    def add(self, phrase: str, value: Any, verb: bool = False) -> None:
        """Register `phrase` (ordinary spelling) with the value a hit returns."""
        folded = " ".join(normalize(phrase).split())
        if not folded:
            return
        self._put(folded, (len(folded), value, verb, False))
        if not verb:
            definite = _definite(folded)
            if definite != folded:
                self._put(definite, (len(definite), value, verb, False))
        article = CLITICS.article
        if not verb and folded.startswith(article) and len(folded) > len(article) + 1:
            # ل + ال is written لل: "للطيران" holds "لطيران" after one more ل.
            elided = CLITICS.lam + folded[len(article):]
            self._put(elided, (len(elided), value, verb, True))

    def _put(self, key: str, entry: tuple) -> None:
        self._keys.append((key, entry))
        if self._number is not None:
            self._scanner.put(key, self._number, entry)

    def _registered(self) -> int:
        """This matcher's number in the process's automaton, its phrases put there the first time."""
        if self._number is None:
            self._scanner = _Scanner() if self._apart else _SCANNER
            self._number = self._scanner.matchers
            self._scanner.matchers += 1
            for key, entry in self._keys:
                self._scanner.put(key, self._number, entry)
        return self._number

    def find(self, folded: str) -> list[Hit]:
        """Non-overlapping whole-word hits in `folded` text, left to right."""
        return self.find_in(folded, 0, len(folded))

    def find_in(self, folded: str, start: int, end: int) -> list[Hit]:
        """The hits `find` gives in ``folded[start:end]`` (offsets in the slice), read from the scan of the whole
        `folded` text: the clauses and sentences of an article are searched without a scan each."""
        end = min(end, len(folded))
        number = self._registered()  # first: a matcher searched apart has its own automaton from then on
        occurrences = _occurrences(self._scanner, number, folded, self._scanner.version)
        first, last = bisect_right(occurrences.ends, start), bisect_right(occurrences.ends, end)
        spans = [(s - start, e - start, value) for s, e, value, verb, lam in occurrences.spans[first:last]
                 if s >= start and _bounded(folded, s, e, verb, lam, start, end)]  # a Hit made only for those chosen
        spans.sort(key=lambda s: (s[0], s[0] - s[1]))
        chosen: list[Hit] = []
        last_end = -1
        for s, e, value in spans:
            if s >= last_end:
                chosen.append(Hit(s, e, value))
                last_end = e
        return chosen


class _Occurrences(NamedTuple):
    """Every occurrence of a matcher's keys in a folded text, whole words or not, in the scan's order (by end)."""

    spans: list[tuple[int, int, Any, bool, bool]]  #: (start, end, value, verb, lam), offsets in the folded text
    ends: list[int]  #: the end of each, for bisection


@lru_cache(maxsize=64)
def _occurrences(scanner: _Scanner, matcher: int, folded: str, version: int) -> _Occurrences:
    """The occurrences of `matcher`'s keys in `folded`; remembered for the last few texts and matchers, since the
    clauses of an article are searched in slices of its one folded text (`PhraseMatcher.find_in`)."""
    squeezed = squeeze(folded)
    orig = squeezed.orig if squeezed.points else None
    spans = []
    for end, entries in scanner.hits(squeezed.text, matcher):
        for length, value, verb, lam in entries:
            start = end - length
            spans.append((start, end, value, verb, lam) if orig is None else
                         (orig(start), orig(end - 1) + 1, value, verb, lam))
    return _Occurrences(spans, [span[1] for span in spans])


def _bounded(text: str, start: int, end: int, verb: bool, lam: bool, lo: int, hi: int) -> bool:
    """The hit at ``text[start:end]`` is a whole word of ``text[lo:hi]`` but for the clitics its kind may take (the
    folded text's quotes and spaces, which `squeeze` reads as one space, bound words as that space does)."""
    word_start = start
    while word_start > lo and text[word_start - 1].isalpha():
        word_start -= 1
    if text[word_start:start] not in (LAM_PREFIXES if lam else VERB_PREFIXES if verb else NOUN_PREFIXES):
        return False
    word_end = end
    while word_end < hi and text[word_end].isalpha():
        word_end += 1
    return word_end == end if verb else text[end:word_end] in NOUN_SUFFIXES
