"""A timed attempt in a real browser: the countdown reaches zero, the page reloads by itself and
the server has submitted the attempt with the answers saved before the deadline."""
from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import expect
from test_accessibility import sign_in

pytestmark = pytest.mark.browser


def timed_assignment(live_server, classroom) -> int:
    from quizapp.models import utcnow
    from quizapp.web.extensions import db
    from quizapp.web.quizzes.operations import AssignmentSettings, create_assignment

    with live_server.app.app_context():
        assignment = create_assignment(classroom.quiz_id, classroom.class_id, AssignmentSettings(
            title="Timed Kursk", opens_at=utcnow() - timedelta(minutes=1), time_limit_minutes=5))
        db.session.commit()
        assignment_id = assignment.id
        db.session.remove()
    return assignment_id


def bring_deadline_near(live_server, assignment_id: int, seconds: int) -> int:
    """Five minutes are long for a test: move the attempt's deadline to a few seconds from now,
    as if the student had been working that long."""
    from sqlalchemy import select

    from quizapp.models import Attempt, utcnow
    from quizapp.web.extensions import db

    with live_server.app.app_context():
        attempt = db.session.scalars(select(Attempt).where(Attempt.assignment_id == assignment_id)).one()
        attempt.deadline_at = utcnow() + timedelta(seconds=seconds)
        db.session.commit()
        attempt_id = attempt.id
        db.session.remove()
    return attempt_id


def attempt_state(live_server, attempt_id: int):
    from quizapp.models import Attempt
    from quizapp.web.extensions import db

    with live_server.app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        state = attempt.status, attempt.score, {r.question_id: r.answer for r in attempt.responses}
        db.session.remove()
    return state


def test_the_attempt_is_submitted_when_the_time_is_up(browsing, live_server, classroom):
    assignment_id = timed_assignment(live_server, classroom)
    page = browsing.new_page()
    username = next(iter(classroom.students))
    page.goto("/auth/login")
    page.get_by_label("E-mail or username").fill(username)
    page.get_by_label("Password").fill(classroom.students[username])
    page.get_by_role("button", name="Sign in").click()
    page.goto("/student/")
    page.get_by_role("button", name="Start Timed Kursk").click()
    expect(page.locator("#time-left")).to_be_visible()
    page.wait_for_load_state("load")  # quiz.js (deferred) listens before the first answer

    numeric = next(q for q in classroom.questions if q["type"] == "numeric")
    page.locator(f"input[name='q{numeric['id']}']").fill(str(numeric["data"]["answer"]))
    expect(page.locator("#save-status")).to_contain_text("Saved", timeout=10_000)
    attempt_id = bring_deadline_near(live_server, assignment_id, seconds=4)
    page.reload()
    expect(page.locator("#time-left")).to_contain_text("s")

    # No click: the countdown ends, the page reloads itself, the server has submitted the attempt.
    # Within seconds, not after the 30 s grace kept for saves already on their way: a quiz page
    # served after the deadline must not be one the student can still answer.
    expect(page.get_by_role("heading", level=1)).to_contain_text("Submitted", timeout=12_000)
    status, score, answers = attempt_state(live_server, attempt_id)
    assert status == "submitted"
    assert answers[numeric["id"]] == numeric["data"]["answer"]
    assert score == float(numeric["data"].get("points", 1))


def test_time_warnings_are_announced_and_the_status_bar_stays_in_view(browsing, live_server, classroom):
    assignment_id = timed_assignment(live_server, classroom)
    page = browsing.new_page()
    page.set_viewport_size({"width": 375, "height": 667})
    username = list(classroom.students)[1]
    sign_in(page, username, classroom.students[username])
    page.goto("/student/")
    page.get_by_role("button", name="Start Timed Kursk").click()
    warning = page.get_by_role("alert")
    expect(warning).to_contain_text("5 minutes left")
    bring_deadline_near(live_server, assignment_id, seconds=63)
    page.reload()
    expect(page.get_by_role("alert")).to_contain_text("5 minutes left")  # opened late: the nearer one first
    expect(page.get_by_role("alert")).to_contain_text("1 minute left", timeout=8_000)
    page.mouse.wheel(0, 5000)
    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
    expect(page.locator("#time-left")).to_be_in_viewport()
    expect(page.locator("#save-status")).to_be_in_viewport()
