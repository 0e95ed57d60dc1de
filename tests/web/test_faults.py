"""Faults that must lose nothing, each done for real: a web worker killed with SIGKILL while a
class autosaves and submits, PostgreSQL stopped and started under a running server (real processes,
see processes.py), and a SQLite database on a disk that fills up or turns read-only."""
from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import threading

import pytest
from factories import STUDENT_PASSWORD, make_world
from processes import Browser, Deployment, needs_postgresql, wait_for

from sqlalchemy import select, text

from quizapp.web import create_app
from quizapp.web.extensions import db

QUESTIONS_EACH = 8


@pytest.fixture
def site(tmp_path):
    with Deployment(tmp_path) as deployment:
        deployment.migrate()
        yield deployment


def _class(site, tmp_path) -> tuple[list[str], int]:
    app = create_app({"SQLALCHEMY_DATABASE_URI": site.url, "SECRET_KEY": "seed", "INSTANCE_PATH": str(tmp_path / "seed"),
                      "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000"})
    with app.app_context():
        world = make_world()
        facts = [s.username for s in world.students], world.assignment.id
        db.session.remove()
        db.engine.dispose()
    return facts


def _radio_answers(page: str) -> list[tuple[str, str]]:
    answers: dict[str, str] = {}
    for tag in re.findall(r"<input[^>]*>", page):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', tag))
        if attrs.get("type") == "radio" and re.fullmatch(r"q\d+", attrs.get("name", "")):
            answers.setdefault(attrs["name"], attrs["value"])
    return list(answers.items())[:QUESTIONS_EACH]


@needs_postgresql
def test_a_web_worker_killed_while_a_class_autosaves_and_submits_loses_no_saved_answer(site, tmp_path):
    usernames, assignment = _class(site, tmp_path)
    server = site.serve(workers=2)
    saved: list[tuple[int, str]] = []  # (attempt, field) of every save that got "saved"
    lock = threading.Lock()

    def student(username: str) -> None:
        browser = Browser()
        browser.login(server.url, username, STUDENT_PASSWORD)
        browser.get(server.url + "/student/")
        _, final, page = browser.patiently(f"{server.url}/student/assignments/{assignment}/start",
                                           {"csrf_token": browser.token})
        attempt = int(re.search(r"/attempts/(\d+)", final).group(1))
        for name, value in _radio_answers(page):
            _, _, body = browser.patiently(f"{server.url}/student/attempts/{attempt}/autosave",
                                           {"csrf_token": browser.token, name: value, "shown": name[1:]},
                                           headers={"X-CSRFToken": browser.token})
            assert '"saved"' in body
            with lock:
                saved.append((attempt, name))
        _, final, _ = browser.patiently(f"{server.url}/student/attempts/{attempt}/submit",
                                        {"csrf_token": browser.token})
        assert final.endswith("/submitted")

    threads = [threading.Thread(target=student, args=(u,)) for u in usernames]
    for thread in threads:
        thread.start()
    try:
        for after in (3, 2 * len(usernames) + 2):  # twice, while saves are under way
            wait_for(lambda: len(saved) >= after, 120, f"{after} saves")
            os.kill(server.children()[0], signal.SIGKILL)
    finally:
        for thread in threads:
            thread.join(timeout=180)
    assert len(saved) == len(usernames) * QUESTIONS_EACH
    for attempt, name in saved:
        assert site.scalar("SELECT answer::text FROM response WHERE attempt_id = :a AND question_id = :q",
                           a=attempt, q=int(name[1:])) not in (None, "null")
    half_done = site.scalar(
        "SELECT count(*) FROM attempt a WHERE status <> 'submitted' OR score IS NULL OR submitted_at IS NULL "
        "OR (SELECT count(*) FROM response r WHERE r.attempt_id = a.id AND r.points IS NOT NULL) "
        "<> json_array_length(a.question_order)")
    assert site.scalar("SELECT count(*) FROM attempt") == len(usernames) and half_done == 0


@pytest.mark.skipif(not (os.environ.get("QUIZAPP_TEST_DATABASE_URL") or "").startswith("postgresql"),
                    reason="a PostgreSQL restart: runs with the PostgreSQL suite (QUIZAPP_TEST_DATABASE_URL; CI)")
def test_a_postgresql_restart_gives_503s_that_retry_and_the_app_recovers_by_itself(tmp_path):
    from processes import PrivatePostgres

    with PrivatePostgres(tmp_path) as postgres, Deployment(tmp_path, postgres.url) as site:
        site.migrate()
        usernames, assignment = _class(site, tmp_path)
        server = site.serve(workers=2)
        student = Browser()
        student.login(server.url, usernames[0], STUDENT_PASSWORD)
        student.get(server.url + "/student/")
        _, final, page = student.post(f"{server.url}/student/assignments/{assignment}/start")
        attempt = int(re.search(r"/attempts/(\d+)", final).group(1))
        (name, value), *_ = _radio_answers(page)
        site.app_engine.dispose()
        postgres.stop()
        status, _, page = student.get(f"{server.url}/student/attempts/{attempt}")
        assert status == 503 and "Back in a moment" in page and 'http-equiv="refresh"' in page
        status, _, body = student.post(f"{server.url}/student/attempts/{attempt}/autosave", {name: value, "shown": name[1:]},
                                       headers={"X-CSRFToken": student.token, "Accept": "application/json"})
        assert status == 503 and '"unavailable"' in body
        postgres.start()
        _, _, body = student.patiently(f"{server.url}/student/attempts/{attempt}/autosave",
                                       {"csrf_token": student.token, name: value, "shown": name[1:]},
                                       headers={"X-CSRFToken": student.token}, timeout=60)
        assert '"saved"' in body and server.popen.poll() is None  # the same server, not restarted
        assert site.scalar("SELECT answer::text FROM response WHERE attempt_id = :a", a=attempt) not in (None, "null")


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
    assert "Back in a moment" in submit.get_data(as_text=True) and submit.headers["Retry-After"]


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
