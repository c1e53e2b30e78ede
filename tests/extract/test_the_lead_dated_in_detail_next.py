"""An attack told without a date expression at a region or a country (استهدفت غارة جوية منطقة في شرق سوريا مما أدى
لمقتل 54 شخصا) and, in the very next sentence, a definite noun of its kind with its day at a spot inside that area
(وقال المرصد إن الضربة الجوية أصابت المنطقة قرب بلدة السوسة الخميس) are one attack: the lead told in detail, with
the lead's dead, the day and the spot; so is an attack told by a generic word (في هجوم على منزلهم بقرية شمالي
العراق) and the definite generic word next (أن الهجوم وقع فجر السبت في قرية س). An indefinite noun (غارة جوية، هجوما),
a plural, a sentence between or other dead keep them apart."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "استهدفت غارة جوية منطقة خاضعة لسيطرة التنظيم في شرق سوريا مما أدى لمقتل 54 شخصا."


def events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_the_strike_dated_in_detail_next_is_the_lead() -> None:
    text = f"{LEAD} وقال المرصد إن الضربة الجوية أصابت المنطقة الواقعة قرب بلدة السوسة الخميس."
    assert events(text) == [("airstrike", "2016-08-11", "As Sūsah", 54)]


def test_an_indefinite_strike_next_is_another() -> None:
    text = f"{LEAD} وقال المرصد إن غارة جوية أصابت المنطقة الواقعة قرب بلدة السوسة الخميس."
    assert events(text) == [("airstrike", None, "Eastern Syria", 54), ("airstrike", "2016-08-11", "As Sūsah", None)]


def test_the_strike_dated_after_a_sentence_between_stays_apart() -> None:
    text = (f"{LEAD} وقال المتحدث إن التحالف سيقيم التقرير. "
            "وقال المرصد إن الضربة الجوية أصابت المنطقة الواقعة قرب بلدة السوسة الخميس.")
    assert events(text) == [("airstrike", None, "Eastern Syria", 54), ("airstrike", "2016-08-11", "As Sūsah", None)]


def test_the_strike_dated_next_with_other_dead_stays_apart() -> None:
    text = f"{LEAD} وقال المرصد إن الضربة الجوية على بلدة السوسة الخميس قتلت ثلاثة أشخاص."
    assert events(text) == [("airstrike", None, "Eastern Syria", 54), ("airstrike", "2016-08-11", "As Sūsah", 3)]


FAMILY = "قال مسؤول عراقي إن مسلحين قتلوا ثمانية أفراد من عائلة واحدة في هجوم على منزلهم بقرية شمالي العراق. "


def test_the_attack_dated_next_by_its_generic_word_is_the_lead() -> None:
    text = FAMILY + "وأكد قائمقام القضاء أن الهجوم وقع فجر السبت في قرية المعامل التابعة لمحافظة ديالى."
    assert events(text) == [("ground_attack", "2016-08-06", "Diyala", 8)]


def test_an_indefinite_generic_attack_next_is_another() -> None:
    text = FAMILY + "وأكد قائمقام القضاء أن هجوما وقع فجر السبت في قرية المعامل التابعة لمحافظة ديالى."
    assert events(text) == [
        ("ground_attack", None, "Northern Iraq", 8), ("ground_attack", "2016-08-06", "Diyala", None)]


def test_generic_attacks_next_in_the_plural_stay_apart() -> None:
    text = FAMILY + "وأكد قائمقام القضاء أن الهجمات وقعت فجر السبت في محافظة ديالى."
    assert events(text) == [
        ("ground_attack", None, "Northern Iraq", 8), ("ground_attack", "2016-08-06", "Diyala", None)]
