"""The clitic table (data/arabic.toml): one home for the proclitics that the matcher, the phrases and the tolls take."""

from __future__ import annotations

import re

from gazetteer import matcher
from gazetteer.clitics import CLITICS, clitic_stems
from timeline.extract import phrases


def test_the_prefix_sets_are_conjunction_then_preposition_then_article():
    assert CLITICS.plain_prefixes == {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}
    assert CLITICS.article_prefixes == {
        "ال", "وال", "فال", "بال", "لال", "كال", "وبال", "ولال", "وكال", "فبال", "فلال", "فكال", "لل", "ولل", "فلل",
    }
    assert CLITICS.conjunction_prefixes == {"", "و", "ف"}
    assert CLITICS.lam_prefixes == {"ل", "ول", "فل"}
    assert CLITICS.pronoun_suffixes == ("ه", "ها", "هم", "هما", "هن")


def test_the_matcher_and_the_phrases_take_their_prefixes_from_the_table():
    assert matcher.EXACT_PREFIXES | matcher.ARTICLE_PREFIXES == phrases.NOUN_PREFIXES == CLITICS.noun_prefixes
    assert phrases.VERB_PREFIXES == CLITICS.conjunction_prefixes
    assert matcher.MAX_PREFIX == 4  # وبال


def test_words_are_folded_like_the_text():
    assert "علي" in CLITICS.particles and "الي" in CLITICS.particles  # على، إلى as the text is folded
    assert CLITICS.nisba == ("ي", "يه") and CLITICS.feminine == "ه"


def test_clitic_stems_read_proclitics_off_a_word():
    assert clitic_stems("وبالرقه") == ["وبالرقه", "بالرقه", "الرقه", "رقه"]
    assert clitic_stems("للرقه") == ["للرقه", "الرقه", "رقه", "لرقه"]
    assert clitic_stems("فحلب") == ["فحلب", "حلب"]
    assert clitic_stems("و") == ["و"]


def test_the_pattern_of_a_prefix_set_matches_exactly_its_members():
    pattern = re.compile(CLITICS.pattern(CLITICS.toll_prefixes) + "$")
    for prefix in CLITICS.toll_prefixes:
        assert pattern.match(prefix)
    assert not pattern.match("ال") and not pattern.match("وو")
