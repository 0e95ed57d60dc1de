"""Item analysis of one assignment: the counted attempt of each student becomes a plain score
table for quizapp.analysis (facility, discrimination, most-chosen wrong answer), and choice
questions also get a count per option, including options nobody chose."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from quizapp.analysis import ItemStats, item_statistics
from quizapp.models import Attempt, BankQuestion, Response
from quizapp.questions import get_type
from quizapp.web.banks.question_view import QuestionView, question_view

# Types whose answers are picked from a fixed list, so "how often was each option chosen" is
# meaningful per option; for typed answers the distinct answers given are counted instead.
OPTION_TYPES = frozenset({"single_choice", "multiple_select", "evidence_selection"})
MAX_ANSWERS_SHOWN = 8


@dataclass
class OptionCount:
    label: str
    count: int
    is_key: bool


# Rules of thumb of classical item analysis, to point the teacher at questions worth a look.
EASY, HARD, LOW_DISCRIMINATION = 0.9, 0.3, 0.2


@dataclass
class ItemReport:
    question: QuestionView
    stats: ItemStats | None  # None: nobody has answered yet
    options: list[OptionCount] = field(default_factory=list)
    blanks: int = 0

    @property
    def flags(self) -> list[str]:
        if self.stats is None:
            return []
        flags = []
        if self.stats.facility >= EASY:
            flags.append("very easy")
        elif self.stats.facility < HARD:
            flags.append("hard")
        d = self.stats.discrimination
        if d is not None and d < 0:
            flags.append("stronger readers did worse: check the key")
        elif d is not None and d < LOW_DISCRIMINATION:
            flags.append("low discrimination")
        return flags


def display(question: BankQuestion, answer: Any) -> str:
    if answer is None:
        return ""
    try:
        return get_type(question.type).display_answer(question.data, answer)
    except Exception:  # noqa: BLE001 - an odd stored answer must not break the teacher's page
        return str(answer)


def score_rows(questions: list[BankQuestion], attempts: list[tuple[Attempt, dict[int, Response]]]) -> list[tuple]:
    """(student id, question id as text, points, max points, answer shown) per counted attempt and
    question it contained; an unanswered question counts as a blank with 0 points."""
    rows = []
    for attempt, responses in attempts:
        had = set(attempt.question_order or [])
        for q in questions:
            if had and q.id not in had:
                continue
            r = responses.get(q.id)
            max_points = r.max_points if r is not None and r.max_points is not None else float((q.data or {}).get("points", 1))
            points = r.points if r is not None and r.points is not None else 0.0
            rows.append((attempt.student_id, str(q.id), points, max_points, display(q, r.answer if r else None)))
    return rows


def _chosen(option: Any, answer: Any) -> bool:
    if isinstance(answer, list):
        return option in answer
    return answer == option


def _option_counts(question: BankQuestion, view: QuestionView, responses: list[Response],
                   stats: ItemStats | None) -> list[OptionCount]:
    answers = [r.answer for r in responses]
    if question.type in OPTION_TYPES and view.options:
        keys = {o.text for o in view.options if o.is_key}
        return [OptionCount(o.text, sum(_chosen(o.text, a) for a in answers), o.text in keys)
                for o in view.options]
    if question.type == "true_false":
        key = (question.data or {}).get("answer")
        return [OptionCount(display(question, value), sum(a is value for a in answers), key is value)
                for value in (True, False)]
    if stats is None:
        return []
    given = [(text, n) for text, n in stats.option_counts.items() if text != ""]
    # Typed answers have no option list: an answer counts as right when it earned full marks.
    correct = {display(question, r.answer) for r in responses if r.correct}
    shown = [OptionCount(text, n, text in correct) for text, n in given[:MAX_ANSWERS_SHOWN]]
    rest = sum(n for _, n in given[MAX_ANSWERS_SHOWN:])
    if rest:
        shown.append(OptionCount("(other answers)", rest, False))
    return shown


def item_reports(questions: list[BankQuestion], attempts: list[tuple[Attempt, dict[int, Response]]]) -> list[ItemReport]:
    stats = {s.qid: s for s in item_statistics(score_rows(questions, attempts))}
    reports = []
    for q in questions:
        view = question_view(q)
        given = [responses[q.id] for _, responses in attempts if q.id in responses]
        item = stats.get(str(q.id))
        blanks = item.option_counts.get("", 0) if item else 0
        reports.append(ItemReport(view, item, _option_counts(q, view, given, item), blanks))
    return reports
