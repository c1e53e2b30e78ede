"""Which line of a plain text is its headline: a short line with text after it, never a paragraph of the body."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import pipeline
from timeline.extract.reader import TITLE_MAX_WORDS, make_article
from timeline.models import Article
from timeline.pipeline import read_inputs

HEADLINE = "قصف جوي على قرية في ريف حلب"
BODY = "قتل خمسة مدنيين في غارة جوية على بلدة الأتارب بريف حلب يوم الاثنين 18 تموز 2016."
#: one paragraph without a year, as an analyst pastes it: no line of it is a headline
PARAGRAPH = "شنت طائرات التحالف الدولي غارة جوية على مدينة الرقة يوم الثلاثاء أسفرت عن مقتل 12 مدنيا."


def title_of(text: str) -> str | None:
    return make_article(text, "a", "a.txt", "0").title


@pytest.mark.parametrize(("text", "title"), [
    (f"{HEADLINE}\n\n{BODY}", HEADLINE),  # a headline, a blank line, the body
    (f"{HEADLINE}\n{BODY}", HEADLINE),
    (f"حلب\n{HEADLINE}\n{BODY}", HEADLINE),  # a one-word line before the headline is not one
    (PARAGRAPH, None),  # the only paragraph is the body
    (f"{PARAGRAPH}\n", None),
    (f"{PARAGRAPH}\n{BODY}", None),  # a first line that ends with a full stop is a sentence of the body
    (f"{HEADLINE}!\n{BODY}", None),
    (f"{HEADLINE}\n\n   \n", None),  # nothing but blank lines after it
    (f"{HEADLINE} 2016\n{BODY}", None),  # a year: a dateline or a sentence, not taken as a headline
    (" ".join(["كلمة"] * (TITLE_MAX_WORDS + 1)) + f"\n{BODY}", None),  # too long for a headline
    (" ".join(["كلمة"] * TITLE_MAX_WORDS) + f"\n{BODY}", " ".join(["كلمة"] * TITLE_MAX_WORDS)),
])
def test_the_headline_of_a_plain_text(text: str, title: str | None) -> None:
    assert title_of(text) == title


def test_a_one_paragraph_txt_file_is_body_and_gives_its_event(tmp_path: Path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_text(PARAGRAPH + "\n", encoding="utf-8")
    [article] = read_inputs([path])
    assert isinstance(article, Article) and article.title is None
    [event] = pipeline.extract_article(article)
    assert (event.event_type, event.place, event.killed) == ("airstrike", "Ar Raqqah", 12)
    assert event.date is None  # the paragraph says only "Tuesday" and the file has no publication date


words = st.text(alphabet=st.characters(whitelist_categories=("Lo",)), min_size=1, max_size=8)


@given(st.lists(words, min_size=1, max_size=60))
def test_a_text_of_one_line_never_has_a_title(parts: list[str]) -> None:
    assert title_of(" ".join(parts)) is None


@given(st.lists(words, min_size=3, max_size=TITLE_MAX_WORDS), st.lists(words, min_size=1, max_size=40))
def test_a_short_line_without_a_full_stop_or_year_before_a_body_is_its_title(head: list[str], body: list[str]) -> None:
    headline = " ".join(head)
    assert title_of(f"{headline}\n\n{' '.join(body)}.") == headline
