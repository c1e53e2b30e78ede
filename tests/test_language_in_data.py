"""Language knowledge lives in the reviewed data files, never in code: no Arabic letters in the literals
of the libraries (docstrings and comments may quote Arabic)."""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

#: The command lines quote Arabic in their examples (documentation that a test runs); they hold no rules.
COMMAND_LINES = {REPO_ROOT / "gazetteer" / "cli.py", *(REPO_ROOT / "timeline" / "cli").glob("*.py")}
LIBRARY_FILES = sorted(
    p for pkg in ("timeline", "gazetteer") for p in (REPO_ROOT / pkg).rglob("*.py") if p not in COMMAND_LINES
)


def _documentation(tree: ast.AST) -> set[int]:
    """The ids of the string constants that stand alone as statements: docstrings."""
    return {
        id(node.value) for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
    }


def _is_arabic_letter(ch: str) -> bool:
    """A letter Arabic words are written with (the Arabic block's letters, Persian ones included), not a
    mark, a bidi control or the end of a range of code points (``"\\u0600-\\u06ff"``)."""
    return ("\u0620" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3") and unicodedata.category(ch) == "Lo"


def arabic_literals(source: str) -> list[tuple[int, str]]:
    """(line, literal) of every string literal of `source` holding an Arabic letter, docstrings aside."""
    tree = ast.parse(source)
    documentation = _documentation(tree)
    return [
        (node.lineno, node.value) for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in documentation
        and any(_is_arabic_letter(ch) for ch in node.value)
    ]


@pytest.mark.parametrize("path", LIBRARY_FILES, ids=lambda p: p.relative_to(REPO_ROOT).as_posix())
def test_library_module_has_no_arabic_words_in_code(path: Path) -> None:
    assert arabic_literals(path.read_text(encoding="utf-8")) == []


def test_the_check_sees_literals_but_not_documentation() -> None:
    source = '''"""قصف: documented."""
WORDS = ("غارة", "x")
PATTERN = rf"(?:و|ف)?{WORDS}"
TATWEEL = "\\u0640"


def f():
    """غارة in a docstring."""
    return f"{WORDS} على"  # قصف in a comment
'''
    assert arabic_literals(source) == [(2, "غارة"), (3, "(?:و|ف)?"), (9, " على")]
