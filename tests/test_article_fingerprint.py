"""An article's fingerprint (what decides whether a rebuild extracts it again) is the same for the same
article, rules and event corrections, and changes when any of them changes: the text (any characters,
lone surrogates included), a field, the rules' version or the corrections of its events."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.engines import fingerprint
from timeline.models import Article

texts = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=()), max_size=30)
ARTICLE = Article("a-1", "text", "corpus.jsonl:3", title="t", published=dt.date(2016, 3, 1), cited_sources=("x",),
                  sha1="c0ffee")


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_the_fingerprint_follows_the_text(one: str, other: str) -> None:
    first, second = (dataclasses.replace(ARTICLE, text=t) for t in (one, other))
    assert fingerprint(first, "r") == fingerprint(dataclasses.replace(ARTICLE, text=one), "r")
    assert (fingerprint(first, "r") == fingerprint(second, "r")) == (one == other)


@settings(max_examples=100, deadline=None)
@given(texts, st.sampled_from(["title", "source", "url", "published", "cited_sources", "path"]))
def test_the_fingerprint_follows_every_field(text: str, name: str) -> None:
    article = dataclasses.replace(ARTICLE, text=text)
    changed = {"published": dt.date(2016, 3, 2), "cited_sources": ("x", "y")}.get(name, "other")
    assert fingerprint(article, "r") != fingerprint(dataclasses.replace(article, **{name: changed}), "r")


def test_the_fingerprint_follows_the_rules_and_the_event_corrections() -> None:
    base = fingerprint(ARTICLE, "r")
    assert base != fingerprint(ARTICLE, "s")
    assert base != fingerprint(ARTICLE, "r", "fix")
    assert fingerprint(ARTICLE, "r", "fix") != fingerprint(ARTICLE, "r", "fix2")
    # the text and the corrections do not run into each other
    assert fingerprint(dataclasses.replace(ARTICLE, text="text\0fix"), "r") != fingerprint(ARTICLE, "r", "fix")
