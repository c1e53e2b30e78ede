"""The clitic table (``data/arabic.toml``): the one home of the proclitics, suffixes and endings
that the gazetteer's matcher, the extractor's phrases and its tolls share.

A word takes, in this order, a conjunction (و ف), a preposition (ب ل ك) and the
article (ال); ل + ال is written لل. A noun may end with a pronoun suffix (ه ها هم
هما هن). `clitic_stems` reads a word back to its stems; `CLITICS` holds the
table (folded) with the sets of prefixes each kind of word may take.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import TABLE, normalize


@dataclass(frozen=True)
class Clitics:
    """The clitic table, folded."""

    conjunctions: tuple[str, ...]
    list_conjunction: str
    prepositions: tuple[str, ...]
    article: str
    lam: str
    lam_article: str
    locative: str
    comparative: str
    pronoun_suffixes: tuple[str, ...]
    particles: frozenset[str]
    nisba: tuple[str, ...]  #: masculine, feminine
    dual_plural: tuple[str, ...]
    feminine: str
    accusative: str

    @property
    def plain_prefixes(self) -> frozenset[str]:
        """What may stand before a word written without the article: a conjunction, then a preposition."""
        return frozenset(c + p for c in ("", *self.conjunctions) for p in ("", *self.prepositions))

    @property
    def article_prefixes(self) -> frozenset[str]:
        """What may stand before a word whose article was folded into them (بالرقة، وللرقة)."""
        return frozenset({p + self.article for p in self.plain_prefixes}
                         | {c + self.lam_article for c in ("", *self.conjunctions)})

    @property
    def noun_prefixes(self) -> frozenset[str]:
        """Every run of proclitics a noun may take, the article included."""
        return self.plain_prefixes | self.article_prefixes

    @property
    def conjunction_prefixes(self) -> frozenset[str]:
        """A conjunction or none: the proclitics a verb may take."""
        return frozenset({"", *self.conjunctions})

    @property
    def toll_prefixes(self) -> frozenset[str]:
        """What may stand before a word listed without its article: a conjunction, a preposition,
        or ل + ال written لل (ومقتل، بمقتل، للقتلى)."""
        return self.plain_prefixes | {c + self.lam_article for c in ("", *self.conjunctions)}

    @property
    def lam_prefixes(self) -> frozenset[str]:
        """ل with a conjunction or none: what stands before a word whose article was elided (للطيران)."""
        return frozenset(c + self.lam for c in ("", *self.conjunctions))

    def pattern(self, prefixes: frozenset[str]) -> str:
        """A regular expression matching any of `prefixes` (the empty one included when it is there)."""
        written = sorted((p for p in prefixes if p), key=len, reverse=True)
        return "(?:" + "|".join(map(re.escape, written)) + ")" + ("?" if "" in prefixes else "")

    def prepositional(self, word: str) -> bool:
        """The folded word after a noun is a preposition and its noun (بالبراميل، بغاز، لمقاتلين), not
        an adjective that happens to start with ب or ل (بري، برية، ليبي): ب or ل before the article,
        or before a word that does not end as a relative adjective."""
        if word.startswith(self.lam_article):
            return True
        if word[:1] not in (self.locative, self.lam):
            return False
        return word[1:].startswith(self.article) or not word.endswith(self.nisba)

    def strip_conjunction(self, word: str) -> str:
        """`word` without its conjunction (و، ف), if it has one."""
        return word[1:] if word[:1] in self.conjunctions else word


def _load() -> Clitics:
    clitics, endings = TABLE["clitics"], TABLE["endings"]

    def fold(words: list[str]) -> tuple[str, ...]:
        return tuple(normalize(w) for w in words)

    return Clitics(
        conjunctions=fold(clitics["conjunctions"]),
        list_conjunction=normalize(clitics["list_conjunction"]),
        prepositions=fold(clitics["prepositions"]),
        article=normalize(clitics["article"]),
        lam=normalize(clitics["lam"]),
        lam_article=normalize(clitics["lam_article"]),
        locative=normalize(clitics["locative"]),
        comparative=normalize(clitics["comparative"]),
        pronoun_suffixes=fold(clitics["pronoun_suffixes"]),
        particles=frozenset(fold(clitics["particles"])),
        nisba=fold(endings["nisba"]),
        dual_plural=fold(endings["dual_plural"]),
        feminine=normalize(endings["feminine"]),
        accusative=normalize(endings["accusative"]),
    )


CLITICS = _load()


def clitic_stems(token: str) -> list[str]:
    """Return the readings of a normalised `token` with its proclitics removed.

    The token itself comes first, then each shorter reading: ``"وبالرقه"``
    gives ``["وبالرقه", "بالرقه", "الرقه", "رقه"]``. The article is kept as a
    reading of its own (``"الرقه"``) because gazetteer names carry it. ``"لل"``
    is read as ``ل`` + ``ال`` (``"للرقه"`` → ``"الرقه"``). Stems shorter than
    two letters are never produced.
    """
    c = CLITICS
    readings = [token]

    def add(stem: str) -> None:
        if len(stem) >= 2 and stem not in readings:
            readings.append(stem)

    rests = [token]
    if token[:1] in c.conjunctions:
        rests.append(token[1:])
    for rest in list(rests):
        add(rest)
        if rest[:1] in c.prepositions:
            after = rest[1:]
            if rest.startswith(c.lam_article) and not after.startswith(c.article):
                add(c.article + after[len(c.lam):])  # لل + name = ل + ال + name
                add(after[len(c.lam):])
            add(after)
            if after.startswith(c.article):
                add(after[len(c.article):])
        if rest.startswith(c.article):
            add(rest[len(c.article):])
    return readings
