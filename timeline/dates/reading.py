"""What a reader gets (`Context`) and gives (`Reading`), and the helpers readers share.

A *direction* says which occurrence of a recurring day or month an expression
means, seen from the reference date (see `calendar`). ``precision`` says what
the text says: ``day`` for one day, ``week`` for a week the text names as one
("الأسبوع الماضي", "قبل أسبوع"), ``month`` and ``year`` for exactly one whole
month or year, and ``range`` for any other span of days (a part of a month,
several months, a quarter, a holiday of three days, a decade).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.dates import calendar as cal
from timeline.dates.lexicon import Lexicon, norm_word
from timeline.dates.numbers import number_value

PREFERENCES = ("past", "future")
DIRECTION = {"past": "before", "future": "after", "current": "current", "before_past": "before"}
DELTA = {"past": -1, "future": 1, "current": 0, "before_past": -2}
#: Years that a year written in words may be.
WORD_YEARS = range(1800, 2100)


@dataclass(frozen=True)
class Context:
    """What a reader needs besides the match: the words, the reference, the preference, and an anchor."""

    lex: Lexicon
    ref: dt.date
    prefer: str  #: past | future
    anchor: tuple[dt.date, dt.date] | None = None  #: the days of the mention this one is read against


@dataclass
class Reading:
    """The days a date expression denotes, before spans are mapped back.

    ``pending`` marks a reading that waits for a date of the text: ``"event"``
    (a count of days from an event, "بعد يومين") or ``"noun"`` (a bare
    "الشهر"/"العام" that means the month or year the text is telling of).
    """

    value: dt.date | None
    end: dt.date | None
    kind: str
    needs_reference: bool = False
    weekday_conflict: bool = False
    relative_days: int | None = None
    relative_end_days: int | None = None  #: a span from an event: its last day's offset, from the event's last day
    precision: str | None = None
    pending: str | None = None
    anchor_span: tuple[int, int] | None = None  #: offsets (normalised) of the mention it was read against

    def __post_init__(self) -> None:
        if self.precision is None and self.value and self.end:
            self.precision = precision_of(self.value, self.end)


def precision_of(first: dt.date, last: dt.date) -> str:
    """Return ``day``, ``month`` or ``year`` when the range is exactly one of them, else ``range``."""
    if first == last:
        return "day"
    if first.day == 1 and (first.year, first.month) == (last.year, last.month) and (last + dt.timedelta(1)).day == 1:
        return "month"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return "year"
    return "range"


def group(m: re.Match, name: str) -> str | None:
    """The text of group `name`, or None when the form has no such group or it did not match."""
    try:
        return m[name]
    except IndexError:
        return None


def day_of(m: re.Match, ctx: Context) -> int:
    """The day of the month written in digits (``day``) or as an ordinal word (``ord``)."""
    return int(m["day"]) if m["day"] else ctx.lex.lookup("ordinal", m["ord"])


def year_of(m: re.Match, ctx: Context, prefix: str = "") -> int | None:
    """The year written in digits or in words (``year``/``yword``); ValueError for words that are no year."""
    digits = group(m, prefix + "year")
    if digits:
        return int(digits)
    words = group(m, prefix + "yword")
    if not words:
        return None
    value = number_value(words, ctx.lex)
    if value not in WORD_YEARS:
        raise ValueError(f"not a year: {words}")
    return value


def conflict(m: re.Match, ctx: Context, value: dt.date | None) -> bool:
    """Whether a weekday written beside the date (group ``wd``) is not the date's weekday."""
    wd = group(m, "wd")
    return bool(wd and value and ctx.lex.lookup("weekday", wd) != value.isoweekday())


def direction(m: re.Match, ctx: Context, name: str = "qual") -> str:
    """The direction of the qualifier (group `name`), else the preference."""
    qual = group(m, name)
    return DIRECTION[ctx.lex.lookup("qualifier", qual)] if qual else ctx.prefer


def delta_of(m: re.Match, ctx: Context, qual: str = "qual", this: str = "this") -> int | None:
    """-1, 0, 1 (or -2) for "الماضي", "الجاري"/"هذا", "المقبل" ("قبل الماضي"); None when unqualified."""
    if group(m, this) and group(m, qual):
        return None
    if group(m, qual):
        return DELTA[ctx.lex.lookup("qualifier", m[qual])]
    return 0 if group(m, this) else None


def year_of_noun(m: re.Match, ctx: Context, prefix: str = "") -> int:
    """The year of "العام الماضي" (-1), "العام الجاري" (0), "العام المقبل" (+1)."""
    return ctx.ref.year + DELTA[ctx.lex.lookup("qualifier", m[prefix + "yqual"])]


def part(m: re.Match, ctx: Context, span: cal.Span, unit: str) -> cal.Span:
    """Narrow `span` (a month, year, week or decade) by the range word of the match, if any."""
    word = group(m, "range")
    if not word:
        return span
    lex = ctx.lex
    key = " ".join(word.split())
    if key in lex.tables["month_part"]:
        return cal.part_of_month(span, lex.raw["month_parts"][lex.lookup("month_part", key)]["month_days"])
    spec = lex.raw["ranges"][lex.lookup("range", key)]
    if unit == "year":
        return cal.part_of_year(span[0].year, spec["year_months"])
    if unit == "week":
        return cal.part_of_week(span, spec["week_days"])
    if unit == "decade":
        return cal.part_of_decade(span[0].year, spec["decade_years"])
    return cal.part_of_month(span, spec["month_days"])


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*[,\u060c]?[ \t]*$")


def word_before(m: re.Match, ctx: Context) -> str:
    """The word right before the match (normalised text), without its proclitics; empty when none."""
    found = _WORD_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    return strip_clitics(found[1], ctx.lex) if found else ""


def strip_clitics(word: str, lex: Lexicon) -> str:
    """`word` without a leading conjunction (و، ف) when the rest is still a word."""
    for conjunction in lex.normed("conjunctions"):
        if word.startswith(conjunction) and len(word) > len(conjunction) + 1:
            return word[len(conjunction) :]
    return word


def _forms(word: str, lex: Lexicon) -> set[str]:
    """`word` with and without a conjunction, then a preposition ("وبمدينة" → "بمدينة", "مدينة")."""
    forms = {word, strip_clitics(word, lex)}
    for form in list(forms):
        forms |= {form[len(p) :] for p in lex.normed("prepositions") if form.startswith(p) and len(form) > len(p) + 1}
    return forms


def led_by(m: re.Match, ctx: Context, key: str) -> bool:
    """Whether the word before the match (with or without its proclitics) is one of ``[words] key``."""
    found = _WORD_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    if not found:
        return False
    return bool(_forms(found[1], ctx.lex) & ctx.lex.normed(key))


_YEAR_AFTER = re.compile(r"[ \t]*[,\u060c]?[ \t]*(?:([^\W\d_]+)[ \t]*)?\d{3,4}(?!\d)")


def followed_by_year(m: re.Match, ctx: Context) -> bool:
    """Whether a year the forms do not read follows ("15 رجب سنة 583هـ", "في 15 تموز 1099"):
    the day and month are then of that year, not of one near the reference."""
    found = _YEAR_AFTER.match(m.string, m.end())
    if not found:
        return False
    return not found[1] or bool(_forms(found[1], ctx.lex) & ctx.lex.normed("year_prefix"))


def next_word(m: re.Match) -> str:
    """The word right after the match (normalised text), or empty."""
    found = _NEXT_WORD.match(m.string, m.end())
    return found[1] if found else ""


_NEXT_WORD = re.compile(r"[ \t]*(\w*)")


def single(value: dt.date | None, kind: str, **flags) -> Reading | None:
    """A reading of one day, or None when the day does not exist."""
    return Reading(value, value, kind, **flags) if value else None


def words_in(text: str | None, lex: Lexicon, key: str) -> bool:
    """Whether `text` (a matched group) is one of ``[words] key``."""
    return bool(text) and norm_word(text) in lex.normed(key)


def anchor_month(ctx: Context, m: re.Match | None = None) -> tuple[int | None, int | None]:
    """(year, month) of the anchor when it lies within one month (the next one after "التالي"),
    else (None, None)."""
    first, last = ctx.anchor
    if (first.year, first.month) != (last.year, last.month):
        return None, None
    return cal.add_months(first.year, first.month, 1) if m and group(m, "follow") else (first.year, first.month)


def anchor_year(ctx: Context, m: re.Match | None = None) -> int | None:
    """The year of the anchor when it lies within one year (the next one after "التالي")."""
    first, last = ctx.anchor
    if first.year != last.year:
        return None
    return first.year + 1 if m and group(m, "follow") else first.year


def pending_noun() -> Reading:
    """A reading of a bare "الشهر"/"العام" that waits for the date the text is telling of."""
    return Reading(None, None, "relative", pending="noun")


def year_from_spec(m: re.Match, ctx: Context) -> tuple[int, str] | Reading | None:
    """(year, kind) of `patterns._Pieces.year_spec`; a pending reading for a bare "العام" without anchor."""
    year = year_of(m, ctx)
    if year:
        return year, "absolute"
    delta = delta_of(m, ctx)
    if delta is not None:
        return ctx.ref.year + delta, "relative"
    if ctx.anchor is None:
        return pending_noun()
    year = anchor_year(ctx)
    return (year, "relative") if year else None
