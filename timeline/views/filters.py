"""The analyst's view of the events: filters, their URL form and their wording.

`Filters` is what the dashboard's sidebar, the shared URL, the command line,
the briefing image and the exports all agree on. Its list filters (outlets,
event types, actors, ...) are declared once, in `LIST_FILTERS`: a new one is a
new line there (and the column it reads), and `apply`, `describe`, the URL, the
sidebar and the command line all take it up. `apply` returns the dated events
in view and, separately, the undated ones that match every other filter (the
tray), so that nothing is dropped silently.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from gazetteer.normalize import fold_word_ends, normalize
from timeline.vocabulary import EVENT_TYPES

DEFAULT_FROM = dt.date(2014, 1, 1)
DEFAULT_TO = dt.date(2018, 12, 31)
#: An event whose last day is more than this many days before its article's publication is recalled
#: (history, background: "في كانون الثاني 2015 قتل ... في غارة"), not reported as news.
RECALLED_AFTER_DAYS = 30
SEARCHED = ("evidence", "place", "place_ar", "place_text", "title", "actor", "actor_text", "source", "date_text")


@dataclass(frozen=True)
class ListFilter:
    """A filter that keeps the events whose `column` holds one of the chosen values."""

    name: str  #: the `Filters` field, the URL key and the sidebar widget's key
    column: str  #: the events column it reads
    label: str  #: the sidebar's label
    noun: str  #: its word in `Filters.describe` ("outlets: SANA, Elaph")
    flag: str  #: the command-line option
    fold: Callable[[str], str] = str.casefold  #: two values match when they fold alike
    vocabulary: tuple[str, ...] = ()  #: the values it can take, when fixed (else: those of the data)
    more: bool = False  #: the dashboard shows it under "More filters", not among the main ones

    def spellings(self, known: Iterable[str], chosen: Iterable[str]) -> list[str]:
        """The `known` values that one of `chosen` matches."""
        wanted = {self.fold(value) for value in chosen}
        return [value for value in known if self.fold(value) in wanted]

    def selects(self, events: pd.DataFrame, chosen: Iterable[str]) -> pd.Series:
        """Which `events` hold a value in `column` that one of `chosen` matches."""
        values = events[self.column]
        present = [str(v) for v in values.dropna().unique()]
        return values.isin(self.spellings(present, chosen)).fillna(False).astype(bool)

    def known(self, events: pd.DataFrame) -> list[str]:
        """The values one may choose: the vocabulary, or else those of `events`."""
        return list(self.vocabulary) or sorted(str(v) for v in events[self.column].dropna().unique())


LIST_FILTERS = (
    ListFilter("sources", "source", "Outlets", "outlets", "--source"),
    ListFilter("types", "event_type", "Event types", "types", "--type", vocabulary=EVENT_TYPES),
    ListFilter("actors", "actor", "Actors", "actors", "--actor"),
    ListFilter("countries", "country", "Countries", "countries", "--country", more=True),
    ListFilter("admin1", "admin1", "Governorates", "governorates", "--governorate", more=True),
)


class _FilterForms:
    """The URL form and the wording of `Filters` (whose fields these are, with the list filters')."""

    date_from: dt.date
    date_to: dt.date
    min_killed: int
    text: str
    include_coarse: bool
    include_inferred: bool
    include_recalled: bool

    def to_query(self) -> dict[str, str | list[str]]:
        """The URL query parameters that differ from the defaults."""
        out: dict[str, str | list[str]] = {}
        for item in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, item.name)
            if value == item.default:
                continue
            if isinstance(value, tuple):
                out[item.name] = list(value)
            elif isinstance(value, bool):
                out[item.name] = "1" if value else "0"
            elif isinstance(value, dt.date):
                out[item.name] = value.isoformat()
            else:
                out[item.name] = str(value)
        return out

    @classmethod
    def from_query(cls, params: Mapping[str, str | Sequence[str]]):
        """Read filters back from URL parameters; a bad value keeps its default."""

        def last(name: str) -> str | None:
            value = params.get(name)
            if value is None or isinstance(value, str):
                return value
            return value[-1] if value else None

        kwargs: dict[str, object] = {}
        for spec in LIST_FILTERS:
            value = params.get(spec.name)
            if value:
                kwargs[spec.name] = (value,) if isinstance(value, str) else tuple(value)
        for name in ("date_from", "date_to"):
            try:
                kwargs[name] = dt.date.fromisoformat(last(name) or "")
            except ValueError:
                pass
        raw = last("min_killed")
        if raw and raw.isdecimal():
            kwargs["min_killed"] = int(raw)
        if last("text"):
            kwargs["text"] = last("text")
        for name in ("include_coarse", "include_inferred", "include_recalled"):
            if last(name) in ("0", "1"):
                kwargs[name] = last(name) == "1"
        return cls(**kwargs)

    def describe(self) -> list[str]:
        """The active filters in words, for captions and briefing images."""
        parts = [f"{self.date_from.isoformat()} to {self.date_to.isoformat()}"]
        for spec in LIST_FILTERS:
            value = getattr(self, spec.name)
            parts.append(f"{spec.noun}: {', '.join(value) if value else 'all'}")
        if self.min_killed:
            parts.append(f"at least {self.min_killed} killed")
        if self.text:
            parts.append(f"text: {self.text}")
        if not self.include_coarse:
            parts.append("day-precise dates only")
        if not self.include_inferred:
            parts.append("no inferred dates")
        if not self.include_recalled:
            parts.append(f"no events recalled from over {RECALLED_AFTER_DAYS} days before their article")
        return parts


def _option(flag: str, help: str, spec: ListFilter | None = None) -> dict[str, object]:
    """A field's command-line option (and its `ListFilter`, for a list filter)."""
    return {"flag": flag, "help": help, "list": spec}


def _list_help(spec: ListFilter) -> str:
    values = f" ({', '.join(spec.vocabulary)})" if spec.vocabulary else ""
    return f"only these {spec.noun}{values}"


#: One view of the events; empty selections mean "all". Each field's metadata holds its
#: command-line option ("flag", "help") and, for a list filter, its `ListFilter` ("list").
Filters = dataclasses.make_dataclass(
    "Filters",
    [
        ("date_from", dt.date, field(default=DEFAULT_FROM, metadata=_option("--from", "first day"))),
        ("date_to", dt.date, field(default=DEFAULT_TO, metadata=_option("--to", "last day"))),
        *((spec.name, tuple[str, ...], field(default=(), metadata=_option(spec.flag, _list_help(spec), spec)))
          for spec in LIST_FILTERS),
        ("min_killed", int, field(default=0, metadata=_option("--min-killed", "only events with at least N killed"))),
        ("text", str, field(default="", metadata=_option("--text", "only events whose text holds this "
                                                                    "(Arabic normalised)"))),
        ("include_coarse", bool, field(default=True, metadata=_option(
            "--include-coarse", "events known only to the month or the year"))),
        ("include_inferred", bool, field(default=True, metadata=_option(
            "--include-inferred", "events dated against an inferred reference"))),
        ("include_recalled", bool, field(default=True, metadata=_option(
            "--include-recalled", f"events an article recalls from over {RECALLED_AFTER_DAYS} days before "
                                  "its publication"))),
    ],
    bases=(_FilterForms,),
    frozen=True,
    namespace={"__doc__": 'One view of the events. Empty selections mean "all".'},
)
Filters.__module__ = __name__


def resolve_names(filters: Filters, events: pd.DataFrame) -> tuple[Filters, dict[ListFilter, list[str]]]:
    """`filters` with each chosen value spelt as its filter's known values spell it ("sana" becomes
    "SANA"), and, by filter, the chosen values that match none of them (kept as written)."""
    return resolve_known(filters, {spec.name: spec.known(events) for spec in LIST_FILTERS})


def resolve_known(filters: Filters, known_values: Mapping[str, Sequence[str]]
                  ) -> tuple[Filters, dict[ListFilter, list[str]]]:
    """`resolve_names` against the values each filter (by name) knows: its vocabulary, else `known_values`."""
    spelt: dict[str, tuple[str, ...]] = {}
    unmatched: dict[ListFilter, list[str]] = {}
    for spec in LIST_FILTERS:
        known = list(spec.vocabulary) or list(known_values.get(spec.name, ()))
        values: list[str] = []
        for name in getattr(filters, spec.name):
            hits = spec.spellings(known, [name])
            values += hits or [name]
            if not hits:
                unmatched.setdefault(spec, []).append(name)
        spelt[spec.name] = tuple(dict.fromkeys(values))
    return dataclasses.replace(filters, **spelt), unmatched


def parse_window(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The timeline's window from its URL form, "2016-01-01/2016-06-30"; None when absent or not one."""
    try:
        first, last = (dt.date.fromisoformat(part) for part in (value or "").split("/"))
    except ValueError:
        return None
    return (first, last) if first <= last else None


def narrowed(filters: Filters, first: dt.date, last: dt.date) -> Filters:
    """`filters` with their date range narrowed to [first, last] (the timeline's window)."""
    return dataclasses.replace(filters, date_from=max(filters.date_from, first), date_to=min(filters.date_to, last))


def search_form(text: str) -> str:
    """`text` normalised for free-text search: a word-final alef or ta marbuta also folds, so
    "سوريا" finds "سورية"."""
    return fold_word_ends(normalize(text).casefold())


def date_bounds(events: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """First and last day of each event's date range (NaT when undated)."""
    start = pd.to_datetime(events["date"].astype("string").str.slice(0, 10), format="mixed", errors="coerce")
    end = pd.to_datetime(events["date_end"].astype("string"), format="%Y-%m-%d", errors="coerce")
    return start, end.fillna(start)


def recalled(events: pd.DataFrame) -> pd.Series:
    """Which dated `events` end more than `RECALLED_AFTER_DAYS` before their article's publication."""
    _, end = date_bounds(events)
    published = pd.to_datetime(events["published"].astype("string"), format="%Y-%m-%d", errors="coerce")
    return ((published - end).dt.days > RECALLED_AFTER_DAYS).fillna(False).astype(bool)


def apply(events: pd.DataFrame, filters: Filters) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (dated events in view, undated events matching the other filters)."""
    keep = pd.Series(True, index=events.index)
    for spec in LIST_FILTERS:
        chosen = getattr(filters, spec.name)
        if chosen:
            keep &= spec.selects(events, chosen)
    if filters.min_killed:
        keep &= events["killed"].fillna(0).astype(int) >= filters.min_killed
    if filters.text.strip():
        needle = search_form(filters.text.strip())
        haystack = events[list(SEARCHED)].astype("string").fillna("").agg(" ".join, axis=1)
        keep &= haystack.map(lambda s: needle in search_form(s)).astype(bool)
    undated = events["date"].isna()
    start, end = date_bounds(events)
    in_range = (end >= pd.Timestamp(filters.date_from)) & (start <= pd.Timestamp(filters.date_to))
    dated = keep & ~undated & in_range.fillna(False).astype(bool)
    if not filters.include_coarse:
        dated &= events["date_precision"].eq("day").fillna(False).astype(bool)
    if not filters.include_inferred:
        dated &= ~events["date_basis"].eq("inferred").fillna(False).astype(bool)
    if not filters.include_recalled:
        dated &= ~recalled(events)
    return events[dated], events[keep & undated]
