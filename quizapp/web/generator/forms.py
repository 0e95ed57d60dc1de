"""Forms of the generator review."""
from __future__ import annotations

import re

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import RadioField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional, Regexp

from quizapp.banks.model import Question
from quizapp.generate.source_file import ArticleError, decode_article
from quizapp.generate.distractors import restates
from quizapp.questions import Issue, get_type

MAX_ARTICLE_CHARS = 60_000  # a long feature article is ~20,000; beyond this the run gets slow


class ArticleForm(FlaskForm):
    title = StringField("Title", validators=[Optional(), Length(max=300)])
    article = TextAreaField("Paste the article", validators=[Optional()])
    file = FileField("Or upload a text file (UTF-8)")
    submit = SubmitField("Generate questions")

    text: str = ""

    def validate(self, extra_validators=None) -> bool:
        """Valid when exactly one usable article came: pasted or uploaded, UTF-8 text, not empty,
        not too long. The text read is left in `self.text`."""
        if not super().validate(extra_validators):
            return False
        upload = self.file.data
        if upload and getattr(upload, "filename", ""):
            field = self.file
            try:
                self.text = decode_article(upload.read(), upload.filename)
            except ArticleError as error:
                field.errors.append(str(error))
                return False
        else:
            field = self.article
            pasted = (self.article.data or "").replace("\r\n", "\n").replace("\r", "\n")
            if not pasted.strip():
                self.article.errors.append("Paste an article or choose a file.")
                return False
            self.text = pasted
        if len(self.text) > MAX_ARTICLE_CHARS:
            field.errors.append(f"The article is {len(self.text):,} characters long; the generator takes up to "
                                f"{MAX_ARTICLE_CHARS:,}. Use one article at a time.")
            return False
        return True


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class CandidateForm(FlaskForm):
    """One candidate's wording, options and key, as the teacher may change them."""

    prompt = TextAreaField("Question", validators=[DataRequired("The question needs a prompt."), Length(max=2000)])
    prompts = TextAreaField("Statements to match (one per line)")
    options = TextAreaField("Options (one per line)")
    answer = TextAreaField("Right answer")
    truth = RadioField("The statement is", choices=[SelectChoice("true", "True"), SelectChoice("false", "False")], validate_choice=False)
    accept = SubmitField("Save changes and accept")
    keep = SubmitField("Accept")
    reject = SubmitField("Reject")

    @classmethod
    def for_question(cls, q: Question, index: int, submitted: bool = False) -> "CandidateForm":
        """The form of candidate `index`: the request's data where it was just submitted, else
        the question as stored."""
        form = cls(prefix=f"q{index}") if submitted else cls(prefix=f"q{index}", formdata=None)
        if not submitted:
            form.prompt.data = q.prompt
            form.options.data = "\n".join(q.options or [])
            form.prompts.data = "\n".join(q.extra.get("prompts") or [])
            form.answer.data = _answer_text(q)
            form.truth.data = "true" if q.answer is True else "false"
        return form

    def edited(self, q: Question) -> Question | None:
        """The question with the teacher's changes, or None with errors on the fields."""
        data = q.to_dict()
        data["prompt"] = self.prompt.data.strip()
        if q.options is not None:
            data["options"] = _lines(self.options.data)
        if q.type == "matching":
            data["extra"] = {**q.extra, "prompts": _lines(self.prompts.data)}
            data["answer"] = _lines(self.answer.data)
        elif q.type == "true_false":
            data["answer"] = self.truth.data == "true"
        elif q.type == "numeric":
            if not self._numeric(data):
                return None
        else:
            data["answer"] = (self.answer.data or "").strip()
        edited = Question.from_dict(data)
        issues = get_type(edited.type).check(edited)
        if not issues and edited.type == "single_choice":
            issues = [Issue(f"“{o}” says the same as the answer “{edited.answer}”: a student choosing it "
                            "would be right too", "options")
                      for o in edited.options or [] if o != edited.answer and restates(o, edited.answer)]
        for issue in issues:
            field = {"options": self.options, "prompts": self.prompts, "prompt": self.prompt}.get(issue.field or "", self.answer)
            field.errors.append(issue.message)
        return None if issues else edited

    def _numeric(self, data: dict) -> bool:
        numbers = re.findall(r"-?\d[\d,]*(?:\.\d+)?", self.answer.data or "")
        values = [float(n.replace(",", "")) for n in numbers]
        values = [int(v) if v.is_integer() else v for v in values]
        extra = dict(data.get("extra") or {})
        if "range" in extra and len(values) == 2:
            extra["range"] = sorted(values)
            data["answer"] = None
        elif "range" not in extra and len(values) == 1:
            data["answer"] = values[0]
        else:
            self.answer.errors.append("Write one number" + (", or the range as two numbers: 1000 to 1500"
                                                            if "range" in extra else "."))
            return False
        data["extra"] = extra
        return True


def _answer_text(q: Question) -> str:
    if q.type == "matching":
        return "\n".join(q.answer or [])
    if q.type == "numeric" and q.extra.get("range"):
        low, high = q.extra["range"]
        return f"{low} to {high}"
    return "" if q.answer is None else str(q.answer)


class SaveBankForm(FlaskForm):
    title = StringField("Bank title", validators=[DataRequired("Give the bank a title."), Length(max=300)])
    slug = StringField("Bank id", validators=[
        DataRequired("Give the bank an id."), Length(max=80),
        Regexp(r"^[a-z0-9][a-z0-9-]*$", message="Use lower-case letters, digits and hyphens, e.g. harbour-wall-2025."),
    ])
    publication = StringField("Publication", validators=[DataRequired("Name the publication (or 'unknown')."), Length(max=200)])
    date = StringField("Date of the article", validators=[
        DataRequired("Give the article's date."),
        Regexp(r"^\d{4}-\d{2}(-\d{2})?$", message="Write the date as 2025-03-04, or 2025-03 if the day is unknown."),
    ])
    submit = SubmitField("Save accepted questions as a bank")
