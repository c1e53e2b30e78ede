"""The one Arabic normaliser shared by `gazetteer` and `timeline`.

`normalize` folds the spelling variants that Arabic news writes for the same
word onto one form: hamza and alef forms, ta marbuta, alef maqsura, Persian
letters and digits, Arabic-Indic digits; it drops diacritics and tatweel.
`normalize_with_offsets` does the same and returns, for every character of the
result, its offset in the original text, so that matches found on normalised
text can be reported as spans of the text the analyst reads. `normalized` gives
both for a whole article, computed once however many stages and wings read it.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from .errors import read_toml

_DROP = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}
_DROP |= {chr(c) for c in range(0x06D6, 0x06EE)}
# Bidi and zero-width marks that editors leave inside words.
_DROP |= {"\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"}

ARABIC = resources.files(__package__) / "data" / "arabic.toml"
#: The spelling and clitic table (data/arabic.toml), as written.
TABLE = read_toml(ARABIC)
_FOLD = {letter: form for form, letters in TABLE["spelling"]["fold"] for letter in letters}
_FOLD.update({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u066b": ".", "\u066c": ","})
_FOLD.update({chr(0x0660 + i): str(i) for i in range(10)})
_FOLD.update({chr(0x06F0 + i): str(i) for i in range(10)})

# A list indexed by code point translates about twice as fast as a dict; characters beyond it
# (outside the Basic Multilingual Plane) raise IndexError, which str.translate reads as "keep".
_TABLE: list[str | None] = [chr(i) for i in range(0x10000)]
for _code, _to in str.maketrans({**_FOLD, **{c: None for c in _DROP}}).items():
    _TABLE[_code] = _to
del _code, _to
_DROPPED = re.compile("[" + "".join(sorted(_DROP)) + "]+")
#: What `_code_table` gives a dropped character: no character has this code point.
_DROPPED_CODE = 0xFFFFFFFF
#: From this length on a text is folded as an array of code points: str.translate looks every character
#: up one at a time (about 30 ns each), which is five times slower on a news article but faster on a name.
LONG_TEXT_CHARS = 256


def normalize(text: str) -> str:
    """Return `text` with Arabic spelling variants folded onto one form."""
    return text.translate(_TABLE) if len(text) < LONG_TEXT_CHARS else _normalize_long(text)


def _normalize_long(text: str) -> str:
    """`normalize` of a long text, as an array of code points (str.translate beyond the Basic
    Multilingual Plane, which the table does not cover)."""
    found = _folded_codes(text)
    if found is None:
        return text.translate(_TABLE)
    folded, kept = found
    return _decoded(folded[kept])


def _folded_codes(text: str):
    """The code points of a long `text` folded by the table (numpy's), and which of them are kept (not dropped);
    None when a character lies beyond the Basic Multilingual Plane, which the table does not cover."""
    import numpy as np  # here, not at the top: the gazetteer's cold start does without it (0.25 s)

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.max() >= len(_TABLE):
        return None
    folded = _code_table()[codes]
    return folded, folded != _DROPPED_CODE


def _decoded(codes) -> str:
    """The text of an array of code points."""
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


@cache
def _code_table():
    """`_TABLE` as an array of code points (numpy's), a dropped character as `_DROPPED_CODE`."""
    import numpy as np

    return np.array([_DROPPED_CODE if to is None else ord(to) for to in _TABLE], dtype=np.uint32)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalise `text` and map every output character to its source offset.

    The returned list has one entry more than the normalised string: its last
    entry is ``len(text)``, so a span ``[i, j)`` of the result maps back to
    ``[offsets[i], offsets[j])`` of the original (for ``j`` at the end too).
    """
    out = normalize(text)
    if len(out) == len(text):  # nothing dropped: the common case, offsets are the identity
        return out, list(range(len(text) + 1))
    return out, source_offsets(text)


def source_offsets(text: str) -> list[int]:
    """The offsets list of `normalize_with_offsets` alone, without normalising again."""
    offsets: list[int] = []
    kept = 0
    for m in _DROPPED.finditer(text):
        offsets.extend(range(kept, m.start()))
        kept = m.end()
    offsets.extend(range(kept, len(text) + 1))
    return offsets


class Normalized(NamedTuple):
    """A text's normalised form and the source offset of each of its characters, with ``len(text)``
    last (None when nothing was dropped: the offsets are then the identity)."""

    norm: str
    offsets: Sequence[int] | None  #: a list, or for a long text an array of ints


@lru_cache(maxsize=4)
def normalized(text: str) -> Normalized:
    """`text` normalised, with its offsets; remembered for the last few texts, since the stages of an
    article's extraction (its folded text, places, dates) each start from the same text. The offsets
    (a list, or an array for a long text) are shared: read them, never change them."""
    found = _folded_codes(text) if len(text) >= LONG_TEXT_CHARS else None
    if found is not None:  # a long text: its offsets are those of the code points kept, read off the same pass
        folded, kept = found
        norm = _decoded(folded[kept])
        return Normalized(norm, None if len(norm) == len(text) else _kept_offsets(kept, len(text)))
    norm = normalize(text)
    return Normalized(norm, None if len(norm) == len(text) else source_offsets(text))


def _kept_offsets(kept, length: int) -> array:
    """The offsets of the code points `kept` (numpy's booleans), `length` last, as an array of ints: made from
    the mask's bytes at once, five times faster than a list of a long article's thousands of offsets."""
    import numpy as np

    offsets = array("q")
    offsets.frombytes(kept.nonzero()[0].astype(np.int64).tobytes())
    offsets.append(length)
    return offsets


def to_ascii_digits(text: str) -> str:
    """Replace Arabic-Indic and Persian digits by ASCII digits, keeping length."""
    return text.translate(_DIGITS)


_DIGITS = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}
)

_WORD = re.compile(r"[\u0621-\u064A]+")
_FINAL = TABLE["spelling"]["word_final"]
_WORD_FINAL = re.compile(f"[{''.join(_FINAL)}](?=[^\\w]|$)")


def fold_word_ends(text: str) -> str:
    """A normalised `text` with a word-final alef or ta marbuta folded onto one letter, for
    free-text search ("سوريا" finds "سورية")."""
    return _WORD_FINAL.sub(_FINAL[-1], text)


def words(text: str) -> list[tuple[int, int]]:
    """Return the spans of the Arabic words of a normalised `text`."""
    return [m.span() for m in _WORD.finditer(text)]
