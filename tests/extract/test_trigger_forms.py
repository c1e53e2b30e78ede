"""Triggers by morphology: every lemma of the lexicon is found in each of its forms, and inflected
forms (tanween, duals, possessed nouns, conjugated verbs) tell events."""

from __future__ import annotations

import pytest

from gazetteer.normalize import normalize
from tests.articles import typed_events
from timeline import DATA_DIR, read_data
from timeline.extract.morphology import noun_forms, verb_forms
from timeline.extract.triggers import find_triggers, lemma_forms

LEMMAS = read_data(DATA_DIR / "triggers.toml")["forms"]


@pytest.mark.parametrize("lemma", LEMMAS, ids=lambda lemma: lemma.get("noun") or lemma["verb"])
def test_every_form_of_every_lemma_is_a_trigger_of_its_type(lemma: dict) -> None:
    for form, _ in lemma_forms(lemma):
        folded = normalize(f"وقالت المصادر إن {form} وقع أمس")
        start = folded.index(normalize(form))
        hits = [(t.start, t.end, t.event_type) for t in find_triggers(folded)]
        assert (start, start + len(normalize(form)), lemma["type"]) in hits, form


@pytest.mark.parametrize(
    ("noun", "plural", "expected"),
    [
        ("تفجير", "تفجيرات", ["تفجير", "تفجيرا", "تفجيران", "تفجيرين", "تفجيرات"]),
        ("برميل متفجر", "براميل متفجرة",
         ["برميل متفجر", "برميلا متفجرا", "برميلان متفجران", "برميلين متفجرين", "براميل متفجرة"]),
        ("عملية عسكرية", None,
         ["عملية عسكرية", "عمليتان عسكريتان", "عمليتين عسكريتين", "عمليته العسكرية", "عمليتها العسكرية",
          "عمليتهم العسكرية", "عمليتهما العسكرية", "عمليتهن العسكرية"]),
        ("طائرة بدون طيار", None,
         ["طائرة بدون طيار", "طائرتان بدون طيار", "طائرتين بدون طيار", "طائرته بدون طيار",
          "طائرتها بدون طيار", "طائرتهم بدون طيار", "طائرتهما بدون طيار", "طائرتهن بدون طيار"]),
    ],
    ids=["masculine", "noun-and-adjective", "feminine-phrase", "phrase-with-particle"],
)
def test_noun_forms(noun: str, plural: str | None, expected: list[str]) -> None:
    assert noun_forms(noun, plural) == expected


def test_verb_forms() -> None:
    assert verb_forms("هاجم", "يهاجم") == [
        "هاجم", "هاجمت", "هاجموا", "هاجما", "هاجمتا", "هاجمه", "هاجمها", "هاجمهم", "هاجمهما", "هاجمته", "هاجمتها",
        "هاجمتهم", "هاجمتهما", "هاجموه", "هاجموها", "هاجموهم", "هاجموهما", "هاجماه", "هاجماها", "هاجماهم", "هاجماهما",
        "هاجمتاه", "هاجمتاها", "هاجمتاهم", "هاجمتاهما", "يهاجم", "يهاجمون", "يهاجمان", "تهاجم", "تهاجمون", "تهاجمان",
    ]


@pytest.mark.parametrize(
    ("text", "present"),
    [("استهدفت", False), ("استهدفوا", False), ("قصفها", False), ("تستهدف", True), ("يقصفون", True),
     ("تقصفان", True)],
)
def test_a_verb_trigger_says_whether_it_is_in_the_present(text: str, present: bool) -> None:
    trigger = find_triggers(normalize(f"وقالت المصادر إن الطائرات {text} المدينة"))[-1]
    assert (trigger.verb, trigger.present) == (True, present)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نفذ مسلحون تفجيراً قرب سوق مدينة منبج يوم 10 آب 2016 وقتل 3 أشخاص.",
         [("bombing", "2016-08-10", "Manbij")]),
        ("ألقت مروحية برميلين متفجرين على مدينة منبج يوم 10 آب 2016.", [("airstrike", "2016-08-10", "Manbij")]),
        ("شنت الطائرات غارتين على مدينة منبج يوم 10 آب 2016.", [("airstrike", "2016-08-10", "Manbij")]),
        ("أعدم تنظيم داعش خمسة رجال في مدينة منبج يوم 10 آب 2016.", [("other", "2016-08-10", "Manbij")]),
        ("والقوات التركية تهاجم مواقع المسلحين في مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij")]),
        ("وقتل 4 مدنيين في اشتباكين بمدينة منبج يوم 10 آب 2016.", [("ground_attack", "2016-08-10", "Manbij")]),
        ("وقتل جنديان عندما فجر مسلحون لغما على طريق في مدينة منبج يوم 10 آب 2016.",
         [("bombing", "2016-08-10", "Manbij")]),
        ("وتبنى التنظيم هجوم الطعن الذي قتل فيه شخص في مدينة منبج يوم 10 آب 2016.",
         [("other", "2016-08-10", "Manbij")]),
        ("وأوقف مسلحون سيارة الطبيب في مدينة منبج يوم 10 آب 2016 واختطفوه.", [("other", "2016-08-10", "Manbij")]),
        ("وقال السكان إن مسلحي التنظيم دخلوا مدينة منبج يوم 10 آب 2016 واقتحموها.",
         [("ground_attack", "2016-08-10", "Manbij")]),
        ("وهوجمت دورية للشرطة في مدينة منبج يوم 10 آب 2016 وقتل شرطيان.", [("ground_attack", "2016-08-10", "Manbij")]),
    ],
    ids=["tanween", "dual-noun-and-adjective", "dual-feminine", "execution-verb", "present-feminine",
         "dual-masculine", "mine-accusative", "knife-attack", "plural-with-object-pronoun",
         "plural-with-feminine-object-pronoun", "attacked-in-the-passive"],
)
def test_inflected_trigger_tells_an_event(text: str, expected: list[tuple]) -> None:
    assert typed_events(text) == expected
