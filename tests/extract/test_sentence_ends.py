"""Sentences end where the plain definition says, for any text: at line breaks, and at stops (with closing
quotes) followed by white space, or after a digit by white space and a non-digit."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import sentences as splitting

#: The plain definition of a sentence's end.
PLAIN = re.compile(r"\n+|(?<!\d)[.!?؟…]+[\"”»\u2019)]*(?=\s|$)|(?<=\d)[.!?؟…]+[\"”»\u2019)]*(?=\s+\D|$)")

texts = st.text(alphabet=st.sampled_from(list(" \n\t.!?؟…\"”»\u2019)1 2ab")), max_size=40)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_sentences_end_where_the_plain_definition_says(text: str) -> None:
    found = splitting.sentences(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(splitting, "_END", PLAIN)
        assert found == splitting.sentences(text)


def test_a_dot_between_digits_and_a_quote_after_a_stop() -> None:
    text = "a 3.5 b. «c d»! e\n\nf 7. g"
    assert [text[s:e] for s, e in splitting.sentences(text)] == ["a 3.5 b.", "«c d»!", "e", "f 7.", "g"]
