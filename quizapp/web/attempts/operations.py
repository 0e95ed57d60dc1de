"""Every state change of an attempt, as functions taking plain data (ids, answers, the time).

Guarantees, and what holds them:

* **One attempt in progress, never more attempts than allowed.** Counting then inserting is not
  enough: 40 parallel "start" requests all count 0 and all insert. The database settles it: the
  unique (assignment, student, number) constraint and the partial unique index "one in progress per
  (assignment, student)". A start that loses the race gets IntegrityError and is sent to the
  attempt the winner created. The read-count-insert also runs under a write lock (SQLite
  ``BEGIN IMMEDIATE`` via ``write_transaction``; PostgreSQL ``SELECT ... FOR UPDATE`` on the
  student's enrollment row) so the common case never even reaches the constraint.
* **Submission is idempotent.** The attempt flips from in_progress to submitted under a row lock,
  once; a double click or a replayed POST finds it submitted and returns it unchanged. Scoring (pure
  Python over the frozen questions) runs before the lock, so the write transaction stays short.
* **A finished attempt never changes**: saves are refused once it is submitted; only a
  teacher's ``reopen_attempt`` turns it back, and only a teacher's explicit regrade re-marks it
  (``regrade.operations.apply_regrade``, which keeps the old and the new score).
* **Time is the server's**: a save after the deadline is refused, and the attempt is submitted
  with the answers saved so far. ``SAVE_GRACE`` lets a save that left the browser just before the
  deadline still land (network latency), nothing more.
"""
from __future__ import annotations

import json
import random
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from flask import current_app
from sqlalchemy import Row, and_, bindparam, exists, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from quizapp.models import (
    Assignment, AssignmentStudent, Attempt, BankQuestion, Enrollment, Response, utcnow,
)
from quizapp.questions import AnswerError, as_question, get_type
from quizapp.regrade import Keyed, score_keyed_attempt
from quizapp.web.attempts.frozen import QuestionRow, attempt_questions, quiz_question_ids
from quizapp.web.database import write_transaction
from quizapp.web.extensions import db
from quizapp.web.quizzes.drawing import draw_per_skill, new_seed
from quizapp.web.regrade.queries import assignment_regraded_keys
from quizapp.web.timezones import local_text

# A save sent just before the deadline may arrive a moment after it.
SAVE_GRACE = timedelta(seconds=30)
RAW_MAX = 2000  # Response.raw's column size
# Types whose options are shuffled for every attempt, so that an option's place never tells the key
# (banks often list the key first). Evidence sentences keep the article's order (reading order
# matters there), true/false keeps "True" first, and a question marked `ordered` keeps its order.
SHUFFLED_TYPES = frozenset({"single_choice", "multiple_select", "matching"})


class AttemptError(Exception):
    """A refusal with a message meant for the student (or the teacher)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotAvailable(AttemptError):
    """The student may not see this assignment or attempt at all (routes answer 404)."""


class NotOpenYet(AttemptError):
    pass


class Closed(AttemptError):
    """The due date has passed."""


class NoAttemptsLeft(AttemptError):
    pass


class AttemptFinished(AttemptError):
    """The attempt is submitted: its answers no longer change."""


class DeadlinePassed(AttemptFinished):
    """Time ran out; the attempt has been submitted with the answers saved before the deadline."""


@dataclass
class SaveResult:
    attempt_id: int
    errors: dict[int, str] = field(default_factory=dict)  # question id -> message (raw kept)
    changed: int = 0
    answered: int = 0  # questions with a readable answer stored, after this save


@dataclass
class AssignmentStatus:
    """Where a student stands with one assignment, for the student home and the start button."""

    state: str  # not_open | in_progress | available | done | closed
    attempts_used: int
    attempts_allowed: int
    in_progress: Attempt | None
    last_submitted: Attempt | None
    message: str

    @property
    def can_start(self) -> bool:
        return self.state in {"available", "in_progress"}


def _now(now: datetime | None) -> datetime:
    return now if now is not None else utcnow()


# --- who may take what -------------------------------------------------------------------------

def _settings(session: Session, assignment_id: int, student_id: int) -> AssignmentStudent | None:
    return session.scalar(select(AssignmentStudent).where(
        AssignmentStudent.assignment_id == assignment_id, AssignmentStudent.student_id == student_id))


def _enrollment_query(assignment: Assignment, student_id: int):
    return select(Enrollment).where(
        Enrollment.classroom_id == assignment.classroom_id, Enrollment.student_id == student_id)


def may_take(session: Session, assignment: Assignment, student_id: int) -> bool:
    """Enrolled in the class, and chosen when the assignment is not for the whole class."""
    return bool(session.scalar(select(answerable(assignment.id, student_id))))


def answerable(assignment_id: Any, student_id: int):
    """EXISTS: the student may answer this assignment: enrolled in its class, and chosen when it is
    not for the whole class (assignment_id may be a column, so a save checks it in the statement
    that locks the attempt)."""
    chosen = AssignmentStudent
    return exists(
        select(Assignment.id)
        .join(Enrollment, and_(Enrollment.classroom_id == Assignment.classroom_id, Enrollment.student_id == student_id))
        .outerjoin(chosen, and_(chosen.assignment_id == Assignment.id, chosen.student_id == student_id))
        .where(Assignment.id == assignment_id, or_(Assignment.whole_class.is_(True), chosen.selected.is_(True)))
    )


def attempts_allowed(session: Session, assignment: Assignment, student_id: int) -> int:
    extra = _settings(session, assignment.id, student_id)
    return assignment.attempts_allowed + (extra.extra_attempts if extra else 0)


def deadline_for(assignment: Assignment, extra_minutes: int, started: datetime) -> datetime | None:
    """The time limit (plus the student's extra minutes) or the due date, whichever comes first."""
    ends = []
    if assignment.time_limit_minutes:
        ends.append(started + timedelta(minutes=assignment.time_limit_minutes + extra_minutes))
    if assignment.due_at is not None:
        ends.append(assignment.due_at)
    return min(ends) if ends else None


def is_expired(attempt: Attempt, now: datetime | None = None, grace: timedelta = SAVE_GRACE) -> bool:
    """Past the deadline. Saves get SAVE_GRACE for the network; a page shown to the student uses
    no grace (grace=timedelta(0)), so a quiz page served after the deadline is never answerable."""
    return (attempt.status == "in_progress" and attempt.deadline_at is not None
            and _now(now) > attempt.deadline_at + grace)


def review_allowed(attempt: Attempt, now: datetime | None = None) -> bool:
    """Whether the student may see keys, feedback and evidence for this attempt."""
    if attempt.status != "submitted":
        return False
    assignment = attempt.assignment
    if assignment.review_policy == "immediately":
        return True
    if assignment.review_policy == "after_due":
        # No due date: there is no moment after which every classmate is done, so never.
        return assignment.due_at is not None and _now(now) >= assignment.due_at
    return False


def score_visible(attempt: Attempt, now: datetime | None = None) -> bool:
    """Whether the student may see this attempt's score: with the review, or earlier where the
    teacher chose to show the total (a score per attempt tells a student which change was right)."""
    return attempt.status == "submitted" and (attempt.assignment.show_score or review_allowed(attempt, now))


@dataclass(frozen=True)
class AttemptPlan:
    """What never changes about an attempt once started: whose it is, its questions and their
    option order. Saves read it from the app's cache instead of loading the attempt."""

    id: int
    student_id: int
    question_order: tuple[int, ...]
    option_orders: dict[str, Any]


ATTEMPT_CACHE_SIZE = 20_000  # attempts (a few hundred bytes each); emptied when full


def attempt_plan(session: Session, attempt_id: int) -> AttemptPlan | None:
    cache: dict[int, AttemptPlan] = current_app.extensions.setdefault("quizapp.attempt_plans", {})
    plan = cache.get(attempt_id)
    if plan is None:
        row = session.execute(select(Attempt.id, Attempt.student_id, Attempt.question_order, Attempt.option_orders)
                              .where(Attempt.id == attempt_id)).first()
        if row is None:
            return None
        plan = AttemptPlan(row.id, row.student_id, tuple(row.question_order or ()), dict(row.option_orders or {}))
        if len(cache) >= ATTEMPT_CACHE_SIZE:
            cache.clear()
        cache[attempt_id] = plan
    return plan


def forget_attempt_plan(attempt_id: int) -> None:
    current_app.extensions.get("quizapp.attempt_plans", {}).pop(attempt_id, None)


def option_orders(questions: list[QuestionRow], rng: random.Random) -> dict[str, list[int]]:
    orders: dict[str, list[int]] = {}
    for q in questions:
        options = q.data.get("options") or []
        if q.type in SHUFFLED_TYPES and len(options) > 1 and not (q.data.get("extra") or {}).get("ordered"):
            order = list(range(len(options)))
            rng.shuffle(order)
            orders[str(q.id)] = order
    return orders


def ordered_options(question: QuestionRow, attempt: Attempt) -> list[str]:
    """The options as this attempt shows them (fixed at start, the same on every reload)."""
    options = get_type(question.type).options_for_student(question.data) or []
    order = (attempt.option_orders or {}).get(str(question.id))
    if order and sorted(order) == list(range(len(options))):
        return [options[i] for i in order]
    return options


# --- start -------------------------------------------------------------------------------------

def attempt_draw(pool: list[int], by_id: Mapping[int, QuestionRow], draw: dict | None, seed: int) -> list[int]:
    """The questions one attempt of a quiz drawn per attempt gets: `draw["counts"]` per skill from
    the quiz's questions (`pool`, in quiz order), by `seed`; the same seed gives the same set."""
    counts = (draw or {}).get("counts") or {}
    return draw_per_skill([(qid, by_id[qid].skill) for qid in pool if qid in by_id], counts, seed)


def _load_assignment(session: Session, assignment_id: int, student_id: int) -> Assignment:
    assignment = session.get(Assignment, assignment_id)
    if assignment is None or not may_take(session, assignment, student_id):
        raise NotAvailable("No such assignment.")
    return assignment


def _in_progress(session: Session, assignment_id: int, student_id: int) -> Attempt | None:
    return session.scalar(select(Attempt).where(
        Attempt.assignment_id == assignment_id, Attempt.student_id == student_id,
        Attempt.status == "in_progress"))


def start_attempt(assignment_id: int, student_id: int, now: datetime | None = None) -> Attempt:
    """Resume the attempt in progress, or start the next one if the assignment allows it."""
    now = _now(now)
    session = db.session()
    assignment = _load_assignment(session, assignment_id, student_id)
    current = _in_progress(session, assignment_id, student_id)
    if current is not None:
        if not is_expired(current, now):
            return current
        finalize_attempt(current.id, now=now)  # out of time: submit what was saved, then go on
    if now < assignment.opens_at:
        raise NotOpenYet(f"This assignment opens at {local_text(assignment.opens_at)}.")
    if assignment.due_at is not None and now >= assignment.due_at:
        raise Closed("This assignment is closed: its due date has passed.")

    question_ids = quiz_question_ids(session, assignment.quiz_id)
    if not question_ids:
        raise AttemptError("This quiz has no questions yet: ask your teacher.")
    questions = list(session.scalars(select(BankQuestion).where(BankQuestion.id.in_(question_ids))))
    by_id = {q.id: q for q in questions}
    # A per-attempt seed: each student (and each attempt) gets its own order, fixed from here on.
    rng = random.Random(secrets.randbits(64))
    order = [qid for qid in question_ids if qid in by_id]
    quiz = assignment.quiz
    draw_seed = None
    if quiz.draw_per_attempt:
        draw_seed = new_seed()
        order = attempt_draw(order, by_id, quiz.draw, draw_seed)
    if assignment.shuffle_questions:
        rng.shuffle(order)
    orders = option_orders([by_id[qid] for qid in order], rng)

    try:
        with write_transaction(session):
            # PostgreSQL: serialise this student's starts on their enrollment row (a no-op on
            # SQLite, where BEGIN IMMEDIATE already serialises every writer).
            session.scalar(_enrollment_query(assignment, student_id).with_for_update())
            current = _in_progress(session, assignment_id, student_id)
            if current is not None:
                return current
            used, last = session.execute(select(func.count(Attempt.id), func.max(Attempt.number)).where(
                Attempt.assignment_id == assignment_id, Attempt.student_id == student_id)).one()
            allowed = attempts_allowed(session, assignment, student_id)
            if used >= allowed:
                raise NoAttemptsLeft(
                    f"You have used all {allowed} attempt{'s' if allowed != 1 else ''} of this assignment.")
            settings = _settings(session, assignment_id, student_id)
            attempt = Attempt(
                assignment_id=assignment_id, student_id=student_id, number=(last or 0) + 1,
                status="in_progress", started_at=now,
                deadline_at=deadline_for(assignment, settings.extra_minutes if settings else 0, now),
                question_order=order, option_orders=orders, draw_seed=draw_seed,
            )
            session.add(attempt)
            session.flush()
        return attempt
    except IntegrityError:
        # Another request started the attempt between our check and our insert: use theirs.
        session.rollback()
        current = _in_progress(session, assignment_id, student_id)
        if current is not None:
            return current
        raise NoAttemptsLeft("You have no attempts left for this assignment.") from None


# --- save --------------------------------------------------------------------------------------

def _load_own_attempt(session: Session, attempt_id: int, student_id: int | None) -> Attempt:
    attempt = session.get(Attempt, attempt_id)
    if attempt is None or (student_id is not None and attempt.student_id != student_id):
        raise NotAvailable("No such attempt.")
    # A student removed from the class (or no longer chosen) stops answering at once, also in an
    # attempt started before; the teacher's own calls (student_id None) are not limited.
    if student_id is not None and not session.scalar(select(answerable(attempt.assignment_id, student_id))):
        raise NotAvailable("No such attempt.")
    return attempt


def raw_text(raw: Any) -> str | None:
    """What was typed or chosen, as text for Response.raw (lists as JSON)."""
    if raw is None:
        return None
    if isinstance(raw, str):
        return raw
    return json.dumps(raw, ensure_ascii=False)


LIST_TYPES = frozenset({"multiple_select", "matching"})


def raw_value(question_type: str, text: str | None) -> Any:
    """The inverse of raw_text: what the student sent, for re-reading a stored raw."""
    if text is None or question_type not in LIST_TYPES:
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def read_answer(question: QuestionRow, raw: Any) -> tuple[Any, str | None, str | None]:
    """(answer, raw text, error message). An unreadable answer is blank, but its raw is kept."""
    text = raw_text(raw)
    if text is not None and len(text) > RAW_MAX:
        return None, text[:RAW_MAX], f"This answer is too long: at most {RAW_MAX} characters."
    try:
        return get_type(question.type).parse_answer(question.data, raw), text, None
    except AnswerError as error:
        return None, text, error.message[:1].upper() + error.message[1:] + "."


def save_answers(attempt_id: int, student_id: int, answers: Mapping[int, Any],
                 now: datetime | None = None, questions: list[QuestionRow] | None = None) -> SaveResult:
    """Store the given answers (one Response per question, updated in place).

    ``questions``: the attempt's questions when the caller has loaded them already (they are frozen,
    so they cannot have changed since). Questions not in the attempt are ignored. Raises
    NotAvailable when the attempt is not the student's (or the student left the class),
    AttemptFinished when it is already submitted, and DeadlinePassed (after submitting it with what
    was saved) when time is up."""
    now = _now(now)
    session = db.session()
    if questions is None:
        plan = attempt_plan(session, attempt_id)
        if plan is None or plan.student_id != student_id:
            raise NotAvailable("No such attempt.")
        questions = attempt_questions(session, plan)
    # Whose the attempt is, whether it is still open and whether the student may still answer it
    # are all checked under the lock below, in the statement that locks the attempt.
    by_id = {q.id: q for q in questions}
    parsed: dict[int, tuple[Any, str | None]] = {}
    result = SaveResult(attempt_id=attempt_id)
    for qid, raw in answers.items():
        question = by_id.get(qid)
        if question is None:
            continue
        answer, text, error = read_answer(question, raw)
        parsed[qid] = (answer, text)
        if error:
            result.errors[qid] = error

    # Plain rows rather than ORM objects: this runs once per answer a class types, under the write
    # lock, and nothing here needs the objects. The first try locks the attempt and reads its
    # responses in one statement. On PostgreSQL a lock that had to wait re-reads only the locked
    # row, so after a concurrent save of the same attempt (two tabs) those responses may be from
    # before it committed: an update is then still right (the later save's value stands), and an
    # insert of a row the other save made fails on the unique constraint, and the save is retried
    # with a lock first and a fresh read after it.
    for separate_read in (False, True):
        try:
            expired = _write_answers(session, attempt_id, student_id, by_id, parsed, now, result, separate_read)
            break
        except IntegrityError:
            if separate_read:
                raise
            session.rollback()
    if expired:
        finalize_attempt(attempt_id, now=now)
        raise DeadlinePassed("Time is up: your attempt was submitted with the answers saved before the deadline.")
    return result


_SAVE_CHECKS = 5  # columns of the lock statements before the responses' (see _save_statements)


@lru_cache(maxsize=1)
def _save_statements() -> dict[str, Any]:
    """The statements of a save, built once per process with bound parameters (attempt_id,
    student_id, ...): building them per save (the EXISTS of `answerable` above all) and computing
    their cache keys cost more of the worker than running them, and it happened while the
    SQLite write lock was held."""
    checks = (Attempt.student_id, Attempt.status, Attempt.deadline_at, Attempt.question_order,
              answerable(Attempt.assignment_id, bindparam("student_id")).label("answerable"))
    responses = (Response.id, Response.question_id, Response.answer, Response.raw)
    table = Response.__table__
    return {
        "lock": select(*checks).where(Attempt.id == bindparam("attempt_id")).with_for_update(),
        "lock_and_read": select(*checks, *responses).select_from(Attempt)
        .outerjoin(Response, Response.attempt_id == Attempt.id)
        .where(Attempt.id == bindparam("attempt_id")).with_for_update(of=Attempt),
        "read": select(*responses).where(Response.attempt_id == bindparam("attempt_id")),
        # Core statements on the table: the ORM's bulk path adds nothing a save needs.
        "insert": insert(table),
        "update": update(table).where(table.c.id == bindparam("row_id")).values(
            answer=bindparam("new_answer"), raw=bindparam("new_raw"), updated_at=bindparam("new_updated_at")),
    }


def _write_answers(session: Session, attempt_id: int, student_id: int, by_id: Mapping[int, QuestionRow],
                   parsed: dict[int, tuple[Any, str | None]], now: datetime, result: SaveResult,
                   separate_read: bool) -> bool:
    """save_answers' write transaction; returns whether the attempt was past its deadline (then
    nothing is written)."""
    statements = _save_statements()
    ids = {"attempt_id": attempt_id, "student_id": student_id}
    with write_transaction(session):
        rows = session.execute(statements["lock" if separate_read else "lock_and_read"], ids).all()
        locked = rows[0] if rows else None
        if locked is None or locked.student_id != student_id or not locked.answerable:
            raise NotAvailable("No such attempt.")
        if not set(by_id) <= set(locked.question_order or ()):
            forget_attempt_plan(attempt_id)  # a cached plan that no longer matches: read it again next time
            raise NotAvailable("No such attempt.")
        if locked.status != "in_progress":
            raise AttemptFinished("This attempt has been submitted; its answers can no longer change.")
        if locked.deadline_at is not None and now > locked.deadline_at + SAVE_GRACE:
            return True  # nothing is written after the deadline
        if separate_read:
            found = session.execute(statements["read"], ids).all()
        else:
            found = [row[_SAVE_CHECKS:] for row in rows]
        existing = {qid: (row_id, answer, raw) for row_id, qid, answer, raw in found if row_id is not None}
        inserts, updates = [], []
        for qid, (answer, text) in parsed.items():
            row = existing.get(qid)
            if row is None:
                if answer is None and text in (None, ""):
                    continue  # nothing typed, nothing stored
                inserts.append({"attempt_id": attempt_id, "question_id": qid, "answer": answer, "raw": text,
                                "updated_at": now})
            elif row[1] != answer or row[2] != text:
                updates.append({"row_id": row[0], "new_answer": answer, "new_raw": text, "new_updated_at": now})
        if inserts:
            session.execute(statements["insert"], inserts)
        if updates:
            session.execute(statements["update"], updates)  # by primary key
        result.changed = len(inserts) + len(updates)
        stored = {qid: row[1] for qid, row in existing.items()}
        stored.update((qid, answer) for qid, (answer, _) in parsed.items())
        result.answered = sum(1 for qid, answer in stored.items() if answer is not None and qid in by_id)
    return False


def saved_answers(session: Session, attempt: Attempt) -> dict[int, Response]:
    return {r.question_id: r for r in session.scalars(
        select(Response).where(Response.attempt_id == attempt.id))}


_SAVED_ROWS = select(Response.question_id, Response.answer, Response.raw).where(
    Response.attempt_id == bindparam("attempt_id"))


def saved_rows(session: Session, attempt_id: int) -> dict[int, Row]:
    """The saved answers as read-only rows (question_id, answer, raw), for a page that only shows
    them: the quiz page every student loads (the statement is built once per process)."""
    return {r.question_id: r for r in session.execute(_SAVED_ROWS, {"attempt_id": attempt_id})}


# --- submit ------------------------------------------------------------------------------------

def _score(questions: list[QuestionRow], answers: dict[int, Any],
           regraded: Mapping[int, Keyed]) -> dict[int, tuple[float, float, bool]]:
    """Points per question id, by quizapp.scoring's rules, from the frozen questions (as the
    teacher's regrades left them: ``regraded``, question id -> keyed question)."""
    keyed = [regraded.get(q.id) or Keyed(as_question(q.data)) for q in questions]
    result = score_keyed_attempt(keyed, {q.qid: answers.get(q.id) for q in questions})
    by_qid = {item.qid: item for item in result.items}
    return {q.id: (by_qid[q.qid].points, by_qid[q.qid].max_points, by_qid[q.qid].correct) for q in questions}


def submit_attempt(attempt_id: int, student_id: int | None, now: datetime | None = None) -> Attempt:
    """Score and submit the attempt, once. Submitting a submitted attempt returns it unchanged.

    ``student_id`` None: the system (deadline), not a particular student."""
    now = _now(now)
    session = db.session()
    attempt = _load_own_attempt(session, attempt_id, student_id)
    if attempt.status == "submitted":
        return attempt
    questions = attempt_questions(session, attempt)
    answers = {qid: r.answer for qid, r in saved_answers(session, attempt).items()}
    scores = _score(questions, answers, {})  # outside the lock; a teacher's regrades are read under it

    with write_transaction(session):
        locked = session.scalar(select(Attempt).where(Attempt.id == attempt_id).with_for_update())
        if locked is None or locked.status == "submitted":
            return locked or attempt  # someone else submitted it first: theirs stands
        rows = saved_answers(session, locked)
        current = {qid: r.answer for qid, r in rows.items()}
        # The teacher's regrades, read under the lock: one that committed before it counts, and one
        # committing later waits for this submission (it locks the attempts of its assignments)
        # and then re-marks it. Rare, so the common case keeps its scoring outside the lock.
        regraded = assignment_regraded_keys(session, attempt.assignment_id, [q.id for q in questions])
        if current != answers or regraded:  # a save landed between our read and the lock, or a regrade
            scores = _score(questions, current, regraded)
        for q in questions:
            points, max_points, correct = scores[q.id]
            row = rows.get(q.id)
            if row is None:  # a blank row, so results and item analysis see every question
                row = Response(attempt_id=attempt_id, question_id=q.id, answer=None, raw=None, updated_at=now)
                session.add(row)
            row.points, row.max_points, row.correct = points, max_points, correct
        locked.score = round(sum(s[0] for s in scores.values()), 2)
        locked.max_score = round(sum(s[1] for s in scores.values()), 2)
        locked.status = "submitted"
        # A late finalisation records the deadline, not the moment someone happened to look.
        locked.submitted_at = min(now, locked.deadline_at + SAVE_GRACE) if locked.deadline_at else now
    session.refresh(attempt)
    # Keyed on the submission time: a replayed submit is the same event, a resubmission after a
    # reopen a new one.
    _gradebook_changed(attempt.id, f"submitted:{attempt.submitted_at.isoformat()}", now)
    return attempt


def _gradebook_changed(attempt_id: int, event: str, now: datetime) -> None:
    """After the commit, outside the write lock: a student who came from an LMS gets the new
    grade in its gradebook (quizapp.web.lti.passback; does nothing for other students)."""
    from quizapp.web.lti.passback import score_changed

    score_changed(attempt_id, event, now)


def finalize_attempt(attempt_id: int, now: datetime | None = None) -> Attempt:
    """Submit an attempt whose time is up with the answers saved so far."""
    return submit_attempt(attempt_id, None, now=now)


def finalize_expired(now: datetime | None = None, *, assignment_id: int | None = None,
                     student_id: int | None = None) -> list[int]:
    """Submit every in-progress attempt past its deadline (optionally of one assignment or
    student). Returns their ids. Pages call it lazily, so no background job is needed."""
    now = _now(now)
    query = select(Attempt.id).where(
        Attempt.status == "in_progress", Attempt.deadline_at.is_not(None),
        Attempt.deadline_at < now - SAVE_GRACE)
    if assignment_id is not None:
        query = query.where(Attempt.assignment_id == assignment_id)
    if student_id is not None:
        query = query.where(Attempt.student_id == student_id)
    ids = list(db.session.scalars(query))
    for attempt_id in ids:
        finalize_attempt(attempt_id, now=now)
    return ids


# --- teacher actions ---------------------------------------------------------------------------

def reopen_attempt(attempt_id: int, now: datetime | None = None) -> Attempt:
    """Turn a submitted attempt back to in progress (the caller checked the teacher owns it).

    Its answers stay; its score is cleared until it is submitted again. The new deadline is a fresh
    time limit (plus the student's extra minutes) from now, capped by the due date if that is still
    ahead; a reopened attempt past the due date without a time limit has no deadline."""
    now = _now(now)
    session = db.session()
    attempt = session.get(Attempt, attempt_id)
    if attempt is None:
        raise NotAvailable("No such attempt.")
    if attempt.status == "in_progress":
        return attempt
    assignment = attempt.assignment
    settings = _settings(session, assignment.id, attempt.student_id)
    extra = settings.extra_minutes if settings else 0
    deadline = None
    if assignment.time_limit_minutes:
        deadline = now + timedelta(minutes=assignment.time_limit_minutes + extra)
    if assignment.due_at is not None and assignment.due_at > now:
        deadline = min(deadline, assignment.due_at) if deadline else assignment.due_at
    try:
        with write_transaction(session):
            locked = session.scalar(select(Attempt).where(Attempt.id == attempt_id).with_for_update())
            if locked.status == "in_progress":
                return locked
            locked.status = "in_progress"
            locked.deadline_at = deadline
            locked.submitted_at = None
            locked.score = locked.max_score = None
            for row in session.scalars(select(Response).where(Response.attempt_id == attempt_id)):
                row.points = row.max_points = row.correct = None
            session.flush()
    except IntegrityError:
        session.rollback()
        raise AttemptError("The student has another attempt in progress; it must be submitted first.") from None
    session.refresh(attempt)
    _gradebook_changed(attempt.id, f"reopened:{now.isoformat()}", now)
    return attempt


def refresh_deadlines(assignment_id: int) -> int:
    """Recompute the deadline of every attempt in progress after the teacher changed the time
    limit, the due date or a student's extra minutes (deadlines are fixed at start otherwise).
    Returns how many changed."""
    session = db.session()
    assignment = session.get(Assignment, assignment_id)
    if assignment is None:
        raise NotAvailable("No such assignment.")
    extra = {row.student_id: row.extra_minutes for row in session.scalars(
        select(AssignmentStudent).where(AssignmentStudent.assignment_id == assignment_id))}
    changed = 0
    with write_transaction(session):
        for attempt in session.scalars(select(Attempt).where(
                Attempt.assignment_id == assignment_id, Attempt.status == "in_progress").with_for_update()):
            deadline = deadline_for(assignment, extra.get(attempt.student_id, 0), attempt.started_at)
            if deadline != attempt.deadline_at:
                attempt.deadline_at = deadline
                changed += 1
    return changed


def grant_extra_attempt(assignment_id: int, student_id: int) -> int:
    """One more attempt for this student (the caller checked the teacher owns the assignment).
    Returns the student's extra attempts now."""
    session = db.session()
    assignment = session.get(Assignment, assignment_id)
    if assignment is None or session.scalar(_enrollment_query(assignment, student_id)) is None:
        raise NotAvailable("No such student in this assignment's class.")
    for _ in range(2):  # the second round only after losing an insert race
        try:
            with write_transaction(session):
                row = session.scalar(select(AssignmentStudent).where(
                    AssignmentStudent.assignment_id == assignment_id,
                    AssignmentStudent.student_id == student_id).with_for_update())
                if row is None:
                    # selected=False: granting an attempt does not choose the student; a
                    # chosen-students assignment still needs the teacher to pick them.
                    row = AssignmentStudent(assignment_id=assignment_id, student_id=student_id,
                                            selected=assignment.whole_class, extra_minutes=0,
                                            extra_attempts=0)
                    session.add(row)
                row.extra_attempts = (row.extra_attempts or 0) + 1
                session.flush()
                granted = row.extra_attempts
        except IntegrityError:
            session.rollback()
            continue
        latest = session.scalar(select(Attempt.id).where(
            Attempt.assignment_id == assignment_id, Attempt.student_id == student_id)
            .order_by(Attempt.number.desc()).limit(1))
        if latest is not None:  # the gradebook learns the student may try again
            _gradebook_changed(latest, f"extra_attempt:{granted}", utcnow())
        return granted
    raise AttemptError("Could not grant the attempt; please try again.")


# --- status ------------------------------------------------------------------------------------

def attempt_status(assignment: Assignment, student_id: int, now: datetime | None = None) -> AssignmentStatus:
    """Where the student stands with the assignment (does not change anything)."""
    now = _now(now)
    session = db.session()
    attempts = list(session.scalars(select(Attempt).where(
        Attempt.assignment_id == assignment.id, Attempt.student_id == student_id).order_by(Attempt.number)))
    allowed = attempts_allowed(session, assignment, student_id)
    in_progress = next((a for a in attempts if a.status == "in_progress" and not is_expired(a, now)), None)
    submitted = [a for a in attempts if a.status == "submitted"]
    last = submitted[-1] if submitted else None
    used = len(attempts)

    def status(state: str, message: str) -> AssignmentStatus:
        return AssignmentStatus(state, used, allowed, in_progress, last, message)

    if in_progress is not None:
        return status("in_progress", "In progress")
    if now < assignment.opens_at:
        return status("not_open", f"Opens {local_text(assignment.opens_at)}")
    if assignment.due_at is not None and now >= assignment.due_at:
        return status("closed", "Closed")
    if used >= allowed:
        return status("done", "Submitted" if submitted else "No attempts left")
    return status("available", "Not started" if not attempts else f"Attempt {used + 1} of {allowed} available")
