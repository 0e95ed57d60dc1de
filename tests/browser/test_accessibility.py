"""axe-core on the pages everyone meets first (the flow test covers the quiz, review and gradebook)."""
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_the_sign_in_page_has_no_wcag_violation(page, assert_accessible):
    page.goto("/auth/login")
    assert_accessible(page, "the sign-in page")


def test_the_sign_in_page_with_errors_has_no_wcag_violation(page, assert_accessible):
    page.goto("/auth/login")
    page.get_by_label("E-mail or username").fill("nobody")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".field-error").first).to_be_visible()
    assert_accessible(page, "the sign-in page showing errors")


def test_the_student_home_has_no_wcag_violation(browsing, classroom, assert_accessible):
    page = browsing.new_page()
    username = next(iter(classroom.students))
    page.goto("/auth/login")
    page.get_by_label("E-mail or username").fill(username)
    page.get_by_label("Password").fill(classroom.students[username])
    page.get_by_role("button", name="Sign in").click()
    page.goto("/student/")
    expect(page.get_by_role("button", name="Start Kursk")).to_be_visible()
    assert_accessible(page, "the student home")


def sign_in(page, identifier: str, password: str) -> None:
    page.goto("/auth/login")
    page.get_by_label("E-mail or username").fill(identifier)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def submit_one_attempt(live_server, classroom) -> None:
    """One student's submitted attempt, so results, analysis and gradebook have something to show."""
    from sqlalchemy import select

    from quizapp.models import User
    from quizapp.web.attempts.operations import save_answers, start_attempt, submit_attempt
    from quizapp.web.extensions import db

    username = list(classroom.students)[1]
    with live_server.app.app_context():
        student = db.session.scalars(select(User).where(User.username == username)).one()
        attempt = start_attempt(classroom.assignment_id, student.id)
        answers = {q["id"]: str(q["data"]["answer"]).lower() if q["type"] == "true_false" else str(q["data"]["answer"])
                   for q in classroom.questions}
        save_answers(attempt.id, student.id, answers)
        submit_attempt(attempt.id, student.id)
        db.session.remove()


@pytest.mark.parametrize("width", [None, 375], ids=["desktop", "phone"])
def test_the_teacher_pages_have_no_wcag_violation(browsing, live_server, classroom, assert_accessible, width):
    submit_one_attempt(live_server, classroom)
    page = browsing.new_page(**({"viewport": {"width": width, "height": 667}} if width else {}))
    sign_in(page, classroom.teacher_email, classroom.teacher_password)
    c, a = classroom.class_id, classroom.assignment_id
    for path in (
        "/classes/", f"/classes/{c}", f"/classes/{c}/cards", f"/classes/{c}/delete", "/classes/new",
        "/banks/", f"/banks/versions/{classroom.version_id}",
        "/quizzes/", f"/quizzes/{classroom.quiz_id}", f"/quizzes/new/{classroom.version_id}/pick",
        f"/quizzes/new/{classroom.version_id}/draw",
        "/assignments/", f"/assignments/{a}", f"/assignments/new?quiz={classroom.quiz_id}&class={c}",
        f"/assignments/{a}/results", f"/assignments/{a}/analysis", f"/classes/{c}/gradebook", "/generator/",
        "/auth/time-zone",
    ):
        response = page.goto(path)
        assert response.status == 200, f"{path}: HTTP {response.status}"
        assert_accessible(page, f"teacher page {path}")


def test_the_confirm_and_submitted_pages_have_no_wcag_violation(browsing, classroom, assert_accessible):
    page = browsing.new_page()
    username = next(iter(classroom.students))
    sign_in(page, username, classroom.students[username])
    page.goto("/student/")
    page.get_by_role("button", name="Start Kursk").click()
    page.get_by_role("button", name="Save and review before submitting").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Review and submit")
    assert_accessible(page, "the confirm page (questions left blank)")
    page.get_by_role("button", name="Submit my answers").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Submitted")
    assert_accessible(page, "the submitted page")


def test_keyboard_focus_is_visible(page):
    page.goto("/auth/login")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [document.activeElement.textContent.trim(), s.outlineStyle, s.outlineWidth, s.boxShadow]; }"
    )
    text, outline_style, outline_width, shadow = focused
    assert text == "Skip to content"
    assert (outline_style != "none" and outline_width != "0px") or shadow != "none", focused
