"""A sentence is cut into clauses before a connective of the data file and after a comma that a connective
with the conjunction follows: the same cuts, and the same clauses said to continue or to join another
attack (by its connective, or by the word a comma's cut opens with), as the plain definition (one regex, the
words longest first), for any text made of the data's words, commas and other letters, and any sentence span."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from gazetteer.normalize import normalize
from timeline import read_data
from timeline.extract.clauses import Clause, clauses
from timeline.extract.triggers import DATA

_DATA = read_data(DATA)["clauses"]
_SPLIT = sorted({normalize(w) for w in _DATA["split_before"]}, key=len, reverse=True)
_AFTER_COMMA = sorted({normalize(w) for w in _DATA["after_comma"]}, key=len, reverse=True)
_CONTINUES = frozenset(normalize(w) for w in _DATA["continues"])
_JOINS_ANOTHER = frozenset(normalize(w) for w in _DATA["another_attack"])
#: The plain definition: the alternation of the words, longest first, with the comma's cut as a group.
PLAIN = re.compile(
    r"[\u060c,]\s*(?=(?:" + "|".join(map(re.escape, _AFTER_COMMA)) + r")(?![^\W\d_]))"
    r"|(?<![^\W\d_])(?P<word>" + "|".join(map(re.escape, _SPLIT)) + r")(?![^\W\d_])"
)


def _plainly(folded: str, start: int, end: int) -> list[Clause]:
    out, begin, continues, joins = [], start, False, False
    for m in PLAIN.finditer(folded, start, end):
        word = m.group("word")
        cut = m.end() if word is None else m.start()
        if cut > begin:
            out.append(Clause(begin, cut, continues, joins))
        opener = word if word is not None else next(iter(folded[cut:end].split()), None)  # ، كذلك: the comma's opener
        begin, continues, joins = cut, word in _CONTINUES, opener in _JOINS_ANOTHER
    if end > begin:
        out.append(Clause(begin, end, continues, joins))
    return out


_LETTERS = sorted({ch for w in _SPLIT + _AFTER_COMMA for ch in w if not ch.isspace()})
pieces = st.one_of(st.sampled_from(_SPLIT + _AFTER_COMMA), st.sampled_from(_LETTERS),
                   st.sampled_from([" ", "  ", "\u060c", ",", ", ", "\n", "1", "x"]))
texts = st.lists(pieces, max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 80), st.integers(0, 80))
@example("\u060c\u0643\u0630\u0644\u0643", 0, 5)  # a comma, then an opener joining another attack
def test_clauses_are_cut_as_the_plain_definition_cuts_them(folded: str, start: int, end: int) -> None:
    start, end = sorted((min(start, len(folded)), min(end, len(folded))))
    assert clauses(folded, start, end) == _plainly(folded, start, end)
