"""Reading and extraction time per MB on large and deeply nested inputs, and the readers' memory.

Three tables, each as ratios against its smallest case in the same run (machines
drift, so no absolute target):

1. One large article of 1, 2, 5 and 10 MB (the news corpus's texts joined, or the
   seeds repeated when ``../shared/`` is absent), through `timeline.pipeline.read_inputs`
   and `extract_article`: seconds of CPU per MB, flat within 2x.
2. HTML nested 1,000 to 100,000 levels deep, closed (``<div>…</div>``) and unclosed
   (``<div><p>text`` repeated): the same, per MB of page.
3. Peak memory (resident set of a child process) of reading a corpus of 6,000 and
   of 60,000 lines (the news corpus replicated with new ids) as ``.jsonl``,
   ``.jsonl.gz`` and Parquet with `timeline.extract.reader.read_inputs`: flat
   within 1.5x from 6,000 to 60,000 lines.

``--quick`` stops the large article at 5 MB, the nesting at 20,000 levels and the
corpora at 3,000 and 30,000 lines. Exit status 1 when a ratio is out of bounds.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline.models import Article  # noqa: E402
from timeline.pipeline import extract_article, read_inputs  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "news-corpus" / "corpus.jsonl"
SEEDS = REPO / "seeds"
TIME_BOUND = 2.0
MEMORY_BOUND = 1.5
MB = 1e6


def _texts() -> Iterator[str]:
    """Article texts to join into a long one: the corpus's, else the seeds'."""
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as lines:
            yield from (json.loads(line)["text"] for line in lines)
    else:
        yield from (p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


def _long_text(size_mb: float) -> str:
    parts, size = [], 0
    while True:
        for text in _texts():
            parts.append(text)
            size += len(text.encode("utf-8")) + 2
            if size >= size_mb * MB:
                return "\n\n".join(parts)


def _cpu_per_mb(path: Path) -> tuple[float, float, int]:
    """CPU seconds per MB of reading and of extracting the file's articles, and the events found."""
    size = path.stat().st_size / MB
    start = time.process_time()
    articles = [a for a in read_inputs([path]) if isinstance(a, Article)]
    read = time.process_time() - start
    start = time.process_time()
    events = sum(len(extract_article(a)) for a in articles)
    extract = time.process_time() - start
    return read / size, extract / size, events


def _table(title: str, rows: list[tuple[str, Path]]) -> bool:
    print(f"\n{title}")
    print(f"{'input':>20} {'MB':>6} {'read s/MB':>10} {'extract':>13} {'both s/MB':>10} {'ratio':>6} {'events':>7}")
    first: dict[str, float] = {}  # by kind of input (the label's first word)
    ok = True
    for label, path in rows:
        read, extract, events = _cpu_per_mb(path)
        both = read + extract
        ratio = both / first.setdefault(label.split()[0], both)
        ok &= ratio <= TIME_BOUND
        print(f"{label:>20} {path.stat().st_size / MB:6.2f} {read:10.3f} {extract:13.3f} {both:10.3f} "
              f"{ratio:6.2f} {events:7d}")
    return ok


def _large_articles(folder: Path, sizes: list[float]) -> list[tuple[str, Path]]:
    rows = []
    for size in sizes:
        path = folder / f"article-{size:g}MB.txt"
        path.write_text(_long_text(size), encoding="utf-8")
        rows.append((f"article {size:g} MB", path))
    return rows


def _nested_pages(folder: Path, depths: list[int]) -> list[tuple[str, Path]]:
    sentence = "<p>قتل خمسة مدنيين في غارة جوية على بلدة الأتارب بريف حلب يوم الاثنين 18 تموز 2016.</p>"
    rows = []
    for depth in depths:
        closed = folder / f"nested-{depth}.html"
        closed.write_text(f"<html><body>{'<div>' * depth}{sentence}{'</div>' * depth}</body></html>", "utf-8")
        unclosed = folder / f"unclosed-{depth}.html"
        unclosed.write_text("<html><body>" + "<div><p>غارة جوية على حلب " * depth + "</body></html>", "utf-8")
        rows += [(f"nested {depth}", closed), (f"unclosed {depth}", unclosed)]
    return rows


def _corpus_lines() -> list[dict]:
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as lines:
            return [json.loads(line) for line in lines]
    return [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(SEEDS.glob("*.txt"))]


def _write_corpora(folder: Path, count: int, records: list[dict]) -> list[Path]:
    """The corpus replicated with new ids to `count` lines, as .jsonl, .jsonl.gz and Parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    def replicated() -> Iterator[dict]:
        for i in range(count):
            record = records[i % len(records)]
            yield {**record, "id": f"{record['id']}-{i // len(records)}"}

    jsonl, gz, parquet = (folder / f"corpus-{count}{s}" for s in (".jsonl", ".jsonl.gz", ".parquet"))
    with jsonl.open("w", encoding="utf-8") as out, gzip.open(gz, "wt", encoding="utf-8") as zipped:
        for record in replicated():
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            zipped.write(line)
    columns = ("id", "text", "title", "source", "published", "url")
    writer, batch = None, []
    for record in replicated():
        batch.append({c: record.get(c) for c in columns})
        if len(batch) == 2000:
            table = pa.Table.from_pylist(batch)
            writer = writer or pq.ParquetWriter(parquet, table.schema)
            writer.write_table(table)
            batch = []
    if batch:
        table = pa.Table.from_pylist(batch)
        writer = writer or pq.ParquetWriter(parquet, table.schema)
        writer.write_table(table)
    writer.close()
    return [jsonl, gz, parquet]


# VmHWM, not ru_maxrss: a child's ru_maxrss keeps the high-water mark of the parent it was forked from.
_CHILD = """
import re, sys
from pathlib import Path
from timeline.extract.reader import read_inputs
from timeline.models import Article
n = sum(isinstance(a, Article) for a in read_inputs([Path(sys.argv[1])]))
status = Path("/proc/self/status").read_text()
print(n, int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)) / 1024)
"""


def _peak_mb(path: Path) -> tuple[int, float]:
    """Articles read and peak resident memory (MB) of a child process reading `path`."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True,
                         cwd=REPO).stdout.split()
    return int(out[0]), float(out[1])


def _memory_table(folder: Path, counts: tuple[int, int]) -> bool:
    records = _corpus_lines()
    small, large = (_write_corpora(folder, n, records) for n in counts)
    print(f"\nPeak memory of reading a corpus (child process), {counts[0]:,} and {counts[1]:,} lines")
    print(f"{'format':>10} {'lines':>8} {'MB on disk':>11} {'articles':>9} {'peak MB':>8} {'ratio':>6}")
    ok = True
    for a, b in zip(small, large, strict=True):
        fmt = "".join(a.suffixes[-2:]) if a.name.endswith(".gz") else a.suffix
        n_a, peak_a = _peak_mb(a)
        n_b, peak_b = _peak_mb(b)
        ok &= peak_b / peak_a <= MEMORY_BOUND
        print(f"{fmt:>10} {counts[0]:8,} {a.stat().st_size / MB:11.1f} {n_a:9,} {peak_a:8.0f} {1.0:6.2f}")
        print(f"{fmt:>10} {counts[1]:8,} {b.stat().st_size / MB:11.1f} {n_b:9,} {peak_b:8.0f} {peak_b / peak_a:6.2f}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, depths and corpora")
    args = parser.parse_args()
    sizes = [1, 2, 5] if args.quick else [1, 2, 5, 10]
    depths = [1000, 10000, 20000] if args.quick else [1000, 10000, 20000, 100000]
    counts = (3000, 30000) if args.quick else (6000, 60000)
    extract_article(Article("warm-up", "غارة على منبج", "warm-up"))  # load the gazetteer and the rules
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ok = _table("One large article: CPU per MB (ratio to the smallest)", _large_articles(folder, sizes))
        ok &= _table("Nested and unclosed HTML: CPU per MB of page (ratio to the shallowest of its kind)",
                     _nested_pages(folder, depths))
        ok &= _memory_table(folder, counts)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory of this process (large articles and pages): {own:.0f} MB")
    print(f"bounds: time per MB within {TIME_BOUND}x, memory within {MEMORY_BOUND}x: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
