"""The questions an attempt is taken with, as frozen plain values, cached per process: bank
questions never change once imported (a changed bank is a new version), so the rows are read once."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.models import Attempt, BankQuestion, QuizItem

if TYPE_CHECKING:
    from quizapp.web.attempts.operations import AttemptPlan


def quiz_question_ids(session: Session, quiz_id: int) -> list[int]:
    return list(session.scalars(
        select(QuizItem.question_id).where(QuizItem.quiz_id == quiz_id).order_by(QuizItem.position)))


@dataclass(frozen=True)
class FrozenQuestion:
    """A bank question's row as plain values. Bank questions never change once imported (a changed
    bank is a new version), so one copy per process serves every request; ``data`` is shared
    between requests and must be treated as read-only."""

    id: int
    version_id: int
    qid: str
    position: int
    skill: str
    type: str
    data: dict[str, Any]


# What the functions below read of a question (id, type, data): a row or its frozen copy.
QuestionRow = BankQuestion | FrozenQuestion

QUESTION_CACHE_SIZE = 5000  # entries (a few KB each); emptied when full


def frozen_questions(session: Session, ids: list[int]) -> dict[int, FrozenQuestion]:
    """The questions with these ids, from the app's cache or the database. The cache lives on the
    Flask app, so a test's fresh database never sees another's rows."""
    cache: dict[int, FrozenQuestion] = current_app.extensions.setdefault("quizapp.frozen_questions", {})
    missing = [qid for qid in ids if qid not in cache]
    if missing:
        if len(cache) + len(missing) > QUESTION_CACHE_SIZE:
            cache.clear()
        columns = (BankQuestion.id, BankQuestion.version_id, BankQuestion.qid, BankQuestion.position,
                   BankQuestion.skill, BankQuestion.type, BankQuestion.data)
        for row in session.execute(select(*columns).where(BankQuestion.id.in_(missing))):
            cache[row.id] = FrozenQuestion(*row)
    return {qid: cache[qid] for qid in ids if qid in cache}


def attempt_questions(session: Session, attempt: Attempt | AttemptPlan) -> list[FrozenQuestion]:
    """The attempt's questions in the order this student sees them."""
    order = list(attempt.question_order or [])
    found = frozen_questions(session, order)
    return [found[qid] for qid in order if qid in found]
