"""Split a text into sentences, keeping their character offsets.

A sentence ends at a line break, or at ``.``, ``!``, ``?``, ``؟`` or ``…``
followed by white space or a closing quote (a dot between digits does not end
one). Spans exclude the surrounding white space.
"""

from __future__ import annotations

import re

_END = re.compile(r"\n+|(?<!\d)[.!?؟…]+[\"”»\u2019)]*(?=\s|$)|(?<=\d)[.!?؟…]+[\"”»\u2019)]*(?=\s+\D|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` spans of the sentences of `text`."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _END.finditer(text):
        end = m.start() if m.group().startswith("\n") else m.end()
        _add(text, begin, end, spans)
        begin = m.end()
    _add(text, begin, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
