"""List the events of a corpus dump whose place looks foreign to its article, to read against the article.

An event is listed when its point lies more than ``--km`` kilometres from every other town, village or facility
the gazetteer finds in the article (title and text), or when its country is neither the country of another place
found there nor named by a country word (السورية، العراقي ...), unless its place is the country itself. Usage:
``python bench/far_places.py DUMP.jsonl [--km 150] [--corpus CORPUS.jsonl]``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the package of this checkout, whatever is installed

from gazetteer import find_places  # noqa: E402
from gazetteer.models import Place  # noqa: E402
from gazetteer.normalize import normalize  # noqa: E402
from gazetteer.score import country_hints  # noqa: E402
from timeline.extract.places import haversine_km  # noqa: E402

CORPUS = REPO.parent / "shared/data/news-corpus/corpus.jsonl"


def articles(ids: set[str], corpus: Path) -> dict[str, str]:
    """Title and text of each article whose id is in `ids`."""
    out = {}
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["id"] in ids:
                out[row["id"]] = f"{row.get('title') or ''}\n{row['text']}"
    return out


#: Precisions whose point says where something is; a governorate's or a country's centre says nothing of distance.
POINTS = frozenset({"point", "village", "town", "city", "district"})


def nearest(point: tuple[float, float], places: list[Place]) -> tuple[float, str] | None:
    """The distance to the nearest of `places` that has a point of its own, and its name."""
    return min(((float(haversine_km(*point, p.lat, p.lon)), p.name_ar) for p in places if p.precision in POINTS),
               default=None)


def doubts(event: dict, text: str, limit_km: float) -> Iterator[str]:
    """Why an event's place looks foreign to its article, if it does: far from the article's other places (and
    which namesake would lie near them), or in a country the article never names."""
    point = (event["lat"], event["lon"])
    matches = [m for m in find_places(text) if m.chosen and not m.is_actor]
    own = [m for m in matches if m.chosen.name_ar == event["place_ar"]]
    others = [m.chosen for m in matches
              if m.chosen.name_ar != event["place_ar"] and (m.chosen.lat, m.chosen.lon) != point]
    near = nearest(point, others)
    if event["place_precision"] in POINTS and near and near[0] > limit_km:
        namesakes = sorted({(c.name, c.country) for m in own for c in m.candidates
                            if (c.country, c.admin1) != (event["country"], event["admin1"])
                            and (nearest((c.lat, c.lon), others) or (math.inf,))[0] <= limit_km})
        yield f"far: nearest other place {near[1]} at {near[0]:.0f} km" + (
            f"; NAMESAKE near: {namesakes}" if namesakes else "")
    named = {p.country for p in others} | set(country_hints(normalize(text)))
    if event["country"] and event["place_precision"] != "country" and event["country"] not in named:
        yield f"country {event['country']} not named (article: {','.join(sorted(c for c in named if c))})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump")
    parser.add_argument("--km", type=float, default=150.0)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    events = [json.loads(line) for line in Path(args.dump).open(encoding="utf-8")]
    located = [e for e in events if e.get("lat") is not None and e.get("place_ar")]
    texts = articles({e["article_id"] for e in located}, args.corpus)
    for event in located:
        why = list(doubts(event, texts.get(event["article_id"], ""), args.km))
        if why:
            print(f"{event['event_id']}\t{event['place_ar']} ({event['country']}, {event['place_precision']}, "
                  f"{event['lat']:.3f},{event['lon']:.3f})\t{event['place_text']}\t{'; '.join(why)}")


if __name__ == "__main__":
    main()
