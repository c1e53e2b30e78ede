"""The headless Chromium of the browser test modules, and a fresh tab of it for each test.

A module sets ``VIEWPORT = (width, height)`` for another window than 1600 by 1100. Requests to other hosts
are blocked, and none may have been made when the module's tests end.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import BrowserContext, Page

from tests.app.browser_support import Offline, offline_browser


@pytest.fixture(scope="module")
def browser(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[BrowserContext, Offline]]:
    width, height = getattr(request.module, "VIEWPORT", (1600, 1100))
    with offline_browser(tmp_path_factory.mktemp("profile"), width, height) as (context, offline):
        yield context, offline
        assert offline.blocked == []


@pytest.fixture
def page(browser: tuple[BrowserContext, Offline]) -> Iterator[Page]:
    context, _ = browser
    tab = context.new_page()
    yield tab
    tab.close()
