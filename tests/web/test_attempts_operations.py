"""quizapp.web.attempts.operations: start, save, submit, deadlines, limits, reopen, extra attempts."""
from __future__ import annotations

from datetime import timedelta

import pytest
from factories import make_assignment, make_class, make_quiz, make_world, students_of
from sqlalchemy import func, select

from quizapp.models import Attempt, Quiz, QuizItem, Response, utcnow
from quizapp.web.attempts import operations as ops
from quizapp.web.extensions import db

TYPES = ("single_choice", "multiple_select", "true_false", "numeric", "short_answer", "matching",
         "evidence_selection")


def one_of_each(world, types=TYPES) -> Quiz:
    """A quiz with the first question of each type in the Kursk bank."""
    picked = {}
    for question in world.version.questions:
        picked.setdefault(question.type, question)
    quiz = Quiz(owner_id=world.teacher.id, bank_version_id=world.version.id, title="Each type")
    quiz.items = [QuizItem(question_id=picked[t].id, position=i) for i, t in enumerate(types) if t in picked]
    db.session.add(quiz)
    db.session.commit()
    return quiz


@pytest.fixture
def world(app):
    return make_world()


def by_type(attempt: Attempt, kind: str):
    return next(q for q in ops.attempt_questions(db.session, attempt) if q.type == kind)


def test_start_fixes_order_and_resumes_the_same_attempt(world):
    assignment = make_assignment(one_of_each(world), world.classroom, shuffle_questions=True)
    first = ops.start_attempt(assignment.id, world.student.id)
    again = ops.start_attempt(assignment.id, world.student.id)
    assert again.id == first.id and again.question_order == first.question_order
    assert sorted(first.question_order) == sorted(i.question_id for i in assignment.quiz.items)
    for question in ops.attempt_questions(db.session, first):
        shown = ops.ordered_options(question, first)
        assert sorted(shown) == sorted(question.data.get("options") or shown)


def test_shuffled_options_differ_between_students_but_not_between_reloads(world):
    assignment = make_assignment(make_quiz(world.teacher, world.version), world.classroom,
                                 shuffle_questions=True)
    orders = {ops.start_attempt(assignment.id, s.id).question_order[:10].__repr__() for s in world.students}
    assert len(orders) > 1  # 3 students, 83 questions: the same order by chance is negligible


def test_deadline_is_time_limit_plus_extra_minutes_capped_by_due(world):
    now = utcnow()
    assignment = make_assignment(world.quiz, world.classroom, time_limit_minutes=20, due_at=now + timedelta(minutes=30))
    settings = ops._settings(db.session, assignment.id, world.student.id)
    assert settings is None
    from quizapp.models import AssignmentStudent
    db.session.add(AssignmentStudent(assignment_id=assignment.id, student_id=world.students[1].id, extra_minutes=15))
    db.session.commit()
    assert ops.start_attempt(assignment.id, world.student.id, now=now).deadline_at == now + timedelta(minutes=20)
    assert ops.start_attempt(assignment.id, world.students[1].id, now=now).deadline_at == now + timedelta(minutes=30)


def test_start_refuses_before_opening_after_due_and_for_outsiders(world):
    now = utcnow()
    later = make_assignment(world.quiz, world.classroom, opens_at=now + timedelta(hours=1))
    with pytest.raises(ops.NotOpenYet):
        ops.start_attempt(later.id, world.student.id, now=now)
    with pytest.raises(ops.Closed):
        ops.start_attempt(world.assignment.id, world.student.id, now=now + timedelta(days=8))
    with pytest.raises(ops.NotAvailable):
        ops.start_attempt(world.assignment.id, world.other_student.id, now=now)
    assert db.session.scalar(select(func.count()).select_from(Attempt)) == 0


def test_chosen_students_only(world):
    assignment = make_assignment(world.quiz, world.classroom, students=[world.students[1]])
    with pytest.raises(ops.NotAvailable):
        ops.start_attempt(assignment.id, world.student.id)
    assert ops.start_attempt(assignment.id, world.students[1].id).number == 1


def test_attempt_limit_and_extra_attempt(world):
    attempt = ops.start_attempt(world.assignment.id, world.student.id)
    ops.submit_attempt(attempt.id, world.student.id)
    with pytest.raises(ops.NoAttemptsLeft):
        ops.start_attempt(world.assignment.id, world.student.id)
    assert ops.grant_extra_attempt(world.assignment.id, world.student.id) == 1
    second = ops.start_attempt(world.assignment.id, world.student.id)
    assert second.number == 2 and second.id != attempt.id


def test_save_upserts_one_response_and_keeps_unreadable_text(world):
    assignment = make_assignment(one_of_each(world), world.classroom)
    attempt = ops.start_attempt(assignment.id, world.student.id)
    numeric = by_type(attempt, "numeric")
    result = ops.save_answers(attempt.id, world.student.id, {numeric.id: "1.5k"})
    assert "digits" in result.errors[numeric.id]
    ops.save_answers(attempt.id, world.student.id, {numeric.id: "1,500", 999999: "ignored"})
    rows = db.session.scalars(select(Response).where(Response.attempt_id == attempt.id)).all()
    assert [(r.question_id, r.answer, r.raw) for r in rows] == [(numeric.id, 1500.0, "1,500")]


def test_submit_scores_and_is_idempotent(world):
    assignment = make_assignment(one_of_each(world), world.classroom)
    attempt = ops.start_attempt(assignment.id, world.student.id)
    choice = by_type(attempt, "single_choice")
    ops.save_answers(attempt.id, world.student.id, {choice.id: choice.data["answer"]})
    done = ops.submit_attempt(attempt.id, world.student.id)
    first = (done.score, done.max_score, done.submitted_at)
    assert done.status == "submitted" and done.score == choice.data.get("points", 1)
    again = ops.submit_attempt(attempt.id, world.student.id, now=utcnow() + timedelta(minutes=5))
    assert (again.score, again.max_score, again.submitted_at) == first
    assert db.session.scalar(select(func.count()).select_from(Attempt)) == 1
    # every question has a scored row, blanks included
    assert db.session.scalar(select(func.count()).select_from(Response).where(
        Response.attempt_id == attempt.id, Response.points.is_not(None))) == len(attempt.question_order)


def test_save_after_submit_is_refused(world):
    attempt = ops.start_attempt(world.assignment.id, world.student.id)
    ops.submit_attempt(attempt.id, world.student.id)
    with pytest.raises(ops.AttemptFinished):
        ops.save_answers(attempt.id, world.student.id, {attempt.question_order[0]: "x"})


def test_save_past_deadline_submits_with_answers_saved_before(world):
    now = utcnow()
    assignment = make_assignment(one_of_each(world), world.classroom, time_limit_minutes=10)
    attempt = ops.start_attempt(assignment.id, world.student.id, now=now)
    choice = by_type(attempt, "single_choice")
    ops.save_answers(attempt.id, world.student.id, {choice.id: choice.data["answer"]}, now=now + timedelta(minutes=9))
    with pytest.raises(ops.DeadlinePassed):
        ops.save_answers(attempt.id, world.student.id, {choice.id: "late"}, now=now + timedelta(minutes=12))
    db.session.refresh(attempt)
    assert attempt.status == "submitted" and attempt.score == 1
    assert attempt.submitted_at <= attempt.deadline_at + ops.SAVE_GRACE


def test_finalize_expired_submits_only_expired_attempts(world):
    now = utcnow()
    timed = make_assignment(world.quiz, world.classroom, time_limit_minutes=5, opens_at=now - timedelta(hours=1))
    expired = ops.start_attempt(timed.id, world.student.id, now=now - timedelta(minutes=10))
    running = ops.start_attempt(timed.id, world.students[1].id, now=now)
    assert ops.finalize_expired(now=now) == [expired.id]
    db.session.refresh(running)
    assert running.status == "in_progress"


def test_start_after_expiry_finalizes_and_respects_the_limit(world):
    now = utcnow()
    timed = make_assignment(world.quiz, world.classroom, time_limit_minutes=5, opens_at=now - timedelta(hours=1))
    old = ops.start_attempt(timed.id, world.student.id, now=now - timedelta(minutes=10))
    with pytest.raises(ops.NoAttemptsLeft):
        ops.start_attempt(timed.id, world.student.id, now=now)
    db.session.refresh(old)
    assert old.status == "submitted"


def test_reopen_gives_a_new_deadline_and_clears_the_score(world):
    now = utcnow()
    timed = make_assignment(world.quiz, world.classroom, time_limit_minutes=5, opens_at=now - timedelta(hours=1))
    attempt = ops.start_attempt(timed.id, world.student.id, now=now - timedelta(minutes=30))
    ops.submit_attempt(attempt.id, world.student.id, now=now - timedelta(minutes=28))
    reopened = ops.reopen_attempt(attempt.id, now=now)
    assert reopened.status == "in_progress" and reopened.score is None
    assert reopened.deadline_at == now + timedelta(minutes=5)
    assert ops.save_answers(attempt.id, world.student.id, {attempt.question_order[0]: "x"}, now=now).changed == 1


def test_reopen_refused_while_another_attempt_is_in_progress(world):
    first = ops.start_attempt(world.assignment.id, world.student.id)
    ops.submit_attempt(first.id, world.student.id)
    ops.grant_extra_attempt(world.assignment.id, world.student.id)
    ops.start_attempt(world.assignment.id, world.student.id)
    with pytest.raises(ops.AttemptError):
        ops.reopen_attempt(first.id)


def test_refresh_deadlines_after_the_teacher_extends_the_time(world):
    now = utcnow()
    timed = make_assignment(world.quiz, world.classroom, time_limit_minutes=10, opens_at=now - timedelta(hours=1))
    attempt = ops.start_attempt(timed.id, world.student.id, now=now)
    timed.time_limit_minutes = 30
    db.session.commit()
    assert ops.refresh_deadlines(timed.id) == 1
    db.session.refresh(attempt)
    assert attempt.deadline_at == now + timedelta(minutes=30)


def test_grant_extra_attempt_for_a_student_outside_the_class(world):
    with pytest.raises(ops.NotAvailable):
        ops.grant_extra_attempt(world.assignment.id, world.other_student.id)


@pytest.mark.parametrize("policy, after_due, shown", [
    ("immediately", False, True), ("after_due", False, False), ("after_due", True, True), ("never", True, False),
])
def test_review_policy(world, policy, after_due, shown):
    now = utcnow()
    assignment = make_assignment(world.quiz, world.classroom, review_policy=policy, due_at=now + timedelta(hours=1))
    attempt = ops.submit_attempt(ops.start_attempt(assignment.id, world.student.id, now=now).id, world.student.id, now=now)
    when = now + timedelta(hours=2) if after_due else now
    assert ops.review_allowed(attempt, when) is shown


def test_status_for_the_home_page(world):
    status = ops.attempt_status(world.assignment, world.student.id)
    assert (status.state, status.attempts_used, status.attempts_allowed) == ("available", 0, 1)
    attempt = ops.start_attempt(world.assignment.id, world.student.id)
    assert ops.attempt_status(world.assignment, world.student.id).in_progress.id == attempt.id
    ops.submit_attempt(attempt.id, world.student.id)
    assert ops.attempt_status(world.assignment, world.student.id).state == "done"


def test_a_class_of_many_students_each_gets_one_attempt(app):
    world = make_world()
    classroom = make_class(world.teacher, name="Big", students=5)
    assignment = make_assignment(world.quiz, classroom)
    ids = {ops.start_attempt(assignment.id, s.id).id for s in students_of(classroom)}
    assert len(ids) == 5


def test_every_attempt_shuffles_options_whatever_the_assignment_says(world):
    # The Kursk bank lists the key first in every choice question: shown as stored, the first
    # option would be the key every time.
    assignment = make_assignment(one_of_each(world), world.classroom)
    attempt = ops.start_attempt(assignment.id, world.student.id)
    shuffled = {q.type for q in ops.attempt_questions(db.session, attempt) if str(q.id) in attempt.option_orders}
    assert shuffled == set(ops.SHUFFLED_TYPES)


def test_a_question_marked_ordered_keeps_its_order(world):
    from types import SimpleNamespace
    import random

    row = SimpleNamespace(id=1, type="single_choice", data={"options": ["1", "5", "10", "50"], "extra": {"ordered": True}})
    assert ops.option_orders([row], random.Random(1)) == {}


def _choice_rows(questions):
    from types import SimpleNamespace

    return [SimpleNamespace(id=i, type=q.type, data=q.to_dict()) for i, q in enumerate(questions)
            if q.type == "single_choice"]


def _banks():
    from pathlib import Path

    from quizapp.banks.loader import load_bank
    from quizapp.generate.extract import extract_facts
    from quizapp.generate.questions import generate_questions

    shipped = Path(__file__).resolve().parents[2] / "question_banks"
    for folder in sorted(p for p in shipped.iterdir() if (p / "bank.yaml").exists()):
        yield folder.name, load_bank(folder).questions
    article = (Path(__file__).resolve().parents[1] / "data" / "generator" / "harbour.txt").read_text(encoding="utf-8")
    yield "generated", generate_questions(article, extract_facts(article))


@pytest.mark.parametrize("name, questions", list(_banks()), ids=lambda v: v if isinstance(v, str) else "")
def test_answering_by_position_scores_near_chance_on_every_bank(name, questions):
    import random

    rows = _choice_rows(questions)
    assert rows, name
    rng, attempts = random.Random(7), 400
    chance = sum(1 / len(r.data["options"]) for r in rows) / len(rows)
    for position in range(min(len(r.data["options"]) for r in rows)):
        hits = 0
        for _ in range(attempts):
            orders = ops.option_orders(rows, rng)
            for r in rows:
                shown = [r.data["options"][i] for i in orders.get(str(r.id), range(len(r.data["options"])))]
                hits += shown[position] == r.data["answer"]
        assert abs(hits / (attempts * len(rows)) - chance) < 0.05, (name, position)
