"""Squeezing a folded text for phrase matching reads quotes with the spaces around them, and runs of spaces, as
one space, and maps every offset back: the same as the plain definition, for any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.phrases import squeeze

#: The plain definition of what is squeezed.
PLAIN = re.compile(r"\s*[«»“”\"]+\s*|\s{2,}")

texts = st.text(alphabet=st.sampled_from([" ", " ", "\n", "\t", "\u00a0", "«", "»", "“", "”", '"', "a", "b", "c"]),
                max_size=40)


def _plainly(text: str) -> tuple[str, list[int]]:
    """The squeezed text and the original offset of each of its characters, by the plain definition."""
    out, origin, last = [], [], 0
    for m in PLAIN.finditer(text):
        out.append(text[last:m.start()])
        origin.extend(range(last, m.start()))
        out.append(" ")
        origin.append(m.start())
        last = m.end()
    out.append(text[last:])
    origin.extend(range(last, len(text)))
    return "".join(out), origin


@settings(max_examples=400, deadline=None)
@given(texts)
def test_squeezing_is_the_plain_definition_with_offsets_mapped_back(text: str) -> None:
    squeezed = squeeze(text)
    expected, origin = _plainly(text)
    assert squeezed.text == expected
    assert [squeezed.orig(i) for i in range(len(expected))] == origin


def test_quotes_inside_a_phrase_and_double_spaces_read_as_one_space() -> None:
    squeezed = squeeze('a  «b» c "d"')
    assert squeezed.text == "a b c d "
    assert [squeezed.orig(i) for i in (2, 4, 6)] == [4, 7, 10]
