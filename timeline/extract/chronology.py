"""The entries of a chronology: lines opening with a date and a colon (7 أيلول/سبتمبر: غارات جوية على ...), or
lines or sentences opening with a bullet and a date (- عام 2004 هجوم بسيارة مفخخة على ...), the items of a list
run into one paragraph included.
An entry recalled from well before the article's publication (`event_when.recalled`) or dated by a year alone is
history, kept out of the attack events (`history_entry`), as the README's "Attacks, not totals" says; the entry
of the days the article reports (9 و10 أيار/مايو: إطلاق صواريخ ...) stays an event.
"""

from __future__ import annotations

from bisect import bisect_right

from timeline.extract.drafts import Draft
from timeline.extract.findings import Findings

#: A chronology entry opens its line with a date and a colon at most this many characters in (3 أيار/مايو:).
ENTRY_HEAD_CHARS = 40
#: The marks that open an item of a list (- عام 1995 ...; > في نوفمبر 1992 ...).
BULLETS = "-\u2013\u2022*>"
#: A bulleted entry's date starts at most this many characters after its bullet, a preposition between (> في 17).
BULLET_DATE_CHARS = 6
#: Lines are a chronology when at least this many of the article's lines open with a date and a colon.
CHRONOLOGY_ENTRIES = 2


def chronology_entry(r: Findings, at: int) -> bool:
    """The line holding folded offset `at` opens with a date and a colon before `at` (3 و5 أيار/مايو: ...), or
    it or the sentence holding `at` opens with a bullet and a date right after it (- عام 1995 تفجير ...)."""
    folded = r.folded
    line = folded.rfind("\n", 0, at) + 1
    colon = folded.find(":", line, min(at, line + ENTRY_HEAD_CHARS))
    if colon != -1 and r.by_offset["dates"].within(line, colon):
        return True
    return _bullet_at(r, line, at) or _bulleted(r, _sentence_start(r, at), at)


def _sentence_start(r: Findings, at: int) -> int:
    """The folded offset where the sentence holding `at` begins (the article's start when none does)."""
    n = bisect_right(r.spans, at, key=lambda span: span[0])
    return r.spans[n - 1][0] if n else 0


def _bulleted(r: Findings, start: int, at: int) -> bool:
    """The sentence from `start`, or its text from the first colon before `at` (وفق التالي: - عام 1965 ...), opens
    with a bullet before `at` and a date right after that bullet (- عام 1995 تفجير ...)."""
    colon = r.folded.find(":", start, at)
    return _bullet_at(r, start, at) or (colon != -1 and _bullet_at(r, colon + 1, at))


def _bullet_at(r: Findings, start: int, at: int) -> bool:
    """The text from `start` opens, after blanks, with a bullet before `at` and a date right after it."""
    folded = r.folded
    bullet = start + len(folded[start:at]) - len(folded[start:at].lstrip())
    return bullet < at and folded[bullet] in BULLETS and bool(
        r.by_offset["dates"].within(bullet, min(at, bullet + 2 + BULLET_DATE_CHARS)))


def history_entry(r: Findings, d: Draft, entries: int) -> bool:
    """`d` is told by an entry of a chronology of `entries` entries and recalled, or dated by a year alone (- عام
    2015 تفجير انتحاري بمسجد): history, not an attack event."""
    return (entries >= CHRONOLOGY_ENTRIES and (d.recalled or d.when.precision == "year")
            and chronology_entry(r, d.trigger))


def entries_in(r: Findings, told: list[Draft]) -> int:
    """How many of the drafts `told` are told by an entry of a chronology."""
    return sum(chronology_entry(r, d.trigger) for d in told)
