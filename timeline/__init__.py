"""Arabic news articles about the wars in Syria and Iraq to dated, geolocated events.

The core is the records (`models`), the errors (`errors`), the event store
(`store`) and the analysts' corrections (`corrections`). Around it, three wings
that never import one another:

- `timeline.dates`: Arabic date expressions to day ranges;
- `timeline.extract`: articles to events (reading, cleaning, triggers, places, tolls, incidents);
- `timeline.views`: filters, figures, the timeline chart, the map, the briefing and exports.

`pipeline` and `build` join the wings (the extractor with the date reader, the
extractor with the store); `cli` is the command line. Language knowledge lives
in the data files of `DATA_DIR`.
"""

from pathlib import Path

#: The reviewed data files of language knowledge (see data/README.md).
DATA_DIR = Path(__file__).resolve().parent / "data"
