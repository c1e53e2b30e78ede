"""Where the tool keeps what it derives and what the user adds, outside the repository.

``TIMELINE_HOME`` overrides the user data directory (the event store, imported
gazetteers, corrections, added articles) and ``TIMELINE_CACHE`` the cache
directory (the compact gazetteer index, the basemap layer, map assets); tests
point both at temporary folders.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "war-timeline"


def data_home() -> Path:
    """The user's data directory, created when missing."""
    path = Path(os.environ.get("TIMELINE_HOME") or platformdirs.user_data_dir(APP))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_home() -> Path:
    """The cache directory (safe to delete: everything in it is rebuilt), created when missing."""
    path = Path(os.environ.get("TIMELINE_CACHE") or platformdirs.user_cache_dir(APP))
    path.mkdir(parents=True, exist_ok=True)
    return path
