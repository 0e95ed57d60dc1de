"""Parallel starts and submits on a real database file (and PostgreSQL when
QUIZAPP_TEST_DATABASE_URL is set): the limits hold under a burst of simultaneous requests.

The measured pitfall: count-then-insert lets 40 parallel "start" requests create several attempts
where one is allowed. These tests fire 40 threads at once (a barrier releases them together), each
with its own app context, session and connection, as 40 server threads would.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from factories import make_assignment, make_quiz, make_world, signed_in_client
from sqlalchemy import event, func, select

from quizapp.models import Attempt, Response
from quizapp.questions import get_type
from quizapp.web.attempts import operations as ops
from quizapp.web.extensions import db

THREADS = 40


@pytest.fixture
def race(app):
    """The shared app (a SQLite file, or PostgreSQL in CI) and a 2-question assignment."""
    world = make_world()
    quiz = make_quiz(world.teacher, world.version, n=2, title="Race")
    return world, quiz


def _build(app, race, **assignment_options) -> tuple[int, int]:
    world, quiz = race
    assignment = make_assignment(quiz, world.classroom, **assignment_options)
    return assignment.id, world.student.id


def _burst(app, action, count: int = THREADS) -> list:
    """Run action() in `count` threads released at the same instant; returns results or exceptions."""
    barrier = threading.Barrier(count)

    def run(_):
        with app.app_context():
            barrier.wait()
            try:
                return action()
            except Exception as error:  # noqa: BLE001 - the test inspects what each thread got
                return error
            finally:
                db.session.remove()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


def _count(app, model, **where) -> int:
    with app.app_context():
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return db.session.scalar(query)


def test_forty_parallel_starts_create_one_attempt(app, race):
    assignment_id, student_id = _build(app, race, attempts_allowed=1)
    results = _burst(app, lambda: ops.start_attempt(assignment_id, student_id).id)
    errors = [r for r in results if isinstance(r, Exception)]
    assert errors == []
    assert _count(app, Attempt) == 1
    assert len(set(results)) == 1  # every request was sent to the same attempt


def test_parallel_starts_after_a_submitted_attempt_respect_the_limit(app, race):
    assignment_id, student_id = _build(app, race, attempts_allowed=2)
    with app.app_context():
        first = ops.start_attempt(assignment_id, student_id)
        ops.submit_attempt(first.id, student_id)
    results = _burst(app, lambda: ops.start_attempt(assignment_id, student_id).number)
    assert [r for r in results if isinstance(r, Exception)] == []
    assert set(results) == {2}
    assert _count(app, Attempt) == 2


def test_parallel_starts_with_no_attempt_left_create_nothing(app, race):
    assignment_id, student_id = _build(app, race, attempts_allowed=1)
    with app.app_context():
        attempt = ops.start_attempt(assignment_id, student_id)
        ops.submit_attempt(attempt.id, student_id)
    results = _burst(app, lambda: ops.start_attempt(assignment_id, student_id))
    assert all(isinstance(r, ops.NoAttemptsLeft) for r in results)
    assert _count(app, Attempt) == 1


def test_parallel_submits_score_once(app, race):
    assignment_id, student_id = _build(app, race, attempts_allowed=1)
    with app.app_context():
        attempt = ops.start_attempt(assignment_id, student_id)
        attempt_id = attempt.id
        keys = {q.id: get_type(q.type).key(q.data) for q in ops.attempt_questions(db.session, attempt)}
        ops.save_answers(attempt_id, student_id, keys)
    flips = []

    def record(_mapper, _connection, target):
        if target.status == "submitted":
            flips.append(target.id)

    event.listen(Attempt, "after_update", record)
    try:
        results = _burst(app, lambda: ops.submit_attempt(attempt_id, student_id).submitted_at)
    finally:
        event.remove(Attempt, "after_update", record)
    assert [r for r in results if isinstance(r, Exception)] == []
    assert flips == [attempt_id]  # written once, by one request
    assert len(set(results)) == 1  # and every request saw that one submission
    with app.app_context():
        done = db.session.get(Attempt, attempt_id)
        assert done.score == done.max_score > 0
    assert _count(app, Response, attempt_id=attempt_id) == 2


def test_parallel_saves_keep_one_response_per_question(app, race):
    assignment_id, student_id = _build(app, race)
    with app.app_context():
        attempt = ops.start_attempt(assignment_id, student_id)
        attempt_id, order = attempt.id, list(attempt.question_order)
    counter = iter(range(THREADS))
    lock = threading.Lock()

    def save():
        with lock:
            n = next(counter)
        return ops.save_answers(attempt_id, student_id, {qid: str(n) for qid in order}).changed

    results = _burst(app, save)
    assert [r for r in results if isinstance(r, Exception)] == []
    assert _count(app, Response, attempt_id=attempt_id) == 2


def test_forty_parallel_start_and_submit_requests_through_the_app(app, race):
    assignment_id, student_id = _build(app, race, attempts_allowed=1)
    clients = [signed_in_client(app, student_id) for _ in range(THREADS)]
    tickets = iter(clients)
    lock = threading.Lock()

    def start_then_submit():
        with lock:
            client = next(tickets)
        started = client.post(f"/student/assignments/{assignment_id}/start")
        if not started.location.rstrip("/").rsplit("/", 1)[-1].isdigit():
            return started.status_code, None, started.location  # already submitted by another tab: home
        submitted = client.post(f"{started.location}/submit")
        return started.status_code, submitted.status_code, started.location

    results = _burst(app, start_then_submit)
    assert [r for r in results if isinstance(r, Exception)] == []
    assert {status for status, _, _ in results} == {302}
    attempt_urls = {url for _, submit_status, url in results if submit_status is not None}
    assert len(attempt_urls) == 1  # every request that got an attempt got the same one
    assert {submit_status for _, submit_status, _ in results} - {None} == {302}
    assert _count(app, Attempt) == 1 and _count(app, Attempt, status="submitted") == 1


def test_a_burst_of_wrong_passwords_checks_no_more_than_the_limit(app, monkeypatch):
    from factories import STUDENT_PASSWORD

    from quizapp.web.auth import operations as auth_ops

    world = make_world()
    username = world.student.username
    checked, lock = [], threading.Lock()
    real_check = auth_ops.check_password

    def counting_check(stored, given):
        with lock:
            checked.append(given)
        return real_check(stored, given)

    monkeypatch.setattr(auth_ops, "check_password", counting_check)
    tries = [f"wrong-{i}" for i in range(THREADS - 1)] + [STUDENT_PASSWORD]
    passwords = iter(tries)
    take = threading.Lock()

    def one_try():
        with take:
            password = next(passwords)
        return auth_ops.sign_in(username, password, "10.0.0.1", app.config)

    results = _burst(app, one_try)
    limit = app.config["LOGIN_MAX_FAILURES"]
    assert len(checked) <= limit, f"{len(checked)} passwords checked in a burst, limit {limit}"
    signed_in = [r for r in results if not isinstance(r, Exception) and r.user is not None]
    assert len(signed_in) == (1 if STUDENT_PASSWORD in checked else 0)


def test_a_plain_commit_after_reads_survives_another_writer_in_between(app):
    from quizapp.models import Classroom
    from quizapp.web.database import write_transaction

    world = make_world()
    classroom_id = world.classroom.id
    db.session.commit()
    classroom = db.session.get(Classroom, classroom_id)  # a read: the request's snapshot begins
    assert classroom.name

    def other_writer():
        with app.app_context():
            with write_transaction() as session:
                session.get(Classroom, classroom_id).join_code = "WXYZ2345"
            db.session.remove()

    thread = threading.Thread(target=other_writer)
    thread.start()
    thread.join()
    classroom.name = "Renamed after a class autosaved"  # a write after the other one committed
    db.session.commit()  # SQLite used to answer "database is locked" here, at once
    db.session.expire_all()
    assert db.session.get(Classroom, classroom_id).name == "Renamed after a class autosaved"
