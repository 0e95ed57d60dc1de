"""A number the student types: right if equal to `answer` within `tolerance`, or inside `range`.

Students type numbers the way newspapers print them, so `1,500`, `1 500`, `1500` and `1500.0`
all read as 1500. What cannot be read safely is refused with a message saying how to write it
(`1.5k`, `1,50,0`, `1,5`), rather than guessed and marked wrong.
"""
from __future__ import annotations

import math
import re
from typing import Any

from quizapp.questions.base import AnswerError, Issue, QuestionType, Score, as_question

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_GROUPED_COMMA = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_GROUPED_SPACE = re.compile(r"[+-]?\d{1,3}(?: \d{3})+(?:\.\d+)?")
_MULTIPLIER = re.compile(r"\d\s*(k|m|bn|b|thousand|million|billion|hundred)\b\.?$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_WITH_UNIT = re.compile(r"([+-]?[\d., ]*\d)\s*([^\W\d_][^\d]*)")
_EXAMPLE = "e.g. 1500"


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def parse_number(raw: str, unit: str = "") -> float:
    """Read a number as typed. Raises AnswerError with a message for the student."""
    text = raw.strip().replace("\u2212", "-").replace("\u2013", "-")
    text = _SPACES.sub(" ", text)
    if unit and text.casefold().endswith(unit.casefold()):
        text = text[: -len(unit)].rstrip()
    elif text.endswith("%"):
        text = text[:-1].rstrip()
    if not text:
        raise AnswerError(f"write a number in digits, {_EXAMPLE}")
    if _PLAIN.fullmatch(text):
        return float(text)
    if _GROUPED_COMMA.fullmatch(text):
        return float(text.replace(",", ""))
    if _GROUPED_SPACE.fullmatch(text):
        return float(text.replace(" ", ""))
    if _MULTIPLIER.search(text):
        raise AnswerError(f"write the number in digits, {_EXAMPLE}, not '{raw.strip()}'")
    # A unit typed after the number ("3 days", "1,200 sq. km") is what the question asked for
    # anyway; the number alone is scored. Multipliers ("1.5k", "2 million") were refused above.
    with_unit = _WITH_UNIT.fullmatch(text)
    if with_unit:
        return parse_number(with_unit[1])
    if not _DIGIT.search(text):
        raise AnswerError(f"'{raw.strip()}' is not a number: write it in digits, {_EXAMPLE}")
    if re.fullmatch(r"[+-]?\d+,\d{1,2}", text):
        raise AnswerError(
            f"'{raw.strip()}' is unclear: write a decimal with a point (1.5) and thousands as 1,500 or 1500"
        )
    if re.fullmatch(r"[+-]?[\d, ]+(?:\.\d+)?", text):
        raise AnswerError(
            f"'{raw.strip()}' is unclear: commas may only separate groups of three digits (1,500), or leave them out (1500)"
        )
    if re.fullmatch(r"[+-]?[\d.,]+\s*-\s*[\d.,]+", text):
        raise AnswerError("write one number, not a range")
    raise AnswerError(f"write only the number in digits, {_EXAMPLE}, not '{raw.strip()}'")


def format_number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


class Numeric(QuestionType):
    name = "numeric"
    label = "Number"
    fields = frozenset({"tolerance", "range", "unit"})

    def check(self, question) -> list[Issue]:
        q = as_question(question)
        issues: list[Issue] = []
        rng = q.extra.get("range")
        tol = q.extra.get("tolerance")
        unit = q.extra.get("unit")
        if q.options is not None:
            issues.append(Issue("a numeric question has no 'options'", "options"))
        if q.answer is None and rng is None:
            issues.append(Issue("'answer' is missing (a number, or give 'range: [min, max]')"))
        if q.answer is not None and not is_number(q.answer):
            hint = ""
            if isinstance(q.answer, str):
                try:
                    hint = f"; write it as {format_number(parse_number(q.answer)).replace(',', '')}"
                except AnswerError:
                    pass
            issues.append(Issue(f"answer must be a number, not {q.answer!r}{hint}", "answer"))
        if tol is not None:
            if not is_number(tol):
                issues.append(Issue(f"tolerance must be a number, not {tol!r}", "tolerance"))
            elif tol < 0:
                issues.append(Issue(f"tolerance must not be negative (got {tol})", "tolerance"))
            if rng is not None:
                issues.append(Issue("give either 'tolerance' or 'range', not both", "tolerance"))
        if rng is not None:
            if not (isinstance(rng, list) and len(rng) == 2 and all(is_number(v) for v in rng)):
                issues.append(Issue(f"range must be two numbers [min, max], not {rng!r}", "range"))
            elif rng[0] > rng[1]:
                issues.append(Issue(f"range minimum {rng[0]} is greater than its maximum {rng[1]}", "range"))
            elif is_number(q.answer) and not rng[0] <= q.answer <= rng[1]:
                issues.append(Issue(f"answer {q.answer} is outside its range [{rng[0]}, {rng[1]}]", "answer"))
        if unit is not None and not isinstance(unit, str):
            issues.append(Issue(f"unit must be text, not {unit!r}", "unit"))
        return issues

    def parse_answer(self, question, raw: Any) -> float | None:
        if raw is None:
            return None
        if is_number(raw):
            return float(raw)
        if isinstance(raw, str):
            if not raw.strip():
                return None
            return parse_number(raw, str(as_question(question).extra.get("unit") or ""))
        raise AnswerError(f"write a number in digits, {_EXAMPLE}")

    def _bounds(self, q) -> tuple[float, float]:
        rng = q.extra.get("range")
        if rng is not None:
            return float(rng[0]), float(rng[1])
        tol = float(q.extra.get("tolerance") or 0)
        return q.answer - tol, q.answer + tol

    def score(self, question, answer) -> Score:
        q = as_question(question)
        points = float(q.points)
        if not is_number(answer):
            return Score(0.0, points)
        low, high = self._bounds(q)
        # A hair of slack so 0.1 + 0.2 style float noise never costs a student a point.
        slack = 1e-9 * max(1.0, abs(low), abs(high))
        return Score(points if low - slack <= answer <= high + slack else 0.0, points)

    def key(self, question) -> float:
        q = as_question(question)
        if q.answer is not None:
            return float(q.answer)
        low, high = self._bounds(q)
        return (low + high) / 2

    def display_answer(self, question, answer) -> str:
        if answer is None:
            return ""
        unit = as_question(question).extra.get("unit")
        text = format_number(answer) if is_number(answer) else str(answer)
        return f"{text} {unit}" if unit else text

    def display_key(self, question) -> str:
        q = as_question(question)
        unit = q.extra.get("unit")
        suffix = f" {unit}" if unit else ""
        rng = q.extra.get("range")
        if rng is not None:
            text = f"between {format_number(rng[0])} and {format_number(rng[1])}{suffix}"
            if q.answer is not None:
                text = f"{format_number(q.answer)}{suffix} ({text})"
            return text
        tol = q.extra.get("tolerance")
        text = f"{format_number(q.answer)}{suffix}"
        return f"{text} ± {format_number(tol)}" if tol else text


TYPE = Numeric()
