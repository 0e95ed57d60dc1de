"""LTI 1.3 launches from a test LMS (tests/web/lti_platform.py): who is signed in, into which
class, with which assignment; the cookie check; the headers of LTI and other routes."""
from __future__ import annotations

from lti_platform import launch
from lti_world import course, platform  # noqa: F401 (fixtures)
from sqlalchemy import func, select

from quizapp.models import Enrollment, LtiIdentity, LtiResourceLink, User
from quizapp.web.extensions import db


def signed_in_user(client):
    with client.session_transaction() as session:
        return session.get("_user_id")


def test_an_instructors_first_launch_makes_their_account_and_the_courses_class(client, platform):
    response = launch(client, platform, sub="inst-1", role="Instructor", context_id="c-9", resource_link_id="nav-link")
    assert response.status_code == 302 and "/classes/" in response.headers["Location"]
    user = db.session.scalar(select(User).join(LtiIdentity, LtiIdentity.user_id == User.id).where(LtiIdentity.sub == "inst-1"))
    assert user.role == "teacher" and signed_in_user(client) == user.get_id()


def test_a_learner_launch_signs_in_a_student_enrolled_in_the_course_class(client, course):
    response = launch(client, course.platform, sub="learner-7", custom={"assignment_id": str(course.assignment.id)})
    assert response.status_code == 302 and response.headers["Location"].endswith("/student/")
    student = db.session.scalar(select(User).join(LtiIdentity, LtiIdentity.user_id == User.id).where(LtiIdentity.sub == "learner-7"))
    assert student.role == "student"
    assert db.session.scalar(select(Enrollment).where(Enrollment.student_id == student.id)).classroom_id == course.classroom.id
    link = db.session.scalar(select(LtiResourceLink))
    assert link.assignment_id == course.assignment.id and link.lineitem_url == "https://lms.example.test/lineitems/1"


def test_a_second_launch_finds_the_same_person_by_sub_not_by_name(client, course):
    launch(client, course.platform, sub="learner-7", name="Lee Learner")
    launch(client, course.platform, sub="learner-8", name="Lee Learner")  # same name, another person
    launch(client, course.platform, sub="learner-7", name="Lee L. Learner")
    assert db.session.scalar(select(func.count()).select_from(LtiIdentity)) == 3  # the teacher and two learners
    names = set(db.session.scalars(select(User.display_name).where(User.role == "student")))
    assert names == {"Lee Learner", "Lee L. Learner"}


def test_a_learner_before_the_teacher_opened_the_course_is_told_to_wait(client, platform):
    response = launch(client, platform, sub="early", context_id="not-opened-yet")
    assert response.status_code == 403 and "not opened quizapp in this course" in response.get_data(as_text=True)
    assert signed_in_user(client) is None


def test_login_initiation_checks_cookies_first_and_offers_a_new_window(client, platform):
    response = client.post("/lti/login", data={"iss": platform.issuer, "login_hint": "x",
                                               "target_link_uri": "http://localhost/lti/launch"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "lti-cookie-check.js" in page
    assert 'target="_blank"' in page and "lti1p3_new_window=1" in page


def test_over_https_the_launch_cookies_are_samesite_none_secure(client, platform):
    response = client.post("/lti/login", base_url="https://localhost", data={
        "iss": platform.issuer, "login_hint": "x", "target_link_uri": "https://localhost/lti/launch",
        "client_id": platform.client_id, "lti1p3_new_window": "1"})
    cookies = response.headers.getlist("Set-Cookie")
    assert response.status_code == 302 and cookies
    assert all("SameSite=None" in c and "Secure" in c for c in cookies)


def test_lti_routes_are_framed_by_registered_platforms_only_and_others_by_nobody(client, platform):
    lti_page = client.get("/lti/login?iss=x")  # refused, but framable: the LMS shows the refusal
    assert "frame-ancestors https://lms.example.test" in lti_page.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in lti_page.headers
    other = client.get("/auth/login")
    assert "frame-ancestors 'none'" in other.headers["Content-Security-Policy"]
    assert other.headers["X-Frame-Options"] == "DENY"


def test_jwks_publishes_public_keys_only(client):
    keys = client.get("/lti/jwks").get_json()["keys"]
    assert len(keys) == 1 and keys[0]["kty"] == "RSA" and keys[0]["alg"] == "RS256"
    assert not {"d", "p", "q", "dp", "dq", "qi"} & set(keys[0])


def test_a_launched_students_quiz_pages_are_framed_by_their_lms_only(client, course):
    launch(client, course.platform, custom={"assignment_id": str(course.assignment.id)})
    framed = client.get("/student/")
    assert framed.status_code == 200
    assert "frame-ancestors https://lms.example.test;" in framed.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in framed.headers
    client.post("/auth/logout")


def test_the_same_pages_of_a_session_not_begun_by_a_launch_are_framed_by_nobody(client, auth, course):
    from factories import make_student

    auth.login_student(make_student(course.classroom))
    page = client.get("/student/")
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"] and page.headers["X-Frame-Options"] == "DENY"


def test_a_launched_session_over_https_has_a_samesite_none_partitioned_cookie(client, course):
    start = client.post("/lti/login", base_url="https://localhost", data={
        "iss": course.platform.issuer, "login_hint": "l", "client_id": course.platform.client_id,
        "target_link_uri": "https://localhost/lti/launch", "lti1p3_new_window": "1"})
    from urllib.parse import parse_qs, urlsplit

    query = parse_qs(urlsplit(start.headers["Location"]).query)
    token = course.platform.sign(course.platform.claims(query["nonce"][0]))
    response = client.post("/lti/launch", base_url="https://localhost", data={"id_token": token, "state": query["state"][0]})
    session_cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("session="))
    assert response.status_code == 302
    assert "SameSite=None" in session_cookie and "Secure" in session_cookie and "Partitioned" in session_cookie


def test_a_launched_teachers_class_page_is_framed_by_their_lms_but_sign_in_is_not(client, platform):
    response = launch(client, platform, sub="inst-2", role="Instructor", context_id="c-3", resource_link_id="nav")
    class_page = client.get(response.headers["Location"])
    assert class_page.status_code == 200
    assert "frame-ancestors https://lms.example.test;" in class_page.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in client.get("/auth/login").headers["Content-Security-Policy"]
