"""WTForms forms built from an attempt's frozen questions (indico's make_survey_form style).

One field per question (one select per prompt for matching), named ``q<question id>`` (and
``q<id>-<n>``). The form never carries a key, feedback, points per option or evidence: it is
built from ``options_for_student`` and the prompt only.

The form does not decide what is saved: every answer is stored as typed, and the question type's
``parse_answer`` says what is wrong with it (``apply_errors`` puts the message beside the field,
the typed text stays in it).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from flask_wtf import FlaskForm
from werkzeug.datastructures import MultiDict
from wtforms import Field, RadioField, SelectField, SelectMultipleField, StringField
from wtforms.widgets import CheckboxInput, ListWidget

try:  # WTForms 3.3 deprecates (value, label) tuples in favour of SelectChoice
    from wtforms.fields.choices import SelectChoice
except ImportError:  # pragma: no cover - older WTForms
    def SelectChoice(value: str, label: str):  # type: ignore[no-redef]  # noqa: N802
        return (value, label)

from quizapp.models import Attempt, Response
from quizapp.web.attempts.frozen import QuestionRow
from quizapp.web.attempts.operations import RAW_MAX, ordered_options


class MultiCheckboxField(SelectMultipleField):
    """A list of checkboxes, one per option."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


@dataclass
class QuestionField:
    """One question as the quiz page shows it. Plain values, taken once from the question row: they
    stay readable after the save's commit has expired the row (no reload per question)."""

    number: int  # 1-based position in this attempt
    question: QuestionRow
    names: list[str]  # its form field names (several for matching)
    prompts: list[str]  # matching: the left side, one per name
    id: int = field(init=False)
    type: str = field(init=False)
    prompt: str = field(init=False)
    unit: str = field(init=False)

    def __post_init__(self) -> None:
        data = self.question.data
        self.id, self.type = self.question.id, self.question.type
        self.prompt = data.get("prompt", "")
        self.unit = str((data.get("extra") or {}).get("unit") or "")


def question_fields(questions: list[QuestionRow]) -> list[QuestionField]:
    """What each question of the attempt is called in the form, without building the form (the
    autosave only reads the posted answers)."""
    items = []
    for number, question in enumerate(questions, start=1):
        if question.type == "matching":
            prompts = list((question.data.get("extra") or {}).get("prompts") or [])
            items.append(QuestionField(number, question, [field_name(question.id, part) for part in range(len(prompts))],
                                       prompts))
        else:
            items.append(QuestionField(number, question, [field_name(question.id)], []))
    return items


class QuizForm(FlaskForm):
    """Subclassed per attempt by ``build_quiz_form``; ``questions`` lists what each field is."""

    questions: list[QuestionField]

    def fields_of(self, item: QuestionField) -> list[Field]:
        return [self[name] for name in item.names]


def field_name(question_id: int, part: int | None = None) -> str:
    return f"q{question_id}" if part is None else f"q{question_id}-{part}"


def _field_for(question: QuestionRow, options: list[str], label: str) -> Field:
    choices = [SelectChoice(o, o) for o in options]
    if question.type in ("single_choice", "evidence_selection"):
        return RadioField(label, choices=choices, validate_choice=False)
    if question.type == "multiple_select":
        return MultiCheckboxField(label, choices=choices, validate_choice=False)
    if question.type == "true_false":
        return RadioField(label, choices=[SelectChoice("true", "True"), SelectChoice("false", "False")], validate_choice=False)
    if question.type == "numeric":
        return StringField(label, render_kw={"inputmode": "decimal", "autocomplete": "off",
                                             "maxlength": RAW_MAX, "spellcheck": "false"})
    # short_answer, and any type added later that takes text
    return StringField(label, render_kw={"autocomplete": "off", "maxlength": RAW_MAX})


def build_quiz_form(attempt: Attempt, questions: list[QuestionRow], formdata: Any = None,
                    responses: dict[int, Response] | None = None) -> QuizForm:
    """The form of this attempt. Without formdata the fields show the saved answers."""

    class Form(QuizForm):
        pass

    items = question_fields(questions)
    for item in items:
        question = item.question
        options = ordered_options(question, attempt)
        if item.type == "matching":
            choices = [SelectChoice("", "— choose —"), *[SelectChoice(o, o) for o in options]]
            for name, prompt in zip(item.names, item.prompts):
                setattr(Form, name, SelectField(prompt, choices=choices, validate_choice=False))
        else:
            label = "Your answer" if item.type in ("numeric", "short_answer") else item.prompt
            setattr(Form, item.names[0], _field_for(question, options, label))
    Form.questions = items

    if formdata is None:
        form = Form(formdata=None, data=saved_data(items, responses or {}))
    else:
        form = Form(formdata=formdata)
    form.questions = items
    return form


def saved_data(items: list[QuestionField], responses: dict[int, Response]) -> dict[str, Any]:
    """Field values from the stored responses: the raw text for typed answers (so an unreadable
    answer is shown as typed), the normalised answer for choices."""
    data: dict[str, Any] = {}
    for item in items:
        row = responses.get(item.id)
        if row is None:
            continue
        if item.type == "matching":
            answer = row.answer if isinstance(row.answer, list) else _raw_list(row.raw)
            for part, name in enumerate(item.names):
                data[name] = answer[part] if part < len(answer) and answer[part] is not None else ""
        elif item.type == "multiple_select":
            data[item.names[0]] = row.answer if isinstance(row.answer, list) else _raw_list(row.raw)
        elif item.type == "true_false":
            data[item.names[0]] = "" if row.answer is None else ("true" if row.answer else "false")
        elif item.type in ("numeric", "short_answer"):
            data[item.names[0]] = row.raw or ""
        else:
            data[item.names[0]] = row.answer if row.answer is not None else (row.raw or "")
    return data


def _raw_list(raw: str | None) -> list[Any]:
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return value if isinstance(value, list) else []


SHOWN_FIELD = "shown"  # hidden input listing the question ids the posted form holds


def shown_value(form: QuizForm) -> str:
    return ",".join(str(item.id) for item in form.questions)


def answers_from(items: list[QuestionField], formdata: MultiDict) -> dict[int, Any]:
    """{question id: raw} from posted data, for the questions the posted form says it holds.

    The page posts the whole form, so within it an absent field is blank (an unticked checkbox list
    sends nothing). The hidden "shown" list says which questions that covers: an empty, partial or
    malformed post therefore blanks nothing it did not show."""
    shown = {part.strip() for part in str(formdata.get(SHOWN_FIELD) or "").split(",")}
    answers: dict[int, Any] = {}
    for item in items:
        if str(item.id) not in shown:
            continue
        if item.type == "matching":
            picks = [_one(formdata.getlist(name)) for name in item.names]
            answers[item.id] = None if all(p in (None, "") for p in picks) else [p or None for p in picks]
        elif item.type == "multiple_select":
            answers[item.id] = [v for v in formdata.getlist(item.names[0]) if isinstance(v, str)] or None
        else:
            answers[item.id] = _one(formdata.getlist(item.names[0]))
    return answers


def _one(values: list[Any]) -> str | None:
    # A tampered post may repeat a field; the last value wins, as a browser would send one.
    return values[-1] if values else None


def apply_errors(form: QuizForm, errors: dict[int, str]) -> None:
    """Put each question's message beside its (first) field."""
    for item in form.questions:
        message = errors.get(item.id)
        if message:
            field = form[item.names[0]]
            field.errors = [*list(field.errors or []), message]
