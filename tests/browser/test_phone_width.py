"""Every student page fits a phone (320 and 375 px wide) without scrolling sideways."""
import re

import pytest
from playwright.sync_api import expect
from test_accessibility import sign_in

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [320, 375])
def test_every_student_page_fits_a_phone_without_sideways_scrolling(browsing, classroom, assert_accessible, width):
    page = browsing.new_page()
    page.set_viewport_size({"width": width, "height": 667})
    username = next(iter(classroom.students))
    sign_in(page, username, classroom.students[username])

    def fits(what: str) -> None:
        page.wait_for_load_state()
        sizes = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        assert sizes[0] <= sizes[1], f"{what} at {width} px: {sizes[0]} px wide"
        assert_accessible(page, f"{what} at {width} px")

    page.goto("/student/")
    start = page.get_by_role("button", name="Start Kursk")
    expect(start).to_be_in_viewport()
    fits("my assignments")
    start.click()
    expect(page.get_by_role("button", name="Save and review before submitting")).to_be_visible()
    fits("the quiz page")
    page.get_by_role("button", name="Save and review before submitting").click()
    fits("the confirm page")
    page.get_by_role("button", name="Submit my answers").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Submitted")
    fits("the submitted page")
    page.get_by_role("link", name="Review your answers").click()
    expect(page).to_have_url(re.compile(r"/review$"))
    fits("the review page")
    page.goto("/student/")
    fits("my assignments with a past attempt")
    page.goto("/auth/password")
    fits("the password page")
