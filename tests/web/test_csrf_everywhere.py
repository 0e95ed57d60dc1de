"""CSRF on every POST of the URL map (signed in as whoever may use it), and the protective headers on
every page the app serves: HTML pages of teachers and students, error pages, static files."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from audit_world import (
    STUDENT_BLUEPRINTS,
    TEACHER_BLUEPRINTS,
    blueprint_of,
    concrete_urls,
    make_audit_world,
    offender_table,
    rules,
    sign_in,
)
from factories import STUDENT_PASSWORD, TEACHER_PASSWORD

from quizapp.web.generator import jobs

STATIC = Path(__file__).resolve().parents[2] / "quizapp" / "web" / "static"


@pytest.fixture(autouse=True)
def no_generator_threads(monkeypatch):
    monkeypatch.setattr(jobs, "start", lambda job_id: None)


def user_for(world, rule):
    area = blueprint_of(rule.endpoint)
    if area in STUDENT_BLUEPRINTS:
        return "student", world.student
    if area in TEACHER_BLUEPRINTS or rule.endpoint == "auth.logout":
        return "owner", world.teacher
    return "anonymous", None


def test_every_post_without_a_valid_token_is_400(csrf_app, csrf_client):
    world = make_audit_world()
    offenders = []
    for rule, methods in rules(csrf_app):
        if "POST" not in methods:
            continue
        who, user = user_for(world, rule)
        for url in concrete_urls(rule, world):
            for description, data in [("no token", {}), ("forged token", {"csrf_token": "forged.token.x"})]:
                sign_in(csrf_client, user)
                status = csrf_client.post(url, data=data).status_code
                if status != 400:
                    offenders.append((who, "POST", url, rule.endpoint, status, description))
    assert not offenders, offender_table(offenders)


def token_of(page: str) -> str:
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)


def test_a_token_from_the_page_is_accepted(csrf_app, csrf_client):
    """So the 400s above are the token's doing, not a broken route."""
    world = make_audit_world()
    sign_in(csrf_client, world.teacher)
    token = token_of(csrf_client.get(f"/classes/{world.classroom.id}").get_data(as_text=True))
    response = csrf_client.post(f"/classes/{world.classroom.id}/join-code", data={"csrf_token": token})
    assert response.status_code == 302


def check_headers(response) -> str | None:
    csp = response.headers.get("Content-Security-Policy", "")
    directives = {d.strip().split(" ")[0]: d.strip() for d in csp.split(";") if d.strip()}
    problems = []
    if "unsafe-inline" in csp or "unsafe-eval" in csp:
        problems.append("CSP allows inline code")
    for needed in ("default-src", "script-src", "style-src"):
        if needed not in directives:
            problems.append(f"CSP has no {needed}")
    if directives.get("frame-ancestors") != "frame-ancestors 'none'":
        problems.append("no frame-ancestors 'none'")
    if response.headers.get("X-Content-Type-Options") != "nosniff":
        problems.append("no nosniff")
    return ", ".join(problems) or None


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style|\sstyle=|\son[a-z]+=", re.IGNORECASE)


def test_every_page_has_the_headers_and_no_inline_code(app, client):
    world = make_audit_world()
    offenders = []
    pages = []
    for who, user, areas in [("owner", world.teacher, TEACHER_BLUEPRINTS), ("student", world.student, STUDENT_BLUEPRINTS),
                             ("anonymous", None, {"auth", "home"})]:
        sign_in(client, user)
        for rule, methods in rules(app):
            if "GET" in methods and blueprint_of(rule.endpoint) in areas:
                pages += [(who, user, url, rule.endpoint) for url in concrete_urls(rule, world)]
    # Error pages: missing, forbidden, wrong method, too large, bad request.
    pages += [("owner", world.teacher, "/no/such/page", "404"), ("student", world.student, "/classes/", "403"),
              ("anonymous", None, "/auth/logout", "405"), ("anonymous", None, "/auth/join?code=%00", "400")]
    for who, user, url, endpoint in pages:
        sign_in(client, user)
        response = client.get(url)
        problem = check_headers(response)
        if response.mimetype == "text/html":
            page = response.get_data(as_text=True)
            if INLINE_SCRIPT.search(page) or INLINE_STYLE.search(page):
                problem = ", ".join(filter(None, [problem, "inline script/style/handler"]))
        if problem:
            offenders.append((who, "GET", url, endpoint, response.status_code, problem))
    sign_in(client, world.teacher)
    response = client.post(f"/classes/{world.classroom.id}/students/import", data={"roster": "x" * (3 << 20)})
    if response.status_code != 413 or check_headers(response):
        offenders.append(("owner", "POST", "import 3 MB", "413", response.status_code, check_headers(response)))
    assert not offenders, offender_table(offenders)


def test_every_static_file_has_the_headers(client):
    files = [p for p in STATIC.rglob("*") if p.is_file()]
    assert files
    offenders = []
    for path in files:
        url = "/static/" + path.relative_to(STATIC).as_posix()
        with client.get(url) as response:
            problem = check_headers(response) if response.status_code == 200 else "not served"
            if problem:
                offenders.append(("anonymous", "GET", url, "static", response.status_code, problem))
    assert not offenders, offender_table(offenders)


def session_cookie(response) -> str:
    return next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("session="))


@pytest.mark.parametrize("who", ["teacher", "student"])
def test_the_session_cookie_of_a_real_sign_in_is_httponly_and_lax(csrf_app, csrf_client, who):
    world = make_audit_world()
    identifier, password = ((world.teacher.email, TEACHER_PASSWORD) if who == "teacher"
                            else (world.student.username, STUDENT_PASSWORD))
    token = token_of(csrf_client.get("/auth/login").get_data(as_text=True))
    response = csrf_client.post("/auth/login", data={"identifier": identifier, "password": password,
                                                     "csrf_token": token})
    assert response.status_code == 302
    cookie = session_cookie(response)
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    for other in response.headers.getlist("Set-Cookie"):  # any other cookie (the device cookie) too
        assert "HttpOnly" in other and "SameSite=Lax" in other, other
