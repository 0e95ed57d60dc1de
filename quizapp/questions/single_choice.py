"""One right option among several."""
from __future__ import annotations

from typing import Any

from quizapp.questions.base import (
    AnswerError, Issue, QuestionType, Score, as_question, check_options, check_ordered, describe_value, is_text, match_option,
)


class SingleChoice(QuestionType):
    name = "single_choice"
    label = "Single choice"
    fields = frozenset({"options", "ordered"})

    def check(self, question) -> list[Issue]:
        q = as_question(question)
        issues = check_options(q.options) + check_ordered(q)
        if q.answer is None:
            issues.append(Issue("'answer' is missing (one of the options)"))
        elif not is_text(q.answer):
            issues.append(Issue(f"answer: {describe_value(q.answer)}", "answer"))
        elif isinstance(q.options, list) and q.answer not in q.options:
            issues.append(Issue(f"answer '{q.answer}' is not one of its options", "answer"))
        return issues

    def parse_answer(self, question, raw: Any) -> str | None:
        if raw is None or raw == "":
            return None
        if isinstance(raw, list):
            raise AnswerError("choose only one option")
        return match_option(as_question(question).options or [], raw)

    def score(self, question, answer) -> Score:
        q = as_question(question)
        return Score(float(q.points) if answer is not None and answer == q.answer else 0.0, float(q.points))

    def options_for_student(self, question) -> list[str]:
        return list(as_question(question).options or [])


TYPE = SingleChoice()
