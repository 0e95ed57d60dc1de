"""Registering an LMS (settings page and `quizapp lti`), quizapp's keys and published configuration."""
from __future__ import annotations

from sqlalchemy import select

from quizapp.models import LtiKey, LtiPlatform
from quizapp.web.extensions import db

FORM = {"name": "School Canvas", "issuer": "https://canvas.instructure.com", "client_id": "10000000000001",
        "deployment_ids": "1:abc\n2:def", "auth_login_url": "https://sso.canvaslms.com/api/lti/authorize_redirect",
        "token_url": "https://sso.canvaslms.com/login/oauth2/token", "jwks_url": "https://sso.canvaslms.com/api/lti/security/jwks"}


def test_a_teacher_registers_a_platform_on_the_settings_page(client, auth):
    teacher = auth.login_teacher()
    response = client.post("/lti/settings/", data=FORM)
    assert response.status_code == 302
    platform = db.session.scalar(select(LtiPlatform))
    assert platform.owner_id == teacher.id and platform.deployment_ids == ["1:abc", "2:def"]
    assert "School Canvas" in client.get("/lti/settings/").get_data(as_text=True)


def test_a_bad_url_is_shown_beside_its_field_and_the_form_keeps_what_was_typed(client, auth):
    auth.login_teacher()
    response = client.post("/lti/settings/", data={**FORM, "token_url": "canvas token"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "Give the full https:// address" in page
    assert 'value="10000000000001"' in page and db.session.scalar(select(LtiPlatform)) is None


def test_the_same_issuer_and_client_id_twice_is_refused(client, auth):
    auth.login_teacher()
    client.post("/lti/settings/", data=FORM)
    response = client.post("/lti/settings/", data=FORM)
    assert response.status_code == 400 and "registered already" in response.get_data(as_text=True)


def test_the_settings_page_shows_the_urls_to_paste_and_no_private_key(client, auth):
    auth.login_teacher()
    client.get("/lti/jwks")
    page = client.get("/lti/settings/").get_data(as_text=True)
    assert "http://localhost/lti/login" in page and "http://localhost/lti/jwks" in page
    assert "PRIVATE KEY" not in page and db.session.scalar(select(LtiKey)).private_pem.startswith("-----BEGIN PRIVATE KEY")


def test_canvas_json_names_quizapps_urls(client):
    config = client.get("/lti/canvas.json").get_json()
    assert config["oidc_initiation_url"] == "http://localhost/lti/login"
    assert config["target_link_uri"] == "http://localhost/lti/launch"
    assert config["public_jwk_url"] == "http://localhost/lti/jwks"
    placements = config["extensions"][0]["settings"]["placements"]
    assert {p["message_type"] for p in placements} == {"LtiDeepLinkingRequest"}


def test_the_command_line_registers_a_platform(cli):
    result = cli("lti", "add-platform", "--issuer", "https://moodle.school.test", "--client-id", "abc",
                 "--deployment-id", "1", "--deployment-id", "2", "--auth-login-url", "https://moodle.school.test/mod/lti/auth.php",
                 "--token-url", "https://moodle.school.test/mod/lti/token.php", "--jwks-url", "https://moodle.school.test/mod/lti/certs.php")
    assert result.exit_code == 0, result.output
    assert db.session.scalar(select(LtiPlatform)).deployment_ids == ["1", "2"]


def test_the_command_line_names_the_bad_option(cli):
    result = cli("lti", "add-platform", "--issuer", "https://moodle.school.test", "--client-id", "abc",
                 "--deployment-id", "1", "--auth-login-url", "moodle", "--token-url", "https://m.test/t",
                 "--jwks-url", "https://m.test/j")
    assert result.exit_code == 1 and "--auth-login-url" in result.output


def test_rotating_keeps_the_previous_key_published_and_retires_older_ones(client, cli):
    first = client.get("/lti/jwks").get_json()["keys"][0]["kid"]
    cli("lti", "rotate-key")
    cli("lti", "rotate-key")
    kids = [k["kid"] for k in client.get("/lti/jwks").get_json()["keys"]]
    assert len(kids) == 2 and first not in kids
