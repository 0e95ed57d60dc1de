"""`quizapp backup --out FILE`: SQLite's online backup into one checked file; PostgreSQL is told
to use pg_dump. (Under a class's load: tests/faults/test_backup_under_load.py.)"""
from __future__ import annotations

import sqlite3

import pytest
from factories import make_world

from quizapp.web.attempts import operations as ops
from quizapp.web.extensions import db


def test_backup_holds_every_submitted_attempt_in_one_file(app, cli, tmp_path):
    if db.engine.dialect.name != "sqlite":
        result = cli("backup", "--out", str(tmp_path / "b.sqlite"))
        assert result.exit_code == 1 and "pg_dump" in result.output
        return
    world = make_world()
    attempt = ops.start_attempt(world.assignment.id, world.student.id)
    ops.save_answers(attempt.id, world.student.id, {attempt.question_order[0]: "kept in the backup"})
    ops.submit_attempt(attempt.id, world.student.id)
    db.session.commit()
    result = cli("backup", "--out", str(tmp_path / "backup.sqlite"))
    assert result.exit_code == 0 and "1 attempts (1 submitted)" in result.output
    assert not (tmp_path / "backup.sqlite-wal").exists()  # one self-contained file
    copy = sqlite3.connect(tmp_path / "backup.sqlite")
    assert copy.execute("SELECT status FROM attempt").fetchall() == [("submitted",)]
    assert ("kept in the backup",) in copy.execute("SELECT raw FROM response").fetchall()
    copy.close()


def test_backup_to_the_database_itself_is_refused(app, cli):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("a SQLite file's backup; PostgreSQL's refusal is tested above")
    result = cli("backup", "--out", db.engine.url.database)
    assert result.exit_code == 1 and "another file than the database" in result.output
