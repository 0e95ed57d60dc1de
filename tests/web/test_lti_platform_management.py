"""Editing and removing a registered LMS, on the settings page and with `quizapp lti`: only its
owner may, CSRF-checked, and a platform people, courses or links came from is never removed."""
from __future__ import annotations

from lti_platform import launch
from lti_world import course, platform  # noqa: F401 (fixtures)
from sqlalchemy import select
from test_lti_registration import FORM

from quizapp.models import Classroom, LtiIdentity, LtiPlatform
from quizapp.web.extensions import db


def registered(client, auth):
    teacher = auth.login_teacher()
    assert client.post("/lti/settings/", data=FORM).status_code == 302
    return teacher, db.session.scalar(select(LtiPlatform).where(LtiPlatform.client_id == FORM["client_id"]))


def owned_by_the_courses_teacher(course) -> LtiPlatform:
    row = db.session.get(LtiPlatform, course.platform.id)
    row.owner_id = course.teacher.id
    db.session.commit()
    return row


def test_the_owner_edits_urls_deployments_and_the_lms_address(client, auth):
    _, row = registered(client, auth)
    assert 'value="10000000000001"' in client.get(f"/lti/settings/platforms/{row.id}").get_data(as_text=True)
    response = client.post(f"/lti/settings/platforms/{row.id}", data={
        **FORM, "deployment_ids": "3:new", "token_url": "https://sso.canvaslms.com/token2",
        "lms_url": "https://school.instructure.com"})
    db.session.expire_all()
    assert response.status_code == 302 and row.deployment_ids == ["3:new"]
    assert (row.token_url, row.lms_url) == ("https://sso.canvaslms.com/token2", "https://school.instructure.com")


def test_a_bad_edit_is_shown_beside_its_field_and_changes_nothing(client, auth):
    _, row = registered(client, auth)
    response = client.post(f"/lti/settings/platforms/{row.id}", data={**FORM, "jwks_url": "keys please"})
    page = response.get_data(as_text=True)
    db.session.expire_all()
    assert response.status_code == 400 and "Give the full https:// address" in page and 'value="keys please"' in page
    assert row.jwks_url == FORM["jwks_url"]


def test_an_edit_onto_another_registrations_issuer_and_client_id_is_refused(client, auth):
    _, row = registered(client, auth)
    client.post("/lti/settings/", data={**FORM, "client_id": "other"})
    response = client.post(f"/lti/settings/platforms/{row.id}", data={**FORM, "client_id": "other"})
    assert response.status_code == 400 and "registered already" in response.get_data(as_text=True)


def test_another_teacher_and_bad_ids_get_404(client, auth):
    _, row = registered(client, auth)
    client.post("/auth/logout")
    auth.login_teacher()  # another teacher
    assert client.get(f"/lti/settings/platforms/{row.id}").status_code == 404
    assert client.post(f"/lti/settings/platforms/{row.id}/remove").status_code == 404
    assert client.get("/lti/settings/platforms/99999999999").status_code == 404
    assert db.session.get(LtiPlatform, row.id) is not None


def test_an_unused_platform_is_removed(client, auth):
    _, row = registered(client, auth)
    response = client.post(f"/lti/settings/platforms/{row.id}/remove")
    assert response.status_code == 302 and db.session.scalar(select(LtiPlatform)) is None


def test_a_platform_a_course_came_from_is_kept_and_the_page_says_why(client, auth, course):
    row = owned_by_the_courses_teacher(course)
    auth.login_teacher(course.teacher)
    response = client.post(f"/lti/settings/platforms/{row.id}/remove", follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "quizapp keeps this LMS" in page and course.classroom.name in page and "could no longer sign in" in page
    assert db.session.get(LtiPlatform, row.id) is not None and db.session.get(Classroom, course.classroom.id) is not None


def test_an_edited_deployment_list_refuses_launches_from_a_removed_deployment(client, auth, course):
    row = owned_by_the_courses_teacher(course)
    auth.login_teacher(course.teacher)
    fields = {"name": row.name, "issuer": row.issuer, "client_id": row.client_id, "deployment_ids": "another",
              "auth_login_url": row.auth_login_url, "token_url": row.token_url, "jwks_url": row.jwks_url, "lms_url": ""}
    assert client.post(f"/lti/settings/platforms/{row.id}", data=fields).status_code == 302
    client.post("/auth/logout")
    response = launch(client, course.platform, sub="learner-new")
    assert response.status_code == 400 and db.session.scalar(select(LtiIdentity).where(LtiIdentity.sub == "learner-new")) is None


def test_the_command_line_edits_only_what_it_is_given(client, auth, cli):
    _, row = registered(client, auth)
    result = cli("lti", "edit-platform", str(row.id), "--deployment-id", "9", "--lms-url", "https://school.instructure.com")
    db.session.expire_all()
    assert result.exit_code == 0, result.output
    assert (row.deployment_ids, row.lms_url, row.client_id) == (["9"], "https://school.instructure.com", "10000000000001")


def test_the_command_line_names_a_bad_option_and_an_unknown_id(client, auth, cli):
    _, row = registered(client, auth)
    bad = cli("lti", "edit-platform", str(row.id), "--token-url", "nope")
    assert bad.exit_code == 1 and "--token-url" in bad.output
    assert cli("lti", "remove-platform", "4242").exit_code == 1


def test_the_command_line_keeps_a_used_platform_and_removes_an_unused_one(client, auth, cli, course):
    kept = cli("lti", "remove-platform", str(course.platform.id))
    assert kept.exit_code == 1 and "quizapp keeps this LMS" in kept.output and course.classroom.name in kept.output
    _, unused = registered(client, auth)
    assert cli("lti", "remove-platform", str(unused.id)).exit_code == 0
    assert [row.id for row in db.session.scalars(select(LtiPlatform))] == [course.platform.id]
