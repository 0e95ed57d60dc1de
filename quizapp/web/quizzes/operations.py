"""State changes of the quiz builder and of assignments. They take plain data (ids, numbers,
times in naive UTC), check it again (a form is not the only caller) and commit once."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from quizapp.models import (
    REVIEW_POLICIES, Assignment, AssignmentStudent, BankQuestion, Enrollment, Quiz, QuizItem,
)
from quizapp.web.attempts.operations import refresh_deadlines
from quizapp.web.extensions import db
from quizapp.web.quizzes.drawing import short_skills


class QuizError(ValueError):
    """Data an operation refuses; `message` is meant for the teacher."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def create_quiz(owner_id: int, version_id: int, title: str, question_ids: list[int],
                draw: dict | None = None, draw_per_attempt: bool = False) -> Quiz:
    """A quiz of the chosen questions of one bank version, kept in the version's order.
    `draw` ({"seed": n, "counts": {skill: n}}) records how a random quiz was drawn. With
    `draw_per_attempt` the questions are the pool each attempt draws `draw["counts"]` from."""
    quiz = build_quiz(owner_id, version_id, title, question_ids, draw, draw_per_attempt)
    db.session.commit()
    return quiz


def build_quiz(owner_id: int, version_id: int, title: str, question_ids: list[int],
               draw: dict | None = None, draw_per_attempt: bool = False) -> Quiz:
    """create_quiz without the commit, for a caller that writes more in the same transaction
    (the LMS's content picker makes the quiz and the course's assignment at once)."""
    title = title.strip()
    if not title:
        raise QuizError("A quiz needs a title.")
    wanted = set(question_ids)
    if not wanted:
        raise QuizError("A quiz needs at least one question.")
    questions = db.session.scalars(
        select(BankQuestion).where(BankQuestion.version_id == version_id).order_by(BankQuestion.position)
    ).all()
    known = {q.id for q in questions}
    if not wanted <= known:
        raise QuizError("Some questions are not in this bank version.")
    if draw_per_attempt:
        counts = {skill: n for skill, n in ((draw or {}).get("counts") or {}).items() if n}
        if not counts:
            raise QuizError("A quiz drawn per attempt needs a number of questions for at least one skill.")
        short = short_skills([(q.id, q.skill) for q in questions if q.id in wanted], counts)
        if short:
            raise QuizError(f"Too few questions to draw from for: {', '.join(short)}.")
    quiz = Quiz(owner_id=owner_id, bank_version_id=version_id, title=title[:300], draw=draw,
                draw_per_attempt=draw_per_attempt)
    quiz.items = [
        QuizItem(question_id=q.id, position=i)
        for i, q in enumerate((q for q in questions if q.id in wanted), start=1)
    ]
    db.session.add(quiz)
    return quiz


@dataclass
class AssignmentSettings:
    title: str
    opens_at: datetime
    due_at: datetime | None = None
    whole_class: bool = True
    time_limit_minutes: int | None = None
    attempts_allowed: int = 1
    shuffle_questions: bool = False
    review_policy: str = "immediately"
    show_score: bool = False
    chosen_ids: set[int] = field(default_factory=set)  # used when not whole_class
    extra_minutes: dict[int, int] = field(default_factory=dict)  # accommodations per student id

    def check(self, enrolled: set[int]) -> None:
        if not self.title.strip():
            raise QuizError("An assignment needs a title.")
        if self.due_at is not None and self.due_at <= self.opens_at:
            raise QuizError("The due time must be after the opening time.")
        if self.time_limit_minutes is not None and self.time_limit_minutes < 1:
            raise QuizError("A time limit is at least 1 minute.")
        if self.attempts_allowed < 1:
            raise QuizError("At least one attempt must be allowed.")
        if self.review_policy not in REVIEW_POLICIES:
            raise QuizError(f"Unknown review policy {self.review_policy!r}.")
        if not self.whole_class and not self.chosen_ids:
            raise QuizError("Choose at least one student, or assign it to the whole class.")
        strangers = (set(self.chosen_ids) | {s for s, m in self.extra_minutes.items() if m}) - enrolled
        if strangers:
            raise QuizError("Some chosen students are not in this class.")
        if any(m < 0 for m in self.extra_minutes.values()):
            raise QuizError("Extra minutes cannot be negative.")


def enrolled_student_ids(classroom_id: int) -> set[int]:
    return set(db.session.scalars(select(Enrollment.student_id).where(Enrollment.classroom_id == classroom_id)))


def _apply(assignment: Assignment, settings: AssignmentSettings, enrolled: set[int]) -> None:
    assignment.title = settings.title.strip()[:300]
    assignment.whole_class = settings.whole_class
    assignment.opens_at = settings.opens_at
    assignment.due_at = settings.due_at
    assignment.time_limit_minutes = settings.time_limit_minutes
    assignment.attempts_allowed = settings.attempts_allowed
    assignment.shuffle_questions = settings.shuffle_questions
    assignment.review_policy = settings.review_policy
    assignment.show_score = settings.show_score
    rows = {row.student_id: row for row in assignment.students}
    for sid in enrolled:
        selected = sid in settings.chosen_ids
        extra = settings.extra_minutes.get(sid, 0) or 0
        row = rows.get(sid)
        if row is None:
            if not selected and not extra:
                continue  # no row needed: not chosen, no accommodation
            row = AssignmentStudent(student_id=sid, extra_attempts=0)
            assignment.students.append(row)
        row.selected = selected
        row.extra_minutes = extra


def create_assignment(quiz_id: int, classroom_id: int, settings: AssignmentSettings) -> Assignment:
    enrolled = enrolled_student_ids(classroom_id)
    settings.check(enrolled)
    assignment = Assignment(quiz_id=quiz_id, classroom_id=classroom_id, students=[])
    _apply(assignment, settings, enrolled)
    db.session.add(assignment)
    db.session.commit()
    return assignment


def update_assignment(assignment_id: int, settings: AssignmentSettings) -> Assignment:
    """Later edits keep attempts already taken; extra attempts the teacher granted stay. Attempts in
    progress get the deadline the new time limit, due date or extra minutes give them."""
    assignment = db.session.get(Assignment, assignment_id)
    if assignment is None:
        raise QuizError("No such assignment.")
    enrolled = enrolled_student_ids(assignment.classroom_id)
    settings.check(enrolled)
    _apply(assignment, settings, enrolled)
    db.session.commit()
    refresh_deadlines(assignment.id)
    return assignment
