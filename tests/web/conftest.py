"""Shared fixtures of the web tests.

    def test_something(app, client, auth):
        world = make_world()                     # factories.py; runs in the app context
        auth.login_teacher(world.teacher)
        response = client.get(f"/classes/{world.classroom.id}")
        assert response.status_code == 200

* `app`: a fresh app on a temporary SQLite file (or on QUIZAPP_TEST_DATABASE_URL, PostgreSQL in CI,
  whose tables are created once per run and emptied after each test), CSRF off, a cheap password hash. The test
  body runs inside its app context, so `db.session` and the factories work directly.
* `client`: the test client. Each request runs in a fresh context (its own app context, `g` and
  database session, like a real request); the test's session is committed before and expired after
  each request, so the test sees what the request wrote.
* `auth`: auth.login_teacher(user=None) / auth.login_student(user=None) sign in (making a user when
  none is given, returning it); auth.login(identifier, password) posts the real form; auth.logout().
* `runner`: Flask's CLI runner for this app; `cli(*args)` runs the `quizapp` console script against
  the same database and instance folder.
* `csrf_app` / `csrf_client`: the same app with CSRF protection on.
"""
from __future__ import annotations

import contextvars
import os
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from flask import Flask, has_app_context
from flask.testing import FlaskClient
from sqlalchemy import inspect

from factories import STUDENT_PASSWORD, TEACHER_PASSWORD, make_class, make_teacher, students_of
from quizapp.models import User
from quizapp.web import create_app
from quizapp.web.extensions import db

TEST_DATABASE_URL = os.environ.get("QUIZAPP_TEST_DATABASE_URL")


class IsolatedClient(FlaskClient):
    """Runs each request outside the test's app context, as a real server would."""

    def open(self, *args, **kwargs):
        if not has_app_context():  # a redirect followed from inside a request run below
            return _close_input(super().open(*args, **kwargs))
        db.session.commit()  # the request must see what the test made, and not wait on its locks
        try:
            return _close_input(contextvars.Context().run(super().open, *args, **kwargs))
        finally:
            db.session.expire_all()


def _close_input(response):
    """werkzeug's test builder spools a request body over 500 KB to a temporary file and never
    closes it (a ResourceWarning, an error under -W error): close it once the request is done."""
    stream = getattr(getattr(response, "request", None), "environ", {}).get("wsgi.input")
    if stream is not None and hasattr(stream, "close"):
        stream.close()
    return response


def _config(tmp_path, **overrides) -> dict:
    url = TEST_DATABASE_URL or f"sqlite:///{tmp_path / 'test.sqlite'}"
    config = {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": url,
        "WTF_CSRF_ENABLED": False,
        "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",  # fast; production uses scrypt
        "INSTANCE_PATH": str(tmp_path / "instance"),
    }
    config.update(overrides)
    return config


_pg_schema_fresh = False


def _prepare_postgresql() -> None:
    """Tables once per run (dropped first: a previous run may have had other models), emptied
    after each test: much faster than dropping and creating every table each time."""
    global _pg_schema_fresh
    if not _pg_schema_fresh or not inspect(db.engine).has_table("user"):
        db.drop_all()
        db.create_all()
        _queue_tables()
        _empty_postgresql()
        _pg_schema_fresh = True


def _queue_tables() -> None:
    """The job queue's tables, as `quizapp migrate` makes them on PostgreSQL (migration
    a9c4e7b1d3f0): create_all knows only the app's models, and the generator's pages ask the
    queue whether a worker is alive."""
    from procrastinate.schema import SchemaManager

    with db.engine.begin() as connection:
        if connection.exec_driver_sql("SELECT to_regclass('procrastinate_jobs')").scalar() is None:
            connection.connection.driver_connection.execute(SchemaManager.get_schema())


def _empty_postgresql() -> None:
    # DELETE, children first: on a few rows it is far faster than TRUNCATE (which makes new files).
    with db.engine.begin() as connection:
        for table in reversed(db.metadata.sorted_tables):
            connection.execute(table.delete())
        # Queued jobs name rows by id, and ids start again with the next run's fresh tables.
        connection.exec_driver_sql("DELETE FROM procrastinate_events")
        connection.exec_driver_sql("DELETE FROM procrastinate_jobs")


def _make_app(tmp_path, **overrides) -> Iterator[Flask]:
    app = create_app(_config(tmp_path, **overrides))
    app.test_client_class = IsolatedClient
    with app.app_context():
        if TEST_DATABASE_URL:
            _prepare_postgresql()
        else:
            db.create_all()
        try:
            yield app
        finally:
            db.session.remove()
            if TEST_DATABASE_URL:
                _empty_postgresql()
            db.engine.dispose()


@pytest.fixture
def app(tmp_path) -> Iterator[Flask]:
    yield from _make_app(tmp_path)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask):
    return app.test_cli_runner()


@pytest.fixture
def cli(app: Flask, tmp_path, monkeypatch):
    """Run `quizapp ...` against the test database; returns the click Result."""
    monkeypatch.setenv("DATABASE_URL", app.config["SQLALCHEMY_DATABASE_URI"])
    monkeypatch.setenv("QUIZAPP_INSTANCE_PATH", app.instance_path)
    monkeypatch.setenv("QUIZAPP_SECRET_KEY", "test-secret")

    def invoke(*args: str):
        from quizapp.cli import main

        db.session.commit()
        try:
            return contextvars.Context().run(CliRunner().invoke, main, list(args), catch_exceptions=False)
        finally:
            db.session.expire_all()

    return invoke


@pytest.fixture
def csrf_app(tmp_path) -> Iterator[Flask]:
    yield from _make_app(tmp_path, WTF_CSRF_ENABLED=True)


@pytest.fixture
def csrf_client(csrf_app: Flask) -> FlaskClient:
    return csrf_app.test_client()


class AuthActions:
    def __init__(self, client: FlaskClient) -> None:
        self._client = client

    def login_as(self, user: User) -> User:
        """Sign `user` in on this client without the form (fast; the form has its own tests)."""
        with self._client.session_transaction() as session:
            session["_user_id"] = user.get_id()
            session["_fresh"] = True
        return user

    def login_teacher(self, user: User | None = None) -> User:
        user = user or make_teacher()
        assert user.is_teacher
        return self.login_as(user)

    def login_student(self, user: User | None = None) -> User:
        if user is None:
            user = students_of(make_class(make_teacher(), students=1))[0]
        assert user.is_student
        return self.login_as(user)

    def login(self, identifier: str, password: str, **kwargs):
        """Post the real sign-in form."""
        return self._client.post("/auth/login", data={"identifier": identifier, "password": password}, **kwargs)

    def logout(self):
        return self._client.post("/auth/logout")


@pytest.fixture
def auth(client: FlaskClient) -> AuthActions:
    return AuthActions(client)


__all__ = ["STUDENT_PASSWORD", "TEACHER_PASSWORD"]
