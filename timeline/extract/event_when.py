"""When: the date an event is given, and how it stands to the article's publication.

The publication reference that relative dates count from (`reference`), a date mention read as a `When`
(`when_of`), and what the publication date says of a date: still to come (`after_publication`), clipped at it
(`clipped_at_publication`), recalled from well before it (`recalled`), spanning years (`spans_years`) or more
than a month (`spans_months`); a
span cut at the day of its report (`ended_by_its_report`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from timeline.extract import published
from timeline.models import DateMention, a_day_or_night

#: A date range longer than this many days (two years, a decade) is a period, not one attack's date.
PERIOD_DAYS = 366
#: A date range longer than this many days (two months, a season) is more than one month's time.
MONTH_DAYS = 31


@dataclass(frozen=True)
class When:
    """The date of an event: ISO date cut to its precision, as written, on what basis, last day."""

    date: str | None = None
    precision: str | None = None
    text: str | None = None
    basis: str | None = None
    end: str | None = None
    value: dt.date | None = None
    #: a relative date that waits for the publication date (undated until then, not a period)
    pending: bool = False
    #: the day a report of the event was given, its only date in its clause (أفادت الوزارة أمس أن ...)
    reported: bool = False
    #: the only date told is another happening's, which the event came after or before (بعد أحداث 11 سبتمبر
    #: 2001): the event's own time is not told, as if no date were written
    of_another: bool = False
    #: the publication day of fighting told as going on at the time of writing (تدور اشتباكات), no day written: not
    #: the day of what the sentences after it tell as done
    now: bool = False

    @property
    def a_day_or_night(self) -> bool:
        """One day, or two days running (ليل الخامس إلى السادس من سبتمبر: a night): `models.a_day_or_night`."""
        return a_day_or_night(self.precision, self.value, dt.date.fromisoformat(self.end) if self.end else None)

    @property
    def unwritten(self) -> bool:
        """No date and no date expression: the clause says nothing of when."""
        return self.date is None and self.text is None


def reference(article) -> tuple[dt.date | None, str | None]:
    """The date relative expressions count from, and the basis it gives them."""
    if article.published is None:
        return None, None
    return article.published, ("inferred" if article.published_basis == "inferred" else "publication")


def after_publication(when: When, ref: dt.date | None, basis: str | None) -> bool:
    """Whether `when` begins later after the article's publication date (from its metadata or its page,
    not inferred) than a report's date may (`published.toml`: report_lead_days), or at all when it was
    counted from that date (غدا، الاثنين المقبل: written as to come), or is a span counted from it that begins
    on it and ends later (الشهرين المقبلين): what a clause so dated tells is still to come."""
    if when.value is None or ref is None or basis != "publication":
        return False
    slack = dt.timedelta(0) if when.basis == "publication" else published.rules().report_lead
    return when.value > ref + slack or _a_span_to_come(when, ref)


def _a_span_to_come(when: When, ref: dt.date) -> bool:
    """`when` is a range counted from the publication day that begins on it or later and ends after it
    (الشهرين المقبلين، الأيام القادمة): a time still to come, not one an attack was told in. Not a week, month or
    year the text names (هذا الأسبوع in a report of its first day), which holds days before the report."""
    if when.basis != "publication" or when.precision != "range" or when.end is None or len(when.end) != 10:
        return False
    return when.value is not None and when.value >= ref and dt.date.fromisoformat(when.end) > ref


def clipped_at_publication(when: When, ref: dt.date | None, basis: str | None) -> When:
    """`when`, a span that begins by the publication date (from its metadata or its page, not inferred) and ends
    after it (هذا الشهر، هذا العام، عام 2015 in a report of 2015), its last day cut to that date: an attack told as
    past cannot come after its report. Its date and precision stay as written (a month stays a month, never a
    day). Left whole where the cut would leave the publication day alone (هذا الأسبوع in a report of its first
    day holds days before it): no single day the text does not give."""
    if when.value is None or not when.end or ref is None or basis != "publication":
        return when
    if not when.value < ref < dt.date.fromisoformat(when.end):
        return when
    return dataclasses.replace(when, end=ref.isoformat())


def ended_by_its_report(when: When, reported_on: list[When]) -> When:
    """`when`, a span of days that ends after the day a report in its clause was given (ذكرت تقارير أمس أن مدنيا
    قتل بعد منتصف ليل الخميس), its last day cut to that day: an attack told as past cannot come after its report.
    A night of two days whose report is given on its first day is that day; a longer span is left whole where
    the cut would leave the report's day alone (هذا الأسبوع in a report of its first day holds days before it)."""
    days = [w.value for w in reported_on if w.precision == "day" and w.value is not None]
    if when.value is None or not when.end or when.reported or not days:
        return when
    said, end = min(days), dt.date.fromisoformat(when.end)
    if when.value < said < end:
        return dataclasses.replace(when, end=said.isoformat())
    if when.value == said and (end - said).days == 1 and when.precision == "range":
        return dataclasses.replace(when, precision="day", end=said.isoformat())
    return when


def recalled(when: When, ref: dt.date | None) -> bool:
    """`when` ends more than `published.toml`'s recalled_days before the publication date: a past
    event the article recalls."""
    if when.value is None or ref is None:
        return False
    last = dt.date.fromisoformat(when.end) if when.end else when.value
    return last < ref - published.rules().recalled


def spans_years(when: When) -> bool:
    """`when` is a range longer than `PERIOD_DAYS` (عامي 2014 و2015، في التسعينات): the time of a period or of
    attacks told together, never the date of one attack."""
    return _range_days(when) > PERIOD_DAYS


def spans_months(when: When) -> bool:
    """`when` is a range written as such, longer than `MONTH_DAYS` (في مايو ويونيو 2017، أواسط 2017): more than a
    month's time (a year written alone is a recalled attack's date: ضربات صاروخية على المطار العام الماضي)."""
    return when.precision == "range" and _range_days(when) > MONTH_DAYS


def _range_days(when: When) -> int:
    """How many days the range of `when` runs from its first day to its last (0 for a date without a range)."""
    if when.value is None or not when.end:
        return 0
    return (dt.date.fromisoformat(when.end) - when.value).days


def when_of(m: DateMention, basis: str | None) -> When:
    """The date of a mention; a range keeps its last day in ``end``. A relative day
    whose written weekday contradicts the reference (اليوم الاثنين on a Tuesday) has none."""
    if m.value is None or (m.weekday_conflict and m.needs_reference):
        return When(text=m.text, pending=m.value is None and basis is None and m.needs_reference)
    cut = {"day": 10, "month": 7, "year": 4}.get(m.precision or "", 10)
    return When(
        date=m.value.isoformat()[:cut],
        precision=m.precision,
        text=m.text,
        basis="explicit" if not m.needs_reference else basis,
        end=(m.end_value or m.value).isoformat(),
        value=m.value,
    )
