"""The form that imports a question file from another system into a new bank."""
from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import BooleanField, SelectMultipleField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.widgets import CheckboxInput, ListWidget
from wtforms.validators import DataRequired, Length

MAX_ARTICLE_CHARS = 200_000


class ImportForm(FlaskForm):
    # Named "file" like every upload of the app (quizapp/web/security.py refuses files elsewhere).
    file = FileField("Question file: GIFT, Moodle XML, or a QTI 2.1/3.0 package or item")
    article = TextAreaField("The article the questions are about", validators=[
        DataRequired("Paste the article: every question's evidence is a sentence of it."),
        Length(max=MAX_ARTICLE_CHARS, message=f"Up to {MAX_ARTICLE_CHARS:,} characters: one article at a time.")])
    title = StringField("Bank title", validators=[DataRequired("Give the bank a title."), Length(max=300)])
    submit = SubmitField("Import")

    def upload(self) -> tuple[bytes, str] | None:
        """(content, file name) of the chosen file, or None with the error beside the field."""
        upload = self.file.data
        if not upload or not getattr(upload, "filename", ""):
            self.file.errors = [*self.file.errors, "Choose the file to import."]
            return None
        return upload.read(), upload.filename


class SentenceChoices(SelectMultipleField):
    """Checkboxes, one per sentence of the article: a question may quote several."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class EvidenceForm(FlaskForm):
    """The evidence review of an import: for each question that needs it, `evidence_N` (sentence
    indexes) and `drop_N`; built per import by `evidence_form`."""

    submit = SubmitField("Save the bank")

    def choice_fields(self, index: int):
        return getattr(self, f"evidence_{index}", None), getattr(self, f"drop_{index}", None)


def evidence_form(sentences: list[str], needing: list[int], ready: list[int], data: dict) -> EvidenceForm:
    """The form for one pending import: sentence choices for the `needing` items, a "leave out"
    box for every item (`needing` and `ready`). `data` holds what was chosen before."""

    class Form(EvidenceForm):
        pass

    options = [SelectChoice(i, text) for i, text in enumerate(sentences)]
    for index in needing:
        # validate_choice off: an index outside the list is reported by the review in plain words.
        setattr(Form, f"evidence_{index}", SentenceChoices(
            f"Evidence for question {index + 1}", choices=options, coerce=int, validate_choice=False))
    for index in [*needing, *ready]:
        setattr(Form, f"drop_{index}", BooleanField("Leave this question out of the bank"))
    return Form(data=data)
