"""One question of the quiz form as HTML: a fieldset whose legend is the prompt, every input
labelled. Only the prompt and the options reach the page: no key, feedback or evidence.

Written in Python rather than as a Jinja macro: the macro (its calls, a field lookup per attribute,
an escape per value) was about a fifth of the CPU of the quiz page every student loads, and this
gives the same markup byte for byte (a test compares the page with the WTForms form's) at about
half the cost (benchmarks/README.md, issue 14's second pass). The fields are read as the macro read
them: a WTForms field (a posted page shown again) or a quizview.FieldView (a page load).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from markupsafe import Markup, escape

CHOICE_TYPES = frozenset({"single_choice", "evidence_selection", "true_false", "multiple_select"})


# The parts of a question that are the same for every student (prompt, options and their order),
# escaped once per process: the escapes were a third of this module's time. Each is keyed by all
# it is made of, so an entry can only ever hold what its arguments say; never a student's answer.
@lru_cache(maxsize=4096)
def _legend(number: int, question_id: int, prompt: str) -> str:
    return (f' id="question-{number}" data-question="{question_id}">\n  <legend><span class="question-number">'
            f'Question {number}.</span> {escape(prompt)}</legend>\n  ')


@lru_cache(maxsize=4096)
def _choice_rest(field_id: str, name: str, input_type: str, index: int, value: str, label: str) -> str:
    option_id = f"{escape(field_id)}-{index}"
    return (f' id="{option_id}" name="{escape(name)}" type="{input_type}" value="{escape(value)}">'
            f' <label for="{option_id}">{escape(label)}</label></li>\n    ')


@lru_cache(maxsize=4096)
def _option_rest(value: str, label: str) -> str:
    return f' value="{escape(value)}">{escape(label)}</option>'


def _error_for(field: Any) -> str:
    hidden = "" if field.errors else " hidden"
    return (f'<p class="field-error" id="error-{escape(field.id)}" data-error-for="{escape(field.name)}"{hidden}>'
            f'{escape(" ".join(map(str, field.errors or [])))}</p>')


def question_html(form: Any, item: Any, answered: bool) -> Markup:
    first = form[item.names[0]]
    described = f' aria-describedby="error-{first.id}"' if first.errors else ""
    parts = [f'\n\n<fieldset class="question{" is-answered" if answered else ""}"',
             _legend(item.number, item.id, item.prompt)]
    if item.type in CHOICE_TYPES:
        input_type = "checkbox" if item.type == "multiple_select" else "radio"
        hint = '<p class="hint">Tick every option that applies.</p>' if item.type == "multiple_select" else ""
        sentences = " choices-sentences" if item.type == "evidence_selection" else ""
        parts.append(f'\n    \n    {hint}\n    <ul class="choices{sentences}">\n    ')
        for index, choice in enumerate(first.iter_choices()):
            parts.append(f'\n      <li><input{" checked" if choice.selected else ""}{described}'
                         + _choice_rest(first.id, first.name, input_type, index, choice.value, choice.label))
        parts.append("\n    </ul>\n  ")
    elif item.type == "matching":
        parts.append('\n    <div class="matching">\n    ')
        for name in item.names:
            select = form[name]
            parts.append(f'\n      <div class="match-row"><label for="{escape(select.id)}">{escape(select.label.text)}'
                         f'</label> <select id="{escape(select.id)}" name="{escape(select.name)}">')
            parts.extend(("<option selected" if choice.selected else "<option") + _option_rest(choice.value, choice.label)
                         for choice in select.iter_choices())
            parts.append("</select></div>\n    ")
        parts.append("\n    </div>\n  ")
    else:
        numeric = item.type == "numeric"
        invalid = ' aria-invalid="true"' if first.errors else ""
        inputmode, spellcheck = (' inputmode="decimal"', ' spellcheck="false"') if numeric else ("", "")
        unit = f'<span class="unit">{escape(item.unit)}</span>' if item.unit else ""
        parts.append(
            f'\n    <div class="typed-answer">\n      <label for="{escape(first.id)}">{escape(first.label.text)}'
            f'<span class="visually-hidden"> to question {item.number}</span></label>\n      <input'
            f'{invalid}{described} autocomplete="off" id="{escape(first.id)}"'
            f'{inputmode} maxlength="{escape(first.render_kw["maxlength"])}"'
            f' name="{escape(first.name)}"{spellcheck} type="text"'
            f' value="{escape(first.data or "")}">\n      {unit}\n    </div>\n  ')
    parts.append(f"\n  {_error_for(first)}\n</fieldset>")
    return Markup("".join(parts))
