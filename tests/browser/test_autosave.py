"""Autosave and the no-JavaScript path of the quiz page, in a real browser."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def sign_in_and_open_quiz(context, classroom, username: str):
    page = context.new_page()
    page.goto("/auth/login")
    page.get_by_label("E-mail or username").fill(username)
    page.get_by_label("Password").fill(classroom.students[username])
    page.get_by_role("button", name="Sign in").click()
    page.goto("/student/")
    page.get_by_role("button", name=re.compile(r"^(Start|Resume) Kursk")).click()
    expect(page.locator("#quiz-form")).to_be_visible()
    page.wait_for_load_state("load")  # quiz.js (deferred) listens before the first answer
    return page


def stored_answers(live_server, assignment_id: int) -> dict[int, object]:
    from sqlalchemy import select

    from quizapp.models import Attempt, Response
    from quizapp.web.extensions import db

    with live_server.app.app_context():
        rows = db.session.execute(
            select(Response.question_id, Response.answer).join(Attempt)
            .where(Attempt.assignment_id == assignment_id)
        ).all()
        db.session.remove()
    return dict(rows)


def test_an_answer_shows_saved_and_is_there_in_a_new_browser(browsing, live_server, classroom):
    username = next(iter(classroom.students))
    numeric = next(q for q in classroom.questions if q["type"] == "numeric")
    choice = next(q for q in classroom.questions if q["type"] == "single_choice")
    page = sign_in_and_open_quiz(browsing.new_context(), classroom, username)
    page.locator(f"input[name='q{numeric['id']}']").fill("82")
    page.locator(f"input[name='q{choice['id']}']").nth(2).check()
    chosen = page.locator(f"input[name='q{choice['id']}']").nth(2).get_attribute("value")
    expect(page.locator("#save-status")).to_contain_text("Saved", timeout=10_000)
    expect(page.locator("#answered-count")).to_have_text("2")

    assert stored_answers(live_server, classroom.assignment_id) == {numeric["id"]: 82, choice["id"]: chosen}
    # A fresh browser (no cookies, no localStorage): only what the server stored can show up.
    other = sign_in_and_open_quiz(browsing.new_context(), classroom, username)
    expect(other.locator(f"input[name='q{numeric['id']}']")).to_have_value("82")
    expect(other.locator(f"input[name='q{choice['id']}']:checked")).to_have_value(chosen)


def test_without_javascript_the_save_button_saves_everything(browser, live_server, classroom):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        username = next(iter(classroom.students))
        page = sign_in_and_open_quiz(context, classroom, username)
        short = next(q for q in classroom.questions if q["type"] == "short_answer")
        page.locator(f"input[name='q{short['id']}']").fill("Pasi Paroinen")
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page.locator(".flash-success")).to_contain_text("Your answers are saved")
        expect(page.locator(f"input[name='q{short['id']}']")).to_have_value("Pasi Paroinen")
        assert stored_answers(live_server, classroom.assignment_id)[short["id"]] == "Pasi Paroinen"
    finally:
        context.close()
