"""Page furniture and readers' comments out of an article's text.

The patterns live in ``data/boilerplate.toml``; they are matched at the start
of short lines, on the folded spelling of `gazetteer.normalize`. The result is the text that
event offsets index: lines stripped, runs of blank lines collapsed to one, no control or
bidirectional formatting characters (U+202E would show "2016" as "6102").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from gazetteer.normalize import normalize
from timeline import DATA_DIR, read_data
from timeline.safetext import clean_text

DATA = DATA_DIR / "boilerplate.toml"


@dataclass(frozen=True)
class Rules:
    comments: re.Pattern[str]
    min_body_chars: int
    max_line_chars: int
    drop: re.Pattern[str]
    replace: tuple[tuple[re.Pattern[str], str], ...]


@cache
def rules() -> Rules:
    """The boilerplate rules of the data file, compiled."""
    data = read_data(DATA)
    return Rules(
        comments=re.compile("|".join(f"(?:{p})" for p in data["comments"]["starts"])),
        min_body_chars=int(data["comments"]["min_body_chars"]),
        max_line_chars=int(data["max_line_chars"]),
        drop=re.compile("|".join(f"(?:{p})" for p in data["lines"]["drop"])),
        replace=tuple((re.compile(p), r) for p, r in data["replace"]["pairs"]),
    )


def clean(text: str) -> str:
    """Return `text` without page furniture and comment sections, control characters and
    bidirectional formatting characters (`timeline.safetext.clean_text`)."""
    r = rules()
    text = clean_text(text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", ""))
    for pattern, replacement in r.replace:
        text = pattern.sub(replacement, text)
    kept: list[str] = []
    body = 0
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            if kept and kept[-1]:
                kept.append("")
            continue
        if len(line) <= r.max_line_chars:
            folded = normalize(line)
            if body >= r.min_body_chars and r.comments.match(folded):
                break
            if r.drop.match(folded):
                continue
        kept.append(line)
        body += len(line)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)
