"""The libraries stay plain: no Streamlit in `timeline/` or `gazetteer/`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

LIBRARY_FILES = sorted(p for pkg in ("timeline", "gazetteer") for p in (REPO_ROOT / pkg).rglob("*.py"))


@pytest.mark.parametrize("path", LIBRARY_FILES, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_library_module_does_not_import_streamlit(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {name for name in imported if name.split(".")[0] in {"streamlit", "streamlit_folium"}}


def test_seeds_are_the_shared_articles_unchanged() -> None:
    shared = REPO_ROOT.parent / "shared" / "seeds"
    ours = sorted(p.name for p in (REPO_ROOT / "seeds").iterdir())
    assert ours == sorted(p.name for p in shared.iterdir())
    for name in ours:
        assert (REPO_ROOT / "seeds" / name).read_bytes() == (shared / name).read_bytes()
