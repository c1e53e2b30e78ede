"""Typed records that flow from articles to the dashboard, with one JSON form.

Every record is a frozen dataclass. ``to_dict`` gives its JSON form (dates as
ISO strings, tuples as lists) and ``from_dict`` reads it back, so that
``Record.from_dict(json.loads(json.dumps(r.to_dict()))) == r`` for each of
them. `EVENT_COLUMNS` is the fixed column order of tables of events.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any, ClassVar, Protocol

from timeline.safetext import escaped
from timeline.vocabulary import EVENT_TYPES as EVENT_TYPES  # the values of `Event.event_type`

#: ``day`` one day; ``week``, ``month``, ``year`` exactly one of them; ``range`` any other span of days.
DATE_PRECISIONS = ("day", "week", "month", "year", "range")
#: What a date mention's value was resolved against: the text alone, the reference date, another date of the text.
MENTION_BASES = ("explicit", "reference", "anchor")
#: ``lead``: a follow-up sentence of a report (وأضاف المرصد أن ...) takes the date of the lead's event, and a
#: clause of the same time (فيما، بينما) that of the dated event before it in its sentence, an attack of a
#: counted series told one by one after it (ثلاثة حوادث ... أمس) the series' day, the lead's undated attack
#: the day of its retelling at the same town, and an attack told as concurrent with a dated one (تزامنا مع) that
#: one's day;
#: ``report``: the only date is the day the attack was announced or told (أعلن الجيش، الجمعة، قصف موقع): it
#: happened that day or shortly before;
#: ``correction``: an analyst dated the event.
DATE_BASES = ("explicit", "publication", "inferred", "event_relative", "lead", "report", "correction")
PUBLISHED_BASES = ("metadata", "correction", "dateline", "page_stamp", "inferred")
SEVERITIES = ("error", "warning")


def a_day_or_night(precision: str | None, first: dt.date | None, last: dt.date | None) -> bool:
    """A date of `precision` from `first` to `last` is one day, or two days running (ليلة التاسع والعاشر من أيار:
    a night): one attack's own time. Read of a date mention and of an event's date alike."""
    return precision == "day" or (precision == "range" and None not in (first, last) and (last - first).days == 1)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class _Record:
    """JSON conversion shared by the records: dates ⇄ ISO strings, tuples ⇄ lists."""

    _DATE_FIELDS: ClassVar[tuple[str, ...]] = ()
    _TUPLE_FIELDS: ClassVar[tuple[str, ...]] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if f.name in self._DATE_FIELDS:
                value = _iso(value)
            elif f.name in self._TUPLE_FIELDS:
                value = list(value)
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"{cls.__name__}: unknown fields {sorted(unknown)}")
        kwargs = dict(data)
        for name in cls._DATE_FIELDS:
            if name in kwargs:
                kwargs[name] = _date(kwargs[name])
        for name in cls._TUPLE_FIELDS:
            if name in kwargs:
                kwargs[name] = tuple(kwargs[name] or ())
        return cls(**kwargs)


@dataclass(frozen=True)
class Article(_Record):
    """One news article as read from a file or a corpus line."""

    article_id: str
    text: str
    path: str  #: the file it came from (and ``:LINE`` for corpus lines)
    title: str | None = None
    source: str | None = None  #: canonical outlet name
    source_ar: str | None = None
    source_basis: str | None = None  #: metadata | correction | signature | None
    published: dt.date | None = None
    published_basis: str | None = None  #: one of PUBLISHED_BASES
    url: str | None = None
    cited_sources: tuple[str, ...] = ()
    sha1: str = ""  #: digest of the raw input, for incremental rebuilds

    _DATE_FIELDS: ClassVar[tuple[str, ...]] = ("published",)
    _TUPLE_FIELDS: ClassVar[tuple[str, ...]] = ("cited_sources",)


@dataclass(frozen=True)
class DateMention(_Record):
    """A date expression found in a text, as the range of days it denotes.

    ``value`` and ``end_value`` are None when the expression is relative and
    no reference date was given, or when it counts from an event the text
    does not date: such a mention is found but unresolved. `to_public_dict` is the
    form the ``dates`` command prints.
    """

    start: int
    end: int
    text: str
    value: dt.date | None
    end_value: dt.date | None
    precision: str | None  #: one of DATE_PRECISIONS
    kind: str  #: absolute | relative | page_stamp | hijri | event_relative
    weekday_conflict: bool = False  #: a written weekday contradicts the written date
    needs_reference: bool = False  #: the value depends on the reference date
    relative_days: int | None = None  #: for event-relative expressions: offset from the event
    date_basis: str | None = None  #: one of MENTION_BASES, None without a value
    anchor_start: int | None = None  #: offsets of the date it was resolved against (basis "anchor")
    anchor_end: int | None = None

    _DATE_FIELDS: ClassVar[tuple[str, ...]] = ("value", "end_value")
    def to_public_dict(self) -> dict[str, Any]:
        """The JSON form that the `dates` command prints: ``text, start, end, date, end_date,
        precision`` (the ISO dates under these names), then every other field."""
        data = self.to_dict()
        data["date"], data["end_date"] = data.pop("value"), data.pop("end_value")
        first = ("text", "start", "end", "date", "end_date", "precision")
        return {**{name: data.pop(name) for name in first}, **data}


class DateFinder(Protocol):
    """What the extract wing needs of a date reader (`timeline.dates.find_dates`)."""

    def __call__(self, text: str, reference: dt.date | None = None) -> list[DateMention]: ...


@dataclass(frozen=True)
class Event(_Record):
    """One dated, located happening with the sentence that reports it.

    ``date`` is the ISO form cut to ``date_precision`` ("2016-07", "2016");
    ``date_end`` is the last day of the range the text allows. ``killed`` and
    ``injured`` are minimums when ``toll_is_minimum`` ("more than 20").
    ``start`` and ``end`` are the character offsets of ``evidence`` in the
    article text.
    """

    article_id: str
    source: str | None
    event_type: str
    date: str | None
    date_precision: str | None
    date_text: str | None
    date_basis: str | None
    place_text: str | None
    place: str | None
    place_ar: str | None
    lat: float | None
    lon: float | None
    place_precision: str | None
    admin1: str | None
    country: str | None
    actor: str | None
    killed: int | None
    injured: int | None
    evidence: str
    start: int
    end: int
    event_id: str = ""
    source_ar: str | None = None
    title: str | None = None
    published: str | None = None
    published_basis: str | None = None
    date_end: str | None = None
    actor_text: str | None = None
    actor_hedged: bool = False
    toll_is_minimum: bool = False
    victims: str | None = None  #: civilians | fighters | None
    place_relation: str | None = None
    place_radius_km: float | None = None
    place_approximate: bool = False
    cited_sources: tuple[str, ...] = ()
    incident_id: str | None = None
    #: a name the text gives the event's place that the gazetteer does not know (`gazetteer.unknown`)
    place_unresolved: str | None = None
    #: JSON of the analyst's corrections applied (`timeline.event_corrections`): their ids and the
    #: extractor's values of the fields they changed; None when the analyst changed nothing
    analyst: str | None = None

    _TUPLE_FIELDS: ClassVar[tuple[str, ...]] = ("cited_sources",)


@dataclass(frozen=True)
class Incident(_Record):
    """Events of several articles that report the same happening."""

    incident_id: str
    event_type: str
    date: str | None
    place: str | None
    lat: float | None
    lon: float | None
    event_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    sources: tuple[str, ...]
    n_sources: int

    _TUPLE_FIELDS: ClassVar[tuple[str, ...]] = ("event_ids", "article_ids", "sources")


EVENT_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Event))


@dataclass(frozen=True)
class ReadError(_Record):
    """An input that could not be read (or an article whose extraction failed), and why; the rest of the
    corpus goes on."""

    path: str
    reason: str
    line: int | None = None  #: 1-based line of a corpus file (row of a Parquet file)
    severity: str = "error"  #: one of SEVERITIES: ``warning`` when the input was read all the same

    @property
    def is_warning(self) -> bool:
        """The input was read (with replacements, say) and its article yielded: nothing was skipped."""
        return self.severity == "warning"

    def __str__(self) -> str:
        """One line, whatever the file name holds: control and bidirectional characters escaped."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        prefix = "warning: " if self.is_warning else ""
        return escaped(f"{where}: {prefix}{self.reason}")
