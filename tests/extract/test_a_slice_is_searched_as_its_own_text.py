"""A slice of a folded text is searched for phrases (`PhraseMatcher.find_in`, read from the scan of the whole text) as
if it were a text of its own: a word cut by the slice's edge ends there, a phrase the edge cuts is not found, and the
offsets are the slice's. The phrases and sentences here were written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer.normalize import normalize
from timeline.extract.phrases import Hit, PhraseMatcher


def _matcher() -> PhraseMatcher:
    matcher = PhraseMatcher(apart=True)  # an automaton of its own: the process's one is left as it is
    matcher.add("قصف", "verb", verb=True)
    matcher.add("غارات جوية", "raids")
    matcher.add("الطيران", "aviation")
    return matcher


MATCHER = _matcher()


def test_a_verb_cut_by_the_slice_end_ends_there() -> None:
    folded = normalize("وقصفته الطائرات")
    assert MATCHER.find(folded) == []
    assert MATCHER.find_in(folded, 0, 4) == [Hit(1, 4, "verb")]
    assert MATCHER.find_in(folded, 1, 4) == [Hit(0, 3, "verb")]


def test_a_word_cut_by_the_slice_start_starts_there() -> None:
    folded = normalize("مغارات جوية")
    assert MATCHER.find(folded) == []
    assert MATCHER.find_in(folded, 1, len(folded)) == [Hit(0, 10, "raids")]


def test_a_phrase_the_slice_end_cuts_is_not_found() -> None:
    folded = normalize("شنت الغارات الجوية «للطيران» أمس")
    assert MATCHER.find(folded) == [Hit(6, 18, "raids"), Hit(21, 27, "aviation")]
    assert MATCHER.find_in(folded, 4, 14) == []
    assert MATCHER.find_in(folded, 4, 28) == [Hit(2, 14, "raids"), Hit(17, 23, "aviation")]


TOKENS = ["قصف", "وقصف", "قصفته", "غارات", "الغارات", "جوية", "الجوية", "الطيران", "للطيران", "طيرانه", "مغارات"]
texts = st.lists(st.tuples(st.sampled_from(TOKENS), st.sampled_from([" ", "  ", " «", "» ", "\n", "،"])),
                 max_size=8).map(lambda parts: normalize("".join(token + gap for token, gap in parts)))


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_a_slice_gives_the_hits_of_its_own_text(folded: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(folded)))
    end = data.draw(st.integers(start, len(folded)))
    assert MATCHER.find_in(folded, start, end) == MATCHER.find(folded[start:end])
