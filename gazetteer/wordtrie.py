"""A regular expression matching any of a list of words, written as a trie.

``alternation(["قتل", "قتلى", "قتيل"])`` gives ``(?:قت(?:ل(?:ى)?|يل))``: the engine compares a
shared beginning once and tries, at each position, only the branch of the character there, instead of
every word in turn. It matches exactly what the alternation of the same words sorted longest first
(``قتلى|قتيل|قتل``) matches, backtracking included: the words that match at one position all begin
the text there, so each is a beginning of the next longer one, and both forms try them longest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def alternation(words: Iterable[str], space: str | None = None) -> str:
    """A non-capturing group matching any of `words`, the longest first.

    A space inside a word matches `space` (a regex such as ``\\s+``; a space itself when None). The
    words must not hold two spaces in a row, nor start or end with one, when `space` is given: a
    regex that may match more than one space would make the words no longer distinct by their text.
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    branches = _branches(trie, space)
    return "(?:" + "|".join(branches) + ")" + ("?" if _END in trie and branches else "")


def _branches(node: dict, space: str | None) -> list[str]:
    """The regexes of the ways on from `node`, one per next character (those that end a word there,
    with nothing after them, joined as one class: ``[وف]``)."""
    leaves = sorted(ch for ch, child in node.items() if ch and child == {_END: {}} and (space is None or ch != " "))
    grouped = leaves if len(leaves) > 1 else []
    branches = [_char(ch, space) + _node_regex(child, space)
                for ch, child in sorted(node.items()) if ch and ch not in grouped]
    if grouped:
        branches.append("[" + "".join(re.escape(ch) for ch in grouped) + "]")
    return branches


def _node_regex(node: dict, space: str | None) -> str:
    branches = _branches(node, space)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


def _char(ch: str, space: str | None) -> str:
    return space if ch == " " and space is not None else re.escape(ch)


def word_starts(words: Iterable[str], not_after: str) -> list[str]:
    """Regexes, one per first character of `words`, matching any of them where the character before is
    not of the class `not_after` (``[^\\W\\d_]``: not after a letter); joined by ``|`` at the top of a
    pattern, each branch starting with its character, they let the regex engine skip straight to the
    characters that may start a match instead of trying the pattern at every position. Joined, they
    match what ``(?<!not_after)`` followed by `alternation` of the words matches."""
    rests: dict[str, list[str]] = {}
    for word in set(words):
        if not word:
            raise ValueError("an empty word cannot start a match")
        rests.setdefault(word[0], []).append(word[1:])
    return [re.escape(first) + f"(?<!{not_after}[\\s\\S])" + alternation(rest) for first, rest in sorted(rests.items())]


def whole_words(words: Iterable[str], letter: str) -> str:
    """A regex matching any of `words` neither after nor before a character of the class `letter`: the
    `word_starts` branches, each followed by ``(?!letter)``. It matches what ``(?<!letter)`` + `alternation` +
    ``(?!letter)`` matches, the engine skipping straight to the characters that may start a match."""
    return "|".join(branch + f"(?!{letter})" for branch in word_starts(words, letter))
