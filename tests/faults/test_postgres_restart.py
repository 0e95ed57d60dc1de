"""PostgreSQL stopped and started again under a class's load (a private server of the test's own):
while it is down every request fails cleanly, a 503 (a retry page for a page, JSON for quiz.js's
autosave, never a 500 with a trace), and once it is back the same workers serve again, without a
restart of the app, and no confirmed answer is lost."""
from __future__ import annotations

import secrets

import pytest
import requests
from served_class import Classroom, Student, assert_nothing_lost, make_class, serving, stored_attempts
from process_support import wait_for

pytestmark = pytest.mark.multiprocess


def refused_cleanly(response: requests.Response, kind: str) -> bool:
    assert response.status_code in (200, 503), f"{response.status_code}: {response.text[:600]}"
    if response.status_code != 503:
        return False  # the request won the race with the shutdown; try again
    assert response.headers["Retry-After"] and "Traceback" not in response.text
    if kind == "json":
        return response.json()["status"] == "not_saved"
    return response.headers["Content-Type"].startswith("text/html") and "Please wait a moment" in response.text


def test_a_postgresql_restart_under_load_is_a_503_and_then_recovers(postgres, tmp_path):
    site = (postgres.url, tmp_path / "instance", secrets.token_hex(32))
    site[1].mkdir()
    data = make_class(*site, n_students=10)
    with serving(*site, workers=2, threads=4) as server:
        probe = Student(server.url, *data.students[0])
        probe.sign_in()
        probe.start(data.assignment_id)
        classroom = Classroom(server.url, data)
        classroom.pause = 0.2
        classroom.begin()
        down = False
        try:
            wait_for(lambda: classroom.progress >= classroom.total_saves // 4 or classroom.errors, 180,
                     "a quarter of the class's answers")
            postgres.stop()
            down = True
            wait_for(lambda: refused_cleanly(probe.session.get(probe.quiz_url, timeout=60), "html"), 60,
                     "a quiz page refused with the retry page")
            wait_for(lambda: refused_cleanly(probe.session.post(
                probe.quiz_url + "/autosave", data={"csrf_token": probe.token},
                headers={"X-CSRFToken": probe.token, "Accept": "application/json"}, timeout=60), "json"), 60,
                "an autosave refused with JSON")
            postgres.start()
            down = False
        finally:
            if down:  # a failed check above: bring the server back so the class ends and its error shows
                postgres.start()
            classroom.finish()
    assert all(s.submitted for s in classroom.students)
    assert_nothing_lost(classroom, stored_attempts(*site, data.assignment_id))
