"""Scores to the LMS gradebook (LTI Assignment and Grade Services), through an outbox.

``score_changed(attempt_id, event)`` is the one entry point: the attempt operations call it
after their commit (never inside their write lock: an LMS may take seconds to answer), and a job
queue can call it later instead. It

1. records what the gradebook must now show for the attempt's student, as an ``LtiScoreSend``
   row keyed on (attempt, event): the same event recorded twice (a replayed submit, a retry
   after a crash) is one row, so the platform gets one score per attempt and grading event;
2. sends the rows that are due, each claimed first (its next try moved past a lease under the
   write lock), so two workers never send the same row; the HTTP call runs outside any lock.

A send that fails is tried again with exponential backoff (``backoff``): on PostgreSQL as a job of
the queue that `quizapp worker` runs, at the time of the next try; on SQLite (no queue) whenever
scores of the link are sent next, by ``quizapp lti send-scores`` (cron) and by the teacher's "send
again". After ``MAX_TRIES`` it is marked failed and waits for the teacher. Nothing is lost while the
LMS is down: the row stays until the platform has taken it."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from quizapp.lti.score_policy import AttemptScore, Grade, grade_for
from quizapp.models import Attempt, LtiIdentity, LtiPlatform, LtiResourceLink, LtiScoreSend, utcnow
from quizapp.web.database import write_transaction
from quizapp.web.extensions import db

SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
SCORE_TYPE = "application/vnd.ims.lis.v1.score+json"
MAX_TRIES = 8
LEASE = timedelta(minutes=2)  # how long a claimed row is hidden from other senders
SEND_BATCH = 50


def backoff(tries: int) -> timedelta:
    """30 s, 1 min, 2 min, ... up to 1 hour between tries."""
    return timedelta(seconds=min(3600, 30 * 2 ** max(0, tries - 1)))


def current_grade(attempt: Attempt, policy: str) -> Grade:
    """The grade of the attempt's student for its assignment, by the link's policy."""
    from quizapp.web.attempts.operations import attempts_allowed

    rows = list(db.session.scalars(select(Attempt).where(
        Attempt.assignment_id == attempt.assignment_id, Attempt.student_id == attempt.student_id)))
    scores = [AttemptScore(a.number, a.status, a.score, a.max_score) for a in rows]
    left = attempts_allowed(db.session, attempt.assignment, attempt.student_id) - len(rows)
    return grade_for(scores, policy, max(0, left))


def scores_url(lineitem_url: str) -> str:
    """The line item's /scores endpoint (a line item URL may carry a query string)."""
    base, _, query = lineitem_url.partition("?")
    return base.rstrip("/") + "/scores" + (f"?{query}" if query else "")


def record(attempt_id: int, event: str, now: datetime | None = None) -> list[int]:
    """The score sends this event owes (one per LMS link of the attempt's assignment whose
    platform knows the student); returns their ids. Recording the same event again adds nothing."""
    now = now or utcnow()
    attempt = db.session.get(Attempt, attempt_id)
    if attempt is None:
        return []
    links = list(db.session.scalars(select(LtiResourceLink).where(
        LtiResourceLink.assignment_id == attempt.assignment_id, LtiResourceLink.lineitem_url.is_not(None))))
    ids = []
    for link in links:
        sub = db.session.scalar(select(LtiIdentity.sub).where(
            LtiIdentity.platform_id == link.platform_id, LtiIdentity.user_id == attempt.student_id))
        if sub is None:
            continue  # the student never came from this LMS: its gradebook has no row for them
        payload = current_grade(attempt, link.score_policy).as_score(sub, now)
        key = event if len(links) == 1 else f"{event}/link{link.id}"
        try:
            with write_transaction() as session:
                row = LtiScoreSend(link_id=link.id, attempt_id=attempt.id, student_id=attempt.student_id,
                                   event=key[:80], payload=payload, status="pending", tries=0,
                                   next_try_at=now, last_error="", created_at=now)
                session.add(row)
                session.flush()
                ids.append(row.id)
        except IntegrityError:
            pass  # recorded already: the first record stands
    return ids


def _claim(send_id: int, now: datetime) -> LtiScoreSend | None:
    with write_transaction() as session:
        claimed = session.execute(
            update(LtiScoreSend)
            .where(LtiScoreSend.id == send_id, LtiScoreSend.status == "pending", LtiScoreSend.next_try_at <= now)
            .values(next_try_at=now + LEASE, tries=LtiScoreSend.tries + 1)
            .execution_options(synchronize_session=False))
        if not claimed.rowcount:
            return None
    row = db.session.get(LtiScoreSend, send_id)
    db.session.refresh(row)
    return row


def _post(row: LtiScoreSend) -> None:
    # Imported here: the LTI library's stack costs a web worker ~14 MB, and every submit calls
    # score_changed, which for a student who never came from an LMS sends nothing.
    from quizapp.web.lti.tool import service_connector

    link = db.session.get(LtiResourceLink, row.link_id)
    platform = db.session.get(LtiPlatform, link.platform_id)
    connector = service_connector(platform)
    connector.make_service_request([SCORE_SCOPE], scores_url(link.lineitem_url), is_post=True,
                                   data=json.dumps(row.payload), content_type=SCORE_TYPE)


def send(send_id: int, now: datetime | None = None) -> str | None:
    """Try one due row; returns its status afterwards (None: not due, or taken by another sender)."""
    from pylti1p3.exception import LtiException
    from requests import RequestException

    from quizapp.web.jobqueue import defer_score_send, uses_queue

    now = now or utcnow()
    row = _claim(send_id, now)
    if row is None:
        return None
    error = ""
    try:
        _post(row)
    except (LtiException, RequestException, KeyError, ValueError) as failure:
        error = _describe(failure)
        current_app.logger.warning("LTI score send %s failed (try %s): %s", row.id, row.tries, error)
    with write_transaction() as session:
        row = session.get(LtiScoreSend, send_id)
        if not error:
            row.status, row.sent_at, row.last_error = "sent", utcnow(), ""
        else:
            row.last_error = error[:500]
            row.status = "failed" if row.tries >= MAX_TRIES else "pending"
            row.next_try_at = now + backoff(row.tries)
            if row.status == "pending" and uses_queue(current_app):
                # PostgreSQL with a worker: the next try is a queue job at its time, committed with
                # the row, so no cron is needed (and no second sender: the claim still decides).
                defer_score_send(session, send_id, row.next_try_at)
    return row.status


def _describe(failure: Exception) -> str:
    response = getattr(failure, "response", None)
    if response is not None and getattr(response, "status_code", None):
        return f"the LMS answered {response.status_code}"
    return f"the LMS could not be reached ({failure.__class__.__name__})"


def send_due(link_id: int | None = None, now: datetime | None = None) -> dict[str, int]:
    """Send every due row (of one link, or all), oldest first; returns counts by outcome."""
    now = now or utcnow()
    query = select(LtiScoreSend.id).where(LtiScoreSend.status == "pending", LtiScoreSend.next_try_at <= now)
    if link_id is not None:
        query = query.where(LtiScoreSend.link_id == link_id)
    counts: dict[str, int] = {}
    for send_id in list(db.session.scalars(query.order_by(LtiScoreSend.id).limit(SEND_BATCH))):
        outcome = send(send_id, now) or "skipped"
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


def score_changed(attempt_id: int, event: str, now: datetime | None = None) -> None:
    """Record the event's score sends and send what is due for those links. Never raises: a
    gradebook that cannot be reached must not fail the student's submit (the rows wait)."""
    try:
        ids = record(attempt_id, event, now)
        for link_id in sorted({db.session.get(LtiScoreSend, i).link_id for i in ids}):
            send_due(link_id, now)
    except Exception:  # noqa: BLE001 - logged; the outbox rows (if recorded) are retried later
        db.session.rollback()
        current_app.logger.exception("LTI score passback for attempt %s (%s) failed", attempt_id, event)


def send_again(link: LtiResourceLink, student_id: int, now: datetime | None = None) -> str | None:
    """The teacher's "send again": the student's waiting or failed sends go now; when none are
    left, the current grade is recorded and sent afresh. Returns the last outcome."""
    now = now or utcnow()
    with write_transaction() as session:
        waiting = session.execute(
            update(LtiScoreSend)
            .where(LtiScoreSend.link_id == link.id, LtiScoreSend.student_id == student_id,
                   LtiScoreSend.status.in_(("pending", "failed")))
            .values(status="pending", next_try_at=now, tries=0)
            .execution_options(synchronize_session=False)).rowcount
    if not waiting:
        latest = db.session.scalar(select(Attempt).where(
            Attempt.assignment_id == link.assignment_id, Attempt.student_id == student_id)
            .order_by(Attempt.number.desc()).limit(1))
        if latest is None:
            return None
        record(latest.id, f"resent:{now.isoformat()}", now)
    outcome = None
    for send_id in list(db.session.scalars(select(LtiScoreSend.id).where(
            LtiScoreSend.link_id == link.id, LtiScoreSend.student_id == student_id,
            LtiScoreSend.status == "pending").order_by(LtiScoreSend.id))):
        outcome = send(send_id, now) or outcome
    return outcome
