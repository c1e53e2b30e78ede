"""An article's normalised and squeezed text, computed once and shared by every stage, map back to its offsets."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from gazetteer.normalize import normalize, normalize_with_offsets, normalized
from timeline.extract.actors import find_actors
from timeline.extract.phrases import PhraseMatcher, squeeze

#: Letters, diacritics and tatweel (dropped by the normaliser), quotes and spaces (squeezed).
_PIECES = st.text(alphabet="قصفمنبج\u064e\u0651\u0640«»“”\" \n\t", max_size=60)
_QUOTES = set("«»“”\"")
_QUOTES_AND_SPACES = _QUOTES | set(" \n\t")


@given(_PIECES)
def test_squeezed_characters_map_back_to_the_same_characters_in_order(text: str) -> None:
    squeezed = squeeze(text)
    origins = [squeezed.orig(i) for i in range(len(squeezed.text) + 1)]
    assert origins == sorted(set(origins))
    for i, ch in enumerate(squeezed.text):
        if i in squeezed.points:
            assert ch == " " and text[origins[i]] in _QUOTES_AND_SPACES
        else:
            assert text[origins[i]] == ch
    assert origins[-1] == len(text) or not squeezed.points


@given(_PIECES)
def test_squeezing_keeps_every_word_and_drops_only_quotes_and_space_runs(text: str) -> None:
    squeezed = squeeze(text)
    assert squeezed.text.split() == "".join(" " if c in _QUOTES else c for c in text).split()
    assert not _QUOTES & set(squeezed.text)


@given(_PIECES)
def test_an_articles_normalised_text_and_offsets_are_those_of_the_normaliser(text: str) -> None:
    norm, offsets = normalized(text)
    assert norm == normalize(text)
    assert offsets == (None if len(norm) == len(text) else normalize_with_offsets(text)[1])


def test_a_quoted_actor_is_found_at_its_offsets_in_the_folded_text() -> None:
    folded = normalize("قالت مصادر إن قوات  «التحالف الدولي» قصفت منبج، ثم قوات «التحالف الدولي» مجددا.")
    hits = find_actors(folded)
    written = [normalize("قوات  «التحالف الدولي"), normalize("قوات «التحالف الدولي")]
    assert [folded[h.start : h.end] for h in hits] == written
    assert all(h.name == hits[0].name for h in hits)


def test_matchers_sharing_a_phrase_each_find_it_with_their_own_value_from_one_scan() -> None:
    towns, verbs = PhraseMatcher(), PhraseMatcher()
    towns.add("منبج", "town")
    verbs.add("قصف", "strike", verb=True)
    verbs.add("منبج", "not a verb's")
    folded = normalize("وقصف الطيران منبج «منبج» أمس")
    assert [(folded[h.start : h.end], h.value) for h in towns.find(folded)] == [("منبج", "town")] * 2
    assert [(folded[h.start : h.end], h.value) for h in verbs.find(folded)] == [
        ("قصف", "strike"), ("منبج", "not a verb's"), ("منبج", "not a verb's")]
    towns.add("الطيران", "added after a search")
    assert [h.value for h in towns.find(folded)] == ["added after a search", "town", "town"]


def test_a_matcher_sent_to_another_process_finds_what_it_found_here() -> None:
    matcher = PhraseMatcher()
    matcher.add("التحالف الدولي", "coalition")
    folded = normalize("شنت طائرات التحالف الدولي غارات")
    copy = pickle.loads(pickle.dumps(matcher))
    assert copy.find(folded) == matcher.find(folded) != []
