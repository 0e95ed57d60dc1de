"""How a question scores in a teacher's classes: the newest regrade of it, else the stored question."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.models import Assignment, Attempt, Classroom, Regrade, User
from quizapp.regrade import Keyed
from quizapp.web.attempts.frozen import FrozenQuestion


def _newest(rows) -> dict[int, Keyed]:
    found: dict[int, Keyed] = {}
    for question_id, data, credit in rows:  # ordered by id: the newest regrade wins
        found[question_id] = Keyed.from_data(data, credit)
    return found


def regraded_keys(session: Session, teacher_id: int, question_ids: list[int]) -> dict[int, Keyed]:
    """Question id -> its keyed form for this teacher, for the questions a regrade changed."""
    if not question_ids:
        return {}
    return _newest(session.execute(
        select(Regrade.question_id, Regrade.question_data, Regrade.credit)
        .where(Regrade.teacher_id == teacher_id, Regrade.question_id.in_(question_ids)).order_by(Regrade.id)))


def assignment_regraded_keys(session: Session, assignment_id: int, question_ids: list[int]) -> dict[int, Keyed]:
    """regraded_keys() of the teacher whose class the assignment is for (the one who reads and
    regrades its results), in one statement: submitting an attempt reads it."""
    if not question_ids:
        return {}
    return _newest(session.execute(
        select(Regrade.question_id, Regrade.question_data, Regrade.credit)
        .join(Classroom, Classroom.teacher_id == Regrade.teacher_id)
        .join(Assignment, Assignment.classroom_id == Classroom.id)
        .where(Assignment.id == assignment_id, Regrade.question_id.in_(question_ids)).order_by(Regrade.id)))


def history(session: Session, teacher_id: int, question_id: int) -> list[Regrade]:
    """The teacher's regrades of this question, newest first."""
    return list(session.scalars(select(Regrade).where(
        Regrade.teacher_id == teacher_id, Regrade.question_id == question_id).order_by(Regrade.id.desc())))


def attempt_labels(session: Session, regrades: list[Regrade]) -> dict[int, tuple[str, str, int]]:
    """Attempt id -> (student, assignment, attempt number) for the attempts these regrades changed."""
    ids = [ra.attempt_id for r in regrades for ra in r.attempts]
    if not ids:
        return {}
    rows = session.execute(
        select(Attempt.id, User.display_name, Assignment.title, Attempt.number)
        .join(User, User.id == Attempt.student_id).join(Assignment, Assignment.id == Attempt.assignment_id)
        .where(Attempt.id.in_(ids)))
    return {row.id: (row.display_name, row.title, row.number) for row in rows}


def as_scored(questions: Sequence[Any], regraded: Mapping[int, Keyed]) -> list[Any]:
    """The questions with each regraded one replaced by its corrected form, so the key a page shows
    is the key the points were given by."""
    return [FrozenQuestion(q.id, q.version_id, q.qid, q.position, q.skill, q.type, regraded[q.id].to_data())
            if q.id in regraded else q for q in questions]
