"""The entries of a chronology: lines opening with a date and a colon (7 أيلول/سبتمبر: غارات جوية على ...), or
with a bullet and a date (- عام 2004 هجوم بسيارة مفخخة على ...).
An entry recalled from well before the article's publication (`dating.recalled`) is history, kept out of the
attack events (`history_entry`), as the README's "Attacks, not totals" says; the entry of the days the article
reports (9 و10 أيار/مايو: إطلاق صواريخ ...) stays an event.
"""

from __future__ import annotations

from timeline.extract.drafts import Draft
from timeline.extract.findings import Findings

#: A chronology entry opens its line with a date and a colon at most this many characters in (3 أيار/مايو:).
ENTRY_HEAD_CHARS = 40
#: The marks that open an item of a list (- عام 1995 ...).
BULLETS = "-\u2013\u2022*"
#: A bulleted entry's date starts at most this many characters after its bullet.
BULLET_DATE_CHARS = 3
#: Lines are a chronology when at least this many of the article's lines open with a date and a colon.
CHRONOLOGY_ENTRIES = 2


def chronology_entry(r: Findings, at: int) -> bool:
    """The line holding folded offset `at` opens with a date and a colon before `at` (3 و5 أيار/مايو: ...), or
    with a bullet and a date right after it (- عام 1995 تفجير ...)."""
    folded = r.folded
    line = folded.rfind("\n", 0, at) + 1
    colon = folded.find(":", line, min(at, line + ENTRY_HEAD_CHARS))
    if colon != -1 and r.by_offset["dates"].within(line, colon):
        return True
    head = len(folded[line:at]) - len(folded[line:at].lstrip())
    bullet = line + head
    return bullet < at and folded[bullet] in BULLETS and bool(
        r.by_offset["dates"].within(bullet, min(at, bullet + 2 + BULLET_DATE_CHARS)))


def history_entry(r: Findings, d: Draft, entries: int) -> bool:
    """`d` is told by an entry of a chronology of `entries` entries and recalled: history, not an attack event."""
    return entries >= CHRONOLOGY_ENTRIES and d.recalled and chronology_entry(r, d.trigger)


def entries_in(r: Findings, told: list[Draft]) -> int:
    """How many of the drafts `told` are told by an entry of a chronology."""
    return sum(chronology_entry(r, d.trigger) for d in told)
