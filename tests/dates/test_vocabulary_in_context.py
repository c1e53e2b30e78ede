"""Every month name and holiday of ``data/dates.toml`` and number word of ``data/numbers.toml`` is read in
at least three contexts.

Each word is tried in three (or more) sentence frames, with hypothesis drawing
the year, day, reference and the news words around it; the expected days are
computed here with the calendar (and hijridate), never with the reader.
"""

from __future__ import annotations

import calendar
import datetime as dt
import tomllib

import pytest
from hijridate import Gregorian, Hijri
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import find_dates
from timeline.dates.lexicon import DATA_FILE, NUMBERS_FILE

DATA = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
NUMBERS = tomllib.loads(NUMBERS_FILE.read_text(encoding="utf-8"))["cardinals"]
PREFIXES = ["", "قالت مصادر محلية إن الطيران قصف البلدة ", "أفاد ناشطون بسقوط قذائف على الحي ", "وأكد البيان أن "]
SUFFIXES = ["", " حسب المرصد.", " وفق مصادر ميدانية", "، ما أدى إلى دمار واسع."]
around = st.tuples(st.sampled_from(PREFIXES), st.sampled_from(SUFFIXES))
years = st.integers(min_value=1950, max_value=2040)
references = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
quick = settings(max_examples=6, deadline=None)


def only(text: str, reference: dt.date | None = None):
    """The one mention of `text` as (text, first day, last day)."""
    (mention,) = find_dates(text, reference)
    return mention.text, mention.value, mention.end_value


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


MONTHS = [(int(n), name) for variant in DATA["months"].values() for n, names in variant.items() for name in names]


@pytest.mark.parametrize(("number", "name"), MONTHS, ids=[name for _, name in MONTHS])
@quick
@given(years, st.integers(min_value=1, max_value=28), around, references)
def test_every_month_name_in_three_contexts(
    number: int, name: str, year: int, day: int, words: tuple[str, str], ref: dt.date
) -> None:
    before, after = words
    written = f"{day} {name} {year}"
    assert only(f"{before}في {written}{after}") == (written, dt.date(year, number, day), dt.date(year, number, day))
    written = f"أواخر {name} {year}"
    last = _month_end(year, number)  # أواخر: the month's last eleven days
    assert only(f"{before}في {written}{after}") == (written, last - dt.timedelta(days=10), last)
    written = f"{day} {name} الماضي"
    expected = dt.date(ref.year, number, day)
    expected = expected if expected < ref else expected.replace(year=ref.year - 1)
    assert only(f"{before}في {written}{after}", ref) == (written, expected, expected)


def _number_words() -> list[tuple[int, str]]:
    return [(int(n), w) for n, ws in NUMBERS.items() for w in ws]


def _contexts(value: int, word: str) -> list[tuple[str, str, str]]:
    """(frame, written expression, what it means) for a number word: "days", "after" (days after
    5 March 2016), "years ago" or "year"."""
    if value <= 2:
        return [
            ("قتل قبل {} يوما", f"قبل {word} وعشرين يوما", f"days:{20 + value}"),
            ("في 5 آذار 2016، وبعد {} غادروا", f"بعد {word} وثلاثين يوما", f"after:{30 + value}"),
            ("في {} اندلعت", f"عام ألفين و{word}", f"year:{2000 + value}"),
        ]
    if value <= 99:
        unit = "أيام" if value <= 10 else "يوما"
        year = 2000 + value if value < 20 else 1900 + value
        year_words = f"عام ألفين و{word}" if value < 20 else f"عام ألف وتسعمائة و{word}"
        return [
            ("قتل {} في الغارة", f"قبل {word} {unit}", f"days:{value}"),
            ("في 5 آذار 2016، وبعد {} غادروا", f"بعد {word} {unit}", f"after:{value}"),
            ("في {} اندلعت", year_words, f"year:{year}"),
        ]
    if value < 1000:
        third = (
            ("في {} اندلعت", f"عام ألف و{word}", f"year:{1000 + value}") if value >= 800
            else ("في 5 آذار 2016، وبعد {} غادروا", f"بعد {word} يوم", f"after:{value}")
        )
        return [
            ("بنيت القلعة {}", f"منذ {word} عام", f"years ago:{value}"),
            ("قتل {} في الغارة", f"قبل {word} يوم", f"days:{value}"),
            third,
        ]
    base = 1000 if value == 1000 else 2000
    return [
        ("في {} اندلعت", f"عام {word}", f"year:{base}"),
        ("في {} اندلعت", f"سنة {word} وتسعة", f"year:{base + 9}"),
        ("في {} اندلعت", f"العام {word} وعشرة", f"year:{base + 10}"),
    ] if base == 2000 else [
        ("في {} اندلعت", f"عام {word} وتسعمائة وتسعين", "year:1990"),
        ("في {} اندلعت", f"سنة {word} وثمانمائة", "year:1800"),
        ("في {} اندلعت", f"العام {word} وتسعمائة", "year:1900"),
    ]


NUMBER_CASES = [(v, w, *context) for v, w in _number_words() for context in _contexts(v, w)]


def _meaning(meaning: str, ref: dt.date) -> tuple[dt.date, dt.date]:
    what, value = meaning.split(":")
    n = int(value)
    if what == "days":
        return ref - dt.timedelta(days=n), ref - dt.timedelta(days=n)
    if what == "after":
        day = dt.date(2016, 3, 5) + dt.timedelta(days=n)
        return day, day
    year = ref.year - n if what == "years ago" else n
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


@pytest.mark.parametrize(
    ("value", "word", "frame", "written", "meaning"), NUMBER_CASES, ids=[c[3] for c in NUMBER_CASES]
)
@quick
@given(around, references)
def test_every_number_word_in_three_contexts(
    value: int, word: str, frame: str, written: str, meaning: str, words: tuple[str, str], ref: dt.date
) -> None:
    before, after = words
    mentions = find_dates(before + frame.format(written) + after, ref)
    assert (mentions[-1].text, mentions[-1].value, mentions[-1].end_value) == (written, *_meaning(meaning, ref))


def test_every_number_word_has_three_contexts() -> None:
    counts = {(v, w): 0 for v, w in _number_words()}
    for v, w, *_ in NUMBER_CASES:
        counts[(v, w)] += 1
    assert min(counts.values()) >= 3


ORDINALS = [(int(n), w) for n, ws in DATA["ordinals"].items() for w in ws]


@pytest.mark.parametrize(("day", "word"), ORDINALS, ids=[w for _, w in ORDINALS])
@quick
@given(years, around, references)
def test_every_ordinal_day_in_three_contexts(
    day: int, word: str, year: int, words: tuple[str, str], ref: dt.date
) -> None:
    before, after = words
    written = f"{word} من كانون الثاني {year}"
    assert only(f"{before}في {written}{after}") == (written, dt.date(year, 1, day), dt.date(year, 1, day))
    written = f"{word} من تموز عام {year}"
    assert only(f"{before}في {written}{after}") == (written, dt.date(year, 7, day), dt.date(year, 7, day))
    written = f"{word} من الشهر الجاري"
    mentions = [(m.text, m.value) for m in find_dates(f"{before}في {written}{after}", ref)]
    if day <= calendar.monthrange(ref.year, ref.month)[1]:
        assert mentions == [(written, dt.date(ref.year, ref.month, day))]
    else:  # no such day this month: the month is what the text still says
        assert mentions == [("الشهر الجاري", ref.replace(day=1))]


HOLIDAYS = [(key, word) for key, spec in DATA["holidays"].items() for word in spec["words"]]


def _occurrences(spec: dict, years_around: range) -> list[tuple[dt.date, dt.date]]:
    """The holiday's days in each year of its own calendar."""
    (first, last), month = spec["days"], spec["month"]
    if spec["calendar"] == "hijri":
        return [(Hijri(y, month, first).to_gregorian(), Hijri(y, month, last).to_gregorian()) for y in years_around]
    return [(dt.date(y, month, first), dt.date(y, month, last)) for y in years_around]


def _calendar_years(spec: dict, ref: dt.date) -> range:
    year = Gregorian.fromdate(ref).to_hijri().year if spec["calendar"] == "hijri" else ref.year
    return range(year - 2, year + 3)


@pytest.mark.parametrize(("key", "word"), HOLIDAYS, ids=[w for _, w in HOLIDAYS])
@quick
@given(st.integers(min_value=1950, max_value=2040), around, references)
def test_every_holiday_in_three_contexts(key: str, word: str, year: int, words: tuple[str, str], ref: dt.date) -> None:
    spec = DATA["holidays"][key]
    before, after = words
    in_year = [o for o in _occurrences(spec, _calendar_years(spec, dt.date(year, 7, 1))) if o[0].year == year]
    written = f"{word} عام {year}"
    assert only(f"{before}في {written}{after}") == (written, *in_year[0])
    occurrences = _occurrences(spec, _calendar_years(spec, ref))
    written = f"{word} الماضي"
    last = max(o for o in occurrences if o[0] < ref)
    assert only(f"{before}في {written}{after}", ref) == (written, *last)
    written = f"أول أيام {word}"
    latest = max(o for o in occurrences if o[0] <= ref)
    assert only(f"{before}في {written}{after}", ref) == (written, latest[0], latest[0])
