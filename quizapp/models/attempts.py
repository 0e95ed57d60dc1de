"""Attempts and responses. The database, not a count-then-insert, guarantees one attempt per
number, one attempt in progress, and one response per question."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON, CheckConstraint, DateTime, Float, ForeignKey, Index, Integer, String, UniqueConstraint, text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.models.banks import BankQuestion
from quizapp.models.base import Base, utcnow
from quizapp.models.quizzes import Assignment


class Attempt(Base):
    __tablename__ = "attempt"
    __table_args__ = (
        UniqueConstraint("assignment_id", "student_id", "number"),
        CheckConstraint("status IN ('in_progress', 'submitted')", name="status"),
        CheckConstraint("number >= 1", name="number_positive"),
        # At most one attempt in progress per student and assignment.
        Index(
            "uq_attempt_one_in_progress", "assignment_id", "student_id", unique=True,
            sqlite_where=text("status = 'in_progress'"),
            postgresql_where=text("status = 'in_progress'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignment.id", ondelete="CASCADE"), index=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="in_progress")
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    deadline_at: Mapped[datetime | None] = mapped_column(DateTime)  # time limit or due date, whichever first
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    # BankQuestion ids in the order this student sees them; fixed at start so a reload shows the same order.
    question_order: Mapped[list[int]] = mapped_column(JSON)
    # The seed of this attempt's own draw when its quiz draws per attempt (None otherwise): the
    # quiz's pool, its counts and this seed give the drawn questions again.
    draw_seed: Mapped[int | None] = mapped_column(Integer)
    # Option order per question id, fixed at start; {} for a question shown as written (ordered).
    option_orders: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    score: Mapped[float | None] = mapped_column(Float)
    max_score: Mapped[float | None] = mapped_column(Float)

    assignment: Mapped[Assignment] = relationship()
    responses: Mapped[list["Response"]] = relationship(back_populates="attempt", cascade="all, delete-orphan")


class Response(Base):
    __tablename__ = "response"
    __table_args__ = (UniqueConstraint("attempt_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("bank_question.id"))
    answer: Mapped[Any] = mapped_column(JSON)  # the answer in the question type's shape (None = blank)
    raw: Mapped[str | None] = mapped_column(String(2000))  # what was typed, kept even when unreadable
    points: Mapped[float | None] = mapped_column(Float)
    max_points: Mapped[float | None] = mapped_column(Float)
    correct: Mapped[bool | None] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    attempt: Mapped[Attempt] = relationship(back_populates="responses")
    question: Mapped[BankQuestion] = relationship()
