"""What the teacher's LTI pages read: assignments placed in an LMS and the state of their score sends."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from quizapp.models import Assignment, Classroom, LtiResourceLink, LtiScoreSend, User
from quizapp.web.extensions import db


def assignment_links(assignment_id: int) -> list[LtiResourceLink]:
    return list(db.session.scalars(select(LtiResourceLink).where(
        LtiResourceLink.assignment_id == assignment_id).order_by(LtiResourceLink.id)))


def linked_assignments(teacher_id: int) -> list[Assignment]:
    return list(db.session.scalars(
        select(Assignment).join(Classroom, Classroom.id == Assignment.classroom_id)
        .where(Classroom.teacher_id == teacher_id,
               Assignment.id.in_(select(LtiResourceLink.assignment_id)))
        .order_by(Assignment.title)))


def has_sends(assignment_id: int, student_id: int) -> bool:
    return db.session.scalar(select(LtiScoreSend.id).join(LtiResourceLink).where(
        LtiResourceLink.assignment_id == assignment_id, LtiScoreSend.student_id == student_id).limit(1)) is not None


@dataclass
class SyncRow:
    student_id: int
    name: str
    status: str  # sent | pending | failed (of the latest send)
    score: float | None
    tries: int
    last_error: str
    sent_at: datetime | None
    next_try_at: datetime | None


def sync_rows(assignment_id: int) -> list[SyncRow]:
    """One row per student with score sends: the latest send decides the status."""
    latest: dict[int, tuple[LtiScoreSend, str]] = {}
    for send, name in db.session.execute(
            select(LtiScoreSend, User.display_name).join(User, User.id == LtiScoreSend.student_id)
            .join(LtiResourceLink, LtiResourceLink.id == LtiScoreSend.link_id)
            .where(LtiResourceLink.assignment_id == assignment_id).order_by(LtiScoreSend.id)):
        latest[send.student_id] = (send, name)
    rows = [SyncRow(send.student_id, name, send.status, send.payload.get("scoreGiven"), send.tries, send.last_error,
                    send.sent_at, send.next_try_at if send.status == "pending" else None)
            for send, name in latest.values()]
    return sorted(rows, key=lambda row: row.name.lower())
