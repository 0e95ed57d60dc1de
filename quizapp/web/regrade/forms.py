"""The regrade form: what to change about a question's key. Its choices depend on the question
(type and options), so they are set per request by `regrade_form`."""
from __future__ import annotations

import math

from flask_wtf import FlaskForm
from wtforms import HiddenField, RadioField, SelectField, StringField
from wtforms.validators import InputRequired, Length

from quizapp.banks.model import Question
from quizapp.regrade import (
    ACCEPT_ANSWER, DROP, FULL_CREDIT, MARK_CORRECT, MARK_INCORRECT, RESTORE, SET_NUMBER, Change, ChangeError,
    actions_for, options_of,
)

LABELS = {
    ACCEPT_ANSWER: "Accept another answer",
    SET_NUMBER: "Change the right number (and its tolerance)",
    MARK_CORRECT: "Mark an option right",
    MARK_INCORRECT: "Mark an option no longer right",
    DROP: "Drop the question: worth 0 for everyone and removed from the maximum",
    FULL_CREDIT: "Give everyone full credit",
    RESTORE: "Score by the key again (undo a drop or full credit)",
}
SINGLE_KEY_LABEL = "Make another option the key"
NUMBER_MAX_LENGTH = 40


class RegradeForm(FlaskForm):
    action = RadioField("What to change", choices=[], validators=[InputRequired("Choose what to change.")])
    option = SelectField("Option", choices=[], validate_choice=False)
    text = StringField("Answer to accept", validators=[Length(max=300, message="At most 300 characters.")])
    number = StringField("Right number", validators=[Length(max=NUMBER_MAX_LENGTH)])
    tolerance = StringField("Tolerance (±)", default="0", validators=[Length(max=NUMBER_MAX_LENGTH)])
    digest = HiddenField()


def regrade_form(question: Question, **kwargs) -> RegradeForm:
    form = RegradeForm(**kwargs)
    single = question.type in ("single_choice", "true_false")
    form.action.choices = [(a, SINGLE_KEY_LABEL if single and a == MARK_CORRECT else LABELS[a])
                           for a in actions_for(question.type)]
    form.option.choices = [("", "—")] + [(o, o) for o in options_of(question)]
    return form


def _number(text: str | None, what: str) -> float:
    try:
        value = float((text or "").strip().replace(",", ""))
    except ValueError:
        raise ChangeError(f"Write the {what} as a number, e.g. 1500 or 2.5.", "number" if what == "number" else "tolerance") from None
    if not math.isfinite(value):
        raise ChangeError(f"Write the {what} as a number, e.g. 1500 or 2.5.", "number" if what == "number" else "tolerance")
    return int(value) if value.is_integer() else value


def change_of(form: RegradeForm) -> Change:
    """The change the validated form asks for; ChangeError (with the field) when a value is unreadable."""
    action = form.action.data
    if action in (MARK_CORRECT, MARK_INCORRECT):
        if not form.option.data:
            raise ChangeError("Choose the option.", "option")
        return Change(action, form.option.data)
    if action == ACCEPT_ANSWER:
        return Change(action, form.text.data or "")
    if action == SET_NUMBER:
        number = _number(form.number.data, "number")
        tolerance = _number(form.tolerance.data or "0", "tolerance")
        if tolerance < 0:
            raise ChangeError("The tolerance cannot be negative.", "tolerance")
        return Change(action, number, float(tolerance))
    return Change(action)
