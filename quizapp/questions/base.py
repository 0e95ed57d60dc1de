"""What every question type provides, and the small value types they share.

A question type is a stateless object: it checks a question's own fields, reads what a student
typed into the answer shape of docs/bank-format.md, scores an answer and shows it back. It never
sees the article: anything a type needs from it (evidence spans, sentence spans) the bank loader
has already resolved into the `Question`.
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from typing import Any, Mapping

from quizapp.banks.model import Evidence, Question


class AnswerError(ValueError):
    """A student's input that cannot be read as an answer; `message` is meant for the student."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Score:
    points: float
    max_points: float

    @property
    def correct(self) -> bool:
        """Full marks (partial credit is not "correct")."""
        return self.max_points > 0 and math.isclose(self.points, self.max_points, abs_tol=1e-9)


@dataclass(frozen=True)
class Issue:
    """A problem with one question's fields. `field` (and `index` into a list field) lets the
    loader point at the offending line; `field=None` means the question as a whole."""

    message: str
    field: str | None = None
    index: int | None = None


_QUESTION_FIELDS = {"id", "type", "skill", "prompt", "answer", "evidence", "points", "options", "feedback", "extra", "line"}


def as_question(question: Question | Mapping[str, Any]) -> Question:
    """Accept a `Question` or its dict (a snapshot, or a bank entry with type fields at top level)."""
    if isinstance(question, Question):
        return question
    data = dict(question)
    extra = dict(data.pop("extra", None) or {})
    for name in list(data):
        if name not in _QUESTION_FIELDS:
            extra[name] = data.pop(name)
    evidence = [e if isinstance(e, Evidence) else Evidence(**e) for e in data.pop("evidence", None) or []]
    return Question(
        id=data.get("id", ""),
        type=data.get("type", ""),
        skill=data.get("skill", ""),
        prompt=data.get("prompt", ""),
        answer=data.get("answer"),
        evidence=evidence,
        points=data.get("points", 1.0),
        options=data.get("options"),
        feedback=data.get("feedback", ""),
        extra=extra,
        line=data.get("line"),
    )


def is_text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


def describe_value(value: Any) -> str:
    """How a mistyped YAML value is named in a message, with the usual fix."""
    if isinstance(value, bool):
        return f"{value!r} is read by YAML as a true/false value; put it in quotes to make it text"
    if isinstance(value, (int, float)):
        return f"{value!r} is a number; put it in quotes to make it text"
    if value is None:
        return "it is empty"
    return f"{value!r} is a {type(value).__name__}, not text"


def squash_spaces(text: str) -> str:
    return " ".join(text.split())


def match_option(options: list[str], raw: Any) -> str:
    """The option a student meant: exact, else equal up to case and spacing. Raises AnswerError."""
    if not isinstance(raw, str):
        raise AnswerError(f"choose one of the options (got {raw!r})")
    if raw in options:
        return raw
    wanted = squash_spaces(raw).casefold()
    for option in options:
        if squash_spaces(option).casefold() == wanted:
            return option
    raise AnswerError(f"'{raw}' is not one of the options")


def check_ordered(question: Question) -> list[Issue]:
    """`ordered: true` marks options whose order means something (numbers ascending, a scale,
    "all of the above" last): they are shown as written. Every other option list is shuffled
    for each attempt, so that an option's place never tells which one is the key."""
    ordered = question.extra.get("ordered", False)
    if not isinstance(ordered, bool):
        return [Issue(f"ordered must be true or false, not {ordered!r}", "ordered")]
    return []


def check_options(options: Any, *, minimum: int = 2, field: str = "options") -> list[Issue]:
    """Options must be a list of at least `minimum` distinct, non-empty strings."""
    if options is None:
        return [Issue(f"'{field}' is missing (a list of at least {minimum} choices)", None)]
    if not isinstance(options, list):
        return [Issue(f"'{field}' must be a list, e.g. [Artem Efanov, Rob Lee]", field)]
    issues: list[Issue] = []
    seen: dict[str, int] = {}
    for i, option in enumerate(options):
        if not is_text(option):
            issues.append(Issue(f"{field} item {i + 1}: {describe_value(option)}", field, i))
            continue
        norm = squash_spaces(option).casefold()
        if norm in seen:
            issues.append(Issue(f"duplicate option '{option}' (same as item {seen[norm] + 1})", field, i))
        else:
            seen[norm] = i
    if len(options) < minimum:
        issues.append(Issue(f"'{field}' needs at least {minimum} choices, has {len(options)}", field))
    return issues


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class QuestionType:
    """Base class; each subclass is one type in docs/bank-format.md."""

    name: str = ""
    label: str = ""
    # Fields of this type beyond the common ones (id, type, skill, prompt, answer, evidence,
    # points, feedback). "options" is common in the model but listed here where the type uses it.
    fields: frozenset[str] = frozenset()
    # Whether `answer` is written in the bank (evidence_selection derives it).
    answer_written: bool = True

    def check(self, question: Question | Mapping[str, Any]) -> list[Issue]:
        raise NotImplementedError

    def parse_answer(self, question: Question | Mapping[str, Any], raw: Any) -> Any:
        """Normalise a student's input; None for blank. Idempotent on normalised answers."""
        raise NotImplementedError

    def score(self, question: Question | Mapping[str, Any], answer: Any) -> Score:
        raise NotImplementedError

    def key(self, question: Question | Mapping[str, Any]) -> Any:
        """A full-marks answer, in the student's answer shape."""
        return as_question(question).answer

    def display_answer(self, question: Question | Mapping[str, Any], answer: Any) -> str:
        if answer is None:
            return ""
        return str(answer)

    def display_key(self, question: Question | Mapping[str, Any]) -> str:
        """The key as a teacher reads it (numeric ranges and tolerances, accepted aliases...)."""
        return self.display_answer(question, self.key(question))

    def options_for_student(self, question: Question | Mapping[str, Any]) -> list[str] | None:
        """The choices a student sees (never marks which are right); None for typed answers."""
        return None

    def _blank(self, question: Question) -> Score:
        return Score(0.0, float(question.points))
