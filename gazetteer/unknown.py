"""Names of places the gazetteer does not know, and finding known places by a typed name.

`unknown_names` finds the words that a naming head (قرية, بلدة, مدينة ... in data/cues.csv) says
are the name of a place, but that no source of the index holds: the places an analyst may put
on the map (`gazetteer.analyst`). `search` lists the places of the index whose Arabic or Latin
name starts with what the analyst typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .clitics import CLITICS, clitic_stems
from .cues import cues
from .index import ARTICLE, MIN_KEY_LETTERS, get_index, name_key
from .models import Place
from .normalize import normalize, source_offsets, words
from .resolver import lookup
from .score import prior


@dataclass(frozen=True)
class UnknownName:
    """A name a naming head introduces that the gazetteer does not know."""

    start: int  #: offsets of the name (its head left out) in the text as given
    end: int
    text: str  #: as written
    key: str  #: its index form (`gazetteer.index.name_key`): what an analyst's place is filed under


def _known(word: str) -> bool:
    """A place name, a cue word (a head, a direction) or a common word: not an unknown name."""
    c = cues()
    stems = clitic_stems(word)
    if any(s in c.head_forms or s in c.directions or s in c.near or s in get_index().stop for s in stems):
        return True
    return lookup(word) is not None


def _no_name(word: str) -> bool:
    """A word that cannot name a place, with or without its clitics: a function word, a verb or an adjective
    saying what the settlement is (قرية وبعض المزارع، بلدة تسيطر عليها، بلدة حدودية تركية)."""
    c = cues()
    return any(s in c.not_names or s in c.country_hints for s in clitic_stems(word))


def _known_alone(word: str, length: int) -> bool:
    """The first word of a name is known by itself: the name is that word (one word), or a place the gazetteer
    knows with an adjective after it (مدينة كركوك الغنية), unless the word only begins names (تل، كفر)."""
    if length == 1:
        return _known(word)
    return lookup(word) is not None and not any(s in cues().name_prefixes for s in clitic_stems(word))


def _second_word(norm: str, first: tuple[int, int], second: tuple[int, int] | None) -> bool:
    """Whether `second` continues the name begun by `first` (تل الشعير): it carries the article, follows
    it with only a space between, and is neither a cue (a head, a direction adjective, a country's adjective:
    مدينة سروج التركية; a word describing the place: قرية البحصة التي) nor a place."""
    if second is None or _touching_punctuation(norm, first) or not norm[first[1]:second[0]].isspace():
        return False
    word = norm[second[0]:second[1]]
    return (word.startswith(ARTICLE) and not cues().trailing_re.match(" " + word) and word not in cues().country_hints
            and word not in cues().describing_words and not _known(word))


def unknown_names(text: str, with_adjective_heads: bool = False) -> list[UnknownName]:
    """The names after a naming head (and, `with_adjective_heads`, after a head that names only before a country's
    adjective: منطقة) that the gazetteer does not know, in text order: one word, or two when
    the second carries the article (تل الشعير), unless the gazetteer knows the name either way; never a
    word with ل and the article (مخيم للنازحين: a camp for the displaced) or a word placing the settlement
    (قرية شمالي البلاد، بلدة قرب حلب), nor one after a plural head, which may describe the places (قرى تسكنها)."""
    norm = normalize(text)
    offsets = source_offsets(text) if len(norm) != len(text) else None
    spans = words(norm)
    heads = cues().naming_head_forms | (cues().adjective_head_forms if with_adjective_heads else {})
    found = []
    for i, (start, end) in enumerate(spans[:-1]):
        if norm[start:end] not in heads or heads[norm[start:end]] in cues().plural_heads:
            continue  # after a plural head a word may describe the places (قرى تسكنها، بلدات موالية)
        first = spans[i + 1]
        word = norm[first[0]:first[1]]
        if word in heads or word.startswith(CLITICS.lam_article) or word in cues().relation_triggers:
            continue  # another head, what the place is for (مخيم للنازحين), where it lies (قرية شمالي البلاد)
        if _no_name(word):
            continue
        name = [first]
        if _second_word(norm, first, spans[i + 2] if i + 2 < len(spans) else None):
            name.append(spans[i + 2])
        if _known(norm[name[0][0]:name[-1][1]]) or _known_alone(word, len(name)):
            continue
        key = name_key(norm[name[0][0]:name[-1][1]])
        if len(key.replace(" ", "")) < MIN_KEY_LETTERS:
            continue
        a, b = (offsets[name[0][0]], offsets[name[-1][1] - 1] + 1) if offsets else (name[0][0], name[-1][1])
        found.append(UnknownName(a, b, text[a:b], key))
    return found


def _touching_punctuation(norm: str, span: tuple[int, int]) -> bool:
    """The word ends a phrase: punctuation right after it."""
    return span[1] < len(norm) and not norm[span[1]].isspace()


def search(query: str, limit: int = 12) -> list[Place]:
    """The places whose Arabic name (normalised, clitics allowed) or Latin name starts with `query`,
    most likely first (`gazetteer.score.prior`), equally likely ones in the index's order."""
    query = query.strip()
    if not query:
        return []
    index = get_index()
    key = name_key(query)
    ids: set[int] = set()
    if key:
        for stem in clitic_stems(key) if " " not in key else [key]:
            ids.update(i for k, found in index.exact.items() if k.startswith(stem) for i in found)
    else:
        folded = query.casefold()
        ids.update(i for i, place in enumerate(index.places) if place.name.casefold().startswith(folded))
    places = sorted((index.places[i] for i in sorted(ids)), key=prior, reverse=True)
    return places[:limit]
