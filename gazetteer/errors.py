"""The errors the gazetteer raises on purpose: one root, leaves that are also builtins.

Catch `GazetteerError` for every failure the gazetteer reports about its data
or an imported file; each leaf also subclasses the builtin a caller would
expect (``except ValueError`` still catches a `DataFileError`), as geopy's
``exc`` module does.
"""

from __future__ import annotations

import tomllib
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any


class GazetteerError(Exception):
    """The root of the errors the gazetteer raises on purpose."""


class DataFileError(GazetteerError, ValueError):
    """A gazetteer data file or an imported file is malformed; the message names the file, the row
    and the problem."""


def read_toml(path: Path | Traversable) -> dict[str, Any]:
    """The table of a TOML data file; a malformed one raises `DataFileError` naming it."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"{path}: not valid TOML ({exc})") from None
