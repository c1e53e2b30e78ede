"""Inputs cut into shards that workers read themselves: whole files, or byte ranges of large corpora.

A `.jsonl` corpus larger than a shard is cut at byte offsets; a range owns every line that starts
inside it, so each line is read by exactly one worker. Line numbers (an article's path is
``FILE:LINE``) need the count of newlines before a range: each worker counts those of its own
range first (`newlines`), and the driver adds them up (`number_ranges`), never reading the files.
Other inputs (`.txt`, `.html`, compressed or columnar corpora) are read whole, a few to a shard.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline.models import Article, ReadError
from timeline.pipeline import read_inputs

#: Corpora that can be cut at line boundaries.
SPLITTABLE = ".jsonl"
_BLOCK = 1 << 22
#: Files read whole that a shard holds at most.
MAX_FILES = 256
#: Shards each worker gets at least, where the inputs allow: the last ones to finish are then small.
SHARDS_PER_WORKER = 4
#: Bytes a shard holds at least when shards are shrunk to go round the workers.
MIN_SHARD_BYTES = 1 << 20


@dataclass(frozen=True)
class Piece:
    """A whole input file (``end`` None), or the lines of a corpus that start in bytes ``[start, end)``."""

    file: str
    start: int = 0
    end: int | None = None
    first_line: int = 1  #: the number of the line that holds byte `start` (`number_ranges` counts it)


def plan(files: Sequence[str], shard_bytes: int) -> list[list[Piece]]:
    """`files` (in this order) cut into shards of about `shard_bytes` each."""
    shards: list[list[Piece]] = []
    whole: list[Piece] = []
    size_of_whole = 0
    for file in files:
        try:
            size = os.path.getsize(file)
        except OSError:
            size = 0  # the reader reports it
        if file.lower().endswith(SPLITTABLE) and size > shard_bytes:
            if whole:
                shards.append(whole)
                whole, size_of_whole = [], 0
            shards.extend([Piece(file, start, min(start + shard_bytes, size))] for start in range(0, size, shard_bytes))
            continue
        whole.append(Piece(file))
        size_of_whole += size
        if size_of_whole >= shard_bytes or len(whole) >= MAX_FILES:
            shards.append(whole)
            whole, size_of_whole = [], 0
    if whole:
        shards.append(whole)
    return shards


def balanced_size(files: Sequence[str], workers: int, most: int) -> int:
    """The shard size for `workers`: at most `most` bytes, and small enough that each worker gets about
    `SHARDS_PER_WORKER` shards (but not below `MIN_SHARD_BYTES` unless `most` is), so that no worker
    is left with a large share while the others wait."""
    total = sum(os.path.getsize(file) for file in files if os.path.isfile(file))
    return min(most, max(MIN_SHARD_BYTES, total // max(1, workers * SHARDS_PER_WORKER)))


def newlines(piece: Piece) -> int:
    """How many newline bytes a range holds (0 for a whole file)."""
    if piece.end is None:
        return 0
    count = 0
    with open(piece.file, "rb") as f:
        f.seek(piece.start)
        left = piece.end - piece.start
        while left > 0:
            block = f.read(min(_BLOCK, left))
            if not block:
                break
            count += block.count(b"\n")
            left -= len(block)
    return count


def number_ranges(shards: list[list[Piece]], counts: list[list[int]]) -> list[list[Piece]]:
    """The shards with each range's `Piece.first_line`, from the newline counts of every range."""
    before: dict[str, int] = {}
    out = []
    for shard, shard_counts in zip(shards, counts, strict=True):
        numbered = []
        for piece, count in zip(shard, shard_counts, strict=True):
            if piece.end is None:
                numbered.append(piece)
                continue
            seen = before.get(piece.file, 0)
            numbered.append(dataclasses.replace(piece, first_line=seen + 1))
            before[piece.file] = seen + count
        out.append(numbered)
    return out


def read(piece: Piece) -> Iterator[Article | ReadError]:
    """The articles of a piece (and what could not be read), as `timeline.pipeline.read_inputs` gives them
    for the whole file: same paths (``FILE:LINE``), same lines, same digests."""
    if piece.end is None:
        yield from read_inputs([Path(piece.file)])
        return
    lines, skipped = _lines(piece)
    if not lines.strip():
        return
    first = piece.first_line + skipped
    with tempfile.TemporaryDirectory(prefix="timeline-shard-") as folder:
        part = Path(folder) / Path(piece.file).name
        part.write_bytes(lines)
        for item in read_inputs([part]):
            yield _renamed(item, str(part), piece.file, first - 1)


def _lines(piece: Piece) -> tuple[bytes, int]:
    """The bytes of the lines that start in the range, and whether a line begun before it was skipped."""
    assert piece.end is not None
    with open(piece.file, "rb") as f:
        skipped = 0
        if piece.start > 0:
            f.seek(piece.start - 1)
            if f.read(1) != b"\n":
                f.readline()  # the rest of a line that started before the range
                skipped = 1
        begin = f.tell()
        if begin >= piece.end:
            return b"", skipped
        data = f.read(piece.end - begin)
        if not data.endswith(b"\n"):
            data += f.readline()  # the line that starts in the range ends after it
    return data, skipped


def _renamed(item: Article | ReadError, part: str, file: str, offset: int) -> Article | ReadError:
    """`item`, read from the piece's copy `part`, as read from `file` (lines shifted by `offset`)."""
    if isinstance(item, ReadError):
        return ReadError(file if item.path == part else item.path, item.reason,
                         line=item.line + offset if item.line else item.line)
    path, _, line = item.path.rpartition(":")
    if path == part and line.isdecimal():
        return dataclasses.replace(item, path=f"{file}:{int(line) + offset}")
    return dataclasses.replace(item, path=item.path.replace(part, file, 1))
