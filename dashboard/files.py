"""Where the app's own files are: the seeds a new store is built from and the folder Streamlit serves."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class AppFiles:
    """The folder of `app.py` and what the dashboard reads and writes beside it."""

    folder: Path

    @property
    def seeds(self) -> Path:
        """The sample articles a store with no recorded inputs is built from."""
        return self.folder / "seeds"

    @property
    def static(self) -> Path:
        """What Streamlit serves at /app/static/ (`server.enableStaticServing`)."""
        return self.folder / "static"


_current: list[AppFiles] = []


def use(folder: Path) -> None:
    """Set the app's folder (`app.py` calls it with its own)."""
    _current[:] = [AppFiles(folder.resolve())]


def app_files() -> AppFiles:
    if not _current:
        raise RuntimeError("dashboard.files.use(folder) was not called: run the dashboard through app.py")
    return _current[0]
