"""Articles added by hand: pasted text with its metadata, what each addition gave, the list, and removal."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline import store
from timeline.added import Addition, add_pasted_article, added_articles, addition, remove_added
from timeline.build import add_article_file, build_store

#: a strike on Raqqa "on Tuesday": dated only against a publication date
TUESDAY = "شنت طائرات التحالف الدولي غارة جوية على مدينة الرقة يوم الثلاثاء أسفرت عن مقتل 12 مدنيا."
TWO_UNDATED = TUESDAY + " وقصفت قوات النظام بلدة الأتارب بالمدفعية يوم الأحد."


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "home"))
    (tmp_path / "empty").mkdir()
    return tmp_path


def build(home: Path):
    return build_store([home / "empty"])


def test_pasted_text_with_a_publication_date_gives_a_dated_event(home: Path) -> None:
    path = add_pasted_article(TUESDAY, title="غارة على الرقة", source="SANA", published=dt.date(2017, 3, 22))
    record = json.loads(path.read_text(encoding="utf-8"))
    assert path.suffix == ".jsonl" and record["id"] == path.stem and record["published"] == "2017-03-22"
    build(home)
    done = addition([path])
    assert (len(done.dated), done.undated, done.problems, done.articles) == (1, (), (), 1)
    events = store.load_events()
    [row] = events[events["event_id"] == done.dated[0]].itertuples()
    assert (row.date, row.place, row.killed, row.source) == ("2017-03-21", "Ar Raqqah", 12, "SANA")
    assert done.summary() == "1 event"
    [listed] = added_articles().to_dict("records")
    assert {k: listed[k] for k in ("article_id", "title", "source", "published", "events", "undated")} == {
        "article_id": path.stem, "title": "غارة على الرقة", "source": "SANA", "published": "2017-03-22",
        "events": 1, "undated": 0}


def test_pasted_text_without_a_date_says_which_events_are_undated(home: Path) -> None:
    path = add_pasted_article(TWO_UNDATED)
    build(home)
    done = addition([path])
    assert len(done.undated) == 2 and done.dated == ()
    assert done.summary() == "2 events; all are undated: give the publication date to date them"


def test_the_summary_of_an_addition_in_words() -> None:
    assert Addition(2, ("a:1",), ("a:9", "b:3"), ()).summary() == \
        "3 events; 2 are undated: give the publication date to date them"
    assert Addition(1, (), ("a:9",), ()).summary() == "1 event; 1 is undated: give the publication date to date them"
    assert Addition(1, (), (), ()).summary() == \
        "0 events: the extractor found no strike, attack or other event in the text"
    assert Addition(0, (), (), ("not UTF-8",)).summary() == "0 events; not read: not UTF-8"


def test_an_addition_the_store_has_not_read_yet_says_so(home: Path) -> None:
    """A rebuild refused (another build running) leaves the new file unread: no "0 events" verdict."""
    build(home)
    path = add_pasted_article(TUESDAY)
    done = addition([path])
    assert (done.articles, done.events, done.unread) == (0, (), 1)
    assert done.summary() == ("0 events; 1 file not extracted yet (another build was running): "
                              "it will be at the next rebuild")
    build(home)
    assert addition([path]).unread == 0


def test_the_same_text_and_metadata_pasted_twice_is_kept_once(home: Path) -> None:
    first = add_pasted_article(TUESDAY, source="SANA")
    assert add_pasted_article(f"  {TUESDAY}\n", source=" SANA ") == first
    assert add_pasted_article(TUESDAY, source="Elaph") != first
    with pytest.raises(ValueError, match="empty"):
        add_pasted_article(" \n ")


def test_an_unreadable_upload_is_listed_with_its_reason(home: Path) -> None:
    path = add_article_file("broken.txt", b"\x00\x01\x02" * 50)
    build(home)
    done = addition([path])
    assert done.articles == 0 and done.events == ()
    assert done.problems == ("binary or undecodable content (not UTF-8, UTF-16 or an Arabic code page)",)
    [listed] = added_articles().to_dict("records")
    assert listed["file"] == str(path) and listed["events"] == 0 and listed["article_id"] is None


def test_removing_an_added_article_takes_its_events_and_incidents_out(home: Path) -> None:
    kept = add_pasted_article(TUESDAY, published=dt.date(2017, 3, 22))
    gone = add_pasted_article(TWO_UNDATED, published=dt.date(2017, 3, 22))
    build(home)
    assert set(store.load_events()["article_id"]) == {kept.stem, gone.stem}
    remove_added(gone)
    report = build(home)
    assert report.removed == 1
    events, incidents = store.load_events(), store.load_incidents()
    assert set(events["article_id"]) == {kept.stem}
    grouped = {i for ids in incidents["event_ids"] for i in json.loads(ids)}
    assert grouped == set(events["event_id"])
    assert list(added_articles()["article_id"]) == [kept.stem]
    with pytest.raises(ValueError, match="not one of the added articles"):
        remove_added(home / "empty")
