"""Placing: the places of an article (gazetteer) and which of them is a clause's event place.

Names that stand for a government (واشنطن), actor phrases and the place of a
dateline ("حلب - ", "دبي (CNN)-- ") are not event places, nor is the base
aircraft took off from or flew back to (`not_departures`), nor where a meeting or visit told before the
attack was held (`not_venues`), nor the seat of an office whose speaker
reports the attack (قال مدير مكتب الإعلام في محافظة حمص إن ...: `office_seat`); a country told as the
place across, beside or outside which an attack happened (في أنحاء العراق، الحدود مع سوريا) does not
anchor one (`in_country`). A clause's place is
its most specific place nearest the trigger (a region inside one governorate,
ريف حلب, ranks with the governorates); a reference point (X قرب Y: Y) only when
alone; two different countries and nothing finer give none. A place
followed by others of its precision in a list (بمحافظتي إدلب وحلب) locates the
event by the first, and its `place_text` names them all (`listed`). A village
the gazetteer lacks, written with its head before the area that anchors it
(قرية س بريف حلب الجنوبي) or a quarter before its city, keeps the area and its text
(`unknown_settlement`); so does one the gazetteer knows only in another governorate or country, far from
the area or city the text places it in (`misplaced`). One the gazetteer lacks, written with its head and
its country's adjective (منطقة سترة البحرينية), is placed at that country (`unknown_in_a_country`). A
part of "the country" (في جنوب شرق البلاد) is the country the article is about, when it names one far
more than any other (`own_country_parts`).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections import Counter
from functools import cache

from gazetteer import PRECISIONS, Place, PlaceMatch, country, enclosing_governorates, find_places, lookup
from gazetteer.clitics import CLITICS, clitic_stems
from gazetteer.cues import cues as place_cues
from gazetteer.index import ARTICLE, name_key
from gazetteer.matcher import word_before
from gazetteer.normalize import normalize
from gazetteer.score import country_hints
from gazetteer.unknown import unknown_names
from gazetteer.veto import place_words, stems
from timeline.extract import outlets
from timeline.extract.actors import ActorHit, backing, describes
from timeline.extract.cues import any_of, cues, one_of
from timeline.extract.places import haversine_km
from timeline.extract.saying import Dated
from timeline.extract.segment import NEXT_WORD, FoldedText, in_dateline
from timeline.extract.spans import Cover
from timeline.extract.toll import toll_opening
from timeline.extract.triggers import triggers_data

#: A place at its folded offset.
Placed = tuple[int, PlaceMatch]
#: How far before a place a departure word (أقلعت من قاعدة) is looked for: in characters, and in words
#: (أقلعت من القاعدة الجوية في ديار بكر).
DEPARTURE_CHARS = 40
DEPARTURE_WORDS = 5
#: Where people fled to (`fled_to`): a word of going toward among this many words before the place, a word of
#: fleeing among this many words before that, looked for in this many characters; a place after one with at most
#: `LISTED_WORDS` words between, no punctuation, is listed with it.
TOWARD_WORDS, FLED_WORDS_BEFORE, DESTINATION_CHARS, LISTED_WORDS = 3, 6, 120, 2
#: A place with a word of extent among this many words before it is where something stretches to (تمتد إلى حي س).
EXTENT_WORDS = 3
#: How far a departure word may stand before the base's place when only the base's own words stand between
#: (انطلقت من قاعدة القيادة الجوية الثامنة في ولاية ديار بكر): no other place, trigger or punctuation.
DEPARTURE_FAR_CHARS, DEPARTURE_FAR_WORDS = 90, 10
#: How far before a country a word putting the attack across or beside it (في أنحاء العراق) is looked for.
BESIDE_CHARS = 30


def place_mentions(t: FoldedText, actor_hits: list[ActorHit]) -> list[Placed]:
    """Resolved places at folded offsets, without names of governments, actors, cited outlets (قال
    لـ"الرياض") and datelines (a name running on past the dash is none: الحدود التركية - السورية), nor a
    settlement the text places in an area far from the gazetteer's one of that name (`misplaced`). An
    actor's name written where a target or a place stands (جنوب شرق تركيا، الهجمات التي استهدفت تركيا)
    is a place, unless the place is only a word of it (هجوم على قوات سوريا الديمقراطية: `inside_a_name`); an actor's
    name read without the conjunction the place is written with (وشاركت بريطانيا وفرنسا: فرنسا) is none; a side
    told of the attack (أبلغت إسرائيل روسيا بالضربات) or backing the side that acts (القوات المدعومة من الولايات
    المتحدة) is none, nor is a side accused of it (`accused_party`)."""
    out = []
    in_actor = Cover((a.start, a.end) for a in actor_hits if not a.target or a.informed or _no_place(t.folded, a))
    targets = [a for a in actor_hits if a.target and not a.informed and not _no_place(t.folded, a)]
    in_outlet = Cover(outlets.name_spans(t.folded))
    for p in find_places(t.text):
        at = t.fold(p.start)
        if (
            p.chosen is not None and not p.is_actor and not p.chosen.actor_name
            and at not in in_actor and t.fold(p.end) - 1 not in in_actor
            and not (targets and inside_a_name(t.folded, at, t.fold(p.end), targets))
            and not (at in in_outlet and not _after_locative(t.folded, at))
            and not (in_dateline(t.folded, at) and in_dateline(t.folded, t.fold(p.end) - 1))
            and not asked(t.folded, at)
            and not accused_party(t.folded, at, t.fold(p.end))
        ):
            out.append((at, p))
    # only a settlement can be `misplaced`: the list after any other place is not read
    out = [pm for n, pm in enumerate(out) if n + 1 == len(out) or pm[1].chosen.precision not in SETTLEMENTS
           or not misplaced(t.text, *_listed_before(t.text, out, n))]
    return sorted(out + own_country_parts(t, out), key=lambda pm: pm[0])


def _listed_before(text: str, out: list[Placed], n: int) -> tuple[PlaceMatch, PlaceMatch]:
    """The place `out[n]` stretched over the names listed after it by و (قرى الحواش والقاهرة والعنكاوي والعمقية),
    and the place after the list: the area the list is written in (بسهل الغاب)."""
    last = n + 1
    while last + 1 < len(out) and _list_item(text, out[last - 1][1], out[last][1]):
        last += 1
    end = out[last - 1][1].end
    if _listed(text[end : out[last][1].start].split()):
        end = len(text[: out[last][1].start].rstrip())  # and the names the gazetteer lacks after it
    place = out[n][1]
    return (place if end == place.end else dataclasses.replace(place, end=end)), out[last][1]


def _list_item(text: str, before: PlaceMatch, place: PlaceMatch) -> bool:
    """`place` is a settlement listed after `before` by و, with only names the gazetteer lacks, each with و, between."""
    return place.chosen.precision in SETTLEMENTS and normalize(place.text).startswith(CLITICS.list_conjunction) and (
        _listed(text[before.end : place.start].split()))


def _listed(words: list[str]) -> bool:
    """`words` are list items each with و (والقاهرة والعمقية), or none."""
    return all(normalize(w).startswith(CLITICS.list_conjunction) for w in words)


def _no_place(folded: str, a: ActorHit) -> bool:
    """The side backs the one that acts (القوات المدعومة من الولايات المتحدة) or built, trained or besieges what was
    struck (القوات التي دربتها الولايات المتحدة): named where no place of the attack stands."""
    return backing(folded, a) or describes(folded, a)


def inside_a_name(folded: str, start: int, end: int, targets: list[ActorHit]) -> bool:
    """The place at folded `start`-`end` is a word inside an actor's name written as a target, with words of the
    name on both sides (هجوم على قوات سوريا الديمقراطية، اشتباكات مع قوات سوريا الديموقراطية): part of a
    name, no place. A name that is all place (الهجمات التي استهدفت تركيا) or opens or closes with it (التحالف الذي
    تقوده الولايات المتحدة) is left as it was."""
    return any(
        a.start < start and end < a.end and folded[a.start:start].strip() and folded[end:a.end].strip()
        for a in targets
    )


def asked(folded: str, at: int) -> bool:
    """The place at folded offset `at` stands right after a verb of asking (`asking`), or after it and a definite
    subject (طالب الأكراد دمشق بالتدخل، ناشدت بغداد): a government asked or asking, not a location."""
    k, j = word_before(folded, at)
    if one_of(folded[k:j], cues().asking):
        return True
    if not CLITICS.strip_conjunction(folded[k:j]).startswith(CLITICS.article):
        return False
    k, j = word_before(folded, k)
    return one_of(folded[k:j], cues().asking)


def accused_party(folded: str, start: int, end: int) -> bool:
    """The place at folded `start`-`end` is the one a verb of accusing names as the attacker: right before an
    attack's verbal noun with ب (`accused_of`), with a word of `accusing` among the `ACCUSED_WORDS` words before
    it (اتهمت أفغانستان، الخميس، باكستان بتنفيذ ضربات جوية): a side, not where the attack was."""
    after = NEXT_WORD.match(folded, end)
    if not after or not one_of(after.group(1), cues().accused_of):
        return False
    return any_of(folded[max(0, start - ACCUSED_CHARS) : start].split()[-ACCUSED_WORDS:], cues().accusing)


#: How far before an accused side its verb of accusing is looked for, in characters.
ACCUSED_CHARS = 60


#: What may stand between a quoted name and the word before it (في "الرياض").
_OPENING_QUOTE = frozenset(' «"“')


def _after_locative(folded: str, at: int) -> bool:
    """The name at `at` is written after ب or a locative or relation word, across an opening quote
    (في "الرياض", بـ«الرياض»): a place, though it is also an outlet's name."""
    while at > 0 and folded[at - 1] in _OPENING_QUOTE:
        at -= 1
    k, j = word_before(folded, at)
    word = folded[k:j]
    return CLITICS.strip_conjunction(word) == CLITICS.locative or bool(stems(word) & place_words())


#: The article's country (`own_country_parts`) must be named at least this often, and this many times as
#: often as any other.
OWN_COUNTRY_MENTIONS, OWN_COUNTRY_LEAD = 2, 2


def own_country_parts(t: FoldedText, places: list[Placed]) -> list[Placed]:
    """A part of "the country" (في جنوب شرق البلاد، وسط البلاد) located at the country the article names
    most by its places and country words (السورية), when that one is named at least `OWN_COUNTRY_MENTIONS`
    times and `OWN_COUNTRY_LEAD` times as often as any other; none otherwise. Like a reference point it
    locates an event only when its clause names no other place (في مدينة س في جنوب البلاد)."""
    words, pattern = _country_part_re()
    found = list(pattern.finditer(t.folded)) if any(word in t.folded for word in words) else []
    if not found:
        return []
    counts = Counter(pm.chosen.country for _, pm in places if pm.chosen.country) + country_hints(t.folded)
    ranked = [*counts.most_common(2), ("", 0)]
    code, named = ranked[0]
    if named < OWN_COUNTRY_MENTIONS or named < OWN_COUNTRY_LEAD * ranked[1][1]:
        return []
    place = country(code)
    if place is None:
        return []
    out = []
    for m in found:
        start, end = t.orig(m.start("part")), t.orig(m.end())
        out.append((m.start("part"), PlaceMatch(
            start, end, t.text[start:end], (place,), place,
            f"the country the article names most ({code}, {named} times): a part of the country it is about",
            anchor=True)))
    return out


@cache
def _country_part_re() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The words for "the country" (looked for first: most articles have none) and the pattern of a part."""
    data = triggers_data()["placing"]
    words = tuple(normalize(w) for w in data["own_country"])
    parts = "|".join(sorted((re.escape(normalize(w)) for w in data["country_parts"]), key=len, reverse=True))
    conjunctions = "|".join(re.escape(c) for c in CLITICS.conjunctions)
    part = rf"(?P<part>(?:{parts})(?:\s+(?:{parts}))?\s+(?:{'|'.join(map(re.escape, words))}))"
    return words, re.compile(rf"(?<![\w])(?:{conjunctions})?(?:{re.escape(CLITICS.locative)})?{part}(?![\w])")


#: A settlement this far from the area the text places it in (بلدة س بريف درعا) is another of its name.
MISPLACED_KM = 60.0
#: Words of a settlement's name the gazetteer did not match (الغارية الغربية) before the area it lies in.
NAME_WORDS = 2


def misplaced(text: str, place: PlaceMatch, area: PlaceMatch) -> bool:
    """`place`, a settlement, is written as lying in `area`, a district or region of another
    governorate or country right after it (الغارية الغربية بريف درعا، داعل في ريف حلب), more than
    `MISPLACED_KM` from it, or in a governorate written with its head (القرية بمحافظة درعا) or a city
    (`_city_area`) as far from its point, or written at a direction from or near such an area in another
    country (الحسينية شمالي بغداد): the text names a namesake the gazetteer lacks, whose area is all that
    is known (a governorate written bare may be the city, or a reference). A toll told again after a comma
    between them (بلدة سراقب، وثلاثة في مدينة حماة: `toll.toll_opening`) opens another clause: two places, none
    misplaced (a comma before a direction, منطقة الحسينية، شمالي بغداد, still joins them)."""
    if place.chosen.precision not in SETTLEMENTS or not (
            area.chosen.precision in ("district", "region") or _headed_governorate(area)
            or _city_area(place, area)) or toll_opening(text, place.end, area.start) is not None:
        return False
    between = normalize(text[place.end : area.start]).split()
    words, proclitics = cues().located_in, cues().located_in_proclitics
    written = normalize(area.text)
    if area.head and between and place_cues().head_forms.get(between[-1]):  # بمحافظة درعا: the head before
        written, between = between[-1], between[:-1]
    if between and between[-1] in words:
        between = between[:-1]
    elif _lies_in(area) and not written.startswith(proclitics):
        return False
    a, b = place.chosen, area.chosen
    return len(between) <= NAME_WORDS and _elsewhere(a, b, _lies_in(area)) and haversine_km(
        a.lat, a.lon, b.lat, b.lon) > MISPLACED_KM


def _lies_in(area: PlaceMatch) -> bool:
    """The event is written as lying in `area` or a part of it, not at a direction from it or near it."""
    return area.relation is None or area.relation == "around" or area.relation.endswith(" part")


def _elsewhere(a: Place, b: Place, inside: bool) -> bool:
    """`a` lies in another country than `b`, or, when the text writes it `inside` `b`, in another of its
    country's governorates (both known): a place at a direction from a city may lie in the next one."""
    if a.country and b.country and a.country != b.country:
        return True
    return inside and a.country == b.country and bool(a.admin1) and bool(b.admin1) and a.admin1 != b.admin1


def _city_area(place: PlaceMatch, area: PlaceMatch) -> bool:
    """`area` is a city that `place`, a smaller settlement, is written as lying in: the city written with a
    city's head (حي س بمدينة حلب), the place with a quarter's head (حي س في بعقوبة), or the two in different
    countries."""
    a, b = place.chosen, area.chosen
    if b.precision != "city" or a.precision == "city":
        return False
    return ("city" in _head_features(area) or _head_features(place) == {"neighbourhood"}
            or bool(a.country and b.country and a.country != b.country))


def _head_features(place: PlaceMatch) -> frozenset[str]:
    """The features the head written before a place may name (مدينة: city, town, quarter); none without one."""
    head = place_cues().head_forms.get(normalize(place.head)) if place.head else None
    return frozenset(place_cues().heads[head]) if head else frozenset()


def _headed_governorate(area: PlaceMatch) -> bool:
    """A governorate written with its head (بمحافظة درعا): the whole of it, named as what a place lies in."""
    return area.chosen.precision == "governorate" and "governorate" in _head_features(area)


#: How many words before an office's seat its office word may stand (مكتب الإعلام في محافظة حمص).
OFFICE_WORDS = 5
#: How many words may stand between an office's seat and the complementizer of its report (في محافظة إدلب
#: السورية، لشبكة CNN، إن).
SEAT_WORDS = 4
#: How far before an office's seat its reporting verb or speaker noun may stand, in characters.
REPORT_CHARS = 80


def not_in_dates(t: FoldedText, places: list[Placed], dates: list[Dated]) -> list[Placed]:
    """The places but names inside a date the date reader read (وتأتي العمليات في العاشر من رمضان: a day,
    though a town bears the name; مدينة العاشر من رمضان is no date, so a place)."""
    in_date = Cover((at, t.fold(m.end)) for at, m in dates)
    return [(p, pm) for p, pm in places if p not in in_date]


def not_office_seats(t: FoldedText, places: list[Placed], reports: list[int]) -> list[Placed]:
    """The places but the seats of a speaking office (`office_seat`); `reports` are sorted folded offsets."""
    return [(p, pm) for p, pm in places if not office_seat(t, p, pm, reports)]


def office_seat(t: FoldedText, at: int, place: PlaceMatch, reports: list[int]) -> bool:
    """`place`, at folded offset `at`, is where a speaking office sits (قال مدير مكتب الإعلام في محافظة حمص
    إن ...، المتحدث باسم مديرية الصحة بحلب إن ...): written after في or ب with an office word among the
    `OFFICE_WORDS` words before, after a reporting verb or speaker noun (at most `REPORT_CHARS` before)
    and followed by a complementizer within `SEAT_WORDS` words: not where the attack was."""
    last = bisect_left(reports, at) - 1
    if last < 0 or reports[last] < at - REPORT_CHARS:
        return False
    before = t.folded[reports[last] : at].split()
    if not any(CLITICS.strip_conjunction(w) in cues().offices for w in before[-OFFICE_WORDS - 2 :]) or any(
            w in cues().complementizers for w in before):
        return False
    words, proclitics = cues().located_in, cues().located_in_proclitics
    head = before[-1] if before and place_cues().head_forms.get(CLITICS.strip_conjunction(before[-1])) else None
    rest = before[:-1] if head else before
    located = normalize(place.text).startswith(proclitics) or (head or "").startswith(proclitics) or (
        bool(rest) and rest[-1] in words)
    if not located or not any(CLITICS.strip_conjunction(w) in cues().offices for w in rest[-OFFICE_WORDS - 1 :]):
        return False
    end = t.fold(place.end)
    return _says_after(t.folded[end : end + REPORT_CHARS].split())


def not_departures(folded: str, c_places: list[Placed], start: int, triggers: tuple[int, ...] = ()) -> list[Placed]:
    """The places of a clause (from folded offset `start`) but those aircraft took off from or flew
    back to (أقلعت من قاعدة إنجرليك، قبل أن تعود إلى قاعدة ديار بكر; `far_departure`, the clause's
    `triggers` at folded offsets): no place of the strike."""
    return [(p, pm) for p, pm in c_places if not any_of(
        folded[max(start, p - DEPARTURE_CHARS) : p].split()[-DEPARTURE_WORDS:], cues().departures
    ) and not far_departure(folded, c_places, p, max([start] + [t + 1 for t in triggers if t < p]))]


def not_journeys(folded: str, c_places: list[Placed], start: int, triggers: tuple[int, ...]) -> list[Placed]:
    """The places of a clause (from folded offset `start`) but those someone travelled, trained or moved to, or
    was born or lived in (`journeys` among the `DEPARTURE_WORDS` words before it, no trigger of `triggers` at folded
    offsets nor punctuation between: وكان قد سافر إلى تركيا، تدرب في سوريا): no place of the attack told beside."""
    return [(p, pm) for p, pm in c_places if not _journeyed_to(
        folded[max([start, p - DEPARTURE_CHARS] + [t + 1 for t in triggers if t < p]) : p])]


def _journeyed_to(before: str) -> bool:
    """One of `journeys`, or a side driven out after an after-word (`_driven_out`), stands among the last
    `DEPARTURE_WORDS` words of `before`, no punctuation after it."""
    words = before.split()[-DEPARTURE_WORDS:]
    last = next((n for n in range(len(words) - 1, -1, -1) if one_of(words[n], cues().journeys)
                 or _driven_out(words, n)), None)
    return last is not None and not any(_PUNCTUATION.search(w) for w in words[last:])


def _driven_out(words: list[str], at: int) -> bool:
    """`words[at]` tells a side driven out (طردهم) right after an after-word (بعد طردهم من): a place it left."""
    c = cues()
    return at > 0 and words[at] in c.driven_out and one_of(words[at - 1], c.driven_out_after)


def not_extents(folded: str, c_places: list[Placed], start: int) -> list[Placed]:
    """The places of a clause (from folded offset `start`) but those something stretches to (`extents` among the
    `EXTENT_WORDS` words before it: شبكة أنفاق تمتد إلى حي جوبر): no place of the event. An end of the span an area
    covers (`extent_spans` after the extent word: المنطقة الممتدة من بلدة س، القرى الممتدة بين بلدة س وبلدة ص) stays."""
    return [(p, pm) for p, pm in c_places if not _stretched_to(folded[max(start, p - DEPARTURE_CHARS) : p])]


def not_destinations(folded: str, c_places: list[Placed], start: int) -> list[Placed]:
    """The places of a clause (from folded offset `start`) but those people fled to (`fled_to`): no place of the
    attack. A place listed right after one (باتجاه بلدات صدد وفيروزة وزيدل) is one too."""
    kept, previous = [], None
    for p, pm in c_places:
        listed_after = previous is not None and _listed_between(folded[previous:p])
        if listed_after or fled_to(folded[max(start, p - DESTINATION_CHARS) : p]):
            previous = p + len(normalize(pm.text))
            continue
        kept.append((p, pm))
        previous = None
    return kept


def fled_to(before: str) -> bool:
    """`before` ends with a word of fleeing ([campaign] `fled`, also after ب: بنزوح), then, among the
    `FLED_WORDS_BEFORE` words after it, a word of going toward (`toward_flight`) among the `TOWARD_WORDS` last words,
    no punctuation from the one to the end (نزوح المئات من العائلات باتجاه بلدة س، فر الآلاف إلى تركيا)."""
    words = before.split()
    toward = next((n for n in range(len(words) - 1, max(-1, len(words) - 1 - TOWARD_WORDS), -1)
                   if one_of(words[n], cues().toward_flight)), None)
    if toward is None:
        return False
    stretch = words[max(0, toward - FLED_WORDS_BEFORE) :]
    fled = next((n for n in range(len(stretch) - 1, -1, -1)
                 if any(one_of(w, cues().fled) for w in clitic_stems(stretch[n]))), None)
    return fled is not None and not any(_PUNCTUATION.search(w) for w in stretch[fled:])


def not_planned(folded: str, c_places: list[Placed], trigger_end: int, others: tuple[int, ...]) -> list[Placed]:
    """The places of a clause but those told after its trigger (ending at folded `trigger_end`) behind a word of
    planning (`plans`) and another trigger of the clause (at folded offsets `others`), the planned attack
    (استهدف إرهابيين كانوا يخططون لعمليات انتحارية داخل العراق), no punctuation from the plan on: where what was
    planned was to happen, not where the attack was, when another place of the clause is left to place it (alone
    it may be both: مقرا لمسلحين كانوا يخططون لعمليات انتحارية في مدينة منبج). A plan joined by و to the next word
    was carried out (العناصر التي خططت ونفذت استهداف المدنيين في مدينة جازان): its place stays."""
    kept = [(p, pm) for p, pm in c_places if p < trigger_end or not _planned_before(folded, trigger_end, p, others)]
    return kept or c_places


def _planned_before(folded: str, start: int, end: int, others: tuple[int, ...]) -> bool:
    """Between folded `start` and `end` stands a word of planning, then one of the triggers at `others`, with no
    punctuation after the plan word, nor a word joined to it by و."""
    words = list(re.finditer(r"\S+", folded[start:end]))
    at = next((n for n in range(len(words) - 1, -1, -1) if one_of(words[n].group(), cues().plans)), None)
    if at is None or any(_PUNCTUATION.search(w.group()) for w in words[at:]):
        return False
    joined = at + 1 < len(words) and words[at + 1].group().startswith(CLITICS.list_conjunction)  # خططت ونفذت
    return not joined and any(start + words[at].end() <= t < end for t in others)


def _listed_between(between: str) -> bool:
    """`between`, from the end of one place to the next, only joins a list: no punctuation, at most
    `LISTED_WORDS` words (وفيروزة، وباتجاه مدينتي)."""
    return not _PUNCTUATION.search(between) and len(between.split()) <= LISTED_WORDS


def _stretched_to(before: str) -> bool:
    """The last `EXTENT_WORDS` words of `before` hold an extent word with no span word after it."""
    words = before.split()[-EXTENT_WORDS:]
    at = next((n for n in range(len(words) - 1, -1, -1) if one_of(words[n], cues().extents)), None)
    return at is not None and not any_of(words[at + 1 :], cues().extent_spans)


def far_departure(folded: str, c_places: list[Placed], at: int, start: int) -> bool:
    """A departure word stands up to `DEPARTURE_FAR_WORDS` words before the place at `at` (and after
    `start`) with a base's head after it (قاعدة، مطار) and only the base's words between: no other place,
    no punctuation: انطلقت من قاعدة القيادة الجوية الثامنة في ولاية ديار بكر."""
    floor = max([start, at - DEPARTURE_FAR_CHARS] + [p + len(normalize(pm.text)) for p, pm in c_places if p < at])
    words = folded[max(0, floor) : at].split()[-DEPARTURE_FAR_WORDS:]
    last = next((n for n in range(len(words) - 1, -1, -1) if one_of(words[n], cues().departures)), None)
    return last is not None and not any(_PUNCTUATION.search(w) for w in words[last:]) and any(
        _BASE_FEATURES & place_cues().heads.get(place_cues().head_forms.get(w, ""), frozenset())
        for w in words[last + 1 :])


#: What the head of a departure base names (قاعدة، مطار).
_BASE_FEATURES = frozenset({"airbase", "base", "airport"})
_PUNCTUATION = re.compile(r"[.,;:\u060c\u061b]")


#: A place described by a relative clause holding the trigger this close after it is what the attack took
#: or struck (زار مدينة منبج التي سيطرت عليها القوات), though a visit went there.
VENUE_TRIGGER_CHARS = 25


def not_origins(folded: str, c_places: list[Placed], start: int) -> list[Placed]:
    """The places of a clause (from folded offset `start`) but those an attack came from or a front was
    pressed from (`from_side`): no place of the attack, even when the clause names no other."""
    return [(p, pm) for p, pm in c_places if not from_side(folded, p, start)]


def from_side(folded: str, at: int, start: int = 0) -> bool:
    """The place at folded offset `at` is written after "from the side of" or "its source", across its head
    (أطلقتها طائرات من جهة هضبة الجولان، تقدم في جبهة س من اتجاه مأرب: the words `origin_from` and `origin_sides`;
    سقوط قذيفة مصدرها حي جوبر: one of `origin_nouns`), after `start`."""
    k, j = word_before(folded, at)
    if place_cues().head_forms.get(CLITICS.strip_conjunction(folded[k:j])):
        k, j = word_before(folded, k)
    if k >= start and one_of(folded[k:j], cues().origin_nouns):
        return True
    i, h = word_before(folded, k)
    return i >= start and one_of(folded[k:j], cues().origin_sides) and one_of(folded[i:h], cues().origin_from)


def not_aimed(folded: str, c_places: list[Placed], trigger_end: int, end: int) -> list[Placed]:
    """The places of a clause but those told after its trigger (ending at folded `trigger_end`, the clause at
    `end`) behind the first word of an aim (`aims`: تمهيدا لاقتحام مدينة س), when a place before that word is
    left to place the attack, or behind a word of accusing another attack (`accused_at`: استهدف عنصرا اتهمه
    بشن هجوم على مدينة س), always: where the attack aims to go, or the place of an attack its target is accused
    of."""
    accused = accused_at(folded, trigger_end, end)
    if accused is None and not any_of(folded[trigger_end:end].split(), cues().aims):
        return c_places  # neither word written: the common case, read at once
    for word in re.finditer(r"\S+", folded[trigger_end:end]):
        at = trigger_end + word.start()
        if accused is not None and at >= accused:
            return [(p, pm) for p, pm in c_places if p < accused]
        if one_of(word.group(), cues().aims):
            return [(p, pm) for p, pm in c_places if p < at] or c_places
    return c_places


def accused_at(folded: str, trigger_end: int, end: int) -> int | None:
    """Where, after a trigger ending at folded `trigger_end` and before `end`, a word of accusing (`accusing`)
    stands with an attack's verbal noun with ب (`accused_of`) among the `ACCUSED_WORDS` words after it: what
    follows tells another attack, the one the target is accused of (اتهمه بشن هجوم على مدينة س الأربعاء)."""
    if not any_of(folded[trigger_end:end].split(), cues().accusing):
        return None  # no word of accusing: the common case, read at once
    words = list(re.finditer(r"\S+", folded[trigger_end:end]))
    return next((trigger_end + w.start() for n, w in enumerate(words) if one_of(w.group(), cues().accusing)
                 and any_of([x.group() for x in words[n + 1 : n + 1 + ACCUSED_WORDS]], cues().accused_of)), None)


#: How many words after a word of accusing the attack it accuses of is looked for (اتهم النظام السوري بشن).
ACCUSED_WORDS = 4


def not_relieved(folded: str, c_places: list[Placed], start: int) -> list[Placed]:
    """The places of a clause (from folded offset `start`) but those an attack is told to relieve (`relieved`)."""
    return [(p, pm) for p, pm in c_places if not relieved(folded, p, start)]


def relieved(folded: str, at: int, start: int = 0) -> bool:
    """The place at folded offset `at` is written right after a phrase of relieving it (بهدف التخفيف من الضغط على
    الزبداني، لتخفيف الضغط عن مدينة س: `relieved`), across its head, after `start`."""
    k = at
    i, j = word_before(folded, k)
    if place_cues().head_forms.get(CLITICS.strip_conjunction(folded[i:j])):
        k = i
    words = folded[max(start, k - RELIEVED_CHARS) : k].split()
    for n in range(2, RELIEVED_WORDS + 1):
        if len(words) < n:
            break
        if any(" ".join([f, *words[-n + 1 :]]) in cues().relieved for f in _without_lam(words[-n])):
            return True
    return False


def _without_lam(word: str) -> set[str]:
    """The word without a conjunction, and without ل glued to it (لتخفيف: تخفيف; للتخفيف: التخفيف)."""
    word = CLITICS.strip_conjunction(word)
    if word.startswith(CLITICS.lam_article):
        return {word, CLITICS.article + word[len(CLITICS.lam_article) :]}
    return {word, word[len(CLITICS.lam) :]} if word.startswith(CLITICS.lam) else {word}


#: The most words and characters of a phrase of `relieved` before its place.
RELIEVED_WORDS = 5
RELIEVED_CHARS = 60


def not_parties(folded: str, c_places: list[Placed]) -> list[Placed]:
    """The places of a clause but those that are a party between two sides (`a_party`)."""
    return [(p, pm) for p, pm in c_places if not a_party(folded, p, pm)]


def a_party(folded: str, at: int, place: PlaceMatch) -> bool:
    """The place at folded offset `at` follows a `between` word and is joined by و to a word the gazetteer
    does not know, alone or with the word after it (المحادثات بين روسيا وممثلي المعارضة): one side of talks
    or a quarrel, not a location (الطريق بين الرمادي والفلوجة، الحدود بين مأرب والبيضاء: two places)."""
    k, j = word_before(folded, at)
    if not one_of(folded[k:j], cues().between):
        return False
    after = folded[at + len(normalize(place.text)) :].split(maxsplit=2)[:2]
    joined_to = after[0] if after else ""
    return joined_to[:1] in CLITICS.conjunctions and len(joined_to) > 1 and not any(
        lookup(" ".join(after[:n])) for n in range(1, len(after) + 1))


def not_venues(folded: str, c_places: list[Placed], start: int, trigger_start: int) -> list[Placed]:
    """The places of a clause (from folded offset `start`) but those where a meeting, a funeral or a visit told
    before the trigger was held (قال في مؤتمر صحفي في أنقرة إن ...، زيارة مفاجئة لبغداد), or where the speakers
    live or come from (`speakers_home`): no place of the attack, unless the trigger describes it
    (`VENUE_TRIGGER_CHARS`)."""
    return [(p, pm) for p, pm in c_places if p > trigger_start or _described_by_trigger(
        folded, p, trigger_start) or (not _a_venue(folded[max(start, p - DEPARTURE_FAR_CHARS) : p], _written_in(
            folded, p, pm)) and not speakers_home(folded, p, start, trigger_start))]


def _a_venue(before: str, written_in: bool) -> bool:
    """A word of a meeting, a funeral or a visit stands among the last `DEPARTURE_WORDS` words of `before`, or, for a
    place `written_in`, among its last `DEPARTURE_FAR_WORDS` with no punctuation after it (اجتماعا مع قادة
    القطاعات الأمنية في مكتبه بجدة)."""
    venue_words = cues().meetings | cues().funerals | cues().visits
    words = before.split()[-DEPARTURE_FAR_WORDS:]
    last = next((n for n in range(len(words) - 1, -1, -1) if one_of(words[n], venue_words)), None)
    return last is not None and (len(words) - last <= DEPARTURE_WORDS or (written_in and not any(
        _PUNCTUATION.search(w) for w in words[last:])))


def _written_in(folded: str, at: int, place: PlaceMatch) -> bool:
    """`place`, at folded offset `at`, is written as lying in: with the proclitic ب (بجدة) or after a word of
    `located_in` (في، داخل), across its head."""
    if normalize(place.text).startswith(cues().located_in_proclitics):
        return True
    k, j = word_before(folded, word_before(folded, at)[0] if place.head else at)
    return folded[k:j] in cues().located_in


def not_frames(folded: str, c_places: list[Placed], trigger_start: int) -> list[Placed]:
    """The places of a clause but those named before what is said, not written as a place (وفي موازاة حصار
    الزبداني أعلن ناشطون أن سيارة مفخخة انفجرت في باب الجابية بوسط العاصمة دمشق: Zabadani, a siege's), when what
    is said names a place of its own after the trigger: the name frames the saying, not the attack it tells."""
    if not any(p > trigger_start for p, _ in c_places):
        return c_places
    return [(p, pm) for p, pm in c_places if p > trigger_start or written_as_place(folded, p, pm)
            or not _said_between(folded, p, trigger_start)]


def not_speakers(folded: str, c_places: list[Placed], trigger_start: int, saying: list[int]) -> list[Placed]:
    """The places of a clause but those named between a verb of saying and the attack it takes as its object, a
    definite noun bare or after ب (ندد ب), no complementizer between (استنكر مدير الهيئة بمنطقة الرياض التفجير الذي
    وقع في مسجد بمنطقة عسير: Riyadh, the condemner's), when the clause names a place after the trigger: they tell
    who speaks, not where it struck."""
    if not any(p > trigger_start for p, _ in c_places) or not _a_definite_object(folded, trigger_start):
        return c_places
    return [(p, pm) for p, pm in c_places if not any(
        s < p < trigger_start and not _said_between(folded, s, trigger_start) for s in saying)]


def _a_definite_object(folded: str, at: int) -> bool:
    """The word holding folded offset `at` is a definite noun, bare or after ب, a saying verb's object (التفجير،
    بالهجوم; not للهجوم)."""
    word = CLITICS.strip_conjunction(folded[folded.rfind(" ", 0, at) + 1 :].split(maxsplit=1)[0])
    return word.startswith(CLITICS.article) or word.startswith(CLITICS.locative + CLITICS.article)


def _said_between(folded: str, start: int, end: int) -> bool:
    """A complementizer (أن، إن) stands between folded offsets `start` and `end`: what is said begins there."""
    return _a_complementizer_among(folded[start:end].split())


def _says_after(words: list[str]) -> bool:
    """A complementizer (أن، إن) among the `SEAT_WORDS` words after a place: what is said follows."""
    return _a_complementizer_among(words[: SEAT_WORDS + 1])


def _a_complementizer_among(words: list[str]) -> bool:
    """One of `words`, without its punctuation, is a complementizer (أن، إن)."""
    return any(re.sub(r"\W", "", w) in cues().complementizers for w in words)


def speakers_home(folded: str, at: int, start: int, trigger_start: int) -> bool:
    """The place at folded offset `at` is where those reporting the attack live or come from: a residence word
    among the two words before it (وذكر مسيحيون يتحدرون من المدينة ويسكنون في دمشق أن), and a complementizer
    among the `SEAT_WORDS` words after it, before the trigger (not كانوا يقطنون في البلدة قبل هجوم التنظيم
    عليها: the town attacked)."""
    return at < trigger_start and any(
        one_of(w, cues().residences) for w in folded[max(start, at - DEPARTURE_CHARS) : at].split()[-2:]
    ) and _says_after(folded[at:trigger_start].split())


def not_titles(folded: str, c_places: list[Placed]) -> list[Placed]:
    """The places of a clause but those named in a title (`in_title`: رئيس مجلس قضاء الخالدية), unless the
    clause names no other place."""
    return [(p, pm) for p, pm in c_places if not in_title(folded, p)] or c_places


def in_title(folded: str, at: int) -> bool:
    """The place at folded offset `at` is written after a title, across its head (رئيس مجلس قضاء الخالدية،
    محافظ نينوى): the place of an office, not where something happened."""
    k, j = word_before(folded, at)
    if place_cues().head_forms.get(folded[k:j]):
        k, j = word_before(folded, k)
    return one_of(folded[k:j], cues().titles)


def _described_by_trigger(folded: str, at: int, trigger_start: int) -> bool:
    """The trigger stands in a relative clause right after the place at `at` (منبج التي سيطرت عليها)."""
    return trigger_start - at <= VENUE_TRIGGER_CHARS and any(
        one_of(w, cues().relative_pronouns) for w in folded[at:trigger_start].split())


def in_country(folded: str, c_places: list[Placed], place: PlaceMatch | None, start: int) -> bool:
    """`place` is a country of the clause (from folded offset `start`) told without a word that puts the
    attack across, beside or outside it (في أنحاء العراق، على الحدود مع سوريا، خارج سوريا)."""
    if place is None or place.chosen.precision != "country":
        return False
    at = next((p for p, pm in c_places if pm.start == place.start), None)
    return at is not None and not told_beside(folded, at, start)


def told_beside(folded: str, at: int, start: int = 0) -> bool:
    """One of the two words before folded offset `at` (and after `start`) puts the attack across, beside
    or outside the country there (في أنحاء العراق، قرب الحدود مع النيجر، خارج سوريا)."""
    return any(one_of(w, cues().beside_country) for w in folded[max(start, at - BESIDE_CHARS) : at].split()[-2:])


_RANK = {p: i for i, p in enumerate(PRECISIONS)}


def fineness(place: Place) -> int:
    """The rank of `place` among the places of a clause, finest first: a region inside one governorate
    (ريف حلب، الغوطة الشرقية) ranks with the governorates, before the country; a part of a country
    (شمال العراق) or a region across borders stays last."""
    if place.precision == "region" and place.admin1:
        return _RANK["governorate"]
    return _RANK[place.precision]


def best_place(folded: str, c_places: list[Placed], anchor: int) -> PlaceMatch | None:
    """The finest place of the clause nearest `anchor`; a reference point (X قرب Y: Y) only if alone.
    Of several countries and nothing finer, the one written as where something is (في سوريا، بسوريا،
    جنوب شرق تركيا) when it is the only one so written (موقف تركيا من الغارات في العراق: Iraq) and no part
    of another is named (في سوريا وفي شمال العراق); with none so written, the one part of a country named
    (قوات سوريا ... هجوما في شرق سوريا: eastern Syria); else none. A country told beside or across
    (`told_beside`: قرب الحدود مع النيجر) is no place where something is while another one is, nor alone
    (`_only_beside`)."""
    if not c_places:
        return None
    located = [pm for pm in c_places if not pm[1].anchor] or c_places
    located = _not_near_other_governorates(_not_beside_regions(located), anchor)
    located = _not_across_the_border(located, [_written_in(folded, p, pm) for p, pm in located])
    best = min(located, key=lambda pm: (fineness(pm[1].chosen), abs(pm[0] - anchor)))[1]
    if _only_beside(folded, located, best):
        return None
    if best.chosen.precision == "country" and len({pm.chosen.name for _, pm in located}) > 1:
        placed = placed_countries(folded, located)
        inside = [(p, pm) for p, pm in placed if not told_beside(folded, p)]
        placed = inside or placed  # في مالي قرب الحدود مع النيجر: Mali
        parts = [pm for _, pm in located if _country_part(pm.chosen)]
        if not placed:
            return parts[0] if len({pm.chosen.name for pm in parts}) == 1 else None
        countries = {pm.chosen.country for pm in parts}
        if len({pm.chosen.name for _, pm in placed}) != 1 or not countries <= {placed[0][1].chosen.country}:
            return None
        return placed[0][1]
    return best


def before_the_next_attack(c_places: list[Placed], trigger_start: int, others: tuple[int, ...]) -> list[Placed]:
    """The places of a clause told before the first other trigger (at folded offsets `others`) that follows a place
    told after its trigger at folded `trigger_start` (غارات على مواقع في سوريا وبدأت حملة قصف لمخيمات في شمال العراق:
    Syria): the places after it tell the other attack."""
    first = next((p for p, _ in c_places if p > trigger_start), None)
    after = min((t for t in others if first is not None and t > first), default=None)
    return c_places if after is None else [(p, pm) for p, pm in c_places if p < after]


def _only_beside(folded: str, located: list[Placed], best: PlaceMatch) -> bool:
    """`best` is the one country of the clause, and it is told only beside or across (في بلدة على الحدود مع سوريا،
    في أنحاء العراق، خارج سوريا): the attack was at its border, across it or outside it, on a side the clause
    does not say, so the country is no place of it."""
    if best.chosen.precision != "country" or len({pm.chosen.name for _, pm in located}) > 1:
        return False
    return all(told_beside(folded, p) for p, _ in located)


#: How far from a region told as where something is a place told as what it is near may lie and still be its
#: reference point (الغوطة الشرقية ... قرب دمشق).
REGION_REACH_KM = 30.0


def _not_beside_regions(located: list[Placed]) -> list[Placed]:
    """`located` but the cities told as what something is near (قرب دمشق) after a region inside one governorate
    told without a relation (الغوطة الشرقية، آخر معقل للمعارضة قرب دمشق) within `REGION_REACH_KM`: the region
    is where it was (a town or village near which it was is finer; a region told after the city describes it:
    في محيط دوما، أبرز مدن الغوطة الشرقية)."""
    regions = [(p, pm.chosen) for p, pm in located
               if pm.relation is None and pm.chosen.precision == "region" and pm.chosen.admin1]
    kept = [(p, pm) for p, pm in located if pm.relation != "near" or pm.chosen.precision != "city" or not any(
        at < p and haversine_km(pm.chosen.lat, pm.chosen.lon, r.lat, r.lon) <= REGION_REACH_KM
        for at, r in regions)]
    return kept or located


def _not_near_other_governorates(located: list[Placed], anchor: int) -> list[Placed]:
    """`located` but the cities that only tell how far or which way a governorate named without a relation lies,
    one not holding the city (`_holds`): a city told as near after the governorate (قصفها على محافظة درعا ... عدا
    عن قربها من دمشق), or told with a direction before the trigger at folded `anchor` framing an attack placed
    after it in the governorate (وفي جنوب دمشق، قتل ... في هجمات ضد مواقع لهم في محافظة السويداء). The
    governorate is where it was."""
    areas = [(p, pm.chosen) for p, pm in located if pm.relation is None and pm.chosen.admin1 and (
        pm.chosen.precision == "governorate" or pm.chosen.precision == "region")]
    if not areas:
        return located
    kept = [(p, pm) for p, pm in located if not any(
        _measured_from(pm, p, at, anchor) and not _holds(area, pm.chosen) for at, area in areas)]
    return kept or located


def _measured_from(place: PlaceMatch, at: int, area_at: int, anchor: int) -> bool:
    """`place`, a city at folded `at`, is told as near after an area at `area_at` (عدا عن قربها من دمشق), or with a
    direction before the trigger at `anchor` while the area is told after it (وفي جنوب دمشق، قتل ... في محافظة
    السويداء)."""
    if place.chosen.precision != "city" or place.relation in (None, "around") or place.relation.endswith("part"):
        return False
    if place.relation == "near":
        return area_at < at
    return at < anchor < area_at


def _holds(area: Place, city: Place) -> bool:
    """The governorate of `area` holds `city`, or encloses the one-city governorate it is (Rif Dimashq, Damascus)."""
    return area.admin1 == city.admin1 or enclosing_governorates().get((city.country, city.admin1)) == area.admin1


def _not_across_the_border(located: list[Placed], written_in: list[bool]) -> list[Placed]:
    """`located` with the places told as what something lies near or faces (المقابلة لمدينة كيليس، قرب كلس) after
    the one country written as lying in (في سوريا المقابلة لمدينة كيليس: `_written_in`; not من سوريا, whence it
    came; each place's `written_in` says which are) and lying in another country put in that country: the attack
    is across the border from the reference, near its point, in the country written."""
    countries = [(p, pm.chosen.country) for (p, pm), inside in zip(located, written_in, strict=True)
                 if pm.chosen.precision == "country" and pm.relation is None and inside]
    if len({c for _, c in countries}) != 1:
        return located
    at, where = countries[0]
    return [(p, pm) if pm.relation != "near" or p < at or pm.chosen.country == where else (p, dataclasses.replace(
        pm, chosen=dataclasses.replace(pm.chosen, country=where, admin1=None))) for p, pm in located]


def _country_part(place: Place) -> bool:
    """A part of one country (شمال العراق), none of its governorates."""
    return place.precision == "region" and not place.admin1 and bool(place.country)


def placed_countries(folded: str, c_places: list[Placed]) -> list[Placed]:
    """The countries of `c_places` written as where something is (`written_as_place`), with those
    joined to one of them by و (في الكويت وتونس وفرنسا: all three)."""
    out: list[Placed] = []
    previous: Placed | None = None
    for p, pm in c_places:
        if pm.chosen.precision != "country":
            continue
        listed = previous is not None and previous in out and normalize(pm.text).startswith(
            CLITICS.list_conjunction) and len(folded[previous[0] : p].split()) == len(previous[1].text.split())
        if listed or written_as_place(folded, p, pm):
            out.append((p, pm))
        previous = (p, pm)
    return out


def written_as_place(folded: str, at: int, place: PlaceMatch) -> bool:
    """`place`, at folded offset `at`, is written with the locative ب (بسوريا) or after a word that
    uses it as a place (في، داخل، جنوب ...), across its naming head (على بلدة دوما), and not as what the place is
    near (البلد المجاور لتركيا)."""
    if place.relation == "near":
        return False
    if place.head:
        at = word_before(folded, at)[0]
    before = folded[max(0, at - DEPARTURE_CHARS) : at].split()
    if before and not place_words().isdisjoint(clitic_stems(before[-1])):
        return True
    word = normalize(place.text).split()[0]
    bare = CLITICS.strip_conjunction(word)
    return bare.startswith(CLITICS.locative) and getattr(lookup(bare[1:]), "name", None) == place.chosen.name


def listed(text: str, c_places: list[Placed], place: PlaceMatch | None) -> PlaceMatch | None:
    """`place` with its text running over the places of its precision joined to it by و (بمحافظتي إدلب
    وحلب): the event is located by the first, and says it was told of all of them."""
    if place is None:
        return None
    last = joined(text, c_places, place)[-1]
    return place if last is place else dataclasses.replace(place, text=text[place.start : last.end])


def list_head(text: str, c_places: list[Placed], place: PlaceMatch | None) -> PlaceMatch | None:
    """The first place of the list by و that `place` goes on (حمص ودرعا, the trigger after them nearest the
    last), when they are all settlements or all rank with `place` (`fineness`): a list is located by its
    first item."""
    if place is None:
        return None
    for _, pm in c_places:
        if pm.end > place.start:
            return place
        chain = joined(text, c_places, pm, SETTLEMENTS, headed=True)
        if place in chain and all(_alike(p.chosen, place.chosen) for p in chain[: chain.index(place)]):
            return pm
    return place


def _alike(a: Place, b: Place) -> bool:
    """Two places of one list: both settlements (a city and a town), or of one rank."""
    return fineness(a) == fineness(b) or (a.precision in SETTLEMENTS and b.precision in SETTLEMENTS)


#: How many list items the gazetteer does not know may stand between two listed places.
UNKNOWN_ITEMS = 3


def joined(
    text: str, c_places: list[Placed], place: PlaceMatch, kinds: frozenset[str] = frozenset(), headed: bool = False
) -> list[PlaceMatch]:
    """`place` and the places of its precision joined to it by و (الكويت وتونس وفرنسا), in order; when
    its precision is one of `kinds`, places of any of them, across list items the gazetteer does not
    know (الحبانية وحديثة ومخمور والموصل); when `headed`, also places whose head carries the و (بلدة بصر الحرير
    وبلدة المجيدل: the list a place heads; two cities with their heads may still be a wave over far places)."""
    chain = [place]
    alike = kinds if place.chosen.precision in kinds else frozenset({place.chosen.precision})
    for pm in (pm for _, pm in c_places if pm.start >= place.end):
        between = text[chain[-1].end : pm.start].split()
        on_head = headed and _joined_head(between)  # بلدة بصر الحرير وبلدة المجيدل: the conjunction on the head
        between = between[:-1] if on_head else between
        items = bool(kinds) and len(between) <= UNKNOWN_ITEMS and all(
            normalize(w).startswith(CLITICS.list_conjunction) for w in between)
        linked = (not between or items) and (on_head or normalize(pm.text).startswith(CLITICS.list_conjunction))
        if not linked or pm.chosen.precision not in alike:
            break
        chain.append(pm)
    return chain


def _joined_head(between: list[str]) -> bool:
    """The last of the words `between` two places is a place head joined by و (وبلدة، وقرية): the second place
    is a list item though its name has no conjunction of its own."""
    if not between:
        return False
    word = normalize(between[-1])
    return word.startswith(CLITICS.list_conjunction) and bool(
        place_cues().head_forms.get(CLITICS.strip_conjunction(word)))


#: Place precisions that anchor a settlement the gazetteer lacks (a city: a quarter of it).
ANCHORS = frozenset({"region", "governorate", "district", "city"})
#: What a settlement head names (قرية، بلدة، مدينة): a place the event can be in.
SETTLEMENTS = frozenset({"village", "town", "city", "neighbourhood"})
#: How far before its anchor a settlement's head may stand (the head, a name of a few words, a direction).
SETTLEMENT_CHARS = 60


def unknown_settlement(
    text: str, named: list[Placed], place: PlaceMatch | None, start: int = 0
) -> PlaceMatch | None:
    """The area `place` with its text reaching back to a settlement head, or a word that begins only settlements'
    names (`settlement_prefixes`: تل، كفر، خربة), written before it, after every place `named` before it (kept to
    locate the event or not: نزح المدنيون إلى مدينة حلب وقصف الطيران مدينة إدلب, the head is Aleppo's), after
    `start` (its sentence's first character: a head told in the sentence before is another's) and a toll told
    again after a comma (بلدة سراقب، وعشرة في قصف على مدينة حماة: the head is the other clause's), with a
    name the gazetteer does not know (قرية الزعفرانة بريف حلب الجنوبي), or None when there is none."""
    if place is None or place.chosen.precision not in ANCHORS:
        return None
    floor = max(
        [pm.end for _, pm in named if pm.end <= place.start] + [place.start - SETTLEMENT_CHARS, start])
    opening = toll_opening(text, floor, place.start)
    floor = _word_start(text, floor if opening is None else opening[0])
    words = text[floor : place.start].split()
    offset = floor
    for word in words[:-1]:  # a name stands between the head and the area
        at = text.index(word, offset)
        offset = at + len(word)
        head = place_cues().head_forms.get(normalize(word))
        if (head and place_cues().heads[head] & SETTLEMENTS and _names_after(head, text[offset:place.start])) or (
                name_key(word) in place_cues().settlement_prefixes):
            return dataclasses.replace(place, text=text[at : place.end])  # قرية س، تل س بريف درعا
    return None


def _names_after(head: str, after: str) -> bool:
    """The words `after` a settlement head begin with a name: any word after a singular or dual head, a word
    with the article after a plural one (قرى البستان؛ not قرى تسكنها، بضع بلدات فقط خارج) that is no head or
    direction with the article (قرى المدينة، بلدات المنطقة، قرى الريف، بلدات الشمال: the places of an area)."""
    if head not in place_cues().plural_heads:
        return True
    word = normalize(after).split()[0]
    return word.startswith(ARTICLE) and not any(
        s in place_cues().head_forms or s in place_cues().directions for s in clitic_stems(word))


def unknown_in_a_country(text: str, begin: int, end: int) -> PlaceMatch | None:
    """The first place between `begin` and `end` that the gazetteer does not know, written after its head (a
    naming head, or منطقة: `adjective_head`) and followed by its country's adjective with the article, agreeing
    with the head (منطقة سترة البحرينية، قرية س السورية; not منطقة النفوذ التركي, whose adjective is the noun's): that
    country, with the text from the head to the adjective; None when there is none."""
    for name in unknown_names(text[begin:end], with_adjective_heads=True):
        at = begin + name.end
        adjective = text[at:end].split(maxsplit=1)[:1]
        if not text[at:at + 1].isspace() or not adjective:
            continue
        word = normalize(adjective[0].strip(_ADJECTIVE_PUNCTUATION))
        written = text[begin : begin + name.start].rstrip()
        head = begin + max(written.rfind(" "), written.rfind("\n")) + 1
        code = place_cues().country_hints.get(name_key(word)) if word.startswith(ARTICLE) else None
        place = country(code) if code and _agrees(normalize(text[head : begin + name.start].strip()), word) else None
        if place is None:
            continue
        stop = text.index(adjective[0], at) + len(adjective[0].rstrip(_ADJECTIVE_PUNCTUATION))
        return PlaceMatch(head, stop, text[head:stop], (place,), place,
                          f"a place the gazetteer lacks, told with the adjective of its country ({code})")
    return None


def _agrees(head: str, adjective: str) -> bool:
    """The folded `adjective` has the gender of the folded `head`: feminine after a feminine head (منطقة ... البحرينية),
    masculine after a masculine one (مخيم ... الفلسطيني)."""
    return head.endswith(CLITICS.feminine) == adjective.endswith(CLITICS.nisba[1])


#: Punctuation a country adjective may carry (سترة البحرينية،).
_ADJECTIVE_PUNCTUATION = ".,،؛:\"»”)"


#: Features of a head that names a village or a small town, never a city, a quarter or an area (قرية، بلدة).
VILLAGE_FEATURES = frozenset({"village", "town"})


def headed_as_a_village(place: PlaceMatch) -> bool:
    """The place's text opens with a head that names only a village or a town, and a name after it (قرية كفر
    داعل بريف حلب; not منطقة, حي or مدينة, which may name an area or the city itself, nor a nameless بلدة في
    الغوطة)."""
    words = [normalize(w) for w in place.text.split()[:2]]
    head = place_cues().head_forms.get(words[0]) if len(words) == 2 else None
    return head is not None and place_cues().heads[head] <= VILLAGE_FEATURES and (
        words[1] not in place_cues().locatives and words[1] not in place_cues().relation_triggers)


def _word_start(text: str, at: int) -> int:
    """`at`, or the end of the word it falls inside: the tail of a word (حي of مسلحي) is no head."""
    while 0 < at < len(text) and not text[at - 1].isspace() and not text[at].isspace():
        at += 1
    return at
