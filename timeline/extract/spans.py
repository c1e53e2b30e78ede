"""Offsets in a long text looked up without scanning it: what keeps extraction linear in the article.

A stage that asks "is this offset inside one of these spans?", "where does this
line start?" or "what is the next word?" by slicing or filtering the whole text
costs the length of the article for each question, and a 5 MB article asks
thousands. These answer in logarithmic time (bisection over offsets computed
once) or in time bounded by what they return.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice
from operator import itemgetter

import ahocorasick

_WORD = re.compile(r"\S+")
_NEWLINE = re.compile(r"\n")


class _NeededWords:
    """The words every `Needing` needs, in one Aho-Corasick automaton: a text is scanned once for all of them
    (`written_in`, remembered for the last few texts), however many patterns ask of it."""

    def __init__(self) -> None:
        self._automaton = ahocorasick.Automaton()
        self._ready = False
        self.version = 0  #: bumped by every word added, so that no scan from before is reused

    def add(self, words: Iterable[str]) -> None:
        for word in words:
            if word and word not in self._automaton:
                self._automaton.add_word(word, word)
                self._ready = False
                self.version += 1

    def written_in(self, text: str) -> frozenset[str]:
        """The words added that are written in `text`, inside other words too."""
        if not self._ready:
            self._automaton.make_automaton()
            self._ready = True
        return _written(self, text, self.version)

    def scan(self, text: str) -> frozenset[str]:
        return frozenset(map(itemgetter(1), self._automaton.iter(text))) if len(self._automaton) else frozenset()


_NEEDED = _NeededWords()


@lru_cache(maxsize=64)
def _written(needed: _NeededWords, text: str, version: int) -> frozenset[str]:
    return needed.scan(text)


@dataclass(frozen=True)
class Needing:
    """A pattern run only on a text where a word of each of `needs` is written (words, folded, that every match of
    it holds): a text without them is not scanned."""

    pattern: re.Pattern[str]
    needs: tuple[frozenset[str], ...]

    def __post_init__(self) -> None:
        for words in self.needs:
            _NEEDED.add(words)
        # a set holding "" is met by every text: only the others are looked up, on every call
        object.__setattr__(self, "_required", tuple(words for words in self.needs if "" not in words))

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.__post_init__()  # the words in this process's automaton

    def _written_in(self, text: str) -> bool:
        if not self._required:
            return True
        written = _NEEDED.written_in(text)
        # loops, not all(...): a pattern of a trigger or a toll asks this of every clause
        for words in self._required:
            if words.isdisjoint(written):
                return False
        return True

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._written_in(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._written_in(text) else iter(())


class Cover:
    """Which offsets lie inside some span ``start <= offset < end`` of a set of spans."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))  #: furthest end among spans so far

    def __contains__(self, offset: int) -> bool:
        i = bisect_right(self._starts, offset)
        return i > 0 and self._reach[i - 1] > offset


def end_before(text: str, at: int) -> int:
    """Where the text before `at` ends without its trailing white space: ``len(text[:at].rstrip())``."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def word_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The words of ``text[start:end]``, each with its offsets in `text`."""
    return _WORD.finditer(text, start, end)


def first_words(text: str, start: int, end: int, count: int) -> list[str]:
    """The first `count` words of ``text[start:end]``: ``text[start:end].split()[:count]``."""
    return [m.group() for m in islice(word_matches(text, start, end), count)]


def words_end(text: str, start: int, end: int, count: int) -> int:
    """Where the first `count` words of ``text[start:end]`` end (`start` when there are none)."""
    ends = [m.end() for m in islice(word_matches(text, start, end), count)]
    return ends[-1] if ends else start


@lru_cache(maxsize=4)
def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _NEWLINE.finditer(text))]


def line_start(text: str, offset: int) -> int:
    """Where the line holding `offset` starts: ``text.rfind("\\n", 0, offset) + 1``."""
    starts = _line_starts(text)
    return starts[bisect_right(starts, offset) - 1]


def line_span(text: str, offset: int) -> tuple[int, int]:
    """The span of the line holding `offset`, without its newline."""
    starts = _line_starts(text)
    i = bisect_right(starts, offset)
    return starts[i - 1], (starts[i] - 1 if i < len(starts) else len(text))
