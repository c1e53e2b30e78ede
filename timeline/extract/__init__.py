"""The extract wing: articles to events.

`reader` decodes files and corpora, `cleaning` drops page furniture, `outlets`
and `published` name the outlet and the publication date; `events` composes the
stages that read events from the text (`findings`): `segment` (sentences and
clauses), `clause_drafts` (the drafts of one clause) and `other_attacks` (the attacks
it tells beside its own), `drafting` and `choosing` (the actor and trigger of each event, with
`asserting`, `weapons`, `totals` and `replies`), `splitting` (a clause telling
several attacks) and `beside` (a clause naming another attack before its own),
`event_when`, `date_mentions`, `clause_dating` and `occurrence_days` (dates),
`placing`, `attributing` (actor and toll), `following`,
`merging` (with `drafts` and `agreeing`) and `retelling` (what a report's sentences
lend each other), `filled_sides` (sides given to the events told, once merged),
over the lexicons of `triggers`, `cues`, `actors` and `toll`;
`incidents` groups the reports of one happening across articles. The wing
imports only the core (`timeline.models`) and `gazetteer`; it receives its date
reader as an argument (`timeline.pipeline` passes `timeline.dates.find_dates`).
"""
