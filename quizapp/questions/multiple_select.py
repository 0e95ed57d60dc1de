"""Several right options; the student ticks any number of them.

Scoring: each right option ticked earns points/len(key); each wrong option ticked costs the
same share; the result is floored at 0. So ticking everything earns nothing unless most
options are right, and a blank scores 0 like everywhere else.
"""
from __future__ import annotations

from typing import Any

from quizapp.questions.base import (
    AnswerError, Issue, QuestionType, Score, as_question, check_options, check_ordered, describe_value, match_option,
)


class MultipleSelect(QuestionType):
    name = "multiple_select"
    label = "Multiple select"
    fields = frozenset({"options", "ordered"})

    def check(self, question) -> list[Issue]:
        q = as_question(question)
        issues = check_options(q.options) + check_ordered(q)
        if q.answer is None:
            issues.append(Issue("'answer' is missing (a list of the right options)"))
            return issues
        if not isinstance(q.answer, list):
            issues.append(Issue("answer must be a list of options, e.g. [Rob Lee, George Barros]", "answer"))
            return issues
        if not q.answer:
            issues.append(Issue("answer must name at least one option", "answer"))
        seen = set()
        for i, item in enumerate(q.answer):
            if not isinstance(item, str):
                issues.append(Issue(f"answer item {i + 1}: {describe_value(item)}", "answer", i))
            elif isinstance(q.options, list) and item not in q.options:
                issues.append(Issue(f"answer '{item}' is not one of its options", "answer", i))
            elif item in seen:
                issues.append(Issue(f"answer '{item}' is listed twice", "answer", i))
            else:
                seen.add(item)
        return issues

    def parse_answer(self, question, raw: Any) -> list[str] | None:
        if raw is None or raw == "" or raw == []:
            return None
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, (list, tuple)):
            raise AnswerError("tick the options you choose")
        options = as_question(question).options or []
        chosen = {match_option(options, item) for item in raw}
        # Option order, not click order: the same choice always reads and stores the same.
        return [o for o in options if o in chosen]

    def score(self, question, answer) -> Score:
        q = as_question(question)
        points = float(q.points)
        if not isinstance(answer, list) or not answer or not q.answer:
            return Score(0.0, points)
        key = set(q.answer)
        share = points / len(key)
        chosen = {a for a in answer if isinstance(a, str)}
        earned = share * len(chosen & key) - share * len(chosen - key)
        if chosen == key:
            earned = points  # exact, whatever the float arithmetic says
        return Score(max(0.0, min(points, earned)), points)

    def display_answer(self, question, answer) -> str:
        # Options are often sentences: "negotiations.; Russian..." reads as a typo, so a full stop
        # that ends an option is dropped where a separator follows.
        if not answer:
            return ""
        return "; ".join([*(str(a).removesuffix(".") for a in answer[:-1]), str(answer[-1])])

    def options_for_student(self, question) -> list[str]:
        return list(as_question(question).options or [])


TYPE = MultipleSelect()
