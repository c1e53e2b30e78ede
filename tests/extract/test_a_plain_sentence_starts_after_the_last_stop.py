"""The plain sentence holding an offset (`sentences.plain_sentence_start`) starts after the last `SENTENCE_END` before
it, sought back from the offset: the same as the last match of a scan from the text's start. The sentences here were
written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.extract.sentences import SENTENCE_END, plain_sentence_start

TEXT = "قصفت الطائرات المدينة. وقال مصدر؟ إن الغارات استمرت\nحتى المساء"


def test_the_sentence_starts_after_the_last_stop_before_the_offset() -> None:
    assert plain_sentence_start(TEXT, TEXT.index("وقال")) == TEXT.index(".") + 1
    assert plain_sentence_start(TEXT, TEXT.index("حتى")) == TEXT.index("\n") + 1
    assert plain_sentence_start(TEXT, TEXT.index(".")) == 0


@given(st.text(alphabet="اب .!?؟\n", max_size=30), st.data())
def test_the_start_is_that_of_a_scan_from_the_text_start(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    assert plain_sentence_start(text, at) == max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)
