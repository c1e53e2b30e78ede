"""A word list written as a trie matches exactly what the plain alternation of the words, longest first,
matches: the same spans and groups wherever it stands in a pattern, backtracking included, for any words
and text; and the extractor's patterns built on it find what the plain ones found."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer.wordtrie import alternation, whole_words, word_starts

LETTERS = "abcd "
words = st.lists(st.text(alphabet="abc", min_size=1, max_size=4), max_size=8)
#: words with single spaces inside (as the data files' phrases are once folded)
phrases = st.lists(st.lists(st.text(alphabet="abc", min_size=1, max_size=3), min_size=1, max_size=3)
                   .map(" ".join), max_size=8)
texts = st.text(alphabet=st.sampled_from([*LETTERS, "\t", "\n"]), max_size=30)
#: what may stand around the alternation in a pattern: the matches must not depend on it
contexts = st.sampled_from([("", ""), ("(?<![a-d])", "(?![a-d])"), ("", "c"), ("(?:a)?", "b?d"), ("", "(?=b)"),
                            ("x?", "(?:b|cd)?$")])


def _plain(words: list[str], space: str | None) -> str:
    """The alternation of `words` sorted longest first (how the patterns were written before)."""
    ordered = sorted(set(words), key=len, reverse=True)
    escaped = [re.escape(w) if space is None else re.escape(w).replace(r"\ ", space) for w in ordered]
    return "(?:" + "|".join(escaped) + ")"


def _matches(pattern: str, text: str) -> list[tuple]:
    return [(m.span(), m.group("w")) for m in re.finditer(pattern, text)]


@settings(max_examples=500, deadline=None)
@given(words, texts, contexts)
def test_the_trie_matches_as_the_words_longest_first(listed: list[str], text: str, context: tuple[str, str]) -> None:
    before, after = context
    trie, plain = (f"{before}(?P<w>{body}){after}" for body in (alternation(listed), _plain(listed, None)))
    assert _matches(trie, text) == _matches(plain, text)


@settings(max_examples=500, deadline=None)
@given(phrases, texts, contexts)
def test_phrases_whose_words_stand_apart_by_any_spaces(listed: list[str], text: str,
                                                       context: tuple[str, str]) -> None:
    before, after = context
    trie, plain = (f"{before}(?P<w>{body}){after}"
                   for body in (alternation(listed, space=r"\s+"), _plain(listed, r"\s+")))
    assert _matches(trie, text) == _matches(plain, text)


def test_a_shared_beginning_is_written_once() -> None:
    assert alternation(["ab", "abc", "abd", "b"]) == "(?:ab(?:[cd])?|b)"
    assert alternation(["a b", "a"], space=r"\s+") == r"(?:a(?:\s+b)?)"
    assert re.fullmatch(alternation(["a.b"]), "a.b") and not re.fullmatch(alternation(["a.b"]), "axb")


def test_no_words_match_only_the_empty_text() -> None:
    assert re.fullmatch(alternation([]), "") and not re.search(alternation([]) + "a", "b")


@settings(max_examples=500, deadline=None)
@given(words.filter(all), texts, st.integers(0, 30), st.integers(0, 30))
def test_branches_by_first_character_match_as_the_words_after_no_letter(listed: list[str], text: str, pos: int,
                                                                        endpos: int) -> None:
    """Searched from any position to any end (a lookbehind sees the text before the position)."""
    not_after = "[a-d]"
    starts = re.compile("|".join(b + f"(?!{not_after})" for b in word_starts(listed, not_after)) or "(?!)")
    plain = re.compile(f"(?<!{not_after}){_plain(listed, None)}(?!{not_after})" if listed else "(?!)")
    assert ([m.span() for m in starts.finditer(text, pos, endpos)]
            == [m.span() for m in plain.finditer(text, pos, endpos)])


@settings(max_examples=500, deadline=None)
@given(phrases.filter(bool), texts, st.integers(0, 30), st.integers(0, 30))
def test_whole_words_match_as_the_phrases_longest_first_between_no_letters(listed: list[str], text: str, pos: int,
                                                                           endpos: int) -> None:
    """Phrases (a word a prefix of a longer phrase: a b, a) found as the lookbehind, longest-first alternation and
    lookahead they replace find them, from any position to any end."""
    whole = re.compile(whole_words(listed, "[a-d]"))
    plain = re.compile(f"(?<![a-d]){_plain(listed, None)}(?![a-d])")
    found = [m.span() for m in whole.finditer(text, pos, endpos)]
    assert found == [m.span() for m in plain.finditer(text, pos, endpos)]


def test_an_empty_word_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        word_starts(["a", ""], "[a-d]")
