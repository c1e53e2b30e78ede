"""Split a text into sentences, keeping their character offsets.

A sentence ends at a line break, or at ``.``, ``!``, ``?``, ``؟`` or ``…``
followed by white space or a closing quote (a dot between digits does not end
one). A full stop glued between two words (الحدود مع الأردن.وفي الشهر الماضي) ends one too, unless it
joins letters of an abbreviation (د.ب.أ، إن.بي.سي، د.حسن) or a web address (العربية.نت): see `_glued_end`.
Spans exclude the surrounding white space. A run longer than
`MAX_SENTENCE_CHARS` without an ending (a list, a text without punctuation) is
cut at the last space before the limit: every stage reads a sentence in time
bounded by the limit, so extraction stays linear in the article.
"""

from __future__ import annotations

import re
from functools import cache

from gazetteer.normalize import normalize
from timeline import DATA_DIR, read_data

#: The longest sentence (the news corpus's longest is about 3,000 characters).
MAX_SENTENCE_CHARS = 4000
_STOPS = ".!?؟…"
#: The characters that end a sentence in a plain scan of a text (a full stop, ``!``, ``?``, ``؟`` or a line break),
#: with no judgement of glued stops, abbreviations or digits (`sentences` judges those).
SENTENCE_END_MARKS = ".!?؟\n"
#: One of `SENTENCE_END_MARKS`.
SENTENCE_END = re.compile(f"[{SENTENCE_END_MARKS}]")
#: A run of line breaks, or of stops with closing quotes after them, followed by white space (after a digit:
#: by white space and a non-digit), as ``\n+|(?<!\d)[stops]+[quotes]*(?=\s|$)|(?<=\d)[stops]+[quotes]*(?=\s+\D|$)``,
#: written to start with one character class so that the regex engine skips to where a match may start.
#: The last alternative is a full stop glued to the letter after it (after a letter, a digit or a closing quote),
#: which `_glued_end` then judges.
_END = re.compile(f"[\\n{_STOPS}](?:(?<=\\n)\\n*"
                  f"|(?<!\\d.)[{_STOPS}]*[\"”»\\u2019)]*(?=\\s|$)|(?<=\\d.)[{_STOPS}]*[\"”»\\u2019)]*(?=\\s+\\D|$)"
                  f"|(?<=[\\u0621-\\u064A\\d\"”»\\u2019)]\\.)(?=[«\"“(]?[\\u0621-\\u064A]{{2}}))")
_LETTERS = re.compile("[\\u0621-\\u064A]+")
_TRAILING_LETTERS = re.compile("[\\u0621-\\u064A]+$")


def plain_sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` starts in a plain scan: after the last `SENTENCE_END` before `at`, or
    0 (sought back from `at`, not from the text's start)."""
    return max(text.rfind(mark, 0, at) for mark in SENTENCE_END_MARKS) + 1


def sentences(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` spans of the sentences of `text`."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _END.finditer(text):
        if _glued(text, m) and not _glued_end(text, m.start()):
            continue
        end = m.start() if m.group().startswith("\n") else m.end()
        _add(text, begin, end, spans)
        begin = m.end()
    _add(text, begin, len(text), spans)
    return spans


def _glued(text: str, m: re.Match[str]) -> bool:
    """The end `m` is a full stop glued to what follows it."""
    return text[m.start()] == "." and m.end() < len(text) and not text[m.end()].isspace()


@cache
def _web_suffixes() -> frozenset[str]:
    """The ends of web addresses written in Arabic letters (العربية.نت), folded."""
    return frozenset(normalize(w) for w in read_data(DATA_DIR / "boilerplate.toml")["sentences"]["web_suffixes"])


def _glued_end(text: str, dot: int) -> bool:
    """The full stop at `dot`, glued to the word after it, ends a sentence: the word before it is not one
    piece of an abbreviation (no stop inside it, and at least three letters, or four when the word after
    has only two: جيه.بي), and the word after is a word (at least two letters, no stop glued after it:
    إي.يو.إيه) that does not end a web address."""
    start = max(text.rfind(" ", 0, dot), text.rfind("\n", 0, dot)) + 1
    before = text[start:dot]
    after = _LETTERS.match(text, dot + 1 + (text[dot + 1] in "«\"“("))
    if "." in before or after is None or text.startswith(".", after.end()):
        return False
    letters = _TRAILING_LETTERS.search(before)
    shortest = 2 if letters is None or len(letters.group()) >= 4 else 3
    if letters is not None and len(letters.group()) < 3:
        return False
    return len(after.group()) >= shortest and normalize(after.group()) not in _web_suffixes()


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

