"""/classes/...: a teacher's classes and their rosters.

New passwords are never stored in clear: the POST that creates or resets them returns the login
cards page itself (Cache-Control: no-store) and that page is the only time they are shown. The
cards page reached by GET shows usernames only.
"""
from __future__ import annotations

import hashlib

from flask import Blueprint, abort, flash, make_response, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import select

from quizapp.models import Classroom
from quizapp.web.access import MAX_ID, owned_or_404, teacher_required
from quizapp.web.auth.operations import AccountError
from quizapp.web.classes import operations
from quizapp.web.classes.forms import AddStudentForm, ClassForm, DeleteClassForm, ImportRosterForm, RenameClassForm
from quizapp.web.classes.rosters import decode_upload, parse_roster
from quizapp.web.extensions import db

bp = Blueprint("classes", __name__, url_prefix="/classes")


def _cards(classroom: Classroom, logins: list[operations.NewLogin], title: str, problems=(), status: int = 200):
    response = make_response(render_template(
        "classes/cards.html", classroom=classroom, logins=logins, title=title, problems=list(problems),
        fresh=True,
    ), status)
    response.headers["Cache-Control"] = "no-store"  # passwords: never from a cache or the back button
    return response


def _show(classroom: Classroom, add_form=None, import_form=None, rename_form=None, status: int = 200):
    return render_template(
        "classes/show.html", classroom=classroom, roster=operations.roster(classroom),
        add_form=add_form or AddStudentForm(formdata=None), import_form=import_form or ImportRosterForm(formdata=None),
        rename_form=rename_form or RenameClassForm(formdata=None, name=classroom.name, prefix="rename"),
    ), status


@bp.get("/")
@teacher_required
def index():
    classes = db.session.scalars(
        select(Classroom).where(Classroom.teacher_id == current_user.id).order_by(Classroom.name)
    ).all()
    return render_template("classes/index.html", classes=classes)


@bp.route("/new", methods=["GET", "POST"])
@teacher_required
def create():
    form = ClassForm()
    if form.validate_on_submit():
        try:
            classroom = operations.create_classroom(current_user.id, form.name.data)
        except AccountError as error:
            form.name.errors.append(str(error))
        else:
            db.session.commit()
            flash(f"Class {classroom.name} created. Add students below.", "success")
            return redirect(url_for("classes.show", class_id=classroom.id))
    return render_template("classes/new.html", form=form)


@bp.get("/<int:class_id>")
@teacher_required
def show(class_id: int):
    classroom = owned_or_404(Classroom, class_id)
    return _show(classroom)


@bp.post("/<int:class_id>/rename")
@teacher_required
def rename(class_id: int):
    classroom = owned_or_404(Classroom, class_id)
    form = RenameClassForm(prefix="rename")  # the add-student form on the same page has a "name" too
    if not form.validate_on_submit():
        return _show(classroom, rename_form=form, status=400)
    try:
        operations.rename_classroom(classroom, form.name.data)
    except AccountError as error:
        form.name.errors.append(str(error))
        return _show(classroom, rename_form=form, status=400)
    db.session.commit()
    flash(f"The class is now called {classroom.name}.", "success")
    return redirect(url_for("classes.show", class_id=classroom.id))


@bp.route("/<int:class_id>/delete", methods=["GET", "POST"])
@teacher_required
def delete(class_id: int):
    """GET asks first, saying what goes with the class; POST deletes it. With results, the
    teacher types the class name."""
    classroom = owned_or_404(Classroom, class_id)
    contents = operations.class_contents(classroom)
    form = DeleteClassForm()
    if form.validate_on_submit():
        if contents.submitted and " ".join((form.name.data or "").split()) != classroom.name:
            form.name.errors.append(f"Type {classroom.name} exactly to delete the class and its results.")
        else:
            name = classroom.name
            operations.delete_classroom(classroom)
            db.session.commit()
            flash(f"{name} is deleted.", "success")
            return redirect(url_for("classes.index"))
    status = 400 if form.errors else 200
    return render_template("classes/delete.html", classroom=classroom, contents=contents, form=form), status


@bp.post("/<int:class_id>/students")
@teacher_required
def add_student(class_id: int):
    classroom = owned_or_404(Classroom, class_id)
    form = AddStudentForm()
    if not form.validate_on_submit():
        return _show(classroom, add_form=form, status=400)
    try:
        login = operations.add_student(classroom, form.name.data, form.username.data, form.self_claim.data)
    except AccountError as error:
        getattr(form, error.field or "name").errors.append(str(error))
        return _show(classroom, add_form=form, status=400)
    db.session.commit()
    return _cards(classroom, [login], f"{login.student.display_name} added to {classroom.name}")


def _digest(text: str) -> str:
    # A browser sends a textarea's line breaks as CRLF whatever the text it was given.
    return hashlib.sha256(text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")).hexdigest()


@bp.post("/<int:class_id>/students/import")
@teacher_required
def import_roster(class_id: int):
    classroom = owned_or_404(Classroom, class_id)
    form = ImportRosterForm()
    if not form.validate_on_submit():
        return _show(classroom, import_form=form, status=400)
    upload = form.file.data
    if upload is not None and getattr(upload, "filename", ""):
        text = decode_upload(upload.read())
        if "\x00" in text:
            form.file.errors.append("This file holds binary data, not a list of names: save the roster as CSV "
                                    "or plain text. Nothing was added.")
            return _show(classroom, import_form=form, status=400)
        form.roster.data = text  # the preview shows the file's text, to edit or confirm
    else:
        text = form.roster.data or ""
    parsed = parse_roster(text)
    if len(parsed.rows) > operations.MAX_IMPORT:
        # Every password is hashed with a deliberately slow KDF: keep one request well inside a
        # worker's time limit, and say so rather than adding part of the list.
        form.roster.errors.append(f"{len(parsed.rows)} students in one go is more than the "
                                  f"{operations.MAX_IMPORT} this page adds at a time. Split the list; nothing was added.")
        return _show(classroom, import_form=form, status=400)
    if not (form.confirm.data and form.previewed.data == _digest(text)):
        plan = operations.plan_students(classroom, parsed.rows)
        problems = sorted(parsed.problems + plan.problems, key=lambda p: p.line)
        if not plan.planned:
            form.roster.errors.append("No student can be added from this list." if problems else "No names found.")
            form.roster.errors.extend(f"Line {p.line}: {p.message}." for p in problems)
            return _show(classroom, import_form=form, status=400)
        form.previewed.data = _digest(text)
        return render_template("classes/roster_preview.html", classroom=classroom, form=form, parsed=parsed,
                               plan=plan, problems=problems, changed=bool(form.confirm.data))
    result = operations.add_students(classroom, parsed.rows, form.self_claim.data)
    problems = sorted(parsed.problems + result.problems, key=lambda p: p.line)
    if not result.added:  # the roster changed since the preview (another tab added them)
        db.session.rollback()
        form.roster.errors.append("No student was added.")
        form.roster.errors.extend(f"Line {p.line}: {p.message}." for p in problems)
        return _show(classroom, import_form=form, status=400)
    db.session.commit()
    title = f"{len(result.added)} student{'s' if len(result.added) != 1 else ''} added to {classroom.name}"
    return _cards(classroom, result.added, title, problems)


@bp.get("/<int:class_id>/cards")
@teacher_required
def cards(class_id: int):
    classroom = owned_or_404(Classroom, class_id)
    logins = [operations.NewLogin(e.student, None) for e in operations.roster(classroom)]
    return render_template("classes/cards.html", classroom=classroom, logins=logins,
                           title=f"Login cards: {classroom.name}", problems=[], fresh=False,
                           claimed={e.student_id: e.claimed for e in operations.roster(classroom)})


def _enrollment(classroom: Classroom, student_id: int):
    # A larger id names nothing, and SQLite cannot even bind it (OverflowError, a 500).
    enrollment = operations.enrollment_or_none(classroom, student_id) if student_id <= MAX_ID else None
    if enrollment is None:
        abort(404)
    return enrollment


@bp.get("/<int:class_id>/students/<int:student_id>/reset-password")
@teacher_required
def confirm_reset_password(class_id: int, student_id: int):
    """A page that asks first: a reset ends the student's sessions (mid-quiz too) and the old
    password stops working at once."""
    classroom = owned_or_404(Classroom, class_id)
    enrollment = _enrollment(classroom, student_id)
    return render_template("classes/reset_password.html", classroom=classroom, student=enrollment.student)


@bp.post("/<int:class_id>/students/<int:student_id>/reset-password")
@teacher_required
def reset_password(class_id: int, student_id: int):
    classroom = owned_or_404(Classroom, class_id)
    enrollment = _enrollment(classroom, student_id)
    password = operations.reset_password(enrollment.student)
    enrollment.claimed = True
    db.session.commit()
    return _cards(classroom, [operations.NewLogin(enrollment.student, password)],
                  f"New password for {enrollment.student.display_name}")


@bp.get("/<int:class_id>/students/<int:student_id>/remove")
@teacher_required
def confirm_remove_student(class_id: int, student_id: int):
    """A page that asks first: a removed student cannot simply be added back (a new name makes a
    new account, apart from the old results)."""
    classroom = owned_or_404(Classroom, class_id)
    enrollment = _enrollment(classroom, student_id)
    return render_template("classes/remove.html", classroom=classroom, student=enrollment.student)


@bp.post("/<int:class_id>/students/<int:student_id>/remove")
@teacher_required
def remove_student(class_id: int, student_id: int):
    classroom = owned_or_404(Classroom, class_id)
    enrollment = _enrollment(classroom, student_id)
    name = enrollment.student.display_name
    operations.remove_student(enrollment)
    db.session.commit()
    flash(f"{name} is no longer on the roster of {classroom.name}. Their past results are kept.", "success")
    return redirect(url_for("classes.show", class_id=classroom.id))


@bp.post("/<int:class_id>/join-code")
@teacher_required
def new_join_code(class_id: int):
    classroom = owned_or_404(Classroom, class_id)
    code = operations.regenerate_join_code(classroom)
    db.session.commit()
    flash(f"New class code: {code}. The old code no longer works.", "success")
    return redirect(url_for("classes.show", class_id=classroom.id))
