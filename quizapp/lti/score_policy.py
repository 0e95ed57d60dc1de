"""The grade an LMS gradebook gets for a student's attempts at one assignment (LTI AGS score
fields), by the link's policy: the highest, the latest or the first submitted attempt."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

POLICIES = ("highest", "latest", "first")


@dataclass(frozen=True)
class AttemptScore:
    number: int
    status: str  # in_progress | submitted
    score: float | None
    max_score: float | None


@dataclass(frozen=True)
class Grade:
    score_given: float | None
    score_maximum: float | None
    activity_progress: str  # AGS: Initialized | Started | InProgress | Submitted | Completed
    grading_progress: str  # AGS: FullyGraded | Pending | PendingManual | Failed | NotReady

    def as_score(self, user_id: str, timestamp: datetime) -> dict:
        """The AGS score body (application/vnd.ims.lis.v1.score+json)."""
        body: dict = {"userId": user_id, "activityProgress": self.activity_progress,
                      "gradingProgress": self.grading_progress,
                      "timestamp": timestamp.isoformat(timespec="milliseconds") + "Z"}
        if self.score_given is not None:
            body["scoreGiven"] = self.score_given
            body["scoreMaximum"] = self.score_maximum
        return body


def grade_for(attempts: list[AttemptScore], policy: str, attempts_left: int) -> Grade:
    """attempts: every attempt of the student, any order; attempts_left: how many more they may start."""
    if policy not in POLICIES:
        raise ValueError(f"unknown score policy {policy!r}; expected one of {', '.join(POLICIES)}")
    submitted = sorted((a for a in attempts if a.status == "submitted" and a.score is not None),
                       key=lambda a: a.number)
    working = any(a.status == "in_progress" for a in attempts)
    if not submitted:
        return Grade(None, None, "InProgress" if working else "Initialized", "NotReady")
    if policy == "first":
        chosen = submitted[0]
    elif policy == "latest":
        chosen = submitted[-1]
    else:  # the first of equal highest, so an equal later score does not move the grade
        chosen = max(submitted, key=lambda a: (a.score, -a.number))
    if working:
        progress = "InProgress"
    else:
        progress = "Submitted" if attempts_left > 0 else "Completed"
    return Grade(chosen.score, chosen.max_score, progress, "FullyGraded")
