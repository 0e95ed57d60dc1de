"""A backup taken while a class is answering (`quizapp backup` on SQLite, `pg_dump` on PostgreSQL,
as docs/deploy.md says), restored elsewhere: it holds every attempt submitted before it began,
whole, and no attempt half-submitted."""
from __future__ import annotations

import os
import secrets
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from served_class import (
    ROOT, Classroom, assert_nothing_lost, make_class, quizapp_command, quizapp_env, serving, stored_attempts,
)
from process_support import wait_for

pytestmark = pytest.mark.multiprocess


def backed_up_while_answering(database_url: str, instance: Path, secret: str,
                              take_backup: Callable[[], None]) -> tuple[Classroom, list, int]:
    """A class at work; once three have submitted, take_backup() runs while the others answer.
    Returns the class, the students whose submit was confirmed before it, and the assignment."""
    data = make_class(database_url, instance, secret, n_students=12)
    with serving(database_url, instance, secret) as server:
        classroom = Classroom(server.url, data, stagger=1.0)
        classroom.begin()
        try:
            wait_for(lambda: len(classroom.submitted) >= 3 or classroom.errors, 180, "three submitted attempts")
            before = list(classroom.submitted)
            # The class is still at work as the backup begins (the last student starts 8 s after
            # the third); how far it gets during the backup depends on the machine, so not asserted.
            assert len(before) < len(classroom.students)
            take_backup()
        finally:
            classroom.finish()
    return classroom, before, data.assignment_id


def test_a_sqlite_backup_taken_while_students_answer_restores_every_submitted_attempt(site, tmp_path):
    if not site.database_url.startswith("sqlite"):
        pytest.skip("quizapp backup is SQLite's (PostgreSQL's pg_dump: the test below)")
    backup = tmp_path / "backup.sqlite"

    def take_backup() -> None:
        done = subprocess.run(quizapp_command("backup", "--out", str(backup)), cwd=ROOT, timeout=120,
                              env=quizapp_env(site.database_url, site.instance, site.secret),
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr

    classroom, before, assignment_id = backed_up_while_answering(
        site.database_url, site.instance, site.secret, take_backup)
    restored = tmp_path / "restored" / "quizapp.sqlite"  # restore: the file in the database's place
    restored.parent.mkdir()
    os.replace(backup, restored)
    classroom.students = before
    assert_nothing_lost(classroom, stored_attempts(f"sqlite:///{restored}", site.instance, site.secret, assignment_id))


def test_a_pg_dump_taken_while_students_answer_restores_every_submitted_attempt(postgres, tmp_path):
    dump = tmp_path / "quizapp.dump"
    instance, secret = tmp_path / "instance", secrets.token_hex(32)
    instance.mkdir()
    classroom, before, assignment_id = backed_up_while_answering(
        postgres.url, instance, secret,
        lambda: postgres.client("pg_dump", "--format=custom", f"--file={dump}", "postgres"))
    postgres.client("psql", "-q", "-c", "CREATE DATABASE restored", "postgres")
    postgres.client("pg_restore", "--no-owner", "--dbname=restored", str(dump))
    classroom.students = before
    assert_nothing_lost(classroom, stored_attempts(postgres.database_url("restored"), instance, secret, assignment_id))
