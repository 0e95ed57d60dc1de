"""Where each student stands with an assignment, as the gradebook shows it.

Which attempt counts: the best-scoring submitted attempt, by share of its maximum (the earliest of
equal scores), so a granted extra attempt can only help. Its status:

* ``not_assigned``: a chosen-students assignment that does not include the student;
* ``submitted``: the counted attempt was submitted by the due date (or there is none);
* ``late``: the counted attempt was submitted after the due date (a reopened attempt, or no due
  date enforcement by a time limit);
* ``in_progress``: an attempt is open and nothing is submitted yet;
* ``missing``: the due date has passed with nothing submitted;
* ``not_started``: nothing yet, and the due date (if any) is still ahead.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

from quizapp.models import Assignment, Attempt

LABELS = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "submitted": "Submitted",
    "late": "Late",
    "missing": "Missing",
    "not_assigned": "Not assigned",
}
LEGEND = {
    "not_started": "No attempt yet, and the due date (if any) has not passed.",
    "in_progress": "An attempt is open and nothing has been submitted yet.",
    "submitted": "Submitted by the due date. The score is the best submitted attempt.",
    "late": "The counted attempt was submitted after the due date.",
    "missing": "The due date has passed and nothing was submitted.",
    "not_assigned": "The assignment is for chosen students only, and this student is not one of them.",
}
BADGES = {"submitted": "badge-ok", "late": "badge-warn", "missing": "badge-bad", "in_progress": "badge"}


@dataclass
class Standing:
    status: str
    counted: Attempt | None = None  # the submitted attempt whose score counts
    open_attempt: Attempt | None = None
    attempts_used: int = 0

    @property
    def label(self) -> str:
        return LABELS[self.status]

    @property
    def badge(self) -> str:
        return BADGES.get(self.status, "")

    @property
    def score(self) -> float | None:
        return self.counted.score if self.counted else None

    @property
    def max_score(self) -> float | None:
        return self.counted.max_score if self.counted else None

    @property
    def percent(self) -> float | None:
        if self.counted is None or not self.counted.max_score:
            return None
        return 100.0 * (self.counted.score or 0.0) / self.counted.max_score


def counted_attempt(attempts: Sequence[Attempt]) -> Attempt | None:
    submitted = [a for a in attempts if a.status == "submitted"]
    if not submitted:
        return None
    # By share of the attempt's maximum: attempts of a quiz drawn per attempt have different questions,
    # so their maxima can differ (for one fixed set of questions the order is the raw scores').
    def share(a: Attempt) -> float:
        if a.score is None:
            return -1.0
        return a.score / a.max_score if a.max_score else 0.0

    return max(submitted, key=lambda a: (share(a), -a.number))


def standing(assignment: Assignment, attempts: Sequence[Attempt], assigned: bool, now: datetime) -> Standing:
    """`attempts` are this student's attempts at this assignment."""
    used = len(attempts)
    open_attempt = next((a for a in attempts if a.status == "in_progress"), None)
    counted = counted_attempt(attempts)
    if counted is not None:
        late = assignment.due_at is not None and counted.submitted_at is not None and counted.submitted_at > assignment.due_at
        return Standing("late" if late else "submitted", counted, open_attempt, used)
    if open_attempt is not None:
        return Standing("in_progress", None, open_attempt, used)
    if not assigned:
        return Standing("not_assigned", None, None, used)
    if assignment.due_at is not None and now > assignment.due_at:
        return Standing("missing", None, None, used)
    return Standing("not_started", None, None, used)
