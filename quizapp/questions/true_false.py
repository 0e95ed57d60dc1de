"""A statement the student marks true or false."""
from __future__ import annotations

from typing import Any

from quizapp.questions.base import AnswerError, Issue, QuestionType, Score, as_question

_WORDS = {"true": True, "t": True, "yes": True, "false": False, "f": False, "no": False}


class TrueFalse(QuestionType):
    name = "true_false"
    label = "True or false"

    def check(self, question) -> list[Issue]:
        q = as_question(question)
        if q.answer is None:
            return [Issue("'answer' is missing (true or false)")]
        if not isinstance(q.answer, bool):
            return [Issue(f"answer must be true or false, not {q.answer!r}", "answer")]
        if q.options is not None:
            return [Issue("a true_false question has no 'options'", "options")]
        return []

    def parse_answer(self, question, raw: Any) -> bool | None:
        if raw is None or raw == "":
            return None
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().casefold() in _WORDS:
            return _WORDS[raw.strip().casefold()]
        raise AnswerError("answer true or false")

    def score(self, question, answer) -> Score:
        q = as_question(question)
        right = isinstance(answer, bool) and answer is q.answer
        return Score(float(q.points) if right else 0.0, float(q.points))

    def display_answer(self, question, answer) -> str:
        if answer is None:
            return ""
        return "True" if answer else "False"  # as the student's options read

    def options_for_student(self, question) -> list[str]:
        return ["true", "false"]


TYPE = TrueFalse()
