"""The date vocabulary file is complete and consistent."""

from __future__ import annotations

import tomllib

import pytest

from gazetteer.normalize import normalize
from timeline.dates.lexicon import DATA_FILE

DATA = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))


def _keys(table: dict) -> list[int]:
    return sorted(int(k) for k in table)


@pytest.mark.parametrize("variant", sorted(DATA["months"]))
def test_every_month_variant_names_all_twelve_months(variant: str) -> None:
    table = DATA["months"][variant]
    assert _keys(table) == list(range(1, 13))
    assert all(table[k] for k in table)


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ("hijri_months", range(1, 13)),
        ("weekdays", range(1, 8)),
        ("ordinals", range(1, 32)),
    ],
)
def test_numbered_tables_are_complete(table: str, expected: range) -> None:
    assert _keys(DATA[table]) == list(expected)


def _owners(tables: list[dict]) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for table in tables:
        for key, words in table.items():
            for word in words:
                owners.setdefault(" ".join(normalize(word).split()), set()).add(key)
    return owners


@pytest.mark.parametrize(
    "name",
    ["months", "hijri_months", "weekdays", "ordinals", "relative_days", "relative_nights",
     "event_relative"],
)
def test_no_word_has_two_values(name: str) -> None:
    tables = list(DATA[name].values()) if name == "months" else [DATA[name]]
    clashes = {word: keys for word, keys in _owners(tables).items() if len(keys) > 1}
    assert clashes == {}


def test_month_and_weekday_names_do_not_overlap() -> None:
    months = _owners(list(DATA["months"].values()))
    assert not set(months) & set(_owners([DATA["weekdays"]])) & set(_owners([DATA["hijri_months"]]))


def test_ordinals_of_the_first_nineteen_days_have_both_genders() -> None:
    for day in range(1, 20):
        assert len(DATA["ordinals"][str(day)]) == 2, day


@pytest.mark.parametrize("name", sorted(DATA["ranges"]))
def test_ranges_split_months_and_years(name: str) -> None:
    spec = DATA["ranges"][name]
    first, last = spec["month_days"]
    assert 1 <= first <= last <= 31 or -31 <= first <= last <= -1  # below zero: counted back from the month's end
    first, last = spec["year_months"]
    assert 1 <= first <= last <= 12
    assert spec["words"]


def test_range_parts_are_ordered_and_cover_month_and_year() -> None:
    parts = [DATA["ranges"][n] for n in ("early", "mid", "late")]
    assert [p["month_days"] for p in parts] == [[1, 10], [11, 20], [-11, -1]]  # late: the last eleven days
    assert [p["year_months"][0] for p in parts] == [1, 5, 9] and parts[-1]["year_months"][1] == 12


def test_units_have_one_two_and_many_forms() -> None:
    for unit in ("day", "week", "month", "year"):
        assert set(DATA["units"][unit]) == {"one", "two", "many"}


def test_week_start_is_a_weekday() -> None:
    assert 1 <= DATA["calendar"]["week_start"] <= 7


@pytest.mark.parametrize("name", sorted(DATA["ranges"]))
def test_ranges_split_weeks(name: str) -> None:
    first, last = DATA["ranges"][name]["week_days"]
    assert 1 <= first <= last <= 7


def test_weeks_of_a_month_fit_in_every_month() -> None:
    assert sorted(int(k) for k in DATA["week_of_month"]) == [-1, 1, 2, 3, 4]


@pytest.mark.parametrize(
    "name", ["quarters", "decades", "decades_construct", "nth_before", "nth_after", "weekday_nouns"]
)
def test_new_tables_give_no_word_two_values(name: str) -> None:
    clashes = {word: keys for word, keys in _owners([DATA[name]]).items() if len(keys) > 1}
    assert clashes == {}


def test_quarters_decades_and_weekday_nouns_are_complete() -> None:
    assert _keys(DATA["quarters"]) == [1, 2, 3, 4]
    assert _keys(DATA["decades"]) == _keys(DATA["decades_construct"]) == list(range(20, 100, 10))
    assert _keys(DATA["weekday_nouns"]) == list(range(1, 8))
    assert _keys(DATA["nth_before"]) == _keys(DATA["nth_after"]) == [-1, 1, 2, 3, 4, 5]


@pytest.mark.parametrize("name", sorted(DATA["holidays"]))
def test_holidays_name_a_calendar_month_and_days(name: str) -> None:
    spec = DATA["holidays"][name]
    assert spec["words"] and spec["calendar"] in ("hijri", "gregorian")
    first, last = spec["days"]
    assert 1 <= spec["month"] <= 12 and 1 <= first <= last <= (29 if spec["calendar"] == "hijri" else 31)


def test_no_holiday_word_names_two_holidays() -> None:
    owners = _owners([{name: spec["words"] for name, spec in DATA["holidays"].items()}])
    assert {w: k for w, k in owners.items() if len(k) > 1} == {}


@pytest.mark.parametrize("name", sorted(DATA["ranges"]))
def test_ranges_split_decades(name: str) -> None:
    first, last = DATA["ranges"][name]["decade_years"]
    assert 0 <= first <= last <= 9


def test_month_parts_are_days_of_a_month() -> None:
    for spec in DATA["month_parts"].values():
        first, last = spec["month_days"]
        assert spec["words"] and 1 <= first <= last <= 31


def test_spans_and_their_qualifiers() -> None:
    for unit in ("day", "week", "month", "year"):
        assert set(DATA["spans"][unit]) == {"two", "many"}
    assert set(DATA["span_qualifiers"]) == {"past", "future", "first"}


def test_relative_days_are_small_offsets() -> None:
    assert sorted(int(k) for k in DATA["relative_days"]) == [-2, -1, 0, 1, 2]
    assert sorted(int(k) for k in DATA["event_relative"]) == [-1, 0, 1]
