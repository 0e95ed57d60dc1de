"""Faults that must lose nothing, each done for real to real processes (see processes.py): a web
worker killed with SIGKILL while a class autosaves and submits."""
from __future__ import annotations

import os
import re
import signal
import threading

import pytest
from factories import STUDENT_PASSWORD, make_world
from processes import Browser, Deployment, needs_postgresql, wait_for

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
