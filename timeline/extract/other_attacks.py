"""The attacks a clause tells beside its own event, drafted apart so that they lend it nothing.

The part of a clause before a word counting a day from a happening after it (غداة); a strike noun without a
side naming again the attack a sentence just before named by its kind; the earlier attack a clause's event
answers or follows (ردا على هجوم وقع الخميس) or that a clause opening with "comes" places it after (ويأتي ذلك
بعد يومين على هجوم), dated back from its day, or on a day of its own (وأتت الغارات بعد مقتل تسعة مساء
الأربعاء). Each clause is drafted by `clause_drafts.draft_clause`, called through its module so that tracing sees
every call.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import clause_drafts
from timeline.extract.actors import ActorHit
from timeline.extract.choosing import (
    ATTACK_TYPES,
    before_the_anchor,
)
from timeline.extract.clause_dating import anchored
from timeline.extract.clause_drafts import Context
from timeline.extract.clauses import Clause
from timeline.extract.cues import cues, is_reply, one_of
from timeline.extract.drafts import Draft, revised
from timeline.extract.event_when import When, when_of
from timeline.extract.findings import Findings
from timeline.extract.segment import (
    comes_after,
)
from timeline.extract.triggers import Trigger
from timeline.vocabulary import VIOLENT_TYPES


def draft_before_the_anchor(r: Findings, index: int, clause: Clause, inside: list[Trigger],
                             previous_actor: ActorHit | None, context: Context | None,
                             previous: When | None) -> list[Draft]:
    """The drafts of the clause up to a word counting a day from the happening after it (`before_the_anchor`:
    قصفت القوات الحي يوم الجمعة، غداة غارات على بلدة س), when that part tells an event of its own: the happening
    after the word lends it nothing (it is drafted apart, `_preceding`). None when the clause has no such word,
    opens by placing what was just told after that happening (ويأتي ذلك غداة هجوم: the clause tells only that
    attack) or tells no event before the word. Without a date of its own, the event is still dated from that
    happening's day (غداة هجوم على حاجز في 10 آب) (وتبنى التنظيم التفجيرات التي أتت غداة مقتل 23 في تفجير)."""
    own = before_the_anchor(r.folded, clause, inside)
    if own == clause or comes_after(r.folded, clause):
        return []
    told = clause_drafts.draft_clause(r, index, own, r.within("triggers", own), previous_actor, context, previous)
    if told and told[0].when.unwritten:  # انفجار في سروج غداة هجوم على حاجز في 10 آب: dated from Y's day
        whole = clause_drafts.draft_clause(r, index, clause, inside, previous_actor, context, previous)
        if whole and whole[0].when.basis == "event_relative":
            told = [revised(told[0], when=whole[0].when), *told[1:]]
    return told


#: How many sentences before a strike noun told without a side (الضربات وقعت في بلدة س) the violent kind it
#: names again may be named (قصفت طائرات التحالف موقعا للجيش; وأدت الغارة إلى سقوط قتلى; الضربات وقعت في ...).
KIND_BEFORE_SENTENCES = 2


def kind_named_before(r: Findings, index: int, clause: Clause, drafts: list[Draft]) -> Draft | None:
    """The first draft of at most `KIND_BEFORE_SENTENCES` sentences before (or of the clause's own) that names a
    violent kind without a date or a place finer than a country, not hedged, when the clause names one place finer
    than a country: the attack a strike noun without a side in that clause may name again, at that place."""
    if len({pm.chosen.name for _, pm in r.within("places", clause)
            if pm.chosen.precision != "country" and not pm.anchor}) != 1:
        return None  # بالقرب من مدن حلب والحسكة: a day's strikes over several places, no one attack
    since = r.spans[max(0, index - KIND_BEFORE_SENTENCES)][0]
    first = None
    for d in reversed(drafts):  # only the last sentences' drafts: linear in a book-length text
        if d.sentence[0] < since:
            break
        if d.event_type in VIOLENT_TYPES and not d.generic and not d.hedged and d.when.unwritten and (
                d.place is None or d.place.chosen.precision == "country"):
            first = d
    return first


def named_again_by(kind: Draft, d: Draft) -> Draft:
    """`d`, a strike noun told without a side, as the attack `kind` names: its kind, side and toll, told from
    the sentence of the kind on, no re-mention."""
    return revised(d, event_type=kind.event_type, actor=d.actor or kind.actor, defaulted=False, inferred=False,
                   sentence=(kind.sentence[0], d.sentence[1]),
                   toll=d.toll if d.toll.told else kind.toll,
                   remention=False, strong=d.strong or kind.strong, kind_named=True)


def attack_answered(r: Findings, index: int, clause: Clause, inside: list[Trigger],
                    main: Draft | None) -> Draft | None:
    """The earlier attack a clause's event answers or follows, told after a cause word with a day of
    its own (شنت الطائرات غارات الجمعة ردا على هجوم وقع الخميس على حاجز: the Thursday attack), as a
    draft of its own: it lends the clause's event nothing and is not lost. After a reply word (ردا على)
    the clause's own event may be a re-mention (وجاءت هذه الغارات ردا على ...); after another (إثر، بعد)
    it must be dated. Either way the cause comes first: a day not before the clause's event's is a
    detail of it or a report's day, and a cause told with since (منذ) starts a period, not one attack."""
    folded = r.folded
    for m in cues().causes.finditer(folded, clause.start, clause.end):
        if not any(tr.start < m.start() for tr in inside):
            continue  # the clause opens with the cause (بعد هجوم ...): nothing answers it here
        after = [tr for tr in inside if tr.start >= m.end() and tr.event_type in VIOLENT_TYPES]
        if not after:
            continue
        reply = is_reply(m)
        dated = main is not None and main.when.value is not None
        if not (reply or dated) or any(one_of(w, cues().since) for w in folded[m.end() : clause.end].split()):
            return None
        tail = clause_drafts.draft_clause(r, index, Clause(m.end(), clause.end, False), after, None, None, None)
        if not tail or tail[0].when.precision != "day" or tail[0].when.text is None:
            return None  # an attack answered without a day of its own: told elsewhere, or background
        if dated and not tail[0].when.value < main.when.value:
            return None
        return revised(tail[0], answered=True)
    return _preceding(r, index, clause, inside, main)


def _preceding(r: Findings, index: int, clause: Clause, inside: list[Trigger], main: Draft | None) -> Draft | None:
    """The attack that a clause's dated event came some days after, told after the word that counts
    from it (قصفت الطائرات اليوم مواقع التنظيم غداة اشتباكات على الحدود: the clashes of the day
    before), as a draft of its own dated from the clause's day (basis ``event_relative``); told by قصف too,
    before its mode is known (قتل ثلاثة الجمعة في قصف على بلدة س، غداة مقتل خمسة في قصف على بلدة ص)."""
    if main is None:
        return None
    return _counted_back(r, index, clause, inside, main.when, main.trigger, ATTACK_TYPES)


def attack_it_came_after(r: Findings, index: int, clause: Clause, inside: list[Trigger],
                         told: list[Draft]) -> Draft | None:
    """The attack that the event just told came some days after, in a clause that opens by saying so
    (ويأتي ذلك بعد يومين على هجوم انتحاري في البلدة; `segment.comes_after`), dated back from the day
    of the last draft before the clause (none when that one has no day); when "comes" has a subject of its own
    (وجاء كلام الزعيم غداة مقتل ستة), from the one day the sentence before writes, where that happening is told.
    Told by its mode only: such a clause recalls an attack the article tells (ويأتي الهجوم غداة قيام الجيش بقصف
    مواقع، told before as air strikes), which قصف, typed by default, would tell a second time. Failing that, the
    attack told after its cause word on a day of its own (`_dated_after_its_cause`)."""
    if not comes_after(r.folded, clause):
        return None
    own = _comes_with_a_subject_of_its_own(r.folded, clause, inside) and index
    when = (_the_one_day_of(r, Clause(*r.spans[index - 1], False)) if own else None) or (
        told[-1].when if told else None)
    counted = _counted_back(r, index, clause, inside, when, clause.start, VIOLENT_TYPES) if when else None
    return counted or _dated_after_its_cause(r, index, clause, inside)


def _dated_after_its_cause(r: Findings, index: int, clause: Clause, inside: list[Trigger]) -> Draft | None:
    """The attack a "comes" clause tells after its cause word with a date of its own, counted from nothing
    (وأتت الغارات بعد مقتل تسعة مقاتلين ليل الثلاثاء الأربعاء جراء قصف استهدف بلدة س): an earlier attack than the
    one just told, drafted apart on its own day; none told by a definite noun (بعد الهجوم: the one just told), nor one
    whose type is only the default of an ambiguous word (بعد أخرى استهدفت بلدة س: another of the kind just named,
    which the whole clause types)."""
    cause = cues().causes.search(r.folded, clause.start, clause.end)
    if cause is None or any(anchored(r.text, m) for p, m in r.within("dates", clause) if p >= cause.end()):
        return None
    after = [tr for tr in inside if tr.start >= cause.end() and tr.event_type in ATTACK_TYPES]
    tail = clause_drafts.draft_clause(
        r, index, Clause(cause.end(), clause.end, False), after, None, None, None) if after else []
    if not tail or tail[0].when.unwritten or tail[0].definite or tail[0].defaulted:
        return None
    return revised(tail[0], answered=True)


def _comes_with_a_subject_of_its_own(folded: str, clause: Clause, inside: list[Trigger]) -> bool:
    """The word after the clause's opening "comes" verb is neither a demonstrative (ويأتي ذلك) nor an attack's noun
    nor another trigger (وجاءت الضربات، ويأتي الهجوم): it names another happening (وجاء كلام الوزير غداة هجوم), told
    in the sentence before, not the attack just told."""
    words = folded[clause.start : clause.end].split()
    if len(words) < 2 or one_of(words[1], cues().demonstratives):
        return False
    at = clause.start + folded[clause.start : clause.end].index(words[1], len(words[0]))
    return not any(tr.start <= at < tr.end for tr in inside)


def _the_one_day_of(r: Findings, sentence: Clause) -> When | None:
    """The day of the one day mention a sentence writes, or None."""
    days = [m for _, m in r.within("dates", sentence) if m.precision == "day" and m.kind != "event_relative"]
    when = when_of(days[0], r.ref_basis) if len(days) == 1 else None
    return when if when is not None and when.value is not None else None


def told_apart(folded: str, clause: Clause, inside: list[Trigger], told_here: list[Draft]) -> list[Draft]:
    """The clause's drafts; all told after a word counting a day from the attack after it while the clause names
    an attack before that word (وتبنى التنظيم هذه التفجيرات التي أتت غداة مقتل 23 شخصا في تفجير سيارتين
    مفخختين), they are that earlier attack, the part before naming again the attack just told: answered and
    completing no draft before them (`Draft.separate`), so that their dead are never that attack's. A clause
    opening by placing what was just told after it (ويأتي ذلك غداة) counts it back instead (`attack_it_came_after`)."""
    own = before_the_anchor(folded, clause, inside)
    if own == clause or not told_here or comes_after(folded, clause) or any(d.trigger < own.end for d in told_here):
        return told_here
    return [revised(d, separate=True, answered=True) for d in told_here]


def _counted_back(r: Findings, index: int, clause: Clause, inside: list[Trigger], when: When,
                  after: int, types: frozenset[str]) -> Draft | None:
    """The attack of one of `types` told after an anchored word that counts days back from `when` (غداة، بعد
    يومين على) written after folded offset `after`, without a date of its own, dated that many days before
    `when`'s day (basis ``event_relative``); not after a span counted from it (في اليومين التاليين ل)."""
    if when.precision != "day" or when.value is None:
        return None
    for p, m in r.within("dates", clause):
        if not (p > after and anchored(r.text, m) and (m.relative_days or 0) > 0 and m.precision == "day"):
            continue
        end = r.text.fold(m.end)
        after = [tr for tr in inside if tr.start >= end and tr.event_type in types]
        tail = clause_drafts.draft_clause(
            r, index, Clause(end, clause.end, False), after, None, None, None) if after else []
        if not tail or not tail[0].when.unwritten:
            return None
        day = when.value - dt.timedelta(days=m.relative_days)
        when = When(day.isoformat(), "day", m.text, "event_relative", day.isoformat(), day)
        return revised(tail[0], when=when, answered=True)
    return None

