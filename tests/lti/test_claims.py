"""Reading a validated launch's claims (quizapp.lti.claims)."""
from __future__ import annotations

import pytest

from quizapp.lti.claims import CONTEXT, CUSTOM, ROLES, ClaimError, person_role, read_launch

M = "http://purl.imsglobal.org/vocab/lis/v2/membership#"


def test_instructors_teach_and_learners_learn():
    assert person_role([M + "Instructor"]) == "teacher"
    assert person_role([M + "Learner"]) == "student"
    assert person_role([M + "Learner", M + "Instructor"]) == "teacher"


def test_an_institution_instructor_title_is_not_a_course_role():
    with pytest.raises(ClaimError):
        person_role(["http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor"])


def test_a_mentor_gets_no_access():
    with pytest.raises(ClaimError, match="only instructors and learners"):
        person_role([M + "Mentor"])


def test_a_launch_outside_a_course_is_refused_with_a_reason():
    with pytest.raises(ClaimError, match="inside a course"):
        read_launch({"sub": "u", "iss": "i", "aud": "c", ROLES: [M + "Learner"]})


def test_names_course_and_custom_fields_are_read():
    launch = read_launch({"sub": "u", "iss": "i", "aud": ["c", "x"], ROLES: [M + "Learner"], "given_name": "Ada",
                          "family_name": "Lovelace", CONTEXT: {"id": "k1", "label": "ENG10"}, CUSTOM: {"assignment_id": 4}})
    assert (launch.name, launch.client_id, launch.context_title, launch.custom) == (
        "Ada Lovelace", "c", "ENG10", {"assignment_id": "4"})
