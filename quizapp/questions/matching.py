"""Match each prompt (left side) to one option (right side); credit per pair.

A student's answer is a list with one option (or None for blank) per prompt, in prompt order.
Each right pair earns points/len(prompts); there is no penalty for a wrong pair.
"""
from __future__ import annotations

from typing import Any

from quizapp.questions.base import (
    AnswerError, Issue, QuestionType, Score, as_question, check_options, describe_value, match_option,
)


class Matching(QuestionType):
    name = "matching"
    label = "Matching"
    fields = frozenset({"options", "prompts"})

    def check(self, question) -> list[Issue]:
        q = as_question(question)
        prompts = q.extra.get("prompts")
        issues: list[Issue] = []
        if prompts is None:
            issues.append(Issue("'prompts' is missing (the left side, at least 2 items)"))
        else:
            issues += check_options(prompts, field="prompts")
        issues += check_options(q.options)
        if q.answer is None:
            issues.append(Issue("'answer' is missing (one option per prompt)"))
            return issues
        if not isinstance(q.answer, list):
            issues.append(Issue("answer must be a list with one option per prompt", "answer"))
            return issues
        if isinstance(prompts, list) and len(q.answer) != len(prompts):
            issues.append(Issue(
                f"matching has unequal sides: {len(prompts)} prompts but {len(q.answer)} answers", "answer"))
        for i, item in enumerate(q.answer):
            if not isinstance(item, str):
                issues.append(Issue(f"answer item {i + 1}: {describe_value(item)}", "answer", i))
            elif isinstance(q.options, list) and item not in q.options:
                issues.append(Issue(f"answer '{item}' is not one of its options", "answer", i))
        if isinstance(q.options, list) and all(isinstance(a, str) for a in q.answer):
            distinct = len(set(q.answer))
            if len(q.options) < distinct:
                issues.append(Issue(f"options has {len(q.options)} items but the answer uses {distinct} distinct ones", "options"))
        return issues

    def parse_answer(self, question, raw: Any) -> list[str | None] | None:
        if raw is None:
            return None
        q = as_question(question)
        prompts = q.extra.get("prompts") or []
        options = q.options or []
        if isinstance(raw, dict):  # {prompt: option}, handy for typed-in or JSON answers
            unknown = [k for k in raw if k not in prompts]
            if unknown:
                raise AnswerError(f"'{unknown[0]}' is not one of the prompts")
            raw = [raw.get(p) for p in prompts]
        if not isinstance(raw, (list, tuple)):
            raise AnswerError("choose an option for each prompt")
        if len(raw) != len(prompts):
            raise AnswerError(f"give one choice for each of the {len(prompts)} prompts")
        answer = [None if item in (None, "") else match_option(options, item) for item in raw]
        return None if all(a is None for a in answer) else answer

    def score(self, question, answer) -> Score:
        q = as_question(question)
        points = float(q.points)
        if not isinstance(answer, list) or not answer or not q.answer:
            return Score(0.0, points)
        right = sum(1 for given, want in zip(answer, q.answer) if given is not None and given == want)
        earned = points if right == len(q.answer) else points * right / len(q.answer)
        return Score(earned, points)

    def display_answer(self, question, answer) -> str:
        if not answer:
            return ""
        prompts = as_question(question).extra.get("prompts") or []
        return "; ".join(f"{p} → {a if a is not None else '(blank)'}" for p, a in zip(prompts, answer))

    def options_for_student(self, question) -> list[str]:
        return list(as_question(question).options or [])


TYPE = Matching()
