"""Segmenting: the folded text, its datelines and lead sentence, and how clauses tie to what is told
around them.

Which trigger tells a clause's event is `choosing`'s, whether a trigger tells a happening
`asserting`'s, the weapon words `weapons`', totals and campaigns `totals`' and what a clause answers
`replies`'. Here: where a report was filed (`in_dateline`), the article's lead sentence, the openings
that tie a clause to the one before (`continuing`, `follows_up`, `comes_after`, `same_time`, `told_also`) or say it
tells another incident (`separate_incident`, `another_incident`), a generic attack noun (`generic`:
الهجوم) that may be an attack told elsewhere with its kind, a definite trigger (`definite`) and a verb in
a relative clause (التي سيطر عليها التنظيم), which describes (`described`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from gazetteer.clitics import CLITICS, clitic_stems
from gazetteer.normalize import normalize, normalized
from timeline.extract import actors
from timeline.extract.clauses import COMMAS, Clause
from timeline.extract.cues import cues, without_articles
from timeline.extract.spans import first_words, line_start
from timeline.extract.triggers import Trigger

#: A sentence of fewer words is a heading or a caption, not the lead.
LEAD_MIN_WORDS = 10
_WORD = r"[^\s.:؛()\-\u2013\u2014]+"
#: A line opening that names where the report was filed, not where it happened; an agency or an
#: author, a dash, then the city and a colon ("واس - الرياض:") is one too, whatever its first letter.
_DATELINE = re.compile(
    r"[ \t]*(?:(?:" + _WORD + r"[ \t]+){0,2}" + _WORD + r"[ \t]*[-\u2013\u2014]{1,2}[ \t]*"
    r"(?:" + _WORD + r"[ \t]+){0,2}" + _WORD + r"[ \t]*:\s"
    r"|(?!" + "|".join(CLITICS.conjunctions) + r")"
    r"(?:(?:" + _WORD + r"[ \t،,]+){0,3}" + _WORD + r"[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?"
    r"|(?:" + _WORD + r"[ \t،,]+){4,5}" + _WORD + r"[ \t]*\([^)\n]{1,30}\)[ \t]*)"
    r"(?:[-\u2013\u2014]{1,2}|:)\s)"
)
QUOTES = "«»\"“”()"
#: What `bare` strips from around a word: the quotes and the marks that end a word (., ،).
_AROUND_A_WORD = QUOTES + ".,،"
#: The word right after a trigger, when only spaces stand between (a noun in construct with it).
NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def bare(word: str) -> str:
    """`word` without the quotes or punctuation around it («الغارة»، → الغارة)."""
    return word.strip(_AROUND_A_WORD)


class FoldedText:
    """The article text folded, with offset maps both ways."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self._offsets = normalized(text)

    def orig(self, i: int) -> int:
        """The offset in the text of folded offset `i`."""
        return i if self._offsets is None else self._offsets[i]

    def fold(self, i: int) -> int:
        """The folded offset of text offset `i`."""
        return i if self._offsets is None else bisect_left(self._offsets, i)


def in_dateline(folded: str, offset: int) -> bool:
    """The offset lies in a dateline ("دبي، الإمارات (CNN)-- ", "حلب - "): where a report was filed."""
    start = line_start(folded, offset)
    ends = _dateline_ends(folded)
    if start not in ends:  # matched once a line: a long line is not read again for each offset on it
        m = _DATELINE.match(folded, start)
        ends[start] = m.end() if m else -1
    return offset < ends[start]


@lru_cache(maxsize=4)
def _dateline_ends(folded: str) -> dict[int, int]:
    """Where the dateline of each line of `folded` looked at so far ends (-1: none), by line start."""
    return {}


def lead_sentence(folded: str, spans: list[tuple[int, int]], title: str | None) -> int | None:
    """The index of the article's first body sentence."""
    title_folded = normalize(title).strip() if title else None
    for index, (start, end) in enumerate(spans):
        sentence = folded[start:end]
        if sentence.strip() != title_folded and len(sentence.split()) >= LEAD_MIN_WORDS:
            return index
    return None


def continuing(folded: str, clause: Clause) -> bool:
    """The clause ties itself to the sentence before (أثناء ذلك، تعرضت، ثم ...)."""
    return _opens_with(folded, clause, cues().continuation)


def at_that_time(folded: str, clause: Clause) -> bool:
    """The clause ties itself to the very time of the sentence before (وقتل حينها، وقيل آنذاك)."""
    return _opens_with(folded, clause, cues().at_that_time)


def _opens_with(folded: str, clause: Clause, ties: tuple[str, ...]) -> bool:
    """One of `ties` stands among the first eight words of the clause."""
    opening = " " + " ".join(w.strip("«»“”\"") for w in first_words(folded, clause.start, clause.end, 8)) + " "
    return any(needle in opening for needle in _with_conjunctions(ties, " "))


def follows_up(folded: str, start: int, end: int) -> bool:
    """The sentence opens by going on with the report before it (وأضاف المرصد أن ...، وبحسب ...)."""
    return opens_with_one_of(folded, start, end, cues().follow_up)


def another_source_opens(folded: str, start: int, end: int) -> bool:
    """The sentence opens with another source or another scene (أما في ريف حمص، وبحسب مصادر محلية)."""
    return opens_with_one_of(folded, start, end, cues().follow_up_others)


def opens_with_one_of(folded: str, start: int, end: int, phrases: tuple[str, ...]) -> bool:
    """``folded[start:end]`` opens with one of the folded `phrases` of at most three words, a conjunction glued to
    it or not, quotes and commas left out (وبحسب المرصد، بالمقابل، قتل)."""
    opening = " ".join(w.strip("«»“”\"" + "".join(COMMAS)) for w in first_words(folded, start, end, 3))
    return (opening + " ").startswith(_with_conjunctions(phrases))


#: At most this many words stand between a follow-up verb and its complementizer (كما قال الجيش الأمريكي إن).
SPEAKER_WORDS = 3


def speaker_goes_on(folded: str, start: int, end: int, lead: tuple[int, int]) -> bool:
    """The sentence goes on with the report of the `lead` sentence (a folded span) by its speaker: a follow-up verb
    right before its complementizer (وتابع أن، كما أشارت إلى أن) or a speaker the lead names (كما قال الجيش إن), not
    another source (وذكرت وسائل إعلام أن، وأوضح مصدر أن) nor another scene (أما في ريف حمص، وبحسب المرصد)."""
    c = cues()
    words = [w.strip("«»“”\"") for w in first_words(folded, start, end, SPEAKER_WORDS + 3)]
    opening = " ".join(words) + " "
    phrase = next((p for p in _with_conjunctions(c.follow_up) if opening.startswith(p)), None)
    if phrase is None or opening.startswith(_with_conjunctions(c.follow_up_others)):
        return False
    after = words[len(phrase.split()):]
    said = next((i for i, w in enumerate(after[: SPEAKER_WORDS + 1]) if w in c.complementizers), None)
    if said is None:
        return False
    named = {without_articles(stem) for w in first_words(folded, *lead, 400) for stem in clitic_stems(w)}
    return all(w in c.follow_up_unnamed or without_articles(w) in named for w in after[:said])


def comes_after(folded: str, clause: Clause) -> bool:
    """The clause opens by placing what was just told after an earlier event (ويأتي ذلك غداة ...), not by saying
    where something was said (وجاء في بيان: `comes_stated`)."""
    opening = [w.strip("«»“”\"") for w in first_words(folded, clause.start, clause.end, 2)]
    return (" ".join(opening[:1]) + " ").startswith(_with_conjunctions(cues().comes)) and not (
        len(opening) > 1 and opening[1] in cues().comes_stated)


def same_time(folded: str, clause: Clause, across: bool = False) -> bool:
    """The clause opens by telling what happened at the same time as the clause before it (فيما، بينما),
    not by comparing with what is known (وكما هو معروف); `across` a full stop, only with a word that
    carries the time that far (كما)."""
    opening = " ".join(w.strip("«»“”\"") for w in first_words(folded, clause.start, clause.end, 3)) + " "
    c = cues()
    return opening.startswith(_with_conjunctions(c.same_time_sentence if across else c.same_time)) and not (
        opening.startswith(_with_conjunctions(c.same_time_asides)))


#: A word of `also` at most this many words after a trigger tells another attack of the time just told.
ALSO_WORDS = 3
#: At most this many words open a sentence before its place for it to open there (وفي إقليم س).
SCENE_WORDS = 3


def told_also(folded: str, clause: Clause, trigger: int) -> bool:
    """A word of `also` (أيضا) stands at most `ALSO_WORDS` words before or after the trigger at folded offset
    `trigger` in its clause (فجر التنظيم أيضا عربة، شن التحالف أيضا 13 غارة), no complementizer between (قالت
    الوكالة أيضا إن مدنيين قتلوا: the saying's also): another attack of the time just told."""
    c = cues()
    after = folded[trigger : clause.end].split()[1 : ALSO_WORDS + 1]
    before = folded[clause.start : trigger].split()[-ALSO_WORDS:]
    opens = max((n + 1 for n, w in enumerate(before) if w in c.complementizers), default=0)
    return any(w.strip("،,.«»\"()") in c.also for w in after + before[opens:])


def opens_as_also(folded: str, clause: Clause) -> bool:
    """The clause opens with a word that carries the time across a full stop (كما استهدفت الصواريخ مواقع قرب حمص),
    not comparing (كما هو معروف) nor going on with a report (كما قال الجيش): it tells an attack "also", as أيضا does."""
    return same_time(folded, clause, across=True) and not follows_up(folded, clause.start, clause.end)


#: An attack told by a reply verb opening its clause stands at most this many words after it (وردت القوات بقصف).
REPLY_WORDS = 4


def answers_back(folded: str, clause: Clause, trigger: int, later: tuple[int, ...] = ()) -> bool:
    """The clause opens with a reply verb (`reply_verbs`) and tells its attack, at folded offset `trigger`, at
    most `REPLY_WORDS` words on by a noun after a preposition of means (وردت القوات التركية بقصف مواقع التنظيم)
    or a projectile after a firing word with it (ويرد التنظيم بإطلاق قذائف): the answer to the attack just told.
    The trigger may be the answer's subject when another trigger of the clause, among `later`, stands there
    after it (ورد الطيران الحربي بقصف مواقع، بمهاجمة أهداف: `triggers.answers`)."""
    return _answer_at(folded, clause, trigger) or any(_answer_at(folded, clause, t) for t in later if t > trigger)


def _answer_at(folded: str, clause: Clause, trigger: int) -> bool:
    """The attack at folded offset `trigger` is told after the reply verb opening the clause and a preposition
    of means (`answers_back`), what the reply answers not counted (على الهجوم: `reply_objects` and one word)."""
    words = folded[clause.start : trigger].split()
    c = cues()
    opening = reply_opening(words)
    answered = next((n for n, w in enumerate(words[1:-2], 1) if w in c.reply_objects), None)
    if not opening or not 1 < len(words) - (opening - 1) - (0 if answered is None else 2) <= REPLY_WORDS + 1:
        return False
    return (words[-1] in c.reply_means and folded[trigger - 1] != " ") or (
        words[-1] in c.firing and words[-1].startswith(tuple(c.reply_means)))


def reply_opening(words: list[str]) -> int:
    """How many of a clause's first words open it as a reply: one for a reply verb (`reply_verbs`: وردت القوات),
    those of a passive or nominal opener (`reply_openers`: وتم الرد عليه), with or without its conjunction; 0 when
    none does."""
    c = cues()
    first = CLITICS.strip_conjunction(words[0].strip(QUOTES)) if words else ""
    if first in c.reply_verbs:
        return 1
    return next((len(opener.split()) for opener in c.reply_openers
                 if " ".join([first, *words[1 : len(opener.split())]]) == opener), 0)


def opens_with_reply(folded: str, clause: Clause) -> bool:
    """The clause opens with a reply verb or a passive or nominal opener of a reply (`reply_opening`)."""
    longest = max((len(opener.split()) for opener in cues().reply_openers), default=1)
    return reply_opening(first_words(folded, clause.start, clause.end, longest)) > 0


def separate_incident(folded: str, start: int, end: int) -> bool:
    """The sentence opens by saying it tells another incident (وفي حادثة منفصلة ...)."""
    opening = " ".join(w.strip(QUOTES + "،,") for w in first_words(folded, start, end, 5)) + " "
    return opening.startswith(_with_conjunctions(cues().separate))


def word_after(folded: str, tr: Trigger) -> str | None:
    """The word right after the trigger, if a word follows it."""
    match = NEXT_WORD.match(folded, tr.end)
    return match.group(1) if match else None


def another_incident(folded: str, trigger: Trigger) -> bool:
    """The trigger is a noun with a word of another incident right after it (تفجير آخر، غارة أخرى), or after
    one word that is no particle (اشتباكات مسلحة أخرى، هجوم إرهابي جديد; not غارة على بلدة أخرى)."""
    if trigger.verb:
        return False
    first = NEXT_WORD.match(folded, trigger.end)
    if first is None:
        return False
    if first.group(1) in cues().another:
        return True
    second = NEXT_WORD.match(folded, first.end())
    return second is not None and second.group(1) in cues().another and first.group(1) not in CLITICS.particles


def opens_at_its_place(folded: str, start: int, place_at: int) -> bool:
    """The sentence at folded offset `start` opens with a word of where and its place at `place_at` right after
    it, a head word at most between (وفي إقليم س، في مدينة س): the scene of what it tells."""
    opening = [w.strip(QUOTES + "*،,") for w in folded[start:place_at].split()]
    opening = [w for w in opening if w]
    return 1 <= len(opening) <= SCENE_WORDS and CLITICS.strip_conjunction(opening[0]) in cues().scene_openings


@lru_cache(maxsize=16)
def _with_conjunctions(phrases: tuple[str, ...], before: str = "") -> tuple[str, ...]:
    """Each of `phrases` after each conjunction prefix (none included) and `before`, then a space."""
    return tuple(f"{before}{c}{phrase} " for phrase in phrases for c in CLITICS.conjunction_prefixes)


def generic(folded: str, trigger: Trigger, event_type: str) -> bool:
    """The event's type is only that of one of the data's generic attack nouns in the singular or
    dual (الهجوم، هجوم إرهابي), typed by nothing else in its clause."""
    return trigger.event_type == event_type and without_articles(folded[trigger.start : trigger.end]) in cues().generic


def told_as_an_attack(folded: str, trigger: Trigger, event_type: str) -> bool:
    """The event's type is only that of one of the data's generic attack nouns, singular or plural
    (الهجوم، الهجمات الإرهابية), typed by nothing else in its clause."""
    return trigger.event_type == event_type and without_articles(folded[trigger.start : trigger.end]) in (
        cues().attack_words)


def several_told(folded: str, trigger: Trigger) -> bool:
    """The trigger tells several attacks: a lemma's plural (غارات) or a phrase opening with a plural of the data's
    generic attack nouns (هجمات كيماوية، هجمات بالغاز)."""
    first = folded[trigger.start : trigger.end].split()[:1]
    return trigger.plural or (bool(first) and without_articles(first[0]) in cues().attack_words - cues().generic)


def definite(folded: str, trigger: Trigger, places: list[tuple[int, object]] = ()) -> bool:
    """The trigger is a noun with the article (القصف، للقصف، والغارة) or one made definite by the
    noun after it (استهداف المواقع، هجوم دوما: the word after a noun form has the article or is a
    place among `places`, at their folded offsets)."""
    if with_article(folded, trigger):
        return True
    words = folded[trigger.start : trigger.end].split()
    if len(words) > 1 and not trigger.verb and not words[-1].startswith(CLITICS.article):
        return False  # إطلاق نار الثلاثاء، غارة جوية الأحد: a phrase ending indefinite, whatever follows it
    match = None if trigger.verb else NEXT_WORD.match(folded, trigger.end)
    if match is None:
        return False
    word = match.group(1)
    return (word.startswith(CLITICS.article) and word not in cues().article_lookalikes) or any(
        p == match.start(1) for p, _ in places)


def opens_with_a_verb(folded: str, clause: Clause) -> bool:
    """Right after the word that opens it (actors.toml ``[target] clause_openers``: كما، كذلك، بينما), the clause
    has a verb written as a trigger noun (``opening_verbs``: قصف) and a word with the article (، كذلك قصف الطيران
    الحربي مناطق): a verb and its subject telling another attack, not a construct noun re-telling one."""
    words = [w.strip(QUOTES) for w in first_words(folded, clause.start, clause.end, 3)]
    r = actors.rules()
    return len(words) == 3 and CLITICS.strip_conjunction(words[0]) in r.clause_openers and (
        words[1] in r.opening_verbs and words[2].startswith(CLITICS.article))


def with_article(folded: str, trigger: Trigger) -> bool:
    """The trigger's word has the article, after any proclitic (القصف، للقصف، والغارة)."""
    word = CLITICS.strip_conjunction(folded[actors.word_start(folded, trigger.start) : trigger.end])
    return word.startswith((CLITICS.article, CLITICS.lam_article, *(p + CLITICS.article for p in CLITICS.prepositions)))


def described(folded: str, trigger: Trigger) -> bool:
    """The trigger is a verb right after a relative pronoun (المدينة التي سيطر عليها التنظيم، الجيش
    الذي سيطر على جل المحافظة) or an indefinite noun of places (مناطق سيطرت عليها القوات): it
    describes what it follows rather than telling an attack; not in a cleft (القوات هي التي استعادت
    الرمادي)."""
    if not trigger.verb or not folded[trigger.start - 1 : trigger.start].isspace():
        return False
    before = [w.strip(QUOTES + "-\u2013\u2014،,") for w in folded[max(0, trigger.start - 20) : trigger.start].split()]
    if before and folded[trigger.start - 2 : trigger.start - 1].isalpha() and before[-1] in cues().indefinite_heads:
        return True  # من مناطق سيطرت عليها القوات: an indefinite noun described
    if not before or CLITICS.strip_conjunction(before[-1]) not in cues().relative_pronouns:
        return False
    return len(before) < 2 or before[-2] not in cues().cleft_pronouns
