"""/classes/...: a teacher's classes and their rosters."""
from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user
from sqlalchemy import select

from quizapp.models import Classroom
from quizapp.web.access import teacher_required
from quizapp.web.extensions import db

bp = Blueprint("classes", __name__, url_prefix="/classes")


@bp.get("/")
@teacher_required
def index():
    classes = db.session.scalars(
        select(Classroom).where(Classroom.teacher_id == current_user.id).order_by(Classroom.name)
    ).all()
    return render_template("classes/index.html", classes=classes)
