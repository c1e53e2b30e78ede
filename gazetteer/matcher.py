"""Finding the written names of places in normalised text.

The automaton holds every indexed name followed by a space and runs over the
text with every non-letter read as a space, so each hit ends at a word
boundary; it counts when what precedes it inside its word is a valid run of
proclitics (و ف, then ب ل ك, then the article). Longest hits win.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import NamedTuple

from .clitics import CLITICS
from .index import ARTICLE, Index

#: Prefixes allowed before a name written as indexed (``منبج``, ``الرقه``).
EXACT_PREFIXES = CLITICS.plain_prefixes
#: Prefixes allowed before a name whose article was folded into the prefix (``بالرقه``, ``للرقه``).
ARTICLE_PREFIXES = CLITICS.article_prefixes
MAX_PREFIX = max(map(len, EXACT_PREFIXES | ARTICLE_PREFIXES))
#: Every prefix `_ids_for` may find a place after (a lam before a bare name beginning with lam: ``لليبيا``): a hit
#: after any other is no name, whatever its key, and is passed over before its ids are looked up.
ANY_PREFIX = EXACT_PREFIXES | ARTICLE_PREFIXES | {p + CLITICS.lam for p in EXACT_PREFIXES}


#: The letters of normalised Arabic words; anything else is a word boundary.
LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))
#: Any character but a letter or a space, each to be read as a space (the same length: one code point each).
_NOT_LETTER = re.compile(f"[^{min(LETTERS)}-{max(LETTERS)} ]")


class NameHit(NamedTuple):
    """A name in normalised text: ``[start, end)`` covers its clitics, ``name_start`` the name itself."""

    start: int
    name_start: int
    end: int
    key: str
    ids: tuple[int, ...]
    head: str | None  #: generic head written just before (مدينة, ريف ...), as listed in the cues
    head_start: int  #: where the head starts (``start`` when there is none)
    shared: bool = False  #: the head is written before the name before it (بمحافظتي إدلب وحلب)


def head_forms(heads) -> dict[str, str]:
    """Every way a head is written with its proclitics (``بمدينه``, ``وريف``) -> the head."""
    return {prefix + head: head for head in heads for prefix in EXACT_PREFIXES}


def word_before(text: str, end: int) -> tuple[int, int]:
    """The span of the word that ends before `end`, only whitespace between; empty if there is none."""
    j = end
    while j > 0 and text[j - 1].isspace():
        j -= 1
    k = j
    while k > 0 and text[k - 1] in LETTERS:
        k -= 1
    return k, j


def head_before(
    text: str, start: int, forms: dict[str, str], adjectives: frozenset[str] = frozenset()
) -> tuple[str | None, int]:
    """The generic head written just before `start` (``بمدينة``, ``وريف``, ``شبه جزيرة``) and its start,
    across one of `adjectives` (a country adjective: ``العاصمة السورية دمشق``).

    `forms` is `head_forms` of the heads.
    """
    k1, j1 = word_before(text, start)
    if k1 == j1:
        return None, start
    word = text[k1:j1]
    k2, j2 = word_before(text, k1)
    if k2 < j2:
        head = forms.get(f"{text[k2:j2]} {word}")
        if head:
            return head, k2
    head = forms.get(word)
    if head:
        return head, k1
    if word in adjectives:
        head, at = head_before(text, k1, forms)
        if head:
            return head, at
    return None, start


#: A dash or slash joining two words with a space on either side (الحدود التركية - السورية): read as one space,
#: so that a compound name written so is found as indexed. Spaces, the joiner, spaces: written to start with the
#: character class of its first character (a space or the joiner, right after a letter), so that the regex engine
#: skips to where a match may start.
_JOINERS = "-/\u2013\u2014"
_SPACED_JOINER = re.compile(rf"[{_JOINERS} ](?<=[\u0621-\u064A][{_JOINERS} ])"
                            rf"(?:(?<= ) *[{_JOINERS}] *|(?<=[{_JOINERS}]) +)(?=[\u0621-\u064A])")


def _joined(text: str) -> tuple[str, Callable[[int], int]]:
    """`text` with each spaced dash or slash between two words read as one space, and the function taking an
    offset in it back to `text` (the identity when there is none). A spaced joiner has a space right before or
    after it: the pattern runs only on a text that holds one."""
    spaced = any(f" {j}" in text or f"{j} " in text for j in _JOINERS if j in text)  # a joiner alone is quick to seek
    joiners = list(_SPACED_JOINER.finditer(text)) if spaced else []
    if not joiners:
        return text, int
    parts: list[str] = []
    spaces: list[int] = []  # where the space read for each joiner stands in the joined text
    shifts: list[int] = []  # how many characters of `text` are left out up to and including each joiner
    last = shift = 0
    for m in joiners:
        parts.append(text[last:m.start()] + " ")
        spaces.append(m.start() - shift)
        shift += m.end() - m.start() - 1
        shifts.append(shift)
        last = m.end()
    parts.append(text[last:])

    def origin(i: int) -> int:
        k = bisect_left(spaces, i)  # the joiners read before offset i
        return i + shifts[k - 1] if k else i

    return "".join(parts), origin


def _ids_for(index: Index, key: str, prefix: str, allow_stop: bool) -> tuple[int, ...]:
    """Ids of the places `key` names after `prefix`; names on the stop-list only if `allow_stop`."""
    ids: tuple[int, ...] = ()
    if prefix in EXACT_PREFIXES and (allow_stop or key not in index.stop):
        ids = index.exact.get(key, ())
    bare = index.bare.get(key)
    if bare and (prefix in ARTICLE_PREFIXES or (key[0] == CLITICS.lam and prefix.endswith(CLITICS.lam) and
                                                 prefix[:-1] in EXACT_PREFIXES)):
        if allow_stop or ARTICLE + key not in index.stop:
            known = set(ids)
            ids = ids + tuple(i for i in bare if i not in known) if known else tuple(bare)
    return ids


def _quarters_after_head(
    index: Index, ids: tuple[int, ...], text: str, start: int, quarter_heads: dict[str, str] | None
) -> tuple[int, ...]:
    """The quarters among `ids` when a quarter naming head is written just before `start`, else none."""
    if not quarter_heads or not head_before(text, start, quarter_heads)[0]:
        return ()
    return tuple(i for i in ids if index.places[i].feature == "neighbourhood")


def scan(
    index: Index, text: str, heads: dict[str, str], naming_heads: dict[str, str],
    adjectives: frozenset[str] = frozenset(), quarter_heads: dict[str, str] | None = None,
) -> list[NameHit]:
    """Every place name in the normalised `text`, longest first, without overlaps, in text order.

    `heads`, `naming_heads` and `quarter_heads` are `head_forms`; a name on the index's stop-list
    counts only after a naming head: ``مدينة الباب`` is a town, ``الباب`` alone is a door; after a quarter
    naming head it counts as a quarter only: ``منطقة الشعب`` is Baghdad's quarter. A head may
    stand before one of `adjectives` (country adjectives) before the name: ``العاصمة العراقية بغداد``.
    """
    raw: list[tuple[int, int, int, str, tuple[int, ...]]] = []
    joined, at = _joined(text)
    # Automaton keys end with a space, so with every non-letter read as a space (same length)
    # a hit always ends at a word boundary.
    spaced = _NOT_LETTER.sub(" ", joined) + " "
    stop = index.stop
    for end, key in index.automaton.iter(spaced):
        name_start = end - len(key)
        # the word starts after the last space at most MAX_PREFIX + 1 characters before the name, or at the text's start
        lowest = name_start - MAX_PREFIX - 2
        space = spaced.rfind(" ", max(0, lowest), name_start)
        if space < 0 and lowest >= 0:
            continue
        start = space + 1
        prefix = joined[start:name_start]
        if prefix not in ANY_PREFIX:
            continue
        written_stop = joined[start:end] in stop
        ids = () if written_stop else _ids_for(index, key, prefix, allow_stop=False)
        if not ids and (written_stop or key in stop or ARTICLE + key in stop):
            # a stop-listed name still counts after a naming head: مدينة الباب
            ids = _ids_for(index, key, prefix, allow_stop=True)
            if ids and not head_before(text, at(start), naming_heads)[0]:
                ids = _quarters_after_head(index, ids, text, at(start), quarter_heads)
                if not ids:
                    continue
        if ids:
            raw.append((at(start), at(name_start), at(end - 1) + 1, key, ids))
    raw.sort(key=lambda h: (h[0] - h[2], h[0]))
    hits: list[NameHit] = []
    taken: set[int] = set()
    for start, name_start, end, key, ids in raw:
        span = range(start, end)
        if taken.isdisjoint(span):
            taken.update(span)
            head, head_start = head_before(text, start, heads, adjectives)
            hits.append(NameHit(start, name_start, end, key, ids, head, head_start))
    hits.sort(key=lambda h: h.start)
    return hits
