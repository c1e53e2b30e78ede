"""Canonical actors from the phrases of a text (``data/actors.toml``).

`find_actors` returns every actor phrase of a folded text with its canonical
name, and whether the phrase is in a target position (قصف قوات موالية للجيش
السوري: the Syrian army is the target there, not the actor; but a strike word opening
its sentence or clause is the verb, its subject after it: وقصف الجيش الإسرائيلي; a side counted among the dead or
wounded: قتل مسلحان من مليشيات الحوثي، عشرات الحوثيين قتلوا) or names a place
(جنوب شرق تركيا، في العراق). An ambiguous phrase (التحالف) is read by its article's context words, and
`read_nearest` reads it again by the event's country and sentence. `actor_of` picks
the actor of an event clause; `hedged` tells whether the clause hedges it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from typing import NamedTuple

from gazetteer.clitics import CLITICS, clitic_stems
from gazetteer.normalize import normalize
from timeline import DATA_DIR, read_data
from timeline.extract import toll
from timeline.extract.clauses import COMMAS
from timeline.extract.cues import any_of, day_names
from timeline.extract.cues import cues as cue_words
from timeline.extract.phrases import Hit, PhraseMatcher
from timeline.extract.sentences import SENTENCE_END
from timeline.extract.spans import word_matches
from timeline.extract.triggers import triggers_data

DATA = DATA_DIR / "actors.toml"
_WORD = re.compile(r"[\u0621-\u064A]+")
_PUNCT = re.compile(r"[^\w\s]")
_SPACES = " \t"
#: What ends the text before a sentence or a clause: a full stop, a comma, a colon, a semicolon, a line end.
_OPENERS = frozenset(".,\u060c:;\u061b\n!?\u061f")
#: The proclitics a target or place cue may take (وموقعا، لعناصر، وبحق).
_CUE_PREFIXES = tuple(sorted(p for p in CLITICS.plain_prefixes if p))


class ActorHit(NamedTuple):
    """An actor phrase found and what its context makes of it (a named tuple: an article has tens of them, a frozen
    dataclass's construction costs five times as much)."""

    start: int  #: offsets in the folded text
    end: int
    name: str
    air: bool  #: the phrase names aircraft (الطيران الروسي), or the actor fights from the air
    target: bool  #: the phrase stands where the target of an action is written
    capital: bool = False  #: the phrase is a capital (واشنطن): an actor only as a verb's subject
    claimed: bool = False  #: named as who did it (نسبت إلى إسرائيل، على يد داعش، تبنى التنظيم)
    backer: bool = False  #: named as backing another side (بدعم من الطيران الروسي)
    attack: bool = False  #: the phrase names the attack itself (هجوم إسرائيلي، القصف التركي)
    forces: bool = False  #: the phrase names ground or sea forces (القوات الأمريكية، جيش الاحتلال)
    ambiguous: int | None = None  #: the `[[ambiguous]]` entry the phrase is (التحالف), read by its context
    informed: bool = False  #: the side told of the attack (أبلغت الولايات المتحدة بالهجمات): no actor, no place
    #: the side the aircraft before it belong to (طائرات تابعة للنظام): who struck with them, never what names
    #: them an attack (طائرة استطلاع تابعة للبحرية الأمريكية alone tells no strike)
    owns: bool = False
    #: named as who an attack is blamed on, after a blaming verb (نسب إلى داعش، نسبته السلطات إلى التمرد الكردي)
    blamed: bool = False
    #: named after a verb claiming the attack by its pronoun (تبناه تنظيم داعش): who did it, however far after
    claims: bool = False
    #: the subject of a verb of striking that opens its clause (حيث قصفت فصائل المعارضة تجمعا): who struck there
    subject: bool = False
    #: the organisation named again by its head with the article (وسيطر التنظيم: `ANAPHOR`), read as the side named
    #: before it: it fills an event's actor, never makes a draft an event nor parts it from its retelling
    lent: bool = False
    #: named as who an attack is blamed on, claimed by or done by (تبنى التنظيم، نفذته القوات، داعش يقف وراء), no
    #: passive's agent (على يد): it fills an event told without a side from a later sentence (`filled_sides`)
    responsible: bool = False
    #: a target named among the killed or the wounded (قتل انفجار جنديين للتحالف، إصابة العشرات من الوحدات): the side
    #: harmed, never who struck, whichever sentence names a side for the attack (`filled_sides`)
    harmed: bool = False
    #: the phrase names the side's tanks (دبابة إسرائيلية): its bombardment is shelling, whatever the side's mode
    armour: bool = False


@dataclass(frozen=True)
class _Rules:
    matcher: PhraseMatcher
    modes: dict[str, str]
    missiles_air: frozenset[str]
    missile_adjectives: frozenset[str]  #: adjectives of the sides whose missiles strike from afar, no article
    made: frozenset[str]  #: words after such an adjective that tell where missiles were made (الصنع)
    missile_heads: frozenset[str]  #: the missile words of a phrase naming a side's missiles (صاروخين إسرائيليين)
    forces: frozenset[str]
    armour: frozenset[str]  #: words of a phrase naming a side's tanks (دبابة)
    part_of: dict[str, str]
    target_cues: frozenset[str]
    object_cues: frozenset[str]
    #: verbs with the pronoun of what a relative clause describes (التي أنشأها، التي دربتها): the side after them is a
    #: target and no place
    describing: frozenset[str]
    objects: frozenset[str]  #: objects after a verbal noun and the phrase it governs (قرية، مناطق)
    strike_nouns: frozenset[str]  #: verbal nouns of striking whose object is any word with ل (استهداف، قصف)
    shelling_nouns: frozenset[str]  #: verbal nouns of shelling whose object may follow with `shelled_on` (قصف)
    shelled_on: str  #: the preposition of that object (على)
    not_objects: frozenset[str]  #: a span of time after ل (ساعات) or a particle with ل (لكن): no such object
    doers: frozenset[str]  #: people cues that name the subject after a verb of attacking (عناصر)
    doer_verbs: frozenset[str]
    doer_nouns: frozenset[str]  #: attack nouns whose doer follows with the proclitic ل (هجوم لعناصر)
    opening_verbs: frozenset[str]  #: object cues that are the verb when they open a sentence or clause
    clause_openers: frozenset[str]  #: words opening a clause right before an opening verb (فيما قصف)
    striking: frozenset[str]  #: verbs of striking whose subject follows when they open a clause (حيث قصفت)
    informing: frozenset[str]  #: verbs of informing or warning: the phrase after them told of an attack was told
    informing_adverbs: frozenset[str]  #: words that may stand between that phrase and what it was told of (مسبقا)
    belonging: frozenset[str]  #: words of belonging after aircraft (طائرات تابعة للنظام): the owner struck
    owned: frozenset[str]  #: places before a word of belonging (مطار ... التابع للنظام): the owner was struck
    units: frozenset[str]  #: units before a word of belonging (قوة أمنية تابعة للبيشمركة): the owner's unit
    aircraft: tuple[str, ...]  #: stems naming aircraft (طيران، طائر، مروحي)
    attack_heads: frozenset[str]  #: one-word heads naming an attack (الغارات، ضربات): what a side may be told of
    #: each one-word adjective of a side, with and without the article (روسي، الروسية), to it
    adjectives: dict[str, str]
    place_cues: frozenset[str]
    #: words between a place cue and the first name of a list (في كل من الكويت وفرنسا)
    list_openers: frozenset[str]
    taken_from: str  #: the preposition after which a side is who a place was taken from (حررت البلدة من التنظيم)
    taking: frozenset[str]  #: verbs and verbal nouns of taking a place (حررت، استعادة)
    expelling: frozenset[str]  #: verbs and verbal nouns driving a side out, the side their object (طردت، إخراج)
    expelled_from: frozenset[str]  #: من and its pronoun forms right after the side driven out (منها)
    struck_verbs: frozenset[str]  #: verbs of striking whose object follows when an attack is their subject (استهدف)
    struck_by: frozenset[str]  #: attacks that may be such a verb's subject (الهجوم، الانفجار)
    suffering: frozenset[str]  #: words right after a side telling its losses (تكبدت خسائر): a target
    #: words right before an actor phrase that name it as who did it: an agent, a claim, a blame (على يد، تبنى)
    agent_cues: frozenset[str]
    responsible_cues: frozenset[str]  #: those of `agent_cues` that blame or claim (تبنى، نفذته), no passive's agent
    responsible_after: frozenset[str]  #: the same written after the phrase (يقف وراء)
    #: words right before an actor phrase written with ل that name it as who did it (ونسب لتنظيم داعش)
    agent_lam_cues: frozenset[str]
    backer_cues: frozenset[str]
    backed_by_cues: frozenset[str]  #: an adjective of backing and من (المدعومة من): a backer of the side described
    teller_cues: frozenset[str]  #: words right before a phrase that name it as who tells or leads (رواية، زعيم)
    accusers: frozenset[str]  #: verbs of accusing whose subject is the phrase right after (اتهمت روسيا)
    claiming: frozenset[str]  #: verbs claiming the attack by its pronoun, their subject after them (تبناه التنظيم)
    blaming: frozenset[str]  #: verbs blaming an attack on a side, their subject after them (نسبته السلطات إلى)
    blamed_on: frozenset[str]
    fought_between: frozenset[str]  #: the word after a clash before its first party (اشتباكات بين داعش والجيش)
    #: words joining two sides offered as alternatives (الجيش أو التحالف): neither is told as who did it
    alternatives: frozenset[str]
    #: sentence openings telling what the other side did (في المقابل), folded: read by `filled_sides`
    in_return: tuple[str, ...]
    #: phrases withdrawing a side told as who did it (حذفت لاحقا أي إشارة إلى مسؤولية), folded: read by `withdrawn`
    withdrawals: tuple[str, ...]
    #: phrases right after a side saying it had no part (لم تشارك), folded: read by `attributing.abstained`
    abstentions: tuple[str, ...]
    #: words before a count of time from another happening (dates.toml [shifts]: بعد، قبل), read by
    #: `attributing.another_happening_from`
    count_openers: tuple[str, ...]
    #: words of a count before its unit (نحو، مرور، بضع) and the units of time (أيام، شهرين، ساعات), folded
    count_words: frozenset[str]
    time_units: frozenset[str]
    #: what may follow the unit (فقط) and the links to the happening counted from (من، على), folded
    unit_follow: frozenset[str]
    anchor_links: frozenset[str]
    hedges: PhraseMatcher
    #: the head naming an organisation before its name (تنظيم داعش، تنظيم القاعدة) and the organisations of no side
    #: of ours (القاعدة), to read what `ANAPHOR` names
    organisations: PhraseMatcher
    named_again: frozenset[str]  #: the sides `ANAPHOR` may name again (ISIS)
    #: a hedge and a side's adjective (يرجح أنها روسية) to (side, gender), read after a head of that gender
    hedged: PhraseMatcher
    heads: dict[str, frozenset[str]]  #: the heads of each gender, folded
    between: frozenset[str]  #: the words that may stand between a head and its adjective (الجوية)
    ambiguous: tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]
    countries: tuple[dict[str, str], ...]  #: per ambiguous entry, the reading of an event placed in a country
    #: per ambiguous entry, whether it names no actor in an event placed in a country none of its readings has
    own_countries: tuple[bool, ...]
    #: per ambiguous entry, whether it is no side at all in an article whose words name none of its readings
    own_articles: tuple[bool, ...]


def _names_aircraft(phrase: str, aircraft: tuple[str, ...]) -> bool:
    """The phrase holds one of the `aircraft` words (both folded)."""
    folded = normalize(phrase)
    return any(w in folded for w in aircraft)


def _combinations(data: dict, actor: dict, aircraft: tuple[str, ...]) -> list[tuple[str, bool, bool]]:
    """The phrases of an actor: its own, and head + adjective ones (air heads and attack heads flagged)."""
    heads = data["heads"]
    between = ["", *heads["between"]]
    attacks = set(heads["attacks"])
    article = CLITICS.article
    out = [(p, _names_aircraft(p, aircraft), False) for p in actor.get("phrases", [])]
    for gender, adjectives in (("masculine", actor.get("adj_m", [])), ("feminine", actor.get("adj_f", []))):
        for head in heads[gender]:
            air, attack = _names_aircraft(head, aircraft), head in attacks
            for adjective in adjectives:
                plain = adjective.removeprefix(article)
                written = adjective if head.split()[-1].startswith(article) else plain
                for extra in between:
                    phrases = [f"{head} {extra} {written}" if extra else f"{head} {written}"]
                    if extra:
                        phrases.append(f"{head} {written} {extra}")
                    if gender == "masculine" and not head.startswith(article):
                        phrases += [_accusative(p) for p in phrases if article not in p]
                    out += [(p, air, attack) for p in phrases]
    return out


def _adjectives(entries: list[dict]) -> dict[str, str]:
    """Each one-word adjective of a side (adj_m, adj_f), folded, with and without the article, to the side's name
    (not in the accusative, written as a country's name: روسيا، سوريا)."""
    out: dict[str, str] = {}
    for actor in entries:
        for gender in ("adj_m", "adj_f"):
            for adjective in (normalize(a) for a in actor.get(gender, []) if " " not in a):
                out.update((form, actor["name"]) for form in (adjective, adjective.removeprefix(CLITICS.article)))
    return out


def side_of_adjective(word: str) -> str | None:
    """The side a one-word adjective names (وسوري، وروسية: after its conjunction), if any."""
    return rules().adjectives.get(CLITICS.strip_conjunction(word))


def _accusative(phrase: str) -> str:
    """A masculine indefinite phrase in the accusative, each word with its tanween alif (قصف إسرائيلي:
    قصفا إسرائيليا)."""
    return " ".join(w + CLITICS.accusative for w in phrase.split())


@cache
def rules() -> _Rules:
    data = read_data(DATA)
    dated = read_data(DATA_DIR / "dates.toml")
    matcher = PhraseMatcher()
    modes, part_of = {}, {}
    aircraft = tuple(normalize(w) for w in data["heads"]["aircraft"])
    for actor in data["actor"]:
        name = actor["name"]
        modes[name] = actor.get("mode", "")
        if actor.get("part_of"):
            part_of[name] = actor["part_of"]
        for phrase, air, attack in _combinations(data, actor, aircraft):
            matcher.add(phrase, (name, air, False, attack))
        for phrase in actor.get("capitals", []):
            matcher.add(phrase, (name, False, True, False))
    ambiguous, countries, own_countries, own_articles = [], [], [], []
    attack_heads = frozenset(data["heads"]["attacks"])
    for number, entry in enumerate(data.get("ambiguous", [])):
        key = f"?{number}"
        for phrase in entry["phrases"]:
            attack = entry.get("attack_heads", False) and phrase.split()[0] in attack_heads
            matcher.add(phrase, (key, _names_aircraft(phrase, aircraft), entry.get("subject_only", False), attack))
        own_countries.append(entry.get("only_its_countries", False))
        own_articles.append(entry.get("only_its_articles", False))
        readings = tuple(
            (r["actor"], tuple(normalize(w) for w in r["context"])) for r in entry.get("reading", [])
        )
        ambiguous.append((entry["default"], readings))
        countries.append({code: r["actor"] for r in entry.get("reading", []) for code in r.get("countries", [])})
    anaphors = data["anaphor"]
    for phrase in anaphors["phrases"]:
        matcher.add(phrase, (ANAPHOR, False, False, False))
    organisations = PhraseMatcher()
    for phrase in (anaphors["head"], *anaphors["others"]):
        organisations.add(phrase, True)
    hedges = PhraseMatcher()
    for word in data["hedges"]["words"]:
        hedges.add(word, True)
    hedged = PhraseMatcher()
    for actor in data["actor"]:
        for gender in ("masculine", "feminine"):
            for link in data["heads"][f"hedged_{gender}"]:
                for adjective in actor.get(f"adj_{gender[0]}", []):
                    hedged.add(f"{link} {adjective.removeprefix(CLITICS.article)}", (actor["name"], gender))
    return _Rules(
        matcher=matcher,
        modes=modes,
        missiles_air=frozenset(a["name"] for a in data["actor"] if a.get("missiles") == "air"),
        missile_adjectives=frozenset(
            normalize(w).removeprefix(CLITICS.article) for a in data["actor"]
            if "air" in (a.get("missiles"), a.get("mode")) for w in (*a.get("adj_m", []), *a.get("adj_f", []))),
        made=frozenset(normalize(w) for w in data["missile_adjectives"]["made"]),
        missile_heads=frozenset(normalize(w) for w in data["missile_adjectives"]["heads"]),
        forces=frozenset(normalize(w) for w in [*data["heads"]["forces"], *data["heads"]["armour"]]),
        armour=frozenset(normalize(w) for w in data["heads"]["armour"]),
        part_of=part_of,
        target_cues=frozenset(normalize(w) for w in [*data["target"]["cues"], *data["target"]["describing"]]),
        describing=frozenset(normalize(w) for w in data["target"]["describing"]),
        object_cues=frozenset(normalize(w) for w in data["target"]["object_cues"]),
        objects=frozenset(normalize(w) for w in data["target"]["objects"]),
        strike_nouns=frozenset(normalize(w) for w in data["target"]["strike_nouns"]),
        shelling_nouns=frozenset(normalize(w) for w in data["target"]["shelling_nouns"]),
        shelled_on=normalize(data["target"]["shelled_on"]),
        not_objects=frozenset(normalize(w) for w in data["target"]["not_objects"]),
        suffering=frozenset(normalize(w) for w in data["target"]["suffering"]),
        doers=frozenset(normalize(w) for w in data["target"]["doers"]),
        doer_verbs=frozenset(normalize(w) for w in data["target"]["doer_verbs"]),
        doer_nouns=frozenset(normalize(w) for w in data["target"]["doer_nouns"]),
        opening_verbs=frozenset(normalize(w) for w in [
            *data["target"]["opening_verbs"], *triggers_data()["anaphora"]["reply_verbs"]]),
        clause_openers=frozenset(normalize(w) for w in data["target"]["clause_openers"]),
        striking=frozenset(normalize(w) for w in data["roles"]["striking"]),
        informing=frozenset(normalize(w) for w in data["target"]["informing"]),
        informing_adverbs=frozenset(normalize(w) for w in data["target"]["informing_adverbs"]),
        belonging=frozenset(normalize(w) for w in data["target"]["belonging"]),
        owned=frozenset(normalize(w) for w in data["target"]["owned"]),
        units=frozenset(normalize(w) for w in data["target"]["units"]),
        aircraft=aircraft,
        attack_heads=frozenset(normalize(w) for w in data["heads"]["attacks"] if " " not in w),
        adjectives=_adjectives(data["actor"]),
        place_cues=frozenset(normalize(w) for w in data["target"]["place_cues"]),
        list_openers=frozenset(normalize(w) for w in data["target"]["list_openers"]),
        taken_from=normalize(data["target"]["taken_from"]),
        taking=frozenset(normalize(w) for w in data["target"]["taking"]),
        expelling=frozenset(normalize(w) for w in data["target"]["expelling"]),
        expelled_from=frozenset(normalize(w) for w in data["target"]["expelled_from"]),
        struck_verbs=frozenset(normalize(w) for w in data["target"]["struck_verbs"]),
        struck_by=frozenset(normalize(w) for w in [
            *data["target"]["struck_by"], *(h for h in data["heads"]["attacks"] if " " not in h)]),
        agent_cues=frozenset(normalize(w) for w in [*data["roles"]["agent"], *data["roles"]["responsible"]]),
        responsible_cues=frozenset(normalize(w) for w in data["roles"]["responsible"]),
        responsible_after=frozenset(normalize(w) for w in data["roles"]["responsible_after"]),
        agent_lam_cues=frozenset(normalize(w) for w in data["roles"]["agent_with_lam"]),
        backer_cues=frozenset(normalize(w) for w in data["roles"]["backer"]),
        backed_by_cues=frozenset(normalize(w) for w in data["roles"]["backed_by"]),
        teller_cues=frozenset(normalize(w) for w in data["roles"]["teller"]),
        accusers=frozenset(normalize(w) for w in data["roles"]["accuser"]),
        claiming=frozenset(normalize(w) for w in data["roles"]["claiming"]),
        blaming=frozenset(normalize(w) for w in data["roles"]["blaming"]),
        blamed_on=frozenset(normalize(w) for w in data["roles"]["blamed_on"]),
        fought_between=frozenset(normalize(w) for w in data["roles"]["fought_between"]),
        alternatives=frozenset(normalize(w) for w in data["roles"]["alternatives"]),
        in_return=tuple(" ".join(normalize(w).split()) for w in data["roles"]["in_return"]),
        withdrawals=tuple(normalize(w) for w in data["roles"]["withdrawn"]),
        abstentions=tuple(normalize(w) for w in data["roles"]["abstaining"]),
        count_openers=tuple(normalize(w) for w in [*dated["shifts"]["after"], *dated["shifts"]["before"]]),
        count_words=frozenset(normalize(w) for w in [
            *data["roles"]["elapsed"], *dated["words"]["about"], *triggers_data()["dating"]["counted_from"]]),
        time_units=frozenset(normalize(w) for w in [
            *triggers_data()["dating"]["counted_from"],
            *(w for unit in dated["units"].values() for ws in unit.values() for w in ws)]),
        unit_follow=frozenset(normalize(w) for w in dated["words"]["event_follow"]),
        anchor_links=frozenset(normalize(w) for w in dated["words"]["anchor_link"]),
        hedges=hedges,
        organisations=organisations,
        named_again=frozenset(anaphors["sides"]),
        hedged=hedged,
        heads={g: frozenset(normalize(h) for h in data["heads"][g]) for g in ("masculine", "feminine")},
        between=frozenset(normalize(w) for w in data["heads"]["between"]),
        ambiguous=tuple(ambiguous),
        countries=tuple(countries),
        own_countries=tuple(own_countries),
        own_articles=tuple(own_articles),
    )


def _resolve(key: str, words: set[str]) -> str:
    default, readings = rules().ambiguous[int(key[1:])]
    for actor, context in readings:
        if any(word in words for word in context):
            return actor
    return default


def _unread(entry: int, words: set[str]) -> bool:
    """The entry is read only in its countries (القوات الحكومية) and the article's `words` name none of them: a
    target so named is no side we can name (القتال بين القوات الحكومية ومسلحي المعارضة, of no country)."""
    return rules().own_countries[entry] and all(words.isdisjoint(c) for _, c in rules().ambiguous[entry][1])


def read_nearest(hit: ActorHit, country: str | None, sentence: str, by_the_article: bool = True) -> ActorHit | None:
    """An ambiguous actor phrase (التحالف) read by its nearest evidence: the country of the event's place,
    else the one reading whose context words its folded `sentence` holds, else the article's reading (None
    without `by_the_article`); None for an entry read only in its countries (القوات الحكومية) when the event is
    placed in another (Yemen's government forces are no side of ours)."""
    if hit.ambiguous is None:
        return hit
    name = rules().countries[hit.ambiguous].get(country or "")
    if name is None and country and rules().own_countries[hit.ambiguous]:
        return None
    if name is None:
        words = _stems(sentence)
        told = {actor for actor, context in rules().ambiguous[hit.ambiguous][1] if not words.isdisjoint(context)}
        if len(told) != 1 and not by_the_article:
            return None
        name = told.pop() if len(told) == 1 else hit.name
    return hit._replace(name=name)


def _stems(folded: str) -> set[str]:
    """The stems of a text's words, each distinct word stripped once."""
    return set().union(*map(_word_stems, set(_WORD.findall(folded))))


@lru_cache(maxsize=65536)
def _word_stems(word: str) -> tuple[str, ...]:
    """`clitic_stems` of a word, remembered: an article's words are mostly those of the articles before it."""
    return tuple(clitic_stems(word))


def word_start(folded: str, at: int, floor: int = 0) -> int:
    """Where the word holding `at` begins (with its proclitics), not before `floor`."""
    while at > floor and folded[at - 1].isalpha():
        at -= 1
    return at


def bare_words(text: str) -> list[str]:
    """The words of `text`, punctuation dropped."""
    return _PUNCT.sub(" ", text).split()


def _is_target(folded: str, start: int, end: int, air: bool) -> bool:
    r = rules()
    begin = word_start(folded, start)
    if _after_opening_verb(folded, begin, r.opening_verbs | r.striking):
        return False  # ضد داعش، سيطرت فصائل المعارضة على القرية: the subject of the clause's verb
    plain = not (air or CLITICS.lam in folded[begin:start])
    cues = _target_or_object_cues() if plain else r.target_cues
    before = bare_words(_this_clause(_this_sentence(folded[max(0, begin - 50) : begin])))[-3:]
    if before and before[-1] in cue_words().bare_complementizers:
        return False  # قالوا إن تنظيم داعش اختطفهم: the subject of what is said, whatever comes before إن
    if before and _cue(before[-1], r.place_cues):
        return True
    if before and _cue(before[-1], r.object_cues):  # the verbal noun governs the phrase (مع استهداف الطيران)
        return plain and not _object_after(folded, end, _cue(before[-1], r.strike_nouns),
                                           _cue(before[-1], r.shelling_nouns))
    acts = not r.doers.isdisjoint(before) and _striking_verb_after(folded, end)
    return any(_cue(w, cues) and not _doer(before, i, acts) for i, w in enumerate(before)) or (
        " ".join(before[-2:]) in cues and not _doer(before, len(before) - 2, acts))


def _suffers_losses(folded: str, end: int) -> bool:
    """One of `suffering` follows the phrase ending at `end`, a comma at most between (مليشيات الحوثي، تلقت خسائر
    بشرية كبيرة): the side lost men or arms, a target."""
    after = bare_words(folded[end : end + 30])[:2]
    return after_one_of(after[:1], rules().suffering) or after_one_of(after, rules().suffering)


def _striking_verb_after(folded: str, end: int) -> bool:
    """The word right after the phrase, with no punctuation between, is a verb of striking (`striking`): the
    phrase is its subject (أن مسلحين من تنظيم داعش شنوا هجوما)."""
    after = folded[end : end + 20].split()[:1]
    return bool(after) and after[0] in rules().striking


#: How many words before the preposition right before a side a verb of taking a place is looked for (حررت
#: المقاومة أربع مديريات من الحوثيين).
TAKEN_FROM_WORDS = 8


def _taken_from(folded: str, start: int) -> bool:
    """The side at `start` follows the preposition of a place taken from it, a verb or verbal noun of taking
    among the `TAKEN_FROM_WORDS` words before that (تحرير مطار الحديدة من الحوثيين): a target."""
    r = rules()
    begin = word_start(folded, start)
    before = bare_words(_this_sentence(folded[max(0, begin - 120) : begin]))
    if not before or before[-1] != r.taken_from:
        return False
    return any(CLITICS.strip_conjunction(w) in r.taking or w in r.taking for w in before[-1 - TAKEN_FROM_WORDS : -1])


def _expelled(folded: str, start: int, end: int) -> bool:
    """The side from `start` to `end` is right before one of `expelled_from`, a verb or verbal noun of driving out
    among the `TAKEN_FROM_WORDS` words before it in its sentence (طردت القوات تنظيم داعش من منبج): the side driven
    out, a target."""
    r = rules()
    after = bare_words(folded[end : end + 12])[:1]
    if not after or after[0] not in r.expelled_from:
        return False
    begin = word_start(folded, start)
    before = bare_words(_this_sentence(folded[max(0, begin - 120) : begin]))[-TAKEN_FROM_WORDS:]
    return any(CLITICS.strip_conjunction(w) in r.expelling or w in r.expelling for w in before)


#: How many words after a verb of striking whose subject is an attack a side is still named in what it struck.
STRUCK_WORDS = 10


def _in_what_an_attack_struck(folded: str, start: int) -> bool:
    """The side at `start` follows, in its clause and at most `STRUCK_WORDS` words on, a verb of striking whose
    subject is an attack among the two words before it (الهجوم الأخير استهدف المنطقة التي حولتها قوات الأسد إلى
    قاعدة): it is named in what the attack struck, a target."""
    r = rules()
    begin = word_start(folded, start)
    before = folded[max(0, begin - 200) : begin]
    words = bare_words(before[max(before.rfind(c) for c in _OPENERS) + 1 :])[-STRUCK_WORDS - 1 :]
    for i in range(len(words) - 1, 0, -1):
        word = CLITICS.strip_conjunction(words[i])
        if words[i] in r.clause_openers or word in r.clause_openers:
            return False
        if words[i] in r.struck_verbs or word in r.struck_verbs:
            subject = words[max(0, i - 2) : i]
            return any(w in r.struck_by or CLITICS.strip_conjunction(w) in r.struck_by for w in subject)
    return False


#: How many words may count those harmed between a word of the dead or the wounded and the partitive (قتل ثلاثة
#: جنود من، مقتل أكثر من عشرة من), and the head between the partitive and the side (من مليشيات الحوثي).
HARMED_COUNT_WORDS = 4
PARTITIVE_HEAD_WORDS = 1


def _counted_among_the_harmed(folded: str, start: int) -> bool:
    """The side at `start` follows, in its clause, a word of the dead or the wounded, words counting people
    (`toll.count_people`: ثلاثة جنود، أكثر من عشرة), the partitive and at most one head word (قتل مسلحان من
    مليشيات الحوثي، إصابة عناصر من قوات النظام): it names those killed or wounded, a target (a passive's agent,
    من قبل, is read before: `agent_cues`)."""
    begin = word_start(folded, start)
    words = _clause_words_before(folded, begin)
    for at in range(len(words) - 1, len(words) - 2 - PARTITIVE_HEAD_WORDS, -1):
        if at < 2 or not toll.partitive(words[at]):
            continue
        for harm in range(at - 2, max(-1, at - 2 - HARMED_COUNT_WORDS), -1):
            if toll.harmed(CLITICS.strip_conjunction(words[harm])) and toll.count_people(words[harm + 1 : at]):
                return True
    return False


def _named_among_the_harmed(folded: str, start: int, end: int) -> bool:
    """The side at `start` names those killed or wounded: counted so (`_counted_among_the_harmed`,
    `_harmed_by_its_verb`), or right after a word of the dead or the wounded (مقتل عناصر التنظيم), or after a word
    counting people, with the article or the partitive or neither, and such a word at most `HARMED_COUNT_WORDS`
    words before it (قتل انفجار جنديين للتحالف، إصابة العشرات من الوحدات)."""
    begin = word_start(folded, start)
    words = [CLITICS.strip_conjunction(w) for w in
             _clause_words_before(folded, begin)]
    counted = [w.removeprefix(CLITICS.article) for w in words if not toll.partitive(w)]
    if words and toll.harmed(words[-1]):
        return True
    if counted and toll.count_people(counted[-1:]) and any(
            toll.harmed(w) for w in words[-2 - HARMED_COUNT_WORDS : -1]):
        return True
    return _counted_among_the_harmed(folded, start) or _harmed_by_its_verb(folded, start, end)


def _harmed_by_its_verb(folded: str, start: int, end: int) -> bool:
    """A count stands right before the side and a plural verb of the dead or the wounded right after it, no count
    after that verb (عشرات الحوثيين قتلوا في غارات): the side's people were killed, a target (but الحوثيون قتلوا
    خمسة مدنيين: they killed)."""
    if toll.count_before(folded, word_start(folded, start)) is None:
        return False
    after = bare_words(folded[end : end + 60])
    told = toll.harmed_verb_words(after)
    return told > 0 and not (len(after) > told and toll.counts_people(after[told]))


def _object_after(folded: str, end: int, striking: bool = False, shelling: bool = False) -> bool:
    """The verbal noun's object follows the phrase ending at `end` (قرية المكرمية، لمدينة درعا), or, after a
    verbal noun of `striking`, any word with ل but a span of time or a particle (استهداف الحوثيين لناقلات, not
    لساعات، لكن), or, after one of `shelling`, على (قصف قوات النظام على مدينة): the phrase is its doer."""
    after = folded[end : end + 30].split()
    if not after:
        return False
    word = after[0].strip("،,.")
    if shelling and word == rules().shelled_on:
        return True
    objects = rules().objects
    if word in objects or word.startswith(CLITICS.lam_article):
        return True
    rest = word.removeprefix(CLITICS.lam)
    if rest != word and striking and rules().not_objects.isdisjoint((word, rest)):
        return True
    return rest != word and any(rest in objects or (rest.endswith(s) and rest[: -len(s)] in objects)
                                for s in ("", *CLITICS.pronoun_suffixes))


def _doer(before: list[str], i: int, acts: bool = False) -> bool:
    """The people cue `before[i]` follows a verb of attacking, as its subject (فتح عناصر من الحزب), or precedes
    the phrase that `acts`, subject of the verb of striking right after it (أن مسلحين من التنظيم شنوا هجوما), or
    follows an attack noun with the proclitic ل, as its doer (هجوم لعناصر الحزب)."""
    r = rules()
    word = before[i - 1] if i > 0 else ""
    if before[i] in r.doers:
        return acts or word in r.doer_verbs or CLITICS.strip_conjunction(word) in r.doer_verbs
    lam = CLITICS.lam
    return before[i].removeprefix(lam) in r.doers and before[i].startswith(lam) and (
        CLITICS.strip_conjunction(word) in r.doer_nouns or word in r.doer_nouns)


@lru_cache(maxsize=64)
def _clause_words_before(folded: str, begin: int) -> tuple[str, ...]:
    """The bare words of its own clause and sentence (`_this_sentence`, `_this_clause`) within the 80 characters
    before the word at `begin` (remembered for the last few phrases: several tests of one phrase read them)."""
    return tuple(bare_words(_this_clause(_this_sentence(folded[max(0, begin - 80) : begin]))))


def _this_sentence(before: str) -> str:
    """The words before an actor phrase within its own sentence (وجرح جنديين آخرين. وردت القوات التركية: the
    soldiers counted at the end of the sentence before do not make the forces that answered a target)."""
    stops = list(SENTENCE_END.finditer(before))
    return before[stops[-1].end() :] if stops else before


def _this_clause(before: str) -> str:
    """The words before an actor phrase after the last comma when a word stands between that comma and the phrase
    (وصفت بأنها جرائم ضد الإنسانية، واصل النظام: the verb opens another clause, whose subject the phrase is); all
    of them when the phrase follows the comma right away (ضد التنظيم، والفصائل: a list goes on)."""
    comma = max(before.rfind("،"), before.rfind(","))
    return before[comma + 1 :] if comma >= 0 and before[comma + 1 :].split() else before


#: How many names a list may hold before the actor phrase that ends it (في الكويت وتونس وفرنسا).
LIST_NAMES = 4


def _listed_after_place_cue(folded: str, start: int, end: int) -> bool:
    """The one-word name at `start`, joined by و, ends a list of one-word names whose first one follows a
    place cue, maybe across a list opener (في الكويت وتونس وفرنسا، في كل من الكويت وفرنسا، بكل من): a place."""
    begin = word_start(folded, start)
    if folded[begin : begin + 1] not in CLITICS.conjunctions or " " in folded[begin:end]:
        return False
    r = rules()
    words = bare_words(folded[max(0, begin - 120) : begin])
    for _ in range(LIST_NAMES):
        if not words:
            return False
        first = words.pop()
        if first[:1] not in CLITICS.conjunctions:
            break
    else:
        return False
    for opener in r.list_openers:
        n = len(opener.split())
        if " ".join(words[-n:]) == CLITICS.locative + opener:
            return True  # بكل من الكويت وتونس وفرنسا: the opener written with ب, "in"
        if " ".join(words[-n:]) == opener:
            del words[-n:]
            break
    return bool(words) and _cue(words[-1], r.place_cues)


def _after_opening_verb(folded: str, begin: int, verbs: frozenset[str]) -> bool:
    """The word right before `begin` is one of `verbs` (with only a conjunction) and opens its sentence or
    clause, after punctuation or a clause opener (وقصف الجيش الإسرائيلي، فيما قصف التنظيم: the actor is its
    subject)."""
    end = begin
    while end > 0 and folded[end - 1] in _SPACES:
        end -= 1
    start = word_start(folded, end)
    if start == end or CLITICS.strip_conjunction(folded[start:end]) not in verbs:
        return False
    while start > 0 and folded[start - 1] in _SPACES:
        start -= 1
    if start == 0 or folded[start - 1] in _OPENERS:
        return True
    word = folded[word_start(folded, start) : start]
    return word in rules().clause_openers or CLITICS.strip_conjunction(word) in rules().clause_openers


@lru_cache(maxsize=256)
def _three_before(folded: str, start: int) -> tuple[str, ...]:
    """The last three words before the word holding `start`, within 50 characters (remembered for the last phrases
    read: finding an actor phrase and telling whether it speaks, backs or describes each ask them)."""
    begin = word_start(folded, start)
    return tuple(bare_words(folded[max(0, begin - 50) : begin])[-3:])


def after_one_of(before: list[str], phrases: frozenset[str]) -> bool:
    """One of `phrases` (one to three words; the first may take the conjunction و or ف) ends the
    words `before` a phrase (an actor's: `_three_before`)."""
    return any_of((" ".join(before[-n:]) for n in range(1, len(before) + 1)), phrases)


def backing(folded: str, hit: ActorHit) -> bool:
    """`hit` names a side backing another (بدعم من إيران، القوات المدعومة من الولايات المتحدة): no place of the
    attack."""
    return hit.backer or after_one_of(_three_before(folded, hit.start), rules().backed_by_cues)


def describes(folded: str, hit: ActorHit) -> bool:
    """`hit` is right after a verb with the pronoun of what a relative clause describes (المعسكرات التي أنشأها الجيش
    الإيراني): the side that built, trained or besieges what was struck, no place of the attack."""
    before = _three_before(folded, hit.start)
    return bool(before) and before[-1] in rules().describing


def _blamed_on(before: list[str]) -> bool:
    """A blaming verb, its subject and the preposition right before the phrase (نسبته السلطات إلى)."""
    r = rules()
    return len(before) == 3 and before[2] in r.blamed_on and CLITICS.strip_conjunction(before[0]) in r.blaming


def _followed_by_responsibility(folded: str, end: int, before: list[str]) -> bool:
    """One of `responsible_after` follows the phrase (داعش يقف وراء الاعتداء، أعلن داعش مسؤوليته عن الهجوم): it names
    who did the attack, unless a denial stands among the words `before` it (ونفى التنظيم مسؤوليته عن الهجوم)."""
    return " ".join(folded[end : end + 30].split()[:2]) in rules().responsible_after and not any(
        CLITICS.strip_conjunction(w) in cue_words().denials for w in before)


#: How many words after an attack's trigger word may hold the verb that names who did it (الصواريخ التي أطلقتها).
DOER_AFTER_WORDS = 3


def doer_named_after(folded: str, trigger: int, stop: int) -> bool:
    """One of `responsible_cues` or `claiming` (نفذتها، أطلقها، تبنته) among the `DOER_AFTER_WORDS` words after the
    word of an attack's trigger at `trigger`, before `stop`: the text names who did that attack right there, whether
    or not the actors know that side (صواريخ أطلقها مسلحون، قذائف أطلقتها حماس)."""
    words = bare_words(folded[trigger:stop])[1 : 1 + DOER_AFTER_WORDS]
    return any(after_one_of(words[:n], _doer_cues()) for n in range(1, len(words) + 1))


@cache
def _doer_cues() -> frozenset[str]:
    """The cues naming who did an attack, blamed or claimed, as one vocabulary (made once)."""
    return rules().responsible_cues | rules().claiming


def _cue(word: str, cues: frozenset[str]) -> bool:
    """`word` is one of `cues`, bare or after a plain prefix (`_CUE_PREFIXES`)."""
    return word in _prefixed(cues)


@lru_cache(maxsize=16)
def _prefixed(cues: frozenset[str]) -> frozenset[str]:
    """`cues` and each of them after each plain prefix: the words `_cue` takes (made once for each vocabulary)."""
    return cues | {p + c for p in _CUE_PREFIXES for c in cues}


@cache
def _target_or_object_cues() -> frozenset[str]:
    """The cues of a target and of an object as one vocabulary (made once)."""
    return rules().target_cues | rules().object_cues


def _feminine_of_masculine(folded: str, end: int) -> bool:
    """A masculine adjective read with a pronoun suffix is a feminine one agreeing with another noun
    (منظومة الطيران الإيرانية is not الطيران الإيراني)."""
    feminine = CLITICS.nisba[1]  # يه: the masculine ي read on, with ه after it
    after = end - 1 + len(feminine)
    return folded[end - 1 : after] == feminine and not folded[after : after + 1].isalpha()


def _made_by(folded: str, end: int) -> bool:
    """The phrase ending at `end` is followed by a word telling where weapons were made (دبابات أمريكية
    الصنع، صواريخ روسية الصنع): the maker, not who used them."""
    after = folded[end : end + 12].split()
    return bool(after) and after[0].strip("،,.") in rules().made


#: The words of a head and the word of `between` after it, read back from a hedge (غارة جوية يرجح أنها روسية).
HEAD_WORDS = 3


def _hedged_phrases(folded: str, hits: list[Hit]) -> list[Hit]:
    """The phrases of a head, a hedge and its side's adjective (غارة جوية يرجح أنها روسية، صواريخ يعتقد أنها
    أميركية), each from its head to its adjective, outside the `hits` of the plain phrases."""
    out = []
    for hit in rules().hedged.find(folded):
        name, gender = hit.value
        start = _head_before(folded, hit.start, gender)
        if start is not None and not any(h.start < hit.end and start < h.end for h in hits):
            head = folded[start : hit.start]
            out.append(Hit(start, hit.end, (name, _names_aircraft(head, rules().aircraft), False,
                                            bool(rules().attack_heads.intersection(head.split())))))
    return out


def _head_before(folded: str, at: int, gender: str) -> int | None:
    """Where a head of `gender` (one or two words, a word of `between` after them or not) right before `at`, or
    before a comma right before it (صواريخ، يرجح أنها أمريكية), begins with its proclitics (بغارة جوية), if one
    stands there."""
    end = at - 1  # the space before the hedge
    if end > 0 and folded[end - 1] in COMMAS:  # صواريخ، يرجح أنها أمريكية، تستهدف
        end -= 1
    starts = []
    for _ in range(HEAD_WORDS):
        if end <= 0 or not folded[end - 1].isalpha():
            break
        starts.append(word_start(folded, end))
        end = starts[-1] - 1
    heads = rules().heads[gender]
    for start in reversed(starts):
        words = folded[start:at].strip("".join(COMMAS) + " ").split()
        if len(words) > 1 and words[-1] in rules().between:
            words = words[:-1]
        if any(p in heads for p in clitic_stems(" ".join(words))):
            return start
    return None


#: The value of an organisation named again by its head with the article (التنظيم), read by `_named_before`.
ANAPHOR = "@"


def _antecedents(folded: str, hits: list[Hit]) -> list[tuple[int, str | None]]:
    """Where organisations are named, in text order, each with its side: the phrases of the sides `ANAPHOR` may
    name again (داعش، تنظيم الدولة), and the organisation heads and names of none of them (تنظيم القاعدة، القاعدة:
    None)."""
    sides = {h.start: h.value[0] for h in hits if h.value[0] in rules().named_again}
    heads = {h.start: None for h in rules().organisations.find(folded)}
    return sorted({**heads, **sides}.items())


def _named_before(antecedents: list[tuple[int, str | None]], at: int) -> str | None:
    """The side of the organisation named last before `at` (وسيطر التنظيم على المدينة after تنظيم داعش: ISIS), none
    after an organisation of no side of ours (تنظيم القاعدة) or when none is named before."""
    return next((side for start, side in reversed(antecedents) if start < at), None)


def find_actors(folded: str) -> list[ActorHit]:
    """Every actor phrase of a folded article text, left to right, those with a hedge between head and
    adjective among them."""
    out = []
    units: list[tuple[int, int]] = []  # (where a unit starts, where its owner starts)
    words: set[str] | None = None
    plain = rules().matcher.find(folded)
    antecedents = _antecedents(folded, plain) if any(h.value[0] == ANAPHOR for h in plain) else []
    for hit in sorted([*plain, *_hedged_phrases(folded, plain)]):
        if _feminine_of_masculine(folded, hit.end) or _made_by(folded, hit.end):
            continue
        name, air, capital, attack = hit.value
        if name == ANAPHOR:  # never with the proclitic ل (علما للتنظيم، نقطة تجمع للتنظيم): what it owns
            lam = CLITICS.lam in folded[word_start(folded, hit.start) : hit.start]
            name = None if lam else _named_before(antecedents, hit.start)
            if name is None:
                continue
        entry = None
        if name.startswith("?"):
            words = _stems(folded) if words is None else words
            entry, name = int(name[1:]), _resolve(name, words)
        before = None if attack else _three_before(folded, hit.start)
        claims = not attack and any(CLITICS.strip_conjunction(w) in rules().claiming for w in before)
        responsible = not attack and (claims or after_one_of(before, rules().responsible_cues) or _blamed_on(before)
                                      or _followed_by_responsibility(folded, hit.end, before) or (
            CLITICS.lam in folded[word_start(folded, hit.start) : hit.start]
            and after_one_of(before, rules().agent_lam_cues)))
        claimed = responsible or (not attack and after_one_of(before, rules().agent_cues))
        backer = not attack and not claimed and after_one_of(before, rules().backer_cues)
        # a backer is who struck only with aircraft (بدعم من الطيران الروسي), never otherwise (بدعم من إيران)
        informed = not (attack or claimed or backer) and _informed_of(folded, hit.start, hit.end)
        owner = not (attack or claimed or backer or informed) and _owns_aircraft(folded, hit.start, before)
        unit = None if attack or claimed or backer or informed or owner else _owned_unit(folded, hit.start, before)
        at = hit.start if unit is None else unit  # the owner of a unit is a target where the unit is
        if unit is not None:
            units.append((unit, hit.start))
        air = air or owner
        target = not attack and not claimed and (
            not (air or is_air(name)) if backer
            else informed or (not owner and _is_target(folded, at, hit.end, air))
            or _taken_from(folded, hit.start) or _expelled(folded, hit.start, hit.end)
            or _listed_after_place_cue(folded, hit.start, hit.end)
            or _in_what_an_attack_struck(folded, hit.start) or _counted_among_the_harmed(folded, hit.start)
            or _harmed_by_its_verb(folded, hit.start, hit.end) or _suffers_losses(folded, hit.end)
            or _owns_what_was_struck(folded, hit.start, before))
        if entry is not None and (target or rules().own_articles[entry]) and _unread(entry, words):
            continue  # قتلت قوات الأمن مسلحا في بنزرت: Tunisia's, no side of ours
        phrase = folded[hit.start : hit.end].split()
        forces = not rules().forces.isdisjoint(phrase)
        blamed = claimed and any(CLITICS.strip_conjunction(w) in rules().blaming for w in before)
        subject = not (target or attack) and _after_opening_verb(folded, word_start(folded, at), rules().striking)
        harmed = target and not backer and _named_among_the_harmed(folded, hit.start, hit.end)
        out.append(ActorHit(hit.start, hit.end, name, air, target, capital, claimed, backer, attack, forces, entry,
                            informed, owner, blamed, claims, subject, hit.value[0] == ANAPHOR, responsible, harmed,
                            armour=not rules().armour.isdisjoint(phrase)))
    return [a for a in out if not any(u <= a.start < o for u, o in units)] if units else out


def tells(folded: str, hit: ActorHit, hits: list[ActorHit]) -> bool:
    """A word of telling or a leader's title stands among the three words before the phrase (ورواية حزب الله،
    الأمين العام لميليشيات حزب الله), or it is who accuses (`_accuses`): the side speaks, it does not strike."""
    before = _three_before(folded, hit.start)
    if _accuses(folded, hit, before, hits):
        return True
    return any(after_one_of(before[:n], rules().teller_cues) for n in range(1, len(before) + 1))


def _accuses(folded: str, hit: ActorHit, before: list[str], hits: list[ActorHit]) -> bool:
    """A verb of accusing right before the phrase, or before a list the phrase continues with و (ووجهت سوريا
    وروسيا وإيران الاتهامات), and the accused side or the accusation right after it (اتهمت روسيا الولايات
    المتحدة): the phrase is who accuses (but اتهمت دمشق إسرائيل بشن غارة: the accused)."""
    verbs = [i for i, w in enumerate(before) if CLITICS.strip_conjunction(w) in rules().accusers]
    if not verbs:
        return False
    rest = before[verbs[-1] + 1 :]
    joined = folded[word_start(folded, hit.start) : hit.start].startswith(CLITICS.list_conjunction)
    if rest and not (joined and all(w.startswith(CLITICS.list_conjunction) for w in rest[1:])):
        return False
    after = bare_words(folded[hit.end : hit.end + INFORMED_CHARS])[:1]
    if after and CLITICS.strip_conjunction(after[0]) in rules().agent_lam_cues:
        return True  # ووجهت سوريا الاتهامات لإسرائيل
    following = next((a for a in hits if a.start >= hit.end), None)
    if following is not None and not bare_words(folded[hit.end : word_start(folded, following.start)]):
        return True  # اتهمت روسيا الولايات المتحدة
    return _accused_named_after(folded, hit.end)


#: At most this many words name the accused, a side not known as an actor (فيلق القدس التابع للحرس), between the
#: accuser and the accusation.
ACCUSED_WORDS = 3
#: At most this many words tell a relative clause describing the accuser (الذي كان يسيطر على دوما) and the accused
#: after it, before the accusation.
DESCRIBED_WORDS = 8


def _accused_named_after(folded: str, end: int) -> bool:
    """One to `ACCUSED_WORDS` words, then the accusation, a word glued to ب (تتهم إسرائيل فيلق القدس بإطلاق
    صواريخ), stand after the phrase: they name whom it accuses; so do a relative clause describing the phrase and at
    least two words after it. Right after it, the accusation makes the phrase the accused (اتهمت إسرائيل بشن غارات),
    a day told between naming no one (اتهمت إسرائيل أمس بشن غارات)."""
    said = bare_words(folded[end : end + INFORMED_CHARS * 4])
    days = day_names() | cue_words().day_words
    words = [w for w in said if CLITICS.strip_conjunction(w) not in days]
    described = next((i for i, w in enumerate(words[:2]) if w in cue_words().relative_pronouns), None)
    if described is not None:  # اتهم الفصيل المعارض الذي كان يسيطر على دوما النظام بطمس الأدلة
        words = words[described + 1 :][: DESCRIBED_WORDS + 1]
        at = next((i for i, w in enumerate(words) if w.startswith(CLITICS.locative)), None)
        return at is not None and at > 2
    words = words[: ACCUSED_WORDS + 1]
    at = next((i for i, w in enumerate(words) if w.startswith(CLITICS.locative)), None)
    return at is not None and at > 0


def _owns_what_was_struck(folded: str, start: int, before: list[str]) -> bool:
    """The phrase at `start`, written with the proclitic ل, follows a word of belonging after a place or building
    among the three words before that word (مطار التيفور العسكري التابع للنظام السوري): the owner, a target."""
    r = rules()
    begin = word_start(folded, start)
    if not before or CLITICS.lam not in folded[begin:start]:
        return False
    if CLITICS.strip_conjunction(before[-1]) not in r.belonging:
        return False
    words = _clause_words_before(folded, begin)
    return any(CLITICS.strip_conjunction(w) in r.owned for w in words[-4:-1])


def _owned_unit(folded: str, start: int, before: list[str]) -> int | None:
    """Where the unit starts, among the two words before a word of belonging before the phrase at `start` written
    with the proclitic ل (قوة أمنية تابعة لقوات البيشمركة), that the phrase's side owns; None without one, or when a
    target or owned word stands between (قصفت القوات مواقع تابعة للنظام: the positions are the side's)."""
    r = rules()
    begin = word_start(folded, start)
    if not before or CLITICS.lam not in folded[begin:start] or CLITICS.strip_conjunction(before[-1]) not in r.belonging:
        return None
    found = word_matches(folded, max(0, begin - 50), begin)
    words = [(m.start(), CLITICS.strip_conjunction(m.group())) for m in found][-3:]  # the belonging word last
    for i, (at, word) in enumerate(words[:-1]):
        if word in r.units and not any(w in r.target_cues or w in r.owned for _, w in words[i + 1 : -1]):
            return at
    return None


def _owns_aircraft(folded: str, start: int, before: list[str]) -> bool:
    """The phrase at `start`, written with the proclitic ل, follows a word of belonging that follows aircraft
    among the two words before it (طائرات تابعة للنظام، طائرات هليكوبتر تابعة للحكومة السورية): the aircraft's
    side, who struck from the air."""
    r = rules()
    if not before or CLITICS.lam not in folded[word_start(folded, start) : start]:
        return False
    if CLITICS.strip_conjunction(before[-1]) not in r.belonging:
        return False
    return any(stem in w for w in before[-3:-1] for stem in r.aircraft)


#: How far after an actor phrase the word it was informed of is looked for, in characters.
INFORMED_CHARS = 40


def _informed_of(folded: str, start: int, end: int) -> bool:
    """A verb of informing or warning stands among the three words before the phrase, and right after it (across
    one adverb: مسبقا) an attack noun takes the proclitic ب (أبلغت الولايات المتحدة بالهجمات، لم تنذر مسبقا النظام
    بالغارات): the phrase names who was told of the attack, not who struck."""
    r = rules()
    if not any(CLITICS.strip_conjunction(w) in r.informing for w in _three_before(folded, start)):
        return False
    after = bare_words(folded[end : end + INFORMED_CHARS])[:2]
    if after and after[0] in r.informing_adverbs:
        after = after[1:]
    return bool(after) and after[0].startswith(CLITICS.locative) and after[0][1:] in r.attack_heads


def is_air(name: str | None) -> bool:
    """The actor fights mostly from the air (an ambiguous قصف by it is an airstrike)."""
    return bool(name) and rules().modes.get(name or "") == "air"


def strikes_with_missiles(name: str | None) -> bool:
    """The actor's missiles are strikes from afar (a state's ballistic or cruise missiles), typed as
    airstrikes: every air actor's, and those of an actor with `missiles = "air"`."""
    return is_air(name) or (bool(name) and name in rules().missiles_air)


def names_a_missile_side(words: list[str]) -> bool:
    """The first of `words` (the folded words right after a missile trigger) is the adjective of a side whose
    missiles strike from afar (صواريخ إسرائيلية), not followed by a word telling where they were made (إيرانية
    الصنع)."""
    if not words or words[0].removeprefix(CLITICS.article) not in rules().missile_adjectives:
        return False
    return len(words) < 2 or words[1] not in rules().made


def names_missiles(phrase: str) -> bool:
    """The folded actor phrase names a side's missiles (صاروخين إسرائيليين، الصواريخ الأمريكية): that side fired
    missiles."""
    return any(w in rules().missile_heads for w in phrase.split())


def compatible(a: str | None, b: str | None) -> bool:
    """Two actors may report the same happening: equal, unknown, or one is part of the other."""
    if not a or not b or a == b:
        return True
    part_of = rules().part_of
    return part_of.get(a) == b or part_of.get(b) == a


def alternatives_of(folded: str, hit: ActorHit, hits: list[ActorHit]) -> list[ActorHit]:
    """The other sides joined to the phrase by a word of alternatives (لم يتضح إن كان نفذها الجيش السوري أو
    التحالف، لا توجد إشارات على رد للنظام أو روسيا، روسيا أو سوريا أو إيران): the text tells none of them as
    who did it."""
    joined = []
    for other in hits:
        gap = folded[hit.end : other.start] if other.start >= hit.end else folded[other.end : hit.start]
        if other.name != hit.name and _offered_between([w.strip(".,،") for w in gap.split()]):
            joined.append(other)
    return joined


#: How many names of a list of alternatives may stand between two sides (روسيا أو سوريا أو إيران).
ALTERNATIVE_NAMES = 2


def _offered_between(gap: list[str]) -> bool:
    """The words between two sides are a word of alternatives, or a short list of names each joined by one
    (روسيا أو سوريا أو إيران)."""
    alternatives = rules().alternatives
    return len(gap) % 2 == 1 and len(gap) <= 2 * ALTERNATIVE_NAMES + 1 and all(
        w in alternatives for w in gap[::2])


def hedged(folded: str, start: int, end: int) -> bool:
    """The clause at folded offsets `start`-`end` hedges who did it (يعتقد، مزعوم، بحسب مصادر ...)."""
    return bool(rules().hedges.find_in(folded, start, end))


def hedges_only_its_side(folded: str, start: int, end: int) -> bool:
    """Every hedge of the clause at folded offsets `start`-`end` stands between a head and its side's adjective
    (صواريخ يعتقد أنها أميركية): it hedges who did the attack, not whether it was done."""
    sides = rules().hedged.find_in(folded, start, end)
    hedges = rules().hedges.find_in(folded, start, end)
    return bool(sides) and bool(hedges) and all(
        any(s.start <= h.start and h.end <= s.end for s in sides) for h in hedges)


#: How many words of a count may stand before the unit of a count of time (نحو ثلاثة أيام على، مرور عام على).
COUNT_WORDS = 3

#: A word of the folded text, or a mark of punctuation.
WORD_OR_MARK = re.compile(r"[^\s،,.:؛;]+|[،,.:؛;]")


def time_counted_from(folded: str, at: int, end: int) -> int | None:
    """Where the link ends of a count of time written right at folded `at`, before `end` (أسبوع من الهجوم، نحو
    شهرين من، بضع ساعات فقط من، 3 أيام على): the happening counted from begins after it. The first link within reach
    (`anchor_links`) after a unit of time, at most one of `unit_follow` (فقط) between, and before the unit at most
    `COUNT_WORDS` words of a count (a number, `count_words`); None without one."""
    r = rules()
    words = list(islice(WORD_OR_MARK.finditer(folded, at, end), COUNT_WORDS + 3))
    link = next((j for j in range(1, len(words)) if words[j][0] in r.anchor_links), None)
    if link is None:
        return None
    unit = link - 1 if words[link - 1][0] not in r.unit_follow or link == 1 else link - 2
    counts = [m[0] for m in words[:unit]]
    if len(counts) > COUNT_WORDS or words[unit][0] not in r.time_units:
        return None
    return words[link].end() if all(w in r.count_words or toll.number_of(w) is not None for w in counts) else None
