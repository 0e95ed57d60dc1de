"""Scores to the LMS gradebook (AGS): on submit, reopen and extra attempt, through the outbox,
exactly once per attempt and event even across an LMS outage; the teacher's sync page and "send again"."""
from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import TEST_DATABASE_URL
from lti_platform import launch
from lti_world import course, open_course, platform  # noqa: F401 (fixtures)
from sqlalchemy import select, update

from quizapp.models import LtiIdentity, LtiScoreSend, User, utcnow
from quizapp.web.attempts import operations as ops
from quizapp.web.extensions import db
from quizapp.web.lti import passback


@pytest.fixture
def learner(client, course):
    response = launch(client, course.platform, sub="learner-1", custom={"assignment_id": str(course.assignment.id)})
    assert response.status_code == 302
    client.post("/auth/logout")
    return db.session.scalar(select(User).join(LtiIdentity, LtiIdentity.user_id == User.id).where(LtiIdentity.sub == "learner-1"))


def take(course, student):
    attempt = ops.start_attempt(course.assignment.id, student.id)
    db.session.commit()
    return ops.submit_attempt(attempt.id, student.id)


def test_a_submitted_attempt_reaches_the_lms_gradebook_once(course, learner):
    attempt = take(course, learner)
    ops.submit_attempt(attempt.id, learner.id)  # a replayed submit
    assert course.platform.scores == [{
        "lineitem": 1, "userId": "learner-1", "scoreGiven": attempt.score, "scoreMaximum": attempt.max_score,
        "activityProgress": "Completed", "gradingProgress": "FullyGraded",
        "timestamp": course.platform.scores[0]["timestamp"]}]


def test_a_score_held_back_by_an_outage_is_delivered_exactly_once_later(course, learner):
    course.platform.outage = 2
    attempt = take(course, learner)
    row = db.session.scalar(select(LtiScoreSend))
    assert course.platform.scores == [] and row.status == "pending" and "503" in row.last_error
    assert passback.send_due() == {}  # not due yet: the backoff holds
    later = utcnow() + timedelta(hours=2)
    passback.send_due(now=later)  # the LMS is still down once
    passback.send_due(now=later + timedelta(hours=2))
    passback.send_due(now=later + timedelta(hours=4))  # nothing left to send
    assert [s["scoreGiven"] for s in course.platform.scores] == [attempt.score]
    assert db.session.get(LtiScoreSend, row.id).status == "sent"


def test_after_the_last_try_the_send_is_failed_and_the_teacher_sends_it_again(client, auth, course, learner):
    course.platform.outage = passback.MAX_TRIES
    take(course, learner)
    for hours in range(2, 2 * passback.MAX_TRIES + 2, 2):
        passback.send_due(now=utcnow() + timedelta(hours=hours))
    assert db.session.scalar(select(LtiScoreSend)).status == "failed" and course.platform.scores == []
    auth.login_teacher(course.teacher)
    assert "Failed: needs sending again" in client.get(f"/lti/settings/assignments/{course.assignment.id}/sync").get_data(as_text=True)
    response = client.post(f"/lti/settings/assignments/{course.assignment.id}/students/{learner.id}/send-again")
    assert response.status_code == 302 and len(course.platform.scores) == 1
    assert db.session.scalar(select(LtiScoreSend)).status == "sent"


def test_a_reopened_attempt_tells_the_gradebook_it_is_in_progress_again(course, learner):
    attempt = take(course, learner)
    ops.reopen_attempt(attempt.id)
    last = course.platform.scores[-1]
    assert (last["activityProgress"], last["gradingProgress"]) == ("InProgress", "NotReady")
    assert "scoreGiven" not in last and len(course.platform.scores) == 2


def test_an_extra_attempt_keeps_the_grade_and_says_more_may_come(course, learner):
    attempt = take(course, learner)
    ops.grant_extra_attempt(course.assignment.id, learner.id)
    last = course.platform.scores[-1]
    assert (last["scoreGiven"], last["activityProgress"]) == (attempt.score, "Submitted")


def test_students_who_did_not_come_from_the_lms_send_nothing(course):
    from factories import make_student

    student = make_student(course.classroom)
    take(course, student)
    assert db.session.scalar(select(LtiScoreSend)) is None and course.platform.scores == []


def test_another_teacher_cannot_open_the_sync_page_or_send_again(client, auth, course, learner):
    take(course, learner)
    auth.login_teacher()
    assert client.get(f"/lti/settings/assignments/{course.assignment.id}/sync").status_code == 404
    assert client.post(f"/lti/settings/assignments/{course.assignment.id}/students/{learner.id}/send-again").status_code == 404


def test_a_second_course_of_the_same_lms_keeps_its_own_line_items(app, client, course, learner):
    other = open_course(app, client, course.platform, context_id="course-2")
    response = launch(client, course.platform, sub="learner-1", context_id="course-2", resource_link_id="link-2",
                      lineitem="/lineitems/2", custom={"assignment_id": str(other.assignment.id)})
    assert response.status_code == 302
    take(other, learner)
    assert [s["lineitem"] for s in course.platform.scores] == [2]


def test_a_regrade_sends_the_re_marked_grade_to_the_lms(course, learner):
    from quizapp.models import Attempt, BankQuestion, QuizItem
    from quizapp.regrade import FULL_CREDIT, Change
    from quizapp.web.regrade import operations as regrade_ops

    before = take(course, learner).score
    question = db.session.scalar(select(BankQuestion).join(QuizItem, QuizItem.question_id == BankQuestion.id)
                                 .where(QuizItem.quiz_id == course.assignment.quiz_id).order_by(QuizItem.position))
    plan = regrade_ops.preview_regrade(course.teacher.id, question, Change(FULL_CREDIT))
    regrade_ops.apply_regrade(course.teacher.id, question.id, Change(FULL_CREDIT), plan.digest)
    after = db.session.scalar(select(Attempt.score).where(Attempt.student_id == learner.id))
    assert after > before
    assert [s["scoreGiven"] for s in course.platform.scores] == [before, after]


@pytest.mark.skipif(not (TEST_DATABASE_URL or "").startswith("postgresql"),
                    reason="the job queue is PostgreSQL's (SQLite retries on the next send or cron)")
def test_on_postgresql_a_failed_send_is_retried_by_a_queue_job_at_its_next_try(app, course, learner, monkeypatch):
    from sqlalchemy import text

    from quizapp.web import jobqueue

    course.platform.outage = 1
    take(course, learner)
    row = db.session.scalar(select(LtiScoreSend))
    jobs = db.session.execute(text("SELECT args, scheduled_at FROM procrastinate_jobs WHERE task_name = :t "
                                   "AND status = 'todo' AND lock = :lock"),
                              {"t": jobqueue.SCORE_TASK, "lock": f"lti-score-{row.id}"}).all()
    assert [args for args, _ in jobs] == [{"send_id": row.id}]
    assert jobs[0].scheduled_at.replace(tzinfo=None) == row.next_try_at  # not before its backoff
    db.session.execute(update(LtiScoreSend).values(next_try_at=utcnow()))  # the time has come
    db.session.commit()
    monkeypatch.setattr(jobqueue, "_flask_app", app)
    jobqueue.send_score(row.id)  # what the worker runs
    db.session.expire_all()
    assert [s["scoreGiven"] for s in course.platform.scores] == [row.payload["scoreGiven"]]
    assert db.session.get(LtiScoreSend, row.id).status == "sent"
