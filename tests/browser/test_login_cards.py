"""The login cards page has a Print button that prints (the page works without it too)."""
import pytest
from playwright.sync_api import expect
from test_accessibility import sign_in

pytestmark = pytest.mark.browser


def test_the_print_button_prints_the_cards(browsing, classroom):
    page = browsing.new_page()
    sign_in(page, classroom.teacher_email, classroom.teacher_password)
    page.goto(f"/classes/{classroom.class_id}/cards")
    page.evaluate("() => { window.print = () => { window.printed = true; }; }")
    page.get_by_role("button", name="Print the cards").click()
    assert page.evaluate("() => window.printed") is True
    expect(page.locator(".login-card")).to_have_count(len(classroom.students))
