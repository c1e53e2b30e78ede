"""The dates wing: Arabic date expressions to day ranges.

`find_dates` is the wing's entry point. `lexicon` loads the language knowledge
of ``data/dates.toml``, `patterns` compiles it into one scanner, `readers` turn
each match into a range of days and `calendar` holds the arithmetic. The wing
imports only the core (`timeline.models`) and `gazetteer.normalize`.
"""

from timeline.dates.finder import PREFERENCES, find_dates

__all__ = ["PREFERENCES", "find_dates"]
