"""A stored question as a teacher reads it: key, options with the right ones marked, feedback,
evidence. Built from BankQuestion.data through the question types, so every type shows its key
the way the scorer reads it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from quizapp.questions import UnknownTypeError, get_type


@dataclass
class OptionView:
    text: str
    is_key: bool


@dataclass
class QuestionView:
    id: int
    qid: str
    position: int
    skill: str
    type: str
    type_label: str
    prompt: str
    points: float
    key: str
    options: list[OptionView] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)  # matching: the left side
    feedback: str = ""
    evidence: list[str] = field(default_factory=list)


def _key_values(key: Any) -> set[str]:
    if isinstance(key, list):
        return {k for k in key if isinstance(k, str)}
    if isinstance(key, str):
        return {key}
    return set()


def question_view(question) -> QuestionView:
    """`question` is a BankQuestion (id, qid, position, skill, type, data)."""
    data: dict[str, Any] = question.data or {}
    try:
        qtype = get_type(question.type)
        type_label = qtype.label or question.type
        key = qtype.display_key(data)
        key_values = _key_values(qtype.key(data))
    except (UnknownTypeError, TypeError, ValueError, KeyError, AttributeError):
        # A version stored by an older app may hold a type this one lacks: show it raw, never fail.
        type_label, key, key_values = question.type, str(data.get("answer", "")), _key_values(data.get("answer"))
    extra = data.get("extra") or {}
    options = data.get("options") or []
    if question.type == "matching":
        key_values = set()  # a matching key is per prompt; the key line shows the pairs
    return QuestionView(
        id=question.id,
        qid=question.qid,
        position=question.position,
        skill=question.skill,
        type=question.type,
        type_label=type_label,
        prompt=str(data.get("prompt", "")),
        points=float(data.get("points", 1) or 0),
        key=key,
        options=[OptionView(str(o), o in key_values) for o in options],
        prompts=[str(p) for p in extra.get("prompts") or []],
        feedback=str(data.get("feedback") or ""),
        evidence=[str(e.get("text", "")) for e in data.get("evidence") or [] if isinstance(e, dict)],
    )
