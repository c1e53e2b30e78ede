"""An article's publication date when the corpus does not give it.

In order: a publication stamp (basis ``page_stamp``), an explicit dateline at
the top of the text (a short line that is not a sentence: ``dateline``), else a
reference inferred from the latest fully written date of the body
(``inferred``), never from an anniversary (ذكرى، حرب … 1973) nor older than the
latest year the text writes. A stamp or dateline far after every written date
is not trusted (re-stamped pages), nor is a "last update" stamp ever. The thresholds
and words are data (``data/published.toml``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from timeline import DATA_DIR, read_data
from timeline.extract.sentences import sentences
from timeline.extract.spans import Cover, line_span
from timeline.models import Article, DateFinder, DateMention

DATA = DATA_DIR / "published.toml"
EXPLICIT_KINDS = ("absolute", "hijri")


@dataclass(frozen=True)
class _Rules:
    dateline_chars: int
    dateline_words: int
    max_lead: dt.timedelta
    update: re.Pattern[str]
    recency: re.Pattern[str]
    max_shift: int
    commemoration: re.Pattern[str]
    commemoration_words: int
    edition_lag: dt.timedelta
    written_lag: int
    report_lead: dt.timedelta
    recalled: dt.timedelta


def _words(words: list[str]) -> re.Pattern[str]:
    folded = sorted({normalize(w) for w in words}, key=len, reverse=True)
    return re.compile(
        r"(?<![^\W\d_])" + CLITICS.pattern(CLITICS.plain_prefixes)
        + "(?:" + "|".join(map(re.escape, folded)) + r")(?![^\W\d_])", re.I
    )


@cache
def rules() -> _Rules:
    data = read_data(DATA)
    return _Rules(
        dateline_chars=data["dateline_chars"],
        dateline_words=data["dateline_words"],
        max_lead=dt.timedelta(days=data["max_stamp_lead_days"]),
        update=_words(data["update_words"]),
        recency=_words(data["recency_words"]),
        max_shift=data["max_weekday_shift_days"],
        commemoration=_words(data["commemoration_words"]),
        commemoration_words=data["commemoration_window_words"],
        edition_lag=dt.timedelta(days=data["edition_lag_days"]),
        written_lag=data["max_written_lag_days"],
        report_lead=dt.timedelta(days=data["report_lead_days"]),
        recalled=dt.timedelta(days=data["recalled_days"]),
    )


def edition_day(m: DateMention, ref: dt.date | None, find_dates: DateFinder) -> DateMention:
    """`m`, read against the day before an edition's date when its written weekday contradicts
    `ref` but fits that day (اليوم الخميس in a paper dated Friday), else unchanged."""
    if ref is None or not (m.weekday_conflict and m.needs_reference and m.kind == "relative"):
        return m
    again = find_dates(m.text, reference=ref - rules().edition_lag)
    if len(again) != 1 or again[0].weekday_conflict or again[0].value is None:
        return m
    return dataclasses.replace(m, value=again[0].value, end_value=again[0].end_value, weekday_conflict=False)


def stamp_lines(text: str, mentions: list[DateMention]) -> list[tuple[int, int]]:
    """The spans of the lines that carry a page stamp."""
    return sorted({line_span(text, m.start) for m in mentions if m.kind == "page_stamp"})


def _explicit_day(m: DateMention) -> bool:
    return m.kind in EXPLICIT_KINDS and m.precision == "day" and not m.needs_reference and m.value is not None


def _trusted(m: DateMention, latest: list[DateMention]) -> bool:
    """Not more than `max_stamp_lead_days` after every other date written in full (`latest`: the
    two latest of the body, `_latest`)."""
    value = next((x.value for x in latest if x is not m), None)
    return value is None or m.value - value <= rules().max_lead


def _latest(body: list[DateMention]) -> list[DateMention]:
    """The two latest dates written in full: the latest other than any one mention is among them."""
    return heapq.nlargest(2, (x for x in body if _explicit_day(x)), key=lambda x: x.value)


def dated(article: Article, find_dates: DateFinder) -> Article:
    """`article` with its publication date inferred from its text when the metadata gives none."""
    if article.published is not None:
        return article
    published, basis = infer(article.text, find_dates)
    return dataclasses.replace(article, published=published, published_basis=basis)


def infer(text: str, find_dates: DateFinder) -> tuple[dt.date | None, str | None]:
    """The publication date of a cleaned article text and its basis, or ``(None, None)``."""
    r = rules()
    mentions = find_dates(text)
    stamps = Cover(stamp_lines(text, mentions))
    body = [m for m in mentions if m.start not in stamps]
    latest = _latest(body)
    updated: dict[tuple[int, int], bool] = {}  # by line: a long line is normalised once
    for m in mentions:
        if m.kind != "page_stamp" or m.value is None:
            continue
        start, end = line_span(text, m.start)
        if (start, end) not in updated:
            updated[start, end] = bool(r.update.search(normalize(text[start:end])))
        if not updated[start, end] and _trusted(m, latest):
            return m.value, "page_stamp"
    for m in body:
        if m.start >= r.dateline_chars:
            break
        start, end = line_span(text, m.start)
        line = text[start:end].strip()
        if (
            _explicit_day(m)
            and len(line.split()) <= r.dateline_words
            and not line.endswith((".", "!", "؟", "?"))
            and _trusted(m, latest)
        ):
            return m.value, "dateline"
    return _inferred(text, body, find_dates)


def _inferred(text: str, body: list[DateMention], find_dates: DateFinder) -> tuple[dt.date | None, str | None]:
    """The latest written date with a recency cue, moved to the first day its weekdays allow."""
    r = rules()
    spans = sentences(text)
    starts = [s for s, _ in spans]
    anchored = []
    for m in body:
        if not _explicit_day(m):
            continue
        i = bisect_right(starts, m.start) - 1
        start, end = spans[i] if i >= 0 and m.start < spans[i][1] else (m.start, m.end)
        before = " ".join(text[start : m.start].split()[-r.commemoration_words :])
        if r.recency.search(normalize(text[start:end])) and not r.commemoration.search(normalize(before)):
            anchored.append(m.value)
    if not anchored:
        return None, None
    anchor = max(anchored)
    latest_year = max((m.value.year for m in body if m.value is not None and not m.needs_reference), default=0)
    if anchor.year < latest_year:
        return None, None
    relative = [m for m in body if m.needs_reference and m.kind == "relative"]
    for shift in range(r.max_shift + 1):
        candidate = anchor + dt.timedelta(days=shift)
        if not any(x.weekday_conflict for m in relative for x in find_dates(m.text, reference=candidate)):
            return candidate, "inferred"
    return None, None
