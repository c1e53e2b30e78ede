"""Reading the JSON files the analyst's work is kept in, with one clear error for each way they fail."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from timeline.errors import DataFileError


def read_json(path: Path) -> Any:
    """The JSON value of the file at `path`; `DataFileError` naming the file when it cannot be read."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except json.JSONDecodeError as exc:
        raise DataFileError(f"{path}: not valid JSON ({exc})") from exc
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read: {exc.strerror or exc}") from exc
