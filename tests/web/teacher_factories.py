"""Scored attempts made directly in the database, for the teacher's results pages. The STUDENT
area writes these on submission; here the same columns are filled from the question types'
own scoring, so the numbers a test expects follow from the answers it gives."""
from __future__ import annotations

from datetime import datetime, timedelta

from factories import hand_bank

from quizapp.models import Assignment, Attempt, BankQuestion, BankVersion, Quiz, QuizItem, Response, User, utcnow
from quizapp.questions import get_type
from quizapp.web.banks.operations import import_bank
from quizapp.web.extensions import db


def hand_version(owner: User) -> BankVersion:
    """The small hand-made Kursk bank (2 single choice, true/false, numeric, short answer) as the
    teacher's own bank, so tests know every question and key whatever the bundled bank holds."""
    version = import_bank(hand_bank(), owner_id=owner.id)
    db.session.commit()
    return version


def quiz_of(owner: User, version: BankVersion, qids: list[str], title: str = "Hand quiz") -> Quiz:
    by_qid = {q.qid: q for q in version.questions}
    quiz = Quiz(owner_id=owner.id, bank_version_id=version.id, title=title)
    quiz.items = [QuizItem(question_id=by_qid[qid].id, position=i) for i, qid in enumerate(qids, start=1)]
    db.session.add(quiz)
    db.session.commit()
    return quiz


def make_attempt(assignment: Assignment, student: User, answers: dict[str, object], *, number: int = 1,
                 status: str = "submitted", submitted_at: datetime | None = None) -> Attempt:
    """An attempt answering by bank qid (answers in the type's shape; a missing qid is blank).
    A submitted attempt is scored with the question types; one in progress only saves answers."""
    questions: list[BankQuestion] = [item.question for item in assignment.quiz.items]
    started = utcnow() - timedelta(minutes=30)
    attempt = Attempt(assignment_id=assignment.id, student_id=student.id, number=number, status=status,
                      started_at=started, question_order=[q.id for q in questions], option_orders={})
    total = maximum = 0.0
    for q in questions:
        answer = answers.get(q.qid)
        response = Response(question_id=q.id, answer=answer, raw=None if answer is None else str(answer))
        if status == "submitted":
            score = get_type(q.type).score(q.data, answer)
            response.points, response.max_points, response.correct = score.points, score.max_points, score.correct
            total += score.points
            maximum += score.max_points
        if answer is not None or status == "submitted":
            attempt.responses.append(response)
    if status == "submitted":
        attempt.submitted_at = submitted_at or utcnow() - timedelta(minutes=5)
        attempt.score, attempt.max_score = total, maximum
    db.session.add(attempt)
    db.session.commit()
    return attempt
