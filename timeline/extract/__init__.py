"""The extract wing: articles to events.

`reader` decodes files and corpora, `cleaning` drops page furniture, `outlets`
and `published` name the outlet and the publication date; `events` composes the
stages that read events from the text: `segment` (sentences, clauses and the
trigger of each event), `dating`, `placing`, `attributing` (actor and toll) and
`merging`, over the lexicons of `triggers`, `cues`, `actors` and `toll`;
`incidents` groups the reports of one happening across articles. The wing
imports only the core (`timeline.models`) and `gazetteer`; it receives its date
reader as an argument (`timeline.pipeline` passes `timeline.dates.find_dates`).
"""
