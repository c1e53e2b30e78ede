"""Killed and injured counts of a clause, from digits or number words.

The vocabulary is data (``data/numbers.toml``). A count is read where a number
stands next to a toll word: before it (مقتل أكثر من 20، إصابة 25 من عناصر) or
after it (120 شهيدا، 17 جريحا), or a verb a few words after it (24 شخصا على الأقل
قتلوا), also written in brackets (استشهاد (15) وإصابة (33)); killed and injured
counted together (100 قتيل وجريح) give neither. A dual names two (جنديين), a
singular person one (قتل جندي; not شرطي أو اثنين). "أكثر من 20" gives 20 as a
minimum, and so does "20 مدنيا على الأقل"; a vague quantity gives its lower bound
as a minimum (عشرات → 10, مئات → 100) to compare tellings of an attack, but no
figure of its record (`Toll.figures`: the text gives no number). A toll word may
also stand further before a postposed numeral (مقتل عسكريين تركيين اثنين), and a
killing verb before its subject when people are counted (قتلت الغارات الروسية 80
شخصا). The victims are civilians or fighters when the words after the number say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from gazetteer.wordtrie import alternation
from timeline import DATA_DIR, read_data
from timeline.extract.cues import cues
from timeline.extract.morphology import possessed_forms
from timeline.extract.spans import Needing
from timeline.extract.triggers import triggers_data

DATA = DATA_DIR / "numbers.toml"
_CLITIC = CLITICS.pattern(CLITICS.toll_prefixes)
_ARTICLE = f"(?:{CLITICS.article})?"
#: Digits written in brackets (استشهاد (15) وإصابة (33)), as official statements set a count apart.
_BRACKETED_DIGITS = re.compile(r"\(\s*(\d[\d,.]*)\s*\)")


@dataclass(frozen=True)
class Toll:
    killed: int | None = None
    injured: int | None = None
    minimum: bool = False  #: at least one count written as a number is a lower bound (أكثر من 20)
    victims: str | None = None  #: civilians | fighters
    combined: int | None = None  #: the dead and the wounded counted together (مقتل وإصابة 20، 100 قتيل وجريح)
    #: by a number, not a vague quantity (عشرات القتلى والجرحى)
    #: told by a definite noun retelling the attack (وأسفرت الغارات عن مقتل 15: `merging.tolled_by_retelling`),
    #: not in the attack's own clause: a toll another telling of it gives in its own clause comes first
    borrowed: bool = False
    #: the first of two counts of the dead added up (مقتل عنصرين من الحزب وثلاثة من اللجان: 2 of 5), the dead of
    #: one group, which another telling of the attack may count alone (مقتل اثنين من عناصره)
    first_part: int | None = None
    #: the counts told only by a vague quantity (عشرات القتلى: killed), whose lower bound compares tellings of an
    #: attack (`bounded`) but is no figure of its record: the text gives no number
    vague: frozenset[str] = frozenset()

    @property
    def told(self) -> bool:
        """Whether the text gives a count of the dead or of the wounded, apart or together."""
        return self.killed is not None or self.injured is not None or self.combined is not None

    @property
    def bounded(self) -> bool:
        """Some count is a lower bound: written as a number (أكثر من 20) or a vague quantity (عشرات → 10)."""
        return self.minimum or bool(self.vague)

    @property
    def figures(self) -> tuple[int | None, int | None]:
        """The killed and injured counts the text gives as numbers: none for a vague quantity (عشرات → None)."""
        return (None if "killed" in self.vague else self.killed), (None if "injured" in self.vague else self.injured)

    def part_of(self, whole: Toll) -> bool:
        """The dead counted here are the first group of the dead `whole` adds up (مقتل اثنين من عناصره; مقتل عنصرين من
        الحزب وثلاثة من اللجان: `first_part`): one group's dead of the attack `whole` counts in full."""
        return self.killed is not None and self.killed == whole.first_part


def _alt(words: list[str]) -> str:
    """Any of the folded `words`, the longest first; their words may stand apart by any spaces."""
    return alternation({" ".join(normalize(w).split()) for w in words}, space=r"\s+")


def _table(section: dict[str, list[str]]) -> dict[str, int]:
    return {" ".join(normalize(w).split()): int(v) for v, words in section.items() for w in words}


def _first_words(phrases: list[str]) -> frozenset[str]:
    """The first word of each of `phrases`, folded."""
    return frozenset(normalize(p).split()[0] for p in phrases)


@dataclass(frozen=True)
class _Rules:
    number: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    after_verb: re.Pattern[str]
    #: a verb of the dead or the wounded four or five words after a count of people (13 عنصرا من تنظيم داعش قتلوا)
    after_verb_far: re.Pattern[str]
    before_far: re.Pattern[str]
    subject_verb: re.Pattern[str]
    #: a verb before a phrase of its circumstances and its subject, four to twelve words in all, then a count of
    #: people (وقتل في الغارات الاثنين على المنطقة أكثر من 100 شخص، وقتل ليلا في مدينتي س وص أكثر من 50 شخصا)
    subject_verb_far: re.Pattern[str]
    subject_verbs: frozenset[str]  #: the first words of the verbs before their subject (قتلت، أصاب، أودى)
    #: a killing verb before its subject and a count whose noun is any indefinite accusative (قتل مسلح 38 سائحا)
    killing_verb: re.Pattern[str]
    persons: re.Pattern[str]
    things: re.Pattern[str]  #: what is counted when it is not people (سقوط 160 قذيفة)
    postposed: frozenset[str]
    combined: re.Pattern[str]
    joined: re.Pattern[str]  #: a killed and an injured word joined before one number (مقتل وجرح 45)
    partitive: re.Pattern[str]  #: the word between a number and what it counts (مئات من الغارات)
    together: frozenset[str]  #: words before a count of others harmed with one told before (قتل مع ثلاثة آخرين)
    victims: re.Pattern[str]
    cardinals: dict[str, int]  #: number words, counted persons (جنديين) and duals of the dead (قتيلين)
    counts: dict[str, int]  #: what the reader counts: the cardinals, a singular person and one of a group
    vague: dict[str, int]
    multipliers: dict[str, int]
    minimum: frozenset[str]
    minimum_after: re.Pattern[str]
    singular: frozenset[str]  #: singular persons that count one after a toll word (قتل جندي)
    #: number words that are people themselves (جندي، جنديان; not اثنين): a day or a thing after them is no
    #: thing counted (قتل جنديان يوم الأحد)
    people: frozenset[str]
    alternative: re.Pattern[str]  #: an alternative after a count (شرطي أو اثنين): the count is not sure
    #: duals of the dead or the wounded, to which they count (قتيلين: killed)
    dual_victims: dict[str, str]
    #: a person or a count joined to a singular person right after it (ضابط وثلاثة جنود)
    joined_person: re.Pattern[str]
    joined_kin: re.Pattern[str]  #: one's kin joined right after a singular person (امرأة وطفلها)
    one_of: frozenset[str]  #: one of a group (أحد، إحدى), counting one before the group's people
    titles: frozenset[str]  #: definite titles before a name, counting one after a toll word of `title_tolls`
    title_tolls: re.Pattern[str]  #: the toll words a title counts after (مقتل القيادي; not وفاة الزعيم)
    group: re.Pattern[str]  #: the people of a group after "one of" (عناصر، أفرادها، المسعفات، قادته)
    #: nobody hurt, killed or injured (دون وقوع إصابات، لم يسفر عن سقوط قتلى)
    none: Needing
    #: a singular person in the accusative before its own verb (إن شخصا واحدا على الأقل قتل), no count after it
    singular_verb: Needing
    #: a singular person in the accusative ending the text (إن رجلا واحدا على الأقل)
    singular_end: re.Pattern[str]
    #: a word of the dead or the wounded before what happened to them (مقتل، إصابة), anywhere
    harmed: re.Pattern[str]
    #: a second count glued to و at most four words after a count (25 مسلحا من التنظيم وسبعة)
    second_count: re.Pattern[str]
    #: a second count after a word of "in addition to" at most six words after a count (26 منهم بالإضافة إلى 9)
    besides_count: re.Pattern[str]
    #: another one harmed, after a word of the dead or the wounded glued to و (وأصيب آخر، وإصابة الآخر)
    another: Needing
    #: a name after a noun of violent death, then a title in apposition after a comma (مقتل فلان، زعيم الجماعة)
    named_one: Needing
    name_breaks: frozenset[str]  #: words that are no part of a name (في، خلال، من)


@cache
def rules() -> _Rules:
    data = read_data(DATA)
    q, t, v = data["qualifiers"], data["toll"], data["victims"]
    of = rf"(?:(?:{_alt(t['partitive'])})\s+)?"
    others = rf"(?:(?:{_alt(list(cues().others))})\s+)?"  # 20 آخرون جرحى: the others counted, then what befell them
    dual_plural = "|".join(CLITICS.dual_plural)
    dual_victims = {" ".join(normalize(w).split()): kind for kind, words in data["counted_victims"].items()
                    for w in words}
    cardinals = _table(data["cardinals"]) | _table(data["counted_persons"]) | dict.fromkeys(dual_victims, 2)
    vague, multipliers = _table(data["vague"]), _table(data["multipliers"])
    titles = frozenset(normalize(w) for w in data["singular"]["titles"])
    singular = frozenset(normalize(w) for w in data["singular"]["persons"]) | titles
    one_of = frozenset(normalize(w) for w in data["singular"]["one_of"])
    counts = cardinals | dict.fromkeys(singular | one_of, 1)
    groups = data["singular"]["groups"] + v["civilians"] + v["fighters"]
    count = (
        rf"(?:(?<!\d)(?P<digits>\d[\d,.]*+)|{_CLITIC}(?P<vague>{_alt(list(vague))})|(?P<word>{_alt(list(counts))}))"
        rf"(?:\s+(?P<mult>{_alt(list(multipliers))}))?(?![^\W\d_])"
    )
    number = rf"(?:(?P<qual>{_alt(q['minimum'] + q['approximate'])})\s+)?{count}"
    subject = r"(?:\s+[^\W\d_]+){1,3}\s*$"  # one to three words of the verb's subject, ending the text
    # a verb of the dead after its subject is no word joined to a wounded one (7 قتلوا وأصيب 2: two tolls)
    nouns_before = [w for w in t["killed_before"] if w not in t["killed_verbs"]]
    verb_after = (rf"{_CLITIC}(?:(?P<killed>{_alt(t['killed_verbs'])})|(?P<injured>{_alt(t['injured_verbs'])}))"
                  rf"(?![^\W\d_])")
    verb_before = (rf"(?<![^\W\d_]){_CLITIC}(?:(?P<killed>{_alt(t['killed_subject_verbs'])})"
                   rf"|(?P<injured>{_alt(t['injured_subject_verbs'])}))")
    return _Rules(
        number=re.compile(number),
        before=re.compile(
            rf"(?<![^\W\d_]){_CLITIC}(?:(?P<killed>{_alt(t['killed_before'])})|(?P<injured>{_alt(t['injured_before'])}))\s*$"
        ),
        after=re.compile(
            rf"^\s*{of}{others}{_ARTICLE}(?:(?P<killed>{_alt(t['killed_after'])})|(?P<injured>{_alt(t['injured_after'])}))(?![^\W\d_])"
        ),
        after_verb=re.compile(rf"^\s*(?:[^\W\d_]+\s+){{0,3}}?{verb_after}"),
        after_verb_far=re.compile(rf"^\s*(?:[^\W\d_]+\s+){{4,5}}?{verb_after}"),
        before_far=re.compile(
            rf"(?<![^\W\d_]){_CLITIC}(?:(?P<killed>{_alt(t['killed_before'])})|(?P<injured>{_alt(t['injured_before'])}))"
            rf"(?:\s+[^\W\d_]+)?\s+[^\W\d_]+(?:{dual_plural})\s*$"
        ),
        subject_verb=re.compile(verb_before + subject),
        subject_verb_far=re.compile(
            verb_before + rf"(?P<subject>\s+(?:{_alt(t['circumstances'])})(?:\s+[^\W\d_]+){{3,11}})\s*$"),
        subject_verbs=_first_words(t["killed_subject_verbs"] + t["injured_subject_verbs"]),
        killing_verb=re.compile(rf"(?<![^\W\d_]){_CLITIC}(?P<killed>{_alt(t['killed_subject_verbs'])})" + subject),
        persons=re.compile(
            rf"^\s*{_CLITIC}(?:{_alt(t['persons'] + v['civilians'] + v['fighters'])})(?![^\W\d_])"
        ),
        things=re.compile(rf"^\s*{_CLITIC}(?:{_alt(t['things'])})(?![^\W\d_])"),
        postposed=frozenset(normalize(w) for w in t["postposed"]),
        combined=re.compile(rf"^\s*{of}(?:{_alt(t['combined'])})(?![^\W\d_])"),
        partitive=re.compile(_alt(t["partitive"])),
        together=frozenset(normalize(w) for w in t["together"]),
        joined=re.compile(
            rf"(?<![^\W\d_]){_CLITIC}(?:{_alt(nouns_before)}|{_alt(t['injured_before'])})\s+{CLITICS.list_conjunction}"
            rf"(?:{_alt(nouns_before)}|{_alt(t['injured_before'])})\s*$"
        ),
        victims=re.compile(
            rf"^\s*(?:\S+\s+)?(?:\S+\s+)?{_CLITIC}(?:(?P<civilians>{_alt(v['civilians'])})|(?P<fighters>{_alt(v['fighters'])}))(?![^\W\d_])"
        ),
        cardinals=cardinals,
        counts=counts,
        vague=vague,
        multipliers=multipliers,
        minimum=frozenset(" ".join(normalize(w).split()) for w in q["minimum"]),
        minimum_after=re.compile(rf"^\s*(?:[^\W\d_]+\s+)?(?:{_alt(q['minimum_after'])})(?![^\W\d_])"),
        singular=singular,
        people=singular | frozenset(w for w, v in cardinals.items() if v == 2 and " " not in w) - frozenset(
            normalize(w) for w in t["postposed"]),
        alternative=re.compile(rf"^\s*(?:{_alt(data['singular']['alternatives'])})(?![^\W\d_])"),
        dual_victims=dual_victims,
        joined_person=re.compile(rf"(?:\s+[^\W\d_]+){{0,2}}?\s+{CLITICS.list_conjunction}{count}"),
        joined_kin=re.compile(rf"\s+{CLITICS.list_conjunction}(?:{_alt(_kin_forms(data['singular']['kin']))})(?![^\W\d_])"),
        one_of=one_of,
        titles=titles,
        title_tolls=re.compile(rf"(?<![^\W\d_]){_CLITIC}(?:{_alt(data['singular']['title_tolls'])})\s*$"),
        group=re.compile(rf"\s*(?:{_ARTICLE}(?:{_alt(groups)})(?:{'|'.join(CLITICS.pronoun_suffixes)})?"
                         rf"|{_alt([f for g in groups for f in possessed_forms(g)])})(?![^\W\d_])"),
        none=Needing(_none_pattern(data["none"]), (_first_words(
            data["none"]["casualties"] + data["none"]["killed"] + data["none"]["injured"]),)),
        singular_verb=Needing(re.compile(
            rf"{_singular_subject(data)}\s+(?:(?P<killed>{_alt(t['singular_killed_verbs'])})"
            rf"|(?P<injured>{_alt(t['singular_injured_verbs'])}))(?![^\W\d_])"
            rf"(?!\s+{_CLITIC}(?:{_alt(list(counts) + t['persons'] + v['civilians'] + v['fighters'])}))"
            rf"(?!\s+(?:\d|{_alt(list(vague))}))"
        ), (frozenset(normalize(p) + CLITICS.accusative for p in data["singular"]["persons"]),)),
        singular_end=re.compile(rf"{_singular_subject(data)}\s*$"),
        harmed=re.compile(
            rf"(?<![^\W\d_]){_CLITIC}(?:{_alt(t['killed_before'])}|{_alt(t['injured_before'])})(?![^\W\d_])"),
        second_count=re.compile(rf"(?P<between>(?:\s+[^\W\d_]+){{0,4}}?)\s+{CLITICS.list_conjunction}\s*{count}"),
        besides_count=re.compile(
            rf"(?P<between>(?:\s+[^\W\d_]+){{0,6}}?)\s+(?:{_alt(triggers_data()['clauses']['besides'])})\s+{count}"),
        another=Needing(re.compile(
            rf"(?<![^\W\d_]){CLITICS.list_conjunction}(?:(?P<killed>{_alt(t['killed_before'])})"
            rf"|(?P<injured>{_alt(t['injured_before'])}))\s+(?:{_alt(data['singular']['another'])})(?![^\W\d_])"),
            (frozenset(normalize(w) for w in data["singular"]["another"]),)),
        named_one=Needing(re.compile(
            rf"(?<![^\W\d_]){_CLITIC}(?:{_alt(data['singular']['title_tolls'])})(?P<name>(?:\s+[^\W\d_]+){{1,4}}?)"
            rf"\s*[,\u060c]\s*(?:{_alt(data['singular']['appositions'])}|(?:{_alt(data['singular']['one_of'])})\s+"
            rf"(?:{_ARTICLE}(?:{_alt(groups)})))(?![^\W\d_])"),
            (frozenset(normalize(w) for w in data["singular"]["appositions"] + data["singular"]["one_of"]),)),
        name_breaks=frozenset(normalize(w) for w in t["circumstances"] + t["partitive"]),
    )


@cache
def killed_verbs() -> frozenset[str]:
    """The verbs of the dead, plural and singular (قتلوا، قتل، لقي حتفه), folded."""
    t = read_data(DATA)["toll"]
    return frozenset(normalize(w) for w in t["killed_verbs"] + t["singular_killed_verbs"])


def tells_a_death(words: list[str]) -> bool:
    """The folded `words` write a verb of the dead (قتل، وقتلوا، لقي حتفه), a conjunction glued or not."""
    verbs = killed_verbs()
    return any(CLITICS.strip_conjunction(" ".join(words[i : i + n])) in verbs
               for i in range(len(words)) for n in (1, 2))


@cache
def injured_verbs() -> frozenset[str]:
    """The verbs of the wounded, plural and singular (أصيبوا، أصيب), folded."""
    t = read_data(DATA)["toll"]
    return frozenset(normalize(w) for w in t["injured_verbs"] + t["singular_injured_verbs"])


def _kin_forms(kin: list[str]) -> list[str]:
    """Each of `kin` with a pronoun suffix (طفلها، زوجته)."""
    return [form for k in kin for form in (possessed_forms(k) or [k + p for p in CLITICS.pronoun_suffixes])]


def _singular_subject(data: dict) -> str:
    """A singular person in the accusative, "one" and "at least" after it (رجلا واحدا على الأقل)."""
    t, q = data["toll"], data["qualifiers"]
    return (rf"(?<![^\W\d_])(?:{_alt(data['singular']['persons'])}){CLITICS.accusative}"
            rf"(?P<one>\s+(?:{_alt(t['one'])}))?(?P<least>\s+(?:{_alt(q['minimum_after'])}))?")


def _none_pattern(none: dict[str, list[str]]) -> re.Pattern[str]:
    """A negation, up to five linking words and what did not happen, named by its kind."""
    return re.compile(
        rf"(?<![^\W\d_]){_CLITIC}(?:{_alt(none['negations'])})(?:\s+{_CLITIC}(?:{_alt(none['between'])})){{0,5}}\s+"
        rf"(?:(?P<casualties>{_alt(none['casualties'])})|(?P<killed>{_alt(none['killed'])})"
        rf"|(?P<injured>{_alt(none['injured'])}))(?![^\W\d_])"
    )


def _value(m: re.Match[str], r: _Rules) -> int | None:
    if m.group("digits"):
        digits = m.group("digits").rstrip(",.").replace(",", "")
        if not digits.isdecimal():
            return None
        value = int(digits)
    elif m.group("vague"):
        value = r.vague[" ".join(m.group("vague").split())]
    else:
        value = r.counts[" ".join(m.group("word").split())]
    if m.group("mult"):
        value *= r.multipliers[" ".join(m.group("mult").split())]
    return value


def _far(m: re.Match[str], folded: str, rest: str, r: _Rules) -> re.Match[str] | None:
    """A toll word further before the number: before a postposed numeral and its dual or plural
    noun (عسكريين تركيين اثنين, not شرطي أو اثنين), or a verb before its subject (قتلت الغارات
    الروسية 80 شخصا; before a phrase of its circumstances: وقتل في الغارات على المنطقة أكثر من 100 شخص), a killing
    verb before any indefinite accusative it counts (قتل مسلح 38 سائحا: who is killed is a person; what is hit, أصاب
    20 هدفا, need not be); or a verb four or five words after a count of people, no word of the dead or the wounded
    between (13 عنصرا من تنظيم داعش قتلوا، اثنين من أفراد قوات الأمن قتلا)."""
    if m.group("word") and m.group("word") in r.postposed and not m.group("qual"):
        postposed = r.before_far.search(folded[max(0, m.start() - 40) : m.start()])
        if postposed or not _partitive_first(rest, r):
            return postposed
    if r.persons.match(rest) or _partitive_first(rest, r):
        verb = r.after_verb_far.match(rest)
        if verb and not any(harmed(w) for w in rest[: verb.start("killed") if verb.group("killed")
                                                       else verb.start("injured")].split()):
            return verb
    if r.persons.match(rest) or _people_word(m, folded, r):
        return (r.subject_verb.search(folded[max(0, m.start() - 50) : m.start()])
                or _verb_before_far(folded[max(0, m.start() - SUBJECT_WINDOW_CHARS) : m.start()], r))
    if _accusative_noun(rest):
        return r.killing_verb.search(folded[max(0, m.start() - 50) : m.start()])
    return None


def _its_verb_after(rest: str, r: _Rules) -> re.Match[str] | None:
    """A toll verb up to three words after the count (`rest`), no other count between: a count nearer the verb is
    its subject (أعلن المرصد الاثنين أن ثمانية مدنيين قتلوا: eight, not the two of Monday's name)."""
    verb = r.after_verb.match(rest)
    if verb is None:
        return None
    between = rest[: verb.start("killed") if verb.group("killed") else verb.start("injured")].split()
    return None if any(_a_count_of_its_own(w, r) for w in between) else verb


def _a_count_of_its_own(word: str, r: _Rules) -> bool:
    """The word writes a number (ثمانية، عشرات), not a dual noun of people counted by its own word (ستة شرطيين
    قتلوا: the noun the six count)."""
    m = r.number.fullmatch(word)
    return m is not None and m.group("word") not in r.people


def _people_word(m: re.Match[str], folded: str, r: _Rules) -> bool:
    """The count is a word of people themselves, standing as a word of its own (قتل انفجار جنديين; not the end of
    another word: اشخصين)."""
    return m.group("word") in r.people and not _inside_a_word(folded, m.start("word"))


#: The characters before a count where `_verb_before_far` looks for its verb.
SUBJECT_WINDOW_CHARS = 150


def _verb_before_far(window: str, r: _Rules) -> re.Match[str] | None:
    """A verb of the dead or the wounded before a phrase of its circumstances (في، ليلا) and the count `window` ends
    with, four to twelve words between, no punctuation, number or other word of the dead or the wounded among them
    (وقتل في الغارات والقصف الاثنين على المنطقة أكثر من 100 شخص; not قتل في هجوم أصاب 7 أشخاص)."""
    verb = r.subject_verb_far.search(window)
    if verb is None or any(harmed(w) or CLITICS.strip_conjunction(w) in r.subject_verbs
                            for w in verb.group("subject").split()):
        return None
    return verb


def _partitive_first(rest: str, r: _Rules) -> bool:
    """The first word of `rest` is the partitive (اثنين من أفراد قوات الأمن)."""
    words = rest.split(maxsplit=1)
    return bool(words) and r.partitive.fullmatch(words[0]) is not None


def _accusative_noun(rest: str) -> bool:
    """The first word of `rest` is an indefinite accusative noun (سائحا، فلسطينيا), the counted noun of 11 to 99."""
    words = rest.split(maxsplit=1)
    return bool(words) and words[0].isalpha() and len(words[0]) > 2 and words[0].endswith(CLITICS.accusative)


def _year(m: re.Match[str], value: int) -> bool:
    """The number is written as a year (عام 2004), not a count."""
    return bool(m.group("digits")) and len(m.group("digits")) == 4 and 1900 < value < 2100


def count_before(folded: str, start: int) -> int | None:
    """The number standing right before folded offset `start`, a partitive between them (600 غارة، مئات
    الغارات، آلاف من الضربات), or None."""
    return _count_ending(folded[max(0, start - COUNT_WINDOW_CHARS) : start])


#: The characters before an offset where `count_before` looks for a number.
COUNT_WINDOW_CHARS = 40


@lru_cache(maxsize=4096)
def _count_ending(window: str) -> int | None:
    """`count_before` of the text `window` ends (remembered: several rules ask it of one trigger, in an article's
    text and in its clause's)."""
    r = rules()
    for m in r.number.finditer(window):
        if m.start() > 0 and not window[m.start() - 1].isspace():
            continue  # inside a word (الإسلامية)
        between = window[m.end() :].split()
        value = _value(m, r)
        if value is None or _year(m, value):
            continue  # a year (عام 2004 تفجير)
        if not between or (len(between) == 1 and r.partitive.fullmatch(between[0])):
            return value
    return None


def harmed(word: str) -> bool:
    """The folded word tells the dead or the wounded (قتل، مقتل، أصيب، جرحى), a clitic glued or not."""
    return rules().harmed.fullmatch(word) is not None


def counts_people(word: str) -> bool:
    """The folded word counts or names people who may be counted (8، عشرات، مسلحان، عناصر، جنود), a clitic glued or
    not: a number, a person, a victim or a fighter, one of a group, or the dual of one (مسلحان as مسلحين)."""
    r = rules()
    if number_of(word) is not None or r.persons.match(word) or r.group.fullmatch(word):
        return True
    stems = [word[: -len(e)] for e in CLITICS.dual_plural if word.endswith(e)]
    return any(s in r.singular or any(r.persons.match(s + e) for e in CLITICS.dual_plural) for s in stems)


def count_people(words: list[str]) -> bool:
    """The folded `words` count people: a number with its qualifier or not (أكثر من عشرة، قرابة 25), then words
    counting or naming people (`counts_people`), or those words alone (مسلحان، ثلاثة جنود)."""
    joined = " ".join(words)
    m = rules().number.match(joined)
    rest = joined[m.end() :].split() if m else words
    return bool(words) and all(counts_people(w) for w in rest)


def partitive(word: str) -> bool:
    """The folded word is the partitive between a count and what it counts (من)."""
    return rules().partitive.fullmatch(word) is not None


@cache
def _harmed_verbs() -> frozenset[str]:
    """The plural verbs of the dead and the wounded after their subject (قتلوا، لقوا مصرعهم، أصيبوا), folded."""
    t = read_data(DATA)["toll"]
    return frozenset(normalize(w) for w in t["killed_verbs"] + t["injured_verbs"])


def harmed_verb_words(words: list[str]) -> int:
    """How many of the first `words` write a plural verb of the dead or the wounded (قتلوا: 1، لقوا مصرعهم: 2), a
    conjunction glued or not; 0 when they write none."""
    verbs = _harmed_verbs()
    return next((n for n in (2, 1) if len(words) >= n and CLITICS.strip_conjunction(" ".join(words[:n])) in verbs), 0)


def toll_opening(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a second toll opens right after the last comma between `start` and `end` of `text` (folded or not): a
    count or a word of the dead or the wounded glued to و (بلدة سراقب، وثلاثة في مدينة حماة؛ ...، وأصيب عشرة في قصف),
    as the offset of that word and the number of words from it to `end`; None without one."""
    comma = max(text.rfind(c, start, end) for c in ",\u060c")
    words = text[comma + 1 : end].split() if comma >= 0 else []
    first = normalize(words[0]) if words else ""
    rest = first[len(CLITICS.list_conjunction) :] if first.startswith(CLITICS.list_conjunction) else ""
    if not rest or (number_of(rest) is None and not harmed(rest)):
        return None
    return text.find(words[0], comma), len(words)


def kin_joined(folded: str, end: int) -> bool:
    """One's kin is joined by و right after folded offset `end` (امرأة وطفلها): one more of the dead."""
    return rules().joined_kin.match(folded, end) is not None


def number_of(word: str) -> int | None:
    """The number a folded word writes (اربعه، 4), or None."""
    r = rules()
    m = r.number.fullmatch(word)
    return None if m is None else _value(m, r)


def counted_before(folded: str, start: int) -> bool:
    """A count stands right before folded offset `start` (80 غارة), even after a qualifier glued to a preposition
    (بأكثر من 80 غارة, which `count_before` reads as inside a word): a number in digits or `count_before`'s."""
    if count_before(folded, start) is not None:
        return True
    window = folded[max(0, start - 40) : start]
    return any(m.group("digits") and not _year(m, int(v)) and not window[m.end() :].split()
               for m in rules().number.finditer(window) if (v := _value(m, rules())) is not None)


def _joined(r: _Rules, folded: str, start: int) -> bool:
    """A killed and an injured word joined right before the number at `start` (مقتل وجرح 45، قتل وأصيب
    30 شخصا), not after a singular person who was killed (طفل قتل وأصيب 15 مدنيا)."""
    joined = r.joined.search(folded[max(0, start - 30) : start])
    if not joined:
        return False
    before = folded[max(0, start - 60) : max(0, start - 30) + joined.start()]
    words = before.split()
    if words and words[-1].removesuffix(CLITICS.accusative) in r.singular:  # طفل، طفلا
        return False
    return not r.singular_end.search(before)  # رجلا واحدا على الأقل قتل وأصيب 6


def _inside_a_word(folded: str, start: int) -> bool:
    """Letters stand before `start`, other than one conjunction or preposition glued to it (وجريحين، بقتيلين)."""
    before = folded[max(0, start - 2) : start]
    if not before or not before[-1].isalpha():
        return False
    return before[-1] not in CLITICS.plain_prefixes or (len(before) == 2 and before[0].isalpha())


def _counts_a_person(m: re.Match[str], kind_match: re.Match[str], before: re.Match[str] | None, folded: str,
                     r: _Rules) -> bool:
    """A singular person counts one only right after its toll word (قتل جندي; not عناصر بينهم قيادي
    قتلوا, أحد القتلى هو), a title only after a toll word of violent death (مقتل القيادي; not وفاة الزعيم), and one
    of a group only before the group's people (مقتل أحد عناصر)."""
    word = m.group("word")
    if word not in r.singular and word not in r.one_of:
        return True
    if kind_match is not before:
        return False
    if word in r.titles:
        return bool(r.title_tolls.search(folded, max(0, m.start() - 30), m.start()))
    return word not in r.one_of or bool(r.group.match(folded, m.end()))


def _with_joined(m: re.Match[str], folded: str, value: int, r: _Rules) -> int | None:
    """A singular person's count with the person or people joined right after it (مقتل ضابط وثلاثة
    جنود: 4, رجل وامرأة: 2, ضابط وجنديين: 3, امرأة وطفلها: 2; after a title, a count of some of his men: مقتل الوالي
    وثلاثة من مساعديه: 4); None when what is joined is counted vaguely (طفل وعشرات المدنيين)."""
    if m.group("word") not in r.singular:
        return value
    joined = r.joined_person.match(folded, m.end())
    if not joined:
        return value + 1 if kin_joined(folded, m.end()) else value  # امرأة وطفلها
    rest = folded[joined.end() : joined.end() + 60]
    if joined.group("word") in r.one_of:
        return value + 1 if r.group.match(folded, joined.end()) else value  # قائد وأحد العناصر
    of_his_men = m.group("word") in r.titles and r.partitive.match(rest.strip())  # مقتل الوالي وثلاثة من مساعديه
    if joined.group("word") not in r.people and not (
            r.persons.match(rest) or r.victims.match(rest) or _others_after(folded, joined.end()) or of_his_men):
        return value  # مقتل طفل وخمسة من ... : not sure the count is of people
    more = _value(joined, r)
    return None if more is None or joined.group("vague") else value + more


def _others_after(folded: str, end: int) -> bool:
    """One of the words that count others (آخرين، آخرون) stands among the three words after folded offset `end`."""
    return not cues().others.isdisjoint(folded[end : end + 60].split()[:3])


def _with_the_one_before(m: re.Match[str], folded: str, value: int, by_its_verb: bool, r: _Rules) -> int:
    """A count of others harmed with one told before it counts that one too: after a word of together (قتل مع
    ثلاثة عناصر آخرين: 4; مع مسلحين اثنين آخرين: 3), or glued to و before its own verb (إن قياديا في التنظيم
    وخمسة مسلحين آخرين قتلوا: 6)."""
    if not _others_after(folded, m.end()):
        return value
    words = folded[max(0, m.start() - 20) : m.start()].split()
    glued = m.start() > 0 and folded[m.start() - 1] == CLITICS.list_conjunction and (
        m.start() == 1 or folded[m.start() - 2].isspace())
    if m.group("word") in r.postposed:
        words = words[:-1]  # مع مسلحين اثنين آخرين
    together = not folded[m.start() - 1 : m.start()].strip() and bool(words) and words[-1] in r.together
    return value + 1 if together or (glued and by_its_verb) else value


def _with_a_second_count(m: re.Match[str], folded: str, value: int, r: _Rules) -> int:
    """A count of the dead with a second count of people glued to و at most four words after it, or after a word of
    "in addition to" at most six words after it (``[clauses] besides`` in ``triggers.toml``: مقتل 26 مقاتلا من قوات
    النظام السوري إضافة إلى تسعة روس: 35), no punctuation between, added to it (مقتل 25 مسلحا من التنظيم وسبعة من
    المدافعين: 32; قتل 15 طفلا وامرأتان: 17); not a vague count, nor a dual of the dead or the wounded, nor one of the
    wounded, of things, or of what is not told to be people (و3 في إدلب)."""
    if m.group("word") in r.singular:
        return value  # `_with_joined` counts what is joined to a singular person
    second = r.second_count.match(folded, m.end()) or r.besides_count.match(folded, m.end())
    if not second or second.group("vague") or r.dual_victims.get(" ".join((second.group("word") or "").split())):
        return value  # قتيلين وجريحين: a dual of the dead or the wounded is a toll of its own
    if any(w in r.counts for w in second.group("between").split()):
        return value  # شخصين هما رجل وامرأة: the second count names who the first counts
    more = _value(second, r)
    rest = folded[second.end() : second.end() + 60]
    if more is None or _year(second, more) or r.after.match(rest) or r.combined.match(rest) or r.things.match(rest):
        return value
    words = rest.split(maxsplit=1)
    people = (second.group("word") in r.people or r.persons.match(rest) or r.victims.match(rest)
              or (bool(words) and r.partitive.fullmatch(words[0]) is not None))
    return value + more if people else value


def _nobody(folded: str, r: _Rules) -> tuple[int | None, int | None]:
    """(killed, injured) of 0 where the clause says nobody was killed, injured or hurt."""
    said = r.none.search(folded)
    if not said:
        return None, None
    return (0 if not said.group("injured") else None), (0 if not said.group("killed") else None)


def _one_by_its_verb(folded: str, r: _Rules, killed: int | None, injured: int | None,
                     minimum: bool) -> tuple[int | None, int | None, bool]:
    """One killed or injured where a singular person in the accusative stands before its own verb (إن
    شخصا واحدا على الأقل قتل), the counts found so far kept; a count or person after the verb is its
    object (إن رجلا قتل ثلاثة), and a number before the person counts it (1280 شخصا قتل): none. A person killed
    and others wounded in one breath (طفلا قتل وأصيب 15) count one dead and the wounded."""
    for m in r.singular_verb.finditer(folded):
        if count_before(folded, m.start()) is not None:
            continue  # 1280 شخصا قتل: the number counts them
        if m.group("killed") and killed is None:
            killed, minimum = 1, minimum or bool(m.group("least"))
        elif m.group("injured") and injured is None:
            injured, minimum = 1, minimum or bool(m.group("least"))
    return killed, injured, minimum


def _another_one(folded: str, r: _Rules, killed: int | None, injured: int | None) -> tuple[int | None, int | None]:
    """One more killed or injured where another is told harmed after a word of the dead or the wounded glued to و
    (قتل شرطي وأصيب آخر: injured 1; مقتل أحدهما وإصابة الآخر), the counts found so far kept."""
    for m in r.another.finditer(folded):
        if m.group("killed") and killed is None:
            killed = 1
        elif m.group("injured") and injured is None:
            injured = 1
    return killed, injured


def _one_named(folded: str, r: _Rules) -> bool:
    """A name stands after a noun of violent death, a title in apposition to it after a comma (مقتل فلان الفلاني،
    زعيم الجماعة؛ مقتل فلان، أحد قادة التنظيم): one dead; not where what stands before the comma counts people or
    tells a circumstance (مقتل مدنيين في القصف، أحد ...)."""
    m = r.named_one.search(folded)
    return m is not None and not any(
        w in r.name_breaks or counts_people(w) or harmed(w) for w in m.group("name").split())


def casualties_named(folded: str) -> bool:
    """The folded clause tells a toll, or names the dead or the wounded without counting them: a killed or
    injured word with civilians or fighters at most two words after it (ما أسفر عن إصابة مدنيين، إصابة العديد من
    المدنيين، مقتل وجرح عناصر من القوات)."""
    r = rules()
    return find_toll(folded).told or any(r.victims.match(folded[m.end() :]) for m in r.harmed.finditer(folded))


def told_vaguely(folded: str) -> bool:
    """The folded clause counts its dead or wounded only by vague quantities (خلف عشرات القتلى، مئات الجرحى): a toll
    told, and no count in it written by a number or a number word."""
    r = rules()
    counts = [m for m in r.number.finditer(folded) if (v := _value(m, r)) is not None and not _year(m, v)]
    return find_toll(folded).told and bool(counts) and all(m.group("vague") for m in counts)


@lru_cache(maxsize=256)
def find_toll(folded: str) -> Toll:
    """The toll of a folded clause: the first killed and first injured counts found (remembered for the last
    clauses read: several rules ask for the toll of one clause)."""
    if "(" in folded:
        folded = _BRACKETED_DIGITS.sub(r" \1 ", folded)  # استشهاد (15): the count as written bare
    r = rules()
    killed = injured = combined = first_part = None
    minimum = False
    victims = None
    vague: set[str] = set()
    for m in r.number.finditer(folded):
        value = _value(m, r)
        if value is None or _year(m, value):
            continue
        rest = folded[m.end() : m.end() + 60]
        if m.group("word") in r.singular and r.alternative.match(rest):
            continue
        if r.combined.match(rest) or _joined(r, folded, m.start()):
            if combined is None and not m.group("vague"):  # neither count is known; عشرات tells no toll
                combined = value
            continue
        after = r.after.match(rest)
        kind = r.dual_victims.get(" ".join(m.group("word").split())) if m.group("word") else None
        if kind is not None and _inside_a_word(folded, m.start("word")):
            continue  # الشهيدين: the two dead told before, counted by their own telling
        by_its_verb = False  # 24 شخصا على الأقل قتلوا
        if kind is None:
            if not after and m.group("word") not in r.people and r.things.match(rest):
                continue
            before = r.before.search(folded[max(0, m.start() - 30) : m.start()])
            kind_match = after or before or _its_verb_after(rest, r) or _far(m, folded, rest, r)
            if not kind_match:
                continue
            if not _counts_a_person(m, kind_match, before, folded, r):
                continue
            kind = "killed" if kind_match.group("killed") else "injured"
            by_its_verb = kind_match.re is r.after_verb or kind_match.re is r.after_verb_far
        value = _with_joined(m, folded, value, r)
        if value is None:
            continue
        value = _with_the_one_before(m, folded, value, by_its_verb, r)
        if kind == "killed" and killed is None:
            killed = _with_a_second_count(m, folded, value, r)
            first_part = value if killed != value else None
        elif kind == "injured" and injured is None:
            injured = value
        else:
            continue
        if m.group("vague"):
            vague.add(kind)
        else:
            qual = m.group("qual")
            minimum = (minimum or (qual is not None and " ".join(qual.split()) in r.minimum)
                       or bool(r.minimum_after.match(rest)))
        if victims is None:
            seen = r.victims.match(rest[after.end():] if after else rest)
            if seen:
                victims = "civilians" if seen.group("civilians") else "fighters"
    if killed is None or injured is None:
        killed, injured, minimum = _one_by_its_verb(folded, r, killed, injured, minimum)
        killed, injured = _another_one(folded, r, killed, injured)
    if killed is None and _one_named(folded, r):
        killed = 1
    if killed is None and injured is None and combined is None:
        killed, injured = _nobody(folded, r)
    return Toll(killed, injured, minimum, victims, combined, first_part=first_part, vague=frozenset(vague))
