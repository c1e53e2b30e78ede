"""A build of the store in a child process: a server's other users keep working while it extracts.

The dashboard runs every session in a thread of one process, so an upload extracted in the server
would hold the others back for as long as it takes; `build_store_apart` runs `build_store` in a
new process and relays its progress, its report or its error.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Sequence
from pathlib import Path
from queue import Empty

from timeline.build import BuildReport, Progress, build_store
from timeline.errors import TimelineError

POLL_S = 0.5  #: how often the parent looks whether a silent child is still alive


class BuildProcessError(TimelineError, RuntimeError):
    """The child process of a build ended without a report (killed, or out of memory)."""


def _sendable(exc: BaseException) -> BaseException:
    """`exc` when it crosses a process boundary intact, else a `TimelineError` saying what it was."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # any failure to pickle means the same: send its text
        return TimelineError(f"{type(exc).__name__}: {exc}")
    return exc


def _build_in_child(paths: list[Path], store: Path | None, queue: multiprocessing.Queue) -> None:
    def progress(done: int, total: int, article_id: str) -> None:
        queue.put(("progress", (done, total, article_id)))

    try:
        queue.put(("done", build_store(paths, store, progress=progress)))
    except Exception as exc:  # relayed to the parent, which raises it
        queue.put(("error", _sendable(exc)))


def build_store_apart(paths: Sequence[Path], store: Path | None = None,
                      progress: Progress | None = None) -> BuildReport:
    """`build_store(paths, store, progress=progress)` in a child process; raises what it raises."""
    context = multiprocessing.get_context("spawn")  # no copy of the server's threads and locks
    queue = context.Queue()
    child = context.Process(target=_build_in_child, args=(list(paths), store, queue), daemon=True)
    child.start()
    try:
        while True:
            try:
                kind, value = queue.get(timeout=POLL_S)
            except Empty:
                if not child.is_alive():
                    raise BuildProcessError(f"the build's process ended with exit code {child.exitcode} "
                                            "and no report; the store is as it was") from None
                continue
            if kind == "progress" and progress:
                progress(*value)
            elif kind == "error":
                raise value
            elif kind == "done":
                return value
    finally:
        child.join(timeout=30)
