"""The teacher's results pages: the gradebook of a class, an assignment's results (students ×
questions), its item analysis, the CSV exports, and the reopen / extra-attempt actions."""
from __future__ import annotations


from flask import Blueprint, Response, abort, flash, redirect, render_template, url_for
from flask_login import current_user

from quizapp.models import Attempt, Classroom, User, utcnow
from quizapp.web.access import MAX_ID, get_or_404, owned_or_404, teacher_required
from quizapp.web.downloads import attachment
from quizapp.web.attempts import operations as attempt_ops
from quizapp.web.gradebook import queries
from quizapp.web.gradebook.charts import bar_chart
from quizapp.web.gradebook.csv_export import gradebook_rows, results_rows, to_csv
from quizapp.web.banks.question_view import question_view
from quizapp.web.extensions import db
from quizapp.web.gradebook.item_analysis import display, item_reports
from quizapp.web.gradebook.status import LABELS, LEGEND
from quizapp.web.quizzes.queries import my_assignment_or_404
from quizapp.web.regrade.queries import as_scored, regraded_keys

bp = Blueprint("gradebook", __name__)


@bp.app_template_filter("points")
def points_filter(value) -> str:
    """17.0 -> "17", 17.333 -> "17.33": points read as a teacher writes them."""
    if value is None:
        return "—"
    return f"{round(float(value), 2):g}"


def _finalize(assignment_ids: list[int]) -> None:
    # Attempts whose time ran out are submitted lazily (no background job): do it before
    # showing scores, so the teacher sees what the student will see.
    for assignment_id in assignment_ids:
        attempt_ops.finalize_expired(assignment_id=assignment_id)


def _csv_response(rows, name: str) -> Response:
    return Response(
        to_csv(rows), mimetype="text/csv",
        headers={"Content-Disposition": attachment(name, "csv"),
                 "Cache-Control": "no-store"},
    )


@bp.get("/classes/<int:class_id>/gradebook")
@teacher_required
def show(class_id: int):
    classroom = owned_or_404(Classroom, class_id)
    _finalize([a.id for a in queries.class_assignments(classroom.id)])
    gb = queries.gradebook(classroom, utcnow())
    return render_template("gradebook/gradebook.html", gb=gb, legend=[(LABELS[k], v) for k, v in LEGEND.items()])


@bp.get("/classes/<int:class_id>/gradebook.csv")
@teacher_required
def gradebook_csv(class_id: int):
    classroom = owned_or_404(Classroom, class_id)
    _finalize([a.id for a in queries.class_assignments(classroom.id)])
    gb = queries.gradebook(classroom, utcnow())
    return _csv_response(gradebook_rows(gb), f"gradebook-{classroom.name}")


def _results(assignment_id: int):
    """The teacher's own assignment (else 404) and its results, expired attempts submitted first."""
    assignment = my_assignment_or_404(assignment_id, current_user.id)
    _finalize([assignment.id])
    return assignment, queries.results(assignment, utcnow())


@bp.get("/assignments/<int:assignment_id>/results")
@teacher_required
def results(assignment_id: int):
    assignment, data = _results(assignment_id)
    return render_template("gradebook/results.html", results=data, assignment=assignment,
                           legend=[(LABELS[k], v) for k, v in LEGEND.items()])


@bp.get("/assignments/<int:assignment_id>/results.csv")
@teacher_required
def results_csv(assignment_id: int):
    assignment, data = _results(assignment_id)
    return _csv_response(results_rows(data), f"results-{assignment.title}")


@bp.get("/assignments/<int:assignment_id>/analysis")
@teacher_required
def analysis(assignment_id: int):
    assignment, data = _results(assignment_id)
    counted = [(row.standing.counted, row.responses) for row in data.rows if row.standing.counted is not None]
    # Keys and "(key)" marks as a regrade left them, like the points.
    questions = as_scored(data.questions, regraded_keys(db.session, current_user.id, [q.id for q in data.questions]))
    reports = item_reports(questions, counted)
    facility_chart = bar_chart(
        [(f"Q{i}", r.stats.facility if r.stats else 0.0,
          f"{r.stats.facility:.0%}" if r.stats else "no answers", False, f"Q{i} {r.question.prompt}")
         for i, r in enumerate(reports, start=1)], 1.0)
    option_charts = {
        r.question.id: bar_chart([(o.label, o.count, str(o.count), o.is_key) for o in r.options],
                                 max([o.count for o in r.options] + [1]))
        for r in reports if r.options
    }
    return render_template("gradebook/analysis.html", assignment=assignment, reports=reports, n=len(counted),
                           facility_chart=facility_chart, option_charts=option_charts)


@bp.get("/attempts/<int:attempt_id>")
@teacher_required
def attempt(attempt_id: int):
    """One attempt as the teacher reads it: each question with the student's answer, the key and
    the points, in the order the student saw them."""
    attempt = get_or_404(Attempt, attempt_id)
    assignment = my_assignment_or_404(attempt.assignment_id, current_user.id)
    _finalize([assignment.id])
    db.session.refresh(attempt)
    listed = queries.quiz_questions(assignment.quiz_id)
    questions = {q.id: q for q in as_scored(listed, regraded_keys(db.session, current_user.id, [q.id for q in listed]))}
    order = [qid for qid in attempt.question_order or [] if qid in questions] or list(questions)
    responses = {r.question_id: r for r in attempt.responses}
    items = [(question_view(questions[qid]), responses.get(qid), display(questions[qid], responses[qid].answer)
              if qid in responses else "") for qid in order]
    student = db.session.get(User, attempt.student_id)
    return render_template("gradebook/attempt.html", attempt=attempt, assignment=assignment, student=student,
                           items=items)


@bp.post("/attempts/<int:attempt_id>/reopen")
@teacher_required
def reopen(attempt_id: int):
    attempt = get_or_404(Attempt, attempt_id)
    assignment = my_assignment_or_404(attempt.assignment_id, current_user.id)
    try:
        attempt_ops.reopen_attempt(attempt.id)
    except attempt_ops.AttemptError as exc:
        flash(exc.message, "error")
    else:
        flash(f"Attempt {attempt.number} reopened: the student can change answers and submit again.", "success")
    return redirect(url_for("gradebook.results", assignment_id=assignment.id))


@bp.post("/assignments/<int:assignment_id>/students/<int:student_id>/extra-attempt")
@teacher_required
def extra_attempt(assignment_id: int, student_id: int):
    assignment = my_assignment_or_404(assignment_id, current_user.id)
    if not 0 < student_id <= MAX_ID:
        abort(404)
    try:
        extra = attempt_ops.grant_extra_attempt(assignment.id, student_id)
    except attempt_ops.NotAvailable:
        abort(404)
    except attempt_ops.AttemptError as exc:
        flash(exc.message, "error")
    else:
        flash(f"Extra attempt granted ({extra} extra in all).", "success")
    return redirect(url_for("gradebook.results", assignment_id=assignment.id))
