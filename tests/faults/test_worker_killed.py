"""`kill -9` of a gunicorn worker while a class autosaves, and again while it submits: gunicorn
starts another each time, the students' retries (as quiz.js does them) go through, every answer
the server confirmed is in the database, and no attempt is half-submitted."""
from __future__ import annotations

import os
import signal

import pytest
from served_class import Classroom, assert_nothing_lost, make_class, serving, stored_attempts
from process_support import wait_for

pytestmark = pytest.mark.multiprocess


def kill_a_worker(server) -> None:
    victim = server.workers[0]
    os.kill(victim, signal.SIGKILL)
    wait_for(lambda: len(server.workers) == 2 and victim not in server.workers, 60,
             "gunicorn to replace the killed worker")


def test_a_worker_killed_mid_class_loses_no_confirmed_answer(site):
    data = make_class(site.database_url, site.instance, site.secret, n_students=12)
    with serving(site.database_url, site.instance, site.secret, workers=2, threads=4) as server:
        classroom = Classroom(server.url, data, stagger=0.3)
        classroom.begin()
        try:
            wait_for(lambda: classroom.progress >= classroom.total_saves // 3 or classroom.errors, 180,
                     "a third of the class's answers")
            kill_a_worker(server)  # while the class saves
            at_first_kill = classroom.progress
            wait_for(lambda: classroom.submitted or classroom.errors, 180, "a first submitted attempt")
            submitted_at_second_kill = len(classroom.submitted)
            kill_a_worker(server)  # while the class submits
        finally:
            classroom.finish()
        assert classroom.progress > at_first_kill  # the class went on after each kill
        assert submitted_at_second_kill < len(classroom.students)
    assert all(s.submitted for s in classroom.students)
    assert_nothing_lost(classroom, stored_attempts(site.database_url, site.instance, site.secret, data.assignment_id))
