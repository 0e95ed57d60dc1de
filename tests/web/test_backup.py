"""Backups hold every submitted attempt: SQLite's `quizapp backup` taken while the app runs, and
PostgreSQL's pg_dump / pg_restore as docs/deploy.md gives them."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from conftest import TEST_DATABASE_URL
from factories import make_world
from processes import Deployment, needs_postgresql
from sqlalchemy.engine import make_url

from quizapp.web import create_app
from quizapp.web.attempts import operations as ops
from quizapp.web.extensions import db

RESULTS = "SELECT a.id, a.status, a.score, r.question_id, r.answer FROM attempt a JOIN response r ON r.attempt_id = a.id"


def submit_the_class() -> int:
    """Every student of a fresh world answers the single-choice questions correctly and submits."""
    world = make_world()
    for student in world.students:
        attempt = ops.start_attempt(world.assignment.id, student.id)
        questions = ops.attempt_questions(db.session, attempt)
        ops.save_answers(attempt.id, student.id, {q.id: q.data["answer"] for q in questions if q.type == "single_choice"})
        ops.submit_attempt(attempt.id, student.id)
    return len(world.students)


@pytest.mark.skipif(bool(TEST_DATABASE_URL), reason="SQLite's backup command; PostgreSQL's is the pg_dump test")
def test_a_sqlite_backup_holds_every_submitted_attempt(app, cli, tmp_path):
    submitted = submit_the_class()
    copy = tmp_path / "backup.sqlite"
    result = cli("backup", str(copy))
    assert result.exit_code == 0, result.output
    live = sqlite3.connect(make_url(app.config["SQLALCHEMY_DATABASE_URI"]).database)
    restored = sqlite3.connect(copy)
    try:
        assert restored.execute("SELECT count(*) FROM attempt WHERE status = 'submitted'").fetchone()[0] == submitted
        assert sorted(restored.execute(RESULTS).fetchall()) == sorted(live.execute(RESULTS).fetchall())
    finally:
        live.close()
        restored.close()


def test_backup_refuses_to_overwrite_a_file(app, cli, tmp_path):
    if TEST_DATABASE_URL:
        assert "pg_dump -Fc" in cli("backup", str(tmp_path / "x")).output
        return
    (tmp_path / "old.sqlite").write_text("keep me")
    result = cli("backup", str(tmp_path / "old.sqlite"))
    assert result.exit_code == 1 and "exists already" in result.output
    assert (tmp_path / "old.sqlite").read_text() == "keep me"


@needs_postgresql
def test_a_pg_dump_restored_holds_every_submitted_attempt(tmp_path):
    tools = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"))
    pg_dump = str(tools[-1]) if tools else shutil.which("pg_dump")
    if not pg_dump:
        pytest.skip("pg_dump is not installed (apt-get install postgresql-client)")
    with Deployment(tmp_path) as site:
        site.migrate()
        app = create_app({"SQLALCHEMY_DATABASE_URI": site.url, "SECRET_KEY": "x", "INSTANCE_PATH": str(tmp_path / "i"),
                          "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000"})
        with app.app_context():
            submitted = submit_the_class()
            db.session.remove()
            db.engine.dispose()
        before = sorted(map(tuple, site.rows(RESULTS)))
        url = make_url(site.url)
        libpq = url.set(drivername="postgresql", query={}).render_as_string(hide_password=False)
        dump = tmp_path / "quizapp.dump"
        subprocess.run([pg_dump, "-Fc", "-n", site.schema, "-f", str(dump), libpq], check=True, timeout=120)
        site.drop_schema()  # the disaster
        subprocess.run([str(Path(pg_dump).with_name("pg_restore")), "-d", libpq, str(dump)], check=True, timeout=120)
        assert site.scalar("SELECT count(*) FROM attempt WHERE status = 'submitted'") == submitted
        assert sorted(map(tuple, site.rows(RESULTS))) == before
