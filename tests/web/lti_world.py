"""A course of a test LMS already opened in quizapp: the instructor launched once (so the class
exists and is theirs), and one assignment of that class is placed in the course as link-1."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from factories import make_assignment, make_quiz
from lti_platform import TestPlatform, launch
from sqlalchemy import select

from quizapp.models import Assignment, Classroom, LtiContext, User
from quizapp.web.extensions import db
from quizapp.web.lti.keys import public_jwks


@dataclass
class Course:
    platform: TestPlatform
    teacher: User
    classroom: Classroom
    assignment: Assignment


def connect(app, platform: TestPlatform) -> TestPlatform:
    platform.register()
    def tool_jwks():
        with app.app_context():  # the platform fetches quizapp's JWKS, as a real LMS would
            return public_jwks()

    platform.tool_jwks = tool_jwks
    app.config["LTI_HTTP_SESSION"] = platform.http_session
    return platform


def open_course(app, client, platform: TestPlatform, context_id: str = "course-1", **assignment_fields) -> Course:
    response = launch(client, platform, sub=f"teacher-of-{context_id}", role="Instructor", context_id=context_id,
                      resource_link_id=f"setup-{context_id}", lineitem=None, name="Ms Instructor")
    assert response.status_code == 302, response.get_data(as_text=True)
    client.post("/auth/logout")
    context = db.session.scalar(select(LtiContext).where(LtiContext.context_id == context_id))
    classroom = db.session.get(Classroom, context.classroom_id)
    teacher = db.session.get(User, classroom.teacher_id)
    assignment = make_assignment(make_quiz(teacher, n=3), classroom, **assignment_fields)
    return Course(platform, teacher, classroom, assignment)


@pytest.fixture
def platform(app):
    return connect(app, TestPlatform())


@pytest.fixture
def course(app, client, platform):
    return open_course(app, client, platform)
