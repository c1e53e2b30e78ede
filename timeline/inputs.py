"""The files a build reads, found without reading them: what the inputs hold, and what cannot be reached.

`walk` lists the files under the inputs (folders recursively, sorted, hidden files and
folders skipped, as the reader does) with their size and modification time, and says which
inputs or sub-folders could not be listed: a build keeps the articles it has from those
rather than taking them for deleted. `digest` is a file's content hash, computed only when
its size or time changed; `estimated_articles` counts the lines of a corpus for progress.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from timeline.models import ReadError

_CORPUS_SUFFIX = ".jsonl"


@dataclass(frozen=True)
class InputFile:
    """One file under an input, by its absolute path, with the input (root) it was found under."""

    path: str
    root: str
    size: int
    mtime_ns: int


@dataclass
class Found:
    """What the inputs hold: their files by path, in reading order, and what could not be reached."""

    files: dict[str, InputFile] = field(default_factory=dict)
    problems: list[ReadError] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)  #: inputs, folders and files that could not be listed

    def reachable(self, path: str) -> bool:
        """False for a file inside (or equal to) something that could not be listed."""
        return not any(path == gone or path.startswith(gone.rstrip(os.sep) + os.sep) for gone in self.unreachable)


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _add(found: Found, path: str, root: str) -> None:
    if path in found.files:
        return
    try:
        st = os.stat(path)
    except OSError as exc:
        found.problems.append(ReadError(path, f"cannot read: {exc.strerror or exc}; its articles are kept"))
        found.unreachable.append(path)
        return
    found.files[path] = InputFile(path, root, st.st_size, st.st_mtime_ns)


def _walk_folder(found: Found, root: str) -> None:
    def unreadable(exc: OSError) -> None:
        where = exc.filename or root
        found.problems.append(ReadError(str(where), f"cannot read the folder: {exc.strerror or exc}; "
                                        "its articles are kept as they were"))
        found.unreachable.append(str(where))

    for folder, dirs, names in os.walk(root, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(n for n in names if not _hidden(n)):
            _add(found, os.path.join(folder, name), root)


def walk(roots: Iterable[Path]) -> Found:
    """The files of `roots` (files or folders), in the order the build reads them."""
    found = Found()
    for root in roots:
        path = str(root)
        if root.is_dir():
            _walk_folder(found, path)
        elif root.is_file():
            _add(found, path, path)
        else:
            found.problems.append(ReadError(path, "no such file or folder; its articles are kept as they were "
                                            "(`python -m timeline build --forget PATH` removes them)"))
            found.unreachable.append(path)
    found.files = dict(sorted(found.files.items()))
    return found


def digest(path: str) -> str:
    """The content hash of a file (raises OSError when it cannot be read)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "blake2b").hexdigest()[:32]


def estimated_articles(paths: Iterable[str]) -> int:
    """About how many articles `paths` hold: the lines of each corpus, one for any other file."""
    total = 0
    for path in paths:
        if path.endswith(_CORPUS_SUFFIX):
            try:
                with open(path, "rb") as f:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda f=f: f.read(1 << 20), b"")) or 1
            except OSError:
                total += 1
        else:
            total += 1
    return total
