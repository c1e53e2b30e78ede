"""Where extraction lost an attack it did not report: observed by `tracing`, told by `where_lost`.

`tracing(trace)` wraps, for the time of a ``with`` block, the functions the stages of
`timeline.extract.events` and `timeline.extract.clause_drafts` call by name (drafting a clause, choosing its
trigger, the checks that drop a clause, merging, the test of what is reportable), so that `trace` records what
became of each clause with a trigger and each draft of the last article extracted inside the block. Production
code is not changed: outside the block every name is bound to its original function again.

`where_lost(trace, spans)` says, for the sentences that tell one attack (its evidence first, then its
re-mentions), the stage where the evidence's own telling was lost: no trigger in it; a trigger but no draft, and
the check that dropped its clause; drafts that were not telling, named only a kind (at its country, or nowhere), were
only a re-mention, or not reportable once merged; or the events they became (the bench then says why those did not
match). A re-mention that got further (a kind-only draft, an event merged elsewhere) never hides the gate that
dropped the attack where it is told; only where the evidence has no attack trigger, or became an event, is the
furthest stage of all its tellings said (with every event they became).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from timeline.extract import agreeing, choosing, clause_drafts, events, findings, merging
from timeline.extract.cues import cues
from timeline.extract.places import same_place
from timeline.extract.triggers import AMBIGUOUS
from timeline.vocabulary import VIOLENT_TYPES

NO_TRIGGER = "no trigger"
NOT_TELLING = "draft dropped: merging.telling (no date, place or toll)"
REMENTION = "draft dropped: a re-mention completing nothing"
#: a draft naming a violent kind (غارة) without a date or a place finer than a country: merging never sees it, it
#: only types a generic telling near it (`merging.typed_by_retelling`), unless it is the only attack of its article,
#: told as done at its country (`merging._done_at_its_country`), which is then an event; this stage when it names no
#: place at all
KIND_ONLY = "draft dropped: a kind named without a date or a place"
#: such a draft placed at its country (بعد غارات جوية تركية في سوريا): the country is all the text tells of where,
#: kept only as the article's only attack (`merging._done_at_its_country`)
KIND_AT_COUNTRY = "draft dropped: a kind named at its country only, without a date"
UNREPORTABLE = "draft dropped: merging.reportable"
STATEMENT_ALONE = "draft dropped: a statement without a violent event"
DROPPED_WHILE_DRAFTING = "no draft: dropped while drafting (reply, counted back)"
#: The checks of `clause_drafts.draft_clause` that drop a clause once its trigger is chosen, by the name they are
#: called by.
DRAFT_CHECKS = ("campaign", "counted_as_total", "counted_over_places", "plural_of_late", "after_publication",
                "ongoing_since", "told_in_the_present")
#: Of the stages a draft may reach without becoming an event, the furthest first.
FURTHEST_FIRST = (STATEMENT_ALONE, UNREPORTABLE, REMENTION, KIND_AT_COUNTRY, KIND_ONLY, NOT_TELLING)


@dataclass
class _Call:
    """What one call of `clause_drafts.draft_clause` went through: the checks that said yes, what choosing saw."""

    checks: list[str] = field(default_factory=list)
    chosen: bool | None = None  #: None: choose_trigger was not called
    inside: int = 0  #: the triggers choose_trigger was given
    aggregate: bool | None = None
    evaluates: bool = False
    asserted: dict[int, bool] = field(default_factory=dict)  #: trigger start -> asserted
    spoken: bool = False
    unarmed: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class ClauseFate:
    """A clause given to `clause_drafts.draft_clause`: its folded span, and why it gave no draft (None: it gave
    some)."""

    start: int
    end: int
    dropped_by: str | None


@dataclass
class StageTrace:
    """What the stages did to the clauses and drafts of the last article extracted while tracing."""

    text: object = None  #: the article's `FoldedText`
    triggers: list = field(default_factory=list)
    clauses: list[ClauseFate] = field(default_factory=list)
    drafts: list = field(default_factory=list)  #: the drafts given to merging
    merged: list = field(default_factory=list)  #: the drafts merging made of them
    absorbed: dict[int, int] = field(default_factory=dict)  #: trigger of a draft -> trigger of the one it completed
    merged_by: dict[int, str] = field(default_factory=dict)  #: trigger of a draft -> why it agreed with that one
    unreportable: set[int] = field(default_factory=set)
    told: list = field(default_factory=list)
    _calls: list[_Call] = field(default_factory=list)

    def begin(self, text: object, triggers: list) -> None:
        """Forget the article traced before and start on one of `text` and `triggers`."""
        fresh = StageTrace(text, list(triggers))
        self.__dict__.update(fresh.__dict__)


def _no_draft(call: _Call, triggers: list) -> str:
    """Why a clause with triggers gave no draft, from what its call of `clause_drafts.draft_clause` went through."""
    if call.chosen:
        if call.checks:
            return f"no draft: clause_drafts.{call.checks[-1]}"
        return "no draft: a count over countries or towns"
    if call.chosen is None:
        return "no draft: choose_trigger not reached"
    if call.inside == 0:
        return "no draft: segment.described (a relative clause's verb)"
    if call.aggregate is None:
        return "no draft: a future verb"
    if call.aggregate:
        return "no draft: totals.aggregate"
    if call.evaluates:
        return "no draft: choosing.evaluates"
    if not call.asserted:
        return "no draft: only the attack a reply answers"
    by_start = {tr.start: tr for tr in triggers}
    for start, ok in call.asserted.items():
        tr = by_start.get(start)
        if tr is None or tr.event_type not in {*VIOLENT_TYPES, AMBIGUOUS}:
            continue
        if not ok:
            return "no draft: asserting.asserted"
        if call.spoken and tr.verb and tr.event_type == "ground_attack":
            return "no draft: spoken (cues.spoken)"
        if start in call.unarmed:
            return "no draft: an unarmed confrontation"
        if tr.weak:
            return "no draft: a weak trigger without support"
        if tr.event_type == AMBIGUOUS:
            return "no draft: an ambiguous strike word without side or support"
    return "no draft: no attack trigger (a statement outside the lead, or other)"


@contextmanager
def tracing(trace: StageTrace) -> Iterator[StageTrace]:
    """Within the block, `trace` records what the stages do to the article being extracted."""
    saved: list[tuple[object, str, object]] = []

    def wrap(module: object, name: str, make: Callable[[Callable], Callable]) -> None:
        original = getattr(module, name)
        saved.append((module, name, original))
        setattr(module, name, make(original))

    def call() -> _Call | None:
        return trace._calls[-1] if trace._calls else None

    def findings_of(original):
        def traced(article, find_dates):
            r = original(article, find_dates)
            trace.begin(r.text, r.triggers)
            return r
        return traced

    def draft(original):
        def traced(r, index, clause, inside, *rest):
            trace._calls.append(_Call())
            try:
                out = original(r, index, clause, inside, *rest)
            finally:
                made = trace._calls.pop()
            trace.clauses.append(ClauseFate(clause.start, clause.end, None if out else _no_draft(made, inside)))
            return out
        return traced

    def choose(original):
        def traced(folded, clause, inside, *rest):
            out = original(folded, clause, inside, *rest)
            if (c := call()) is not None:
                c.chosen, c.inside = out is not None, len(inside)
            return out
        return traced

    def check(name):
        def make(original):
            def traced(*args, **kwargs):
                out = original(*args, **kwargs)
                if out and (c := call()) is not None:
                    c.checks.append(name)
                return out
            return traced
        return make

    def aggregate(original):
        def traced(*args, **kwargs):
            out = original(*args, **kwargs)
            if (c := call()) is not None:
                c.aggregate = bool(out)
            return out
        return traced

    def evaluates(original):
        def traced(*args, **kwargs):
            out = original(*args, **kwargs)
            if out and (c := call()) is not None:
                c.evaluates = True
            return out
        return traced

    def asserted(original):
        def traced(folded, clause, tr):
            out = original(folded, clause, tr)
            if (c := call()) is not None:
                c.asserted[tr.start] = out
            return out
        return traced

    def no_attack_told(original):
        def traced(folded, clause, words=None):
            out = original(folded, clause, words)
            if out and words is cues().spoken and (c := call()) is not None:
                c.spoken = True
            return out
        return traced

    def unarmed(original):
        def traced(folded, clause, tr, named):
            out = original(folded, clause, tr, named)
            if out and (c := call()) is not None:
                c.unarmed.add(tr.start)
            return out
        return traced

    def events_told(original):
        def traced(drafts, *rest):
            trace.drafts = list(drafts)
            told, unresolved = original(drafts, *rest)
            trace.told = list(told)
            return told, unresolved
        return traced

    def merge(original):
        def traced(drafts, lead=None):
            out = original(drafts, lead)
            trace.merged = [*trace.merged, *out]  # the article's telling drafts, then any only attack
            return out
        return traced

    def fill(original):
        def traced(first, second):
            if first.trigger != second.trigger:
                trace.absorbed[second.trigger] = first.trigger
                trace.merged_by[second.trigger] = trace.merged_by[first.trigger] = _agreed_by(first, second)
            return original(first, second)
        return traced

    def reportable(original):
        def traced(d):
            out = original(d)
            if not out:
                trace.unreportable.add(d.trigger)
            return out
        return traced

    wrap(events, "findings_of", findings_of)
    wrap(clause_drafts, "draft_clause", draft)
    # every clause goes the whole way, so that the check that dropped it is recorded
    wrap(clause_drafts, "statements_outside_the_lead", lambda original: lambda *args: False)
    wrap(findings, "nothing_to_draft", lambda original: lambda *args: False)
    wrap(events, "nothing_to_draft", lambda original: lambda *args: False)
    wrap(clause_drafts, "choose_trigger", choose)
    for name in DRAFT_CHECKS:
        wrap(clause_drafts, name, check(name))
    wrap(choosing, "aggregate", aggregate)
    wrap(choosing, "evaluates", evaluates)
    wrap(choosing, "asserted", asserted)
    wrap(choosing, "_no_attack_told", no_attack_told)
    wrap(choosing, "_unarmed_confrontation", unarmed)
    wrap(events, "events_told", events_told)
    wrap(merging, "merge", merge)
    wrap(merging, "_fill", fill)
    wrap(merging, "reportable", reportable)
    try:
        yield trace
    finally:
        for module, name, original in reversed(saved):
            setattr(module, name, original)


def _agreed_by(a, b) -> str:
    """On what two merged drafts agreed, as `agreeing.agree` reads them: the same dead told a day or two
    apart, types made to agree, then their dates and places (the same, one inside the other, or missing)."""
    if agreeing.retold_toll(a, b):
        return "the same dead a day or two apart"
    kinds = "types differ, " if a.event_type != b.event_type else ""
    dated = sum(d.when.date is not None for d in (a, b))
    dates = ("both dated" if dated == 2 else "one dated" if dated else "both undated")
    if a.place is None or b.place is None:
        places = "no place on both" if a.place is None and b.place is None else "one without a place"
    elif same_place(a.place.chosen, b.place.chosen):
        places = "one place"
    else:
        places = "a place and an area holding it"
    return f"{kinds}{dates}, {places}"


@dataclass(frozen=True)
class Loss:
    """How far the tellings of one attack went: a stage where all were lost, or the events they became."""

    stage: str
    event_ids: tuple[str, ...] = ()
    #: every draft that became part of an event was merged into one told by another draft
    merged_away: bool = False
    #: why clauses of its sentences gave no draft (a second attack of a sentence lost there)
    dropped: tuple[str, ...] = ()
    #: on what its drafts agreed with the drafts they were merged with (`_agreed_by`)
    agreed_by: tuple[str, ...] = ()


def _root(trace: StageTrace, trigger: int) -> int:
    """The trigger of the merged draft a draft ended in."""
    seen = set()
    while trigger in trace.absorbed and trigger not in seen:
        seen.add(trigger)
        trigger = trace.absorbed[trigger]
    return trigger


def _draft_fate(trace: StageTrace, d, article_id: str) -> str:
    """What became of one draft: the id of the event it is part of, or the stage that dropped it."""
    if not (merging.telling(d) or merging._names_a_kind(d)):
        return NOT_TELLING
    if not (merging.telling(d) or merging.names_a_claimant(d)):
        root = _root(trace, d.trigger)  # an article's only attack, told at its country (merging._done_at_its_country)
        if root in {t.trigger for t in trace.told}:
            return f"{article_id}:{trace.text.orig(root)}"
        return KIND_AT_COUNTRY if d.place is not None else KIND_ONLY
    root = _root(trace, d.trigger)
    if root not in {m.trigger for m in trace.merged}:
        return REMENTION
    if root in trace.unreportable:
        return f"{UNREPORTABLE}: {_unreportable_why(next(m for m in trace.merged if m.trigger == root))}"
    if root in {t.trigger for t in trace.told}:
        return f"{article_id}:{trace.text.orig(root)}"
    return STATEMENT_ALONE


def _unreportable_why(d) -> str:
    """Which condition of `merging.reportable` a merged draft failed."""
    if d.event_type == "statement":
        return "a statement without a day"
    if d.when.date is not None:
        return "a year without a toll or a place finer than a country"
    if d.place is None or d.place.chosen.precision == "country":
        return "no place finer than a country"
    if d.place.chosen.precision == "region" and not d.settlement:
        return "toll-less at a region"
    if d.strong:
        return "toll-less, a date expression not resolved"
    if d.actor is not None:
        return "toll-less, a weak trigger with an actor at a governorate"
    return "toll-less, a weak trigger without an actor"


def where_lost(trace: StageTrace, spans: list[tuple[int, int]], article_id: str,
               at: Callable[[int], int | None] | None = None) -> Loss:
    """The stage where the evidence of one attack, the first of `spans`, was lost; where it has no attack trigger
    or became an event (its own, or one it merged into), the furthest stage reached by all its tellings, the
    events of its re-mentions included: `at` maps a folded offset to the spans' coordinates (by default the
    article's text)."""
    def where(folded: int) -> int | None:
        clean = trace.text.orig(folded)
        return clean if at is None else at(clean)

    def inside_of(told: list[tuple[int, int]]) -> Callable[[int, int], bool]:
        def inside(folded_start: int, folded_end: int) -> bool:
            a, b = where(folded_start), where(max(folded_start, folded_end - 1))
            return a is not None and b is not None and any(a < e and s <= b for s, e in told)
        return inside

    own = _furthest(trace, inside_of(spans[:1]), article_id)
    return _furthest(trace, inside_of(spans), article_id) if own.stage in (NO_TRIGGER, "event") else own


def _furthest(trace: StageTrace, inside: Callable[[int, int], bool], article_id: str) -> Loss:
    """The furthest stage reached by the tellings `inside` says are in the attack's sentences."""
    if not any(tr.event_type != "statement" and inside(tr.start, tr.end) for tr in trace.triggers):
        return Loss(NO_TRIGGER)
    drafts = [d for d in trace.drafts if inside(*d.sentence)]
    if not drafts:
        fates = [c for c in trace.clauses if c.dropped_by and inside(c.start, c.end)]
        return Loss(fates[0].dropped_by if fates else DROPPED_WHILE_DRAFTING)
    fates = [_draft_fate(trace, d, article_id) for d in drafts]
    ids = tuple(dict.fromkeys(f for f in fates if not f.startswith(FURTHEST_FIRST)))
    if ids:
        made = [d for d, f in zip(drafts, fates, strict=True) if f in ids]
        dropped = tuple(c.dropped_by for c in trace.clauses if c.dropped_by and inside(c.start, c.end))
        agreed = tuple(dict.fromkeys(trace.merged_by[d.trigger] for d in made if d.trigger in trace.merged_by))
        return Loss("event", ids, all(_root(trace, d.trigger) != d.trigger for d in made), dropped, agreed)
    return Loss(next(f for stage in FURTHEST_FIRST for f in fates if f.startswith(stage)))
