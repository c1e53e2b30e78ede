"""The dashboard's Streamlit panels, one module per part of the page; `app.py` composes them (`page.main`).

`files` says where the app's seeds and served folder are, `state` opens and builds the store, `url`
keeps the view in the query string, `sidebar` holds the filters, `timeline_panel` and `map_panel`
the two halves of the page, `events` the table and the undated tray, `details` the event panel and
its corrections, `articles` the articles added from the page, `briefing` the one-page image. The
content they show comes from `timeline.views`; only this package imports streamlit.
"""
