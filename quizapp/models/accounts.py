"""Teachers and students. Students have no e-mail: a teacher creates them with a username."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.models.base import Base, utcnow


class User(Base):
    __tablename__ = "user"
    __table_args__ = (
        CheckConstraint("role IN ('teacher', 'student')", name="role"),
        CheckConstraint("role != 'teacher' OR email IS NOT NULL", name="teacher_has_email"),
        CheckConstraint("role != 'student' OR username IS NOT NULL", name="student_has_username"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(10))
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    username: Mapped[str | None] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(255))
    # Bumped on sign-out and password reset; the session stores it, so every other session of
    # the account stops being valid (Flask-Login's alternative id).
    session_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # IANA name ("Europe/Paris"): dates and times are shown, and typed, in it. None: UTC.
    time_zone: Mapped[str | None] = mapped_column(String(64))

    # Flask-Login's user protocol, written out so the models stay free of Flask. The id carries the
    # session version: bumping it makes every session holding the old value anonymous.
    is_authenticated = True
    is_active = True
    is_anonymous = False

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"

    @property
    def is_teacher(self) -> bool:
        return self.role == "teacher"

    @property
    def is_student(self) -> bool:
        return self.role == "student"


class LoginThrottle(Base):
    """Failed sign-ins per (account, client address), kept in the database so the limit holds
    across worker processes, and keyed by address too so one student cannot lock another out."""

    __tablename__ = "login_throttle"

    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    window_start: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
