"""Names and Role Provisioning: the teacher pulls the LMS course's roster into the class."""
from __future__ import annotations

from factories import students_of
from lti_platform import launch, member
from lti_world import course, platform  # noqa: F401 (fixtures)
from sqlalchemy import select

from quizapp.models import LtiMembership, User
from quizapp.web.extensions import db


def pull(client, auth, course):
    auth.login_teacher(course.teacher)
    return client.post(f"/lti/settings/classes/{course.classroom.id}/roster")


def test_the_roster_brings_new_learners_without_duplicating_those_who_launched(client, auth, course):
    launch(client, course.platform, sub="s1", name="Sam One")
    client.post("/auth/logout")
    course.platform.members["course-1"] = [member("s1", "Sam One"), member("s2", "Sue Two"), member("s3", "Sid Three"),
                                           member("teacher-of-course-1", "Ms Instructor", role="Instructor")]
    assert pull(client, auth, course).status_code == 302
    pull(client, auth, course)  # twice: still no duplicate
    assert sorted(s.display_name for s in students_of(course.classroom)) == ["Sam One", "Sid Three", "Sue Two"]


def test_students_gone_from_the_lms_course_are_marked_departed_and_keep_their_place(client, auth, course):
    course.platform.members["course-1"] = [member("s1", "Sam One"), member("s2", "Sue Two")]
    pull(client, auth, course)
    course.platform.members["course-1"] = [member("s1", "Sam One"), member("s2", "Sue Two", status="Inactive")]
    pull(client, auth, course)
    departed = db.session.scalar(select(User).join(LtiMembership, LtiMembership.user_id == User.id)
                                 .where(LtiMembership.active.is_(False)))
    assert departed.display_name == "Sue Two" and len(students_of(course.classroom)) == 2
    assert "Sue Two" in client.get("/lti/settings/").get_data(as_text=True)


def test_a_class_not_from_an_lms_has_no_roster_to_pull(client, auth):
    from factories import make_class

    teacher = auth.login_teacher()
    classroom = make_class(teacher, students=1)
    assert client.post(f"/lti/settings/classes/{classroom.id}/roster").status_code == 404


def test_another_teacher_cannot_pull_the_roster(client, auth, course):
    auth.login_teacher()
    assert client.post(f"/lti/settings/classes/{course.classroom.id}/roster").status_code == 404


def test_an_lms_that_refuses_the_roster_is_reported(client, auth, course):
    course.platform.tokens.clear()
    course.platform.tool_jwks = lambda: {"keys": []}  # the LMS no longer trusts quizapp's key
    response = pull(client, auth, course)
    assert response.status_code == 302
    assert "did not give the roster" in client.get("/lti/settings/").get_data(as_text=True)
