"""The package built as `pip install .` builds it and installed into a new virtual environment serves a
dashboard from a copy of the app outside the repository: no clone, no node_modules/, no make at run time.

The new environment gets the package only; the dependencies it resolves to are those of the test's own
environment (a path file), so that the test needs no package index beyond the build's own requirements.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.app.browser_support import REPO_ROOT, metric, offline_browser, streamlit_server, wait_for_dashboard
from timeline.views import chart_bundle

pytestmark = pytest.mark.browser

#: What setup, tests and the app leave in the working tree, which a build does not need: at its top, and anywhere.
LEFT_AT_TOP = {".git", ".venv", "static", "artifacts", "build", "dist", ".pytest_cache", ".ruff_cache", ".hypothesis"}
LEFT_ANYWHERE = shutil.ignore_patterns("__pycache__", "*.egg-info")
APP_FILES = ("app.py", ".streamlit/config.toml", "static/.gitignore")
PACKAGED = ("timeline/views/web/vendor/plotly.js-basic-dist-min/plotly-basic.min.js",
            "timeline/views/web/vendor/supercluster/dist/supercluster.min.js",
            "timeline/views/web/event_map.js", "timeline/views/web/timeline_chart.js",
            "timeline/data/triggers.toml", "gazetteer/data/supplement.csv")


def run(command: list[str | Path], cwd: Path) -> str:
    done = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=600,
                          env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert done.returncode == 0, f"{command} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


def left_behind(folder: str, names: list[str]) -> set[str]:
    """The names in `folder` that the copy of the source leaves out (the front-end files a build copies too)."""
    here = Path(folder)
    left = set(LEFT_ANYWHERE(folder, names)) | (LEFT_AT_TOP & set(names) if here == REPO_ROOT else set())
    return left | ({"vendor"} & set(names) if here == REPO_ROOT / "timeline" / "views" / "web" else set())


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip` builds from a copy of the source (its npm packages from the copy's node_modules/)."""
    root = tmp_path_factory.mktemp("package")
    source = root / "source"
    shutil.copytree(REPO_ROOT, source, ignore=left_behind)
    assert not (source / "timeline" / "views" / "web" / "vendor").exists()
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", root / "dist", source], root)
    (built,) = (root / "dist").glob("war_timeline-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with the wheel installed; its python."""
    folder = tmp_path_factory.mktemp("venv")
    run([sys.executable, "-m", "venv", folder], folder)
    python = folder / "bin" / "python"
    site = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], folder).strip())
    (site / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    run([python, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", wheel], folder)
    return python


@pytest.fixture(scope="module")
def app_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app's own files and the seeds, copied to a folder outside the repository."""
    folder = tmp_path_factory.mktemp("app")
    for name in APP_FILES:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO_ROOT / name, folder / name)
    shutil.copytree(REPO_ROOT / "seeds", folder / "seeds")
    return folder


def test_the_wheel_holds_the_front_end_files_and_the_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert set(PACKAGED) <= names
    assert not [n for n in names if "node_modules" in n or n.startswith(("tests/", "seeds/"))]


def test_the_installed_package_is_imported_from_the_new_environment(venv: Path, app_copy: Path) -> None:
    where = run([venv, "-c", "import timeline, gazetteer; print(timeline.__file__); print(gazetteer.__file__)"],
                app_copy)
    assert all(Path(line).is_relative_to(venv.parent.parent) for line in where.splitlines())


def test_the_installed_dashboard_shows_the_timeline_and_the_map_offline(
    venv: Path, app_copy: Path, tmp_path: Path
) -> None:
    env = {"TIMELINE_HOME": str(tmp_path / "home"), "TIMELINE_CACHE": str(tmp_path / "cache")}
    log = tmp_path / "streamlit.log"
    with (streamlit_server(app_copy / "app.py", env, log, timeout=120, python=venv, cwd=tmp_path) as server,
          offline_browser(tmp_path / "profile") as (context, offline)):
        page = context.new_page()
        page.goto(server.url)
        frame = wait_for_dashboard(page)
        assert page.locator(".js-plotly-plot .scatterlayer .point").count() > 0
        assert frame.locator(".tl-town").count() > 20
        assert metric(page, "Events") > 0
        assert offline.blocked == []
    served = f"{chart_bundle.PACKAGE}@{chart_bundle.bundle_version()}/{chart_bundle.BUNDLE_FILE}"
    source = REPO_ROOT / "node_modules" / chart_bundle.PACKAGE / chart_bundle.BUNDLE_FILE
    assert (app_copy / "static" / "npm" / served).read_bytes() == source.read_bytes()
    printed = log.read_text(encoding="utf-8")
    assert "no static folder found" not in printed and "Inotify" not in printed
