"""Headers, cookies, CSRF, secret key, error pages: the protections every page relies on."""
import os
import re
import stat

import pytest

from factories import TEACHER_PASSWORD, make_teacher
from quizapp.web import create_app
from quizapp.web.security import CONTENT_SECURITY_POLICY, load_secret_key

EXPECTED_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'")


def assert_secure_headers(response):
    assert response.headers["Content-Security-Policy"] == EXPECTED_CSP
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_csp_is_the_contract_policy():
    assert CONTENT_SECURITY_POLICY == EXPECTED_CSP


@pytest.mark.parametrize("path", ["/", "/auth/login", "/classes/", "/no-such-page", "/auth/logout"])
def test_every_response_has_the_security_headers(client, path):
    assert_secure_headers(client.get(path))


def test_static_files_have_the_headers_too(client):
    with client.get("/static/app.css") as response:
        assert response.status_code == 200
        assert_secure_headers(response)


def test_pages_have_no_inline_script_or_style(client, auth):
    auth.login_teacher()
    for path in ("/", "/auth/login", "/auth/signup", "/auth/join", "/classes/", "/classes/new"):
        page = client.get(path, follow_redirects=True).get_data(as_text=True)
        assert "<style" not in page and " style=" not in page, path
        assert not re.search(r"<script(?![^>]*\bsrc=)", page), path


def session_cookie(response) -> str:
    return next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("session="))


def test_session_cookie_is_httponly_and_lax_and_not_secure_over_http(client):
    make_teacher(email="t@school.org")
    response = client.post("/auth/login", data={"identifier": "t@school.org", "password": TEACHER_PASSWORD})
    cookie = session_cookie(response)
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_session_cookie_is_secure_over_https(app):
    make_teacher(email="t@school.org")
    client = app.test_client()
    response = client.post("/auth/login", base_url="https://localhost",
                           data={"identifier": "t@school.org", "password": TEACHER_PASSWORD})
    assert "Secure" in session_cookie(response)


def test_csrf_is_enforced_when_enabled(csrf_app, csrf_client):
    make_teacher(email="t@school.org")
    data = {"identifier": "t@school.org", "password": TEACHER_PASSWORD}
    response = csrf_client.post("/auth/login", data=data)
    assert response.status_code == 400 and "reload the page" in response.get_data(as_text=True)
    page = csrf_client.get("/auth/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    assert csrf_client.post("/auth/login", data={**data, "csrf_token": token}).status_code == 302


def test_csrf_protects_sign_out_and_roster_posts(csrf_app, csrf_client):
    from factories import make_class

    teacher = make_teacher()
    classroom = make_class(teacher, students=0)
    with csrf_client.session_transaction() as session:
        session["_user_id"] = teacher.get_id()
    assert csrf_client.post("/auth/logout").status_code == 400
    assert csrf_client.post(f"/classes/{classroom.id}/students", data={"name": "X"}).status_code == 400
    assert csrf_client.get("/classes/").status_code == 200  # still signed in


def test_csrf_token_does_not_expire(app):
    assert app.config["WTF_CSRF_TIME_LIMIT"] is None


def test_secret_key_from_environment_or_a_private_generated_file(tmp_path, monkeypatch):
    monkeypatch.delenv("QUIZAPP_SECRET_KEY", raising=False)
    key = load_secret_key(str(tmp_path))
    path = tmp_path / "secret_key"
    assert len(key) >= 64 and path.read_text() == key
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_secret_key(str(tmp_path)) == key  # stable across restarts and workers
    monkeypatch.setenv("QUIZAPP_SECRET_KEY", "from-env")
    assert load_secret_key(str(tmp_path)) == "from-env"


def test_friendly_404_and_405(client, auth):
    auth.login_teacher()
    response = client.get("/classes/999999999999999999999")
    assert response.status_code == 404 and "Page not found" in response.get_data(as_text=True)
    response = client.put("/auth/login")
    assert response.status_code == 405 and "Allow" in response.headers


def test_large_upload_gets_a_friendly_413(client, auth):
    auth.login_teacher()
    response = client.post("/classes/1/students/import", data={"roster": "x" * (3 * 1024 * 1024)})
    assert response.status_code == 413 and "File too large" in response.get_data(as_text=True)


def test_nul_bytes_are_refused_not_stored(client):
    assert client.post("/auth/signup", data={"display_name": "A\x00B", "email": "a@b.org",
                                            "password": "long-enough-pw", "confirm": "long-enough-pw"}).status_code == 400
    assert client.get("/auth/join?code=AB%00CD").status_code == 400


def test_server_error_page_has_no_traceback(tmp_path):
    app = create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'x.sqlite'}",
                      "INSTANCE_PATH": str(tmp_path)})

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret internals")

    response = app.test_client().get("/boom")
    page = response.get_data(as_text=True)
    assert response.status_code == 500 and "Something went wrong" in page and "secret internals" not in page
    assert_secure_headers(response)
    with app.app_context():
        from quizapp.web.extensions import db

        db.engine.dispose()


def test_signed_in_pages_are_not_cached_and_https_gets_hsts(app, client, auth):
    auth.login_teacher()
    assert client.get("/classes/").headers["Cache-Control"] == "private, no-store"
    response = app.test_client().get("/auth/login", base_url="https://localhost")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")
    assert "Strict-Transport-Security" not in client.get("/auth/login").headers


def test_secure_cookies_setting_sends_hsts_behind_a_proxy_without_proxy_fix(app, client):
    app.config["SESSION_COOKIE_SECURE"] = True
    assert client.get("/auth/login").headers["Strict-Transport-Security"].startswith("max-age=")


def test_a_large_file_upload_gets_the_413_page(client, auth):
    import gc
    import io

    auth.login_teacher()
    big = io.BytesIO(b"name\n" + b"x" * (3 * 1024 * 1024))
    response = client.post("/classes/1/students/import", data={"file": (big, "roster.csv")},
                           content_type="multipart/form-data")
    assert response.status_code == 413 and "File too large" in response.get_data(as_text=True)
    gc.collect()  # a spooled body left open would surface here as a ResourceWarning (an error)
