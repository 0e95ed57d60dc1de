"""The gradebook's and the results page's data, loaded in a few queries per page (not one per
cell), then arranged in Python."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from quizapp.models import (
    Assignment, AssignmentStudent, Attempt, BankQuestion, Classroom, QuizItem, Response, User,
)
from quizapp.web.extensions import db
from quizapp.web.gradebook.status import Standing, standing
from quizapp.web.quizzes.queries import class_students


def class_assignments(classroom_id: int) -> list[Assignment]:
    return list(db.session.scalars(
        select(Assignment).where(Assignment.classroom_id == classroom_id)
        .order_by(Assignment.opens_at, Assignment.id)
    ))


def _attempts_by(assignment_ids: list[int]) -> dict[tuple[int, int], list[Attempt]]:
    grouped: dict[tuple[int, int], list[Attempt]] = defaultdict(list)
    if assignment_ids:
        for attempt in db.session.scalars(
            select(Attempt).where(Attempt.assignment_id.in_(assignment_ids)).order_by(Attempt.number)
        ):
            grouped[(attempt.assignment_id, attempt.student_id)].append(attempt)
    return grouped


def _settings_by(assignment_ids: list[int]) -> dict[tuple[int, int], AssignmentStudent]:
    if not assignment_ids:
        return {}
    rows = db.session.scalars(select(AssignmentStudent).where(AssignmentStudent.assignment_id.in_(assignment_ids)))
    return {(r.assignment_id, r.student_id): r for r in rows}


def is_assigned(assignment: Assignment, settings: AssignmentStudent | None) -> bool:
    return assignment.whole_class or (settings is not None and settings.selected)


@dataclass
class Gradebook:
    classroom: Classroom
    students: list[User]
    assignments: list[Assignment]
    cells: dict[tuple[int, int], Standing]  # (student id, assignment id)

    def cell(self, student_id: int, assignment_id: int) -> Standing:
        return self.cells[(student_id, assignment_id)]

    def mean_percent(self, assignment_id: int) -> float | None:
        """The class mean of the counted scores, as a percentage; None when nothing is scored."""
        values = [c.percent for (_, aid), c in self.cells.items() if aid == assignment_id and c.percent is not None]
        return sum(values) / len(values) if values else None


def gradebook(classroom: Classroom, now: datetime) -> Gradebook:
    students = class_students(classroom.id)
    assignments = class_assignments(classroom.id)
    ids = [a.id for a in assignments]
    attempts = _attempts_by(ids)
    settings = _settings_by(ids)
    cells = {}
    for s in students:
        for a in assignments:
            cells[(s.id, a.id)] = standing(
                a, attempts.get((a.id, s.id), []), is_assigned(a, settings.get((a.id, s.id))), now)
    return Gradebook(classroom, students, assignments, cells)


@dataclass
class ResultRow:
    student: User
    standing: Standing
    attempts_allowed: int
    attempts: list[Attempt] = field(default_factory=list)
    responses: dict[int, Response] = field(default_factory=dict)  # question id -> response

    @property
    def shown(self) -> Attempt | None:
        """The attempt whose answers the row shows: the counted one, else the one in progress."""
        return self.standing.counted or self.standing.open_attempt

    @property
    def reopenable(self) -> Attempt | None:
        """The attempt "reopen" acts on: the most recent submitted one, unless one is open."""
        if self.standing.open_attempt is not None:
            return None
        submitted = [a for a in self.attempts if a.status == "submitted"]
        return submitted[-1] if submitted else None


@dataclass
class Results:
    assignment: Assignment
    questions: list[BankQuestion]
    rows: list[ResultRow]


def quiz_questions(quiz_id: int) -> list[BankQuestion]:
    return list(db.session.scalars(
        select(BankQuestion).join(QuizItem, QuizItem.question_id == BankQuestion.id)
        .where(QuizItem.quiz_id == quiz_id).order_by(QuizItem.position)
    ))


def results(assignment: Assignment, now: datetime) -> Results:
    """One row per student of the class who is assigned or has attempts, with the responses of
    the attempt shown (the counted one, else the one in progress)."""
    students = class_students(assignment.classroom_id)
    attempts = _attempts_by([assignment.id])
    settings = _settings_by([assignment.id])
    rows: list[ResultRow] = []
    for s in students:
        own = attempts.get((assignment.id, s.id), [])
        row_settings = settings.get((assignment.id, s.id))
        assigned = is_assigned(assignment, row_settings)
        if not assigned and not own:
            continue
        extra = row_settings.extra_attempts if row_settings else 0
        rows.append(ResultRow(s, standing(assignment, own, assigned, now), assignment.attempts_allowed + extra, own))
    shown = {row.shown.id: row for row in rows if row.shown is not None}
    if shown:
        for response in db.session.scalars(select(Response).where(Response.attempt_id.in_(list(shown)))):
            shown[response.attempt_id].responses[response.question_id] = response
    return Results(assignment, quiz_questions(assignment.quiz_id), rows)
