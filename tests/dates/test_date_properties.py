"""Property tests for `timeline.dates.find_dates`: round trips, spans, robustness."""

from __future__ import annotations

import datetime as dt
import tomllib

from hijridate import Gregorian
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import find_dates
from timeline.dates.lexicon import DATA_FILE

DATA = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
MONTH_NAMES = [(int(n), name) for variant in DATA["months"].values() for n, names in variant.items() for name in names]
DIGIT_SYSTEMS = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]
WEEKDAYS = [(int(n), name) for n, names in DATA["weekdays"].items() for name in names]
ORDINALS = [(int(n), name) for n, names in DATA["ordinals"].items() for name in names]
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
references = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


def _digits(number: int, system: str) -> str:
    return "".join(system[int(c)] for c in str(number))


@settings(max_examples=300)
@given(dates, st.sampled_from(range(len(MONTH_NAMES))), st.sampled_from(DIGIT_SYSTEMS))
def test_day_month_year_round_trips_in_every_month_name_and_digit_system(date: dt.date, pick: int, system: str) -> None:
    number, name = MONTH_NAMES[pick]
    date = date.replace(month=number, day=min(date.day, 28))
    written = f"{_digits(date.day, system)} {name} {_digits(date.year, system)}"
    text = f"وقع الهجوم في {written} حسب المصادر"
    (mention,) = find_dates(text)
    assert (mention.text, mention.value, mention.end_value, mention.precision) == (written, date, date, "day")


@given(dates, st.sampled_from(["/", "-", "."]), st.sampled_from(DIGIT_SYSTEMS))
def test_numeric_dates_round_trip(date: dt.date, sep: str, system: str) -> None:
    written = sep.join(_digits(n, system) for n in (date.day, date.month, date.year))
    (mention,) = find_dates(f"صدر البيان بتاريخ {written} عن الوزارة")
    assert (mention.text, mention.value) == (written, date)


@given(st.sampled_from(ORDINALS), st.integers(min_value=2000, max_value=2030))
def test_every_ordinal_day_form(ordinal: tuple[int, str], year: int) -> None:
    day, word = ordinal
    written = f"{word} من كانون الثاني {year}"
    (mention,) = find_dates(f"في {written} قصفت الطائرات")
    assert (mention.text, mention.value) == (written, dt.date(year, 1, day))


@given(references, st.sampled_from(WEEKDAYS))
def test_weekdays_resolve_within_the_week_before_the_reference(ref: dt.date, weekday: tuple[int, str]) -> None:
    number, name = weekday
    (bare,) = find_dates(f"قصفت الطائرات {name} البلدة", ref)
    (past,) = find_dates(f"قصفت الطائرات {name} الماضي البلدة", ref)
    assert bare.value.isoweekday() == past.value.isoweekday() == number
    assert 0 <= (ref - bare.value).days <= 6
    assert 1 <= (ref - past.value).days <= 7


@given(references, st.sampled_from(range(len(MONTH_NAMES))), st.integers(min_value=1, max_value=28))
def test_past_month_day_is_the_latest_before_the_reference(ref: dt.date, pick: int, day: int) -> None:
    number, name = MONTH_NAMES[pick]
    (mention,) = find_dates(f"في {day} {name} الماضي", ref)
    assert (mention.value.month, mention.value.day) == (number, day)
    assert mention.value < ref <= mention.value.replace(year=mention.value.year + 1)


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2070, 12, 31)))
def test_hijri_dates_match_the_library(date: dt.date) -> None:
    hijri = Gregorian.fromdate(date).to_hijri()
    name = DATA["hijri_months"][str(hijri.month)][0]
    written = f"{hijri.day} {name} {hijri.year} هـ"
    (mention,) = find_dates(f"في {written} أعلنت")
    assert (mention.text, mention.value, mention.kind) == (written, date, "hijri")


CHARACTERS = list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى ـًَُِّ٠١٢٣٤٥٦٧٨٩0123456789/-.:،,()%\n\t\u200f")
TOKENS = ["الخميس", "أمس", "آب", "كانون الثاني", "عام", "2016", "الماضي", "ليل", "قبل", "هـ", "شوال", "1437"]
TOKENS += ["اليوم", "منتصف", "الشهر", "بعده", "بيوم", "من", "يومين", "آخر تحديث", "الموافق", "31", "29", "في"]
ARABICISH = st.lists(st.sampled_from(CHARACTERS + TOKENS), max_size=40).map("".join)


@settings(max_examples=400)
@given(
    st.one_of(ARABICISH, st.text(max_size=60)), st.one_of(st.none(), references), st.sampled_from(["past", "future"])
)
def test_never_raises_and_spans_index_the_original(text: str, ref: dt.date | None, prefer: str) -> None:
    mentions = find_dates(text, ref, prefer)
    previous_end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert previous_end <= m.start < m.end
        previous_end = m.end
        if m.value is not None:
            assert m.value <= m.end_value
        if ref is None and m.needs_reference:
            assert m.value is None
