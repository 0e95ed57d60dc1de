"""Scoring an attempt: the rules students and teachers can rely on.

Rules
-----
- Every question is worth its `points` (default 1). The attempt's maximum is the sum.
- **Unanswered** (None, blank text, nothing ticked) scores 0, never a penalty.
- **Unreadable** answers (which the web form refuses, but an old or hand-edited answer may hold)
  score 0; the item keeps the type's message in `error`.
- **single_choice, true_false, numeric, short_answer, evidence_selection**: all or nothing.
  numeric: right if within `tolerance` of `answer` (default 0) or inside `range: [min, max]`,
  both ends included. short_answer: compared ignoring case, spacing, punctuation and accents,
  against the answer and the `accepted` aliases only. evidence_selection: right if the chosen
  sentence overlaps any evidence quotation.
- **multiple_select**: partial credit. Each right option ticked earns points/len(key); each wrong
  option ticked costs the same share; the item never goes below 0.
- **matching**: partial credit, points/len(prompts) per right pair, no penalty for wrong pairs.
- **Rounding**: each item's points are rounded to 2 decimals (half to even, Python's `round`);
  the total is the sum of the rounded items, rounded to 2 decimals again. So the total always
  equals what the item rows show.
- An item is **correct** only with full marks; partial credit is not "correct".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from quizapp.banks.model import Question
from quizapp.questions import AnswerError, get_type


@dataclass(frozen=True)
class ItemScore:
    qid: str
    points: float
    max_points: float
    correct: bool
    answer: Any  # the normalised answer that was scored (None = unanswered)
    error: str | None = None  # why a stored answer could not be read


@dataclass(frozen=True)
class AttemptScore:
    total: float
    max_total: float
    items: list[ItemScore] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return round(100 * self.total / self.max_total, 1) if self.max_total else 0.0


def score_item(question: Question, raw: Any) -> ItemScore:
    qtype = get_type(question.type)
    error = None
    try:
        answer = qtype.parse_answer(question, raw)
    except AnswerError as exc:
        answer, error = None, exc.message
    score = qtype.score(question, answer)
    return ItemScore(
        qid=question.id,
        points=round(score.points, 2),
        max_points=round(score.max_points, 2),
        correct=score.correct,
        answer=answer,
        error=error,
    )


def score_attempt(questions: Sequence[Question], answers: Mapping[str, Any]) -> AttemptScore:
    """Score `answers` (qid -> answer; missing qids are unanswered) against `questions`.

    Answers for qids not among `questions` are ignored: the frozen questions decide what counts.
    """
    items = [score_item(q, answers.get(q.id)) for q in questions]
    return AttemptScore(
        total=round(sum(i.points for i in items), 2),
        max_total=round(sum(i.max_points for i in items), 2),
        items=items,
    )
