"""The form that imports a question file from another system into a new bank."""
from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import StringField, SubmitField, TextAreaField
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
