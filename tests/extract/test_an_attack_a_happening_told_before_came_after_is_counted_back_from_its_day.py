"""A clause opening with "comes" and a subject of its own, neither a demonstrative nor an attack's noun (وجاء كلام
الزعيم غداة مقتل ستة أشخاص في مواجهات), places a happening told in the sentence before after an attack: that attack
is counted back from the one day the sentence before writes (basis ``event_relative``), not from the last attack told.
With ذلك (ويأتي ذلك غداة), or when the sentence before writes no single day, it is counted from the last attack
told, as before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday: Thursday 11, Saturday 6 August
EARLIER = "قتل شرطي الخميس في هجوم مسلح على حاجز في مدينة الباب. "
CALL = "ووجه زعيم الحزب نداء جديدا السبت إلى الحكومة دعاها فيه إلى وقف العنف. "
CLASHES = "غداة مقتل ستة أشخاص في مواجهات بين قوات الأمن ومسلحين في مدينة منبج."


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_the_attack_is_the_day_before_the_happening_told_before() -> None:
    assert _events(EARLIER + CALL + "وجاء كلام الزعيم " + CLASHES) == [
        ("ground_attack", "2016-08-11", "publication", "Al-Bab", 1),
        ("ground_attack", "2016-08-05", "event_relative", "Manbij", 6)]


@pytest.mark.parametrize(
    ("call", "opening"),
    [
        (CALL, "ويأتي ذلك "),
        ("ووجه زعيم الحزب نداء جديدا السبت إلى الحكومة بعد لقائه الوزير الأحد. ", "وجاء كلام الزعيم "),
    ],
    ids=["what-was-just-told", "two-days-before"],
)
def test_otherwise_the_attack_is_counted_from_the_last_attack_told(call: str, opening: str) -> None:
    last = ("ground_attack", "2016-08-10", "event_relative", "Manbij", 6)
    assert _events(EARLIER + call + opening + CLASHES)[1] == last
