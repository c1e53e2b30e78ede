"""Strikes told as going with an assault (هجوما على المدينة يترافق مع قصف جوي، ترافقه غارات، رافقه قصف مدفعي) are
not its kind: the assault told by a generic attack word stays a ground attack; those told after مع are their own
attack beside it (`test_an_attack_told_as_concurrent_with_another_is_its_own`). Strikes told first, with fighting
that went with them, keep their kind, and so does an attack named by its own kind."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.event_type, str(e.date), e.place, e.actor)
            for e in extract_article(article(text, dt.date(2015, 7, 21)))]


_ASSAULT = ("ground_attack", "2015-07-19", "Az Zabadānī", "Syrian army")
_STRIKES = ("airstrike", "2015-07-19", "Az Zabadānī", None)


@pytest.mark.parametrize(("went_with", "expected"), [
    pytest.param("يترافق مع قصف جوي عنيف", [_ASSAULT, _STRIKES], id="air-bombardment"),
    pytest.param("ترافقه غارات جوية مكثفة", [_ASSAULT], id="air-strikes"),
    pytest.param("رافقه قصف مدفعي عنيف", [_ASSAULT], id="artillery"),
    pytest.param("يترافق مع غارات كثيفة وقصف مدفعي", [_ASSAULT, _STRIKES], id="strikes-and-artillery"),
])
def test_the_assault_stays_a_ground_attack(went_with: str, expected: list[tuple]) -> None:
    text = f"شنت قوات النظام الأحد هجوما على مدينة الزبداني {went_with}."
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("قتل خمسة مدنيين الأحد في غارات جوية على مدينة الزبداني ترافقت مع اشتباكات.", "airstrike",
                 id="strikes-told-first"),
    pytest.param("شنت قوات النظام الأحد هجوما جويا على مدينة الزبداني.", "airstrike", id="an-air-attack"),
])
def test_an_attack_of_a_named_kind_keeps_it(text: str, kind: str) -> None:
    assert [e[0] for e in _events(text)] == [kind]
