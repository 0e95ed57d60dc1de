"""Browser tests: the real app served on 127.0.0.1, driven by a real headless Chromium (Playwright).

Every page a test opens is watched: a request to any host other than the app's (a CDN, a web font,
analytics) fails the test, and so does any console error (CSP violations are reported there), since
"no third-party request from a student's browser" is a promise of the product, not of the test.

Without /usr/bin/chromium the tests are skipped with the reason, except under CI (CI=true) where a
missing browser is a failure: CI must run them.
"""
from __future__ import annotations

import os
import secrets
import shutil
import threading
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = os.environ.get("QUIZAPP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    # Chromium's own background traffic (updates, sync, safe browsing lists) would muddy the
    # third-party request check and needs no network here.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BROWSER_TIMEOUT_MS = 15_000


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def _browser_missing_reason() -> str | None:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"Chromium not found at {CHROMIUM} (install it: apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return 'Playwright is not installed (pip install -e ".[test]")'
    return None


def _require_browser() -> None:
    reason = _browser_missing_reason()
    if reason is None:
        return
    if _in_ci():
        # CI must run the browser tests: a missing browser there is a broken pipeline, not a skip.
        pytest.fail(f"CI=true but the browser tests cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


@dataclass
class LiveServer:
    """The real app served by werkzeug in a thread; `app` gives tests an app context for DB checks."""

    app: object
    url: str
    host: str
    port: int

    def page_url(self, path: str) -> str:
        return self.url + path


def _create_schema(app) -> None:
    """Bring the temporary database to the newest schema the way `quizapp serve` does: through
    the Alembic migrations, so the browser tests also prove the migrations make a working app."""
    from quizapp.web.database import upgrade_database

    with warnings.catch_warnings():
        # Flask-Migrate's stock env.py tries Flask-SQLAlchemy 2's get_engine() first; harmless.
        warnings.filterwarnings("ignore", message="'get_engine' is deprecated", category=DeprecationWarning)
        upgrade_database(app)


def _load_bundled_banks(app) -> None:
    """What `quizapp load-banks` does: every bundled bank imported through the app's operation."""
    from quizapp.banks.loader import check_path
    from quizapp.web.banks.operations import import_bank_result
    from quizapp.web.extensions import db

    report = check_path(None)
    with app.app_context():
        for bank in report.banks:
            import_bank_result(bank)
        db.session.commit()
        db.session.remove()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    _require_browser()
    from werkzeug.serving import make_server

    from quizapp.web import create_app

    db_path = tmp_path_factory.mktemp("browser-db") / "quizapp.sqlite"
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{db_path}",
            "SECRET_KEY": secrets.token_hex(32),
            # Real CSRF, real cookies: the browser goes through exactly what a user goes through.
            "WTF_CSRF_ENABLED": True,
            "INSTANCE_PATH": str(db_path.parent / "instance"),
            # Rosters are hashed one password each; scrypt would cost seconds per class here.
            "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
        }
    )
    _create_schema(app)
    _load_bundled_banks(app)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="quizapp-live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(app=app, url=f"http://127.0.0.1:{server.port}", host="127.0.0.1", port=server.port)
    finally:
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class PageWatch:
    """What a test's pages did that the product promises they never do."""

    third_party: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    accessibility: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return (
            [f"third-party request: {url}" for url in self.third_party]
            + [f"console error: {text}" for text in self.console_errors]
            + [f"accessibility: {report}" for report in self.accessibility]
        )


class Browsing:
    """Opens watched browser contexts (one per user: teacher, student) against the live server."""

    def __init__(self, browser, server: LiveServer) -> None:
        self.browser = browser
        self.server = server
        self.watch = PageWatch()
        self._contexts: list[object] = []

    def new_context(self):
        context = self.browser.new_context(base_url=self.server.url, accept_downloads=True)
        context.set_default_timeout(BROWSER_TIMEOUT_MS)
        context.route("**/*", self._route)
        context.on("page", self._watch_page)
        self._contexts.append(context)
        return context

    def new_page(self):
        return self.new_context().new_page()

    def _route(self, route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about"):
            route.continue_()
            return
        if parts.hostname == self.server.host and parts.port == self.server.port:
            route.continue_()
            return
        self.watch.third_party.append(url)
        route.abort()

    def _watch_page(self, page) -> None:
        page.on(
            "console",
            lambda message: message.type == "error"
            and self.watch.console_errors.append(f"{page.url}: {message.text}"),
        )
        page.on("pageerror", lambda error: self.watch.console_errors.append(f"{page.url}: {error}"))

    def close(self) -> None:
        for context in self._contexts:
            context.close()


@pytest.fixture
def browsing(browser, live_server: LiveServer) -> Iterator[Browsing]:
    """Watched contexts for one test; after the test, any third-party request or console error fails it."""
    browsing = Browsing(browser, live_server)
    yield browsing
    browsing.close()
    problems = browsing.watch.problems()
    if problems:
        pytest.fail("the pages broke the product's promises:\n" + "\n".join(problems), pytrace=False)


@pytest.fixture
def page(browsing: Browsing):
    return browsing.new_page()


@pytest.fixture
def assert_accessible(browsing: Browsing):
    """A check: axe-core (vendored in axe-playwright-python, injected through the DevTools protocol, so the
    app's CSP is untouched): no WCAG 2.1 A/AA violation."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page, what: str) -> None:
        # Recorded, and the test fails at its end: one run of a long flow reports every page's problems.
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        if results.violations_count:
            rules = ", ".join(v["id"] for v in results.response["violations"])
            browsing.watch.accessibility.append(f"{what} ({page.url}): {rules}\n{results.generate_report()}")

    return check
