"""The Arabic text the views write, from ``data/labels.toml``: hover labels and river names."""

from __future__ import annotations

from functools import cache
from typing import Any

from timeline import DATA_DIR, read_data


@cache
def labels() -> dict[str, Any]:
    """The sections of ``labels.toml`` (read once)."""
    return read_data(DATA_DIR / "labels.toml")
