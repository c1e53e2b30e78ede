"""Arabic news articles about the wars in Syria and Iraq to dated, geolocated events.

The core is the records (`models`), the errors (`errors`), the event store
(`store`) and the analysts' corrections (`corrections`). Around it, three wings
that never import one another:

- `timeline.dates`: Arabic date expressions to day ranges;
- `timeline.extract`: articles to events (reading, cleaning, triggers, places, tolls, incidents);
- `timeline.views`: filters, figures, the timeline chart, the map, the briefing and exports.

`pipeline` and `build` join the wings (the extractor with the date reader, the
extractor with the store; `regrouping` keeps the store's incidents up to date and
`rules_version` says when the rules changed); `cli` is the command line. Language knowledge lives
in the data files of `DATA_DIR`.
"""

import tomllib
from pathlib import Path
from typing import Any

from timeline.errors import DataFileError

#: The reviewed data files of language knowledge (see data/README.md).
DATA_DIR = Path(__file__).resolve().parent / "data"


def read_data(path: Path) -> dict[str, Any]:
    """The table of a TOML data file; a malformed one raises `DataFileError` naming it."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"{path}: not valid TOML ({exc})") from None
