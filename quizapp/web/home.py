"""The start page: sends each role to its own area."""
from __future__ import annotations

from flask import Blueprint, current_app, redirect, render_template, url_for
from flask_login import current_user

bp = Blueprint("home", __name__)


@bp.get("/")
def index():
    if current_user.is_authenticated:
        area = "classes.index" if current_user.is_teacher else "student.home"
        if area in current_app.view_functions:
            return redirect(url_for(area))
    return render_template("home.html")


@bp.app_template_global()
def has_endpoint(name: str) -> bool:
    """Whether an area's page exists, so the navigation shows only what is installed."""
    return name in current_app.view_functions


@bp.app_template_filter("skill")
def skill_filter(skill: str) -> str:
    """"who_said" -> "Who said what": teachers read skills, never the bank format's names."""
    from quizapp.banks.loader import skill_label

    return skill_label(skill)


@bp.app_template_filter("local")
def local_filter(value, empty: str = "") -> str:
    """A naive-UTC datetime in the reader's time zone, in the one format every page uses."""
    from quizapp.web.timezones import local_text

    return local_text(value, empty)
