"""The question types, one module each, behind one registry.

    from quizapp.questions import get_type
    qtype = get_type(question.type)
    answer = qtype.parse_answer(question, raw)      # AnswerError(message) if unreadable
    score = qtype.score(question, answer)           # Score(points, max_points).correct
"""
from __future__ import annotations

from quizapp.questions import (
    evidence_selection, matching, multiple_select, numeric, short_answer, single_choice, true_false,
)
from quizapp.questions.base import AnswerError, Issue, QuestionType, Score, as_question

TYPES: dict[str, QuestionType] = {
    module.TYPE.name: module.TYPE
    for module in (single_choice, multiple_select, true_false, numeric, short_answer, matching, evidence_selection)
}


class UnknownTypeError(KeyError):
    def __init__(self, name: object):
        super().__init__(name)
        self.message = f"unknown question type {name!r} (known types: {', '.join(TYPES)})"

    def __str__(self) -> str:
        return self.message


def get_type(name: str) -> QuestionType:
    try:
        return TYPES[name]
    except (KeyError, TypeError):
        raise UnknownTypeError(name) from None


__all__ = ["TYPES", "get_type", "AnswerError", "Issue", "QuestionType", "Score", "UnknownTypeError", "as_question"]
