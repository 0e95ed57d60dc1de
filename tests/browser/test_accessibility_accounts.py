"""axe-core on the account pages: teacher sign-up (with errors), joining a class with its code,
claiming a seat; and the join flow itself in a real browser."""
import secrets

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_sign_up_with_errors_has_no_wcag_violation(page, assert_accessible):
    page.goto("/auth/signup")
    assert_accessible(page, "the sign-up page")
    page.get_by_label("Your name").fill("Ms Rivera")
    page.get_by_label("E-mail").fill("not-an-email")
    page.get_by_role("button", name="Create teacher account").click()
    expect(page.locator("#email-error")).to_be_visible()
    expect(page.get_by_label("Your name")).to_have_value("Ms Rivera")
    assert_accessible(page, "the sign-up page showing errors")


@pytest.fixture
def open_seats(live_server):
    from quizapp.web.auth.operations import create_teacher
    from quizapp.web.classes.operations import add_students, create_classroom
    from quizapp.web.classes.rosters import RosterRow
    from quizapp.web.extensions import db

    serial = secrets.token_hex(4)
    with live_server.app.app_context():
        teacher = create_teacher(f"seats-{serial}@school.example", "teacher-pass-123", "Seats")
        room = create_classroom(teacher.id, f"Seats {serial}")
        added = add_students(room, [RosterRow(1, f"Nadia {serial}"), RosterRow(2, f"Omar {serial}")], self_claim=True)
        db.session.commit()
        result = room.join_code, {login.student.display_name: login.student.username for login in added.added}
        db.session.remove()
    return result


def test_a_student_joins_with_the_code_and_the_pages_are_accessible(page, open_seats, assert_accessible):
    from quizapp.web.auth.seats import seat_labels

    code, seats = open_seats
    name, username = next(iter(seats.items()))
    page.goto("/auth/join")
    assert_accessible(page, "the join page")
    page.get_by_label("Class code").fill(code.lower())
    page.get_by_role("button", name="Find my class").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Join Seats")
    page.get_by_role("button", name="Join the class").click()  # nothing chosen: errors beside fields
    expect(page.locator("#seat-error")).to_be_visible()
    assert_accessible(page, "the claim page showing errors")
    page.get_by_label(seat_labels([name])[0]).check()  # seats show initials until claimed
    page.get_by_label("Choose a password").fill("my-own-secret")
    page.get_by_label("Password again").fill("my-own-secret")
    page.get_by_role("button", name="Join the class").click()
    expect(page.get_by_text(f"Your username is {username}")).to_be_visible()


def test_change_password_page_has_no_wcag_violation(page, live_server, assert_accessible):
    from quizapp.web.auth.operations import create_teacher
    from quizapp.web.extensions import db

    email = f"pw-{secrets.token_hex(4)}@school.example"
    with live_server.app.app_context():
        create_teacher(email, "teacher-pass-123", "Password Changer")
        db.session.commit()
        db.session.remove()
    page.goto("/auth/login")
    page.get_by_label("E-mail or username").fill(email)
    page.get_by_label("Password").fill("teacher-pass-123")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Password Changer").click()
    page.get_by_role("button", name="Change password").click()
    expect(page.locator("#current-error")).to_be_visible()
    assert_accessible(page, "the change-password page showing errors")
