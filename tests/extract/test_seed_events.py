"""The events of each seed article, their dates, places, actors and tolls, asserted exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.extract.incidents import group_incidents
from timeline.models import Article, Event
from timeline.pipeline import extract_article, read_inputs

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CARTER, SYROMOLOTOV, ELAPH, WATAN, RAY = sorted(p.stem for p in SEEDS.glob("*.txt"))
FIELDS = (
    "event_type", "date", "date_precision", "date_basis", "place", "place_precision", "actor",
    "killed", "injured", "toll_is_minimum", "victims",
)


def _row(e: Event) -> tuple:
    return tuple(getattr(e, f) for f in FIELDS)


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[Article, list[Event]]]:
    out = {}
    for article in read_inputs([SEEDS]):
        assert isinstance(article, Article)
        out[article.article_id] = (article, extract_article(article))
    return out


def test_carter_press_conference(seeds) -> None:
    article, events = seeds[CARTER]
    assert (article.published.isoformat(), article.published_basis) == ("2016-07-18", "inferred")
    assert [_row(e) for e in events] == [
        ("airstrike", "2016-07-18", "day", "explicit", "Manbij", "town", "US", 20, None, True, "civilians"),
        ("airstrike", "2016-07-19", "day", "event_relative", "Tukhan al-Kubra", "village", "France", 120, None,
         True, "civilians"),
        ("airstrike", "2015-10-18", "day", "inferred", "Al-Radwaniyah (Aleppo)", "village",
         "International coalition", None, None, False, None),
        ("airstrike", "2015-11-26", "day", "inferred", "Al Khafsah", "village", "International coalition",
         None, None, False, None),
    ]
    assert [e.place_ar for e in events] == ["منبج", "طوخان الكبرى", "الرضوانية", "الخفسة"]


def test_syromolotov_without_publication_date_is_not_dated(seeds) -> None:
    """The two attacks the article tells (with a publication date: 7 February) wait undated."""
    article, events = seeds[SYROMOLOTOV]
    assert (article.published, article.published_basis) == (None, None)
    assert [_row(e) for e in events] == [
        ("airstrike", None, None, None, "Al-Isba oil field", "point", "International coalition", None, 25,
         False, "fighters"),
        ("shelling", None, None, None, "Al-Isba oil field", "point", None, None, None, False, None),
    ]
    assert (events[0].date_text, events[0].place_ar, events[0].actor_text) == (
        "7 فبراير", "الإصبع", "مروحيات التحالف الدولي",
    )


def test_elaph_comments_produce_nothing(seeds) -> None:
    article, events = seeds[ELAPH]
    assert events == []
    assert "التعليقات" not in article.text
    assert "الغريق" not in article.text


def test_watan(seeds) -> None:
    _, events = seeds[WATAN]
    assert [_row(e) for e in events] == [
        ("airstrike", "2017-03-20", "day", "explicit", "Ar Raqqah", "city", "International coalition", 150, None,
         False, None),
        ("airstrike", None, None, None, "Deir ez-Zor", "city", "International coalition", 100, None, True,
         "fighters"),
    ]
    assert events[1].date_text == "الثامن من شباط الماضي"


def test_ray_press_is_never_dated_by_its_page_stamp(seeds) -> None:
    article, events = seeds[RAY]
    assert (article.published, article.published_basis) == (None, None)
    assert [_row(e) for e in events] == [
        # the retaking of Ramadi: a capture, a ground attack by the labelling guide
        ("ground_attack", None, None, None, "Ramadi", "city", "Iraqi forces", None, None, False, None),
    ]
    assert not any((e.date or "").startswith("2024") or e.date_basis == "publication" for e in events)


def test_evidence_offsets_index_the_article_text(seeds) -> None:
    for article, events in seeds.values():
        for e in events:
            assert article.text[e.start : e.end] == e.evidence
            assert e.event_id == f"{article.article_id}:{e.event_id.rsplit(':', 1)[1]}"


@pytest.fixture(scope="module")
def corpus_events(tmp_path_factory) -> list[Event]:
    corpus = tmp_path_factory.mktemp("corpus") / "seeds.jsonl"
    rows = [
        {"id": "syromolotov", "text": (SEEDS / f"{SYROMOLOTOV}.txt").read_text("utf-8"), "published": "2018-02-09"},
        {"id": "watan", "text": (SEEDS / f"{WATAN}.txt").read_text("utf-8"), "published": "2018-03-10",
         "source": "Al-Watan"},
    ]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return [e for a in read_inputs([corpus]) for e in extract_article(a)]


def test_publication_date_resolves_the_february_strikes(corpus_events) -> None:
    got = [(e.article_id, e.event_type, e.date, e.date_basis, e.place, e.actor) for e in corpus_events]
    assert got == [
        ("syromolotov", "airstrike", "2018-02-07", "publication", "Al-Isba oil field", "International coalition"),
        ("syromolotov", "shelling", "2018-02-07", "publication", "Al-Isba oil field", None),
        ("watan", "airstrike", "2017-03-20", "explicit", "Ar Raqqah", "International coalition"),
        ("watan", "airstrike", "2018-02-08", "publication", "Deir ez-Zor", "International coalition"),
    ]


def test_the_february_strike_is_one_incident_of_two_outlets(corpus_events) -> None:
    events, incidents = group_incidents(corpus_events)
    shared = [i for i in incidents if i.n_sources > 1]
    assert [(i.event_type, i.date, i.article_ids, i.sources, i.n_sources) for i in shared] == [
        ("airstrike", "2018-02-07", ("syromolotov", "watan"), ("Al-Thawra", "Al-Watan"), 2),
    ]
    assert len(incidents) == 3
    assert all(e.incident_id for e in events)
