"""The dates wing: Arabic date expressions to day ranges.

`find_dates` (`finder`) is the wing's entry point. `lexicon` loads the
language knowledge of ``data/dates.toml`` (`numbers` reads numbers written as
words), `patterns` compiles it into one scanner and the forms it finds,
`readers`, `relative` and `periods` turn each match into a range of days
(`reading` holds what they share), `anchors` joins dates that belong together
and resolves those read against another date of the text, and `calendar`
holds the arithmetic. The wing imports only the core (`timeline.models`) and
`gazetteer.normalize` (and `hijridate` for the Hijri calendar).
"""

from timeline.dates.finder import PREFERENCES, find_dates

__all__ = ["PREFERENCES", "find_dates"]
