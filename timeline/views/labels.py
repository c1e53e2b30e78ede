"""The Arabic text the views write, from ``data/labels.toml``: hover labels and river names."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from timeline import DATA_DIR


@cache
def labels() -> dict[str, Any]:
    """The sections of ``labels.toml`` (read once)."""
    return tomllib.loads((DATA_DIR / "labels.toml").read_text(encoding="utf-8"))
