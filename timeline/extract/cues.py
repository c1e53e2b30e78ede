"""The cue words that decide how a clause is read, from ``data/triggers.toml``.

Negation and irrealis (an attack that did not happen), future verbs, counts over
a period, totals, habits and campaigns, reporting verbs and speaker nouns, baselines of a comparison (منذ),
cause words (إثر), anaphora (هذا الهجوم), the words that tie a clause to the
sentence before, and those that date an attack from another sentence (series, occurrence verbs).
Every word is folded with `gazetteer.normalize`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from gazetteer.wordtrie import alternation
from timeline import DATA_DIR, read_data
from timeline.extract.morphology import noun_forms, possessed_forms
from timeline.extract.phrases import QUOTE_MARKS, PhraseMatcher
from timeline.extract.spans import Needing
from timeline.extract.triggers import triggers_data


@dataclass(frozen=True)
class Cues:
    demonstratives: frozenset[str]
    negations: frozenset[str]
    irrealis: frozenset[str]
    irrealis_after: frozenset[str]
    non_attack: frozenset[str]  #: an accident, an interception, a protest, a permission (تحطمت، اعترضت)
    protests: frozenset[str]  #: protests, protesters and riots (احتجاجات، المتظاهرين، الشغب)
    non_attack_after: frozenset[str]  #: after the trigger: intercepted (تم اعتراضه)
    denials: frozenset[str]  #: نفت: reaches every trigger after it in its clause
    denial_limits: frozenset[str]  #: what a denial may deny instead of the attack (مسؤوليته عن)
    denial_phrases: tuple[str, ...]  #: a denial told in words (لا صحة، لم ترد أي تقارير): as نفت
    future: frozenset[str]
    statistics: tuple[str, ...]
    toll_nouns: Needing  #: run only on a text where one of the nouns is written
    reporting: PhraseMatcher
    speaker_nouns: PhraseMatcher
    continuation: tuple[str, ...]
    follow_up: tuple[str, ...]  #: openings that go on with the report before (وأضاف، وبحسب)
    follow_up_others: tuple[str, ...]  #: those that bring another source or scene (أما، وبحسب)
    follow_up_unnamed: frozenset[str]  #: words after such a verb that name no speaker (أشارت إلى أن)
    same_time: tuple[str, ...]  #: clause openings that tell what happened at the same time (فيما، بينما)
    same_time_asides: tuple[str, ...]  #: openings of those words that compare instead (كما هو معروف)
    same_time_sentence: tuple[str, ...]  #: those that carry the time across a full stop (كما)
    also: frozenset[str]  #: words after a trigger that tell another attack of the time just told (أيضا)
    comes: tuple[str, ...]  #: clause openings that place what was just told after an earlier event (ويأتي ذلك)
    reply_verbs: frozenset[str]  #: verbs opening a clause that answers the attack just told (وردت القوات بقصف)
    reply_openers: tuple[str, ...]  #: passive or nominal openers of such a clause (وتم الرد عليه بغارات)
    reply_means: frozenset[str]  #: the prepositions before the attack that answers (بقصف، بالقصف)
    reply_objects: frozenset[str]  #: the preposition before what a reply answers (ردت على الهجوم)
    since: frozenset[str]
    onset: frozenset[str]
    #: words before an onset (قبل اندلاع، بعد بدء) whose date is the onset's, a bound of time, like since's
    onset_bounds: frozenset[str]
    superlatives: frozenset[str]
    causes: re.Pattern[str]  #: a cause word (إثر، بعد، ردا على), not one telling a distance (غير بعيد عن، على بعد)
    replies: frozenset[str]  #: cause words that end the event without a date after them (ردا على)
    #: nouns of accusing right after a cause word (بعد اتهامه بشن هجوم): what follows is the attack answered
    accusations: frozenset[str]
    #: words that open what a report says (أن، بأن), and those of them that bring a new subject
    complementizers: frozenset[str]
    bare_complementizers: frozenset[str]
    since_clause: frozenset[str]  #: منذ أن
    ago: frozenset[str]  #: قبل
    until: frozenset[str]  #: حتى، لغاية (حتى اليوم: the end of a duration, not a date)
    day_words: frozenset[str]  #: اليوم، يوم
    relative_pronouns: frozenset[str]  #: الذي، التي
    anchor_words: frozenset[str]  #: غداة، عشية
    anchor_prepositions: frozenset[str]  #: على، من، عن
    day_parts: frozenset[str]  #: parts of a day before a day expression (صباح، فجر: dates.toml)
    late_days: frozenset[str]  #: the reference's day and the day before (اليوم، أمس: dates.toml's relative_days)
    aggregates: PhraseMatcher  #: totals over a period, scattered attacks, habits (خلال 24 ساعة، بانتظام)
    recent: PhraseMatcher  #: the last days, a total with a toll (خلال اليومين الماضيين)
    lately: PhraseMatcher  #: the last days without خلال, a total of attacks in the plural (في الأيام الأخيرة)
    this_year: PhraseMatcher  #: this year, a total of attacks in the plural as `lately` (هذا العام)
    year_parts: frozenset[str]  #: words before this year that make it a part of it (مطلع، في وقت سابق من)
    people_relatives: frozenset[str]  #: relative pronouns of people (الذين): a period after one is theirs
    schedule_units: frozenset[str]  #: hours right before a habit word make it a daily schedule (خمس ساعات يوميا)
    campaign: frozenset[str]  #: words before a trigger that make it a campaign (أطلقت عملية، يواصل قصف)
    weapons: PhraseMatcher  #: the type told by what a generic trigger was done with (بسكين: other)
    separate: tuple[str, ...]  #: openings that tell another incident (وفي حادثة منفصلة)
    another: frozenset[str]  #: words after an indefinite trigger that make it another incident (تفجير آخر)
    others: frozenset[str]  #: words after a count joined by و and before a day that count another day's dead
    scene_openings: frozenset[str]  #: words opening a sentence before its place (وفي إقليم س): its scene
    #: phrases telling that a toll rose (ارتفعت حصيلة), with each conjunction, between spaces: a later count
    toll_rose: tuple[str, ...]
    generic: frozenset[str]  #: trigger forms that say no more than "an attack" (هجوم إرهابي), articles dropped
    attack_words: frozenset[str]  #: `generic` and its plurals (هجمات), articles dropped
    campaign_after: frozenset[str]  #: words after a trigger that make it a campaign (هجوم واسع)
    campaign_purposes: frozenset[str]  #: words a few after a trigger that make it a campaign (هجوما لطرد)
    campaign_over_places: frozenset[str]  #: places struck after a verbal noun, a campaign untolled (قصفها لأحياء)
    campaign_nouns: PhraseMatcher  #: triggers that are a campaign by themselves (العمليات العسكرية، عمليتها العسكرية)
    untolled_campaign_nouns: PhraseMatcher  #: triggers that are a campaign without a toll (عملية عسكرية)
    untolled_campaign: frozenset[str]  #: words before a trigger that make it a campaign without a toll (تشن، تستأنف)
    waged_now: frozenset[str]  #: the present ones of `untolled_campaign`: a day before them is no attack's (تشن)
    untolled_campaign_not_after: frozenset[str]  #: words before `untolled_campaign` that undo it (كانت)
    untolled_campaign_particles: frozenset[str]  #: words right before `untolled_campaign` that undo it (أن)
    unexploded: tuple[str, ...]  #: phrases after a trigger that say it did not go off (لم ينفجر)
    conditions: tuple[str, ...]  #: phrases after a trigger in its clause that make it conditional (ما دامت)
    may: tuple[str, ...]  #: a modal with a present verb near a trigger: an attack that may come (قد يكون)
    may_heads: frozenset[str]  #: the first words of `may` (قد، ربما)
    sport: re.Pattern[str]  #: words of a game (مباراة، اللاعبين), with و or ف: a clause holding one tells no attack
    departures: frozenset[str]  #: words before a place aircraft took off from or flew back to (أقلعت من)
    journeys: frozenset[str]  #: words before a place someone travelled to, trained or moved in (سافر إلى تركيا)
    driven_out: frozenset[str]  #: after an after-word, before a place a side was driven out of (بعد طردهم من)
    driven_out_after: frozenset[str]  #: the after-words before a side driven out (بعد، إثر)
    extents: frozenset[str]  #: words before a place something stretches to (شبكة أنفاق تمتد إلى حي جوبر)
    extent_spans: frozenset[str]  #: words after an extent word that open the span an area covers (الممتدة من)
    toward_flight: frozenset[str]  #: words before a place people fled to, after a word of fleeing (نزوح ... باتجاه)
    visits: frozenset[str]  #: words before a place a visit went to (زيارة مفاجئة لبغداد)
    beside_country: frozenset[str]  #: words before a country that put an attack across or beside it (أنحاء)
    cleft_pronouns: frozenset[str]  #: pronouns before a relative that make a cleft (هي التي استعادت)
    indefinite_heads: frozenset[str]  #: place nouns a verb right after describes (مناطق سيطرت عليها)
    article_lookalikes: frozenset[str]  #: particles written like a noun with the article (إلى)
    downed: frozenset[str]  #: words before an aircraft shot down or falling (أسقطت طائرة، سقوط مروحية)
    downed_after: frozenset[str]  #: downing verbs with the aircraft as their pronoun, after it (طائرة أسقطتها)
    aircraft: frozenset[str]  #: trigger heads that name an aircraft (طائرة، مروحية)
    #: words right before an aircraft falling or flying over, [negation] falling and overflight (تحليق طائرات)
    falling_or_overflight: frozenset[str]
    support: frozenset[str]  #: words right before an air trigger that make it cover (بإسناد بطيران)
    accompanying: frozenset[str]  #: words before strikes that went with an attack (يترافق مع قصف جوي)
    captures: frozenset[str]  #: first words of the capture triggers (سيطرت، استعاد)
    capture_objects: frozenset[str]  #: the preposition before what is captured (على)
    shares: frozenset[str]  #: words after a capture that make it a share of an area (معظم، في المئة)
    not_captured: frozenset[str]  #: what follows a capture's على when it takes no place (حريق، مجريات)
    not_regained: frozenset[str]  #: what a capture without على takes when it is no place (صدارة، نغمة)
    several_places: frozenset[str]  #: plural places a capture takes (مناطق، قرى): the gains of a campaign over days
    evaluations: frozenset[str]  #: clause openings that judge an attack told elsewhere (ويعد، واعتبرت)
    verbal: frozenset[str]  #: words that make a ground attack verb a verbal attack (قائلا، متهما)
    victims: frozenset[str]  #: words right before a trigger that make it one of the dead (بينهم انتحاري)
    deaths: frozenset[str]  #: nouns of a death after a reporting verb: a date after them is the death's (مقتل)
    announcing: frozenset[str]  #: statement verbs whose day dates the indefinite attack they announce (أعلن)
    firing: frozenset[str]  #: words right before a projectile that fire it (أطلقت صواريخ، إطلاق قذيفة)
    counted_places: PhraseMatcher  #: plurals of places a count before sums up (في سبع مدن)
    counted_places_after: frozenset[str]  #: prepositions before such a count (في، قرب)
    named_among: frozenset[str]  #: words after such a count naming some of the places counted (منها)
    lasting: frozenset[str]  #: words after a trigger that tell it lasted or began (استمرت، بدأ)
    loaded: frozenset[str]  #: words after a munition that tell what it carries (محملة، تحتوي)
    vague_past: tuple[str, ...]  #: phrases of a time vaguely before (مؤخرا), with each conjunction, between spaces
    overnight: tuple[str, ...]  #: phrases of a night without its day (ليلا), with each conjunction, between spaces
    anniversaries: frozenset[str]  #: words of the passing of a time since a date (بمرور، الذكرى)
    meetings: frozenset[str]  #: words of a meeting whose day dates no attack it discusses (اجتماع، جلسة)
    accords: frozenset[str]  #: nouns of an accord whose relative clause's day dates no attack (هدنة، اتفاق)
    wars: frozenset[str]  #: nouns of a war or a battle whose relative clause's dates date no attack (الحرب، المعركة)
    funerals: frozenset[str]  #: words of a funeral before an attack's trigger, whose day is not the attack's (شيع)
    meeting_scenes: frozenset[str]  #: words of "during" before a meeting (an attack's scene) or an attempt (خلال)
    #: phrases right before a trigger that tell what is done for the attack (للتحقيق في): a day before them is its
    purposes: frozenset[str]
    #: words right before a trigger that make it the topic of its clause (حول): a day before them is not its
    dating_topics: frozenset[str]
    place_relatives: frozenset[str]  #: relative pronouns that may describe a town (التي)
    feminine_endings: tuple[str, ...]  #: endings of a feminine or plural noun (ة، ات)
    present_prefixes: tuple[str, ...]  #: first letters of a verb in the present (ي، ت)
    past_endings: tuple[str, ...]  #: endings of a verb in the past that opens like one in the present (ت، وا)
    #: first letters only a verb in the present opens with (ي، تت): today right after it is nowadays
    present_only_prefixes: tuple[str, ...]
    #: phrases right before a trigger that tell what followed the attack days later or on news of it (بعد أيام من):
    #: a day before them is not the attack's
    told_before: frozenset[str]
    #: phrases after a trigger that tell what the attack came hours after (بعد ساعات من): a day after them is that
    #: one's, and the attack's the same day or the next
    hours_after: frozenset[str]
    #: phrases after a trigger that open what came after the attack (قبل أن): a day after them is not the attack's
    came_after: frozenset[str]
    #: phrases after a trigger that open who announced the attack (بحسب ما أعلن): the verb's day is its announcement's
    attributed: frozenset[str]
    #: participles of saying (مبينا) that open, after a comma, what the speaker says next
    said_next: frozenset[str]
    named_attacks: frozenset[str]  #: plural attack nouns a yearless day after names (هجمات 11 سبتمبر)
    series_nouns: PhraseMatcher  #: nouns of a counted series of attacks (حوادث), each valued whether it is a dual
    series_words: frozenset[str]  #: words before a series noun that make it a series without a count (سلسلة)
    occurred_nouns: frozenset[str]  #: attack nouns before an occurrence verb (الحادثة وقعت)
    occurred_verbs: frozenset[str]  #: occurrence verbs (وقعت، جرى)
    occurred_pointers: frozenset[str]  #: words standing for the attack just told after an occurrence verb (ذلك)
    occurred_copulas: frozenset[str]  #: verbs that tell an occurrence before a pointer (وكان ذلك)
    named_nouns: frozenset[str]  #: indefinite attack nouns before an occurrence (حادث بلدة س الذي وقع)
    occurred_seen: frozenset[str]  #: verbs of a place that saw an attack, after a relative pronoun (الذي شهدته)
    past_progressive: frozenset[str]  #: كانت before a present verb (كانت المعارضة تشن): the past
    past_perfect: frozenset[str]  #: قد after كانت: what had happened (وكانت الطائرات قد قصفت), no habit
    same_area: PhraseMatcher  #: phrases that place an attack where the one before was (في المنطقة نفسها)
    offices: frozenset[str]  #: words of an office whose seat a speaker names (مكتب، مديرية، مدير)
    located_in: frozenset[str]  #: words between a place and the area it lies in (في، داخل)
    located_in_proclitics: tuple[str, ...]  #: the proclitics that say so glued to the area (بريف درعا)
    targets: frozenset[str]  #: words after a fired projectile before what it was fired at (على، باتجاه)
    confrontations: PhraseMatcher  #: confrontation triggers that need an armed side (مواجهات، صدامات)
    armed_sides: PhraseMatcher  #: words naming an armed group as a side of a confrontation (مسلحين)
    battles: PhraseMatcher  #: battle triggers told with their sides as a confrontation's (معارك بين ... و...)
    intruders: frozenset[str]  #: settlers, whose storming of a place is no attack of war (المستوطنين)
    launched_operations: frozenset[str]  #: operations a side launches (عملية عسكرية), articles dropped
    launch_verbs: frozenset[str]  #: verbs of a side launching an attack or an operation (شنت، قصفت)
    attack_verbs: frozenset[str]  #: verbs of attacking whose subject may be a side striking from the air (هاجمت)
    joined_verbs: frozenset[str]  #: verbs of a side taking part in an attack (شاركت), for its kind only
    #: words after which a launching verb's form is its verbal noun (مع شن الحكومة هجوما), an aim's too (بهدف شن)
    verbal_noun_leads: frozenset[str]
    coalitions: frozenset[str]  #: actor names of coalitions, whose launched attacks may be on the ground
    found: frozenset[str]  #: words before a bomb that make it found or cleared (تفكيك، العثور على)
    held: frozenset[str]  #: words before a weapon word that make it what was struck (ببرنامج الأسلحة الكيميائية)
    bans: frozenset[str]  #: words before a weapon word that make it the one banned (منظمة حظر الأسلحة الكيميائية)
    plans: frozenset[str]  #: plan, plot, intention and threat words reaching the nouns after them in their clause
    plan_limits: frozenset[str]  #: words after which a plan or threat reaches no further (بسبب، إشارة)
    dropped: frozenset[str]  #: what aircraft drop that is no weapon (مناشير، مساعدات)
    trials: frozenset[str]  #: a weapons test or a space launch after an air or missile trigger (اختبرت، الفضائية)
    series_after: frozenset[str]  #: words right after attacks that make them a series over time (هجمات متتالية)
    verbal_titles: frozenset[str]  #: titles right after هاجم that make it a verbal attack (هاجم الرئيس)
    capture_controls: frozenset[str]  #: control nouns ending a capture trigger that needs an على (فرض سيطرته)
    ongoing_verbs: frozenset[str]  #: present verbs before fighting going on at the time of writing (تدور، تخوض)
    continuing_after: frozenset[str]  #: words after a trigger that tell it goes on (مستمرة، المتواصل)
    now: frozenset[str]  #: words telling the time of writing (الآن، حاليا)
    #: phrases right before a list of sides that join it to the side told before (بريطانيا ... إلى جانب فرنسا)
    alongside: tuple[str, ...]
    artillery_models: frozenset[str]  #: models of rocket artillery named after a missile word (غراد، كاتيوشا)
    cruise_models: frozenset[str]  #: models of cruise missiles named after a missile word (توماهوك), first words
    carried_out: frozenset[str]  #: present verbs after a trigger that tell what a side carries out (يشنها)
    undergoing: frozenset[str]  #: present verbs before a trigger that tell what a place undergoes (تتعرض)
    threat_nouns: frozenset[str]  #: a threat's noun a few words before a trigger (التهديدات بتنفيذ ضربات)
    #: words before a place someone lives in or comes from (يسكنون في دمشق، يتحدرون من المدينة)
    residences: frozenset[str]
    #: titles before a place (رئيس مجلس قضاء الخالدية، محافظ نينوى): an office's place
    titles: frozenset[str]
    #: verbs of asking right before the capital asked or its asker (طالب الأكراد دمشق بالتدخل): a government
    asking: frozenset[str]
    fired_from: frozenset[str]  #: words right before the place missiles were fired from (من سوريا)
    origin_from: frozenset[str]  #: the word before `origin_sides` (من جهة)
    origin_sides: frozenset[str]  #: words right before a place an attack came from (من جهة الجولان)
    origin_nouns: frozenset[str]  #: "its source" right before a place fire came from (مصدرها حي جوبر)
    aims: frozenset[str]  #: words after a trigger before the places an attack aims at (تمهيدا لاقتحام مدينة س)
    accusing: frozenset[str]  #: words after a trigger before an accused attack's places (اتهمه بشن هجوم على س)
    accused_of: frozenset[str]  #: an attack's verbal noun with ب after a word of accusing (اتهمه بشن)
    between: frozenset[str]  #: the word before a place that with a non-place after و is a party (بين روسيا وممثلي)
    gunmen: frozenset[str]  #: gunmen as the subject of a targeting verb (استهدف مسلحون)
    gunmen_verbs: frozenset[str]  #: the targeting verbs gunmen make a ground attack (استهدف، استهدفوا)
    gunmen_of: frozenset[str]  #: the word after gunmen opening their side, before the verb (مسلحون من الحزب استهدفوا)
    happenings: frozenset[str]  #: a happening as the subject of a targeting verb (استهدفت العملية)
    scene_nouns: frozenset[str]  #: strike nouns a day at a settlement tells as one strike, indefinite (قصف)
    undergone: frozenset[str]  #: past verbs of undergoing before a trigger told done to their subject (تعرضت)
    done_auxiliaries: frozenset[str]  #: past auxiliaries of the passive before a strike noun told done (تم، جرى)
    undergone_risks: frozenset[str]  #: risks right before a verbal noun of undergoing (خطر تعرض المدينة)
    nth_days: tuple[str, ...]  #: a later day of a campaign (اليوم الثالث، يومها الثالث), between spaces
    under_way: frozenset[str]  #: words right before a campaign that tell it under way (سير، تقدم)
    #: phrases right before a place an attack is told to relieve (تخفيف الضغط عن الزبداني), words joined by a space
    relieved: frozenset[str] = frozenset()
    #: words after which a period tells the total an attack raised (ليرتفع عدد القتلى منذ بدء التصعيد)
    rises: frozenset[str] = frozenset()
    despite: frozenset[str] = frozenset()  #: a concessive word (رغم): what follows is another happening's
    #: phrases before the one verb a trigger is the object of, telling it not done (دون أن تشن غارات)
    without_doing: frozenset[str] = frozenset()
    not_done: frozenset[str] = frozenset()  #: the past negator right before a trigger (لم تقصف): not done
    not_done_verbs: frozenset[str] = frozenset()  #: launching verbs after it, before a trigger (لم يشن غارة)
    receiving: frozenset[str] = frozenset()  #: words before a missile trigger telling arms received (لتلقي)
    mission_nouns: frozenset[str] = frozenset()  #: a mission whose aim a present verb after it tells (مهمة تستهدف)
    campaigns: frozenset[str] = frozenset()  #: a campaign whose aim a verb after it tells (حملة استهدفت)
    #: the words of arrests that make a campaign's clause one of arrests (أوقفت، اعتقالات، مداهمات)
    campaign_arrests: frozenset[str] = frozenset()
    #: words after which one attack is singled out of a total with a day of its own (ثلاثة منهم في مكمن الخميس)
    singled_out: frozenset[str] = frozenset()
    #: words after a lasting word that make it last hours, one fight (استمرت لساعات)
    within_a_day: frozenset[str] = frozenset()
    ended: frozenset[str] = frozenset()  #: words telling what a fight ended with (انتهت)
    outcomes: frozenset[str] = frozenset()  #: what a fight ended with, after ب (بإجلاء، باتفاق): its end as a whole
    #: words right after a "comes" verb that make it tell where something was said (وجاء في بيان), not what came after
    comes_stated: frozenset[str] = frozenset()
    #: government bodies or the press among the two words after هاجم that make it a verbal attack (هاجم الوزارة)
    verbal_bodies: frozenset[str] = frozenset()
    struck_aircraft: frozenset[str] = frozenset()  #: feminine aircraft words a masculine verb has for object (مروحية)
    struck_before: frozenset[str] = frozenset()  #: masculine targeting verbs before an aircraft struck (استهدف)
    struck_after: frozenset[str] = frozenset()  #: verbal nouns after a passive auxiliary, of an aircraft struck
    vehicles: frozenset[str] = frozenset()  #: vehicles a bombing word may describe (سيارة، آلية، عجلات)
    vehicle_strikes: frozenset[str] = frozenset()  #: words before a vehicle struck, its destroying (تدمير، دمرت)
    vehicle_targeting: frozenset[str] = frozenset()  #: targeting verbs a strike's trigger has before a vehicle
    topics: frozenset[str] = frozenset()  #: verbs of talks before a definite trigger noun, its topic (بحث، ناقش)
    rehearsals: frozenset[str] = frozenset()  #: exercises, reaching before a trigger noun as a plan (التمرين)
    searched: frozenset[str] = frozenset()  #: words right after a verb of talks that make it a search (بحث عن)
    deployed: frozenset[str] = frozenset()  #: verbs before aircraft deployed or sent, not striking (نشرت مقاتلات)
    interviews: frozenset[str] = frozenset()  #: words of an interview or television (مقابلة تلفزيونية): said, not done
    #: words right before an aircraft falling: [negation] falling alone, without overflight (سقطت مقاتلة)
    falling_only: frozenset[str] = frozenset()
    #: "one of the most" right before a trigger, words joined by a space: a class compared (من أكثر التفجيرات دموية)
    most_of: frozenset[str] = frozenset()
    #: many cities or provinces told by a vague count (العديد من المدن، عدة محافظات): a total over them
    many_places: PhraseMatcher | None = None
    #: places told as spread all over (في مناطق متفرقة، في مختلف مواقع): over a whole country, a total
    spread: PhraseMatcher | None = None
    storming: frozenset[str] = frozenset()  #: storming nouns, settlers' when their clause names them (اقتحام)
    at_that_time: tuple[str, ...] = ()  #: ties of a clause to the very time told before (حينها، آنذاك)
    fled: frozenset[str] = frozenset()  #: words of fleeing a few before a trigger noun, what people flee (فروا)
    fled_from: frozenset[str] = frozenset()  #: words right before a trigger noun fled (من، جراء)
    flight_caused: frozenset[str] = frozenset()  #: the flight an attack caused, after its noun (على الفرار، نزوح)
    #: words right before a launching verbal noun that a verb of beginning takes (بدأت القوات في شن هجمات)
    begun_leads: frozenset[str] = frozenset()
    times_of: frozenset[str] = frozenset()  #: a time noun before an attack noun (يوم التفجير): told before
    legal_cases: frozenset[str] = frozenset()  #: a trial or a prosecution (محاكمة، النيابة): its clause tells no attack
    #: accusations and resolutions (اتهامات، قرارا) about an attack told after them: a date before them is not its
    charges: frozenset[str] = frozenset()
    #: prepositions written as a word before an attack undergone, instead of ل (تعرضت إلى قصف)
    undergone_prepositions: frozenset[str] = frozenset()
    unstruck_deaths: frozenset[str] = frozenset()  #: deaths of hunger, illness or a siege (جوعا، المرض، الحصار)
    one_site: frozenset[str] = frozenset()  #: one site an indefinite trigger strikes (غارة جوية لمبنى، على موقع)
    #: past verbs of bombarding whose object, a place struck, tells them done (قصف المسلحون بلدة السويداء)
    bombarding_verbs: frozenset[str] = frozenset()
    processes: frozenset[str] = frozenset()  #: political processes after a trigger (عملية السلام): no attack
    #: words between a trigger and a process word that make the word a party's name (اشتباكات بين سرايا السلام)
    process_parties: frozenset[str] = frozenset()
    #: past verbs of doing right before a counted strike noun, their subject not written (ففي العراق نفذ 21 ضربة)
    subjectless_doing: frozenset[str] = frozenset()
    #: words besides the cause words and since before another happening after a trigger (قبل الانتخابات)
    before_another: frozenset[str] = frozenset()
    not_before_another: frozenset[str] = frozenset()  #: phrases ending with such a word that tell none (من قبل)
    #: phrases opening another happening named beside the attack in a list (عدا عن، فضلا عن، إلى جانب)
    besides_another: re.Pattern[str] = re.compile(r"(?!)")
    counted_from: frozenset[str] = frozenset()  #: a time counted from a happening after such a word (بعد ساعات من)
    own_fights: frozenset[str] = frozenset()  #: a fight after such a word, the attack's own (بعد قتال عنيف)
    #: parts of the day and prayers, with and without the article (ظهر، الفجر، صلاة): a time of the day told after
    same_day_times: frozenset[str] = frozenset()
    #: pronouns of a copula between a demonstrative and a trigger (هذا هو الهجوم الأعنف): it names one told before
    copulas: frozenset[str] = frozenset()
    #: verbs of coming before or after (سبقت، تلا) after a relative pronoun: a day before them is counted from another
    sequence_verbs: frozenset[str] = frozenset()

    @cached_property
    def spoken(self) -> frozenset[str]:
        """Words that make a ground attack verb of their clause no act of war: said (قائلا) or in an interview
        (في مقابلة تلفزيونية), a protest's or settlers' (اقتحم المستوطنون)."""
        return self.verbal | self.interviews | self.protests | self.intruders

    @cached_property
    def unasserted_after(self) -> frozenset[str]:
        """Words right after a trigger that make it no happening: irrealis, intercepted, no attack."""
        return self.irrealis_after | self.non_attack_after | self.non_attack


@cache
def cues() -> Cues:
    """The cue words of ``triggers.toml``, and the date words it shares with ``dates.toml``, folded (read
    once)."""
    data = triggers_data()
    date_words = _dates_data()["words"]

    def words(section: str, key: str) -> frozenset[str]:
        return frozenset(normalize(w) for w in data[section][key])

    def dated(key: str) -> frozenset[str]:
        return frozenset(normalize(w) for w in date_words[key])

    nouns = {normalize(w) for w in data["anaphora"]["toll_nouns"]}
    reporting = PhraseMatcher()
    for word in data["reporting"]["verbs"]:
        reporting.add(word, True, verb=True)
    speaker_nouns = PhraseMatcher()
    for word in data["reporting"]["speaker_nouns"]:
        speaker_nouns.add(word, True)
    baseline = data["baseline"]
    generic = frozenset(
        without_articles(normalize(f)) for w in data["coreference"]["generic"] for f in noun_forms(w, None))
    replies = frozenset(" ".join(normalize(w).split()) for w in data["cause"]["replies"])
    causes = {" ".join(normalize(w).split()) for w in data["cause"]["words"]} | replies
    return Cues(
        frozenset(normalize(w) for w in data["anaphora"]["demonstratives"]),
        frozenset(normalize(w) for w in data["negation"]["words"]),
        frozenset(normalize(w) for w in data["negation"]["irrealis"]),
        words("negation", "irrealis_after") | words("negation", "continuing_after"),
        words("negation", "non_attack") | words("negation", "protests") | words("negation", "legal_cases")
        | words("negation", "arrests"),
        words("negation", "protests"),
        words("negation", "non_attack_after") | words("negation", "dropped"),
        words("negation", "denials"),
        words("negation", "denial_limits"),
        tuple(" ".join(normalize(w).split()) for w in data["negation"]["denial_phrases"]),
        frozenset(normalize(w) for w in data["negation"]["future"]),
        tuple(" ".join(normalize(w).split()) for w in data["negation"]["statistics_after"]),
        Needing(re.compile(_proclitics(CLITICS.plain_prefixes) + alternation(nouns) + r"(?![^\W\d_])"),
                (frozenset(nouns),)),
        reporting,
        speaker_nouns,
        tuple(" ".join(normalize(w).split()) for w in [*data["anaphora"]["continuation"],
                                                        *data["anaphora"]["at_that_time"]]),
        tuple(" ".join(normalize(w).split()) for w in data["anaphora"]["follow_up"]),
        tuple(" ".join(normalize(w).split()) for w in data["anaphora"]["follow_up_others"]),
        words("anaphora", "follow_up_unnamed"),
        tuple(" ".join(normalize(w).split()) for w in data["anaphora"]["same_time"]),
        tuple(" ".join(normalize(w).split()) for w in data["anaphora"]["same_time_asides"]),
        tuple(" ".join(normalize(w).split()) for w in data["anaphora"]["same_time_sentence"]),
        words("anaphora", "also"),
        tuple(" ".join(normalize(w).split()) for w in data["anaphora"]["comes"]),
        words("anaphora", "reply_verbs"),
        tuple(" ".join(normalize(w).split()) for w in data["anaphora"]["reply_openers"]),
        words("anaphora", "reply_means"),
        words("anaphora", "reply_objects"),
        frozenset(normalize(w) for w in baseline["since"]),
        frozenset(normalize(w) for w in baseline["onset"]),
        frozenset(normalize(w) for w in baseline["onset_bounds"]),
        frozenset(normalize(w) for w in baseline["superlatives"]),
        re.compile(_proclitics(CLITICS.conjunction_prefixes, _not_after(words("cause", "distance_before")))
                   + alternation(causes, _QUOTED_SPACE) + r"(?![^\W\d_])"
                   + _not_before(words("cause", "distance_after")) + _NOTHING_GOVERNED),
        replies,
        words("cause", "accusations"),
        words("reporting", "complementizers"),
        dated("said"),
        words("baseline", "since_clause"),
        words("baseline", "ago"),
        words("baseline", "until"),
        words("dating", "day_words"),
        dated("relative_pronouns"),
        dated("followed_by_anchor"),
        dated("anchor_link"),
        dated("day_parts"),
        frozenset(" ".join(normalize(w).split()) for key in ("0", "-1") for w in _dates_data()["relative_days"][key]),
        _matcher([*(w for key in ("period", "scattered", "habit") for w in data["aggregate"][key]),
                  *_counted_periods(data["aggregate"]["counted"], "period")]),
        _matcher([*data["aggregate"]["recent"], *_counted_periods(data["aggregate"]["counted"], "recent"),
                  *_months_after(data["aggregate"]["month_before"])]),
        _matcher(data["aggregate"]["lately"]),
        _matcher(data["aggregate"]["this_year"]),
        words("aggregate", "year_parts") | _range_words(),
        words("aggregate", "people_relatives"),
        words("aggregate", "schedule_units"),
        words("campaign", "before"),
        _weapons(data["weapons"], data["exclude"]["services"]),
        tuple(" ".join(normalize(w).split()) for w in data["coreference"]["separate"]),
        words("coreference", "another"),
        words("coreference", "others"),
        words("coreference", "scene_openings"),
        _vague_phrases(data["coreference"]["toll_rose"]),
        generic,
        generic | frozenset(without_articles(normalize(w)) for w in data["coreference"]["generic_plurals"]),
        words("campaign", "after") | words("campaign", "lasting") | words("campaign", "carried_out"),
        words("campaign", "purposes"),
        words("campaign", "over_places"),
        _matcher([*data["campaign"]["nouns"], *_possessed(data["campaign"]["possessed_nouns"])]),
        _matcher(data["campaign"]["untolled_nouns"]),
        words("campaign", "untolled_before") | words("campaign", "waged_now"),
        words("campaign", "waged_now"),
        words("campaign", "untolled_not_after"),
        words("campaign", "untolled_particles"),
        tuple(" ".join(normalize(w).split()) for w in data["negation"]["unexploded"]),
        tuple(" ".join(normalize(w).split()) for w in data["negation"]["conditions"]),
        tuple(" ".join(normalize(w).split()) for w in data["negation"]["may"]),
        frozenset(normalize(w).split()[0] for w in data["negation"]["may"]),
        _word_pattern(words("negation", "sport")),
        words("placing", "departures"),
        words("placing", "journeys"),
        words("placing", "driven_out"),
        words("placing", "driven_out_after"),
        words("placing", "extents"),
        words("placing", "extent_spans"),
        words("placing", "toward_flight"),
        words("placing", "visits"),
        words("placing", "beside_country"),
        words("description", "cleft_pronouns"),
        words("description", "indefinite_heads"),
        words("description", "article_lookalikes"),
        words("negation", "downed"),
        words("negation", "downed_after"),
        words("negation", "aircraft"),
        words("negation", "falling") | words("negation", "overflight"),
        words("negation", "support"),
        words("negation", "accompanying"),
        frozenset(normalize(w) for w in data["campaign"]["share"]["captures"]),
        frozenset(normalize(w) for w in data["campaign"]["share"]["objects"]),
        frozenset(normalize(w) for w in data["campaign"]["share"]["shares"]),
        words("campaign", "not_captured"),
        words("campaign", "not_regained"),
        words("campaign", "several_places"),
        words("predicate", "evaluations"),
        words("negation", "verbal"),
        words("negation", "victims"),
        words("reporting", "deaths"),
        words("reporting", "announcing"),
        words("firing", "words"),
        _matcher(data["aggregate"]["counted_places"]),
        words("aggregate", "counted_places_after"),
        words("aggregate", "named_among"),
        words("campaign", "lasting"),
        words("loaded", "words"),
        _vague_phrases(data["dating"]["vague_past"]),
        _vague_phrases(data["dating"]["overnight"]),
        words("dating", "anniversaries"),
        words("dating", "meetings"),
        words("dating", "accords"),
        words("dating", "wars"),
        words("dating", "funerals"),
        words("dating", "meeting_scenes"),
        frozenset(" ".join(normalize(w).split()) for w in data["dating"]["purposes"]),
        words("dating", "topics"),
        words("dating", "place_relatives"),
        tuple(data["dating"]["feminine_endings"]),
        tuple(data["dating"]["present_prefixes"]),
        tuple(data["dating"]["past_endings"]),
        tuple(data["dating"]["present_only_prefixes"]),
        frozenset(" ".join(normalize(w).split()) for w in data["dating"]["told_before"]),
        frozenset(" ".join(normalize(w).split()) for w in data["dating"]["hours_after"]),
        frozenset(" ".join(normalize(w).split()) for w in data["dating"]["came_after"]),
        frozenset(" ".join(normalize(w).split()) for w in data["dating"]["attributed"]),
        words("dating", "said_next"),
        words("dating", "named_attacks"),
        _series_nouns(data["dating"]),
        words("dating", "series_words"),
        words("dating", "occurred_nouns"),
        words("dating", "occurred_verbs"),
        words("dating", "occurred_pointers"),
        words("dating", "occurred_copulas"),
        words("dating", "named_nouns"),
        words("dating", "occurred_seen"),
        words("aggregate", "past_progressive"),
        words("aggregate", "past_perfect"),
        _matcher(data["placing"]["same_area"]),
        words("placing", "offices"),
        words("placing", "located_in"),
        tuple(normalize(w) for w in data["placing"]["located_in_proclitics"]),
        words("firing", "targets"),
        _matcher([*data["confrontation"]["words"], *data["ground_attack"]["bullets"]]),
        _matcher(data["confrontation"]["sides"]),
        _matcher(data["confrontation"]["battles"]),
        words("negation", "intruders"),
        frozenset(without_articles(normalize(f)) for w in data["launched"]["operations"] for f in noun_forms(w, None)),
        words("launched", "verbs"),
        words("launched", "attack_verbs"),
        words("launched", "joined"),
        words("launched", "verbal_noun_leads") | words("launched", "purpose_leads"),
        frozenset(data["launched"]["coalitions"]),
        words("negation", "found"),
        frozenset(normalize(f) for w in data["held"]["words"] for f in noun_forms(w)),
        words("held", "bans"),
        words("negation", "plans"),
        words("negation", "plan_limits") | words("baseline", "since") | words("reporting", "complementizers"),
        words("negation", "dropped"),
        words("negation", "trials"),
        words("dating", "series_after"),
        words("negation", "verbal_titles"),
        frozenset(normalize(w) for w in data["campaign"]["share"]["controls"]),
        words("ongoing", "verbs"),
        words("negation", "continuing_after"),
        words("ongoing", "now"),
        tuple(" ".join(normalize(w).split()) for w in data["launched"]["alongside"]),
        words("missiles", "artillery_models"),
        frozenset(normalize(w).split()[0] for w in data["missiles"]["cruise_models"]),
        words("campaign", "carried_out"),
        words("campaign", "undergoing"),
        words("negation", "threat_nouns"),
        words("placing", "residences"),
        words("placing", "titles"),
        words("placing", "asking"),
        words("missiles", "fired_from"),
        words("placing", "origin_from"),
        words("placing", "origin_sides"),
        words("placing", "origin_nouns"),
        words("placing", "aims"),
        words("placing", "accusing") | words("cause", "accusations"),
        words("placing", "accused_of"),
        words("placing", "between"),
        words("ambiguous", "gunmen"),
        words("ambiguous", "gunmen_verbs"),
        words("ambiguous", "gunmen_of"),
        words("ambiguous", "happenings"),
        frozenset(normalize(f) for w in data["ambiguous"]["scene_nouns"] for f in noun_forms(w)),
        words("ambiguous", "undergone"),
        words("ambiguous", "done_auxiliaries"),
        words("ambiguous", "undergone_risks"),
        tuple(f" {' '.join(normalize(w).split())} " for w in data["campaign"]["nth_day"]),
        words("campaign", "under_way"),
        frozenset(" ".join(normalize(w).split()) for w in data["placing"]["relieved"]),
        rises=words("aggregate", "rises"),
        despite=words("aggregate", "despite"),
        without_doing=frozenset(" ".join(normalize(w).split()) for w in data["negation"]["without_doing"]),
        not_done=words("negation", "not_done"),
        not_done_verbs=words("negation", "not_done_verbs"),
        receiving=words("negation", "receiving"),
        mission_nouns=words("negation", "mission_nouns"),
        campaigns=words("negation", "campaigns"),
        campaign_arrests=words("negation", "arrests") | words("negation", "campaign_arrests"),
        singled_out=words("aggregate", "singled_out"),
        within_a_day=words("campaign", "within_a_day"),
        ended=words("campaign", "ended"),
        outcomes=words("campaign", "outcomes"),
        comes_stated=words("anaphora", "comes_stated"),
        verbal_bodies=words("negation", "verbal_bodies"),
        struck_aircraft=words("negation", "struck_aircraft"),
        struck_before=words("negation", "struck_before"),
        struck_after=words("negation", "struck_after"),
        vehicles=words("held", "vehicles"),
        vehicle_strikes=words("held", "vehicle_strikes"),
        vehicle_targeting=words("held", "vehicle_targeting"),
        topics=words("negation", "topics"),
        rehearsals=words("negation", "rehearsals"),
        searched=words("negation", "searched"),
        deployed=words("negation", "deployed"),
        falling_only=words("negation", "falling"),
        interviews=words("negation", "interviews"),
        most_of=frozenset(" ".join(normalize(w).split()) for w in data["negation"]["most_of"]),
        many_places=_matcher(data["aggregate"]["many_places"]),
        spread=_matcher(data["aggregate"]["spread"]),
        storming=words("negation", "storming"),
        at_that_time=tuple(normalize(w) for w in data["anaphora"]["at_that_time"]),
        fled=words("campaign", "fled"),
        fled_from=words("campaign", "fled_from"),
        flight_caused=words("campaign", "flight_caused"),
        begun_leads=words("campaign", "begun_leads"),
        legal_cases=words("negation", "legal_cases"),
        charges=words("dating", "charges") | words("cause", "accusations"),
        times_of=words("anaphora", "times_of"),
        copulas=words("anaphora", "copulas"),
        undergone_prepositions=words("ambiguous", "undergone_prepositions"),
        one_site=words("campaign", "one_site"),
        bombarding_verbs=words("ambiguous", "bombarding_verbs"),
        unstruck_deaths=words("negation", "unstruck_deaths"),
        subjectless_doing=words("ambiguous", "subjectless_doing"),
        processes=words("negation", "processes"),
        process_parties=words("negation", "process_parties"),
        before_another=words("dating", "before_another"),
        not_before_another=frozenset(" ".join(normalize(w).split()) for w in data["dating"]["not_before_another"]),
        besides_another=_word_pattern(frozenset(
            " ".join(normalize(w).split()) for w in data["dating"]["besides_another"] + data["clauses"]["besides"])),
        same_day_times=_same_day_times(date_words),
        own_fights=words("dating", "own_fights"),
        counted_from=words("dating", "counted_from"),
        sequence_verbs=words("dating", "sequence_verbs"),
    )


def without_articles(phrase: str) -> str:
    """`phrase` with the article dropped from each word (الهجمات الارهابيه → هجمات ارهابيه)."""
    return " ".join(w[len(CLITICS.article):] if w.startswith(CLITICS.article) else w for w in phrase.split())


def _weapons(section: dict[str, list[str]], services: list[str]) -> PhraseMatcher:
    """A matcher of the weapon words in their noun forms (انفجارا، عبوتين), each giving its event type;
    a word written with the article is matched as written (السارين). A service phrase (في القوات الجوية) holding
    one is matched with no type: a person's service, no weapon."""
    matcher = PhraseMatcher()
    for event_type, phrases in section.items():
        for phrase in phrases:
            for form in [phrase] if phrase.startswith(CLITICS.article) else noun_forms(phrase):
                matcher.add(form, event_type)
    for phrase in services:
        matcher.add(phrase, None)
    return matcher


def _vague_phrases(phrases: list[str]) -> tuple[str, ...]:
    """The phrases of a time (vague past, overnight), each with and without a conjunction, between spaces."""
    folded = (" ".join(normalize(w).split()) for w in phrases)
    return tuple(f" {c}{phrase} " for phrase in folded for c in CLITICS.conjunction_prefixes)


def _series_nouns(section: dict) -> PhraseMatcher:
    """A matcher of the series nouns, each valued whether it is a dual."""
    duals = {normalize(w) for w in section["series_duals"]}
    matcher = PhraseMatcher()
    for word in section["series_nouns"]:
        matcher.add(word, normalize(word) in duals)
    return matcher


def _counted_periods(section: dict, kind: str) -> list[str]:
    """Each unit of `kind` (``period`` or ``recent``) with each count and end, after each of the kind's opening
    words if it has them (الأسابيع الستة الماضية، خلال الأيام الثلاثة الماضية، في الأيام التسعة الماضية)."""
    befores = section.get(f"{kind}_before", [""])
    return [" ".join(filter(None, (before, unit, count, end))) for before in befores
            for unit in section[f"{kind}_units"] for count in section["counts"] for end in section["ends"]]


@cache
def _dates_data() -> dict:
    """The table of ``dates.toml``, whose words the extractor shares with the dates wing (read once)."""
    return read_data(DATA_DIR / "dates.toml")


@cache
def day_list_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of ``dates.toml`` that join two days (و: "3 و5 أيار") and that make two days so joined a
    span (بين), folded."""
    words = _dates_data()["words"]
    return frozenset(normalize(w) for w in words["and"]), frozenset(normalize(w) for w in words["between"])


@cache
def _month_spellings() -> frozenset[str]:
    """The Gregorian month names of ``dates.toml``, as written there."""
    months = _dates_data()["months"]
    return frozenset(name for variant in months.values() for names in variant.values() for name in names)


@cache
def month_names() -> frozenset[str]:
    """The Gregorian month names of ``dates.toml``, folded."""
    return frozenset(normalize(name) for name in _month_spellings())


@cache
def month_numbers() -> dict[str, int]:
    """The Gregorian month names of ``dates.toml``, folded, each with the number of its month."""
    return {normalize(name): int(number) for variant in _dates_data()["months"].values()
            for number, names in variant.items() for name in names}


@cache
def day_names() -> frozenset[str]:
    """The one-word weekdays and days named relative to the reference of ``dates.toml`` (الاثنين، أمس، اليوم),
    folded."""
    data = _dates_data()
    names = [*(n for names in data["weekdays"].values() for n in names),
             *(n for names in data["relative_days"].values() for n in names)]
    return frozenset(normalize(n) for n in names if " " not in n)


@cache
def weekday_names() -> frozenset[str]:
    """The one-word weekdays of ``dates.toml`` (الاثنين، الأربعاء), folded."""
    return frozenset(normalize(n) for names in _dates_data()["weekdays"].values() for n in names if " " not in n)


def a_weekday_alone(text: str) -> bool:
    """`text` names a weekday and neither a day named from the reference nor a number (الأربعاء، مساء الخميس; not
    أمس الأربعاء, الأربعاء 6 تموز)."""
    words = normalize(text).split()
    return any(w in weekday_names() for w in words) and not any(
        w in day_names() - weekday_names() or any(c.isdecimal() for c in w) for w in words)


def _months_after(words: list[str]) -> list[str]:
    """Each of `words` before each Gregorian month name of ``dates.toml`` (خلال يوليو، طوال تموز)."""
    return [f"{word} {name}" for word in words for name in sorted(_month_spellings())]


def _range_words() -> frozenset[str]:
    """The one-word parts of a period of ``dates.toml``'s [ranges] (مطلع، منتصف، أواخر)."""
    return frozenset(normalize(w) for part in _dates_data()["ranges"].values() if isinstance(part, dict)
                     for w in part.get("words", ()) if " " not in w)


def _same_day_times(date_words: dict) -> frozenset[str]:
    """The first words of the parts of a day, of the prayers and of its moments (`dates.toml` day_parts,
    day_parts_after, not_before_weekday, day_moments), with and without the article: فجر، الفجر، صلاة، غروب."""
    bare = {normalize(w).split()[0] for key in ("day_parts", "day_parts_after", "not_before_weekday", "day_moments")
            for w in date_words[key]}
    article = CLITICS.article
    return frozenset(bare | {w.removeprefix(article) for w in bare} | {article + w for w in bare})


def _matcher(phrases) -> PhraseMatcher:
    """A matcher of noun `phrases` (they take proclitics: لغارات يومية)."""
    matcher = PhraseMatcher()
    for phrase in phrases:
        matcher.add(phrase, True)
    return matcher


def _possessed(nouns: list[str]) -> list[str]:
    """The possessed forms of `nouns` (عملية عسكرية: عمليتها العسكرية)."""
    return [form for noun in nouns for form in possessed_forms(noun)]


def _proclitics(prefixes: frozenset[str], not_after: str = "") -> str:
    """A word start, `not_after` (lookbehinds at it: `_not_after`), followed by any of `prefixes` (or none). The word
    start is tested first: it fails at once inside a word, where the lookbehinds would each be tried."""
    return r"(?<![^\W\d_])" + not_after + CLITICS.pattern(prefixes)


#: Right before a punctuation mark: a cause word there governs no happening (حي بعيد، في قصف: "far").
_NOTHING_GOVERNED = r"(?!\s*[\u060c\u061b,.:;])"


def _not_after(words: frozenset[str]) -> str:
    """Not right after one of `words` and a space (one lookbehind each, as each is of fixed width)."""
    return "".join(rf"(?<!(?<![^\W\d_]){re.escape(w)}\s)" for w in sorted(words))


def _not_before(words: frozenset[str]) -> str:
    """Not right before a space and one of `words` as a whole word."""
    return rf"(?!\s+(?:{'|'.join(map(re.escape, sorted(words)))})(?![^\W\d_]))" if words else ""


def _word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """One of `words` as a whole word, with or without a conjunction (compiled once; the words as a trie, the
    longest first: `wordtrie.alternation`)."""
    heads = "|".join(map(re.escape, CLITICS.conjunctions))
    return re.compile(rf"(?<!\S)(?:{heads})?{alternation(words)}(?=[\s.,،؛:«»\"“”]|$)")


#: A space between the words of a cause phrase, a quote mark allowed on either side (جاءت "كرد قوي" على).
_QUOTED_SPACE = rf"[{QUOTE_MARKS}]?\s+[{QUOTE_MARKS}]?"


def _cause_words(m: re.Match[str]) -> str:
    """The cause phrase `m` matched, without the quote marks inside it and with one space between its words."""
    return " ".join(m.group(0).translate(str.maketrans("", "", QUOTE_MARKS)).split())


def is_reply(m: re.Match[str]) -> bool:
    """The cause phrase `m` matched is a reply word (ردا على، "كرد قوي" على), a conjunction glued to it or not."""
    word = _cause_words(m)
    return CLITICS.strip_conjunction(word) in cues().replies or word in cues().replies


def one_of(word: str, words: frozenset[str]) -> bool:
    """`word` is one of `words`, with or without the conjunction و or ف."""
    found = _WITH_CONJUNCTION.get(words)  # `with_conjunction`, its common case read here
    return word in (with_conjunction(words) if found is None else found)


def any_of(words: Iterable[str], vocabulary: frozenset[str]) -> bool:
    """Some of `words` is one of `vocabulary`, with or without the conjunction و or ف (`one_of`), looked up as one
    set."""
    found = _WITH_CONJUNCTION.get(vocabulary)
    return not (with_conjunction(vocabulary) if found is None else found).isdisjoint(words)


#: `with_conjunction` of each vocabulary asked for: a plain dict, since `one_of` asks hundreds of thousands of
#: times an article set and an lru_cache keys a set by a tuple made on every call; emptied at `MOST_VOCABULARIES`.
_WITH_CONJUNCTION: dict[frozenset[str], frozenset[str]] = {}
MOST_VOCABULARIES = 1024


def with_conjunction(words: frozenset[str]) -> frozenset[str]:
    """`words` and each of them after a conjunction (و، ف): what `CLITICS.strip_conjunction` takes back to one of
    them (made once for each vocabulary)."""
    found = _WITH_CONJUNCTION.get(words)
    if found is None:
        if len(_WITH_CONJUNCTION) >= MOST_VOCABULARIES:
            _WITH_CONJUNCTION.clear()
        found = _WITH_CONJUNCTION[words] = words | {c + w for c in CLITICS.conjunctions if len(c) == 1 for w in words}
    return found
