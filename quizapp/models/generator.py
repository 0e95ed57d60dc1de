"""A run of the question generator for a teacher, and the candidates it proposed for review.

The run is a row, not a process: any app process can show its status, and the candidates (with
the teacher's edits and decisions) live here until they are saved as a bank."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.models.base import Base, utcnow

JOB_STATUSES = ("queued", "running", "done", "failed")


class GenerationJob(Base):
    __tablename__ = "generation_job"
    __table_args__ = (
        CheckConstraint("status IN ('queued', 'running', 'done', 'failed')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    article: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="queued")
    step: Mapped[str] = mapped_column(String(200), default="")  # what the run is doing, for the status page
    error: Mapped[str] = mapped_column(Text, default="")
    # One dict per candidate: {"question": Question.to_dict(), "decision": "pending"|"accepted"|"rejected"}.
    candidates: Mapped[list[Any]] = mapped_column(JSON, default=list)
    bank_version_id: Mapped[int | None] = mapped_column(ForeignKey("bank_version.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
