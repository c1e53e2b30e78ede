"""Find the date expressions of an Arabic text and the days each one denotes.

`find_dates` normalises the text once (`gazetteer.normalize`), runs one
compiled regex that finds where any date form starts, reads the form there
(`dates_patterns`, `dates_readers`) and maps the spans back to the original
text. The words come from ``data/dates.toml``.

Mentions that depend on the article's date (``kind="relative"``) carry
``needs_reference=True``; without a reference their ``value`` is None.
Event-relative mentions ("في اليوم التالي", "بعد يومين من") have
``kind="event_relative"``, no value and ``relative_days`` set. A Hijri date
followed by its Gregorian equivalent ("… هـ الموافق … م") is one mention
holding the Gregorian value.

``value``..``end_value`` is the inclusive range of days; ``precision`` is the
unit whose whole members that range covers: "year" (2014, "عامي 2014 و2015"),
"month" ("آب 2014", "مطلع العام الجاري" = January-April) or "day" (a day, a
night, a week, "منتصف ديسمبر" = 11-20 December, "الأسبوع الثاني من شباط" =
8-14 February, "مطلع الأسبوع" = its first three days). "قبل أسبوع" is the
whole calendar week holding reference-7, never a single day.

A day and month written without a year ("وليل 6-7 نيسان") shortly after a
full date of the same passage ("في الرابع من نيسان 2017") takes that
date's year, not the reference's: background paragraphs and chronologies
tell past events in order. A qualifier (الماضي، الجاري) keeps the reference.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from gazetteer.normalize import normalize
from timeline.dates.lexicon import alt, load_lexicon
from timeline.dates.patterns import OS, build_forms, build_scanner
from timeline.dates.readers import READERS, Context, Reading
from timeline.models import DateMention

PREFERENCES = ("past", "future")
# Resolves relative forms when no reference is given, only to learn their precision.
_NOMINAL_REFERENCE = dt.date(2000, 6, 15)
#: A yearless day and month at most this many characters after a full date (about a sentence)
#: takes that date's year.
YEAR_CARRY_CHARS = 200
_YEARLESS_FORMS = frozenset({"day_month", "day_span"})
# Characters that `normalize` deletes; their positions shift normalised offsets.
_DELETED = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x10000) if not normalize(chr(c))) + "]")
_TRAILING = frozenset("\u200c\u200d\u200e\u200f\u061c\ufeff")


@dataclass(frozen=True)
class _Grammar:
    forms: list[tuple[str, re.Pattern[str]]]
    scanner: re.Pattern[str]
    pair_gap: re.Pattern[str]


@cache
def _grammar() -> _Grammar:
    lex = load_lexicon()
    forms = build_forms(lex)
    pair_gap = re.compile(f"{OS}[,،]?{OS}(?:{alt(lex.word_list('pair_link'))}){OS}")
    return _Grammar(forms, build_scanner(forms, lex), pair_gap)


def find_dates(text: str, reference: dt.date | None = None, prefer: str = "past") -> list[DateMention]:
    """Return the date mentions of `text` in order of position.

    `reference` is the article's date; relative expressions are resolved
    against it and left unresolved without it. `prefer` ("past" or "future")
    picks the occurrence meant by a weekday or a day and month without year.
    """
    if prefer not in PREFERENCES:
        raise ValueError(f"prefer must be one of {PREFERENCES}, not {prefer!r}")
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    norm = normalize(text)
    ctx = Context(load_lexicon(), reference or _NOMINAL_REFERENCE, prefer)
    found = _merge_pairs(norm, _scan(norm, ctx))
    to_original = _offset_map(text, norm)
    return [_mention(text, to_original, start, end, r, reference is None) for start, end, r in found]


def _scan(norm: str, ctx: Context) -> list[tuple[int, int, Reading]]:
    """Return (start, end, reading) of every date form, left to right, not overlapping."""
    grammar = _grammar()
    out: list[tuple[int, int, Reading]] = []
    pos = 0
    while match := grammar.scanner.search(norm, pos):
        read = _read_at(grammar, norm, match.start("body"), ctx)
        if read is None:
            pos = match.start() + 1
            continue
        if out:
            read = _carry_year(out[-1], read, ctx)
        out.append(read[:3])
        pos = read[1]
    return out


def _read_at(
    grammar: _Grammar, norm: str, start: int, ctx: Context
) -> tuple[int, int, Reading, re.Match[str], str] | None:
    """Read the first form that matches at `start` and denotes a date (with the match and form name)."""
    for name, form in grammar.forms:
        match = form.match(norm, start)
        if match and match.end() > start:
            try:
                reading = READERS[name](match, ctx)
            except (ValueError, OverflowError):  # a day beyond the calendar's years 1-9999
                continue
            if reading is not None:
                return start, match.end(), reading, match, name
    return None


def _carry_year(
    previous: tuple[int, int, Reading], read: tuple[int, int, Reading, re.Match[str], str], ctx: Context
) -> tuple[int, int, Reading, re.Match[str], str]:
    """A yearless day and month right after a full date: read again in that date's year."""
    start, end, reading, match, name = read
    _, prev_end, prev = previous
    groups = match.groupdict()
    if (
        name not in _YEARLESS_FORMS or reading.kind != "relative" or groups.get("year") or groups.get("ynoun")
        or groups.get("qual") or prev.kind != "absolute" or prev.precision != "day" or prev.value is None
        or start - prev_end > YEAR_CARRY_CHARS
    ):
        return read
    around = Context(ctx.lex, dt.date(prev.value.year, 12, 31), "past")
    try:
        again = READERS[name](match, around)
    except (ValueError, OverflowError):
        return read
    if again is None:
        return read
    again.kind, again.needs_reference = "absolute", False
    return start, end, again, match, name


def _merge_pairs(norm: str, found: list[tuple[int, int, Reading]]) -> list[tuple[int, int, Reading]]:
    """Join "HIJRI الموافق GREGORIAN" into one mention with the Gregorian value."""
    gap = _grammar().pair_gap
    out: list[tuple[int, int, Reading]] = []
    for item in found:
        if out and out[-1][2].kind == "hijri" and item[2].kind == "absolute":
            prev_start, prev_end, prev = out[-1]
            if gap.fullmatch(norm, prev_end, item[0]):
                item[2].weekday_conflict |= prev.weekday_conflict
                out[-1] = (prev_start, item[1], item[2])
                continue
        out.append(item)
    return out


def _offset_map(text: str, norm: str):
    """Return a function mapping a normalised offset to an original one."""
    if len(norm) == len(text):
        return lambda i: i
    keys = [m.start() - k for k, m in enumerate(_DELETED.finditer(text))]
    return lambda i: i + bisect_right(keys, i)


def _mention(text: str, to_original, start: int, end: int, reading: Reading, unresolved: bool) -> DateMention:
    """Build the mention with original offsets; drop nominal values when unresolved."""
    first = to_original(start)
    last = to_original(end - 1) + 1
    while last < len(text) and not normalize(text[last]) and text[last] not in _TRAILING:
        last += 1
    value, end_value, conflict = reading.value, reading.end, reading.weekday_conflict
    if unresolved and reading.needs_reference:
        value, end_value, conflict = None, None, False
    return DateMention(
        start=first,
        end=last,
        text=text[first:last],
        value=value,
        end_value=end_value,
        precision=reading.precision,
        kind=reading.kind,
        weekday_conflict=conflict,
        needs_reference=reading.needs_reference,
        relative_days=reading.relative_days,
    )
