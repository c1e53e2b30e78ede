"""A synthetic corpus of the news corpus's shape (one JSON article a line), for the browser tests.

Each article reports a strike or an attack on a town of Syria or Iraq, with its date written out in
Arabic, its actor and its toll; a few report events far away (Paris, London), which the map's frame
must leave out. Written here so that no test needs ``../shared/``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from timeline.synthetic import AR_MONTHS, TOWNS

ACTORS = ("طائرات التحالف الدولي", "الطيران الروسي", "قوات النظام السوري", "الطيران التركي", "القوات العراقية")
KINDS = ("غارة جوية", "غارات جوية", "قصفا مدفعيا")
FAR = (("باريس", "France"), ("لندن", "UK"))
OUTLETS = ("skynews", "alarabia", "BBC", "CNN", "france24")


def article(i: int, rng: random.Random) -> dict:
    """One article: a strike on a town of Syria or Iraq (every 25th, an attack far away)."""
    day = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(5 * 365))
    written = f"{day.day} {AR_MONTHS[day.month - 1]} {day.year}"
    killed = rng.randrange(2, 40)
    if i % 25 == 24:
        city, _ = FAR[i % 2]
        text = (f"هجوم في {city}\n\n{city} - وكالات\nقتل {killed} شخصا في هجوم مسلح استهدف مقهى في مدينة {city} "
                f"يوم {written}، بحسب الشرطة.\n")
        title = f"هجوم في {city}"
    else:
        _, town, *_ = rng.choice(TOWNS)
        actor, kind = rng.choice(ACTORS), rng.choice(KINDS)
        text = (f"{kind} على {town}\n\n{town} - وكالات\nشنت {actor} {kind} على مدينة {town} يوم {written} "
                f"أسفرت عن مقتل {killed} مدنيا وإصابة آخرين، بحسب مصادر محلية.\n")
        title = f"{kind} على {town}"
    published = day + dt.timedelta(days=1)
    return {"id": f"syn-{i:04d}", "title": title, "text": text, "source": OUTLETS[i % len(OUTLETS)],
            "published": published.isoformat(), "published_basis": "metadata", "url": None}


def write_corpus(path: Path, n: int = 200, seed: int = 17) -> Path:
    """`n` articles as a ``.jsonl`` file at `path`."""
    rng = random.Random(seed)
    path.write_text("".join(json.dumps(article(i, rng), ensure_ascii=False) + "\n" for i in range(n)),
                    encoding="utf-8")
    return path
