"""Assignments: a quiz given to one of the teacher's classes (or chosen students of it) with open
and due times, a time limit and per-student extra minutes, attempts, shuffling and review policy."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from quizapp.models import Classroom, Quiz, utcnow
from quizapp.web.access import owned_or_404, teacher_required
from quizapp.web.quizzes import queries
from quizapp.web.quizzes.forms import REVIEW_LABELS, assignment_form_class
from quizapp.web.quizzes.operations import AssignmentSettings, QuizError, create_assignment, update_assignment
from quizapp.web.timezones import to_local, to_utc

bp = Blueprint("assignments", __name__, url_prefix="/assignments")


def _form_for(classroom: Classroom, obj=None):
    students = queries.class_students(classroom.id)
    form = assignment_form_class([(s.id, s.display_name) for s in students])(obj=obj)
    return form, students


def _settings(form) -> AssignmentSettings:
    return AssignmentSettings(
        title=form.title.data or "",
        opens_at=to_utc(form.opens_at.data),  # typed in the teacher's time zone
        due_at=to_utc(form.due_at.data),
        whole_class=form.audience.data == "class",
        time_limit_minutes=form.time_limit_minutes.data,
        attempts_allowed=form.attempts_allowed.data,
        shuffle_questions=bool(form.shuffle_questions.data),
        review_policy=form.review_policy.data,
        show_score=bool(form.show_score.data),
        chosen_ids=set(form.chosen_ids()),
        extra_minutes=form.extra_minutes(),
    )


def _local(value):
    """A stored UTC time as the teacher types it: naive, in their zone, to the minute."""
    return to_local(value).replace(tzinfo=None, second=0, microsecond=0)


def _query_id(*names: str) -> int | None:
    """An id from the query string (the first of `names` present); None when absent, and a 404
    when present but not a number."""
    for name in names:
        if request.args.get(name) is not None:
            value = request.args.get(name, type=int)
            if value is None:
                abort(404)
            return value
    return None


@bp.get("/")
@teacher_required
def index():
    return render_template("assignments/index.html", assignments=queries.my_assignments(current_user.id))


@bp.route("/new", methods=["GET", "POST"])
@teacher_required
def create():
    """?quiz=&class= (class_id also accepted). Without JavaScript the student list cannot follow a
    picker on the same page, so a missing quiz or class is chosen first on a page of its own."""
    quiz_id, class_id = _query_id("quiz", "quiz_id"), _query_id("class", "class_id")
    quiz = owned_or_404(Quiz, quiz_id) if quiz_id is not None else None
    classroom = owned_or_404(Classroom, class_id) if class_id is not None else None
    if quiz is None:
        return render_template("assignments/choose_quiz.html", classroom=classroom,
                               quizzes=queries.my_quizzes(current_user.id))
    if classroom is None:
        return render_template("assignments/choose_class.html", quiz=quiz, classes=queries.my_classes(current_user.id))
    form, students = _form_for(classroom)
    if not form.is_submitted():
        form.title.data = quiz.title
        form.opens_at.data = _local(utcnow())
    if form.validate_on_submit():
        try:
            assignment = create_assignment(quiz.id, classroom.id, _settings(form))
        except QuizError as exc:
            form.title.errors = list(form.title.errors) + [exc.message]
        else:
            flash(f"“{assignment.title}” assigned to {classroom.name}.", "success")
            return redirect(url_for("assignments.show", assignment_id=assignment.id))
    return render_template("assignments/form.html", form=form, students=students, quiz=quiz,
                           classroom=classroom, assignment=None)


@bp.get("/<int:assignment_id>")
@teacher_required
def show(assignment_id: int):
    assignment = queries.my_assignment_or_404(assignment_id, current_user.id)
    rows = {row.student_id: row for row in assignment.students}
    students = queries.class_students(assignment.classroom_id)
    return render_template("assignments/show.html", assignment=assignment, students=students, rows=rows,
                           review_labels=REVIEW_LABELS)


@bp.route("/<int:assignment_id>/edit", methods=["GET", "POST"])
@teacher_required
def edit(assignment_id: int):
    assignment = queries.my_assignment_or_404(assignment_id, current_user.id)
    form, students = _form_for(assignment.classroom, obj=assignment)
    if not form.is_submitted():
        form.opens_at.data = _local(assignment.opens_at)
        form.due_at.data = _local(assignment.due_at) if assignment.due_at else None
        form.audience.data = "class" if assignment.whole_class else "chosen"
        for row in assignment.students:
            if f"chosen_{row.student_id}" in form:
                form[f"chosen_{row.student_id}"].data = row.selected
                form[f"extra_{row.student_id}"].data = row.extra_minutes
    if form.validate_on_submit():
        try:
            update_assignment(assignment.id, _settings(form))
        except QuizError as exc:
            form.title.errors = list(form.title.errors) + [exc.message]
        else:
            flash("Assignment saved.", "success")
            return redirect(url_for("assignments.show", assignment_id=assignment.id))
    return render_template("assignments/form.html", form=form, students=students, quiz=assignment.quiz,
                           classroom=assignment.classroom, assignment=assignment)
