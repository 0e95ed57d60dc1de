"""The browser's time zone reaches the account at sign-in (timezone.js), so a student's pages
show times in it from the first visit."""
import pytest
from test_accessibility import sign_in

pytestmark = pytest.mark.browser


def test_signing_in_from_tokyo_gives_the_account_tokyo_time(browsing, live_server, classroom):
    from sqlalchemy import select

    from quizapp.models import User
    from quizapp.web.extensions import db

    page = browsing.new_page(timezone_id="Asia/Tokyo")
    username = list(classroom.students)[0]
    sign_in(page, username, classroom.students[username])
    with live_server.app.app_context():
        student = db.session.scalars(select(User).where(User.username == username)).one()
        zone = student.time_zone
        db.session.remove()
    assert zone == "Asia/Tokyo"
