"""The extract wing: articles to events.

`reader` decodes files and corpora, `cleaning` drops page furniture, `outlets`
and `published` name the outlet and the publication date; `events` cuts the
text into sentences and clauses and reads triggers, actors, tolls and places;
`incidents` groups the reports of one happening across articles. The wing
imports only the core (`timeline.models`) and `gazetteer`; it receives its date
reader as an argument (`timeline.pipeline` passes `timeline.dates.find_dates`).
"""
