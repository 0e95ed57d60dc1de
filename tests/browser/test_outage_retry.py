"""A submit refused while the database is unreachable: the student gets the "not saved yet" page,
which sends the same form again by itself (static/js/retry.js, under the app's CSP) and lands on
the submitted page once the database is back, with nothing retyped."""
import pytest
from playwright.sync_api import expect
from sqlalchemy import event, select
from test_student_autosave import forget_expected_failures, short_answer_field, sign_in_and_start

pytestmark = pytest.mark.browser


def test_a_submit_refused_during_an_outage_goes_through_by_itself(browsing, live_server, classroom):
    from quizapp.models import Attempt
    from quizapp.web.extensions import db

    page = sign_in_and_start(browsing, classroom)
    short_answer_field(page, classroom).fill("Rob Lee")
    expect(page.locator("#save-status")).to_contain_text("Saved", timeout=15_000)
    page.get_by_role("button", name="Save and review before submitting").click()
    with live_server.app.app_context():
        engine = db.engine
        outage_error = engine.dialect.loaded_dbapi.OperationalError

        def refuse(*_):  # what a stopped database server gives every new connection
            raise outage_error("simulated outage: the database server is not answering")

        event.listen(engine, "connect", refuse)
        engine.dispose()
        try:
            page.get_by_role("button", name="Submit").click()
            expect(page.locator("h1")).to_have_text("Not saved yet: please wait")
            expect(page.locator("#resend-status")).to_contain_text("sent again")
        finally:
            event.remove(engine, "connect", refuse)
        expect(page.locator("h1")).to_contain_text("Submitted", timeout=20_000)
        attempt_id = int(page.url.split("/attempts/")[1].split("/")[0])
        assert db.session.scalar(select(Attempt.status).where(Attempt.id == attempt_id)) == "submitted"
        db.session.remove()
    forget_expected_failures(browsing)
