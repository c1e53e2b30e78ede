"""The names of the places the gazetteer chooses in a text, in the order it finds them: what most gazetteer tests
compare with the names they expect."""

from __future__ import annotations

import gazetteer


def names(text: str, context: str | None = None) -> list[str]:
    """The names of the places chosen in `text` (read beside `context`), leaving out mentions with none chosen."""
    return [m.chosen.name for m in gazetteer.find_places(text, context) if m.chosen]
