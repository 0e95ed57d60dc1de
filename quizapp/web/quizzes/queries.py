"""Look-ups of the quiz and assignment pages, each scoped to the signed-in teacher so a foreign
id answers 404."""
from __future__ import annotations

from flask import abort
from sqlalchemy import func, select

from quizapp.models import Assignment, Classroom, Enrollment, Quiz, QuizItem, User
from quizapp.web.access import get_or_404
from quizapp.web.extensions import db


def my_quizzes(teacher_id: int) -> list[tuple[Quiz, int, int]]:
    """(quiz, number of questions, number of assignments), newest first."""
    items = (select(QuizItem.quiz_id, func.count().label("n")).group_by(QuizItem.quiz_id).subquery())
    assigned = (select(Assignment.quiz_id, func.count().label("n")).group_by(Assignment.quiz_id).subquery())
    rows = db.session.execute(
        select(Quiz, func.coalesce(items.c.n, 0), func.coalesce(assigned.c.n, 0))
        .outerjoin(items, items.c.quiz_id == Quiz.id)
        .outerjoin(assigned, assigned.c.quiz_id == Quiz.id)
        .where(Quiz.owner_id == teacher_id)
        .order_by(Quiz.created_at.desc(), Quiz.id.desc())
    )
    return [(quiz, n_items, n_assigned) for quiz, n_items, n_assigned in rows]


def my_classes(teacher_id: int) -> list[Classroom]:
    return list(db.session.scalars(
        select(Classroom).where(Classroom.teacher_id == teacher_id).order_by(Classroom.name, Classroom.id)
    ))


def class_students(classroom_id: int) -> list[User]:
    """The enrolled students of a class, by name."""
    return list(db.session.scalars(
        select(User).join(Enrollment, Enrollment.student_id == User.id)
        .where(Enrollment.classroom_id == classroom_id)
        .order_by(User.display_name, User.id)
    ))


def my_assignment_or_404(assignment_id, teacher_id: int) -> Assignment:
    """An assignment of one of the teacher's classes (the class decides who sees results)."""
    assignment = get_or_404(Assignment, assignment_id)
    if assignment.classroom.teacher_id != teacher_id:
        abort(404)
    return assignment


def quiz_assignments(quiz_id: int) -> list[Assignment]:
    return list(db.session.scalars(
        select(Assignment).where(Assignment.quiz_id == quiz_id).order_by(Assignment.opens_at, Assignment.id)
    ))


def my_assignments(teacher_id: int) -> list[Assignment]:
    return list(db.session.scalars(
        select(Assignment).join(Classroom).where(Classroom.teacher_id == teacher_id)
        .order_by(Classroom.name, Classroom.id, Assignment.opens_at.desc(), Assignment.id.desc())
    ))
