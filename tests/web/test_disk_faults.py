"""A SQLite database on a disk that really fills up or really turns read-only (a tmpfs the test
mounts: root only, as in CI): a clear 503 that says nothing was saved, no damaged attempt, and the
app saves again by itself once the disk has room. (A web worker killed, PostgreSQL restarted and
backups under load: tests/faults/.)"""
from __future__ import annotations

import contextlib
import os
import subprocess

import pytest
from factories import make_world
from sqlalchemy import select, text

from quizapp.web import create_app
from quizapp.web.extensions import db


@pytest.fixture
def small_disk(tmp_path):
    """A 16 MB filesystem of the test's own (tmpfs), to fill up or make read-only for real."""
    if os.geteuid() != 0 or os.environ.get("QUIZAPP_TEST_DATABASE_URL"):
        pytest.skip("SQLite on a filesystem the test mounts: needs root (CI runs as root) and the SQLite suite")
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


@pytest.fixture
def disk_app(small_disk, tmp_path):
    from conftest import IsolatedClient, _config

    app = create_app(_config(tmp_path, SQLALCHEMY_DATABASE_URI=f"sqlite:///{small_disk / 'quizapp.sqlite'}"))
    app.test_client_class = IsolatedClient
    with app.app_context():
        db.create_all()
        try:
            yield app
        finally:
            db.session.remove()
            db.engine.dispose()


def _started(app):
    """A student with an attempt of two saved-to-be questions, signed in on a test client."""
    from quizapp.web.attempts import operations as ops

    world = make_world()
    attempt = ops.start_attempt(world.assignment.id, world.student.id)
    questions = [q for q in ops.attempt_questions(db.session, attempt) if q.type == "single_choice"][:2]
    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"], session["_fresh"] = world.student.get_id(), True
    return client, attempt.id, questions


def _save(client, attempt_id, question):
    return client.post(f"/student/attempts/{attempt_id}/autosave",
                       data={f"q{question.id}": question.data["answer"], "shown": str(question.id)},
                       headers={"Accept": "application/json"})


def _intact(path) -> str:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def _refused(client, attempt_id, question) -> None:
    save, submit = _save(client, attempt_id, question), client.post(f"/student/attempts/{attempt_id}/submit")
    assert (save.status_code, submit.status_code) == (503, 503)
    assert "Not saved yet" in submit.get_data(as_text=True) and submit.headers["Retry-After"]


def test_a_full_disk_is_a_clear_503_and_no_attempt_is_damaged(disk_app, small_disk):
    from quizapp.models import Attempt, Response

    client, attempt_id, (first, second) = _started(disk_app)
    assert _save(client, attempt_id, first).status_code == 200
    db.session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))  # the next write must grow the files
    db.session.commit()
    filler = small_disk / "filler"
    with open(filler, "wb") as out, contextlib.suppress(OSError):
        while True:
            out.write(b"\0" * 65536)
            out.flush()
    _refused(client, attempt_id, second)
    filler.unlink()
    assert _intact(small_disk / "quizapp.sqlite") == "ok"
    assert _save(client, attempt_id, second).status_code == 200  # back by itself, no restart
    client.post(f"/student/attempts/{attempt_id}/submit")
    db.session.rollback()
    attempt = db.session.get(Attempt, attempt_id)
    answered = db.session.scalars(select(Response).where(Response.attempt_id == attempt_id, Response.raw.is_not(None)))
    assert attempt.status == "submitted" and attempt.score is not None and len(list(answered)) == 2


def test_a_read_only_database_file_is_a_clear_503_and_no_attempt_is_damaged(disk_app, small_disk, tmp_path):
    from quizapp.models import Attempt

    client, attempt_id, (first, second) = _started(disk_app)
    assert _save(client, attempt_id, first).status_code == 200
    db.session.commit()
    read_only = tmp_path / "read-only"  # the same files, seen through a read-only mount
    read_only.mkdir()
    subprocess.run(["mount", "--bind", str(small_disk), str(read_only)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(read_only)], check=True)
        from conftest import IsolatedClient, _config

        blocked = create_app(_config(tmp_path, SQLALCHEMY_DATABASE_URI=f"sqlite:///{read_only / 'quizapp.sqlite'}"))
        blocked.test_client_class = IsolatedClient
        blocked_client = blocked.test_client()
        blocked_client.set_cookie("session", client.get_cookie("session").value)
        with blocked.app_context():
            _refused(blocked_client, attempt_id, second)
            db.engine.dispose()
    finally:
        subprocess.run(["umount", "-l", str(read_only)], capture_output=True)
    assert _intact(small_disk / "quizapp.sqlite") == "ok"
    db.session.rollback()
    attempt = db.session.get(Attempt, attempt_id)
    assert attempt.status == "in_progress" and _save(client, attempt_id, second).status_code == 200
