"""Heading lines inside an article's body: the titles of other stories a page links to, or subheadings, tell no
event of their own (`a_heading_line`).
"""

from __future__ import annotations

from timeline.extract.findings import Findings
from timeline.extract.sentences import headline

#: The most words of a heading line (the news corpus's titles: 18 for all but one in a thousand).
HEADING_MAX_WORDS = 18


def a_heading_line(r: Findings, index: int) -> bool:
    """Sentence `index`, after the lead's, is a whole short line ending without a stop and without a date (نازحون
    يقولون إن القوات تقصف المدنيين في بلدة س): the title of another story the page links to, or a subheading."""
    start, end = r.spans[index]
    if not (r.lead is not None and index > r.lead and r.folded[start - 1] == "\n" and (
            end == len(r.folded) or r.folded[end] == "\n")):
        return False  # not a whole line after the lead's (its words are counted only for one)
    if len(r.folded[start:end].split()) > HEADING_MAX_WORDS or "#" in r.folded[start:end]:
        return False  # a paragraph whose stop was lost, a quoted post (وقال في تغريدته : ... #وسم)
    return headline(r.folded, start, end) and not r.by_offset["dates"].within(start, end)
