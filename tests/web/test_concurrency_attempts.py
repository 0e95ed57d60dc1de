"""Parallel starts and submits on a real database file (and PostgreSQL when
QUIZAPP_TEST_DATABASE_URL is set): the limits hold under a burst of simultaneous requests.

The measured pitfall: count-then-insert lets 40 parallel "start" requests create several attempts
where one is allowed. These tests fire 40 threads at once (a barrier releases them together), each
with its own app context, session and connection, as 40 server threads would.
"""
from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import event, func, select

from quizapp.banks.model import Evidence, Question
from quizapp.models import (
    Assignment, Attempt, Bank, BankQuestion, BankVersion, Classroom, Enrollment, Quiz, QuizItem, Response, User,
    utcnow,
)
from quizapp.web import create_app
from quizapp.web.attempts import operations as ops
from quizapp.web.extensions import db

THREADS = 40
ARTICLE = "Alice Smith said the bridge would open in May. About 1,500 people came to watch."


@pytest.fixture
def file_app(tmp_path):
    url = os.environ.get("QUIZAPP_TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'race.sqlite'}"
    app = create_app({"TESTING": True, "SECRET_KEY": "test", "SQLALCHEMY_DATABASE_URI": url,
                      "INSTANCE_PATH": str(tmp_path)})
    with app.app_context():
        db.drop_all()
        db.create_all()
    yield app
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


def _build(app, **assignment_options) -> tuple[int, int]:
    """A class with one student and a two-question assignment; returns (assignment id, student id)."""
    with app.app_context():
        teacher = User(role="teacher", email="t@example.org", display_name="T", password_hash="x")
        student = User(role="student", username="s1", display_name="S", password_hash="x")
        db.session.add_all([teacher, student])
        db.session.flush()
        room = Classroom(teacher_id=teacher.id, name="7B", join_code="RACE1")
        db.session.add(room)
        db.session.flush()
        db.session.add(Enrollment(classroom_id=room.id, student_id=student.id))
        bank = Bank(slug="race", title="Race")
        db.session.add(bank)
        db.session.flush()
        version = BankVersion(bank_id=bank.id, number=1, content_hash="h", title="Race", article=ARTICLE, source={})
        db.session.add(version)
        db.session.flush()
        start = ARTICLE.index("About")
        questions = [
            Question(id="who", type="single_choice", skill="who_said", prompt="Who said it?",
                     answer="Alice Smith", options=["Alice Smith", "Bob Jones"],
                     evidence=[Evidence(ARTICLE[:46], 0, 46)]),
            Question(id="how-many", type="numeric", skill="figure", prompt="How many came?", answer=1500,
                     evidence=[Evidence(ARTICLE[start:], start, len(ARTICLE))]),
        ]
        quiz = Quiz(owner_id=teacher.id, bank_version_id=version.id, title="Race quiz")
        db.session.add(quiz)
        db.session.flush()
        for position, q in enumerate(questions):
            row = BankQuestion(version_id=version.id, qid=q.id, position=position, skill=q.skill, type=q.type,
                               data=q.to_dict())
            db.session.add(row)
            db.session.flush()
            db.session.add(QuizItem(quiz_id=quiz.id, question_id=row.id, position=position))
        assignment = Assignment(quiz_id=quiz.id, classroom_id=room.id, title="Race",
                                opens_at=utcnow() - timedelta(hours=1), **assignment_options)
        db.session.add(assignment)
        db.session.commit()
        return assignment.id, student.id


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


def test_forty_parallel_starts_create_one_attempt(file_app):
    assignment_id, student_id = _build(file_app, attempts_allowed=1)
    results = _burst(file_app, lambda: ops.start_attempt(assignment_id, student_id).id)
    errors = [r for r in results if isinstance(r, Exception)]
    assert errors == []
    assert _count(file_app, Attempt) == 1
    assert len(set(results)) == 1  # every request was sent to the same attempt


def test_parallel_starts_after_a_submitted_attempt_respect_the_limit(file_app):
    assignment_id, student_id = _build(file_app, attempts_allowed=2)
    with file_app.app_context():
        first = ops.start_attempt(assignment_id, student_id)
        ops.submit_attempt(first.id, student_id)
    results = _burst(file_app, lambda: ops.start_attempt(assignment_id, student_id).number)
    assert [r for r in results if isinstance(r, Exception)] == []
    assert set(results) == {2}
    assert _count(file_app, Attempt) == 2


def test_parallel_starts_with_no_attempt_left_create_nothing(file_app):
    assignment_id, student_id = _build(file_app, attempts_allowed=1)
    with file_app.app_context():
        attempt = ops.start_attempt(assignment_id, student_id)
        ops.submit_attempt(attempt.id, student_id)
    results = _burst(file_app, lambda: ops.start_attempt(assignment_id, student_id))
    assert all(isinstance(r, ops.NoAttemptsLeft) for r in results)
    assert _count(file_app, Attempt) == 1


def test_parallel_submits_score_once(file_app):
    assignment_id, student_id = _build(file_app, attempts_allowed=1)
    with file_app.app_context():
        attempt = ops.start_attempt(assignment_id, student_id)
        attempt_id = attempt.id
        who, how_many = attempt.question_order if attempt.question_order[0] < attempt.question_order[1] \
            else reversed(attempt.question_order)
        ops.save_answers(attempt_id, student_id, {who: "Alice Smith", how_many: "1,500"})
    flips = []

    def record(_mapper, _connection, target):
        if target.status == "submitted":
            flips.append(target.id)

    event.listen(Attempt, "after_update", record)
    try:
        results = _burst(file_app, lambda: ops.submit_attempt(attempt_id, student_id).submitted_at)
    finally:
        event.remove(Attempt, "after_update", record)
    assert [r for r in results if isinstance(r, Exception)] == []
    assert flips == [attempt_id]  # written once, by one request
    assert len(set(results)) == 1  # and every request saw that one submission
    with file_app.app_context():
        done = db.session.get(Attempt, attempt_id)
        assert (done.score, done.max_score) == (2.0, 2.0)
    assert _count(file_app, Response, attempt_id=attempt_id) == 2


def test_parallel_saves_keep_one_response_per_question(file_app):
    assignment_id, student_id = _build(file_app)
    with file_app.app_context():
        attempt = ops.start_attempt(assignment_id, student_id)
        attempt_id, order = attempt.id, list(attempt.question_order)
    counter = iter(range(THREADS))
    lock = threading.Lock()

    def save():
        with lock:
            n = next(counter)
        return ops.save_answers(attempt_id, student_id, {qid: str(n) for qid in order}).changed

    results = _burst(file_app, save)
    assert [r for r in results if isinstance(r, Exception)] == []
    assert _count(file_app, Response, attempt_id=attempt_id) == 2
