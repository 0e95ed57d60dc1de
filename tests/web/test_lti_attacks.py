"""Launches that must be refused, each with a clear page and nobody signed in: a token signed by
another key, a replayed nonce, a wrong audience or deployment, an expired token, a link of one
course used to reach another course's assignment, and an instructor role from another issuer."""
from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import pytest
from lti_platform import TestPlatform, launch, rsa_pair
from lti_world import connect, course, open_course, platform  # noqa: F401 (fixtures)
from sqlalchemy import func, select

from quizapp.models import LtiIdentity, User
from quizapp.web.extensions import db


def refused_without_session(client, response, words: str) -> None:
    page = response.get_data(as_text=True)
    assert response.status_code in (400, 403), page
    assert words in page and "Nobody has been signed in" in page
    with client.session_transaction() as session:
        assert "_user_id" not in session


def test_a_token_signed_by_another_key_is_refused(client, course):
    other_pem, _ = rsa_pair()
    response = launch(client, course.platform, token_of=lambda body: course.platform.sign(body, private_pem=other_pem))
    refused_without_session(client, response, "could not be verified")


def test_a_replayed_launch_is_refused(client, course):
    start = client.post("/lti/login", data={"iss": course.platform.issuer, "login_hint": "l", "lti1p3_new_window": "1",
                                            "client_id": course.platform.client_id, "target_link_uri": "x"})
    query = parse_qs(urlsplit(start.headers["Location"]).query)
    token = course.platform.sign(course.platform.claims(query["nonce"][0]))
    form = {"id_token": token, "state": query["state"][0]}
    assert client.post("/lti/launch", data=form).status_code == 302
    client.post("/auth/logout")
    refused_without_session(client, client.post("/lti/launch", data=form), "used already")


@pytest.mark.parametrize("field, value, words", [
    ("aud", "someone-else", "not registered"),
    ("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "deployment-9", "deployment is not registered"),
    ("exp", int(time.time()) - 60, "has expired"),
])
def test_a_wrong_audience_deployment_or_expired_token_is_refused(client, course, field, value, words):
    response = launch(client, course.platform, token_of=lambda body: course.platform.sign({**body, field: value}))
    refused_without_session(client, response, words)


def test_a_token_without_expiry_is_refused(client, course):
    strip = {"exp"}
    response = launch(client, course.platform,
                      token_of=lambda body: course.platform.sign({k: v for k, v in body.items() if k not in strip}))
    refused_without_session(client, response, "could not be verified")


def test_a_link_of_one_course_cannot_open_another_courses_assignment(app, client, course):
    other = open_course(app, client, course.platform, context_id="course-2")
    response = launch(client, course.platform, context_id="course-1", resource_link_id="link-x",
                      custom={"assignment_id": str(other.assignment.id)})
    refused_without_session(client, response, "another course")


def test_a_link_placed_in_one_course_cannot_be_launched_from_another(app, client, course):
    open_course(app, client, course.platform, context_id="course-2")
    assert launch(client, course.platform, custom={"assignment_id": str(course.assignment.id)}).status_code == 302
    client.post("/auth/logout")
    response = launch(client, course.platform, sub="learner-2", context_id="course-2")  # link-1 again
    refused_without_session(client, response, "belongs to another course")


def test_an_instructor_role_from_an_unregistered_issuer_is_refused(client, course):
    stranger = TestPlatform(issuer="https://evil.example.test")
    response = launch(client, course.platform, role="Instructor",
                      token_of=lambda body: stranger.sign({**body, "iss": stranger.issuer}))
    refused_without_session(client, response, "not registered")


def test_an_instructor_from_another_registered_issuer_gets_nothing_of_this_course(app, client, course):
    """Same sub and same course id as this LMS's learner and course, but another issuer: a new
    teacher with a new class, never the learner's account made a teacher, never this class."""
    launch(client, course.platform, sub="learner-1")
    client.post("/auth/logout")
    other = connect(app, TestPlatform(issuer="https://other-lms.example.test"))
    app.config["LTI_HTTP_SESSION"] = other.http_session
    response = launch(client, other, sub="learner-1", role="Instructor", context_id="course-1",
                      custom={"assignment_id": str(course.assignment.id)})
    refused_without_session(client, response, "another course")
    learner = db.session.scalar(select(User).join(LtiIdentity, LtiIdentity.user_id == User.id)
                                .where(LtiIdentity.platform_id == course.platform.id, LtiIdentity.sub == "learner-1"))
    assert learner.role == "student" and course.classroom.teacher_id == course.teacher.id


def test_a_learner_claiming_instructor_later_is_refused(client, course):
    launch(client, course.platform, sub="learner-1")
    client.post("/auth/logout")
    response = launch(client, course.platform, sub="learner-1", role="Instructor")
    refused_without_session(client, response, "known here as a student")
    assert db.session.scalar(select(func.count()).select_from(User).where(User.role == "teacher")) == 1
