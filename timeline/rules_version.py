"""The version of the extraction rules: a digest of the code and data files extraction reads.

`rule_files` finds those files statically (the modules reading and extraction import, and the data
files whose names they hold); `rules_version` adds the user's imported gazetteers. A build re-extracts
every article when the version changes.
"""

from __future__ import annotations

import ast
import functools
import hashlib
from collections.abc import Iterator
from pathlib import Path

import gazetteer
import timeline
from gazetteer.paths import data_home

#: The packages whose modules and data files can change extraction, by name.
PACKAGES = {package.__name__: Path(package.__file__).resolve().parent for package in (timeline, gazetteer)}
_EXTRACTION_MODULES = ("timeline.pipeline", "timeline.extract.incidents")


def _module_file(name: str) -> Path | None:
    """The file of module `name` inside `PACKAGES`, found without importing it."""
    top, *rest = name.split(".")
    if top not in PACKAGES:
        return None
    base = PACKAGES[top].joinpath(*rest)
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _imported(name: str, path: Path, tree: ast.Module) -> Iterator[str]:
    """The module names that module `name` (file `path`) imports, and the names it imports from them."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            module = ".".join(filter(None, (base if node.level else "", node.module or "")))
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)


def rule_files() -> set[Path]:
    """The files that change extraction: the modules that reading and extraction import (found
    statically) and the data files whose names those modules hold (``"triggers.toml"``)."""
    todo, modules, literals = list(_EXTRACTION_MODULES), set(), set()
    while todo:
        name = todo.pop()
        path = _module_file(name)
        if path is None or path in modules:
            continue
        modules.add(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        todo.extend(_imported(name, path, tree))
        literals.update(n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str))
    data = {p for folder in PACKAGES.values() for p in (folder / "data").rglob("*") if p.name in literals}
    return modules | data


@functools.cache
def _code_version() -> str:
    digest = hashlib.sha1()
    for path in sorted(rule_files()):
        package = next(name for name, folder in PACKAGES.items() if path.is_relative_to(folder))
        digest.update(f"{package}/{path.relative_to(PACKAGES[package]).as_posix()}".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def rules_version() -> str:
    """A digest of the extraction code and data, and of the user's imported gazetteers.

    A change to any of them re-extracts every article.
    """
    digest = hashlib.sha1(_code_version().encode())
    imported = data_home() / "gazetteer"
    for path in sorted(imported.rglob("*")) if imported.is_dir() else ():
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
