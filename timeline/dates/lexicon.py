"""The date vocabulary of `data/dates.toml` (and the number words of `data/numbers.toml`), normalised, as
lookups and regex pieces.

Every word is folded with `gazetteer.normalize.normalize` so that patterns run
over normalised text. `Lexicon.lookup` maps a matched word back to its value
(month number, weekday, offset …); `Lexicon.alt` gives the regex alternation
of a word list, longest first, with runs of spaces matching any horizontal
whitespace.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from gazetteer.normalize import normalize
from timeline import DATA_DIR

DATA_FILE = DATA_DIR / "dates.toml"
NUMBERS_FILE = DATA_DIR / "numbers.toml"


def norm_word(word: str) -> str:
    """Normalise a vocabulary word and collapse its internal spaces."""
    return " ".join(normalize(word).split())


def alt(words) -> str:
    """Return a regex matching any of the normalised `words`, the longest it can.

    The alternation is written as a trie ("ال(?:اول|ثاني)") so that the regex
    engine compares a shared prefix once, which keeps the scanner fast.
    """
    trie: dict = {}
    for word in {norm_word(w) for w in words}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: dict) -> str:
    # Characters that end a word here become one class ("[وف]"): the engine tests a class at once.
    leaves = [ch for ch, child in sorted(node.items()) if ch and ch != " " and child == {"": {}}]
    grouped = leaves if len(leaves) > 1 else []
    branches = [_char(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch and ch not in grouped]
    if grouped:
        branches.append("[" + "".join(re.escape(ch) for ch in grouped) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def _char(ch: str) -> str:
    return r"[ \t]+" if ch == " " else re.escape(ch)


@dataclass(eq=False)
class Lexicon:
    """Word → value tables and word lists read from the data file."""

    raw: dict
    tables: dict[str, dict[str, object]] = field(default_factory=dict)

    def add_table(self, name: str, mapping: dict[str, list[str]], cast=int) -> None:
        """Register a table of ``value: [words]`` under `name`."""
        table = self.tables.setdefault(name, {})
        for value, words in mapping.items():
            for word in words:
                table[norm_word(word)] = cast(value)

    def lookup(self, name: str, matched: str):
        """Return the value of a `matched` word of table `name`."""
        return self.tables[name][" ".join(matched.split())]

    def words(self, name: str) -> list[str]:
        """Return the words of table `name`."""
        return list(self.tables[name])

    def word_list(self, key: str) -> list[str]:
        """Return the list ``[words] key`` of the data file."""
        return self.raw["words"][key]


    def normed(self, key: str) -> frozenset[str]:
        """Return the normalised words of the list ``[words] key``."""
        cached = self._normed.get(key)
        if cached is None:
            cached = self._normed[key] = frozenset(norm_word(w) for w in self.word_list(key))
        return cached

    def __post_init__(self) -> None:
        self._normed: dict[str, frozenset[str]] = {}


@cache
def load_lexicon(path: Path = DATA_FILE) -> Lexicon:
    """Read the data file into a `Lexicon`."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    lex = Lexicon(raw)
    for variant in raw["months"].values():
        lex.add_table("month", variant)
    for name in (
        "hijri_months", "weekdays", "ordinals", "week_of_month", "relative_days", "relative_nights",
        "event_relative",
        "quarters", "decades", "decades_construct", "nth_before", "nth_after", "weekday_nouns",
    ):
        lex.add_table(_TABLE_NAMES.get(name, name), raw[name])
    lex.add_table("relative_night", raw["named_day_nights"])
    lex.add_table("named_day_night", raw["named_day_nights"])
    lex.add_table("number", tomllib.loads(NUMBERS_FILE.read_text(encoding="utf-8"))["cardinals"])
    for table, key in (("unit", "units"), ("span_unit", "spans")):
        for unit, forms in raw[key].items():
            for count, words in forms.items():
                lex.add_table(table, {f"{unit}:{count}": words}, cast=str)
    for name, spec in raw["ranges"].items():
        lex.add_table("range", {name: spec["words"]}, cast=str)
    for name, spec in raw["month_parts"].items():
        lex.add_table("month_part", {name: spec["words"]}, cast=str)
    for name, spec in raw["holidays"].items():
        lex.add_table("holiday", {name: spec["words"]}, cast=str)
    for name in ("past", "future", "current", "before_past"):
        lex.add_table("qualifier", {name: raw["words"][name]}, cast=str)
    lex.add_table("span_qualifier", raw["span_qualifiers"], cast=str)
    lex.add_table("event_span", raw["event_relative_spans"], cast=_offsets)
    for name in ("after", "before", "after_it", "before_it"):
        lex.add_table("shift", {name: raw["shifts"][name]}, cast=str)
    return lex


def _offsets(key: str) -> tuple[int, int]:
    """The first and last offsets of a key ``"first:last"`` of `event_relative_spans`."""
    first, last = key.split(":")
    return int(first), int(last)


#: Tables whose lookup name is shorter than their name in the data file.
_TABLE_NAMES = {
    "hijri_months": "hijri_month",
    "weekdays": "weekday",
    "ordinals": "ordinal",
    "week_of_month": "week_ordinal",
    "relative_days": "relative_day",
    "relative_nights": "relative_night",
    "quarters": "quarter",
    "decades": "decade",
    "decades_construct": "decade_construct",
    "weekday_nouns": "weekday_noun",
}
