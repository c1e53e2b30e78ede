"""Robustness over real news (../shared/data/news-corpus, a development corpus that is not committed)."""

import json
from itertools import islice
from pathlib import Path

import pytest

import gazetteer

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news-corpus" / "corpus.jsonl"


pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


@pytest.mark.skipif(not CORPUS.exists(), reason="the development corpus is not beside the repository")
def test_every_match_on_real_news_is_well_formed():
    with CORPUS.open(encoding="utf-8") as f:
        articles = [json.loads(line) for line in islice(f, 600)]
    seen = 0
    for article in articles:
        text = article["text"]
        last_end = 0
        for m in gazetteer.find_places(text, article["title"]):
            assert text[m.start:m.end] == m.text
            assert m.start >= last_end, "matches overlap or are out of order"
            last_end = m.end
            assert m.chosen in m.candidates
            assert m.chosen.precision in gazetteer.PRECISIONS
            assert m.reason
            assert m.radius_km is None or m.radius_km > 0
            seen += 1
    assert seen > 1000
