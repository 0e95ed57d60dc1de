"""Forms of the classes area."""
from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import BooleanField, HiddenField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, Regexp

SELF_CLAIM_LABEL = "Let students set their own password with the class code (no password on the cards)"


class ClassForm(FlaskForm):
    name = StringField("Class name", validators=[DataRequired("Give the class a name."), Length(max=120)])
    submit = SubmitField("Create class")


class RenameClassForm(FlaskForm):
    name = StringField("New name", validators=[DataRequired("Give the class a name."), Length(max=120)])
    submit = SubmitField("Rename class")


class DeleteClassForm(FlaskForm):
    """Deleting a class with results asks for its name, typed: no stray click loses a gradebook."""

    name = StringField("Type the class name to confirm", validators=[Length(max=120)])
    submit = SubmitField("Delete the class")


class AddStudentForm(FlaskForm):
    name = StringField("Student's name", validators=[DataRequired("Enter the student's name."), Length(max=120)])
    username = StringField("Username (optional)", validators=[
        Optional(), Length(min=3, max=40, message="Use 3 to 40 characters."),
        Regexp(r"^[A-Za-z0-9][A-Za-z0-9._-]*$", message="Use letters, digits, dots, dashes or underscores."),
    ])
    self_claim = BooleanField(SELF_CLAIM_LABEL)
    submit = SubmitField("Add student")


class ImportRosterForm(FlaskForm):
    """Two steps: a list is first previewed (nothing created), then created by `confirm`, which
    carries a digest of the previewed text: a list edited since its preview is previewed again."""

    roster = TextAreaField("Paste names", validators=[Optional(), Length(max=200_000)])
    file = FileField("Or upload a CSV file")
    self_claim = BooleanField(SELF_CLAIM_LABEL)
    previewed = HiddenField()
    submit = SubmitField("Preview the accounts")
    confirm = SubmitField("Create these accounts")

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        if ok and not (self.roster.data or "").strip() and not getattr(self.file.data, "filename", ""):
            self.roster.errors.append("Paste some names or choose a CSV file.")
            return False
        return ok
