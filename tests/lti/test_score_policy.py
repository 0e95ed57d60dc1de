"""Which grade an LMS gradebook gets for a student's attempts (quizapp.lti.score_policy)."""
from __future__ import annotations

from datetime import datetime

import pytest

from quizapp.lti.score_policy import AttemptScore, grade_for

ATTEMPTS = [AttemptScore(1, "submitted", 6.0, 10.0), AttemptScore(2, "submitted", 9.0, 10.0),
            AttemptScore(3, "submitted", 7.0, 10.0)]


@pytest.mark.parametrize("policy, expected", [("highest", 9.0), ("latest", 7.0), ("first", 6.0)])
def test_each_policy_picks_its_attempt(policy, expected):
    assert grade_for(ATTEMPTS, policy, attempts_left=0).score_given == expected


def test_progress_says_whether_more_may_come():
    assert grade_for(ATTEMPTS, "highest", 0).activity_progress == "Completed"
    assert grade_for(ATTEMPTS, "highest", 1).activity_progress == "Submitted"
    working = [*ATTEMPTS, AttemptScore(4, "in_progress", None, None)]
    assert grade_for(working, "highest", 0).activity_progress == "InProgress"


def test_nothing_submitted_is_no_score_and_not_ready():
    grade = grade_for([AttemptScore(1, "in_progress", None, None)], "latest", 0)
    assert (grade.score_given, grade.grading_progress, grade.activity_progress) == (None, "NotReady", "InProgress")
    assert "scoreGiven" not in grade.as_score("u1", datetime(2026, 1, 1))


def test_the_score_body_is_ags_shaped():
    body = grade_for(ATTEMPTS, "highest", 0).as_score("u1", datetime(2026, 1, 2, 3, 4, 5))
    assert body == {"userId": "u1", "scoreGiven": 9.0, "scoreMaximum": 10.0, "activityProgress": "Completed",
                    "gradingProgress": "FullyGraded", "timestamp": "2026-01-02T03:04:05.000Z"}


def test_an_unknown_policy_is_named():
    with pytest.raises(ValueError, match="'best'"):
        grade_for(ATTEMPTS, "best", 0)
