"""The reference's day or the day before in a speaker's quoted words (وقال الوزير خلال اجتماع إن "يوم أمس شهد
ضربة"): counted from the day he spoke, written before the quotation in its sentence (وقال الوزير الخميس إن) or else
beside his name in a sentence before (توعد الوزير، الخميس، ...), not from the publication.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from gazetteer.normalize import normalize
from timeline.extract.cues import cues, one_of
from timeline.extract.event_when import When
from timeline.extract.findings import Findings
from timeline.extract.saying import Dated
from timeline.extract.spans import word_matches
from timeline.models import DateMention

#: How many words may stand between a speaker named earlier and the day he spoke (الوزير في وقت سابق، الخميس).
SPOKEN_DAY_WORDS = 4

#: How many sentences before a quote the day its speaker spoke may be told.
SPEAKER_SENTENCES = 4

#: How many days before the reference the speaker's day may be.
SPOKEN_DAYS_BEFORE = 6

#: Quote marks that open and close a quotation; a straight one does both.
_OPENING, _CLOSING, _STRAIGHT = "«“", "»”", '"'


def from_the_speakers_day(r: Findings, index: int, when: When, c_dates: list[Dated]) -> When:
    """`when`, a day counted from the publication by a mention inside a quotation of sentence `index`, moved by
    the days from the publication to the day its speaker spoke: written between the last saying verb before the
    quotation and its opening, outside any quotation, or else beside the speaker's name in an earlier sentence
    (`_the_day_spoken`); `when` itself otherwise."""
    if when.basis != "publication" or when.precision != "day" or when.value is None or r.ref is None:
        return when
    mention = next(((p, m) for p, m in c_dates if m.text == when.text and m.value == when.value), None)
    if mention is None or mention[1].value is None or not _from_the_reference(mention[1]):
        return when
    folded, start = r.folded, r.spans[index][0]
    opened = _quote_opened(folded, start, mention[0])
    said = _sayings(r, start, opened) if opened is not None else []
    if not said:
        return when  # no quotation, or no speaker before it
    dated = [m for p, m in r.by_offset["dates"].within(said[-1], opened) if _quote_opened(folded, start, p) is None]
    spoken = _a_day(dated[0]) if dated else _the_day_spoken(r, index, _speaker(folded, said[-1]))
    if spoken is None or not dt.timedelta(0) < r.ref - spoken <= dt.timedelta(days=SPOKEN_DAYS_BEFORE):
        return when
    value = spoken + (mention[1].value - r.ref)
    return dataclasses.replace(when, date=value.isoformat(), end=value.isoformat(), value=value)


def _sayings(r: Findings, start: int, end: int) -> list[int]:
    """The folded offsets of the reporting and statement verbs (قال، أفاد) from `start` to `end`, in order."""
    statements = [tr.start for tr in r.by_offset["triggers"].within(start, end) if tr.event_type == "statement"]
    return sorted(r.by_offset["reports"].within(start, end) + statements)


def _quote_opened(folded: str, start: int, p: int) -> int | None:
    """Where the quotation open at folded offset `p` opens, from `start`; None when `p` stands in none."""
    stretch = folded[start:p]
    curly = max(stretch.rfind(c) for c in _OPENING)
    if curly >= 0 and curly > max(stretch.rfind(c) for c in _CLOSING):
        return start + curly
    if stretch.count(_STRAIGHT) % 2:
        return start + stretch.rfind(_STRAIGHT)
    return None


def _speaker(folded: str, verb: int) -> str | None:
    """The word right after the reporting verb at folded offset `verb` (وقال الوزير): who speaks, unless it is a
    speaker noun (بيان، باسم) or a complementizer, which name no one."""
    words = folded[verb:].split(maxsplit=2)
    if len(words) < 2:
        return None
    word = words[1].strip("".join(_OPENING + _CLOSING + _STRAIGHT) + "،,:")
    c = cues()
    if word in c.complementizers or c.speaker_nouns.find(word):
        return None
    return word


def _the_day_spoken(r: Findings, index: int, speaker: str | None) -> dt.date | None:
    """The day written at most `SPOKEN_DAY_WORDS` words after `speaker`, before what he says opens, in the nearest
    of the `SPEAKER_SENTENCES` sentences before sentence `index` that names it (توعد الوزير في وقت سابق، الخميس): a
    day the reference counts back to; None when that sentence writes none there."""
    if speaker is None:
        return None
    folded = r.folded
    for start, end in reversed(r.spans[max(0, index - SPEAKER_SENTENCES) : index]):
        words = [(m.start(), m.group().rstrip("،,")) for m in word_matches(folded, start, end)]
        named = [k for k, (_, w) in enumerate(words) if w == speaker]
        if not named:
            continue
        after = _before_what_is_said(words[named[-1] + 1 : named[-1] + SPOKEN_DAY_WORDS + 2])
        if not after:
            return None
        days = r.by_offset["dates"].within(after[0][0], after[-1][0] + len(after[-1][1]))
        return _a_day(days[0][1]) if days else None
    return None


def _before_what_is_said(words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`words` up to a quote mark or a complementizer (أن، إن), where what the speaker says opens."""
    c = cues()
    quotes = _OPENING + _CLOSING + _STRAIGHT
    end = next((k for k, (_, w) in enumerate(words) if w in c.complementizers or any(q in w for q in quotes)),
               len(words))
    return words[:end]


def _a_day(m: DateMention) -> dt.date | None:
    """The one day `m` names counted back from the reference (الخميس، أمس), or None."""
    if m.kind != "relative" or m.precision != "day" or m.value is None or m.value != m.end_value:
        return None
    return m.value


def _from_the_reference(m: DateMention) -> bool:
    """`m` names the reference's day or the day before by that word alone, with a day word or a part of the day
    (اليوم، يوم أمس، صباح أمس), no weekday beside it (أمس الخميس: the weekday fixes the day)."""
    c = cues()
    words = [w for w in normalize(m.text).split() if not one_of(w, c.day_parts)]
    named = [w for w in words if w not in c.day_words] or words  # يوم أمس: yesterday; اليوم alone: today
    return m.kind == "relative" and " ".join(named) in c.late_days

