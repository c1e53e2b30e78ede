"""Numbers written as words ("ألفين وستة عشر" = 2016), from the data file's tables.

A number is a sequence of number words joined by the conjunction: a
thousands word, a hundreds word, then a unit, a teen, a ten or a unit and a
ten ("خمسة وعشرين" = 25). `number_value` sums them and refuses sequences that
name one rank twice or mix a teen with a unit or a ten.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.dates.lexicon import Lexicon, alt

_OS = r"[ \t]*"
_RB = r"(?![^\W\d_])"


def number_pattern(lex: Lexicon) -> str:
    """Regex (without groups) of a number written as words; `number_value` checks what it matched."""
    return f"(?:{_OS}(?:{alt(lex.word_list('and'))}{_OS})?{alt(lex.words('number'))}{_RB})+"


@cache
def _word_regex(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(f"{_OS}(?:{alt(lex.word_list('and'))}{_OS})?({alt(lex.words('number'))}){_RB}")


#: A teen never stands with a unit or a ten ("ستة عشر" and "ستة وعشرين", never both).
_EXCLUSIVE = {"teen": {"unit", "ten"}, "unit": {"teen"}, "ten": {"teen"}}


def _rank(value: int) -> str:
    if value < 11:
        return "unit"
    if value < 20:
        return "teen"
    if value < 100:
        return "ten"
    return "hundred" if value < 1000 else "thousand"


def number_value(text: str, lex: Lexicon) -> int | None:
    """Return the value of a number written as words (normalised), or None when it is not one."""
    regex, pos, total, ranks = _word_regex(lex), 0, 0, set()
    while pos < len(text):
        match = regex.match(text, pos)
        if match is None or match.end() == pos:
            return None
        value = lex.lookup("number", match[1])
        rank = _rank(value)
        if rank in ranks or ranks & _EXCLUSIVE.get(rank, set()):
            return None
        ranks.add(rank)
        total += value
        pos = match.end()
    return total or None
