"""The README's screenshots of the dashboard's default view, offline in headless Chromium.

``docs/dashboard.png``: the seed articles. ``docs/dashboard-corpus.png``: the seeds and 200 war-related
articles of ``../shared/data/news-corpus/`` (those naming a term of the war, in the corpus's order), or,
where that corpus is absent, 200 synthetic articles of its shape (``tests/app/corpus_support.py``).
Usage: ``python docs/screenshots.py`` (about two minutes).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.app.browser_support import REPO_ROOT, offline_browser, streamlit_server, wait_for_dashboard, wait_until_idle
from tests.app.corpus_support import write_corpus

DOCS = REPO_ROOT / "docs"
CORPUS = REPO_ROOT.parent / "shared" / "data" / "news-corpus" / "corpus.jsonl"
#: the corpus README's war terms (Syria, Iraq, air strike(s), shelling, ISIS, the coalition, and towns)
WAR_TERMS = ("سوريا", "سورية", "العراق", "غارة", "غارات", "قصف", "داعش", "التحالف", "حلب", "الرقة", "دير الزور",
             "الموصل")
ARTICLES = 200
VIEWPORT = (1600, 1000)


def corpus_sample(path: Path) -> str:
    """`ARTICLES` war-related articles of the shared corpus as a ``.jsonl`` file at `path`, else synthetic ones;
    says which."""
    if not CORPUS.is_file():
        write_corpus(path, ARTICLES)
        return f"{ARTICLES} synthetic articles (no {CORPUS})"
    chosen = []
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("text") or ""
            if any(term in text for term in WAR_TERMS):
                chosen.append(line)
            if len(chosen) == ARTICLES:
                break
    path.write_text("".join(chosen), encoding="utf-8")
    return f"{len(chosen)} articles of {CORPUS}"


def screenshot(home: Path, target: Path, work: Path) -> None:
    """The default view of the app whose data folder is `home`, as a full-page PNG at `target`."""
    env = {"TIMELINE_HOME": str(home), "TIMELINE_CACHE": str(work / "cache")}
    with (
        streamlit_server(REPO_ROOT / "app.py", env, work / f"{target.stem}.log", timeout=600) as server,
        offline_browser(work / f"profile-{target.stem}", *VIEWPORT) as (context, offline),
    ):
        page = context.new_page()
        page.goto(server.url)
        wait_for_dashboard(page, 600_000)
        wait_until_idle(page)
        page.wait_for_timeout(1000)
        page.screenshot(path=target, full_page=True)
        if offline.blocked:
            raise SystemExit(f"the page asked for other hosts: {offline.blocked}")
    print(f"wrote {target}")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        screenshot(work / "seeds-home", DOCS / "dashboard.png", work)
        home = work / "corpus-home"
        home.mkdir()
        print(f"corpus: {corpus_sample(work / 'corpus.jsonl')}")
        build = [sys.executable, "-m", "timeline", "build", str(REPO_ROOT / "seeds"), str(work / "corpus.jsonl"),
                 "--store", str(home / "store.duckdb")]
        subprocess.run(build, check=True, env={**os.environ, "TIMELINE_HOME": str(home)})
        screenshot(home, DOCS / "dashboard-corpus.png", work)


if __name__ == "__main__":
    main()
