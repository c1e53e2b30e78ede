"""Whether a trigger tells a happening (`asserted`): not an attack pointed back to (هذا الهجوم), denied,
negated or only possible, a count over a period, some of the dead (بينهم انتحاري), bombs found or cleared
(تفكيك أكثر من 1900 لغم), an aircraft shot down, air cover of another attack (بإسناد بطيران), a dud (لم ينفجر),
a figure of speech between quotes, a court's sentence carried out (أعدم بعد إدانته), or missiles intercepted
(أسقطت الدفاعات الجوية صواريخ).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from gazetteer.clitics import CLITICS, clitic_stems
from gazetteer.normalize import normalize
from timeline.extract import actors
from timeline.extract.clauses import Clause
from timeline.extract.cues import Cues, any_of, cues, day_names, one_of, without_articles
from timeline.extract.judicial import culled, judicial_execution, punished
from timeline.extract.segment import NEXT_WORD, QUOTES, bare, definite
from timeline.extract.sentences import SENTENCE_END
from timeline.extract.spans import first_words
from timeline.extract.toll import find_toll
from timeline.extract.toll import rules as toll_rules
from timeline.extract.totals import captures_no_place
from timeline.extract.triggers import Trigger, find_triggers, strike_verbs, triggers_data

#: A present verb of fighting going on (تدور، تخوض) stands at most this many words before its attack noun
#: (تدور اشتباكات، تخوض القوات معارك: its subject between).
ONGOING_WORDS = 3

#: A downing word (أسقطت) at most this many words before an aircraft trigger: shot down, no strike.
DOWNED_WORDS = 5
#: The past negator at most this many words after an aircraft trigger, before a launching verb: no strike.
NEGATED_AIRCRAFT_WORDS = 2
#: A receiving word (لتلقي) at most this many words before a missile trigger tells the arms received (لتلقي السلاح
#: والصواريخ, لتسلم شحنة من الصواريخ); one further is another act (لتلقي العلاج بعد إصابتهم بصواريخ).
RECEIVED_WORDS = 3
#: A mission or campaign noun stands at most this many words before the verb that tells its aim (مهمة سرية تستهدف).
MISSION_WORDS = 2
#: A cause word at most this many words before an exercise tells what came before an attack (وبعد المناورات).
CAUSE_WORDS = 3
#: Punctuation that ends an exercise's phrase.
_PHRASE_ENDS = (",", "\u060c", "\u061b", ";")
#: An air defence word at most this many words before a missile trigger tells it intercepted (أسقطت الدفاعات صواريخ).
DEFENCE_WORDS = 8
#: How far after a missile trigger with air defence before it an intercepting word tells it intercepted.
INTERCEPTION_CHARS = 600
#: A support word (بدعم) at most this many words before a trigger naming aircraft makes it cover (بدعم من المروحيات).
SUPPORT_WORDS = 3
#: A found or cleared word (تفكيك) at most this many words before a bombing trigger makes it no attack.
FOUND_WORDS = 6
#: A destroying word at most this many words before a vehicle makes it a vehicle struck (دمرت القوات الأمنية العراقية
#: الأحد ثلاث عجلات مفخخة).
VEHICLE_STRIKE_WORDS = 6
#: At most this many words from a strike's trigger to a vehicle, the last a targeting verb: the trigger is the verb's
#: subject (ضربة جوية استهدفت آلية مفخخة).
TARGETING_WORDS = 2
#: How far before a targeting verb a strike's trigger is looked for (في ضربة جوية استهدفت).
STRIKE_BEFORE_VERB_CHARS = 24
#: A threat's noun stands at most this many words before the trigger it threatens (التهديدات الأمريكية بتنفيذ ضربات).
THREAT_WORDS = 3
#: How close before a trigger a word must stand to limit a denial to a side's part (مسؤوليته عن).
DENIAL_LIMIT_WORDS = 3
_SCARE_QUOTES = "«»\"“”'"
#: The full stop, commas and quotes a word is read without (الهجوم». → الهجوم).
_WORD_PUNCTUATION = ".,،«»\"“”"
#: Marks that end a stretch of a clause (a comma, a semicolon, a colon).
_CLAUSE_PUNCTUATION = ",،؛;:"
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class _Interception:
    defences: tuple[str, ...]  #: air defence, as the side that acts (الدفاعات الجوية، القبة الحديدية)
    intercepted: frozenset[str]  #: intercepting words with the missile as their pronoun (اعتراضه)
    shares: frozenset[str]  #: some of the missiles only (بعض، معظم)
    hits: frozenset[str]  #: words telling a missile hit (أصابت)
    repelling: frozenset[str]  #: past verbs of repelling a ground attack (تصدت)
    from_afar: frozenset[str]  #: words after an attack that tell it from the air or afar (بطائرات، صاروخي)
    attempt_heads: frozenset[str]  #: the first word of an attempt trigger (محاولة تقدم، عملية تسلل)
    foiling: frozenset[str]  #: words foiling an attempt, which was made (أحبطت، إحباط)


@cache
def _interception() -> _Interception:
    data = triggers_data()["negation"]["interception"]
    return _Interception(
        tuple(" ".join(normalize(w).split()) for w in data["defences"]),
        *(frozenset(normalize(w) for w in data[key])
          for key in ("intercepted", "shares", "hits", "repelling", "from_afar", "attempt_heads", "foiling")),
    )


@cache
def _preparing() -> frozenset[str]:
    """The present verbs of preparing whose object is told with ل (تعد لهجوم), folded."""
    return frozenset(normalize(w) for w in triggers_data()["negation"]["preparing"])


def _prepared_for(folded: str, tr: Trigger, before: list[str], begin: int) -> bool:
    """A verb of preparing stands right before the trigger word with ل (القوات تعد لهجوم على المدينة): an attack
    prepared, not one told."""
    return bool(before) and one_of(before[-1], _preparing()) and folded[begin : tr.end].startswith(CLITICS.lam)


def _an_attempt(folded: str, tr: Trigger) -> bool:
    """The trigger is a weak ground attack opening with an attempt word (محاولة تقدم، عملية تسلل): an attempt
    foiled was made."""
    first = folded[tr.start : tr.end].split()[:1]
    return tr.weak and tr.event_type == "ground_attack" and bool(first) and (
        CLITICS.strip_conjunction(first[0]) in _interception().attempt_heads)


def _a_deadly_attempt(folded: str, clause: Clause, before: list[str], begin: int) -> bool:
    """The last of the words `before` the trigger (at folded offset `begin`) is an attempt word (`attempt_heads`:
    محاولة) right after a word of "during" (`meeting_scenes`: خلال، أثناء) and its clause tells dead before them
    (قتل 25 مقاتلا خلال محاولة هجوم فاشلة على قاعدة): an attempt that was made and killed, as a failed attack that
    killed is one."""
    if len(before) < 2 or CLITICS.strip_conjunction(before[-1]) not in _interception().attempt_heads or not one_of(
            before[-2], cues().meeting_scenes):
        return False
    scene = folded.rfind(before[-2], clause.start, begin)
    return scene > clause.start and bool(find_toll(folded[clause.start : scene]).killed)


def after_victims(before: list[str]) -> bool:
    """The words `before` a word end with one of the victims words, or one and a count (بينهم، بينهم ثلاثة)."""
    victims = cues().victims
    return bool(before) and (one_of(before[-1], victims) or (
        len(before) >= 2 and one_of(before[-2], victims) and _count(before[-1])))


def _unasserted_after(word: str, before: list[str], c: Cues) -> bool:
    """A word after the trigger makes it no happening (المرتقب، مستمرة), but not a word that tells it goes on
    after a verb of fighting going on now (تخوض القوات اشتباكات مستمرة: fighting at the time of writing), not
    told of a past time (كانت القوات تخوض اشتباكات مستمرة)."""
    if not one_of(word, c.unasserted_after):
        return False
    return not (one_of(word, c.continuing_after) and any(one_of(w, c.ongoing_verbs) for w in before[-ONGOING_WORDS:])
                and not any(CLITICS.strip_conjunction(w) in c.past_progressive for w in before))


def _a_process_after(after: list[str], c: Cues) -> bool:
    """A political process among the words `after` a trigger (عملية السلام، عملية تشكيل الحكومة), with no word of
    its parties before it (اشتباكات بين سرايا السلام، هجوم على قوات حفظ السلام: a party's name)."""
    for word in after:
        if one_of(word, c.process_parties):
            return False
        if one_of(word.strip(_WORD_PUNCTUATION), c.processes):
            return True
    return False


#: A word of letters or digits: a dash or a colon of a list (ما يلي: 1 - عملية) is no word between a cue and a trigger.
_WORDLIKE = re.compile(r"\w")
#: The letters of the word at an offset.
_WORD_AT = re.compile(r"[^\W\d_]+")


def asserted(folded: str, clause: Clause, tr: Trigger) -> bool:
    """The trigger tells a happening: not a noun after a demonstrative (هذا الهجوم; a verb after one follows a
    connective: إلى ذلك خطفت، على ضوء هذا هاجمت), a time noun of an attack told before
    (يوم التفجير), a negation or an irrealis word, not before an irrealis one (المرتقب), not a count over a period,
    not an aircraft shot down or falling (أسقطت طائرة، سقوط مروحية)."""
    c = cues()
    begin = actors.word_start(folded, tr.start, clause.start)
    before = [w.strip(QUOTES) for w in folded[max(clause.start, begin - 80) : begin].split() if _WORDLIKE.search(w)]
    foiled = _interception().foiling if _an_attempt(folded, tr) else frozenset()
    if foiled:
        before = [w for w in before if not one_of(w, foiled)]  # أحبطت الفصائل محاولة تقدم: the attempt was made
    if _a_deadly_attempt(folded, clause, before, begin):
        before = before[:-1]  # قتل 25 مقاتلا خلال محاولة هجوم فاشلة: the attempt was made and killed
    after = first_words(folded, tr.end, clause.end, 5)
    if (before and not tr.verb and _pointed_to(before, c)) or _points_back(folded, tr, c):
        return False  # هذا الهجوم، هذا هو الهجوم، الهجوم ذلك: told before; not a verb after a connective (إلى ذلك خطفت)
    if before and not tr.verb and one_of(before[-1], c.times_of):
        return False  # فجر يوم التفجير الجمعة: the time of an attack told before
    if after_victims(before):
        return False  # بينهم انتحاري، بينهم ثلاثة انتحاريين: some of the dead
    if " ".join(CLITICS.strip_conjunction(w) for w in before[-2:]) in c.most_of:
        return False  # يعد من أكثر التفجيرات دموية: a class compared
    if _cleared(folded, tr, before, c):
        return False  # تفكيك أكثر من 1900 لغم: bombs cleared
    if tr.event_type == "bombing" and not tr.verb and _vehicle_trigger_struck(folded, clause, tr):
        return False  # تدمير سيارة مفخخة، ضربة استهدفت سيارة مفخخة: the vehicle was struck, it struck nothing
    if _downed(folded, tr, before, clause, c) or _intercepted(folded, tr, before, clause, c):
        return False
    if _scare_quoted(folded, tr) or captures_no_place(folded, clause, tr, begin):
        return False
    if judicial_execution(folded, clause, tr) or culled(folded, clause, tr) or punished(folded, clause):
        return False  # أعدم شنقا بعد إدانته، حكم القتل قصاصا: a court's sentence carried out; أعدمت دجاجة: a cull
    repelled = repelled_from(folded, tr, clause.start) is not None  # تصدت المقاومة لهجوم: it happened
    if tr.event_type == "airstrike" and _cover(folded, tr, before, c):
        return False  # بإسناد بطيران التحالف، بدعم من المروحيات: air cover of another attack
    in_clause = folded[clause.start : begin].split()  # the clause's words before the trigger, read by three tests
    if _planned(folded, clause, tr, in_clause, c, foiled) or _dropping_or_launching(folded, clause, tr, c):
        return False  # خططوا ... وتفجير مساجد، ألقت مروحيات حربية الخميس مناشير: a plan, leaflets
    if _a_topic(folded, clause, tr, in_clause, c):
        return False  # ناقش الوزير مع نظيره الهجمات الإرهابية: a topic of talks
    if _carried_out(folded, clause, tr, after, c) or _undergone(folded, clause, tr, before, c):
        return False  # الغارات التي يشنها الجيش، بلدة تتعرض لغارات: what a side carries out or a place undergoes
    return not (
        any_of(before[-2:], c.negations)
        or " ".join(before[-3:-1]) in c.without_doing
        or _not_done(before, c)
        or _aircraft_not_striking(folded, tr, after, c)
        or (tr.missiles and any_of(before[-RECEIVED_WORDS:], c.receiving))
        or _a_missions_aim(tr, before, c)
        or _an_arrest_campaigns_aim(folded, clause, tr, before, c)
        or any_of(before[-8:], c.irrealis)
        or _prepared_for(folded, tr, before, begin)
        or _no_attack_before(before, repelled, c)
        or any_of(before[-THREAT_WORDS:], c.threat_nouns)
        or any(_unasserted_after(w.strip(_WORD_PUNCTUATION), before, c) for w in after[:3])
        or _a_process_after(after[:3], c)
        or _unexploded(after, c)
        or _conditional(folded, clause, tr, c)
        or _may(folded, clause, tr, before, c)
        or _sport(folded, clause, c)
        or _denied(in_clause, c)
        or _statistic(before, after, c)
    )


def _a_missions_aim(tr: Trigger, before: list[str], c: Cues) -> bool:
    """The trigger is a verb in the present tense right after a noun of a mission or after it and one adjective
    (في مهمة سرية تستهدف قياديا): the mission's aim, no attack told."""
    return bool(tr.verb and tr.present) and any_of(before[-MISSION_WORDS:], c.mission_nouns)


def _an_arrest_campaigns_aim(folded: str, clause: Clause, tr: Trigger, before: list[str], c: Cues) -> bool:
    """The trigger is a verb right after a noun of a campaign or after it and one adjective (حملة أمنية استهدفت) in
    a clause telling arrests and no toll (أوقفت الشرطة 251 شخصا في إطار حملة استهدفت أفرادا): whom the arrests aimed
    at, no attack told."""
    if not (tr.verb and any_of(before[-MISSION_WORDS:], c.campaigns)):
        return False
    text = folded[clause.start : clause.end]
    return any_of(text.split(), c.campaign_arrests) and not find_toll(text).told


def _no_attack_before(before: list[str], repelled: bool, c: Cues) -> bool:
    """One of `non_attack` among the eight words `before` a trigger (تحطمت طائرة، اعترضت الدفاعات صاروخا), not a
    word of repelling when the attack was `repelled`; only a protest word when a word of "during" (`meeting_scenes`)
    stands right before the trigger: a crash or an interception told before happened during an attack made
    (تحطمت الطائرة أثناء قصفها حيا), clashes during protests stay no attack."""
    window = before[-8:]
    if not any_of(window, c.non_attack):
        return False
    if one_of(window[-1], c.meeting_scenes):
        return any_of(window, c.protests)
    return any(one_of(w, c.non_attack) and not (repelled and one_of(w, _interception().repelling)) for w in window)


#: A past verb of repelling stands at most this many words before the ground attack it has for object (تصدت
#: المقاومة الشعبية في مأرب لهجوم).
REPELLED_WORDS = 8
#: The words (and characters) after a repelled attack's trigger that may tell it from afar (لهجوم بطائرات مسيرة).
FROM_AFAR_WORDS = 3
FROM_AFAR_CHARS = 40


def repelled_from(folded: str, tr: Trigger, start: int = 0) -> int | None:
    """Where the past verb of repelling ends that has the ground attack trigger for object (تصدت المقاومة لهجوم شنه
    الحوثيون): among the `REPELLED_WORDS` words before it after `start` and a sentence's end, the trigger or a word
    after the verb with ل for its proclitic (لهجوم، لعدة هجمات), no air defence after the verb (تصدت الدفاعات
    الجوية لهجوم) and no missile or aircraft telling the attack (لهجوم صاروخي، لهجوم بطائرات مسيرة: `from_afar`);
    None when it is not so repelled. The repelled attack happened, and it is the other side's."""
    i = _interception()
    if tr.event_type != "ground_attack" or tr.missiles or any(
            without_articles(w.removeprefix(CLITICS.locative)) in i.from_afar
            for w in _bare_words(folded[tr.end : tr.end + FROM_AFAR_CHARS].split()[:FROM_AFAR_WORDS])):
        return None
    begin = actors.word_start(folded, tr.start, start)
    floor = max(start, begin - 80)
    for end in SENTENCE_END.finditer(folded, floor, begin):
        floor = end.end()
    spans = [(m.end(), bare(m.group())) for m in _WORD.finditer(folded, floor, begin)][-REPELLED_WORDS:]
    word = _bare_words([folded[begin : tr.end]])[0]
    for n, (at, verb) in enumerate(spans):
        if not one_of(verb, i.repelling):
            continue
        after = _bare_words([w for _, w in spans[n + 1 :]])
        if any(w.startswith(CLITICS.lam) for w in [*after, word]) and not any(
                f" {defence} " in " " + " ".join(after) + " " for defence in i.defences):
            return at
    return None


def _planned(folded: str, clause: Clause, tr: Trigger, words: list[str], c: Cues,
             spared: frozenset[str] = frozenset()) -> bool:
    """A plan or threat word (not one of `spared`: the foiling of an attempt made) stands anywhere before a trigger
    noun in its clause with no strike verb, cause, since word or complementizer between them (خططوا من دول الجوار
    لإثارة الفتنة وإشاعة الفوضى وتفجير مساجد): what was planned, foiled or threatened; not a verb, nor a noun in a
    clause that tells a toll or described right after it as done (التفجير الذي خطط له أودى بحياة 20). An exercise
    reaches as far (وينطوي التمرين على نقل الجنود بواسطة مروحيات هجومية), within its own phrase (`_rehearsing`).
    `words`: the clause's words before the trigger."""
    if tr.verb:
        return False
    bared = [bare(w) for w in words]
    plans = c.plans - spared if spared else c.plans
    if not (any_of(bared, plans) or any_of(bared, c.rehearsals)):
        return False
    at = next((i for i in range(len(words) - 1, -1, -1) if one_of(bared[i], plans) or (
        one_of(bared[i], c.rehearsals) and _rehearsing(words, i, c))), None)
    return at is not None and _governs(folded, clause, tr, words, at, c)


def _a_topic(folded: str, clause: Clause, tr: Trigger, words: list[str], c: Cues) -> bool:
    """A verb of talks stands anywhere before a definite trigger noun in its clause, with no strike verb, cause
    word or limit between them (ناقش الوزير مع نظيره التطورات والهجمات الإرهابية للتنظيم): a topic discussed, not
    an attack of the talks' day; not a verb of talks right before عن (يبحثون عن: a search), nor a noun in a
    clause that tells a toll or described right after it (ناقشا الهجوم الذي أودى بحياة 20). `words`: the clause's words
    before the trigger."""
    if tr.verb or not definite(folded, tr):
        return False
    at = next((i for i in range(len(words) - 1, -1, -1) if CLITICS.strip_conjunction(bare(words[i])) in c.topics
               and not (i + 1 < len(words) and bare(words[i + 1]) in c.searched)), None)
    return at is not None and _governs(folded, clause, tr, words, at, c)


def _governs(folded: str, clause: Clause, tr: Trigger, words: list[str], at: int, c: Cues) -> bool:
    """The word at `at` of the clause's `words` governs the trigger noun after them: no strike verb, cause word or
    limit between them (منذ تفجيرات الرياض، هدد بسبب القصف، هدد ... حين قال إن الإسرائيليين ارتكبوا بقصفهم), and
    the noun is not described right after it nor the clause's toll told (التفجير الذي خطط له أودى بحياة 20)."""
    between = " ".join(words[at + 1 :])
    if strike_verbs(between) or c.causes.search(between) or any(
            one_of(CLITICS.strip_conjunction(bare(w)), c.plan_limits) for w in words[at + 1 :]):
        return False
    after = first_words(folded, tr.end, clause.end, 1)
    return not (after and after[0] in c.relative_pronouns) and not find_toll(folded[clause.start : clause.end]).told


def _rehearsing(words: list[str], at: int, c: Cues) -> bool:
    """The exercise at `at` governs the words after it: no cause word among the `CAUSE_WORDS` before it (وبعد
    المناورات: what came before an attack) and no comma after it (أجروا مناورات في الصحراء، ثم انتقلوا إلى الجبهة
    للمشاركة في عملية: the exercise's phrase has ended)."""
    return not c.causes.search(" ".join(words[max(0, at - CAUSE_WORDS) : at])) and not any(
        mark in w for w in words[at:] for mark in _PHRASE_ENDS)


def _carried_out(folded: str, clause: Clause, tr: Trigger, after: list[str], c: Cues) -> bool:
    """A present verb of carrying out among the three words after a trigger noun (الغارات التي يشنها الجيش، هجمات يشنها
    متشددون) in a clause that tells no toll and no strike verb besides the trigger: the side's attacks in general,
    not one of them (استهدفت الضربات التي تنفذها الولايات المتحدة مركز البحوث: what they struck is told)."""
    if not tr.verb and _waging_aircraft(folded, tr, c):
        return not find_toll(folded[clause.start : clause.end]).told  # the strike noun before its verb is the same
    if tr.verb or not any(one_of(bare(w), c.carried_out) for w in after[:3]):
        return False
    text = folded[clause.start : clause.end]
    struck = any(not (clause.start + h.start < tr.end and tr.start < clause.start + h.end) for h in strike_verbs(text))
    return not struck and not find_toll(text).told


def _aircraft_head(folded: str, tr: Trigger, c: Cues) -> str | None:
    """The trigger's first word without its article when it names aircraft (الطائرات، مقاتلات), else None."""
    head = without_articles(folded[tr.start : tr.end]).split()[0]
    return head if head in c.aircraft else None


def _waging_aircraft(folded: str, tr: Trigger, c: Cues) -> bool:
    """The trigger names aircraft right after a present verb of carrying out, its subject (قصف جوي تشنه مقاتلات
    حربية روسية، الغارات التي يشنها الطيران): the side's attacks in general, as the strike noun before the verb."""
    if _aircraft_head(folded, tr, c) is None:
        return False
    before = folded[max(0, tr.start - 20) : tr.start].split()
    return bool(before) and one_of(bare(before[-1]), c.carried_out)


def _undergone(folded: str, clause: Clause, tr: Trigger, before: list[str], c: Cues) -> bool:
    """A present verb of undergoing among the two words before a trigger noun (البلدة التي تتعرض لغارات روسية) in a
    clause that tells no toll: what the place undergoes, not one attack."""
    if not any(one_of(w, c.undergoing) for w in before[-2:]):
        return False
    return not find_toll(folded[clause.start : clause.end]).told


def _dropping_or_launching(folded: str, clause: Clause, tr: Trigger, c: Cues) -> bool:
    """An air trigger with what aircraft drop that is no weapon (ألقت مروحيات حربية تابعة للنظام الخميس مناشير) or
    a weapons test or a space launch (أعلنت القوات الجوية أنها اختبرت صاروخا، إدارة الطيران والفضاء) anywhere
    after it in its clause, in a clause that tells no toll: leaflets, aid or a launch, no strike; so is a missile
    trigger with a test or a launch after it (صاروخ سويوز يحمل طاقما إلى المحطة الفضائية)."""
    if tr.event_type != "airstrike" and not tr.missiles:
        return False
    after = [bare(w) for w in folded[tr.end : clause.end].split()]
    dropped = c.trials | c.dropped if tr.event_type == "airstrike" else c.trials
    return any(one_of(w, dropped) for w in after) and not find_toll(folded[clause.start : clause.end]).told


def _cleared(folded: str, tr: Trigger, before: list[str], c: Cues) -> bool:
    """A bombing noun with a found or cleared word among the `FOUND_WORDS` words before it and no strike verb
    between them (انتزاع وتفكيك أكثر من 1900 لغم; not بعد العثور على جثة قتل آخر في انفجار عبوة)."""
    if tr.event_type != "bombing" or tr.verb:
        return False
    at = next((i for i in range(len(before) - 1, max(-1, len(before) - 1 - FOUND_WORDS), -1)
               if one_of(before[i], c.found)), None)
    return at is not None and not strike_verbs(" ".join(before[at + 1 :]))


def cleared_at(folded: str, clause: Clause, start: int) -> bool:
    """The bombing word at `start` names a bomb found or cleared (إزالة أكثر من 450 عبوة ناسفة), as `_cleared` reads a
    trigger: the weapon of no attack."""
    begin = actors.word_start(folded, start, clause.start)
    before = [w.strip(QUOTES) for w in folded[max(clause.start, begin - 80) : begin].split() if _WORDLIKE.search(w)]
    return _cleared(folded, Trigger(start, start, "bombing", False), before, cues())


def _count(word: str) -> bool:
    """The word is a number, in digits or in words (3، ثلاثة)."""
    return word.isdecimal() or word in toll_rules().cardinals


def _pointed_to(before: list[str], c: Cues) -> bool:
    """The words `before` a trigger noun end with a demonstrative (هذا الهجوم), or one and a pronoun of a copula
    (هذا هو الهجوم الأعنف): the noun names an attack told before."""
    pointer = before[:-1] if len(before) > 1 and before[-1] in c.copulas else before
    return one_of(pointer[-1], c.demonstratives)


def _points_back(folded: str, tr: Trigger, c: Cues) -> bool:
    """A demonstrative right after the trigger (حادثة التفجير تلك، الهجوم ذلك): it names an attack told
    before; not one before a definite noun, which dates (الغارة هذا الأسبوع), unless the trigger is a verb
    whose subject is an attack pointed to (استهدفت تلك الهجمات منتجعا: the attacks told before)."""
    pointer = NEXT_WORD.match(folded, tr.end)
    if pointer is None or pointer.group(1) not in c.demonstratives:
        return False
    after = NEXT_WORD.match(folded, pointer.end())
    return after is None or not after.group(1).startswith(CLITICS.article) or (
        tr.verb and without_articles(after.group(1)) in c.attack_words)


def _scare_quoted(folded: str, tr: Trigger) -> bool:
    """The trigger, one word, stands alone between quotes (مواجهة و"اشتباكا" بين الوزيرين): a figure of
    speech (a quoted phrase, "هجوما صاروخيا", is a source's wording)."""
    if " " in folded[tr.start : tr.end]:
        return False
    end = tr.end
    while end < len(folded) and folded[end].isalpha():
        end += 1  # a pronoun suffix or the accusative ending
    return tr.start > 0 and folded[tr.start - 1] in _SCARE_QUOTES and end < len(folded) and (
        folded[end] in _SCARE_QUOTES)


def _cover(folded: str, tr: Trigger, before: list[str], c: Cues) -> bool:
    """A support word right before an air trigger (بإسناد بطيران التحالف), or up to `SUPPORT_WORDS`
    words before one that names aircraft (بدعم من المروحيات; not بإسناد من غارات التحالف: the strikes
    of the side that backs)."""
    if before and one_of(before[-1], c.support):
        return True
    head = without_articles(folded[tr.start : tr.end]).split()[0]
    return head in c.aircraft and any(one_of(w, c.support) for w in before[-SUPPORT_WORDS:])


def _downed(folded: str, tr: Trigger, before: list[str], clause: Clause, c: Cues) -> bool:
    """The trigger names an aircraft shot down or falling: a downing word among the `DOWNED_WORDS`
    words before it (أسقطت الدفاعات الجوية طائرة), or a deploying one (نشرت الولايات المتحدة الأحد مقاتلات: aircraft
    sent, no strike by them), a falling word right before it (سقوط طائرة), a downing
    verb with it as its pronoun after it (طائرة مسيرة أسقطتها الدفاعات); or the aircraft that shot another
    down (أسقطت مروحية حربية السبت طائرة مسيرة); or an aircraft struck (`_aircraft_targeted`)."""
    head = _aircraft_head(folded, tr, c)
    if head is None:
        return False
    after = first_words(folded, tr.end, clause.end, DOWNED_WORDS)
    return (any(one_of(w, c.downed) or one_of(w, c.deployed) for w in before[-DOWNED_WORDS:]) or _fallen(before, c)
            or any(one_of(w, c.downed_after) for w in after) or _downs_an_aircraft(folded, tr, clause.end, c)
            or _aircraft_targeted(head, before, after, c))


def aircraft_targeted_at(folded: str, clause: Clause, start: int) -> bool:
    """The word from `start` is an aircraft struck (إطلاق نار استهدف مروحية، بالمروحية التي تم استهدافها): no
    weapon of the clause's attack."""
    end = folded.find(" ", start)
    end = min(clause.end, len(folded) if end < 0 else end)
    begin = actors.word_start(folded, start, clause.start)
    before = [w.strip(QUOTES) for w in folded[max(clause.start, begin - 40) : begin].split()]
    head = without_articles(folded[start:end].strip(QUOTES + ".,،")).split()
    after = first_words(folded, end, clause.end, DOWNED_WORDS)
    return bool(head) and _aircraft_targeted(head[0], before, after, cues())


def vehicle_struck(folded: str, clause: Clause, vehicle: int, strike_end: int | None = None) -> bool:
    """The word from `vehicle` is a vehicle struck (عجلات مفخخة، سيارة مفخخة), not the weapon of an attack: the object
    of a destroying word among the `VEHICLE_STRIKE_WORDS` words before it (دمرت القوات الأمنية ثلاث عجلات مفخخة،
    تدمير سيارة مفخخة) or, given where the strike's trigger ends (`strike_end`), of a targeting verb right before it
    that has that trigger for subject (ضربة استهدفت آلية مفخخة; not استهدفت سيارة مفخخة حاجزا, the car bomb its
    subject)."""
    c = cues()
    if not _a_vehicle(folded, clause, vehicle):
        return False
    before = folded[clause.start : vehicle].split()
    if any(not c.vehicle_strikes.isdisjoint(clitic_stems(bare(w))) for w in before[-VEHICLE_STRIKE_WORDS:]):
        return True
    between = folded[strike_end:vehicle].split() if strike_end is not None and strike_end <= vehicle else []
    return 0 < len(between) <= TARGETING_WORDS and not c.vehicle_targeting.isdisjoint(clitic_stems(bare(between[-1])))


def _a_vehicle(folded: str, clause: Clause, at: int) -> bool:
    """The word from `at` names a vehicle (سيارة، عجلات، بالآلية)."""
    word = _WORD_AT.match(folded, at, clause.end)
    return word is not None and not cues().vehicles.isdisjoint(clitic_stems(word.group(0)))


def _vehicle_trigger_struck(folded: str, clause: Clause, tr: Trigger) -> bool:
    """A bombing trigger naming a vehicle (سيارة مفخخة) is a vehicle struck (`vehicle_struck`), by the strike whose
    trigger stands among the words right before it, if any (ضربة استهدفت سيارة مفخخة)."""
    if not _a_vehicle(folded, clause, tr.start):
        return False
    verb = actors.word_start(folded, max(clause.start, tr.start - 1), clause.start)
    stretch = max(clause.start, verb - STRIKE_BEFORE_VERB_CHARS)
    strikes = [t for t in find_triggers(folded[stretch:verb]) if t.event_type != "bombing"]
    return vehicle_struck(folded, clause, tr.start, stretch + strikes[-1].end if strikes else None)


def _aircraft_targeted(head: str, before: list[str], after: list[str], c: Cues) -> bool:
    """A feminine aircraft word right after a targeting verb in the masculine, its object (إطلاق نار استهدف مروحية
    عسكرية), or told with a passive auxiliary and a verbal noun of targeting it after it (بالمروحية التي تم
    استهدافها): an aircraft struck, no air strike by it."""
    if head not in c.struck_aircraft:
        return False
    if before and CLITICS.strip_conjunction(bare(before[-1])) in c.struck_before:
        return True
    words = [bare(w) for w in after]
    return any(words[n - 1] in c.done_auxiliaries and one_of(w, c.struck_after) for n, w in enumerate(words) if n)


def _fallen(before: list[str], c: Cues) -> bool:
    """A falling or flying-over word right before an aircraft (سقوط طائرة، تحليق طائرات), or one word before it with
    a day word between (سقطت أمس طائرة حربية في سوق)."""
    return bool(before) and (one_of(before[-1], c.falling_or_overflight) or (
        len(before) >= 2 and one_of(before[-2], c.falling_or_overflight) and one_of(before[-1], day_names())))


def _intercepted(folded: str, tr: Trigger, before: list[str], clause: Clause, c: Cues) -> bool:
    """A missile trigger told intercepted: a downing word among the `DOWNED_WORDS` before it (أسقطت الدفاعات
    صواريخ، أسقطت إسرائيل صاروخا), an intercepting word with it as its pronoun after it in its sentence, before
    any aircraft named (وتمكنت الدفاعات من اعتراضه; not ردا على تسلل طائرة قبل أن يتم اعتراضها), or air defence
    among the `DEFENCE_WORDS` words before it (رصدت قوات الدفاع الجوي إطلاق صاروخ) with such a word in the
    `INTERCEPTION_CHARS` after it (a launch detected, then told intercepted); not when only some were (بعض
    الصواريخ), its sentence tells one hit (وأصابت أخرى) or its clause a toll."""
    if not tr.missiles:
        return False
    i = _interception()
    near = _bare_words(before[-DEFENCE_WORDS:])
    rest = _bare_words(_rest_of_sentence(folded, tr.end).split())
    aircraft = next((n for n, w in enumerate(rest) if without_articles(w) in c.aircraft), len(rest))
    defended = any(f" {defence} " in " " + " ".join(near) + " " for defence in i.defences)
    if not (any(one_of(w, c.downed) for w in before[-DOWNED_WORDS:]) or not i.intercepted.isdisjoint(rest[:aircraft])
            or (defended and not i.intercepted.isdisjoint(
                _bare_words(folded[tr.end : tr.end + INTERCEPTION_CHARS].split())))):
        return False
    return i.shares.isdisjoint(near) and i.hits.isdisjoint(rest) and not find_toll(
        folded[clause.start : clause.end]).told


def _bare_words(words: list[str]) -> list[str]:
    """The words without quotes, punctuation or a leading conjunction."""
    return [CLITICS.strip_conjunction(bare(w)) for w in words]


def _rest_of_sentence(folded: str, start: int) -> str:
    """The text from `start` to the end of its sentence."""
    end = SENTENCE_END.search(folded, start)
    return folded[start : end.start() if end else len(folded)]


def _downs_an_aircraft(folded: str, tr: Trigger, end: int, c: Cues) -> bool:
    """A downing word among the `DOWNED_WORDS` words after an aircraft trigger, then an aircraft among the
    `DOWNED_WORDS` words after it, all before any comma (مروحية حربية أسقطت السبت طائرة): the trigger shot
    that aircraft down (not بنيران طائرات حربية، وأسقطت الدفاعات طائرة: another stretch's)."""
    stop = next((i for i in range(tr.end, end) if folded[i] in _CLAUSE_PUNCTUATION), end)
    after = first_words(folded, tr.end, stop, 2 * DOWNED_WORDS)
    at = next((n for n, w in enumerate(after[:DOWNED_WORDS]) if one_of(w, c.downed)), None)
    return at is not None and any(
        without_articles(CLITICS.strip_conjunction(w)) in c.aircraft for w in after[at + 1 : at + 1 + DOWNED_WORDS])


def _unexploded(after: list[str], c: Cues) -> bool:
    """Among the four words after the trigger, a phrase telling it did not go off (صاروخ توماهوك
    أميركي لم ينفجر، قذيفة غير منفجرة)."""
    return _a_phrase_among(after[:4], c.unexploded)


def _not_done(before: list[str], c: Cues) -> bool:
    """The past negator stands right before the trigger (لم تقصف الطائرات المدينة), or before it and a launching verb
    (لم يشن الطيران غارة): what was not done."""
    return bool(before) and (one_of(before[-1], c.not_done) or (
        len(before) > 1 and one_of(before[-2], c.not_done) and one_of(before[-1], c.not_done_verbs)))


def _aircraft_not_striking(folded: str, tr: Trigger, after: list[str], c: Cues) -> bool:
    """An aircraft trigger has the past negator among the `NEGATED_AIRCRAFT_WORDS` words after it, then a launching
    verb (الطائرات لم تقصف البلدة، الطائرات الروسية لم تشن غارات): the aircraft did not strike."""
    if _aircraft_head(folded, tr, c) is None:
        return False
    words = [w.strip(_WORD_PUNCTUATION) for w in after[: NEGATED_AIRCRAFT_WORDS + 1]]
    return any(one_of(w, c.not_done) and one_of(v, c.not_done_verbs) for w, v in pairwise(words))


def _conditional(folded: str, clause: Clause, tr: Trigger, c: Cues) -> bool:
    """A condition stands anywhere after the trigger in its clause (قصف قريتي الفوعة وكفريا ما دامت الزبداني
    تتعرض للقصف): what a side will do as long as it holds, no attack told."""
    return _a_phrase_among(folded[tr.end : clause.end].split(), c.conditions)


def _a_phrase_among(words: list[str], phrases: tuple[str, ...]) -> bool:
    """One of the folded `phrases` is written by whole words among `words`, punctuation around them dropped."""
    joined = " " + " ".join(w.strip(_WORD_PUNCTUATION) for w in words) + " "
    return any(f" {phrase} " in joined for phrase in phrases)


def _may(folded: str, clause: Clause, tr: Trigger, before: list[str], c: Cues) -> bool:
    """A phrase of `may` among the eight words before the trigger or the seven after it, in a clause that tells
    no toll (يعد لما قد يكون أكبر هجوم، هجوم القوات على المدينة قد تكون له تداعيات): an attack that may come."""
    after = first_words(folded, tr.end, clause.end, 7)
    window = [*before[-8:], "|", *after]
    if not any(w in c.may_heads for w in window):  # no قد or ربما: the common case, read at once
        return False
    return _a_phrase_among(window, c.may) and not find_toll(folded[clause.start : clause.end]).told


def _sport(folded: str, clause: Clause, c: Cues) -> bool:
    """The clause is about a game (a word of `sport`: عدل النتيجة بقذيفة في المباراة، اشتبك لاعبو الفريق مع
    الجماهير) and tells no toll."""
    return _game(folded, clause.start, clause.end)


@lru_cache(maxsize=64)
def _game(folded: str, start: int, end: int) -> bool:
    """`folded[start:end]` holds a word of `sport` and tells no toll (read once per clause)."""
    return cues().sport.search(folded, start, end) is not None and not find_toll(folded[start:end]).told


def _denied(before: list[str], c: Cues) -> bool:
    """A denial stands before the trigger in its clause (نفت الولايات المتحدة شن غارات، لا صحة لما تردد عن وقوع
    هجمات), and what it denies is not a side's part in the attack nor something during it, told among the last
    `DENIAL_LIMIT_WORDS` words before the trigger (نفى مسؤوليته عن التفجير، سقوط طائرة خلال الغارات)."""
    words = [w.strip(QUOTES) for w in before]
    at = _denial_at(words, c)
    return at is not None and not any(
        one_of(w, c.denial_limits) for w in words[max(at + 1, len(words) - DENIAL_LIMIT_WORDS) :]
    )


def denial_phrase_in(folded: str, clause: Clause) -> bool:
    """The clause holds a phrase of `denial_phrases` (لا صحة لما يتم تداوله عن مقتل مواطن): what it tells is denied."""
    return _phrase_end([w.strip(QUOTES) for w in folded[clause.start : clause.end].split()], cues()) is not None


def _denial_at(words: list[str], c: Cues) -> int | None:
    """The index of the last word of the last denial among `words`, a word of `denials` or the end of a phrase
    of `denial_phrases`, or None."""
    at = next((i for i in range(len(words) - 1, -1, -1) if one_of(words[i], c.denials)), None) if any_of(
        words, c.denials) else None
    end = _phrase_end(words, c)
    return end if end is not None and (at is None or end > at) else at


def _phrase_end(words: list[str], c: Cues) -> int | None:
    """The index of the last word of the last phrase of `denial_phrases` among `words` (its first word may bear و),
    or None."""
    if not any(phrase.split()[1] in words for phrase in c.denial_phrases):
        return None  # no صحة nor ترد: the common case, read at once
    ends = [i + len(phrase.split()) - 1 for phrase in c.denial_phrases for i in range(len(words))
            if " ".join([CLITICS.strip_conjunction(words[i]), *words[i + 1 : i + len(phrase.split())]]) == phrase]
    return max(ends, default=None)


def _statistic(before: list[str], after: list[str], c: Cues) -> bool:
    """A count of attacks over a period (44 هجوما خلال العام) or in thousands (29 ألفا و358
    ضربة), not one event."""
    count = CLITICS.strip_conjunction(before[-1]) if before else ""
    if not ((count.isdecimal() and not 1900 < int(count) < 2100) or count in toll_rules().cardinals):
        return False
    if (count.isdecimal() and int(count) >= 1000) or any(
        w.rstrip(CLITICS.accusative) in toll_rules().multipliers for w in before[-3:]
    ):
        return True
    around = " " + " ".join(CLITICS.strip_conjunction(w.strip(".,،")) for w in [*before[-9:-1], "|", *after]) + " "
    return any(f" {phrase} " in around for phrase in c.statistics)


def tells_a_hit(word: str) -> bool:
    """A folded word is a verb of hitting (`hits`: أصابت)."""
    return word in _interception().hits
