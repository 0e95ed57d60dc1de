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

from quizapp.models import Assignment, LtiResourceLink, Quiz
from quizapp.web.extensions import db
from quizapp.web.lti.keys import public_jwks
from quizapp.web.lti.operations import quiz_max_points

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


# --- a new quiz from a bank ----------------------------------------------------------------------

def open_picker(client, course):
    launch(client, course.platform, sub="teacher-of-course-1", role="Instructor",
           message_type="LtiDeepLinkingRequest", resource_link_id=None, lineitem=None)


def from_bank(client, version, **fields):
    return client.post("/lti/deep-link/bank", data={
        "bank-version_id": version.id, "bank-how": "all", "bank-per_skill": "", "bank-title": "",
        "bank-attempts_allowed": 1, "bank-score_policy": "highest", "bank-review_policy": "never", **fields})


def new_quizzes(course):
    return list(db.session.scalars(select(Quiz).where(Quiz.owner_id == course.teacher.id, Quiz.title != "Kursk: who said what")))


def test_the_picker_offers_the_banks_the_teacher_may_use(client, course):
    open_picker(client, course)
    version = db.session.get(Quiz, course.assignment.quiz_id).bank_version
    page = client.get("/lti/deep-link").get_data(as_text=True)
    assert 'action="/lti/deep-link/bank"' in page and f"{version.bank.title}, version {version.number}" in page


def test_a_whole_bank_becomes_a_quiz_an_assignment_and_a_resource_link_with_its_line_item(client, course):
    version = db.session.get(Quiz, course.assignment.quiz_id).bank_version
    open_picker(client, course)
    response = from_bank(client, version, **{"bank-title": "Kursk from the LMS", "bank-score_policy": "first"})
    assert response.status_code == 200 and 'action="https://lms.example.test/deep-link-return"' in response.get_data(as_text=True)
    [quiz] = new_quizzes(course)
    assert quiz.bank_version_id == version.id and len(quiz.items) == len(version.questions)
    assignment = db.session.scalar(select(Assignment).where(Assignment.quiz_id == quiz.id))
    item = returned_jwt(course, response)[DL + "content_items"][0]
    assert assignment.classroom_id == course.classroom.id and assignment.title == "Kursk from the LMS"
    assert item["custom"] == {"assignment_id": str(assignment.id), "score_policy": "first"}
    assert item["lineItem"] == {**item["lineItem"], "label": "Kursk from the LMS", "scoreMaximum": quiz_max_points(quiz.id)}


def test_n_per_skill_draws_at_most_n_of_each_skill(client, course):
    version = db.session.get(Quiz, course.assignment.quiz_id).bank_version
    open_picker(client, course)
    assert from_bank(client, version, **{"bank-how": "per_skill", "bank-per_skill": 1}).status_code == 200
    [quiz] = new_quizzes(course)
    skills = [item.question.skill for item in quiz.items]
    assert sorted(skills) == sorted({q.skill for q in version.questions}) and quiz.draw["seed"] > 0


def test_a_draw_without_a_number_is_refused_beside_the_field_keeping_the_title(client, course):
    version = db.session.get(Quiz, course.assignment.quiz_id).bank_version
    open_picker(client, course)
    response = from_bank(client, version, **{"bank-how": "per_skill", "bank-title": "Kept title"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "Give how many questions to draw per skill." in page
    assert 'value="Kept title"' in page and new_quizzes(course) == []


def test_another_teachers_bank_cannot_be_used(client, course):
    from factories import kursk_version, make_teacher

    private = kursk_version(owner_id=make_teacher().id)
    open_picker(client, course)
    assert from_bank(client, private).status_code == 400 and new_quizzes(course) == []


def test_the_bank_picker_without_a_deep_linking_launch_is_404(client, auth, course):
    auth.login_teacher(course.teacher)
    version = db.session.get(Quiz, course.assignment.quiz_id).bank_version
    assert from_bank(client, version).status_code == 404
