"""The dashboard: a timeline beside a map of the events, filtered, linked and offline.

`streamlit run app.py` opens on the articles the store was last built from, or
on the seeds beside this script for a new store, and the articles added from
the page (the store is built at start when missing or stale). Filter state
lives in the URL. ``TIMELINE_STORE`` points the app at another store file, read
as it is (the bench uses a synthetic one). The page's panels are in `dashboard/`.
"""

from pathlib import Path

from dashboard.page import main

if __name__ == "__main__":  # not when a build's child process imports the page's script (spawn)
    main(Path(__file__).resolve().parent)
