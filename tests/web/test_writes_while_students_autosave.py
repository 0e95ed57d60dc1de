"""Every teacher write while a class autosaves (issue: "database is locked" on SQLite).

Students' autosaves run in threads of their own, as server threads would, for as long as the teacher
works; each teacher action then goes through the app like a browser's request. On SQLite a write
that read first and committed later used to fail at once when an autosave landed in between; here
no request of either side may fail, and every autosave must be saved.

Requests are made from threads without an app context: from the test's own thread they would
share its context, and with it Flask-Login's cached user.
"""
from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import pytest
from factories import import_roster, make_student, make_world, signed_in_client, students_of
from sqlalchemy import func, select

from quizapp.models import Attempt, Response
from quizapp.web.extensions import db

ARTICLE = (Path(__file__).parents[1] / "data/generator/harbour.txt").read_text(encoding="utf-8")


@pytest.fixture
def class_autosaving(app):
    """Three students, each starting an attempt and autosaving in a loop until the test ends."""
    world = make_world()
    assignment_id = world.assignment.id
    stop, statuses, threads = threading.Event(), [], []

    def autosave(client):
        started = client.post(f"/student/assignments/{assignment_id}/start")
        attempt_url = started.location
        shown = re.findall(r'name="shown" value="([\d,]+)"', client.get(attempt_url).get_data(as_text=True))
        first = shown[0].split(",")[0]
        n = 0
        while not stop.is_set():
            n += 1
            reply = client.post(f"{attempt_url}/autosave", data={"shown": shown[0], f"q{first}": str(n)})
            statuses.append(reply.status_code)

    for student in students_of(world.classroom):
        threads.append(threading.Thread(target=autosave, args=(signed_in_client(app, student.id),), daemon=True))
    for thread in threads:
        thread.start()
    yield world, statuses
    stop.set()
    for thread in threads:
        thread.join(timeout=30)


def teacher_writes(app, teacher, room, version, picked, quiz, student_id):
    """(what, response) for each kind of write a teacher makes, in a plausible order."""
    roster = "\n".join(f"Student {chr(65 + i // 26)}{chr(65 + i % 26)} Example" for i in range(30))
    yield "roster upload", import_roster(teacher, SimpleNamespace(id=room), roster=roster)
    yield "add a student", teacher.post(f"/classes/{room}/students", data={"name": "Amira Late"})
    yield "new class", teacher.post("/classes/new", data={"name": "Year 9 History"})
    yield "rename class", teacher.post(f"/classes/{room}/rename", data={"rename-name": "Year 10 (renamed)"})
    yield "new join code", teacher.post(f"/classes/{room}/join-code")
    yield "reset a password", teacher.post(f"/classes/{room}/students/{student_id}/reset-password")
    yield "new quiz", teacher.post(f"/quizzes/new/{version}/pick", data={"title": "Week 2", "questions": picked})
    yield "new assignment", teacher.post(f"/assignments/new?quiz={quiz}&class={room}", data={
        "title": "Again", "audience": "class", "opens_at": "2030-01-10T09:00", "due_at": "2030-01-17T09:00",
        "time_limit_minutes": "20", "attempts_allowed": "1", "review_policy": "after_due"})
    run = teacher.post("/generator/", data={"title": "Harbour wall", "article": ARTICLE})
    yield "generator run", run
    job = re.search(r"/generator/jobs/(\d+)", run.location).group(1)
    yield "reject a candidate", teacher.post(f"/generator/jobs/{job}/questions/0", data={"q0-reject": "Reject"})
    yield "accept the rest", teacher.post(f"/generator/jobs/{job}/accept-pending")
    yield "save the bank", teacher.post(f"/generator/jobs/{job}/save", data={
        "title": "Harbour wall", "slug": "harbour-wall", "publication": "Coast Post", "date": "2025-03-04"})
    yield "teacher sign-up", app.test_client().post("/auth/signup", data={
        "display_name": "Mr New", "email": "new@school.org", "password": "long-enough-pw-42",
        "time_zone": "Europe/Paris"})


def test_no_teacher_write_and_no_autosave_fails_while_a_class_autosaves(app, class_autosaving):
    world, autosaves = class_autosaving
    app.config["GENERATOR_INLINE"] = True
    writes = teacher_writes(app, signed_in_client(app, world.teacher.id), world.classroom.id, world.version.id,
                            [q.id for q in world.version.questions[:3]], world.quiz.id,
                            make_student(world.classroom, name="Not Here Today").id)

    def run_all():
        return [(what, response.status_code) for what, response in writes]

    with ThreadPoolExecutor(max_workers=1) as pool:
        results = pool.submit(run_all).result()
    assert [(what, status) for what, status in results if status >= 400] == []
    assert len(results) == 13 and len(autosaves) >= len(results) and set(autosaves) == {200}
    db.session.rollback()  # read what the threads committed, not this session's old snapshot
    assert db.session.scalar(select(func.count()).select_from(Attempt)) == 3  # one per student
    assert db.session.scalar(select(func.count()).select_from(Response).where(Response.answer.is_not(None))) == 3
