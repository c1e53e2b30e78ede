"""The command line, run as the user runs it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    return {**os.environ,
            "TIMELINE_CACHE": str(tmp_path_factory.getbasetemp() / "gazetteer-cache"),
            "TIMELINE_HOME": str(tmp_path_factory.mktemp("home"))}


def run(env, *args):
    return subprocess.run([sys.executable, "-m", "gazetteer", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_lookup(env):
    out = run(env, "lookup", "بمدينة الرقة")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {
        "name": "Ar Raqqah", "name_ar": "الرقة", "lat": 35.95283, "lon": 39.00788, "feature": "city",
        "admin1": "Al-Raqqah", "country": "SY", "precision": "city"}


def test_lookup_with_context(env):
    out = run(env, "lookup", "الصالحية", "--context", "في محافظة دير الزور")
    assert json.loads(out.stdout)["name"] == "Al-Salihiyah (Deir ez-Zor)"


def test_lookup_nothing_exits_1(env):
    out = run(env, "lookup", "كلام بلا مكان")
    assert (out.returncode, out.stdout) == (1, "")
    assert "no place found" in out.stderr


def test_find(env):
    out = run(env, "find", str(next(SEEDS.glob("001_*.txt"))))
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    salihiyah = next(r for r in rows if r["name"] == "Al-Salihiyah (Deir ez-Zor)")
    assert (salihiyah["relation"], salihiyah["radius_km"], salihiyah["head"]) == ("south-east", 25.0, "مدينة")
    assert {r["name"] for r in rows if r["is_actor"]} == {"Washington, D.C.", "Moscow"}


def test_import_and_build(env, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("name_ar,name,lat,lon,feature,admin1,country\nتلة التجربة,Trial Hill,35.1,40.2,village,,SY\n",
                    encoding="utf-8")
    out = run(env, "import", str(path), "--format", "csv")
    assert out.returncode == 0, out.stderr
    assert "imported 1 places" in out.stdout
    assert json.loads(run(env, "lookup", "تلة التجربة").stdout)["name"] == "Trial Hill"
    out = run(env, "build")
    assert out.returncode == 0 and out.stdout.startswith("built index of ")


def test_import_bad_file_exits_2(env, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("name,lat\nx,1\n", encoding="utf-8")
    out = run(env, "import", str(path), "--format", "csv")
    assert out.returncode == 2
    assert f"error: {path}: missing columns name_ar" in out.stderr
