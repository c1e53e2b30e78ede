"""One holder at a time: an exclusive lock on a file, released when its holder ends (even by a kill).

The operating system's own advisory lock (``flock`` on POSIX, ``msvcrt.locking`` on
Windows) is taken on a fresh file descriptor, so it excludes other threads of the
same process as well as other processes, and the kernel drops it with the process:
a killed build never leaves a stale lock behind. The holder writes its process id
into the lock file so that the one refused can say who holds it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


class Locked(Exception):
    """The lock is held by another holder; ``pid`` is the process id it wrote, if any."""

    def __init__(self, pid: int | None) -> None:
        super().__init__(pid)
        self.pid = pid


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def holder(path: Path) -> int | None:
    """The process id written in the lock file `path`, if it holds one."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdecimal() else None


@contextmanager
def exclusive(path: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the lock on `path` for the block; raise `Locked` when another holds it longer than
    `wait` seconds. Raises OSError when the lock file cannot be created."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise Locked(holder(path))
            time.sleep(0.05)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
