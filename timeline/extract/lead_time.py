"""The lead's time for the attack told right after it: a news report opens with its attack's day and place (or
with the deaths it caused) and tells the attack in detail in the next sentence without repeating the day
(قتل 19 شخصا الخميس في الغوطة الشرقية. واستهدفت الطائرات بلدة س); so does a paragraph that opens with a dated attack
at an area (على الأرض، أفاد المرصد بمقتل 19 في غارات على محافظة إدلب أمس. وقتل طفلان في غارة على معرة النعمان).
That attack takes the lead's date (basis ``lead``) when its sentence tells it in the past at a place in the lead's
area, does not open with a past form of كان (وكانت الطائرات قد قصفت: what had happened before), nor with "comes"
(جاء ذلك فيما: the background), nor tells it as another incident (وفي حادث آخر) or as fighting going on at the
time of writing (وتدور اشتباكات). A lead told without its day takes the day the next sentence gives it when that
one names no place (`lead_dated_after`). A side's bombardment the lead tells at a governorate, a region or a
country is told at each town inside it whose dead the next two sentences count (`the_lead_at_its_towns`).
"""

from __future__ import annotations

from dataclasses import replace

from gazetteer import Place, PlaceMatch
from gazetteer.clitics import CLITICS
from timeline.extract.agreeing import BOMBARDMENT, COARSE
from timeline.extract.clauses import Clause
from timeline.extract.cues import any_of, cues, without_articles
from timeline.extract.drafting import going_on_now
from timeline.extract.drafts import Draft, revised
from timeline.extract.findings import Findings
from timeline.extract.following import said_in_country
from timeline.extract.places import same_place
from timeline.extract.segment import comes_after
from timeline.extract.spans import first_words
from timeline.extract.splitting import dead_counted_again
from timeline.extract.toll import Toll, find_toll
from timeline.vocabulary import VIOLENT_TYPES


def right_after_the_lead(r: Findings, lead: Draft | None, index: int, draft: Draft) -> bool:
    """`draft` (of sentence `index`) tells in detail the article lead's attack (`right_after`)."""
    return r.lead is not None and right_after(r, lead, r.lead, index, draft)


def right_after(r: Findings, lead: Draft | None, lead_index: int, index: int, draft: Draft) -> bool:
    """`draft` (of sentence `index`) tells in detail the `lead`'s attack (of sentence `lead_index`: the article's
    lead, or the last dated attack, a paragraph's lead), told at a country or an area (شنت طائرات غارات الخميس على
    مواقع في سوريا. واستهدفت الصواريخ مطار الشعيرات): told as the module says, at a place inside the lead's that the
    lead's sentence does not name (one it names is the lead's attack told again, or another report's attack there:
    وقال سكان إن خمس غارات شنت بالقرب من الرمادي; the area holding it names no town), or inside a country the lead's
    sentence names when the lead has no place (41 ضربة في سوريا والعراق); not after a lead at a settlement (قتل 12 في
    غارات على مدينة سراقب. وقتل ثلاثة في غارة على مدينة أريحا: another attack)."""
    if lead is None or not _goes_on_from(r, lead_index, index, draft):
        return False
    named = [pm.chosen for _, pm in r.by_offset["places"].within(*lead.sentence)]
    areas = [lead.place.chosen] if lead.place is not None else [p for p in named if p.precision == "country"]
    inner = draft.place.chosen
    return any(_inside(area, inner) or said_in_country(r, area, draft) for area in areas) and not any(
        same_place(place, inner) and not _inside(place, inner) for place in named)


def after_a_lead_of_deaths(r: Findings, index: int, draft: Draft, context: tuple | None) -> bool:
    """`draft` tells the attack that caused the deaths a lead tells with their day and an area but no attack
    (`context`: a clause without trigger of the lead sentence; قتل 19 شخصا الخميس في الغوطة الشرقية. واستهدفت
    الطائرات بلدة س): told as the module says, at a place inside that area."""
    if context is None or context[0] != r.lead or context[2] is None or not _goes_on_from(r, r.lead, index, draft):
        return False
    return _inside(context[2].chosen, draft.place.chosen)


def _goes_on_from(r: Findings, lead_index: int, index: int, draft: Draft) -> bool:
    """`draft` is an attack of the sentence right after the lead's (`lead_index`), placed finer than a country, told
    in the past, in a sentence opening neither with a past form of كان nor with "comes", not as another incident
    nor by a definite noun other than an aircraft's (الطائرات الحربية): one the lead told, told again."""
    if index != lead_index + 1 or draft.event_type not in VIOLENT_TYPES or draft.separate or draft.generic or (
            draft.place is None) or (
            draft.place.chosen.precision == "country"):
        return False
    sentence = Clause(*draft.sentence, False)
    trigger = next((tr for tr in r.within("triggers", sentence) if tr.start == draft.trigger), None)
    if trigger is None or comes_after(r.folded, sentence) or trigger.present or going_on_now(r.text, sentence, trigger):
        return False
    if draft.definite and without_articles(r.folded[trigger.start : trigger.end].split()[0]) not in cues().aircraft:
        return False  # واستهدف أكثر الهجمات دموية سوقا في بلدة س: an attack the lead told, told again
    words = first_words(r.folded, sentence.start, sentence.end, 1)
    return bool(words) and CLITICS.strip_conjunction(words[0]) not in cues().past_progressive


def _inside(area: Place, inner: Place) -> bool:
    """`inner` lies inside `area`, a country, a governorate or a region: in its country, or in its governorate."""
    if area.precision not in COARSE or inner.precision in COARSE or inner.country != area.country:
        return False
    return area.precision == "country" or (inner.admin1 is not None and inner.admin1 == area.admin1)


#: Dead counted at a town without an attack of their own are the lead's bombardment there at most this many sentences
#: after the lead sentence.
LEAD_TOWNS_SENTENCES = 2


def the_lead_at_its_towns(r: Findings, lead: Draft | None, index: int, told: Clause) -> list[Draft]:
    """The lead sentence's bombardment by a side, told at a governorate, a region or a country (شهدت محافظتا إدلب
    وحلب مجزرتين نفذهما طيران النظام), at each town inside those areas that `told`, the part of a clause of the
    next two sentences before any attack of its own, counts dead at (وسقط 20 قتيلا في بلدة س، كما سقط 6 قتلى في
    بلدة ص، و5 قتلى في مدينة ع): one attack at each town, of the lead's kind, side and day, with the dead counted
    between the town and the one before it. Not where `told` writes a day of its own, an accident's, a protest's or
    a siege's or hunger's dead (`Cues.unstruck_deaths`); a town named without a count before it (شمال مدينة
    إدلب) is a reference point."""
    if lead is None or r.lead is None or lead.sentence[0] != r.spans[r.lead][0] or not (
            0 < index - r.lead <= LEAD_TOWNS_SENTENCES):
        return []
    if lead.event_type not in BOMBARDMENT or lead.actor is None or lead.place is None or (
            lead.place.chosen.precision not in COARSE):
        return []
    words = r.folded[told.start : told.end].split()
    if r.within("dates", told) or any_of(words, cues().non_attack | cues().unstruck_deaths):
        return []
    areas = [pm.chosen for _, pm in r.within("places", Clause(*lead.sentence, False))]
    towns, since, counted = [], told.start, None
    for _, pm in r.within("places", told):
        if pm.chosen.precision in COARSE or pm.anchor:
            continue
        at = r.text.fold(pm.start)
        toll, since = _dead_before(r, r.folded[since:at], counted, pm), r.text.fold(pm.end)
        counted = pm if toll.killed is not None else None
        if toll.killed is not None and any(_inside(area, pm.chosen) for area in areas):
            towns.append(revised(lead, place=pm, toll=toll, trigger=at, sentence=r.spans[index]))
    return towns


def _dead_before(r: Findings, between: str, counted: PlaceMatch | None, town: PlaceMatch) -> Toll:
    """The dead counted before a town's name (كما سقط 6 قتلى في بلدة ص), or, right after a town whose dead were
    counted, by a count told again after و alone (قتل عشرة في بلدة س وسبعة في مدينة ص: seven)."""
    toll = find_toll(between)
    if toll.killed is not None or counted is None:
        return toll
    again = dead_counted_again(r, [counted, town])[0]
    return Toll(killed=again) if again else toll


def lead_dated_after(r: Findings, index: int, draft: Draft, drafts: list[Draft]) -> Draft | None:
    """The lead, when the lead sentence tells its attack without a day and the sentence right after gives it
    (أعلنت الوزارة أمس مقتل 23 بقصف على بلدة س. وقال الناطق إن الطيران وجه ضربات ليلة الخميس): the two
    sentences' attack, told over both, at the place of the first (the second names none)."""
    if r.lead is None or index != r.lead + 1 or draft.place is not None:
        return None
    start = r.spans[r.lead][0]
    told = [d for d in drafts if d.sentence[0] == start and d.event_type in VIOLENT_TYPES and d.when.date is None]
    if not told:
        return None
    return replace(draft, sentence=(start, draft.sentence[1]), place=told[0].place)
