"""The launch of an operation (إطلاق عملية، انطلاق عملية، بدء عملية), dated to its day, is the launch of an
offensive: a ground attack, as the labelling guide types it, not `other`; one told with its air strikes
(بغارات على صنعاء) is their air strike; an operation that is no attack (بدء عملية الإجلاء) stays none."""

from __future__ import annotations

import datetime as dt

from tests.articles import typed_events


def test_the_launch_of_an_operation_to_free_a_city_is_a_ground_attack() -> None:
    text = "وتقدمت القوات بسرعة بعد إعلان انطلاق عملية تحرير مدينة الحديدة في 14 يونيو الجاري."
    assert typed_events(text, dt.date(2018, 6, 20)) == [("ground_attack", "2018-06-14", "Al Ḩudaydah")]


def test_an_operation_launched_on_a_written_day_is_a_ground_attack() -> None:
    text = "في 16 أيار/مايو 2014 أعلن قائد الجيش إطلاق عملية الكرامة التي تهدف إلى تحرير بنغازي من المتطرفين."
    assert typed_events(text, dt.date(2018, 4, 19)) == [("ground_attack", "2014-05-16", "Benghazi")]


def test_an_operation_begun_with_air_strikes_is_an_air_strike() -> None:
    text = "وأعلن التحالف بقيادة السعودية بدء عملية عاصفة الحزم في 26 مارس 2015 بغارات على صنعاء."
    assert typed_events(text, dt.date(2018, 4, 19)) == [("airstrike", "2015-03-26", "Sanaa")]


def test_an_evacuation_begun_is_no_attack() -> None:
    text = "ووصلت الحافلات أمس إلى مدينة الحديدة لبدء عملية الإجلاء."
    assert typed_events(text, dt.date(2018, 6, 20)) == []
