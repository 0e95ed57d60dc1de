"""Fixtures of the fault tests (tests/faults/): real servers in processes of their own, on a
temporary SQLite file or, when QUIZAPP_TEST_DATABASE_URL is set (CI's PostgreSQL pass), in a
schema of their own in that database. Helpers: served_class.py."""
from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Site:
    database_url: str
    instance: Path
    secret: str


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    base = os.environ.get("QUIZAPP_TEST_DATABASE_URL")
    instance = tmp_path / "instance"
    instance.mkdir()
    if not base:
        yield Site(f"sqlite:///{tmp_path / 'quizapp.sqlite'}", instance, secrets.token_hex(32))
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from quizapp.web.database import normalize_database_url

    base = normalize_database_url(base)
    schema = f"faults_{secrets.token_hex(4)}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        yield Site(url.render_as_string(hide_password=False), instance, secrets.token_hex(32))
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def postgres():
    """A private PostgreSQL server of the test's own (private_postgres.py), removed afterwards."""
    from private_postgres import create, skip_reason

    reason = skip_reason()
    if reason:
        pytest.skip(reason)
    server = create()
    try:
        yield server
    finally:
        server.destroy()
