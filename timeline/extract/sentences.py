"""Split a text into sentences, keeping their character offsets.

A sentence ends at a line break, or at ``.``, ``!``, ``?``, ``؟`` or ``…``
followed by white space or a closing quote (a dot between digits does not end
one). Spans exclude the surrounding white space. A run longer than
`MAX_SENTENCE_CHARS` without an ending (a list, a text without punctuation) is
cut at the last space before the limit: every stage reads a sentence in time
bounded by the limit, so extraction stays linear in the article.
"""

from __future__ import annotations

import re

#: The longest sentence (the news corpus's longest is about 3,000 characters).
MAX_SENTENCE_CHARS = 4000
_STOPS = ".!?؟…"
#: A run of line breaks, or of stops with closing quotes after them, followed by white space (after a digit:
#: by white space and a non-digit), as ``\n+|(?<!\d)[stops]+[quotes]*(?=\s|$)|(?<=\d)[stops]+[quotes]*(?=\s+\D|$)``,
#: written to start with one character class so that the regex engine skips to where a match may start.
_END = re.compile(f"[\\n{_STOPS}](?:(?<=\\n)\\n*"
                  f"|(?<!\\d.)[{_STOPS}]*[\"”»\\u2019)]*(?=\\s|$)|(?<=\\d.)[{_STOPS}]*[\"”»\\u2019)]*(?=\\s+\\D|$))")


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
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS + 1)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        piece_end = cut
        while text[piece_end - 1].isspace():
            piece_end -= 1
        spans.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def headline(text: str, start: int, end: int) -> bool:
    """The sentence `text[start:end]` ends without a stop (داعش يعدم جنودا في مسرح تدمر): a headline or a
    caption, which tells a past event in the present tense."""
    return not text[start:end].rstrip("\"”»\u2019) ").endswith(tuple(_STOPS))

