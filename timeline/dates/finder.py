"""Find the date expressions of an Arabic text and the days each one denotes.

`find_dates` normalises the text once (`gazetteer.normalize`), runs one
compiled regex that finds where any date form starts and which form it is,
reads the form there (`patterns`, `readers`), joins what belongs together
and resolves what waits for another date of the text (`anchors`), and maps
the spans back to the original text. The words come from ``data/dates.toml``.

What a mention's fields mean (``value``..``end_value`` is the inclusive range
of days):

- ``precision`` says what the text says: ``day`` (one day), ``week`` (a week
  the text names: "الأسبوع الماضي" is Saturday to Friday, "قبل أسبوع" the
  whole week holding reference-7), ``month`` and ``year`` (exactly one of
  them), ``range`` (anything else: "منتصف ديسمبر" = 11-20 December, "مطلع
  العام الجاري" = January-April, "من 4 إلى 22 تموز", "عيد الفطر", a night
  "ليل السبت-الأحد", "التسعينيات").
- ``date_basis`` says what the value was resolved against: ``explicit`` (the
  text alone), ``reference`` (the reference date, for "أمس", "الخميس", "7
  فبراير"), ``anchor`` (another date of the text, whose offsets are
  ``anchor_start``..``anchor_end``), or None when there is no value.
- Mentions that depend on the reference (``kind="relative"``) carry
  ``needs_reference=True``; without a reference their ``value`` is None.
- Event-relative mentions ("في اليوم التالي", "بعد يومين", "غداة")
  have ``kind="event_relative"`` and ``relative_days``; their value is the
  anchor's day plus that many days when the text gives them an anchor (see
  `anchors`), else None.
- A Hijri date followed by its Gregorian equivalent ("… هـ الموافق … م") is
  one mention holding the Gregorian value; two dates joined as a range ("من
  5 آذار 2016 حتى 10 نيسان 2016") are one mention from the first to the last.
- ``weekday_conflict`` is set when a weekday written beside a date is not
  that date's weekday ("الأحد 22 يناير 2018": a Monday).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from gazetteer.normalize import normalize, normalized
from timeline.dates import anchors
from timeline.dates.anchors import Found
from timeline.dates.lexicon import load_lexicon
from timeline.dates.patterns import build_forms, build_scanner
from timeline.dates.readers import READERS
from timeline.dates.reading import PREFERENCES, Context, Reading, led_by
from timeline.models import DateMention

# Resolves relative forms when no reference is given, only to learn their precision.
_NOMINAL_REFERENCE = dt.date(2000, 6, 15)
# Characters that `normalize` deletes; their positions shift normalised offsets.
_DELETED = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x10000) if not normalize(chr(c))) + "]")
# Marks that stay inside a mention's end: zero-width (non-)joiners, direction marks.
_TRAILING = frozenset(map(chr, (0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF)))


@dataclass(frozen=True)
class _Grammar:
    names: list[str]
    forms: list[re.Pattern[str]]
    scanner: re.Pattern[str]


@cache
def _grammar() -> _Grammar:
    lex = load_lexicon()
    forms = build_forms(lex)
    return _Grammar([n for n, _ in forms], [re.compile(s) for _, s in forms], build_scanner(forms, lex))


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
    norm = normalized(text).norm
    ctx = Context(load_lexicon(), reference or _NOMINAL_REFERENCE, prefer)
    found = anchors.resolve(norm, _scan(norm, ctx), ctx)
    to_original = _offset_map(text, norm)
    return [_mention(text, to_original, f, reference is None) for f in found]


def _scan(norm: str, ctx: Context) -> list[Found]:
    """Every date form, left to right, not overlapping (a yearless day takes the year of the year heading
    above it, or opening its line, when no date with a year of its own stands between, else of the date
    before; a bare month after a date of that month written with its year is that month; a count of days
    ago after a day told before it in its sentence counts from that day)."""
    grammar = _grammar()
    headings = anchors.year_headings(norm)
    out: list[Found] = []
    dated: Found | None = None  # the last found that does not wait for an anchor
    written: tuple[int, int] | None = None  # the (year, month) of the last date written with its year (month)
    pos = 0
    while match := grammar.scanner.search(norm, pos):
        first = int(match.lastgroup[1:])
        found, skip = _read_at(grammar, norm, match.start(match.lastgroup), first, ctx)
        if found is None:
            pos = max(match.start() + 1, skip)
            continue
        if led_by(found.match, ctx, "deadline"):
            pos = found.end  # بحلول أمس السبت: a cut-off, no day of what it bounds
            continue
        if found.reading.precision in ("day", "range") and led_by(found.match, ctx, "counted_units"):
            pos = _past_its_first_word(norm, found.start)  # الأيام الأولى من شهر يوليو: the month, no first day
            continue
        heading = next((h for h in reversed(headings) if anchors.heads(h, found.start)), None)
        if heading and (dated is None or dated.end <= heading[0] or anchors.under_heading(dated, heading)):
            found = anchors.heading_year(heading, found, ctx)
        elif dated:
            found = anchors.carry_year(dated, found, ctx)
        found = anchors.counted_from_the_day_told(anchors.month_named_again(written, found, ctx), out, ctx)
        written = anchors.written_month(found, written)
        if found.reading.pending is None and not anchors.heads_only_its_line(found, heading):
            dated = found
        out.append(found)
        pos = found.end
    return out


def _past_its_first_word(norm: str, start: int) -> int:
    """Where the word at `start` ends."""
    end = norm.find(" ", start)
    return len(norm) if end < 0 else end


def _read_at(grammar: _Grammar, norm: str, start: int, first: int, ctx: Context) -> tuple[Found | None, int]:
    """Read the first form, from form `first` on (the scanner's), that matches at `start` and denotes a date.

    Without one, also return where scanning goes on: after a day the forms matched but that does
    not exist ("التاسع والعشرين من شباط 2015" holds no "العشرين من شباط"; "31 نيسان 2016" is April).
    """
    skip = 0
    for index in range(first, len(grammar.names)):
        name, match = grammar.names[index], grammar.forms[index].match(norm, start)
        if match and match.end() > start:
            try:
                reading = READERS[name](match, ctx)
            except (ValueError, OverflowError):  # a day beyond the calendar's years 1-9999, or no year
                reading = None
            if reading is not None:
                return Found(start, match.end(), reading, match, name), 0
            first_day = next((g for g in ("day1", "day", "ord") if g in match.re.groupindex and match[g]), None)
            skip = max(skip, match.end(first_day) if first_day else 0)
    return None, skip


def _offset_map(text: str, norm: str):
    """Return a function mapping a normalised offset to an original one."""
    if len(norm) == len(text):
        return lambda i: i
    keys = [m.start() - k for k, m in enumerate(_DELETED.finditer(text))]
    return lambda i: i + bisect_right(keys, i)


def _mention(text: str, to_original, found: Found, unresolved: bool) -> DateMention:
    """Build the mention with original offsets; drop nominal values when unresolved."""
    first, last = _span(text, to_original, found.start, found.end)
    reading: Reading = found.reading
    value, end_value, conflict = reading.value, reading.end, reading.weekday_conflict
    if unresolved and reading.needs_reference:
        value, end_value, conflict = None, None, False
    anchor = _span(text, to_original, *reading.anchor_span) if reading.anchor_span else (None, None)
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
        date_basis=_basis(reading, value),
        anchor_start=anchor[0] if value else None,
        anchor_end=anchor[1] if value else None,
    )


def _span(text: str, to_original, start: int, end: int) -> tuple[int, int]:
    first = to_original(start)
    last = to_original(end - 1) + 1
    while last < len(text) and not normalize(text[last]) and text[last] not in _TRAILING:
        last += 1
    return first, last


def _basis(reading: Reading, value: dt.date | None) -> str | None:
    if value is None:
        return None
    if reading.anchor_span:
        return "anchor"
    return "reference" if reading.needs_reference else "explicit"
