"""Small fixed forms of the student area (the quiz form itself is built in quizforms.py)."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import SubmitField


class StartForm(FlaskForm):
    """Start or resume an attempt: a POST with a CSRF token, so no link can start one."""

    start = SubmitField("Start")


class SubmitForm(FlaskForm):
    submit = SubmitField("Submit my answers")
