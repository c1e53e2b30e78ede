"""An attack told as a new one (قصف جوي جديد السبت) and told as new again later on its day at its town
is one event, also when a detail without a place (وقتل ثمانية مدنيين في الغارات) completed it in
between: whether an event is told as another incident is what its first telling says. An attack that
a later sentence says is another incident stays apart."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(*sentences: str) -> list[tuple]:
    text = "\n".join(sentences)
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_the_new_attack_told_again_after_its_toll_is_one_event() -> None:
    assert _events(
        "تعرضت مدينة سراقب إلى قصف جوي جديد السبت حيث حلقت طائرتان حربيتان فوق المدينة.",
        "وقتل ثمانية مدنيين في الغارات السبت.",
        "وتعرضت سراقب إلى غارات جوية جديدة السبت، حسبما أفاد عمال الإغاثة.",
    ) == [("airstrike", "2016-08-06", "Saraqib", 8)]


def test_an_attack_told_as_another_incident_after_it_stays_apart() -> None:
    assert _events(
        "قصفت الطائرات الحربية مدينة سراقب السبت.",
        "وقتل ثمانية مدنيين في الغارات السبت.",
        "وفي حادثة منفصلة، قتل ثلاثة مدنيين في غارة على مدينة سراقب السبت.",
    ) == [("airstrike", "2016-08-06", "Saraqib", 8), ("airstrike", "2016-08-06", "Saraqib", 3)]
