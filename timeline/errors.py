"""The errors the timeline library raises on purpose: one root, leaves that are also builtins.

Catch `TimelineError` for every failure the library reports about its inputs,
its data files or its store; each leaf also subclasses the builtin a caller
would expect (``except ValueError`` still catches a `DataFileError`), as
geopy's ``exc`` module does. An input that cannot be read is not raised but
recorded (`timeline.models.ReadError`), so that the rest of a corpus goes on.
"""

from __future__ import annotations

from typing import Literal

#: What to do when one article of many fails: ``raise`` the error, or ``report`` it (log it with the
#: article's id) and go on with the next.
ErrorPolicy = Literal["raise", "report"]
POLICIES: tuple[ErrorPolicy, ...] = ("raise", "report")


class TimelineError(Exception):
    """The root of the errors the timeline library raises on purpose."""


class DataFileError(TimelineError, ValueError):
    """A data file (the rules under ``timeline/data/``, the corrections file) is malformed;
    the message names the file and the problem."""


class DecodeError(TimelineError, ValueError):
    """The bytes of an input are not a text the reader can decode."""


class StoreNotFoundError(TimelineError, FileNotFoundError):
    """There is no event store where one was expected (build it first)."""


class OptionError(TimelineError, ValueError):
    """An option outside its choices (an export format, a briefing size, the timeline's lanes)."""


class ExtractionError(TimelineError, RuntimeError):
    """Extracting the events of one article failed; ``article_id`` names it, ``__cause__`` says why."""

    def __init__(self, article_id: str, cause: BaseException) -> None:
        super().__init__(f"article {article_id}: event extraction failed: {type(cause).__name__}: {cause}")
        self.article_id = article_id


class StoreCorruptError(TimelineError, ValueError):
    """The store file is not a readable event store (truncated, garbage, or of another program);
    a build moves it aside and rebuilds."""


class BuildRunningError(TimelineError, RuntimeError):
    """Another build of the same store is running; ``pid`` names its process when it is known."""

    def __init__(self, store: object, pid: int | None) -> None:
        who = f"pid {pid}" if pid else "pid unknown"
        super().__init__(f"another build is running ({who}) on {store}; try again when it has finished")
        self.store = store
        self.pid = pid

    def __reduce__(self) -> tuple:
        return type(self), (self.store, self.pid)


class StoreWriteError(TimelineError, OSError):
    """The store cannot be written where it lives (a read-only folder, a full disk)."""
