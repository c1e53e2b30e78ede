"""The dashboard's tables hold no cell a spreadsheet would run: their own "Download as CSV" is safe."""

from __future__ import annotations

import re

import pandas as pd

from timeline.views.details import fields_html, markdown_literal
from timeline.views.exports import defused


def test_formula_cells_are_prefixed_and_others_kept() -> None:
    frame = pd.DataFrame({
        "title": pd.array(["=cmd|' /C calc'!A0", "@SUM(1+1)", "+1", "-2", "غارة على الرقة", None], dtype="string"),
        "killed": pd.array([1, 2, 3, 4, 5, None], dtype="Int64"),
    })
    out = defused(frame)
    assert out["title"].tolist()[:5] == ["'=cmd|' /C calc'!A0", "'@SUM(1+1)", "'+1", "'-2", "غارة على الرقة"]
    assert out["title"].isna().tolist()[5] and out["killed"].equals(frame["killed"])
    assert frame["title"].iloc[0] == "=cmd|' /C calc'!A0"  # the input is left as it was


def test_markdown_literal_leaves_nothing_to_render() -> None:
    text = "![b](http://evil.example/x.png) # heading $x^2$ :red[alarm] <b>bold</b>\n\n* item"
    literal = markdown_literal(text)
    unescaped = re.sub(r"\\[!-/:-@\[-`{-~]", "", literal)  # every punctuation mark comes escaped
    assert not re.search(r"[!-/:-@\[-`{-~]", unescaped) and "\n" not in literal
    assert literal.replace("\\", "") == text.replace("\n\n", " ")


def test_event_fields_are_escaped() -> None:
    page = fields_html([("place", "<img src=x onerror=alert(1)>"), ("killed", 5), ("actor", None)])
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert '<td dir="auto">5</td>' in page and '<td dir="auto"></td>' in page
