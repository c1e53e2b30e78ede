"""geopy's geocoder interface over the offline gazetteer."""

import json

import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from gazetteer.geocoder import OfflineGazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


class FakeOnline(Geocoder):
    """Stands in for Nominatim: counts its calls, knows one place."""

    def __init__(self):
        super().__init__()
        self.calls = []

    def geocode(self, query, exactly_one=True, **kwargs):
        self.calls.append(query)
        if query == "Atlantis":
            return Location("Atlantis, Ocean", (10.0, -30.0), {})
        return None


def test_geocode_returns_a_geopy_location():
    loc = OfflineGazetteer().geocode("بمنبج")
    assert isinstance(loc, Location)
    assert (loc.latitude, loc.longitude) == pytest.approx((36.528, 37.955), abs=0.01)
    assert loc.address.startswith("منبج, Manbij, Aleppo, SY")
    assert loc.raw["place"]["name"] == "Manbij"


def test_geocode_unknown_is_none_and_offline_by_default():
    assert OfflineGazetteer().geocode("لا مكان هنا") is None


def test_geocode_all_candidates():
    locs = OfflineGazetteer().geocode("الصالحية", exactly_one=False, context="ريف دير الزور")
    assert len(locs) >= 2
    assert locs[0].raw["place"]["admin1"] == "Deir ez-Zor"


def test_through_rate_limiter():
    geocoder = OfflineGazetteer()
    geocode = RateLimiter(geocoder.geocode, min_delay_seconds=0.0)
    reverse = RateLimiter(geocoder.reverse, min_delay_seconds=0.0)
    assert geocode("الرقة").raw["place"]["name"] == "Ar Raqqah"
    assert geocode("لا مكان هنا") is None
    assert reverse((36.53, 37.95)).raw["place"]["name"] in ("Manbij", "Tukhan al-Kubra")


@pytest.mark.parametrize(("query", "name"), [
    ((36.20, 37.16), "Aleppo"),
    ("33.42, 43.31", "Ramadi"),
    # GeoNames puts Moscow 12 m west of the Kremlin (a supplement point, placed by its page): a query in the
    # west of the city finds the city
    ((55.76, 37.58), "Moscow"),
    ((35.41, 35.95), "Hmeimim airbase"),
])
def test_reverse_nearest_place(query, name):
    assert OfflineGazetteer().reverse(query).raw["place"]["name"] == name


def test_online_fallback_only_with_the_flag_and_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE", str(tmp_path))
    fake = FakeOnline()
    assert OfflineGazetteer(online_geocoder=fake).geocode("Atlantis") is None
    assert fake.calls == []
    online = OfflineGazetteer(online=True, online_geocoder=fake)
    assert online.geocode("Atlantis").address == "Atlantis, Ocean"
    assert online.geocode("Nowhere") is None
    assert OfflineGazetteer(online=True, online_geocoder=fake).geocode("Atlantis").point[:2] == (10.0, -30.0)
    assert fake.calls == ["Atlantis", "Nowhere"]
    cache = json.loads((tmp_path / "geocoder-online.json").read_text(encoding="utf-8"))
    assert cache == {"Atlantis": ["Atlantis, Ocean", 10.0, -30.0], "Nowhere": None}
    assert online.geocode("منبج").raw["place"]["name"] == "Manbij"  # the gazetteer answers first
    assert fake.calls == ["Atlantis", "Nowhere"]
