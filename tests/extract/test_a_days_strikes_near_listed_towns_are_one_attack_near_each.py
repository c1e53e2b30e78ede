"""A day's report of counted strikes near a list of far-apart towns (the coalition's daily statements: 14 غارة قرب
الموصل وتكريت وبيجي والرمادي) tells one attack near each town, as the labelling guide's call says, and so does a
town told after the list with a target of its own and a word of nearness (وحقول ألغام قريبة من مدينة الرقة); the
same count over towns told without nearness stays a total, and neighbouring towns, fewer strikes than towns or an
uncounted plural stay one wave."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ونفذ التحالف 14 غارة قرب الموصل وتكريت وبيجي والرمادي يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Mosul"), ("airstrike", "2016-08-10", "Tikrīt"),
          ("airstrike", "2016-08-10", "Bayjī"), ("airstrike", "2016-08-10", "Ramadi")]),
        ("ونفذ التحالف 9 غارات قرب الرقة والجعيفري ودير الزور والبوكمال يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Ar Raqqah"), ("airstrike", "2016-08-10", "Deir ez-Zor"),
          ("airstrike", "2016-08-10", "Abu Kamal")]),
        ("ونفذ التحالف يوم 10 آب 2016 تسع ضربات جوية في سوريا أصابت مواقع قتالية بالقرب من حلب والحسكة وعين العرب.",
         [("airstrike", "2016-08-10", "Aleppo"), ("airstrike", "2016-08-10", "Al Ḩasakah"),
          ("airstrike", "2016-08-10", "‘Ayn al ‘Arab")]),
        ("وقال الجيش إن التحالف استهدف المسلحين بتسع ضربات جوية قرب حلب والحسكة والرقة يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Aleppo"), ("airstrike", "2016-08-10", "Al Ḩasakah"),
          ("airstrike", "2016-08-10", "Ar Raqqah")]),
        ("ونفذ التحالف يوم 10 آب 2016 تسع ضربات جوية أصابت مواقع قتالية بالقرب من حلب والحسكة وعين العرب (كوباني) "
         "وحقول ألغام قريبة من مدينة الرقة.",
         [("airstrike", "2016-08-10", "Aleppo"), ("airstrike", "2016-08-10", "Al Ḩasakah"),
          ("airstrike", "2016-08-10", "‘Ayn al ‘Arab"), ("airstrike", "2016-08-10", "Ar Raqqah")]),
        ("ونفذ التحالف يوم 10 آب 2016 تسع ضربات جوية أصابت مواقع قتالية بالقرب من حلب والحسكة وعين العرب، "
         "وحقول ألغام قريبة من مدينة الرقة.",
         [("airstrike", "2016-08-10", "Aleppo"), ("airstrike", "2016-08-10", "Al Ḩasakah"),
          ("airstrike", "2016-08-10", "‘Ayn al ‘Arab")]),
        ("ونفذ التحالف يوم 10 آب 2016 تسع ضربات جوية أصابت مواقع قتالية بالقرب من حلب والحسكة وعين العرب "
         "وقتل خمسة مدنيين قرب الرقة.",
         [("airstrike", "2016-08-10", "Aleppo"), ("airstrike", "2016-08-10", "Al Ḩasakah"),
          ("airstrike", "2016-08-10", "‘Ayn al ‘Arab")]),
        ("ونفذ التحالف 14 غارة على الموصل وتكريت وبيجي والرمادي يوم 10 آب 2016.", []),
        ("وشن الطيران 12 غارة قرب بلدات كفرنبل وحاس والبارة يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Kafranbel")]),
        ("ونفذ التحالف 3 غارات قرب الموصل وتكريت وبيجي والرمادي يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Mosul")]),
        ("وشن الطيران غارات قرب الموصل وتكريت وبيجي يوم 10 آب 2016.", [("airstrike", "2016-08-10", "Mosul")]),
    ],
    ids=["near-four-far-apart-towns", "near-towns-and-an-unknown-item", "near-towns-after-a-country",
         "a-count-glued-to-its-preposition", "a-target-of-its-own-near-one-more-town",
         "a-comma-ends-the-list", "a-toll-told-between-ends-the-list",
         "over-towns-without-nearness-is-a-total", "near-neighbouring-towns-is-a-wave", "fewer-strikes-than-towns",
         "an-uncounted-plural"],
)
def test_strikes_near_listed_towns(text: str, expected: list[tuple]) -> None:
    assert typed_events(text) == expected
