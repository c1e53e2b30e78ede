"""The dates `find_dates` reads in a text, as plain tuples for golden tables."""

from __future__ import annotations

import datetime as dt

from timeline.dates import find_dates

WEDNESDAY = dt.date(2016, 7, 20)


def ranges(text: str, reference: dt.date = WEDNESDAY) -> list[tuple]:
    """Each date read in `text` against `reference`: its words, first and last day (ISO) and precision."""
    return [(m.text, m.value and m.value.isoformat(), m.end_value and m.end_value.isoformat(), m.precision)
            for m in find_dates(text, reference)]
