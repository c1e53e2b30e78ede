"""Large and deeply nested input: the article limit, HTML nesting capped before the parser, sentences
cut at their limit, and the offset lookups that keep extraction linear agreeing with their plain forms."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from timeline.extract import reader
from timeline.extract.htmlpage import MAX_DEPTH, MAX_FORMATTING, capped, page_text
from timeline.extract.sentences import MAX_SENTENCE_CHARS, sentences
from timeline.extract.spans import Cover, end_before, first_words, line_span, line_start, words_end
from timeline.models import Article, ReadError
from timeline.pipeline import extract_article, read_inputs

DATA = Path(__file__).resolve().parents[1] / "data" / "pipeline"
STRIKE = "قتل خمسة مدنيين في غارة جوية على بلدة الأتارب بريف حلب يوم الاثنين 18 تموز 2016."


def test_a_file_over_the_article_limit_is_refused_with_its_size(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_ARTICLE_BYTES", 2**20)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (2**20 + 1))
    small = tmp_path / "small.txt"
    small.write_text(STRIKE, encoding="utf-8")
    assert [str(i) if isinstance(i, ReadError) else i.article_id for i in read_inputs([tmp_path])] == [
        f"{big}: 1.0 MiB: over the article limit of 1 MiB", "small"]


def test_the_limit_is_ten_mebibytes() -> None:
    assert reader.MAX_ARTICLE_BYTES == 10 * 2**20


def _depth(html: str) -> int:
    """The deepest nesting of elements lexbor builds from `html`."""
    deepest, stack = 0, [(LexborHTMLParser(html).root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        child = node.child
        while child is not None:
            stack.append((child, depth + 1))
            child = child.next
    return deepest


HOSTILE = {
    "nested": lambda n: "<div>" * n + "<p>غارة</p>" + "</div>" * n,
    "unclosed": lambda n: "<div><p>غارة " * n,
    "bold": lambda n: "<b>غارة" * n,
    "formatting-reopened": lambda n: "".join(f"<p><b {i}></p>" for i in range(n)) + "غارة",
    "misnested-formatting": lambda n: "<b><div></b>" * n,
    "out-of-scope-end": lambda n: "<div><table><td></div>" * n,
    "svg-cells": lambda n: "<svg>" + "<td>" * n,
    "svg-attribute-slash": lambda n: "<svg>" + "<g a=x/>" * n,
    "lists": lambda n: "<ul><li>" * n,
    "tables": lambda n: "<table><tr><td>" * n,
    "comment-abrupt": lambda n: "<!-->" + "<div>" * n,
}


@pytest.mark.parametrize("shape", HOSTILE, ids=list(HOSTILE))
def test_hostile_nesting_is_capped_before_the_parser(shape: str) -> None:
    html = "<html><body>" + HOSTILE[shape](3000) + "</body></html>"
    if shape != "formatting-reopened":  # lexbor takes cubic time on that one uncapped (lexbor issue 340)
        assert _depth(html) > 2 * MAX_DEPTH
    assert _depth(capped(html)) <= 2 * MAX_DEPTH + MAX_FORMATTING + 8


def test_capped_keeps_the_text_and_a_line_break_for_each_block_left_out() -> None:
    html = "<body>" + "<div>" * (MAX_DEPTH + 3) + "غارة" + "</div>" * (MAX_DEPTH + 3) + "</body>"
    out = capped(html)
    assert out.count("<div>") == MAX_DEPTH - 1  # the body is open too
    assert out.count("</div>") == MAX_DEPTH - 1
    assert "غارة" in out
    assert out.count("\n") == 2 * 4


def test_capped_leaves_an_ordinary_page_alone() -> None:
    page = (DATA / "page.html").read_text(encoding="utf-8")
    assert capped(page) is page


def test_deeply_nested_page_gives_its_article() -> None:
    html = "<html><body>" + "<div>" * 100_000 + f"<p>{STRIKE}</p>" + "</div>" * 100_000 + "</body></html>"
    text, _ = page_text(html)
    assert text.strip() == STRIKE


def test_script_text_is_not_read_as_markup_but_svg_style_is() -> None:
    script = "<body><script>" + "<div>" * 1000 + "</script><p>غارة</p></body>"
    assert capped(script) is script
    svg = "<body><svg><style>" + "<g>" * 1000 + "</style></svg></body>"
    assert capped(svg).count("<g>") < MAX_DEPTH


def test_a_long_run_without_ending_is_cut_into_sentences_at_spaces() -> None:
    text = ("كلمة " * 3000).strip()
    spans = sentences(text)
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert " ".join(text[s:e] for s, e in spans) == text
    assert sentences("x" * (2 * MAX_SENTENCE_CHARS + 5)) == [
        (0, MAX_SENTENCE_CHARS), (MAX_SENTENCE_CHARS, 2 * MAX_SENTENCE_CHARS),
        (2 * MAX_SENTENCE_CHARS, 2 * MAX_SENTENCE_CHARS + 5)]


def test_a_strike_in_a_long_article_is_found_with_its_offsets() -> None:
    filler = "وقال المتحدث إن الاجتماع بحث التعاون الاقتصادي بين البلدين. " * 3000
    text = filler + STRIKE + " " + filler
    [event] = extract_article(Article("long", text, "long.txt"))
    assert (event.date, event.place_text, event.killed) == ("2016-07-18", "الأتارب", 5)
    assert text[event.start : event.end] == event.evidence == STRIKE


TEXTS = st.text(alphabet=st.sampled_from(list("ab \n\t")), max_size=60)


@given(TEXTS, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8), st.integers(0, 60))
def test_cover_is_any_span_holding_the_offset(text: str, spans: list[tuple[int, int]], at: int) -> None:
    assert (at in Cover(spans)) == any(s <= at < e for s, e in spans)


@settings(max_examples=200)
@given(TEXTS, st.integers(0, 60), st.integers(0, 60), st.integers(0, 4))
def test_offset_lookups_equal_their_plain_forms(text: str, a: int, b: int, count: int) -> None:
    at = min(a, len(text))
    assert end_before(text, at) == len(text[:at].rstrip())
    assert first_words(text, at, b, count) == text[at:b].split()[:count]
    reach = words_end(text, at, b, count)
    assert text[at:reach].split() == text[at:b].split()[:count] and (reach == at or not text[reach - 1].isspace())
    assert line_start(text, at) == text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    assert line_span(text, at) == (text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end)


def test_reading_a_folder_reports_an_unreadable_sub_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder is refused as the system refuses it to another user (the tests may run as root)."""
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(STRIKE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STRIKE, encoding="utf-8")
    scandir = os.scandir

    def refusing(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(locked))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    items = list(read_inputs([tmp_path]))
    assert [str(i) if isinstance(i, ReadError) else i.article_id for i in items] == [
        f"{locked}: cannot read folder: Permission denied", "b"]
