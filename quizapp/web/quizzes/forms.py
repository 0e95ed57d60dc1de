"""Forms of the quiz builder and of assignments. Some fields depend on data (a version's skills,
a class's students), so those form classes are built per request by the functions below."""
from __future__ import annotations

from typing import Sequence

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField, DateTimeLocalField, IntegerField, RadioField, SelectMultipleField, StringField, SubmitField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, ValidationError

from quizapp.banks.loader import skill_label
from quizapp.models import REVIEW_POLICIES
from quizapp.web.quizzes.drawing import MAX_SEED

DATETIME_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
MAX_MINUTES = 24 * 60
MAX_ATTEMPTS = 20

REVIEW_LABELS = {
    "immediately": "Immediately after submitting",
    "after_due": "After the due date",
    "never": "Never",
}
assert set(REVIEW_LABELS) == set(REVIEW_POLICIES)


class PickForm(FlaskForm):
    title = StringField("Quiz title", validators=[DataRequired("Give the quiz a title."), Length(max=300)])
    questions = SelectMultipleField("Questions", coerce=int, validate_choice=False)
    submit = SubmitField("Create quiz")

    def validate_questions(self, field):
        allowed = {choice.value for choice in self.questions.choices or []}
        if not field.data:
            raise ValidationError("Choose at least one question.")
        if any(value not in allowed for value in field.data):
            raise ValidationError("Choose questions of this bank version only.")


class DrawFormBase(FlaskForm):
    title = StringField("Quiz title", validators=[DataRequired("Give the quiz a title."), Length(max=300)])
    seed = IntegerField(
        "Seed (optional)",
        validators=[Optional(), NumberRange(1, MAX_SEED, f"A seed is a whole number from 1 to {MAX_SEED}.")],
        description="The same seed draws the same questions again. Leave empty for a new random draw.",
    )
    per_attempt = BooleanField(
        "Draw again for each student",
        description="Every attempt gets its own draw of these numbers per skill (its seed is kept with the "
                    "attempt), so neighbours answer different questions of the same skills.",
    )
    preview = SubmitField("Draw and show")
    save = SubmitField("Create quiz with this draw")

    skill_fields: list[tuple[str, str, int]] = []  # (field name, skill, questions available)

    def counts(self) -> dict[str, int]:
        return {skill: self[name].data or 0 for name, skill, _ in self.skill_fields}

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        if ok and sum(self.counts().values()) == 0:
            first = self[self.skill_fields[0][0]] if self.skill_fields else self.title
            first.errors = list(first.errors) + ["Draw at least one question (set a number above 0 for a skill)."]
            ok = False
        return ok


def draw_form_class(skills: Sequence[tuple[str, int]]) -> type[DrawFormBase]:
    """One number field per skill of the version, bounded by how many questions it has."""
    attrs: dict = {"skill_fields": []}
    for i, (skill, available) in enumerate(skills):
        name, label = f"count_{i}", skill_label(skill)
        attrs[name] = IntegerField(
            f"{label} (of {available})", default=0,
            validators=[Optional(), NumberRange(0, available, f"Between 0 and {available}: this bank version has "
                                                              f"{available} questions of the skill {label}.")],
        )
        attrs["skill_fields"].append((name, skill, available))
    return type("DrawForm", (DrawFormBase,), attrs)


class AssignmentFormBase(FlaskForm):
    title = StringField("Title students see", validators=[DataRequired("Give the assignment a title."), Length(max=300)])
    audience = RadioField(
        "Who takes it", choices=[SelectChoice("class", "The whole class"), SelectChoice("chosen", "Only the students ticked below")],
        default="class", validators=[InputRequired()],
    )
    opens_at = DateTimeLocalField("Opens", format=DATETIME_FORMATS, validators=[InputRequired("Give the opening time.")])
    due_at = DateTimeLocalField("Due (optional)", format=DATETIME_FORMATS, validators=[Optional()])
    time_limit_minutes = IntegerField(
        "Time limit in minutes (optional)",
        validators=[Optional(), NumberRange(1, MAX_MINUTES, f"Between 1 and {MAX_MINUTES} minutes, or empty for none.")],
    )
    attempts_allowed = IntegerField(
        "Attempts allowed", default=1,
        validators=[InputRequired("How many attempts? At least 1."), NumberRange(1, MAX_ATTEMPTS, f"Between 1 and {MAX_ATTEMPTS}.")],
    )
    shuffle_questions = BooleanField("Shuffle the order of questions for each student")
    review_policy = RadioField(
        "Students may see the key and feedback", choices=[SelectChoice(k, v) for k, v in REVIEW_LABELS.items()], default="immediately",
        validators=[InputRequired()],
    )
    show_score = BooleanField("Show students their total score as soon as they submit, before the review is allowed")
    submit = SubmitField("Save assignment")

    student_fields: list[tuple[int, str, str]] = []  # (student id, chosen field, extra minutes field)

    def chosen_ids(self) -> list[int]:
        return [sid for sid, chosen, _ in self.student_fields if self[chosen].data]

    def extra_minutes(self) -> dict[int, int]:
        return {sid: self[extra].data or 0 for sid, _, extra in self.student_fields}

    def validate_due_at(self, field):
        if field.data is not None and self.opens_at.data is not None and field.data <= self.opens_at.data:
            raise ValidationError("The due time must be after the opening time.")

    def validate_audience(self, field):
        if field.data == "chosen" and not self.chosen_ids():
            raise ValidationError("Tick at least one student, or assign it to the whole class.")


def assignment_form_class(students: Sequence[tuple[int, str]]) -> type[AssignmentFormBase]:
    """A tick box and an extra-minutes field per student of the class (accommodations)."""
    attrs: dict = {"student_fields": []}
    for sid, name in students:
        chosen, extra = f"chosen_{sid}", f"extra_{sid}"
        attrs[chosen] = BooleanField(f"Assign to {name}")
        attrs[extra] = IntegerField(
            f"Extra minutes for {name}", default=0,
            validators=[Optional(), NumberRange(0, MAX_MINUTES, f"Between 0 and {MAX_MINUTES} minutes.")],
        )
        attrs["student_fields"].append((sid, chosen, extra))
    return type("AssignmentForm", (AssignmentFormBase,), attrs)
