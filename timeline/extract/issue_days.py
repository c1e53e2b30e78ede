"""The day of an issue: a date written right after a participle of issuing (الصحف الصادرة اليوم، في عددها الصادر
صباح أمس، التقرير الصادر في 3 آب), or after في right after it, is the day a paper, a statement or a report came out:
it dates no attack (أبرزت الصحف الصادرة اليوم ... في أعقاب الهجوم الانتحاري), and is no date mention of the
article's events (`triggers.toml` [dating] issued, issued_links)."""

from __future__ import annotations

from functools import cache

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from timeline.extract.triggers import triggers_data

#: How many characters before a date mention are read for the participle and في.
LOOK_BACK = 40


@cache
def _words(key: str) -> frozenset[str]:
    """The folded words of `triggers.toml` [dating] `key`."""
    return frozenset(normalize(w) for w in triggers_data()["dating"][key])


def of_an_issue(folded: str, at: int) -> bool:
    """The date mention at folded offset `at` follows a participle of issuing, directly or after في."""
    words = [w.strip("،,.«»\"()") for w in folded[max(0, at - LOOK_BACK) : at].split()[-2:]]
    if words and words[-1] in _words("issued_links"):
        words = words[:-1]
    return bool(words) and CLITICS.strip_conjunction(words[-1]) in _words("issued")
