"""Browser tests: the real app served on 127.0.0.1, driven by a real headless Chromium (Playwright).

Every page a test opens is watched: a request to any host other than the app's (a CDN, a web font,
analytics) fails the test, and so does any console error (CSP violations are reported there), since
"no third-party request from a student's browser" is a promise of the product, not of the test.

`assert_accessible(page, what)` runs axe-core (WCAG 2.1 A and AA); its violations fail the test at
its end, so one run of a long flow reports every page's problems.

The app runs on a temporary SQLite file, or, when QUIZAPP_TEST_DATABASE_URL is set (CI's PostgreSQL
pass), in a schema of its own in that database; the schema is made by the Alembic migrations and
the bundled banks are loaded as `quizapp load-banks` does.

Without /usr/bin/chromium (or QUIZAPP_CHROMIUM) the tests are skipped with the reason, except under
CI (CI=true) where a missing browser is a failure: CI must run them.
"""
from __future__ import annotations

import os
import secrets
import shutil
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def _database(folder: Path) -> Iterator[str]:
    """A SQLite file, or (QUIZAPP_TEST_DATABASE_URL set, PostgreSQL in CI) a schema of its own in
    that database, so the browser tests run on both engines without touching the web tests' tables."""
    base = os.environ.get("QUIZAPP_TEST_DATABASE_URL")
    if not base:
        yield f"sqlite:///{folder / 'quizapp.sqlite'}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from quizapp.web.database import normalize_database_url

    base = normalize_database_url(base)
    schema = f"browser_{secrets.token_hex(4)}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    _require_browser()
    folder = tmp_path_factory.mktemp("browser-db")
    with _database(folder) as url:
        yield from _serve(folder, url)


def _closing(app):
    """The response body read whole and its iterator closed before werkzeug's server writes it: when
    the browser drops a connection mid-write (a page left while app.css is still on its way), the
    development server never closes the file it was sending, and the ResourceWarning that follows
    (an error in this suite) would fail whichever test happens to be running."""

    def wsgi(environ, start_response):
        body = app(environ, start_response)
        try:
            return [b"".join(body)]
        finally:
            if hasattr(body, "close"):
                body.close()

    return wsgi


def _serve(folder: Path, url: str) -> Iterator[LiveServer]:
    from werkzeug.serving import make_server

    from quizapp.web import create_app
    from quizapp.web.extensions import db

    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": url,
            "SECRET_KEY": secrets.token_hex(32),
            # Real CSRF, real cookies: the browser goes through exactly what a user goes through.
            "WTF_CSRF_ENABLED": True,
            "INSTANCE_PATH": str(folder / "instance"),
            # Rosters are hashed one password each; scrypt would cost seconds per class here.
            "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
            # Generator runs in the server's threads on PostgreSQL too: no worker process here (the
            # queue and `quizapp worker` are tested with real processes in tests/web/test_several_servers.py).
            "GENERATOR_RUNNER": "thread",
        }
    )
    _create_schema(app)
    _load_bundled_banks(app)
    server = make_server("127.0.0.1", 0, _closing(app), threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="quizapp-live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(app=app, url=f"http://127.0.0.1:{server.port}", host="127.0.0.1", port=server.port)
    finally:
        server.shutdown()
        thread.join(timeout=10)
        with app.app_context():
            db.engine.dispose()


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[object]:
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_driver) -> Iterator[object]:
    browser = playwright_driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


# Chromium's switch for third-party cookie blocking as Chrome ships it (no unpartitioned cookie in a
# cross-site frame; partitioned ones, CHIPS, are kept).
BLOCK_THIRD_PARTY_COOKIES = "--test-third-party-cookie-phaseout"


@pytest.fixture(scope="session")
def blocking_browser(playwright_driver) -> Iterator[object]:
    """A second Chromium, blocking third-party cookies (the LTI new-window fallback's test)."""
    browser = playwright_driver.chromium.launch(executable_path=CHROMIUM,
                                                args=[*CHROMIUM_ARGS, BLOCK_THIRD_PARTY_COOKIES])
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
        # Other servers of the test's own (the LTI test's LMS) the pages may reach: (host, port).
        self.also_allowed: set[tuple[str, int]] = set()

    def new_context(self, **options):
        context = self.browser.new_context(base_url=self.server.url, accept_downloads=True, **options)
        context.set_default_timeout(BROWSER_TIMEOUT_MS)
        context.route("**/*", self._route)
        context.on("page", self._watch_page)
        self._contexts.append(context)
        return context

    def new_page(self, **options):
        return self.new_context(**options).new_page()

    def _route(self, route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about"):
            route.continue_()
            return
        if (parts.hostname, parts.port) in {(self.server.host, self.server.port), *self.also_allowed}:
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

    def assert_accessible(self, target, what: str) -> None:
        """axe-core (vendored in axe-playwright-python, injected through the DevTools protocol, so the
        app's CSP is untouched) over a page or a frame: no WCAG 2.1 A/AA violation. Recorded, and
        the test fails at its end: one run of a long flow reports every page's problems."""
        from axe_playwright_python.sync_playwright import Axe

        results = Axe().run(target, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        if results.violations_count:
            rules = ", ".join(v["id"] for v in results.response["violations"])
            self.watch.accessibility.append(f"{what} ({target.url}): {rules}\n{results.generate_report()}")

    def close(self) -> None:
        for context in self._contexts:
            context.close()


def _watched(browser, live_server: LiveServer) -> Iterator[Browsing]:
    browsing = Browsing(browser, live_server)
    yield browsing
    browsing.close()
    problems = browsing.watch.problems()
    if problems:
        pytest.fail("the pages broke the product's promises:\n" + "\n".join(problems), pytrace=False)


@pytest.fixture
def browsing(browser, live_server: LiveServer) -> Iterator[Browsing]:
    """Watched contexts for one test; after the test, any third-party request or console error fails it."""
    yield from _watched(browser, live_server)


@pytest.fixture
def blocking_browsing(blocking_browser, live_server: LiveServer) -> Iterator[Browsing]:
    """The same, in the Chromium that blocks third-party cookies."""
    yield from _watched(blocking_browser, live_server)


@pytest.fixture
def page(browsing: Browsing):
    return browsing.new_page()


@pytest.fixture
def assert_accessible(browsing: Browsing):
    """A check: no WCAG 2.1 A/AA violation on the page (Browsing.assert_accessible)."""
    return browsing.assert_accessible


@dataclass
class Classroom:
    """A teacher, a class and an open assignment of a few Kursk questions, made through the app's
    own operations (the browser flows of the teacher have their own test)."""

    teacher_email: str
    teacher_password: str
    class_id: int
    quiz_id: int
    version_id: int
    assignment_id: int
    students: dict[str, str]  # username -> password
    questions: list[dict]  # {"id", "type", "data"} in quiz order


@pytest.fixture
def classroom(live_server: LiveServer) -> Classroom:
    from datetime import timedelta

    from sqlalchemy import select

    from quizapp.models import Bank, BankVersion, utcnow
    from quizapp.web.auth.operations import create_teacher
    from quizapp.web.classes.operations import add_students, create_classroom
    from quizapp.web.classes.rosters import RosterRow
    from quizapp.web.extensions import db
    from quizapp.web.quizzes.operations import AssignmentSettings, create_assignment, create_quiz

    serial = secrets.token_hex(4)
    with live_server.app.app_context():
        teacher = create_teacher(f"teacher-{serial}@school.example", "teacher-pass-123", f"Teacher {serial}")
        room = create_classroom(teacher.id, f"Class {serial}")
        added = add_students(room, [RosterRow(1, f"Student One {serial}"), RosterRow(2, f"Student Two {serial}")])
        version = db.session.scalars(
            select(BankVersion).join(Bank).where(Bank.slug == "kursk-2024").order_by(BankVersion.number.desc())
        ).first()
        wanted = ("single_choice", "numeric", "short_answer", "true_false")
        picked = {}
        for q in version.questions:
            picked.setdefault(q.type, q)
        questions = [{"id": picked[t].id, "type": t, "data": picked[t].data} for t in wanted]
        quiz = create_quiz(teacher.id, version.id, "Kursk", [q["id"] for q in questions])
        assignment = create_assignment(quiz.id, room.id, AssignmentSettings(
            title=f"Kursk {serial}", opens_at=utcnow() - timedelta(minutes=1)))
        db.session.commit()
        result = Classroom(
            teacher_email=teacher.email, teacher_password="teacher-pass-123", class_id=room.id,
            quiz_id=quiz.id, version_id=version.id, assignment_id=assignment.id,
            students={login.student.username: login.password for login in added.added},
            questions=sorted(questions, key=lambda q: [i.question_id for i in quiz.items].index(q["id"])),
        )
        db.session.remove()
    return result
