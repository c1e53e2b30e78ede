"""Long texts are folded as arrays of code points: the same result as the table, character by character."""

from hypothesis import given
from hypothesis import strategies as st

from gazetteer.normalize import _TABLE, LONG_TEXT_CHARS, normalize, normalize_with_offsets, normalized

#: Arabic letters, digits and marks (folded, dropped or kept), spaces, a lone surrogate, a character
#: beyond the Basic Multilingual Plane, and any other character.
_CHARACTERS = st.one_of(
    st.sampled_from([chr(c) for c in range(0x0600, 0x0700)] + list("\u06f5\u00a0\u200f\ufeff\ud800\U0001f600 a\n")),
    st.characters(),
)


@given(st.text(_CHARACTERS, min_size=LONG_TEXT_CHARS - 2, max_size=2 * LONG_TEXT_CHARS))
def test_a_long_text_is_folded_as_the_table_folds_it(text: str) -> None:
    assert normalize(text) == text.translate(_TABLE)
    assert normalize_with_offsets(text)[0] == text.translate(_TABLE)


@given(st.text(_CHARACTERS, min_size=LONG_TEXT_CHARS - 2, max_size=2 * LONG_TEXT_CHARS))
def test_a_long_articles_shared_offsets_are_those_of_the_normaliser(text: str) -> None:
    norm, offsets = normalized.__wrapped__(text)  # not remembered: each example read afresh
    assert norm == text.translate(_TABLE)
    assert (None if offsets is None else list(offsets)) == (
        None if len(norm) == len(text) else normalize_with_offsets(text)[1])


@given(st.text(_CHARACTERS, max_size=LONG_TEXT_CHARS))
def test_a_short_text_too(text: str) -> None:
    assert normalize(text) == text.translate(_TABLE)
