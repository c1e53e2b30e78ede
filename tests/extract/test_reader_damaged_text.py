"""Damaged and hostile text: a bad UTF-8 byte is replaced with a warning naming the file and offset;
control and bidirectional formatting characters never reach ids, titles, text or report lines."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract.reader import decode, decoded
from timeline.models import Article, ReadError
from timeline.pipeline import extract_article, read_inputs
from timeline.safetext import BIDI_CONTROLS, FSI, PDI, clean_text, escaped, isolate, one_line

STRIKE = "قتل خمسة مدنيين في غارة جوية على بلدة الأتارب بريف حلب يوم الاثنين 18 تموز 2016."
RLO, PDF = "\u202e", "\u202c"


def test_one_bad_byte_is_replaced_and_named_with_its_offset(tmp_path: Path) -> None:
    good, at = STRIKE.encode("utf-8"), len(STRIKE[:10].encode("utf-8"))
    raw = good[:at] + b"\xff" + good[at:]
    path = tmp_path / "damaged.txt"
    path.write_bytes(raw)
    warning, article = read_inputs([path])
    reason = f"invalid UTF-8 byte at offset {at}: replaced by U+FFFD"
    assert warning == ReadError(str(path), reason, severity="warning")
    assert warning.is_warning
    assert str(warning) == f"{path}: warning: {reason}"
    assert isinstance(article, Article)
    assert article.text == STRIKE[:10] + "\ufffd" + STRIKE[10:]
    assert article.sha1 == hashlib.sha1(raw).hexdigest()
    [event] = extract_article(article)
    assert (event.date, event.killed) == ("2016-07-18", 5)


def test_several_bad_bytes_are_counted() -> None:
    raw = STRIKE.encode("utf-8") * 5
    first, second = (len((STRIKE * 5)[:n].encode("utf-8")) for n in (15, 100))
    damaged = raw[:first] + b"\xc3" + raw[first:second] + b"\x80\x80" + raw[second:]
    text, warning = decoded(damaged)
    assert text == (STRIKE * 5)[:15] + "\ufffd" + (STRIKE * 5)[15:100] + "\ufffd\ufffd" + (STRIKE * 5)[100:]
    assert warning == f"invalid UTF-8 byte at offset {first} (and 2 more): replaced by U+FFFD"


def test_a_file_truncated_inside_a_character_is_read() -> None:
    raw = STRIKE.encode("utf-8")
    text, warning = decoded(raw[:8])  # "قتل " and the first byte of "خ"
    assert text == STRIKE[:4] + "\ufffd"
    assert warning == "invalid UTF-8 byte at offset 7: replaced by U+FFFD"


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_another_encoding_is_not_taken_for_damaged_utf8(encoding: str) -> None:
    assert decoded(STRIKE.encode(encoding)) == (STRIKE, None)


def test_a_corpus_line_with_a_bad_byte_is_read_with_a_warning(tmp_path: Path) -> None:
    first = json.dumps({"id": "a", "text": STRIKE}, ensure_ascii=False).encode("utf-8") + b"\n"
    line = json.dumps({"id": "b", "text": STRIKE}, ensure_ascii=False).encode("utf-8")
    corpus = tmp_path / "c.jsonl"
    at = line.index(b'"text": "') + 9 + len(STRIKE[:5].encode("utf-8"))
    corpus.write_bytes(first + line[:at] + b"\xfe" + line[at:] + b"\n")
    items = list(read_inputs([corpus]))
    assert [i.article_id for i in items if isinstance(i, Article)] == ["a", "b"]
    assert items[1] == ReadError(str(corpus), f"invalid UTF-8 at byte {len(first) + at}: replaced by U+FFFD",
                                 line=2, severity="warning")
    assert items[2].text == STRIKE[:5] + "\ufffd" + STRIKE[5:]


def test_overrides_are_dropped_from_text_title_and_id(tmp_path: Path) -> None:
    path = tmp_path / f"report{RLO}txt.exe.txt"
    path.write_text(f"غارة على {RLO}حلب{PDF} اليوم\n\nفي {RLO}2016{PDF} " + STRIKE, encoding="utf-8")
    [article] = read_inputs([path])
    assert article.article_id == "reporttxt.exe"
    assert article.title == "غارة على حلب اليوم"
    assert RLO not in article.text and PDF not in article.text
    assert "في 2016 " in article.text


def test_a_newline_in_a_file_name_cannot_forge_a_report_line(tmp_path: Path) -> None:
    path = tmp_path / "a\nskipped b.txt: empty file.txt"
    path.write_bytes(b"")
    [error] = read_inputs([path])
    assert "\n" not in str(error)
    assert str(error) == f"{tmp_path}/a\\nskipped b.txt: empty file.txt: empty file"


def test_corpus_title_and_source_become_one_plain_line(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    record = {"id": "x\ny", "text": STRIKE, "title": f"سطر\nثان {RLO}2016", "source": "SANA\u2066",
              "url": "https://example.org/a\n"}
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [article] = read_inputs([corpus])
    assert (article.article_id, article.title, article.source, article.url) == (
        "x y", "سطر ثان 2016", "SANA", "https://example.org/a")


def test_json_escapes_of_lone_surrogates_and_controls_become_safe_text(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "غارة \\ud800 على \\u0000حلب\\u001f اليوم"}\n', encoding="utf-8")
    [article] = read_inputs([corpus])
    assert article.text == "غارة \ufffd على حلب اليوم"
    article.text.encode("utf-8")  # no lone surrogate left to break a write


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("a\u202eb", "ab"), ("a\u2066b\u2069", "ab"), ("a\x00b\x7fc\x9fd", "abcd"),
        ("a\x0cb\x1fc", "a b c"), ("a\u2028b", "a\nb"), ("a\tb\nc", "a\tb\nc"), ("a\u200fb", "a\u200fb"),
    ],
    ids=["override", "isolates", "controls", "separators", "line-separator", "kept", "mark-kept"],
)
def test_clean_text(text: str, safe: str) -> None:
    assert clean_text(text) == safe


#: Characters that clean_text keeps, drops, spaces or replaces, and its line breaks.
_SAFETY_ALPHABET = [chr(c) for c in range(0xA1)] + list(BIDI_CONTROLS + "\u2028\u2029\ud800\udfff\ufffd\ufffe\uffffغ")


@given(st.text(alphabet=st.sampled_from(_SAFETY_ALPHABET), max_size=30))
def test_clean_text_reads_a_clean_text_once_with_the_same_result(text: str) -> None:
    lines = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    dropped = re.sub(f"[{BIDI_CONTROLS}]", "", lines)
    dropped = re.sub("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffe\uffff]", "", dropped)
    spaced = re.sub("[\x0b\x0c\x1c-\x1f]", " ", dropped)
    assert clean_text(text) == re.sub("[\ud800-\udfff]", "\ufffd", spaced)


def test_one_line_escaped_and_isolate() -> None:
    assert one_line("  a\n\u202eb\r\n c\u2029") == "a b c"
    assert escaped("a\nb\u202ec\x00") == "a\\nb\\u202ec\\x00"
    assert escaped("غارة على حلب 2016") == "غارة على حلب 2016"
    assert isolate("حلب\u202e 2016") == f"{FSI}حلب 2016{PDI}"


def test_decode_still_returns_text_only() -> None:
    assert decode(STRIKE.encode("utf-8") + b"\xff") == STRIKE + "\ufffd"


def test_the_command_report_prints_a_warning_as_such_and_counts_only_skips(capsys: pytest.CaptureFixture) -> None:
    from timeline.cli.program import report_errors

    report_errors([ReadError("a\nb.txt", "empty file"), ReadError("c.txt", "invalid UTF-8 byte at offset 3: "
                                                                  "replaced by U+FFFD", severity="warning")])
    assert capsys.readouterr().err.splitlines() == [
        "skipped a\\nb.txt: empty file",
        "c.txt: warning: invalid UTF-8 byte at offset 3: replaced by U+FFFD",
        "1 inputs skipped",
    ]
