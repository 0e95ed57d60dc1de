"""Regrades: a teacher's correction of a question's key, and per attempt the score before and after.

A bank question never changes (attempts point at it), so a correction is kept here: the newest
Regrade of a (teacher, question) is how that question scores in that teacher's classes from then on,
for the attempts it re-marked and for every attempt submitted after it. Rows are never updated:
they are the history."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, DateTime, Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.models.accounts import User
from quizapp.models.banks import BankQuestion
from quizapp.models.base import Base, utcnow


class Regrade(Base):
    __tablename__ = "regrade"
    __table_args__ = (
        CheckConstraint("credit IN ('key', 'dropped', 'full')", name="credit"),
        Index("ix_regrade_teacher_question", "teacher_id", "question_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(ForeignKey("bank_question.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(40))  # quizapp.regrade's change names
    old_key: Mapped[str] = mapped_column(Text)  # quizapp.regrade.describe() before and after
    new_key: Mapped[str] = mapped_column(Text)
    # The question as it scores from now on (Question.to_dict()) and how credit is given.
    question_data: Mapped[dict[str, Any]] = mapped_column(JSON)
    credit: Mapped[str] = mapped_column(String(20))

    teacher: Mapped[User] = relationship()
    question: Mapped[BankQuestion] = relationship()
    attempts: Mapped[list["RegradeAttempt"]] = relationship(
        back_populates="regrade", cascade="all, delete-orphan", order_by="RegradeAttempt.id")


class RegradeAttempt(Base):
    """One attempt a regrade changed: its total and this question's points, before and after."""

    __tablename__ = "regrade_attempt"
    __table_args__ = (UniqueConstraint("regrade_id", "attempt_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    regrade_id: Mapped[int] = mapped_column(ForeignKey("regrade.id", ondelete="CASCADE"), index=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id", ondelete="CASCADE"), index=True)
    old_score: Mapped[float | None] = mapped_column(Float)
    old_max: Mapped[float | None] = mapped_column(Float)
    new_score: Mapped[float] = mapped_column(Float)
    new_max: Mapped[float] = mapped_column(Float)
    old_points: Mapped[float | None] = mapped_column(Float)
    new_points: Mapped[float] = mapped_column(Float)

    regrade: Mapped[Regrade] = relationship(back_populates="attempts")
