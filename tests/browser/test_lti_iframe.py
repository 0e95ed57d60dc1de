"""LTI end to end in Chromium: a test LMS (tests/web/lti_platform.py, served on its own port)
frames quizapp in its course page; a learner launches, answers, submits, and the LMS receives the
score. Then axe over quizapp's new LTI pages."""
from __future__ import annotations

import importlib.util
import secrets
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def _platform_module():
    # The test LMS lives beside the web tests that drive it through the test client; this test
    # serves the same one over HTTP.
    path = Path(__file__).resolve().parents[1] / "web" / "lti_platform.py"
    spec = importlib.util.spec_from_file_location("lti_platform_for_browser", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def lms(live_server):
    """The test LMS on 127.0.0.1 (another port), registered in the live app, with a course whose
    class and assignment the instructor already set up."""
    import requests
    from sqlalchemy import select
    from werkzeug.serving import make_server

    from quizapp.lti.claims import Launch
    from quizapp.models import Assignment, Bank, BankVersion, Quiz, QuizItem, utcnow
    from quizapp.web.extensions import db
    from quizapp.web.lti import operations as ops

    module = _platform_module()
    platform = module.TestPlatform(client_id=f"client-{secrets.token_hex(3)}")
    server = make_server("127.0.0.1", 0, platform.app, threaded=True)
    platform.issuer = f"http://127.0.0.1:{server.port}"
    module.add_browser_pages(platform, live_server.url)
    platform.tool_jwks = lambda: requests.get(f"{live_server.url}/lti/jwks", timeout=10).json()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    course_id = f"course-{secrets.token_hex(3)}"
    with live_server.app.app_context():
        row = platform.register()
        teacher = ops.apply_launch(row.id, Launch(
            issuer=platform.issuer, client_id=platform.client_id, deployment_id=platform.deployment_id,
            sub=f"teacher-{course_id}", role="teacher", name="Ms Instructor", message_type="LtiResourceLinkRequest",
            context_id=course_id, context_title="Year 10 English", resource_link_id=None))
        version = db.session.scalars(select(BankVersion).join(Bank).where(Bank.slug == "kursk-2024")).first()
        tf = next(q for q in version.questions if q.type == "true_false")
        quiz = Quiz(owner_id=teacher.user.id, bank_version_id=version.id, title="Kursk check")
        quiz.items = [QuizItem(question_id=tf.id, position=1)]
        db.session.add(quiz)
        db.session.flush()
        assignment = Assignment(quiz_id=quiz.id, classroom_id=teacher.classroom.id, title="Kursk check",
                                opens_at=utcnow() - timedelta(minutes=1), attempts_allowed=1)
        db.session.add(assignment)
        db.session.commit()
        platform.next_launch = {"sub": f"learner-{course_id}", "context_id": course_id, "name": "Lee Learner",
                                "resource_link_id": f"link-{course_id}", "custom": {"assignment_id": str(assignment.id)}}
        platform.assignment_id, platform.question_id = assignment.id, tf.id
        db.session.remove()
    yield platform
    server.shutdown()
    thread.join(timeout=10)


def test_a_learner_launches_in_the_lms_iframe_submits_and_the_lms_gets_the_score(browsing, live_server, lms):
    from sqlalchemy import select

    from quizapp.models import Attempt
    from quizapp.web.extensions import db

    browsing.also_allowed.add(("127.0.0.1", int(lms.issuer.rsplit(":", 1)[1])))
    page = browsing.new_page()
    page.goto(f"{lms.issuer}/course")
    frame = page.frame_locator("iframe[title=quizapp]")
    frame.get_by_role("button", name="Start Kursk check").click()
    frame.locator(f"input[name='q{lms.question_id}'][value='true']").check()
    frame.get_by_role("button", name="Save and review before submitting").click()
    frame.get_by_role("button", name="Submit my answers").click()
    expect(frame.get_by_role("heading", level=1)).to_contain_text("Submitted: Kursk check")
    with live_server.app.app_context():
        attempt = db.session.scalar(select(Attempt).where(Attempt.assignment_id == lms.assignment_id))
        assert attempt.status == "submitted"
        assert [(s["scoreGiven"], s["activityProgress"]) for s in lms.scores] == [(attempt.score, "Completed")]
        db.session.remove()


def test_the_lti_pages_pass_axe_and_deep_linking_returns_to_the_lms(browsing, live_server, lms, assert_accessible):
    from urllib.parse import urlencode

    browsing.also_allowed.add(("127.0.0.1", int(lms.issuer.rsplit(":", 1)[1])))
    page = browsing.new_page()
    page.goto("/lti/login?iss=unknown")
    expect(page.get_by_role("heading", level=1)).to_contain_text("could not open from your LMS")
    assert_accessible(page, "launch refused")
    # Chromium logs the refusal's 400 status as a console error: that status is what is under test.
    browsing.watch.console_errors[:] = [e for e in browsing.watch.console_errors
                                        if not ("/lti/login?iss=unknown" in e and "status of 400" in e)]
    course_id = lms.next_launch["context_id"]
    lms.next_launch = {"sub": f"teacher-{course_id}", "role": "Instructor", "context_id": course_id,
                       "message_type": "LtiDeepLinkingRequest", "resource_link_id": None, "lineitem": None}
    # The cookie check and the return to the LMS go on by themselves: their scripts are held back
    # (an empty script served instead) so axe sees each page as it stands before it moves on.
    def held(route):
        route.fulfill(status=200, content_type="text/javascript", body="")

    page.route("**/js/lti-cookie-check.js*", held)
    page.goto("/lti/login?" + urlencode({"iss": lms.issuer, "login_hint": "t", "client_id": lms.client_id,
                                          "target_link_uri": f"{live_server.url}/lti/launch"}))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Opening quizapp")
    assert_accessible(page, "cookie check")
    page.unroute("**/js/lti-cookie-check.js*")
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Choose a quiz for Year 10 English")
    assert_accessible(page, "deep-linking picker")
    page.route("**/js/lti-deep-link.js*", held)
    page.get_by_label("Kursk check").check()
    page.get_by_role("button", name="Add to the LMS").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Adding “Kursk check” to your LMS")
    assert_accessible(page, "return to the LMS")
    assert lms.deep_link_jwts == []
    page.get_by_role("button", name="Return to the LMS").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Content added to the course")
    assert len(lms.deep_link_jwts) == 1
    page.goto("/lti/settings/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("LMS connections")
    assert_accessible(page, "LMS connections")
    page.goto(f"/lti/settings/assignments/{lms.assignment_id}/sync")
    assert_accessible(page, "gradebook sync")


# --- third-party cookies blocked: the "new window" fallback ------------------------------------------
#
# blocking_browsing's Chromium blocks third-party cookies (conftest.BLOCK_THIRD_PARTY_COOKIES). The
# LMS's course page is on http://localhost and quizapp on http://127.0.0.1: two sites, so quizapp's
# frame is third-party. Over plain HTTP the cookie check writes an ordinary cookie, which the frame
# loses, as Safari and Firefox's strict mode lose even a partitioned one over HTTPS.

def _lms_on_localhost(live_server, lms) -> str:
    """The LMS's pages at http://localhost:<port> (registered as its LMS address, so they may frame quizapp)."""
    from dataclasses import replace

    from quizapp.web.lti import operations as ops

    port = int(lms.issuer.rsplit(":", 1)[1])
    with live_server.app.app_context():
        from quizapp.models import LtiPlatform
        from quizapp.web.extensions import db

        row = db.session.get(LtiPlatform, lms.id)
        ops.update_platform(row.id, replace(ops.platform_fields(row), lms_url=f"http://localhost:{port}"))
        db.session.remove()
    return f"http://localhost:{port}"


def test_with_third_party_cookies_blocked_the_learner_answers_in_a_new_window(blocking_browsing, live_server, lms):
    import re

    from sqlalchemy import select

    from quizapp.models import Attempt
    from quizapp.web.extensions import db

    lms_site = _lms_on_localhost(live_server, lms)
    port = int(lms.issuer.rsplit(":", 1)[1])
    blocking_browsing.also_allowed |= {("127.0.0.1", port), ("localhost", port)}
    page = blocking_browsing.new_page()
    page.goto(f"{lms_site}/course")
    frame = page.frame_locator("iframe[title=quizapp]")
    new_window = frame.get_by_role("link", name="Open quizapp in a new window")
    expect(new_window).to_be_visible()  # the frame could not keep quizapp's cookie
    blocking_browsing.assert_accessible(page.frame(url=re.compile("/lti/login")), "cookie check, blocked")
    with page.expect_popup() as opened:
        new_window.click()
    window = opened.value
    window.get_by_role("button", name="Start Kursk check").click()
    window.locator(f"input[name='q{lms.question_id}'][value='true']").check()
    window.get_by_role("button", name="Save and review before submitting").click()
    window.get_by_role("button", name="Submit my answers").click()
    expect(window.get_by_role("heading", level=1)).to_contain_text("Submitted: Kursk check")
    with live_server.app.app_context():
        attempt = db.session.scalar(select(Attempt).where(Attempt.assignment_id == lms.assignment_id))
        assert attempt.status == "submitted" and [s["scoreGiven"] for s in lms.scores] == [attempt.score]
        db.session.remove()
