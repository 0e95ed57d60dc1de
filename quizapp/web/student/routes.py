"""The student's pages. Each route loads the attempt or assignment, checks it is this student's
(else 404, the same as a missing one), then calls an operation in quizapp.web.attempts.operations.

URL map (blueprint "student", prefix /student):

    GET  /student/                                  home: open assignments, past attempts
    POST /student/assignments/<id>/start            start or resume -> the quiz page
    GET  /student/attempts/<id>                     the quiz page
    POST /student/attempts/<id>                     save the whole form (no JS), then back (PRG)
    POST /student/attempts/<id>/autosave            save from JS; JSON answer
    GET  /student/attempts/<id>/confirm             review-and-confirm (lists unanswered questions)
    POST /student/attempts/<id>/submit              submit (idempotent)
    GET  /student/attempts/<id>/submitted           the "submitted" page
    GET  /student/attempts/<id>/review              answers, and key/feedback/evidence if allowed
"""
from __future__ import annotations

from datetime import timedelta
from functools import lru_cache

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import bindparam, select
from sqlalchemy.orm import joinedload

from quizapp.models import Assignment, Attempt, Classroom, Enrollment, utcnow
from quizapp.web.access import student_required
from quizapp.web.attempts import operations as ops
from quizapp.web.database import autocommit_reads
from quizapp.web.errors import render_error
from quizapp.web.extensions import db
from quizapp.web.regrade.queries import as_scored, assignment_regraded_keys
from quizapp.web.student import views
from quizapp.web.student.forms import StartForm, SubmitForm
from quizapp.web.student.quizforms import answers_from, apply_errors, build_quiz_form, question_fields
from quizapp.web.student.quizview import page_form

bp = Blueprint("student", __name__, url_prefix="/student")


# Ids are 32-bit integers on PostgreSQL; a larger one names nothing (and must not reach the driver).
ID_MAX = 2**31 - 1


def _own_attempt(attempt_id: int, with_assignment: bool = False, answerable: bool = False) -> Attempt:
    # with_assignment (its title): loaded in the attempt's own query, one round trip instead of
    # two. answerable: the student must still be able to answer it (in the class, chosen), checked
    # in that same query: a student removed from the class no longer gets the quiz page of an
    # attempt they had started.
    attempt = None
    if attempt_id <= ID_MAX and answerable:
        row = db.session.execute(_answerable_attempt(with_assignment),
                                 {"attempt_id": attempt_id, "student_id": current_user.id}).first()
        attempt = row[0] if row is not None and row[1] else None
    elif attempt_id <= ID_MAX:
        attempt = db.session.get(Attempt, attempt_id, options=_load_options(with_assignment))
    if attempt is None or attempt.student_id != current_user.id:
        abort(404)
    return attempt


def _load_options(with_assignment: bool) -> list:
    return [joinedload(Attempt.assignment)] if with_assignment else []


@lru_cache(maxsize=2)
def _answerable_attempt(with_assignment: bool):
    """The attempt, and whether its student may still answer it: built once per process with bound
    parameters (attempt_id, student_id), as building it per page cost more than running it."""
    return (select(Attempt, ops.answerable(Attempt.assignment_id, bindparam("student_id")))
            .options(*_load_options(with_assignment)).where(Attempt.id == bindparam("attempt_id")))


def _attempt_page(attempt: Attempt):
    """Where an attempt lives now: the quiz page while in progress, else the submitted page."""
    if attempt.status == "in_progress":
        return url_for("student.attempt", attempt_id=attempt.id)
    return url_for("student.submitted", attempt_id=attempt.id)


def _finalize_if_expired(attempt: Attempt) -> bool:
    # Pages use no grace: the countdown's last save has landed before its reload (see quiz.js);
    # POSTs keep the grace for saves already on their way.
    grace = ops.SAVE_GRACE if request.method == "POST" else timedelta(0)
    if ops.is_expired(attempt, grace=grace):
        ops.finalize_attempt(attempt.id)
        flash("Time is up: your attempt was submitted with the answers saved before the deadline.", "warning")
        return True
    return False


@bp.get("/")
@autocommit_reads
@student_required
def home():
    ops.finalize_expired(student_id=current_user.id)
    now = utcnow()
    assignments = db.session.scalars(
        select(Assignment).join(Enrollment, Enrollment.classroom_id == Assignment.classroom_id)
        .join(Classroom, Classroom.id == Assignment.classroom_id)
        .where(Enrollment.student_id == current_user.id)
        .order_by(Assignment.due_at.is_(None), Assignment.due_at, Assignment.id)
    ).unique().all()
    rows = [(a, ops.attempt_status(a, current_user.id, now)) for a in assignments
            if ops.may_take(db.session, a, current_user.id)]
    past = db.session.scalars(
        select(Attempt).where(Attempt.student_id == current_user.id, Attempt.status == "submitted")
        .order_by(Attempt.submitted_at.desc())).all()
    reviews = {a.id: ops.review_allowed(a, now) for a in past}
    scores = {a.id: ops.score_visible(a, now) for a in past}
    return render_template("student/home.html", rows=rows, past=past, reviews=reviews, scores=scores,
                           start_form=StartForm())


@bp.post("/assignments/<int:assignment_id>/start")
@student_required
def start(assignment_id: int):
    if not StartForm().validate_on_submit():
        abort(400)
    if assignment_id > ID_MAX:
        abort(404)
    try:
        attempt = ops.start_attempt(assignment_id, current_user.id)
    except ops.NotAvailable:
        abort(404)
    except ops.AttemptError as error:
        flash(error.message, "error")
        return redirect(url_for("student.home"))
    return redirect(url_for("student.attempt", attempt_id=attempt.id))


@bp.errorhandler(ops.NotAvailable)
def not_available(error: ops.NotAvailable):
    """An operation found the attempt or assignment is not this student's (any more: removed from
    the class after starting): the same 404 as an unknown id."""
    return render_error(404)


@bp.route("/attempts/<int:attempt_id>", methods=["GET", "POST"])
@autocommit_reads
@student_required
def attempt(attempt_id: int):
    attempt = _own_attempt(attempt_id, with_assignment=True, answerable=True)
    if attempt.status != "in_progress" or _finalize_if_expired(attempt):
        return redirect(url_for("student.submitted", attempt_id=attempt.id))
    questions = ops.attempt_questions(db.session, attempt)

    if request.method == "POST":
        form = build_quiz_form(attempt, questions, formdata=request.form)
        if not form.validate_on_submit():  # only the CSRF token is validated
            flash("Your answers were not saved: the form had expired. Please save again.", "error")
            return views.quiz_page(attempt, questions, form, status=400)
        try:
            result = ops.save_answers(attempt.id, current_user.id, answers_from(form.questions, request.form),
                                      questions=questions)
        except ops.AttemptFinished as error:
            flash(error.message, "warning")
            return redirect(url_for("student.submitted", attempt_id=attempt.id))
        if result.errors:
            # Errors beside the fields, the typed text kept: render rather than redirect.
            apply_errors(form, result.errors)
            flash("Saved. Some answers need a look: see the messages beside them.", "warning")
            return views.quiz_page(attempt, questions, form)
        if "review" in request.form:
            return redirect(url_for("student.confirm", attempt_id=attempt.id))
        flash("Your answers are saved.", "success")
        return redirect(url_for("student.attempt", attempt_id=attempt.id))

    # The saved answers as plain rows, not ORM objects joined to the attempt's row: 0.2 ms less
    # CPU per page of 12 answers (0.5-0.7 against 0.7-1.0 ms, in process), for a round trip more.
    responses = ops.saved_rows(db.session, attempt.id)
    form = page_form(attempt, questions, responses, views.stored_errors(questions, responses))
    return views.quiz_page(attempt, questions, form, responses=responses)


@bp.post("/attempts/<int:attempt_id>/autosave")
@student_required
def autosave(attempt_id: int):
    # The hot path of a class at work (a request per answer): the attempt's fixed part comes from
    # the app's cache, no form is built (the answers are read by field name), and whose attempt it
    # is, whether it is open and whether time is up are checked by the save, under its lock.
    plan = ops.attempt_plan(db.session, attempt_id) if attempt_id <= ID_MAX else None
    if plan is None or plan.student_id != current_user.id:
        abort(404)
    questions = ops.attempt_questions(db.session, plan)
    items = question_fields(questions)
    try:
        result = ops.save_answers(attempt_id, current_user.id, answers_from(items, request.form),
                                  questions=questions)
    except ops.AttemptFinished as error:
        return jsonify(status="submitted", message=error.message,
                       redirect=url_for("student.submitted", attempt_id=attempt_id)), 409
    return jsonify(
        status="saved",
        answered=result.answered,
        total=len(items),
        errors={item.names[0]: result.errors[item.id] for item in items if item.id in result.errors},
    )


@bp.get("/attempts/<int:attempt_id>/confirm")
@autocommit_reads
@student_required
def confirm(attempt_id: int):
    attempt = _own_attempt(attempt_id, with_assignment=True)
    if attempt.status != "in_progress" or _finalize_if_expired(attempt):
        return redirect(url_for("student.submitted", attempt_id=attempt.id))
    questions = ops.attempt_questions(db.session, attempt)
    responses = ops.saved_answers(db.session, attempt)
    return render_template("student/confirm.html", attempt=attempt,
                           items=views.answer_rows(attempt, questions, responses, reveal=False),
                           form=SubmitForm())


@bp.post("/attempts/<int:attempt_id>/submit")
@student_required
def submit(attempt_id: int):
    attempt = _own_attempt(attempt_id)
    if not SubmitForm().validate_on_submit():
        abort(400)
    ops.submit_attempt(attempt.id, current_user.id)
    return redirect(url_for("student.submitted", attempt_id=attempt.id))


@bp.get("/attempts/<int:attempt_id>/submitted")
@autocommit_reads
@student_required
def submitted(attempt_id: int):
    attempt = _own_attempt(attempt_id)
    if attempt.status == "in_progress" and not _finalize_if_expired(attempt):
        return redirect(url_for("student.attempt", attempt_id=attempt.id))
    db.session.refresh(attempt)
    return render_template("student/submitted.html", attempt=attempt,
                           review=ops.review_allowed(attempt), score=ops.score_visible(attempt))


@bp.get("/attempts/<int:attempt_id>/review")
@autocommit_reads
@student_required
def review(attempt_id: int):
    attempt = _own_attempt(attempt_id)
    if attempt.status == "in_progress" and not _finalize_if_expired(attempt):
        return redirect(url_for("student.attempt", attempt_id=attempt.id))
    db.session.refresh(attempt)
    reveal = ops.review_allowed(attempt)
    questions = ops.attempt_questions(db.session, attempt)
    if reveal:  # the key shown is the one the points were given by, after a teacher's regrade
        questions = as_scored(questions, assignment_regraded_keys(db.session, attempt.assignment_id,
                                                                  [q.id for q in questions]))
    responses = ops.saved_answers(db.session, attempt)
    items = views.answer_rows(attempt, questions, responses, reveal=reveal)
    article = views.review_article(attempt, questions) if reveal else views.plain_article(attempt)
    return render_template("student/review.html", attempt=attempt, items=items, reveal=reveal,
                           article=article, score=ops.score_visible(attempt))
