"""What one clause tells of an event before merging: the `Draft` record the stages fill and merging joins,
and whether a draft tells an attack of any type (`an_attack`).
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass, fields

from gazetteer import Place, PlaceMatch
from timeline.extract import actors
from timeline.extract.event_when import When
from timeline.extract.toll import Toll
from timeline.vocabulary import VIOLENT_TYPES


@dataclass(frozen=True)
class Draft:
    """What one clause tells of an event, before merging."""

    event_type: str
    trigger: int  #: folded offset of the trigger
    sentence: tuple[int, int]  #: folded span
    when: When
    place: PlaceMatch | None
    actor: actors.ActorHit | None
    hedged: bool
    toll: Toll
    _: KW_ONLY  #: every flag below by keyword: a field added among them shifts no caller's values
    #: its clause's every hedge is of who did it (صواريخ يعتقد أنها أميركية), not of whether it was done
    only_its_side_hedged: bool = False
    #: a violent trigger that needs no support (غارة، not الهجوم), or an indefinite weak one told by a strike
    #: verb in the past tense (صواريخ استهدفت قاعدة)
    strong: bool = False
    #: a definite noun without a date, a toll or a verb of its own (استنكار ... للقصف التركي): it
    #: names an event told elsewhere, completes the one it agrees with and never makes one alone
    remention: bool = False
    #: the place is the area around a settlement the gazetteer lacks (قرية س بريف حلب): told precisely
    settlement: bool = False
    #: the type is only that of a generic attack word (هجوم، الهجمة الأولى): any violent type may be its
    generic: bool = False
    #: its sentence opens by saying it tells another incident (وفي حادثة منفصلة): it completes no draft before it
    separate: bool = False
    #: the trigger is a definite noun (الهجوم، هجوم دوما): it may name an attack told elsewhere
    definite: bool = False
    #: dated to end well before the publication date (`event_when.recalled`): a past event recalled; or undated, told
    #: before a charge of such a day (`clause_drafts._before_a_recalled_charge`: في العام 2013 بعد اتهامها بشن هجوم)
    recalled: bool = False
    #: an earlier attack that another is told to answer (ردا على هجوم الخميس): one of another type is the
    #: attack that answers it, never the same
    answered: bool = False
    #: the trigger is a plural noun (غارات): it may sum up attacks that other drafts tell one by one
    plural: bool = False
    #: the trigger is a dual noun (هجومان، غارتين): two attacks, not one
    dual: bool = False
    #: the trigger is a verb (قصفت، أطلق مسلحون النار), not a noun
    verb: bool = False
    #: placed only at a country the clause names as where it happened (وسط اليمن), not across or beside it
    #: (في أنحاء العراق، على الحدود مع سوريا)
    country_told: bool = False
    #: the type is only that of a generic attack word, singular or plural (الهجوم، الهجمات الإرهابية)
    unnamed: bool = False
    #: the trigger names the attack's kind: a violent one (غارة، تفجير) or its weapon (هجوم كيماوي)
    kind_named: bool = False
    #: the type is only the default of an ambiguous word told without a side (قصف على البلدة)
    defaulted: bool = False
    #: told by an indefinite trigger in a clause that joins another attack to the one its sentence told
    #: before it (بينما قتل آخرون في غارة على بلدة ب): never the same as one told earlier in its sentence
    joined: bool = False
    #: its clause ties itself to a time told before (حينها، آنذاك: `segment.continuing`)
    ties_back: bool = False
    #: missiles told without a side (صواريخ استهدفت المطار): typed shelling only because nothing says who fired
    fired: bool = False
    #: told right after a word that counts another happening from it (وعدت الحكومة بتعزيز الأمن غداة هجوم),
    #: in a clause telling no attack before that word: its only date expression is the other happening's
    after_anchor: bool = False
    #: the type is inferred for an ambiguous word (القصف، استهدف) from its side's way of striking or by
    #: default, not told
    inferred: bool = False
    #: the sides its clause names as striking (الولايات المتحدة وفرنسا وبريطانيا), its actor among them
    sides: frozenset[str] = frozenset()
    #: placed nowhere, though its clause names a place after a naming head that the gazetteer does not know
    #: (قتل ستة في قصف على قرية الزعفرونة), told with a toll or, without one, by a past verb before that place
    #: (سيطرت القوات على بلدة س)
    unknown_place: bool = False
    #: dated and placed nowhere, though its clause names a place after a naming head that the gazetteer does
    #: not know (قصفت القوات أمس مناطق في بلدة س): it happened at that place, not at any other
    dated_at_unknown: bool = False
    #: the names its clause gives places after a naming head that the gazetteer does not know (قضاء س), by
    #: their index form: a place two tellings may share though neither is located by it
    unknown_names: frozenset[str] = frozenset()
    #: its sentence opens with its place (وفي إقليم س، فتح مسلحون النار): the scene of what it tells
    opens_at_its_place: bool = False
    #: the place its sentence opens with (وفي محافظة س، قتل عشرة ...، فيما أصيب ثلاثة ... بمحافظة س:
    #: `opens_at_its_place`), whichever clause tells it: the scene of what the sentence tells
    scene: Place | None = None
    #: an indefinite attack told as one done, by a strike verb in the past tense or as the object of a
    #: launching verb in the past tense (قصفت قوات النظام أماكن، شنت روسيا غارات): not a habit nor a campaign
    done: bool = False
    #: an indefinite singular trigger striking one site named right after it (غارة جوية لمبنى: `at_one_site`)
    at_one_site: bool = False
    #: its clause names several places after its trigger (غارات على مناطق في ريف حلب: `campaign.several_places`):
    #: what it tells is spread over an area, not at one spot of it
    over_places: bool = False
    #: the day an announcing verb before it is dated to (أعلن الجيش، الجمعة، قصف موقع: `occurrence_days.announced_day`),
    #: when its clause gives it no date: the date it takes if it tells neither a date nor a place
    announced: When | None = None
    #: the trigger of the attack told just before that its clause answers by a reply verb (ويرد التنظيم بإطلاق قذائف،
    #: وردت القوات بقصف: `segment.answers_back`): the other side's attack, never the same event as that one
    replies_to: int | None = None
    #: an ``other`` event told only by its toll in the lead, no attack word (أعلنت أنقرة مقتل جندي خلال عمليات
    #: للجيش): what killed them may be told right after it (قتل في هجوم لعناصر الحزب)
    toll_only: bool = False
    #: its clause says its toll rose (ارتفعت حصيلة قتلى التفجير إلى 12: `drafting.told_as_risen`): a later count of
    #: an attack told before
    toll_rose: bool = False
    #: told as a bombardment from the air and the ground in one (غاراته الجوية والمدفعية:
    #: `weapons.told_with_both_kinds`)
    both_kinds: bool = False
    #: the regions its clause names beside its place (هاجموا موقعا على الحدود السورية التركية في منطقة ألبيلي), by
    #: place id: an attack told at one of them the same day may be this one told coarser
    regions_named: frozenset[str] = frozenset()
    #: the trigger's own word has the article (الغارة، والقصف), not only the noun after it (طائرات التحالف): it
    #: names an attack told before, not the side or aircraft of a new one
    articled: bool = False
    #: one attack of a kind only its weapon names, not in the plural (هجوم كيماوي، ضربة كيماوية، هجوم بالسكين), its
    #: place written as where it happened (في مدينة دوما، على بلدة س: `placing.written_as_place`), not a name only
    #: standing in its clause (الأمر الذي سارعت دمشق إلى نفيه): a specific attack though no side or day is told
    weapon_at_its_place: bool = False
    #: told as another incident (`separate`) right after a telling of its type at another spot, in another sentence
    #: (وبعيد هذا التفجير في سوروتش، استهدف هجوم آخر ... كوباني): it is other than that one
    after_another_spot: bool = False


_FIELDS = frozenset(f.name for f in fields(Draft))


def revised(draft: Draft, **changes) -> Draft:
    """`dataclasses.replace(draft, **changes)`, made by copying the draft's fields: a draft has some forty, and
    its frozen ``__init__`` setting each again for every change told most of drafting's time."""
    if not changes.keys() <= _FIELDS:
        raise TypeError(f"Draft has no field {sorted(changes.keys() - _FIELDS)}")
    copy = object.__new__(Draft)
    copy.__dict__.update(draft.__dict__, **changes)
    return copy


def an_attack(d: Draft) -> bool:
    """A violent draft, or one whose kind is named as another (هجوم كيماوي): an attack of any type."""
    return d.event_type in VIOLENT_TYPES or d.kind_named
