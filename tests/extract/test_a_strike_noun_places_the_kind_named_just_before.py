"""An attack named by its kind without a date or a place (طائرات قصفت أحد مواقع الجيش), told again within two
sentences by a definite strike noun that a strike verb right after it has for subject (الضربات وقعت في بلدة س،
القصف استهدف اجتماعا شرقي أربيل) at one place: the attack, at that place, with its kind and toll, told from
the kind's sentence on. Not a strike noun without such a verb (ندد الوزير بالقصف في ...), nor a kind told
with a hedge, further back, or a telling over several places."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple[str, str | None, int | None, int]]:
    return [(e.event_type, e.place, e.killed, e.start)
            for e in extract_article(article(text, dt.date(2018, 6, 17)))]


def test_the_strikes_happened_at_a_village() -> None:
    text = ("قالت وسائل إعلام إن طائرات تابعة للتحالف قصفت أحد مواقع الجيش في شرق البلاد. "
            "وأضافت أن الضربات وقعت في بلدة الهرى.")
    assert _events(text) == [("airstrike", "Al-Hari", None, 0)]


def test_the_bombardment_targeted_a_meeting_and_keeps_its_dead() -> None:
    text = ("قالت مصادر إن قصفا صاروخيا أسفر عن مقتل 14 شخصا. "
            "وأكد المتحدث أن القصف استهدف اجتماعا لقيادات الحزب شرقي أربيل.")
    assert _events(text) == [("shelling", "Erbil", 14, 0)]


@pytest.mark.parametrize("text", [
    pytest.param("قالت وسائل إعلام إن طائرات تابعة للتحالف قصفت أحد مواقع الجيش. وندد الوزير بالقصف في بلدة الهرى.",
                 id="no-strike-verb"),
    pytest.param("قالت وسائل إعلام إن طائرات تابعة للتحالف ربما قصفت أحد مواقع الجيش. "
                 "وأضافت أن الضربات وقعت في بلدة الهرى.", id="hedged-kind"),
    pytest.param("وقالت مصادر إن طائرات قصفت مواقع. وتحدث الوزير عن الوضع. واستقبل الوزير وفدا. "
                 "وأضافت أن الضربات وقعت في بلدة الهرى.", id="three-sentences-back"),
    pytest.param("قالت مصادر إن طائرات تابعة للتحالف قصفت مواقع للجيش. وأضافت أن الضربات وقعت في مدينتي حلب وحمص.",
                 id="several-places"),
])
def test_no_attack_is_placed(text: str) -> None:
    assert _events(text) == []
