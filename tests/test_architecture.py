"""The libraries keep their layout: no Streamlit in them, and wings that never import one another."""

from __future__ import annotations

import ast
import hashlib
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

LIBRARY_FILES = sorted(p for pkg in ("timeline", "gazetteer") for p in (REPO_ROOT / pkg).rglob("*.py"))
WINGS = ("timeline.dates", "timeline.extract", "timeline.views")
#: The core that every wing may use; it imports no wing itself.
CORE = ("timeline.models", "timeline.store", "timeline.corrections", "timeline.errors", "timeline.vocabulary",
        "timeline.safetext")


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


@pytest.mark.parametrize("path", LIBRARY_FILES, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_library_module_does_not_import_streamlit(path: Path) -> None:
    assert not {name for name in _imports(path) if name.split(".")[0] in {"streamlit", "streamlit_folium"}}


def _layered(path: Path) -> bool:
    """Wing, core and gazetteer modules; the others (pipeline, build, cli, synthetic) join the wings."""
    module = _module_name(path)
    return any(_within(module, package) for package in (*WINGS, *CORE, "gazetteer"))


@pytest.mark.parametrize("path", [p for p in LIBRARY_FILES if _layered(p)], ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_wings_do_not_import_each_other_and_the_core_imports_no_wing(path: Path) -> None:
    module = _module_name(path)
    own = next((wing for wing in WINGS if _within(module, wing)), None)
    others = [w for w in WINGS if w != own]
    assert not {name for name in _imports(path) for w in others if _within(name, w)}


def _climbs_out(node: ast.AST) -> bool:
    """`x.parent.parent` or `x.parents[...]`: a path above the module's own folder."""
    if isinstance(node, ast.Attribute) and node.attr == "parent":
        return isinstance(node.value, ast.Attribute) and node.value.attr == "parent"
    return isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "parents"


@pytest.mark.parametrize("path", LIBRARY_FILES, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_library_module_reaches_no_file_outside_its_package(path: Path) -> None:
    """An installed package has no repository around it: no climbing above the package, no seeds/ or node_modules/."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert not [ast.unparse(node) for node in ast.walk(tree) if _climbs_out(node)]
    assert not [n.value for n in ast.walk(tree)
                if isinstance(n, ast.Constant) and n.value in ("seeds", "node_modules", "static")]


def test_every_wing_says_what_it_holds() -> None:
    for wing in WINGS:
        doc = ast.get_docstring(ast.parse((REPO_ROOT / wing.replace(".", "/") / "__init__.py").read_text()))
        assert doc and "imports only" in doc, wing


def test_seeds_are_the_five_sample_articles_unchanged() -> None:
    """The seeds are fixed by the customer: checked by their own content hashes."""
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (REPO_ROOT / "seeds").iterdir()}
    assert digests == SEED_DIGESTS


SEED_DIGESTS = {
    "000_3e17881290ade8f2.txt": "3d62aa3de6baf010855dd712389edb6a8b0c7cea03786f83e593277eaa016080",
    "001_95382a98b4e2d13a.txt": "00aef129863342162f1c98ebccf6145ebc87c4dc00e35c28cf65a10c0f6733fa",
    "002_ae3ddf4379f0a20d.txt": "1f82efcdff03e1b3dfce34aa4149d5e890f244e6bce497aef3310b2c558a5117",
    "003_af6d69c06c0d9781.txt": "d004a055dbb15c83f2872bdf1de8d1e721f54f12b8799bfa642b050a7fdb77dc",
    "004_88537812834c96e8.txt": "fbda3774e7702a660e8c8ec98b41132f3abe3bd3949df946d1b8dd14a487ed26",
}
