"""Regrading: a teacher corrects a question's key after students answered it.

A stored question never changes (attempts point at it); a regrade gives it a new *keyed* form,
the question definition that scores from then on plus how credit is given:

- ``key``: scored by its key, as quizapp.scoring describes;
- ``dropped``: worth nothing and out of the maximum, for everyone (points 0 of 0);
- ``full``: full marks for everyone, answered or not.

`apply_change` turns a keyed question and a teacher's change into the next keyed question (the new
definition is checked by its type, so a regrade can never store a question the bank loader would
refuse); `score_keyed` scores a stored answer under it. No Flask, no database: the web layer finds
the attempts and stores what these functions compute.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from typing import Any, Mapping, Sequence

from quizapp.banks.model import Question
from quizapp.questions import as_question, get_type
from quizapp.questions.short_answer import normalize
from quizapp.scoring import AttemptScore, ItemScore, score_item

CREDITS = ("key", "dropped", "full")

# What a teacher may do to a question, per type; "drop", "full_credit" and "restore" fit every type.
ACCEPT_ANSWER = "accept_answer"  # short_answer: one more accepted text
SET_NUMBER = "set_number"  # numeric: the right number and its tolerance
MARK_CORRECT = "mark_correct"  # single_choice, true_false: this option is the key; multiple_select: one more
MARK_INCORRECT = "mark_incorrect"  # multiple_select: this option is no longer part of the key
DROP = "drop"
FULL_CREDIT = "full_credit"
RESTORE = "restore"  # score by the key again after a drop or full credit

_KEY_CHANGES = {
    "short_answer": (ACCEPT_ANSWER,),
    "numeric": (SET_NUMBER,),
    "single_choice": (MARK_CORRECT,),
    "true_false": (MARK_CORRECT,),
    "multiple_select": (MARK_CORRECT, MARK_INCORRECT),
}
TRUE_FALSE_OPTIONS = ["True", "False"]


class ChangeError(ValueError):
    """A change that cannot be made; `message` is meant for the teacher, `field` names the input."""

    def __init__(self, message: str, field: str = "action"):
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class Keyed:
    """A question as it is scored: its definition and how credit is given."""

    question: Question
    credit: str = "key"

    @classmethod
    def from_data(cls, data: Mapping[str, Any], credit: str = "key") -> "Keyed":
        return cls(as_question(dict(data)), credit)

    def to_data(self) -> dict[str, Any]:
        return self.question.to_dict()


@dataclass(frozen=True)
class Change:
    action: str
    value: Any = None  # the option or text (mark_*, accept_answer) or the number (set_number)
    tolerance: float = 0.0  # set_number only


def actions_for(question_type: str) -> tuple[str, ...]:
    return (*_KEY_CHANGES.get(question_type, ()), DROP, FULL_CREDIT, RESTORE)


def options_of(question: Question) -> list[str]:
    """The options a mark_correct / mark_incorrect may name."""
    if question.type == "true_false":
        return list(TRUE_FALSE_OPTIONS)
    return list(question.options or [])


def describe(keyed: Keyed) -> str:
    """The key as the history and the preview name it."""
    if keyed.credit == "dropped":
        return "dropped: worth 0 for everyone, out of the maximum"
    if keyed.credit == "full":
        return "full credit for everyone"
    return get_type(keyed.question.type).display_key(keyed.question)


def apply_change(keyed: Keyed, change: Change) -> Keyed:
    """The keyed question after `change`; ChangeError when it cannot apply or changes nothing."""
    q = keyed.question
    if change.action not in actions_for(q.type):
        raise ChangeError("This change does not apply to this type of question.")
    if change.action == DROP:
        return _changed(keyed, Keyed(q, "dropped"), "The question is already dropped.")
    if change.action == FULL_CREDIT:
        return _changed(keyed, Keyed(q, "full"), "Everyone already gets full credit for this question.")
    if change.action == RESTORE:
        return _changed(keyed, Keyed(q, "key"), "The question is already scored by its key.")
    data = copy.deepcopy(q.to_dict())
    if change.action == ACCEPT_ANSWER:
        text = " ".join(str(change.value or "").split())
        if not normalize(text):
            raise ChangeError("Type the answer to accept (letters or digits).", "text")
        if normalize(text) in {normalize(a) for a in get_type(q.type).accepted(q)}:
            raise ChangeError(f"“{text}” is already accepted.", "text")
        data["extra"]["accepted"] = [*(data["extra"].get("accepted") or []), text]
    elif change.action == SET_NUMBER:
        if not isinstance(change.value, (int, float)) or change.tolerance is None or change.tolerance < 0:
            raise ChangeError("Give the right number and a tolerance of 0 or more.", "number")
        data["answer"] = change.value
        data["extra"] = {k: v for k, v in data["extra"].items() if k not in ("range", "tolerance")}
        data["extra"]["tolerance"] = change.tolerance
    elif q.type == "true_false":
        if change.value not in TRUE_FALSE_OPTIONS:
            raise ChangeError("Choose True or False.", "option")
        data["answer"] = change.value == "True"
    else:
        if change.value not in (q.options or []):
            raise ChangeError("Choose one of the question's options.", "option")
        if q.type == "single_choice":
            data["answer"] = change.value
        elif change.action == MARK_CORRECT:
            if change.value in data["answer"]:
                raise ChangeError(f"“{change.value}” is already a right option.", "option")
            data["answer"] = [o for o in q.options if o in data["answer"] or o == change.value]
        else:
            if change.value not in data["answer"]:
                raise ChangeError(f"“{change.value}” is not a right option.", "option")
            if len(data["answer"]) == 1:
                raise ChangeError("At least one option must stay right; drop the question instead.", "option")
            data["answer"] = [o for o in data["answer"] if o != change.value]
    new = Keyed(as_question(data), "key")
    issues = get_type(q.type).check(new.question)
    if issues:
        raise ChangeError(f"The corrected question would not be valid: {issues[0].message}.")
    return _changed(keyed, new, "The key already reads so.")


def _changed(old: Keyed, new: Keyed, same_message: str) -> Keyed:
    if old.credit == new.credit and old.to_data() == new.to_data():
        raise ChangeError(same_message)
    return new


def score_keyed(keyed: Keyed, answer: Any) -> ItemScore:
    """A stored answer's points under the keyed question (the scoring rules, then its credit)."""
    item = score_item(keyed.question, answer)
    if keyed.credit == "dropped":
        return replace(item, points=0.0, max_points=0.0, correct=False)
    if keyed.credit == "full":
        return replace(item, points=item.max_points, correct=True)
    return item


def score_keyed_attempt(questions: Sequence[Keyed], answers: Mapping[str, Any]) -> AttemptScore:
    """quizapp.scoring.score_attempt with each question's credit applied."""
    items = [score_keyed(k, answers.get(k.question.id)) for k in questions]
    return AttemptScore(
        total=round(sum(i.points for i in items), 2),
        max_total=round(sum(i.max_points for i in items), 2),
        items=items,
    )


def total_of(points: Sequence[float]) -> float:
    """An attempt's total from its items' points, rounded as quizapp.scoring rounds it."""
    return round(sum(points), 2)

