"""The views wing: what the dashboard, the briefing and the exports show.

`filters` selects a view, `chart` draws the timeline, `mapview` and `basemap`
the map, `details` the event panel, `briefing` the one-page image, `exports`
the files. `assets` serves the front-end files locally and `web/` holds our own
scripts. The wing imports only the core (`timeline.models`, `timeline.store`)
and `gazetteer`; it never imports streamlit (the `dashboard` package does).
"""
