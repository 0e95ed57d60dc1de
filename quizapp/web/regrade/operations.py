"""Regrading a question across a teacher's classes: preview, then apply exactly what was previewed.

Guarantees, and what holds them:

* **Only an explicit regrade changes a submitted score.** Bank questions are never edited (a changed
  bank is a new version), and a correction lives in a Regrade row; the attempts it re-marks are
  changed here, in the transaction that writes the row, and nowhere else.
* **Only the acting teacher's classes.** A question of a bundled bank is used by many teachers; a
  regrade re-marks the attempts of assignments of the acting teacher's classes and scores that
  teacher's later submissions. Another teacher's results never change.
* **What is applied is what was previewed.** The preview's digest covers the key before and after
  and every submitted attempt it looked at with its old and new score; `apply_regrade` recomputes
  the plan under the write lock and refuses (StalePreview, with the fresh plan) when the digest
  differs: an attempt submitted or reopened since, or another regrade of the question (another
  teacher's tab, the same teacher's other tab).
* **Consistent totals under concurrent regrades and submissions.** On SQLite every writer holds
  the write lock (``write_transaction``); on PostgreSQL the question's row is locked first, so two
  regrades of it run one after the other, then every attempt of the teacher's assignments of its
  bank version (in progress too, so a submission in flight finishes first; the submission re-reads
  the regraded keys under its own attempt lock, see ``attempts.operations.submit_attempt``).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.models import (
    Assignment, Attempt, BankQuestion, Classroom, Quiz, Regrade, RegradeAttempt, Response, User, utcnow,
)
from quizapp.regrade import Change, Keyed, apply_change, describe, score_keyed, total_of
from quizapp.web.database import write_transaction
from quizapp.web.extensions import db
from quizapp.web.regrade.queries import regraded_keys


@dataclass(frozen=True)
class AttemptChange:
    attempt_id: int
    student: str
    assignment_id: int
    assignment: str
    number: int
    old_score: float | None
    old_max: float | None
    new_score: float
    new_max: float
    old_points: float | None
    new_points: float

    @property
    def difference(self) -> float:
        return round(self.new_score - (self.old_score or 0.0), 2)

    # A drop changes the maximum too: the share shows what the points alone do not.
    @property
    def old_percent(self) -> int:
        return round(100 * (self.old_score or 0.0) / self.old_max) if self.old_max else 0

    @property
    def new_percent(self) -> int:
        return round(100 * self.new_score / self.new_max) if self.new_max else 0


@dataclass
class Plan:
    question_id: int
    change: Change
    before: Keyed
    after: Keyed
    considered: int  # submitted attempts of the teacher's classes that contain the question
    changes: list[AttemptChange] = field(default_factory=list)
    digest: str = ""

    @property
    def old_key(self) -> str:
        return describe(self.before)

    @property
    def new_key(self) -> str:
        return describe(self.after)


class StalePreview(Exception):
    """The attempts or the key changed since the preview; `plan` is the preview as it is now."""

    def __init__(self, plan: Plan):
        super().__init__("stale preview")
        self.plan = plan


def current_key(session: Session, teacher_id: int, question: BankQuestion) -> Keyed:
    return regraded_keys(session, teacher_id, [question.id]).get(question.id) or Keyed.from_data(question.data)


def _plan(session: Session, teacher_id: int, question: BankQuestion, change: Change, lock: bool) -> Plan:
    before = current_key(session, teacher_id, question)
    after = apply_change(before, change)  # ChangeError for the form
    # Every attempt of the teacher's assignments of this bank version: a question belongs to one
    # version, and a quiz to one version, so no attempt holding the question is missed.
    query = (select(Attempt, User.display_name, Assignment.title).join(Assignment, Attempt.assignment_id == Assignment.id)
             .join(Classroom, Assignment.classroom_id == Classroom.id).join(Quiz, Assignment.quiz_id == Quiz.id)
             .join(User, User.id == Attempt.student_id)
             .where(Classroom.teacher_id == teacher_id, Quiz.bank_version_id == question.version_id)
             .order_by(Attempt.id))
    if lock:
        query = query.with_for_update(of=Attempt)
    rows = [(a, name, title) for a, name, title in session.execute(query)
            if a.status == "submitted" and question.id in (a.question_order or ())]
    responses: dict[int, list[Response]] = {}
    if rows:
        for response in session.scalars(select(Response).where(Response.attempt_id.in_([a.id for a, _, _ in rows]))):
            responses.setdefault(response.attempt_id, []).append(response)
    plan = Plan(question.id, change, before, after, considered=len(rows))
    for attempt, name, title in rows:
        mine = [r for r in responses.get(attempt.id, []) if r.question_id == question.id]
        others = [r for r in responses.get(attempt.id, []) if r.question_id != question.id]
        row = mine[0] if mine else None
        item = score_keyed(after, row.answer if row is not None else None)
        if row is not None and (row.points, row.max_points, row.correct) == (item.points, item.max_points, item.correct):
            continue
        plan.changes.append(AttemptChange(
            attempt.id, name, attempt.assignment_id, title, attempt.number, attempt.score, attempt.max_score,
            total_of([r.points or 0.0 for r in others] + [item.points]),
            total_of([r.max_points or 0.0 for r in others] + [item.max_points]),
            row.points if row is not None else None, item.points,
        ))
    payload = {
        "teacher": teacher_id, "question": question.id,
        "before": [before.credit, before.to_data()], "after": [after.credit, after.to_data()],
        "attempts": [[a.id, a.score, a.max_score] for a, _, _ in rows],
        "changes": [[c.attempt_id, c.new_score, c.new_max, c.new_points] for c in plan.changes],
    }
    encoded = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    plan.digest = hashlib.sha256(encoded.encode("utf-8")).hexdigest()
    return plan


def preview_regrade(teacher_id: int, question: BankQuestion, change: Change) -> Plan:
    """Which attempts the change would re-mark and how; changes nothing. ChangeError if it cannot apply."""
    return _plan(db.session(), teacher_id, question, change, lock=False)


def apply_regrade(teacher_id: int, question_id: int, change: Change, digest: str) -> tuple[Regrade, Plan]:
    """Store the correction and re-mark the attempts of the previewed plan, in one transaction.
    Raises StalePreview (nothing written) when the plan differs from the preview with `digest`,
    ChangeError when the change no longer applies (another tab made it already)."""
    session = db.session()
    with write_transaction(session):
        # PostgreSQL: regrades of one question queue here. NO KEY UPDATE, so students' answers
        # (rows referencing the question) can still be saved meanwhile.
        question = session.scalar(select(BankQuestion).where(BankQuestion.id == question_id)
                                  .with_for_update(key_share=True))
        plan = _plan(session, teacher_id, question, change, lock=True)
        if plan.digest != digest:
            raise StalePreview(plan)
        now = utcnow()
        regrade = Regrade(teacher_id=teacher_id, question_id=question_id, created_at=now, action=change.action,
                          old_key=plan.old_key, new_key=plan.new_key, question_data=plan.after.to_data(),
                          credit=plan.after.credit)
        session.add(regrade)
        changed = {c.attempt_id: c for c in plan.changes}
        rows = {r.attempt_id: r for r in session.scalars(select(Response).where(
            Response.attempt_id.in_(list(changed)), Response.question_id == question_id))}
        for attempt in session.scalars(select(Attempt).where(Attempt.id.in_(list(changed)))):
            c = changed[attempt.id]
            row = rows.get(attempt.id)
            if row is None:  # a blank row, as submitting makes one, so the analysis sees the item
                row = Response(attempt_id=attempt.id, question_id=question_id, answer=None, raw=None, updated_at=now)
                session.add(row)
            item = score_keyed(plan.after, row.answer)
            row.points, row.max_points, row.correct = item.points, item.max_points, item.correct
            attempt.score, attempt.max_score = c.new_score, c.new_max
            regrade.attempts.append(RegradeAttempt(
                attempt_id=attempt.id, old_score=c.old_score, old_max=c.old_max, new_score=c.new_score,
                new_max=c.new_max, old_points=c.old_points, new_points=c.new_points))
        session.flush()
        event = f"regraded:{regrade.id}"
    # After the commit, outside the write lock: students who came from an LMS get their re-marked
    # grade in its gradebook (quizapp.web.lti.passback; nothing for other students).
    from quizapp.web.lti.passback import score_changed

    for attempt_id in changed:
        score_changed(attempt_id, event, now)
    return regrade, plan
