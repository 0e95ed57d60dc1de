"""`quizapp backup` while a class is answering: the backup, put in the database's place, holds
every attempt submitted before it began, whole, and no attempt half-submitted."""
from __future__ import annotations

import os
import subprocess

import pytest
from served_class import (
    ROOT, Classroom, assert_nothing_lost, make_class, quizapp_command, quizapp_env, serving, stored_attempts,
    wait_for,
)

pytestmark = pytest.mark.multiprocess


def test_a_backup_taken_while_students_answer_restores_every_submitted_attempt(site, tmp_path):
    if not site.database_url.startswith("sqlite"):
        pytest.skip("quizapp backup is SQLite's; PostgreSQL is backed up with pg_dump (docs/deploy.md)")
    data = make_class(site.database_url, site.instance, site.secret, n_students=12)
    backup = tmp_path / "backup.sqlite"
    with serving(site.database_url, site.instance, site.secret) as server:
        classroom = Classroom(server.url, data, stagger=0.7)
        classroom.begin()
        try:
            wait_for(lambda: len(classroom.submitted) >= 3 or classroom.errors, 180, "three submitted attempts")
            before = list(classroom.submitted)  # confirmed before the backup began
            done = subprocess.run(quizapp_command("backup", "--out", str(backup)), cwd=ROOT, timeout=120,
                                  env=quizapp_env(site.database_url, site.instance, site.secret),
                                  capture_output=True, text=True)
            still_answering = len(classroom.submitted) < len(classroom.students)
        finally:
            classroom.finish()
    assert done.returncode == 0, done.stderr
    assert still_answering  # the backup ran while the class was at work
    # Restore: the backup file in a new place, opened as the app's database.
    restored_path = tmp_path / "restored" / "quizapp.sqlite"
    restored_path.parent.mkdir()
    os.replace(backup, restored_path)
    restored = stored_attempts(f"sqlite:///{restored_path}", site.instance, site.secret, data.assignment_id)
    classroom.students = before
    assert_nothing_lost(classroom, restored)
