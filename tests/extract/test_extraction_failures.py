"""One article's failure is raised with its id, or reported while the rest goes on (errors="raise"|"report")."""

from __future__ import annotations

import pytest

from tests.articles import article
from timeline.errors import ExtractionError, OptionError, TimelineError
from timeline.extract import events
from timeline.models import ReadError
from timeline.pipeline import extract_article, extract_or_failure

TEXT = "شن الطيران الروسي غارة على مدينة منبج يوم 3 آب 2016."


@pytest.fixture
def broken(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction fails on the article whose id is "bad" (as a bug would)."""
    extract = events._extract

    def fail_on_bad(a, find_dates):
        if a.article_id == "bad":
            raise KeyError("a missing rule")
        return extract(a, find_dates)

    monkeypatch.setattr(events, "_extract", fail_on_bad)


def test_a_failure_is_raised_by_default_naming_the_article(broken: None) -> None:
    with pytest.raises(ExtractionError, match="article bad: event extraction failed: KeyError") as raised:
        extract_article(article(TEXT, None, article_id="bad"))
    assert isinstance(raised.value, TimelineError) and isinstance(raised.value, RuntimeError)
    assert raised.value.article_id == "bad"
    assert isinstance(raised.value.__cause__, KeyError)


def test_a_reported_failure_gives_no_events_and_the_others_go_on(broken: None, caplog) -> None:
    assert extract_article(article(TEXT, None, article_id="bad"), errors="report") == []
    assert "event extraction failed for article bad" in caplog.text
    assert [e.place for e in extract_article(article(TEXT, None, article_id="good"), errors="report")] == ["Manbij"]


def test_extract_or_failure_returns_the_record_of_the_failure(broken: None) -> None:
    found, failure = extract_or_failure(article(TEXT, None, article_id="bad"))
    assert found == []
    reason = "article bad: event extraction failed: KeyError: 'a missing rule'"
    assert failure == ReadError(path="bad.txt", reason=reason)
    found, failure = extract_or_failure(article(TEXT, None, article_id="good"))
    assert [e.event_type for e in found] == ["airstrike"] and failure is None


def test_an_unknown_policy_is_refused() -> None:
    with pytest.raises(OptionError, match="errors must be one of raise, report, not 'ignore'"):
        extract_article(article(TEXT, None), errors="ignore")  # type: ignore[arg-type]
