"""A quiz on paper: the student copy (numbered questions, lettered options, boxes and answer lines)
and the teacher's key sheet (key and evidence per question), from the same questions and the same
option letters, so the key's "B" is the student copy's "B".

The two are built by separate functions from separate types: the student copy's rows have no field
that could carry a key, feedback or evidence, so no template mistake can print one.

Options are shuffled as for an attempt (banks often list the key first, and on paper the place of
an option would tell it as much as on screen), by a seed of the quiz: every reprint is the same
paper, and its key stays right. A quiz drawn per attempt prints one draw, named by its seed.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from string import ascii_uppercase
from typing import Any

from quizapp.models import BankQuestion, Quiz
from quizapp.questions import UnknownTypeError, get_type
from quizapp.web.attempts.operations import option_orders
from quizapp.web.quizzes.drawing import draw_per_skill

INSTRUCTIONS = {
    "single_choice": "Tick one box.",
    "evidence_selection": "Tick the one sentence that shows it.",
    "multiple_select": "Tick every box that applies.",
    "true_false": "Tick True or False.",
    "matching": "Write the letter of the matching option in each box.",
    "numeric": "Write the number.",
    "short_answer": "Write your answer on the lines.",
}


@dataclass(frozen=True)
class PaperOption:
    letter: str
    text: str


@dataclass(frozen=True)
class PaperQuestion:
    """One question as the student copy prints it: nothing here knows the answer."""

    number: int
    prompt: str
    type: str
    points: float
    instruction: str
    options: tuple[PaperOption, ...] = ()
    prompts: tuple[str, ...] = ()  # matching: the left side, one box each
    unit: str = ""  # numeric: printed after the answer line


@dataclass(frozen=True)
class KeyRow:
    number: int
    prompt: str
    points: float
    key: tuple[str, ...]  # lines (a matching key: one per prompt), with the student copy's letters
    evidence: tuple[str, ...] = ()


def letter(index: int) -> str:
    # Past Z (no bank question has 27 options) letters double: AA, AB...
    return ascii_uppercase[index] if index < 26 else letter(index // 26 - 1) + ascii_uppercase[index % 26]


def printed_questions(quiz: Quiz, seed: int | None) -> list[BankQuestion]:
    """The quiz's questions in order; for a quiz drawn per attempt, the draw of `seed`."""
    questions = [item.question for item in quiz.items]
    if not quiz.draw_per_attempt:
        return questions
    wanted = set(draw_per_skill([(q.id, q.skill) for q in questions], (quiz.draw or {}).get("counts") or {},
                                seed or 0))
    return [q for q in questions if q.id in wanted]


def printed_options(quiz: Quiz, seed: int | None, questions: list[BankQuestion]) -> dict[int, list[str]]:
    """Each question's options in printed order (the same for the student copy and the key)."""
    orders = option_orders(questions, random.Random(f"print:{quiz.id}:{seed or 0}"))
    printed = {}
    for q in questions:
        try:
            listed = get_type(q.type).options_for_student(q.data) or []
        except UnknownTypeError:  # a type this app lacks prints its options as stored
            listed = (q.data or {}).get("options") or []
        options = [str(o) for o in listed]
        order = orders.get(str(q.id))
        printed[q.id] = [options[i] for i in order] if order else options
    return printed


def _points(q: BankQuestion) -> float:
    return float((q.data or {}).get("points", 1) or 0)


def paper_questions(questions: list[BankQuestion], options: dict[int, list[str]]) -> list[PaperQuestion]:
    rows = []
    for number, q in enumerate(questions, start=1):
        data = q.data or {}
        extra = data.get("extra") or {}
        shown = () if q.type == "true_false" else tuple(
            PaperOption(letter(i), text) for i, text in enumerate(options.get(q.id, [])))
        rows.append(PaperQuestion(
            number=number, prompt=str(data.get("prompt", "")), type=q.type, points=_points(q),
            instruction=INSTRUCTIONS.get(q.type, "Write your answer."), options=shown,
            prompts=tuple(str(p) for p in extra.get("prompts") or []) if q.type == "matching" else (),
            unit=str(extra.get("unit") or "") if q.type == "numeric" else "",
        ))
    return rows


def _lettered(options: list[str], wanted: Any) -> str:
    keys = set(wanted) if isinstance(wanted, list) else {wanted}
    return "; ".join(f"{letter(i)}: {text}" for i, text in enumerate(options) if text in keys)


def _key_lines(q: BankQuestion, options: list[str]) -> tuple[str, ...]:
    data = q.data or {}
    answer = data.get("answer")
    if q.type in ("single_choice", "multiple_select", "evidence_selection") and options:
        return (_lettered(options, answer) or str(answer),)
    if q.type == "matching" and isinstance(answer, list):
        by_text = {text: letter(i) for i, text in enumerate(options)}
        # One line per prompt, numbered as the student copy numbers its boxes.
        return tuple(f"{n}. {by_text.get(a, '?')}: {a}" for n, a in enumerate(answer, 1))
    try:
        return (get_type(q.type).display_key(data),)
    except (UnknownTypeError, TypeError, ValueError, KeyError):
        return (str(answer),)  # a type this app lacks: the stored answer as it is, never a failed page


def key_rows(questions: list[BankQuestion], options: dict[int, list[str]]) -> list[KeyRow]:
    rows = []
    for number, q in enumerate(questions, start=1):
        data = q.data or {}
        evidence = tuple(str(e.get("text", "")) for e in data.get("evidence") or [] if isinstance(e, dict))
        rows.append(KeyRow(number, str(data.get("prompt", "")), _points(q), _key_lines(q, options.get(q.id, [])),
                           evidence))
    return rows
