"""Quizzes built from a bank version, and their assignment to a class or to chosen students."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, DateTime, ForeignKey, Integer, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.models.banks import BankQuestion, BankVersion
from quizapp.models.base import Base, utcnow
from quizapp.models.classes import Classroom

REVIEW_POLICIES = ("immediately", "after_due", "never")


class Quiz(Base):
    __tablename__ = "quiz"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    bank_version_id: Mapped[int] = mapped_column(ForeignKey("bank_version.id"))
    title: Mapped[str] = mapped_column(String(300))
    # How the questions were drawn at random: {"seed": int, "counts": {skill: n}}, so the draw can
    # be shown and repeated; None when the teacher picked them by hand.
    draw: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # True: the items are the pool, and every attempt draws draw["counts"] per skill from it with a
    # seed of its own (Attempt.draw_seed), so neighbours get different questions of the same skills.
    draw_per_attempt: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    bank_version: Mapped[BankVersion] = relationship()
    items: Mapped[list["QuizItem"]] = relationship(
        back_populates="quiz", order_by="QuizItem.position", cascade="all, delete-orphan"
    )


class QuizItem(Base):
    __tablename__ = "quiz_item"
    __table_args__ = (UniqueConstraint("quiz_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quiz.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(ForeignKey("bank_question.id"))
    position: Mapped[int] = mapped_column(Integer)

    quiz: Mapped[Quiz] = relationship(back_populates="items")
    question: Mapped[BankQuestion] = relationship()


class Assignment(Base):
    __tablename__ = "assignment"
    __table_args__ = (
        CheckConstraint("attempts_allowed >= 1", name="attempts_allowed_positive"),
        CheckConstraint("time_limit_minutes IS NULL OR time_limit_minutes > 0", name="time_limit_positive"),
        CheckConstraint("due_at IS NULL OR due_at > opens_at", name="due_after_open"),
        CheckConstraint(
            "review_policy IN ('immediately', 'after_due', 'never')", name="review_policy"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quiz.id", ondelete="CASCADE"), index=True)
    classroom_id: Mapped[int] = mapped_column(ForeignKey("classroom.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    # False: only the students listed in AssignmentStudent with selected=True take it.
    whole_class: Mapped[bool] = mapped_column(Boolean, default=True)
    opens_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    due_at: Mapped[datetime | None] = mapped_column(DateTime)
    time_limit_minutes: Mapped[int | None] = mapped_column(Integer)
    attempts_allowed: Mapped[int] = mapped_column(Integer, default=1)
    shuffle_questions: Mapped[bool] = mapped_column(Boolean, default=False)
    review_policy: Mapped[str] = mapped_column(String(20), default="immediately")
    # Before review is allowed a score is an answer oracle (one more attempt, one more key found):
    # students see it then only where the teacher chose so.
    show_score: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    quiz: Mapped[Quiz] = relationship()
    classroom: Mapped[Classroom] = relationship()
    students: Mapped[list["AssignmentStudent"]] = relationship(
        back_populates="assignment", cascade="all, delete-orphan"
    )


class AssignmentStudent(Base):
    """Per-student settings of an assignment: chosen (when not whole class), accommodations
    (extra minutes on the time limit) and extra attempts granted by the teacher."""

    __tablename__ = "assignment_student"
    __table_args__ = (
        UniqueConstraint("assignment_id", "student_id"),
        CheckConstraint("extra_minutes >= 0", name="extra_minutes_nonnegative"),
        CheckConstraint("extra_attempts >= 0", name="extra_attempts_nonnegative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignment.id", ondelete="CASCADE"))
    student_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    selected: Mapped[bool] = mapped_column(Boolean, default=True)
    extra_minutes: Mapped[int] = mapped_column(Integer, default=0)
    extra_attempts: Mapped[int] = mapped_column(Integer, default=0)

    assignment: Mapped[Assignment] = relationship(back_populates="students")
