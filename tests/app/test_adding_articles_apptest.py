"""Adding articles from the page, driven by AppTest: pasting, the addition's report and its link, removal."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import REPO_ROOT
from timeline import store

APP = str(REPO_ROOT / "app.py")
#: two strikes on a Tuesday and a Sunday: undated without a publication date
TWO_UNDATED = ("شنت طائرات التحالف الدولي غارة جوية على مدينة الرقة يوم الثلاثاء أسفرت عن مقتل 12 مدنيا. "
               "وقصفت قوات النظام بلدة الأتارب بالمدفعية يوم الأحد.")


@pytest.fixture
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path))
    monkeypatch.delenv("TIMELINE_STORE", raising=False)
    return tmp_path


def ran(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


def paste(at: AppTest, text: str, **fields: str) -> AppTest:
    at.text_area(key="paste_text").set_value(text)
    for name, value in fields.items():
        at.text_input(key=f"paste_{name}").set_value(value)
    return ran(at.button(key="FormSubmitter:paste-Add the pasted article").click().run())


def report(at: AppTest) -> str:
    return " ".join(m.value for m in at.markdown if "Added" in m.value)


def test_pasted_undated_paragraph_is_reported_and_its_events_shown_in_the_tray(own_home: Path) -> None:
    at = ran(AppTest.from_file(APP, default_timeout=180).run())
    at = paste(at, TWO_UNDATED)
    [article] = [a for a in store.load_articles()["article_id"] if a.startswith("pasted-")]
    events = store.load_events()
    undated = events[events["article_id"] == article]
    assert len(undated) == 2 and undated["date"].isna().all()
    assert "2 events; all are undated: give the publication date to date them" in report(at).replace("\\", "")
    at = ran(at.button(key="show_added").click().run())
    assert at.session_state["focus"] in set(undated["event_id"])
    assert sorted(at.session_state["tray_events"]) == sorted(undated["event_id"])
    [tray] = [e for e in at.expander if "Undated events of the added articles (2)" in e.label]
    assert len(tray.dataframe[0].value) == 2
    assert at.text_input(key="fix_published") is not None  # the details panel, where the date is given


def test_a_bad_date_is_refused_and_nothing_is_added(own_home: Path) -> None:
    at = ran(AppTest.from_file(APP, default_timeout=180).run())
    at = paste(at, TWO_UNDATED, published="22/03/2017")
    assert any("Not a date" in e.value for e in at.error)
    assert not (own_home / "articles").exists() or not list((own_home / "articles").iterdir())


def test_an_added_article_is_listed_and_removed(own_home: Path) -> None:
    at = ran(AppTest.from_file(APP, default_timeout=180).run())
    at = paste(at, TWO_UNDATED, title="غارة على الرقة", source="SANA", published="2017-03-22")
    switch = at.toggle(key="list_added")
    assert switch.label == "Added articles (1)" and not at.sidebar.dataframe
    at = ran(switch.set_value(True).run())
    [listed] = [d.value for d in at.sidebar.dataframe]
    assert list(listed["title"]) == ["غارة على الرقة"] and list(listed["events"]) == [2]
    assert list(listed["undated"]) == [0] and list(listed["outlet"]) == ["SANA"]
    events_before = len(store.load_events())
    [file] = (own_home / "articles").iterdir()
    [remove] = [b for b in at.button if b.label == f"Remove {file.name}"]
    at = ran(remove.click().run())
    assert not list((own_home / "articles").iterdir())
    assert len(store.load_events()) == events_before - 2
    assert not [a for a in store.load_articles()["article_id"] if a.startswith("pasted-")]
