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
