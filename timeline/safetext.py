"""Text an article brings, made safe to store and show: no control or direction-changing characters.

An article, its title or its file name may hold control characters (a newline
that forges a line of a report) and bidirectional formatting characters (U+202E
shows "2016" as "6102" and "txt.exe" as "exe.txt"). `clean_text` drops them from
article text, `one_line` makes an id or a title one plain line, `escaped` shows them
as ``\\u202e`` in a report (the name stays recognisable), and `isolate` wraps
text in its own direction isolate (FSI … PDI) for display beside other text, so
that an Arabic title cannot reorder the figures around it. The core module that
every wing may use (the views show text with `isolate`).
"""

from __future__ import annotations

import re

#: The explicit bidirectional formatting characters: embeddings, overrides (U+202A to U+202E)
#: and isolates (U+2066 to U+2069). Marks (U+200E, U+200F, U+061C) only weigh on neutral
#: characters and are kept.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
FSI, PDI = "\u2068", "\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
#: C0 and C1 controls but the white space ones, DEL, and the noncharacters U+FFFE and U+FFFF.
_CONTROLS = r"\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffe\uffff"
_CONTROL = re.compile(f"[{_CONTROLS}]")
#: Controls that separate words (vertical tab, form feed, the information separators).
_SPACING_CONTROLS = r"\x0b\x0c\x1c-\x1f"
_SPACING = re.compile(f"[{_SPACING_CONTROLS}]")
#: Halves of a surrogate pair alone (from a JSON escape such as ``\ud800``): no character at all.
_SURROGATES = r"\ud800-\udfff"
_SURROGATE = re.compile(f"[{_SURROGATES}]")
#: Any character `clean_text` drops or replaces: nearly every text has none, and is read once, not four times.
_CLEANED = re.compile(f"[{BIDI_CONTROLS}{_CONTROLS}{_SPACING_CONTROLS}{_SURROGATES}]")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x85\x0b\x0c]+")
#: What a one-line report must not print as is.
_UNSAFE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029\\ud800-\\udfff\\ufffe\\uffff{BIDI_CONTROLS}]")


def clean_text(text: str) -> str:
    """`text` without bidirectional formatting and control characters: tabs and line breaks kept
    (U+2028, U+2029 and NEL as newlines), the controls that separate words as spaces, a lone
    surrogate replaced by U+FFFD."""
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    if not _CLEANED.search(text):
        return text
    return _SURROGATE.sub("\ufffd", _SPACING.sub(" ", _CONTROL.sub("", _BIDI.sub("", text))))


def one_line(text: str) -> str:
    """`text` as one plain line: line breaks as spaces, no control or bidirectional formatting
    characters, runs of white space as one space, trimmed (for ids and titles)."""
    return " ".join(clean_text(_LINE_BREAKS.sub(" ", text)).split())


def escaped(text: str) -> str:
    """`text` for a one-line report: each control or bidirectional formatting character
    written as its escape (``\\n``, ``\\u202e``), the rest unchanged."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def isolate(text: str) -> str:
    """`text` in its own direction isolate (FSI … PDI), without bidirectional formatting
    characters of its own: shown beside other text, it keeps its direction and cannot
    reorder what surrounds it."""
    return f"{FSI}{_BIDI.sub('', text)}{PDI}"
