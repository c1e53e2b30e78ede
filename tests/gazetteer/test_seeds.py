"""Every toponym of the seed articles resolves to the right place."""

from pathlib import Path

import pytest

import gazetteer

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


# (seed, written form, English name, country, admin1, precision, lat, lon, head, relation, radius_km, actor)
GOLDEN = [
    ("000", "منطقة منبج", "Manbij", "SY", "Aleppo", "town", 36.53, 37.95, "منطقة", None, None, False),
    ("000", "بالقرب من منبج", "Manbij", "SY", "Aleppo", "town", 36.53, 37.95, None, "near", 10.0, False),
    ("000", "شمال مدينة منبج", "Manbij", "SY", "Aleppo", "town", 36.53, 37.95, "مدينة", "north", 25.0, False),
    ("000", "بمحافظة حلب", "Aleppo", "SY", "Aleppo", "governorate", 36.15, 37.39, "محافظة", None, None, False),
    ("000", "قرية طوخان الكبرى", "Tukhan al-Kubra", "SY", "Aleppo", "village", 36.60, 37.95, "قرية", None, None,
     False),
    ("000", "منطقة الرضوانية", "Al-Radwaniyah (Aleppo)", "SY", "Aleppo", "village", 36.16, 37.43, "منطقة", None,
     None, False),
    ("000", "بريف حلب", "Rural Aleppo", "SY", "Aleppo", "region", 36.2, 37.4, None, None, None, False),
    ("000", "منطقة الخفسة", "Al Khafsah", "SY", "Aleppo", "village", 36.23, 38.02, "منطقة", None, None, False),
    ("000", "شرق حلب", "Aleppo", "SY", "Aleppo", "city", 36.20, 37.16, None, "east", 25.0, False),
    ("000", "مدينتي الموصل", "Mosul", "IQ", "Nineveh", "city", 36.34, 43.12, "مدينتي", None, None, False),
    ("000", "والرقة", "Ar Raqqah", "SY", "Al-Raqqah", "city", 35.95, 39.01, None, None, None, False),
    ("000", "في العراق", "Iraq", "IQ", None, "country", 33.0, 44.0, None, None, None, False),
    ("000", "وسورية", "Syria", "SY", None, "country", 35.0, 38.0, None, None, None, False),
    ("000", "وأوكرانيا", "Ukraine", "UA", None, "country", 49.0, 32.0, None, None, None, False),
    ("000", "تقوده واشنطن", "Washington, D.C.", "US", None, "city", 38.90, -77.04, None, None, None, True),
    ("001", "موسكو مستعدة", "Moscow", "RU", None, "city", 55.75, 37.62, None, None, None, True),
    ("001", "مدينة سانت بطرسبورغ", "Saint Petersburg", "RU", None, "city", 59.94, 30.31, "مدينة", None, None,
     False),
    ("001", "محافظة دير الزور", "Deir ez-Zor", "SY", "Deir ez-Zor", "governorate", 35.27, 40.24, "محافظة", None,
     None, False),
    ("001", "منشأة الإصبع", "Al-Isba oil field", "SY", "Deir ez-Zor", "point", 34.68, 40.82, "منشأة", None, None,
     False),
    ("001", "جنوب شرقي مدينة الصالحية", "Al-Salihiyah (Deir ez-Zor)", "SY", "Deir ez-Zor", "town", 34.72, 40.75,
     "مدينة", "south-east", 25.0, False),
    ("001", "سوريا ليس", "Syria", "SY", None, "country", 35.0, 38.0, None, None, None, False),
    ("002", "شبه جزيرة القرم", "Crimea", "UA", None, "region", 45.3, 34.4, None, None, None, False),
    ("002", "وايران", "Iran", "IR", None, "country", 32.0, 53.0, None, None, None, False),
    ("002", "اعلن البيت الابيض", "White House", "US", None, "point", 38.90, -77.04, None, None, None, True),
    ("003", "مدينة الرقة", "Ar Raqqah", "SY", "Al-Raqqah", "city", 35.95, 39.01, "مدينة", None, None, False),
    ("003", "شرق الفرات", "East of the Euphrates", "SY", None, "region", 36.0, 40.3, None, None, None, False),
    ("003", "شرق نهر الفرات", "Euphrates", "SY", None, "region", 35.6, 39.6, "نهر", "east", 8.0, False),
    ("003", "من دير الزور", "Deir ez-Zor", "SY", "Deir ez-Zor", "city", 35.34, 40.14, None, "near", 10.0, False),
    ("003", "وزارة الدفاع الأميركية «البنتاغون»", "Pentagon", "US", None, "point", 38.87, -77.06, None, None,
     None, True),
    ("004", "بالموصل", "Mosul", "IQ", "Nineveh", "city", 36.34, 43.12, None, None, None, False),
    ("004", "استعادت الرمادي", "Ramadi", "IQ", "Al Anbar", "city", 33.42, 43.31, None, None, None, False),
    ("004", "محافظة الأنبار", "Al Anbar", "IQ", "Al Anbar", "governorate", 32.79, 41.61, "محافظة", None, None,
     False),
    ("004", "واليمن", "Yemen", "YE", None, "country", 15.0, 48.0, None, None, None, False),
    ("004", "وليبيا", "Libya", "LY", None, "country", 25.0, 17.0, None, None, None, False),
    ("004", "إيطاليا", "Italy", "IT", None, "country", 42.8, 12.8, None, None, None, False),
]


def _match_in(text: str, phrase: str):
    at = text.index(phrase)
    found = [m for m in gazetteer.find_places(text) if at <= m.start and m.end <= at + len(phrase)]
    assert found, f"no place found in {phrase!r}"
    return found[-1]


@pytest.mark.parametrize(
    ("prefix", "phrase", "name", "country", "admin1", "precision", "lat", "lon", "head", "relation", "radius",
     "actor"),
    GOLDEN, ids=[f"{g[0]}-{g[1]}" for g in GOLDEN],
)
def test_seed_toponym(prefix, phrase, name, country, admin1, precision, lat, lon, head, relation, radius, actor):
    text = seed(prefix)
    m = _match_in(text, phrase)
    assert text[m.start:m.end] == m.text
    assert (m.chosen.name, m.chosen.country, m.chosen.admin1, m.chosen.precision) == (
        name, country, admin1, precision)
    assert m.chosen.lat == pytest.approx(lat, abs=2.5)
    assert m.chosen.lon == pytest.approx(lon, abs=2.5)
    assert (m.head, m.relation, m.radius_km, m.is_actor) == (head, relation, radius, actor)
    assert m.reason


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_no_common_word_is_taken_for_a_place(prefix):
    found = {m.chosen.name for m in gazetteer.find_places(seed(prefix))}
    expected = {g[2] for g in GOLDEN if g[0] == prefix} | {
        "United States", "Russia", "Syria", "Iraq", "Iran", "Ukraine", "Moscow", "Washington, D.C.", "Ar Raqqah",
        "Mosul", "Pentagon", "White House", "Deir ez-Zor", "Libya", "Euphrates"}
    assert found <= expected, found - expected


def test_washington_is_an_actor_everywhere_in_the_seeds():
    for prefix in ("000", "001", "002", "003"):
        for m in gazetteer.find_places(seed(prefix)):
            if m.chosen.name == "Washington, D.C.":
                assert m.is_actor, (prefix, m.start)
