"""Deep linking: from the LMS's content picker a teacher chooses a quiz in quizapp, which answers
with a signed resource link to a new assignment of the course, with a line item."""
from __future__ import annotations

import re
from html import unescape

import jwt
from factories import make_quiz
from lti_platform import launch
from lti_world import course, platform  # noqa: F401 (fixtures)
from sqlalchemy import select

from quizapp.models import Assignment, LtiResourceLink
from quizapp.web.extensions import db
from quizapp.web.lti.keys import public_jwks

DL = "https://purl.imsglobal.org/spec/lti-dl/claim/"


def pick(client, course, quiz, **fields):
    response = launch(client, course.platform, sub="teacher-of-course-1", role="Instructor",
                      message_type="LtiDeepLinkingRequest", resource_link_id=None, lineitem=None)
    assert response.headers["Location"].endswith("/lti/deep-link")
    assert quiz.title in client.get("/lti/deep-link").get_data(as_text=True)
    return client.post("/lti/deep-link", data={"quiz_id": quiz.id, "title": "", "attempts_allowed": 2,
                                               "score_policy": "latest", "review_policy": "never", **fields})


def returned_jwt(course, response) -> dict:
    token = unescape(re.search(r'name="JWT" value="([^"]+)"', response.get_data(as_text=True)).group(1))
    key = jwt.PyJWKSet.from_dict(public_jwks()).keys[0]
    return jwt.decode(token, key.key, algorithms=["RS256"], audience=course.platform.issuer)


def test_a_chosen_quiz_becomes_a_course_assignment_and_a_signed_resource_link(client, course):
    quiz = make_quiz(course.teacher, n=2, title="Kursk: figures")
    response = pick(client, course, quiz)
    assert response.status_code == 200 and 'action="https://lms.example.test/deep-link-return"' in response.get_data(as_text=True)
    assert "form-action 'self' https://lms.example.test" in response.headers["Content-Security-Policy"]
    assignment = db.session.scalar(select(Assignment).where(Assignment.quiz_id == quiz.id))
    assert assignment.classroom_id == course.classroom.id and assignment.attempts_allowed == 2
    message = returned_jwt(course, response)
    item = message[DL + "content_items"][0]
    assert message["https://purl.imsglobal.org/spec/lti/claim/message_type"] == "LtiDeepLinkingResponse"
    assert item["custom"] == {"assignment_id": str(assignment.id), "score_policy": "latest"}
    assert item["lineItem"]["label"] == "Kursk: figures" and item["lineItem"]["scoreMaximum"] > 0


def test_the_returned_link_launches_a_learner_into_that_assignment(client, course):
    pick(client, course, make_quiz(course.teacher, n=2))
    client.post("/auth/logout")
    assignment = db.session.scalar(select(Assignment).order_by(Assignment.id.desc()))
    launch(client, course.platform, resource_link_id="picked", custom={"assignment_id": str(assignment.id), "score_policy": "latest"})
    link = db.session.scalar(select(LtiResourceLink).where(LtiResourceLink.resource_link_id == "picked"))
    assert link.assignment_id == assignment.id and link.score_policy == "latest"


def test_a_learner_cannot_open_the_content_picker(client, course):
    response = launch(client, course.platform, message_type="LtiDeepLinkingRequest", resource_link_id=None)
    assert response.status_code == 403 and "instructor can choose quizapp content" in response.get_data(as_text=True)


def test_the_picker_without_a_deep_linking_launch_is_404(client, auth, course):
    auth.login_teacher(course.teacher)
    assert client.get("/lti/deep-link").status_code == 404


def test_another_teachers_quiz_cannot_be_picked(client, course):
    from factories import make_teacher

    foreign = make_quiz(make_teacher(), n=1, title="Not yours")
    response = pick(client, course, make_quiz(course.teacher, n=1), quiz_id=foreign.id)
    assert response.status_code == 400 and db.session.scalar(select(Assignment).where(Assignment.quiz_id == foreign.id)) is None
