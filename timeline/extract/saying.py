"""The dates of a clause that belong to a report of its event, not to the event: written after a reporting verb
or a statement noun (أفاد المرصد الخميس أن ...: `of_report`, `report_dates`) or before what a report says of the
trigger (أعلنت القناة الثلاثاء أن ...: `said_dates`, `saying_opens`).
"""

from __future__ import annotations

import re

from timeline.extract.clauses import Clause
from timeline.extract.cues import cues, one_of
from timeline.extract.triggers import Trigger
from timeline.models import DateMention

#: A date mention at its folded offset.
Dated = tuple[int, DateMention]


def said_dates(folded: str, clause: Clause, c_dates: list[Dated], trigger: Trigger, reports: list[int]) -> list[Dated]:
    """The mentions written before what a report says when the trigger is in it (الثلاثاء، أعلنت القناة
    أن ...؛ أعلنت القناة الثلاثاء أن ...): before the last complementizer that follows a reporting verb
    before the trigger; the day of the saying."""
    says = [r for r in reports if clause.start <= r < trigger.start]
    opens = saying_opens(folded, clause, trigger, min(says)) if says else None
    return [(p, m) for p, m in c_dates if opens is not None and p < opens]


def saying_opens(folded: str, clause: Clause, trigger: Trigger, after: int) -> int | None:
    """Where the last complementizer (أن، إن) between folded offset `after` and the trigger starts in its
    clause: what is said of the trigger opens there; None without one."""
    said = [p for p in complementizers_in(folded, clause.start, trigger.start) if p > after]
    return said[-1] if said else None


def complementizers_in(folded: str, start: int, end: int) -> list[int]:
    """The folded offsets of the complementizers (أن، إن) that open what a report says, in ``folded[start:end]``."""
    return [start + m.start() for m in re.finditer(r"\S+", folded[start:end]) if m.group() in cues().complementizers]


def report_dates(
    folded: str, clause: Clause, c_dates: list[Dated], trigger: Trigger, reports: list[int]
) -> list[Dated]:
    """The mentions of the clause that date a report of it (a reporting verb's or a statement
    noun's, `_of_report`: أفاد المرصد الخميس أن ...، وأعربت الوزارة في بيان الثلاثاء عن ...), not
    its event."""
    says = [r for r in reports if clause.start <= r < clause.end]
    return [(p, m) for p, m in c_dates if of_report(folded, says, p, trigger.start)]


def of_report(folded: str, verbs: list[int], p: int, trigger: int) -> bool:
    """The date at `p` is a report's: written after one of `verbs`, both on one side of the
    trigger, with at most six words and no complementizer (أن، إن) nor death noun (مقتل) between (أكدت
    الاثنين مصرع ... في 15 مارس: only الاثنين; الهجوم التركي ... فقد أعلنت قسد، الاثنين، عزمها)."""
    starts = [r for r in verbs if r < p and (p < trigger or r > trigger)]
    if not starts:
        return False
    between = folded[max(starts) : p].split()[1:]
    return len(between) <= 6 and not any(w in cues().complementizers or one_of(w, cues().deaths) for w in between)
