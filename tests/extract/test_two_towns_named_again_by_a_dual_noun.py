"""Two settlements told again by a definite dual noun (البلدتين، المدينتين) place an attack that names no place
of its own at the first of the last settlements named before the noun, in its sentence or the one before (a list
is placed at its first item), with or without a word of where before the noun, and past a region told after the
pair (بلدتي الفوعة وكفريا بريف إدلب); not over two sentences unless the one between names the pair again by the
dual (a chain of one reference), and not when no settlement is named."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.event_type, e.place, e.killed) for e in extract_article(article(text, dt.date(2015, 8, 11)))]


def test_the_two_towns_shelled_in_the_next_sentence() -> None:
    text = ("تدور معارك عنيفة حول بلدتي الفوعة وكفريا بريف إدلب. "
            "وقالت مصادر إن قوات النظام قصفت البلدتين أمس بأكثر من مئتي قذيفة، ما أدى إلى مقتل ستة مدنيين.")
    assert _events(text) == [("shelling", "Al-Fuah", 6)]


def test_the_two_towns_as_the_subject_of_what_they_suffered() -> None:
    text = "تحاصر الفصائل بلدتي نبل والزهراء منذ أشهر. وتعرضت البلدتان أمس لقصف صاروخي أدى إلى مقتل ثلاثة مدنيين."
    assert _events(text) == [("shelling", "Nubl", 3)]


def test_two_towns_named_two_sentences_before_place_nothing() -> None:
    text = ("زار الوزير بلدتي الفوعة وكفريا أمس. وتحدث عن الوضع الأمني. "
            "وقالت مصادر إن قوات النظام قصفت البلدتين أمس، ما أدى إلى مقتل ستة مدنيين.")
    assert [p for _, p, _ in _events(text)] == [None]


def test_two_towns_named_again_by_the_dual_in_the_sentence_between_place_the_attack() -> None:
    text = ("تتعرض بلدتا الفوعة وكفريا بريف إدلب لحصار منذ أشهر. ويسيطر على البلدتين مسلحون موالون للنظام. "
            "وقالت مصادر إن قوات المعارضة قصفت البلدتين أمس، ما أدى إلى مقتل ستة مدنيين.")
    assert _events(text) == [("shelling", "Al-Fuah", 6)]
