"""The analyst's view of the events: filters, their URL form and their wording.

`Filters` is what the dashboard's sidebar, the shared URL, the briefing image
and the exports all agree on. `apply` returns the dated events in view and,
separately, the undated ones that match every other filter (the tray), so that
nothing is dropped silently.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from gazetteer.normalize import fold_word_ends, normalize

DEFAULT_FROM = dt.date(2014, 1, 1)
DEFAULT_TO = dt.date(2018, 12, 31)
_LIST_FIELDS = ("sources", "types", "actors", "countries", "admin1")
_SEARCHED = ("evidence", "place", "place_ar", "place_text", "title", "actor", "actor_text", "source", "date_text")


@dataclass(frozen=True)
class Filters:
    """One view of the events. Empty selections mean "all"."""

    date_from: dt.date = DEFAULT_FROM
    date_to: dt.date = DEFAULT_TO
    sources: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    min_killed: int = 0
    text: str = ""
    include_coarse: bool = True  #: events known only to the month or the year
    include_inferred: bool = True  #: events dated against an inferred reference

    def to_query(self) -> dict[str, str | list[str]]:
        """The URL query parameters that differ from the defaults."""
        default = Filters()
        out: dict[str, str | list[str]] = {}
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if value == getattr(default, field.name):
                continue
            if field.name in _LIST_FIELDS:
                out[field.name] = list(value)
            elif isinstance(value, bool):
                out[field.name] = "1" if value else "0"
            elif isinstance(value, dt.date):
                out[field.name] = value.isoformat()
            else:
                out[field.name] = str(value)
        return out

    @classmethod
    def from_query(cls, params: Mapping[str, str | Sequence[str]]) -> Filters:
        """Read filters back from URL parameters; a bad value keeps its default."""

        def last(name: str) -> str | None:
            value = params.get(name)
            if value is None or isinstance(value, str):
                return value
            return value[-1] if value else None

        kwargs: dict[str, object] = {}
        for name in _LIST_FIELDS:
            value = params.get(name)
            if value:
                kwargs[name] = (value,) if isinstance(value, str) else tuple(value)
        for name in ("date_from", "date_to"):
            try:
                kwargs[name] = dt.date.fromisoformat(last(name) or "")
            except ValueError:
                pass
        raw = last("min_killed")
        if raw and raw.isdigit():
            kwargs["min_killed"] = int(raw)
        if last("text"):
            kwargs["text"] = last("text")
        for name in ("include_coarse", "include_inferred"):
            if last(name) in ("0", "1"):
                kwargs[name] = last(name) == "1"
        return cls(**kwargs)  # type: ignore[arg-type]

    def describe(self) -> list[str]:
        """The active filters in words, for captions and briefing images."""
        parts = [f"{self.date_from.isoformat()} to {self.date_to.isoformat()}"]
        labels = {"sources": "outlets", "types": "types", "actors": "actors",
                  "countries": "countries", "admin1": "governorates"}
        for name, label in labels.items():
            value = getattr(self, name)
            parts.append(f"{label}: {', '.join(value) if value else 'all'}")
        if self.min_killed:
            parts.append(f"at least {self.min_killed} killed")
        if self.text:
            parts.append(f"text: {self.text}")
        if not self.include_coarse:
            parts.append("day-precise dates only")
        if not self.include_inferred:
            parts.append("no inferred dates")
        return parts


def search_form(text: str) -> str:
    """`text` normalised for free-text search: a word-final alef or ta marbuta also folds, so
    "سوريا" finds "سورية"."""
    return fold_word_ends(normalize(text).casefold())


def date_bounds(events: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """First and last day of each event's date range (NaT when undated)."""
    start = pd.to_datetime(events["date"].astype("string").str.slice(0, 10), format="mixed", errors="coerce")
    end = pd.to_datetime(events["date_end"].astype("string"), format="%Y-%m-%d", errors="coerce")
    return start, end.fillna(start)


def apply(events: pd.DataFrame, filters: Filters) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (dated events in view, undated events matching the other filters)."""
    keep = pd.Series(True, index=events.index)
    for name, column in (("sources", "source"), ("types", "event_type"), ("actors", "actor"),
                         ("countries", "country"), ("admin1", "admin1")):
        chosen = getattr(filters, name)
        if chosen:
            keep &= events[column].isin(chosen).fillna(False).astype(bool)
    if filters.min_killed:
        keep &= events["killed"].fillna(0).astype(int) >= filters.min_killed
    if filters.text.strip():
        needle = search_form(filters.text.strip())
        haystack = events[list(_SEARCHED)].astype("string").fillna("").agg(" ".join, axis=1)
        keep &= haystack.map(lambda s: needle in search_form(s)).astype(bool)
    undated = events["date"].isna()
    start, end = date_bounds(events)
    in_range = (end >= pd.Timestamp(filters.date_from)) & (start <= pd.Timestamp(filters.date_to))
    dated = keep & ~undated & in_range.fillna(False).astype(bool)
    if not filters.include_coarse:
        dated &= events["date_precision"].eq("day").fillna(False).astype(bool)
    if not filters.include_inferred:
        dated &= ~events["date_basis"].eq("inferred").fillna(False).astype(bool)
    return events[dated], events[keep & undated]
