"""Fuzzing the readers and the pipeline: random bytes, random JSON lines and random HTML never raise.

`read_inputs` documents that it raises nothing about an input's content: each
input gives articles, or `ReadError` records (errors, and warnings before an
article read all the same). Extraction of whatever article comes out returns
events whose evidence is the text at their offsets. Bounded: a few hundred
examples in all, no deadline (the machine is shared).
"""

from __future__ import annotations

import json
import string
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.models import Article, ReadError
from timeline.pipeline import extract_article, read_inputs
from timeline.safetext import BIDI_CONTROLS

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORDS = ["غارة", "جوية", "على", "حلب", "قتل", "خمسة", "مدنيين", "أمس", "الاثنين", "18", "تموز", "2016", "في",
         "بريف", "إدلب", "قصف", "الطيران", "الروسي", "سانا", ".", "،", "\n", "\u202e", "\x00", "\ufeff", "<", "&amp;"]
TEXT = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join) | st.text(max_size=200)
TAGS = ["div", "p", "b", "i", "a", "table", "tr", "td", "li", "ul", "svg", "math", "script", "style", "title",
        "article", "main", "nav", "select", "option", "template", "textarea", "plaintext", "br", "meta", "font"]


def _read(name: str, raw: bytes) -> list[Article | ReadError]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(raw)
        return list(read_inputs([path]))


def _check(items: list[Article | ReadError]) -> None:
    for item in items:
        assert isinstance(item, Article | ReadError)
        if isinstance(item, ReadError):
            assert "\n" not in str(item)
            continue
        assert not set(BIDI_CONTROLS) & set(item.text + item.article_id + (item.title or ""))
        assert "\n" not in item.article_id + (item.title or "")
        for event in extract_article(item):
            assert item.text[event.start : event.end] == event.evidence


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.jsonl.gz", "a.parquet"]))
def test_random_bytes(raw: bytes, name: str) -> None:
    _check(_read(name, raw))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
        ["id", "text", "title", "source", "published", "url", "x"]), inner, max_size=6),
    max_leaves=20,
)
RECORDS = st.fixed_dictionaries(
    {"id": st.text(max_size=12) | st.integers(), "text": TEXT},
    optional={"title": TEXT | JSON_VALUES, "source": st.sampled_from(["SANA", "sana", "", "BBC"]) | JSON_VALUES,
              "published": st.sampled_from(["2016-07-18", "2016-13-45", "", "2016-07-18T08:00:00Z"]) | JSON_VALUES,
              "url": st.text(max_size=20)},
)
LINES = st.one_of(
    RECORDS.map(lambda r: json.dumps(r, ensure_ascii=False)),
    JSON_VALUES.map(json.dumps),
    st.text(max_size=80),
    st.integers(1, 3000).map(lambda n: "[" * n),
)


@FUZZ
@given(st.lists(LINES, max_size=6))
def test_random_json_lines(lines: list[str]) -> None:
    raw = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    items = _read("c.jsonl", raw)
    _check(items)
    numbered = [i.line for i in items if isinstance(i, ReadError) and not i.is_warning]
    assert all(n is not None and 1 <= n <= raw.count(b"\n") + 1 for n in numbered)


ATTRIBUTES = ["a=b", 'a="x>y"', 'a="', "/", "x/", "=", "a='<div>'"]


def _markup(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 5))
        tag = draw(st.sampled_from(TAGS))
        if kind == 0:
            parts.append(f"<{tag}>" * draw(st.integers(1, 300)))
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(f"<{tag} {draw(st.sampled_from(ATTRIBUTES))}>")
        elif kind == 3:
            parts.append(draw(st.sampled_from(["<!--", "-->", "<!-->", "<!doctype html>", "<?x>", "</>", "<", ">"])))
        else:
            parts.append(draw(TEXT))
    return "".join(parts)


@FUZZ
@given(st.composite(lambda draw: _markup(draw))())
def test_random_html(html: str) -> None:
    _check(_read("page.html", html.encode("utf-8", errors="surrogatepass")))


@FUZZ
@given(TEXT, st.sampled_from(string.printable + BIDI_CONTROLS + "\u2028\x85"))
def test_random_file_names(text: str, odd: str) -> None:
    name = f"x{odd}y.txt" if odd not in "/\x00" else "xy.txt"
    _check(_read(name, text.encode("utf-8", errors="surrogatepass")))
