"""The quiz page as a student loads it: the fields with their saved answers, without binding a
WTForms form.

Loading the page is the request a whole class makes at once, and binding the WTForms quiz form (a
field per question, one per matching prompt) was a sixth of its cost (benchmarks/README.md). What
the template reads of a field is small: ``id``, ``name``, ``label.text``, ``data``, ``errors``,
``render_kw`` and ``iter_choices()``. ``page_form`` gives objects with exactly that, from the same
question fields, option order and saved values as ``build_quiz_form``, so the page is the same
markup either way (a test compares the two). A posted page (no JavaScript) is still read, and shown
again with its messages, through the WTForms form.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from flask import current_app
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup, escape

from quizapp.models import Attempt, Response
from quizapp.web.attempts.operations import RAW_MAX, QuestionRow, ordered_options
from quizapp.web.student.quizforms import QuestionField, question_fields, saved_data


class ChoiceView(NamedTuple):  # a tuple: some 50 made per page, a frozen dataclass is 3x slower
    value: str
    label: str
    selected: bool


@dataclass(frozen=True)
class LabelView:
    text: str


@dataclass
class FieldView:
    """One input, as much of a WTForms field as the quiz template uses."""

    name: str
    label: LabelView
    data: Any = None
    choices: list[tuple[str, str]] = field(default_factory=list)
    render_kw: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.name

    def iter_choices(self) -> list[ChoiceView]:
        # As WTForms decides "selected": membership for a list of ticks, equality otherwise.
        if isinstance(self.data, list):
            return [ChoiceView(value, label, value in self.data) for value, label in self.choices]
        return [ChoiceView(value, label, value == self.data) for value, label in self.choices]


class PageForm:
    """The fields of one attempt's quiz page, looked up by name like a form's."""

    def __init__(self, questions: list[QuestionField], fields: dict[str, FieldView]) -> None:
        self.questions = questions
        self._fields = fields

    def __getitem__(self, name: str) -> FieldView:
        return self._fields[name]

    @property
    def csrf_token(self) -> Markup:
        # The same hidden input (and token) as FlaskForm's csrf_token field renders; none when
        # CSRF protection is off (tests), as FlaskForm then has no such field.
        if not current_app.config.get("WTF_CSRF_ENABLED", True):
            return Markup("")
        return Markup(f'<input id="csrf_token" name="csrf_token" type="hidden" value="{escape(generate_csrf())}">')


TEXT_KW = {"maxlength": RAW_MAX}
TRUE_FALSE = [("true", "True"), ("false", "False")]
CHOICE_TYPES = frozenset({"single_choice", "evidence_selection", "true_false", "multiple_select"})


def page_form(attempt: Attempt, questions: list[QuestionRow], responses: dict[int, Response],
              errors: dict[int, str] | None = None) -> PageForm:
    """The quiz page's fields showing the saved answers, and each message beside its question."""
    items = question_fields(questions)
    data = saved_data(items, responses)
    fields: dict[str, FieldView] = {}
    for item in items:
        options = [(o, o) for o in ordered_options(item.question, attempt)]
        if item.type == "matching":
            choices = [("", "— choose —"), *options]
            for name, prompt in zip(item.names, item.prompts):
                fields[name] = FieldView(name, LabelView(prompt), data.get(name), choices)
            continue
        name = item.names[0]
        if item.type not in CHOICE_TYPES:  # numeric, short_answer: typed
            fields[name] = FieldView(name, LabelView("Your answer"), data.get(name, ""), render_kw=TEXT_KW)
        else:
            fields[name] = FieldView(name, LabelView(item.prompt), data.get(name),
                                     TRUE_FALSE if item.type == "true_false" else options)
    for item in items:
        message = (errors or {}).get(item.id)
        if message:
            fields[item.names[0]].errors.append(message)
    return PageForm(items, fields)

