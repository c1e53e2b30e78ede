"""Attack events found by the extractor on a hand-labelled set.

Reads ``bench/data/attack_events_dev.jsonl`` (what 85 articles of
``../shared/data/news-corpus/`` report, labelled by hand; see
``bench/data/README.md``) or the set ``--labels`` names (development sets and
the measures fresh set 2 and 4, ibid.), runs `timeline.pipeline.extract_article` on those
articles, matches extracted events to labelled ones within each article and
prints recall and precision of attack events, event-type, date, place, actor
and toll accuracy on the matched events, and the counts; ``--verbose`` adds a
table per article and a line per labelled and per unmatched extracted event.
Skips (exit 0) when the shared corpus is absent.

Matching, one-to-one within an article: an extracted event (any type but
``statement``) may match a labelled event when its evidence sentence overlaps
the labelled evidence or one of its re-mentions, or when it agrees with it on
both place and date (a point or governorate place, see below, and overlapping
date ranges). A sentence that tells several labelled attacks, or a re-mention,
may match only an event that does not contradict the label on date or place
without agreeing on either. Among the allowed pairs the assignment that
matches the most events is taken, ties broken by how well the pairs agree
(type, date and place, then evidence rather than re-mention). Labelled events
flagged ``background`` (past attacks recalled, see the README) are optional:
matching one is neither a hit nor a false event.

Each missed labelled attack is also told the stage where it was lost (`miss_stages`: no trigger in its
sentences, the check that dropped its evidence's clause, the merging step that dropped its evidence's drafts,
or why the event they became did not match; its re-mentions' furthest stage only where its evidence has no
trigger or became an event), counted in the summary and, with ``--verbose``, shown beside it.

``--split tune|heldout|all`` scores one half of the articles or all of them
(default). The halves are fixed by article id (`split_of`: the first byte of
the id's SHA-1, even for ``tune``), so that rules tuned while looking at one
half are checked on the other, which nobody looks at article by article.

Dates: a matched date is *exact* when its day range equals the label's (or one
of the label's accepted readings); *lenient* also accepts a day inside a label
of at most two days ("the night of Saturday to Sunday"). A day-precise date
(a single day) is *unsupported* when the label gives no day (no date, a month,
a year or a longer range) and no accepted reading does. Places: within
``max(10 km, radius)`` of the label's point for settlements and points; the
right governorate (``admin1``) where the label's place is an area within one
(district, governorate, "rural Hama"); the right country where it is a country
or a region without one ("northern Iraq").
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import json
import math
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from geopy.distance import geodesic

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.miss_stages import Loss, StageTrace, tracing, where_lost  # noqa: E402
from timeline.models import Article, Event  # noqa: E402
from timeline.pipeline import extract_article, read_inputs  # noqa: E402

SHARED = REPO.parent / "shared"
CORPUS = SHARED / "data" / "news-corpus" / "corpus.jsonl"
LABELS = REPO / "bench" / "data" / "attack_events_dev.jsonl"
TARGETS = {"recall": 0.8, "precision": 0.8, "date": 0.9, "place": 0.85}
POINT_PRECISIONS = {"point", "village", "town", "city", "neighbourhood"}
MATCH_BASE = 100  # a matched pair always outweighs any sum of agreements


# ---- the halves of the set ------------------------------------------------------------------

SPLITS = ("tune", "heldout", "all")


def split_of(article_id: str) -> str:
    """The half an article belongs to: ``tune`` or ``heldout``, fixed by its id."""
    return "tune" if hashlib.sha1(article_id.encode("utf-8")).digest()[0] % 2 == 0 else "heldout"


# ---- reading ---------------------------------------------------------------------------------

def read_labels(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def corpus_lines(path: Path, ids: set[str]) -> dict[str, str]:
    """The raw JSON lines of the corpus records whose id is in `ids`."""
    found: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            record_id = json.loads(line)["id"]
            if record_id in ids:
                found[record_id] = line
    return found


def articles_of(lines: dict[str, str]) -> dict[str, Article]:
    """The articles as the pipeline reads them (cleaned, dated), by id."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dev.jsonl"
        path.write_text("".join(lines.values()), encoding="utf-8")
        return {a.article_id: a for a in read_inputs([path]) if isinstance(a, Article)}


# ---- offsets: cleaned text -> corpus text ---------------------------------------------------

def offset_map(raw: str, clean: str) -> list[int | None]:
    """For each character of `clean`, its offset in `raw` (None for whitespace the cleaning made).

    Cleaning only drops lines and folds whitespace, so the non-whitespace
    characters of both texts are aligned (difflib, no junk heuristic).
    """
    raw_at = [i for i, c in enumerate(raw) if not c.isspace()]
    clean_at = [i for i, c in enumerate(clean) if not c.isspace()]
    a = "".join(raw[i] for i in raw_at)
    b = "".join(clean[i] for i in clean_at)
    mapping: list[int | None] = [None] * len(clean)
    for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            mapping[clean_at[block.b + k]] = raw_at[block.a + k]
    return mapping


def raw_span(mapping: list[int | None], start: int, end: int) -> tuple[int, int] | None:
    inside = [m for m in mapping[start:end] if m is not None]
    return (min(inside), max(inside) + 1) if inside else None


# ---- dates and places --------------------------------------------------------------------------

def day_range(date: str | None, date_end: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date field denotes ("2016", "2016-07", "2016-07-18" [.. date_end])."""
    if not date:
        return None
    if len(date) == 4:
        first, last = dt.date(int(date), 1, 1), dt.date(int(date), 12, 31)
    elif len(date) == 7:
        year, month = int(date[:4]), int(date[5:])
        first, last = dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    else:
        first = last = dt.date.fromisoformat(date)
    if date_end:
        last = max(last, dt.date.fromisoformat(date_end))
    return first, last


def label_readings(label: dict) -> list[tuple[dt.date, dt.date] | None]:
    """The label's date and its accepted alternatives, as day ranges (None: no date is right)."""
    readings = [day_range(label["date"], label["date_end"])]
    readings += [day_range(a["date"], a["date_end"]) if a else None for a in label["date_alternatives"]]
    return readings


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return geodesic((lat1, lon1), (lat2, lon2)).km


def place_rule(label: dict) -> str | None:
    """How the label's place is checked: point, admin1, country, or None (the text names no place)."""
    if label["place_ar"] is None and label["lat"] is None and label["country"] is None:
        return None
    precision = label["place_precision"]
    if precision in POINT_PRECISIONS and label["lat"] is not None:
        return "point"
    if label["admin1"]:
        return "admin1"
    return "country"


def place_right(label: dict, event: Event) -> bool | None:
    rule = place_rule(label)
    if rule is None:
        return None
    if rule == "point":
        if event.lat is None or event.lon is None:
            return False
        return km(label["lat"], label["lon"], event.lat, event.lon) <= max(10.0, label["radius_km"] or 0.0)
    if rule == "admin1":
        return event.admin1 == label["admin1"]
    return event.country == label["country"]


# ---- one labelled/extracted pair ---------------------------------------------------------------

@dataclass
class Verdict:
    """How an extracted event compares with the labelled event it matched."""

    type_right: bool
    date: str  #: exact | lenient | wrong | missing | unlabelled | none
    unsupported_day: bool
    place: bool | None
    actor: bool | None
    killed: bool | None


def date_verdict(label: dict, event: Event) -> tuple[str, bool]:
    got = day_range(event.date, event.date_end)
    readings = label_readings(label)
    exact = got in readings
    day = got is not None and got[0] == got[1]
    day_supported = any(r is not None and (r[1] - r[0]).days <= 1 for r in readings)
    unsupported = day and not exact and not day_supported
    if readings[0] is None:
        return ("none" if got is None else ("exact" if exact else "unlabelled")), unsupported
    if got is None:
        return ("exact" if exact else "missing"), False
    if exact:
        return "exact", False
    lenient = any(r is not None and (r[1] - r[0]).days <= 1 and r[0] <= got[0] and got[1] <= r[1] for r in readings)
    return ("lenient" if lenient else "wrong"), unsupported


def verdict(label: dict, event: Event) -> Verdict:
    date, unsupported = date_verdict(label, event)
    actors = [label["actor"], *label["actor_alternatives"]]
    return Verdict(
        type_right=event.event_type in [label["type"], *label["type_alternatives"]],
        date=date,
        unsupported_day=unsupported,
        place=place_right(label, event),
        actor=(event.actor in actors) if label["actor"] else None,
        killed=(event.killed == label["killed"]) if label["killed"] is not None else None,
    )


def overlaps(a: tuple[int, int], b: list[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def dates_overlap(label: dict, event: Event) -> bool:
    got = day_range(event.date, event.date_end)
    return got is not None and any(r is not None and r[0] <= got[1] and got[0] <= r[1] for r in label_readings(label))


def place_date_agreement(label: dict, event: Event) -> tuple[bool, bool]:
    """(agrees, contradicts) on the strong marks of identity, date and place, where both sides have them."""
    got = day_range(event.date, event.date_end)
    dated = got is not None and label_readings(label)[0] is not None
    placed = place_rule(label) is not None and (event.lat is not None or event.admin1 or event.country)
    date_ok, place_ok = dates_overlap(label, event), bool(place_right(label, event))
    agrees = (dated and date_ok) or (placed and place_ok)
    return agrees, (dated and not date_ok) or (placed and not place_ok)


def pair_score(label: dict, event: Event, span: tuple[int, int] | None, shared: bool) -> int:
    """0 when the pair may not match; otherwise MATCH_BASE plus how well it agrees.

    `shared`: the extracted sentence touches the evidence or re-mentions of more
    than one labelled event. Evidence overlap alone decides when it is not
    shared; a re-mention, or a sentence that tells several attacks, needs the
    pair not to contradict itself on date or place without agreeing on either.
    """
    on_evidence = span is not None and overlaps(span, label["evidence"])
    on_mention = span is not None and any(overlaps(span, m) for m in label["mentions"])
    same_place_date = place_rule(label) in ("point", "admin1") and bool(place_right(label, event)) \
        and dates_overlap(label, event)
    if not (on_evidence or on_mention or same_place_date):
        return 0
    if not same_place_date and (shared or not on_evidence):
        agrees, contradicts = place_date_agreement(label, event)
        if contradicts and not agrees:
            return 0
    v = verdict(label, event)
    return (MATCH_BASE + on_evidence + 2 * (v.type_right + (v.date in ("exact", "lenient", "none")) + bool(v.place)))


def touched(labels: list[dict], span: tuple[int, int] | None) -> int:
    """How many labelled events have their evidence or a re-mention in `span`."""
    if span is None:
        return 0
    return sum(overlaps(span, lab["evidence"]) or any(overlaps(span, m) for m in lab["mentions"]) for lab in labels)


# ---- assignment ----------------------------------------------------------------------------------

def best_assignment(scores: list[list[int]]) -> list[tuple[int, int]]:
    """Pairs (row, column) with positive score maximising the total (Hungarian method)."""
    rows, cols = len(scores), len(scores[0]) if scores else 0
    if not rows or not cols:
        return []
    n = max(rows, cols)
    top = max(max(r) for r in scores)
    cost = [[top - (scores[i][j] if i < rows and j < cols else 0) for j in range(n)] for i in range(n)]
    u, v, p, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [math.inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], math.inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    pairs = [(p[j] - 1, j - 1) for j in range(1, n + 1) if p[j]]
    return [(i, j) for i, j in pairs if i < rows and j < cols and scores[i][j] > 0]


# ---- one article ---------------------------------------------------------------------------------

@dataclass
class ArticleResult:
    article_id: str
    source: str
    labels: list[dict]
    events: list[Event]
    spans: list[tuple[int, int] | None]
    pairs: list[tuple[int, int]] = field(default_factory=list)
    statements: int = 0
    statement_spans: list[tuple[int, int] | None] = field(default_factory=list)
    stages: dict[int, str] = field(default_factory=dict)  #: the stage where each missed label was lost


def evaluate(record: dict, article: Article, raw: str) -> ArticleResult:
    with tracing(StageTrace()) as trace:
        extracted = extract_article(article)
    events = [e for e in extracted if e.event_type != "statement"]
    mapping = offset_map(raw, article.text)
    spans = [raw_span(mapping, e.start, e.end) for e in events]
    labels = record["events"]
    shared = [touched(labels, sp) > 1 for sp in spans]
    scores = [[pair_score(lab, ev, sp, sh) for ev, sp, sh in zip(events, spans, shared, strict=True)] for lab in labels]
    said = [raw_span(mapping, e.start, e.end) for e in extracted if e.event_type == "statement"]
    result = ArticleResult(record["id"], record["source"], labels, events, spans,
                           statements=len(said), statement_spans=said)
    result.pairs = best_assignment(scores)
    ids = [e.event_id for e in events]
    paired = {i for i, _ in result.pairs}
    for i in range(len(labels)):
        if i not in paired:
            loss = where_lost(trace, [labels[i]["evidence"], *labels[i]["mentions"]], record["id"],
                              lambda at: mapping[at] if at < len(mapping) else None)
            result.stages[i] = _event_stage(result, i, loss, [ids.index(e) for e in loss.event_ids if e in ids]) if (
                loss.stage == "event") else loss.stage
    return result


def _event_stage(r: ArticleResult, i: int, loss: Loss, made: list[int]) -> str:
    """Why the events the tellings of missed label `i` became did not match it."""
    if not made:
        return "event: a statement only"
    paired = {j for _, j in r.pairs}
    if any(j in paired for j in made):
        if loss.merged_away:
            return "event: merged into another attack's" + (f" ({loss.agreed_by[0]})" if loss.agreed_by else "")
        return "event: one draft for two attacks of a sentence" + (f"; {loss.dropped[0]}" if loss.dropped else "") + (
            f" (merged: {loss.agreed_by[0]})" if loss.agreed_by else "")
    if any(told_at(r.labels[i], r.spans[j]) for j in made):
        return "event: contradicts on date or place"
    return "event: merged into an unmatched one told elsewhere"


# ---- why events are missed or false (counts only) ------------------------------------------------

def told_at(label: dict, span: tuple[int, int] | None) -> bool:
    """Whether `span` overlaps the label's evidence or one of its re-mentions."""
    return span is not None and (overlaps(span, label["evidence"]) or any(overlaps(span, m) for m in label["mentions"]))


def why_missed(r: ArticleResult, i: int) -> str:
    """Why labelled event `i` has no match: nothing told there, only a statement, or its tellings went elsewhere."""
    near = [j for j, sp in enumerate(r.spans) if told_at(r.labels[i], sp)]
    if not near:
        return "a statement only" if any(told_at(r.labels[i], sp) for sp in r.statement_spans) else "nothing extracted"
    paired = {j for _, j in r.pairs}
    return "merged into another" if all(j in paired for j in near) else "contradicted on date or place"


def why_false(r: ArticleResult, j: int) -> str:
    """Why extracted event `j` has no match: told where no attack is labelled, or at a labelled one."""
    near = [i for i, lab in enumerate(r.labels) if told_at(lab, r.spans[j])]
    if not near:
        return "no labelled attack there"
    paired = {i for i, _ in r.pairs}
    return "a second event for one attack" if all(i in paired for i in near) else "contradicts its attack"


# ---- figures -------------------------------------------------------------------------------------

def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a (0/0)"


def summarize(results: list[ArticleResult], with_background: bool) -> dict:
    counted = Counter()
    verdicts: list[Verdict] = []
    false_types, missed_why, false_why, missed_stage = Counter(), Counter(), Counter(), Counter()
    for r in results:
        matched_labels = {i for i, _ in r.pairs}
        matched_events = {j: i for i, j in r.pairs}
        for i, lab in enumerate(r.labels):
            if lab["background"] and not with_background:
                continue
            counted["labelled"] += 1
            if i in matched_labels:
                counted["hits"] += 1
            else:
                missed_why[why_missed(r, i)] += 1
                missed_stage[r.stages.get(i, "?")] += 1
        for j, ev in enumerate(r.events):
            i = matched_events.get(j)
            if i is not None and r.labels[i]["background"] and not with_background:
                counted["optional"] += 1
                continue
            counted["extracted"] += 1
            if i is None:
                false_types[ev.event_type] += 1
                false_why[why_false(r, j)] += 1
            else:
                verdicts.append(verdict(r.labels[i], ev))
        counted["statements"] += r.statements
    return {"counts": counted, "verdicts": verdicts, "false_types": false_types,
            "missed_why": missed_why, "false_why": false_why, "missed_stage": missed_stage}


def print_figures(title: str, summary: dict) -> dict[str, float]:
    c, vs = summary["counts"], summary["verdicts"]
    dated = [v for v in vs if v.date not in ("unlabelled", "none")]
    exact = sum(v.date == "exact" for v in dated)
    lenient = sum(v.date in ("exact", "lenient") for v in dated)
    placed = [v for v in vs if v.place is not None]
    print(f"\n{title}")
    print(f"  labelled attack events {c['labelled']}, extracted (not statements) {c['extracted']}, matched {c['hits']}"
          + (f"; extracted events matching optional background labels {c['optional']}" if c["optional"] else ""))
    print(f"  recall      {ratio(c['hits'], c['labelled'])}")
    print(f"  precision   {ratio(c['hits'], c['extracted'])}")
    print(f"  type        {ratio(sum(v.type_right for v in vs), len(vs))}")
    missing, wrong = sum(v.date == "missing" for v in dated), sum(v.date == "wrong" for v in dated)
    print(f"  date exact  {ratio(exact, len(dated))} of matched events the text dates; "
          f"lenient {ratio(lenient, len(dated))}; missing {missing}, wrong {wrong}")
    print(f"  dates on events the text leaves undated: {sum(v.date == 'unlabelled' for v in vs)}; "
          f"day-precise dates the text does not support: {sum(v.unsupported_day for v in vs)}")
    print(f"  place       {ratio(sum(bool(v.place) for v in placed), len(placed))}")
    actors = [v for v in vs if v.actor is not None]
    killed = [v for v in vs if v.killed is not None]
    print(f"  actor       {ratio(sum(v.actor for v in actors), len(actors))}; "
          f"killed {ratio(sum(v.killed for v in killed), len(killed))}")
    falses = ", ".join(f"{t} {n}" for t, n in summary["false_types"].most_common())
    print(f"  false events by type: {falses or 'none'}; statements extracted (not counted): {c['statements']}")
    for name in ("missed_why", "false_why"):
        reasons = ", ".join(f"{why} {n}" for why, n in summary[name].most_common())
        print(f"  {'missed' if name == 'missed_why' else 'false'}, why: {reasons or 'none'}")
    stages = "\n".join(f"    {n:3}  {stage}" for stage, n in sorted(summary["missed_stage"].items(),
                                                                     key=lambda kv: (-kv[1], kv[0])))
    print(f"  missed, by the stage where they were lost:\n{stages or '    none'}")
    return {
        "recall": c["hits"] / c["labelled"] if c["labelled"] else 0.0,
        "precision": c["hits"] / c["extracted"] if c["extracted"] else 0.0,
        "date": exact / len(dated) if dated else 0.0,
        "place": sum(bool(v.place) for v in placed) / len(placed) if placed else 0.0,
        "unsupported": sum(v.unsupported_day for v in vs),
    }


def describe(event: Event, span: tuple[int, int] | None) -> str:
    where = event.place or event.admin1 or event.country or "-"
    return (f"{event.event_type:13} {event.date or '-'}{'..' + event.date_end if event.date_end else ''}"
            f"/{event.date_precision or '-'} @ {where} actor={event.actor or '-'} killed={event.killed} "
            f"span={span[0] if span else '?'}-{span[1] if span else '?'}")


def print_article(r: ArticleResult) -> None:
    news = [lab for lab in r.labels if not lab["background"]]
    hits = sum(1 for i, _ in r.pairs if not r.labels[i]["background"])
    optional = sum(1 for i, _ in r.pairs if r.labels[i]["background"])
    print(f"\n{r.article_id} ({r.source}): labelled {len(news)} (+{len(r.labels) - len(news)} background), "
          f"extracted {len(r.events)}, hits {hits}, missed {len(news) - hits}, false {len(r.events) - hits - optional}")
    by_label = dict(r.pairs)
    for i, lab in enumerate(r.labels):
        tag = "bg " if lab["background"] else ""
        head = (f"  L{lab['n']:<2} {tag}{lab['type']:13} {lab['date'] or '-'}/{lab['date_precision'] or '-'} "
                f"@ {lab['place'] or '-'} ev={lab['evidence'][0]}-{lab['evidence'][1]}")
        j = by_label.get(i)
        if j is None:
            print(f"{head}  -> {'(optional, not found)' if lab['background'] else 'MISSED'}: {r.stages.get(i)}")
            continue
        v = verdict(lab, r.events[j])
        print(f"{head}\n      -> {describe(r.events[j], r.spans[j])} | type {'ok' if v.type_right else 'WRONG'}, "
              f"date {v.date}{' UNSUPPORTED-DAY' if v.unsupported_day else ''}, place {v.place}, actor {v.actor}")
    matched = {j for _, j in r.pairs}
    for j, ev in enumerate(r.events):
        if j not in matched:
            print(f"  FALSE {describe(ev, r.spans[j])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--verbose", "-v", action="store_true", help="a table per article and a line per event")
    parser.add_argument("--split", choices=SPLITS, default="all",
                        help="score the tuning half, the held-out half, or all articles (default)")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"skipped: the news corpus {args.corpus} is not here (it lives in ../shared/, outside the repository)")
        return 0
    records = [r for r in read_labels(args.labels) if args.split in ("all", split_of(r["id"]))]
    lines = corpus_lines(args.corpus, {r["id"] for r in records})
    articles = articles_of(lines)
    results, stale = [], []
    for record in records:
        raw = json.loads(lines[record["id"]])["text"] if record["id"] in lines else None
        if raw is None or hashlib.sha1(raw.encode("utf-8")).hexdigest() != record["text_sha1"]:
            stale.append(record["id"])
            continue
        results.append(evaluate(record, articles[record["id"]], raw))
    for article_id in stale:
        print(f"{args.labels.name}: {article_id}: not in the corpus or its text changed; its labels are skipped",
              file=sys.stderr)
    if args.verbose:
        for r in results:
            print_article(r)
    outlets = len({r.source for r in results})
    print(f"\nlabelled set {args.labels.name} ({args.split}): {len(results)} articles, {outlets} outlets")
    figures = print_figures("attack events reported as news (background labels optional)", summarize(results, False))
    print_figures("all labelled attack events, background included", summarize(results, True))
    met = [f"{k} {figures[k]:.2f} {'>=' if figures[k] >= t else '<'} {t}" for k, t in TARGETS.items()]
    print(f"\ntargets: {'; '.join(met)}; unsupported day-precise dates {figures['unsupported']} (target 0)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
