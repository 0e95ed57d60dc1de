"""/auth/...: sign up (teachers), sign in (everyone), sign out, join a class with its code."""
from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user

from quizapp.web.auth import operations
from quizapp.web.auth.devices import read_device, remember_device
from quizapp.web.auth.forms import (
    ChangePasswordForm, ClaimSeatForm, JoinAsMeForm, JoinCodeForm, SignInForm, SignUpForm, TimeZoneForm,
)
from quizapp.web.auth.seats import seat_labels
from quizapp.web.extensions import db
from quizapp.web.timezones import valid_zone, zone_names

bp = Blueprint("auth", __name__, url_prefix="/auth")


def _safe_next(target: str | None) -> str | None:
    """Only a path on this site: a crafted sign-in link must not send anyone elsewhere. A control
    character (a CR/LF would split the Location header) is never part of a path the app makes."""
    if not target or any(c < " " or c == "\x7f" for c in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    return target


def _home() -> str:
    return url_for("home.index")


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = SignInForm()
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
    if form.validate_on_submit():
        device, device_users = read_device()
        result = operations.sign_in(form.identifier.data, form.password.data, request.remote_addr,
                                    current_app.config, device=device, device_user_ids=device_users)
        if result.user is not None:
            login_user(result.user)
            if result.user.time_zone is None:  # the browser's until the person picks one
                result.user.time_zone = valid_zone(form.time_zone.data)
            db.session.commit()
            response = redirect(_safe_next(form.next.data) or _home())
            remember_device(response, result.user.id)
            return response
        form.password.errors.append(result.error)
        status = 429 if result.locked_until else 200
        return render_template("auth/login.html", form=form), status
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
def logout():
    if current_user.is_authenticated:
        operations.end_sessions(current_user._get_current_object())
        db.session.commit()
        logout_user()
        flash("You are signed out (on every device).", "success")
    return redirect(url_for("auth.login"))


@bp.route("/password", methods=["GET", "POST"])
@login_required
def password():
    """Change my own password (teachers and students); my other sessions end, this one goes on."""
    form = ChangePasswordForm()
    if form.validate_on_submit():
        user = current_user._get_current_object()
        try:
            operations.change_password(user, form.current.data, form.password.data)
        except operations.AccountError as error:
            getattr(form, error.field or "password").errors.append(str(error))
        else:
            db.session.commit()
            login_user(user)  # this browser carries the new session version
            flash("Your password is changed. Other devices signed in to your account were signed out.", "success")
            return redirect(_home())
    return render_template("auth/password.html", form=form)


@bp.route("/time-zone", methods=["GET", "POST"])
@login_required
def time_zone():
    """The zone every date and time is shown and typed in (the browser's until changed here)."""
    form = TimeZoneForm()
    form.time_zone.choices = zone_names()
    if not form.is_submitted():
        form.time_zone.data = current_user.time_zone or "UTC"
    if form.validate_on_submit():
        current_user.time_zone = form.time_zone.data
        db.session.commit()
        flash(f"Dates and times are now shown in {form.time_zone.data}.", "success")
        return redirect(url_for("auth.password"))
    return render_template("auth/time_zone.html", form=form), 400 if form.errors else 200


@bp.route("/signup", methods=["GET", "POST"])
def signup():
    """Teachers sign themselves up where QUIZAPP_SIGNUP is "open" (the default); "invite" asks for
    QUIZAPP_SIGNUP_CODE, "closed" turns sign-up off (accounts are made with `quizapp` commands)."""
    policy = current_app.config.get("SIGNUP", "open")
    if policy == "invite" and not current_app.config.get("SIGNUP_CODE"):
        policy = "closed"  # an invitation nobody can know opens nothing
    if policy == "closed":
        return render_template("auth/signup_closed.html"), 404
    form = SignUpForm()
    if form.validate_on_submit():
        if operations.signup_refused(request.remote_addr):
            form.form_errors.append("Too many accounts were made from this network in the last hour. Try again later.")
            return render_template("auth/signup.html", form=form, invite=policy == "invite"), 429
        if policy == "invite" and not hmac.compare_digest(
                (form.invitation.data or "").strip().encode(), current_app.config.get("SIGNUP_CODE", "").encode()):
            form.invitation.errors.append("This invitation code is not the one your school was given.")
            return render_template("auth/signup.html", form=form, invite=True), 400
        try:
            user = operations.create_teacher(form.email.data, form.password.data, form.display_name.data)
        except operations.AccountError as error:
            getattr(form, error.field or "email").errors.append(str(error))
        else:
            user.time_zone = valid_zone(form.time_zone.data)
            db.session.commit()
            login_user(user)
            flash("Welcome! Your teacher account is ready. Start by creating a class.", "success")
            return redirect(_home())
    return render_template("auth/signup.html", form=form, invite=policy == "invite")


@bp.get("/join")
def join():
    """Step 1: a student types the class code (GET: it only looks the class up)."""
    form = JoinCodeForm(request.args)
    if request.args.get("code") is not None and form.validate():
        if operations.join_code_locked(request.remote_addr):
            form.code.errors.append("Too many wrong class codes from this network. Wait a quarter of an hour, "
                                    "or ask your teacher for the code.")
            return render_template("auth/join.html", form=form), 429
        classroom = operations.classroom_by_join_code(form.code.data)
        if classroom is not None:
            return redirect(url_for("auth.claim", code=classroom.join_code))
        operations.record_wrong_join_code(request.remote_addr)
        form.code.errors.append("No class has this code. Check it with your teacher.")
    return render_template("auth/join.html", form=form)


def _seat_choices(seats):
    # Initials, not names: anyone with the class code sees this list (quizapp/web/auth/seats.py).
    return list(zip((seat.id for seat in seats), seat_labels([seat.student.display_name for seat in seats])))


def _join_as_me(classroom, seats):
    """A signed-in student joins another class with the account they have, not a second one."""
    form = JoinAsMeForm()
    form.seat.choices = _seat_choices(seats)
    if seats and form.validate_on_submit():
        try:
            operations.claim_seat_as(classroom, form.seat.data, current_user._get_current_object())
        except operations.AccountError as error:
            form.seat.errors.append(str(error))
        else:
            flash(f"You have joined {classroom.name} with your username {current_user.username}.", "success")
            return redirect(_home())
    return render_template("auth/claim.html", form=form, classroom=classroom, seats=seats, as_me=True)


@bp.route("/join/<code>", methods=["GET", "POST"])
def claim(code: str):
    """Step 2: pick your name among the unclaimed seats and choose a password."""
    if operations.join_code_locked(request.remote_addr):
        abort(429)
    classroom = operations.classroom_by_join_code(code)
    if classroom is None:
        operations.record_wrong_join_code(request.remote_addr)
        return render_template("auth/join.html", form=JoinCodeForm(), unknown_code=True), 404
    seats = operations.unclaimed_seats(classroom)
    if current_user.is_authenticated and current_user.role == "student":
        return _join_as_me(classroom, seats)
    form = ClaimSeatForm()
    form.seat.choices = _seat_choices(seats)
    if seats and form.validate_on_submit():
        try:
            student = operations.claim_seat(classroom, form.seat.data, form.password.data)
        except operations.AccountError as error:
            getattr(form, error.field or "seat").errors.append(str(error))
        else:
            login_user(student)
            flash(f"You have joined {classroom.name}. Your username is {student.username}: "
                  "write it down, you need it to sign in.", "success")
            return redirect(_home())
    return render_template("auth/claim.html", form=form, classroom=classroom, seats=seats)
