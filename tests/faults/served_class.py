"""Helpers of the fault tests: a real `quizapp serve` (gunicorn) in a process group of its own, a
class made with the app's own operations, and students driven with `requests` that behave like
quiz.js: a request that failed on the way (connection reset, a 503) is sent again until it goes
through, and what the server acknowledged is recorded, to be checked against the database.

Every process is started in a new session (its own process group) and `stop_group()` kills the
group, so a test's `finally` leaves nothing running whatever happened."""
from __future__ import annotations

import os
import re
import secrets
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import requests

from process_support import children, free_port, wait_for

ROOT = Path(__file__).resolve().parents[2]
REQUEST_TIMEOUT = 60     # seconds: a loaded 2-core CI machine can be slow, never this slow
LOAD_DEADLINE = 240      # seconds a class may take to finish, retries included
ANSWERED_TYPES = ("single_choice", "true_false", "numeric", "short_answer")  # one field, raw == what was sent
CSRF_RE = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"')
SHOWN_RE = re.compile(r'name="shown" value="([^"]*)"')


def stop_group(process: subprocess.Popen, grace: float = 20) -> None:
    """SIGTERM to the process's group (gunicorn stops its workers gracefully), SIGKILL if it lingers."""
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue
    if process.poll() is None:
        process.kill()
        process.wait(timeout=10)


def quizapp_env(database_url: str, instance: Path, secret: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(DATABASE_URL=database_url, QUIZAPP_INSTANCE_PATH=str(instance), QUIZAPP_SECRET_KEY=secret,
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])))
    return env


def quizapp_command(*args: str) -> list[str]:
    """The `quizapp` console script of this checkout, run by this interpreter."""
    return [sys.executable, "-c", "from quizapp.cli import main; main()", *args]


@dataclass
class Server:
    process: subprocess.Popen
    url: str
    log: Path

    @property
    def workers(self) -> list[int]:
        return children(self.process.pid)

    def log_tail(self) -> str:
        """The end of the log, or from its first traceback (the reason of a 500) when it has one."""
        text = self.log.read_text(errors="replace")
        start = text.find("Traceback")
        return text[start:start + 6000] if start >= 0 else text[-4000:]


@contextmanager
def serving(database_url: str, instance: Path, secret: str, workers: int = 2, threads: int = 4) -> Iterator[Server]:
    """`quizapp serve` (migrating, then gunicorn) until the block ends; its whole group is then stopped."""
    port = free_port()
    log = instance.parent / f"serve-{port}.log"
    with log.open("w") as handle:
        process = subprocess.Popen(
            quizapp_command("serve", "--port", str(port), "--workers", str(workers), "--threads", str(threads)),
            env=quizapp_env(database_url, instance, secret), stdout=handle, stderr=subprocess.STDOUT,
            cwd=ROOT, start_new_session=True)
    server = Server(process, f"http://127.0.0.1:{port}", log)
    try:
        def answering() -> bool:
            if process.poll() is not None:
                raise AssertionError(f"quizapp serve exited ({process.returncode}):\n{server.log_tail()}")
            try:
                return requests.get(server.url + "/auth/login", timeout=5).status_code == 200
            except requests.RequestException:
                return False

        wait_for(answering, 120, "quizapp serve to answer", every=0.25)
        wait_for(lambda: len(server.workers) == workers, 60, f"{workers} gunicorn workers")
        yield server
    except BaseException:
        print(f"--- the end of quizapp serve's log ({log}):\n{server.log_tail()}")  # shown by pytest on failure
        raise
    finally:
        stop_group(process)


# --- the class ---------------------------------------------------------------------------------

@dataclass
class ClassData:
    assignment_id: int
    students: list[tuple[str, str]]      # (username, password)
    answers: dict[int, str]              # question id -> the value every student sends


def make_class(database_url: str, instance: Path, secret: str, n_students: int, per_type: int = 2) -> ClassData:
    """Migrations, the bundled Kursk bank, a teacher, a class, a quiz of `per_type` questions of each
    one-field type and an assignment open now: made with the app's own operations."""
    from quizapp.banks.loader import load_bank
    from quizapp.models import utcnow
    from quizapp.paths import banks_dir
    from quizapp.web import create_app
    from quizapp.web.auth.operations import create_teacher
    from quizapp.web.banks.operations import import_bank
    from quizapp.web.classes.operations import add_students, create_classroom
    from quizapp.web.classes.rosters import RosterRow
    from quizapp.web.database import upgrade_database
    from quizapp.web.extensions import db
    from quizapp.web.quizzes.operations import AssignmentSettings, create_assignment, create_quiz

    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "INSTANCE_PATH": str(instance),
                      "SECRET_KEY": secret, "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000"})
    upgrade_database(app)
    with app.app_context():
        version = import_bank(load_bank(banks_dir() / "kursk-2024"))
        teacher = create_teacher(f"t-{secrets.token_hex(4)}@school.example", "fault-teacher-pass", "Fault Teacher")
        classroom = create_classroom(teacher.id, "Fault class")
        added = add_students(classroom, [RosterRow(i, f"Student {i:03d}") for i in range(1, n_students + 1)])
        assert not added.problems and len(added.added) == n_students
        picked = [q for kind in ANSWERED_TYPES for q in [q for q in version.questions if q.type == kind][:per_type]]
        quiz = create_quiz(teacher.id, version.id, "Kursk (faults)", [q.id for q in picked])
        assignment = create_assignment(quiz.id, classroom.id, AssignmentSettings(
            title="Kursk (faults)", opens_at=utcnow() - timedelta(minutes=1), due_at=utcnow() + timedelta(days=1)))
        db.session.commit()
        answers = {q.id: answer_text(q.type, q.data) for q in picked}
        data = ClassData(assignment.id, [(a.student.username, a.password) for a in added.added], answers)
        db.session.remove()
        db.engine.dispose()
    return data


def answer_text(kind: str, data: dict) -> str:
    if kind == "single_choice":
        return data["options"][0]
    if kind == "true_false":
        return "true"
    if kind == "numeric":
        return "12"
    return "an answer typed by a student"


# --- the students --------------------------------------------------------------------------------

class Unexpected(AssertionError):
    """The server answered something a student must never see (a 500, a wrong page)."""


@dataclass
class Student:
    base: str
    username: str
    password: str
    session: requests.Session = field(default_factory=requests.Session)
    quiz_url: str = ""
    token: str = ""
    shown: str = ""
    acked: dict[int, str] = field(default_factory=dict)   # answers a save confirmed
    submitted: bool = False                                # a submit the server confirmed
    retries: int = 0
    refusals: list[int] = field(default_factory=list)      # status codes of refused tries (503)

    def send(self, method: str, path: str, ok: Callable[[requests.Response], bool], **kwargs) -> requests.Response:
        """Like quiz.js: a try that fails on the way or gets a 503 is sent again after a pause,
        until it goes through; anything else that is not `ok` is a failure of the test."""
        url = path if path.startswith("http") else self.base + path
        deadline = time.monotonic() + LOAD_DEADLINE
        pause = 0.2
        while True:
            try:
                response = self.session.request(method, url, timeout=REQUEST_TIMEOUT, **kwargs)
            except requests.RequestException:
                response = None
            if response is not None and ok(response):
                return response
            if response is not None and response.status_code != 503:
                raise Unexpected(f"{self.username}: {method} {path} answered {response.status_code}: "
                                 f"{response.text[:600]}")
            if response is not None:
                self.refusals.append(response.status_code)
            if time.monotonic() > deadline:
                raise Unexpected(f"{self.username}: {method} {path} did not go through in {LOAD_DEADLINE} s")
            self.retries += 1
            time.sleep(pause)
            pause = min(pause * 2, 2.0)

    def csrf(self, html: str) -> str:
        match = CSRF_RE.search(html)
        if not match:
            raise Unexpected(f"{self.username}: no CSRF token on the page")
        return match.group(1) or match.group(2)

    def sign_in(self) -> None:
        page = self.send("GET", "/auth/login", lambda r: r.status_code == 200)
        self.send("POST", "/auth/login", lambda r: r.status_code == 302, allow_redirects=False,
                  data={"csrf_token": self.csrf(page.text), "identifier": self.username,
                        "password": self.password, "next": ""})

    def start(self, assignment_id: int) -> None:
        home = self.send("GET", "/student/", lambda r: r.status_code == 200)
        started = self.send("POST", f"/student/assignments/{assignment_id}/start",
                            lambda r: r.status_code == 302 and "/student/attempts/" in r.headers.get("Location", ""),
                            allow_redirects=False, data={"csrf_token": self.csrf(home.text)})
        location = started.headers["Location"]
        self.quiz_url = location if location.startswith("http") else self.base + location
        page = self.send("GET", self.quiz_url, lambda r: r.status_code == 200 and 'id="quiz-form"' in r.text)
        self.token = self.csrf(page.text)
        match = SHOWN_RE.search(page.text)
        self.shown = match.group(1) if match else ""

    def autosave(self, answers: dict[int, str]) -> None:
        """Save the whole form so far (as quiz.js does); record it once the server confirms."""
        form = {**self.acked, **answers}
        body = [("csrf_token", self.token), ("shown", self.shown), *((f"q{q}", v) for q, v in form.items())]
        self.send("POST", self.quiz_url + "/autosave",
                  lambda r: r.status_code == 200 and r.json().get("status") == "saved",
                  data=body, headers={"X-CSRFToken": self.token, "Accept": "application/json"})
        self.acked = form

    def submit(self) -> None:
        page = self.send("GET", self.quiz_url + "/confirm", lambda r: r.status_code == 200)
        self.send("POST", self.quiz_url + "/submit", lambda r: r.status_code == 200 and "Submitted" in r.text,
                  data={"csrf_token": self.csrf(page.text)})
        self.submitted = True

    @property
    def attempt_id(self) -> int:
        return int(self.quiz_url.rstrip("/").rsplit("/", 1)[1])


@dataclass
class Classroom:
    """A class at work: each student signs in, starts, saves answer by answer, then submits, in a
    thread of its own. `progress` counts confirmed saves, for a test to time its fault by."""

    server_url: str
    data: ClassData
    students: list[Student] = field(init=False)
    progress: int = 0
    errors: list[BaseException] = field(default_factory=list)
    pause: float = 0.05  # between a student's answers
    stagger: float = 0.0  # the n-th student starts n * stagger seconds after the first
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _threads: list[threading.Thread] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.students = [Student(self.server_url, u, p) for u, p in self.data.students]

    @property
    def submitted(self) -> list[Student]:
        return [s for s in self.students if s.submitted]

    @property
    def total_saves(self) -> int:
        return len(self.students) * len(self.data.answers)

    def _work(self, student: Student, delay: float) -> None:
        try:
            time.sleep(delay)
            student.sign_in()
            student.start(self.data.assignment_id)
            for qid, value in self.data.answers.items():
                student.autosave({qid: value})
                with self._lock:
                    self.progress += 1
                time.sleep(self.pause)
            student.submit()
        except BaseException as error:  # reported by finish()
            self.errors.append(error)
        finally:
            student.session.close()

    def begin(self) -> None:
        for n, student in enumerate(self.students):
            thread = threading.Thread(target=self._work, args=(student, n * self.stagger), daemon=True)
            thread.start()
            self._threads.append(thread)

    def finish(self) -> None:
        for thread in self._threads:
            thread.join(timeout=LOAD_DEADLINE + REQUEST_TIMEOUT)
        assert not any(t.is_alive() for t in self._threads), "a student's thread never finished"
        if self.errors:
            raise self.errors[0]


# --- the database afterwards ---------------------------------------------------------------------

@dataclass
class Stored:
    status: str
    score: float | None
    submitted_at: Any
    answers: dict[int, str | None]
    unscored: int  # responses of a submitted attempt without points (a half-done submit)


def stored_attempts(database_url: str, instance: Path, secret: str, assignment_id: int) -> dict[str, Stored]:
    """Every attempt of the assignment by student username, read back from the database."""
    from sqlalchemy import select

    from quizapp.models import Attempt, Response, User
    from quizapp.web import create_app
    from quizapp.web.extensions import db

    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "INSTANCE_PATH": str(instance), "SECRET_KEY": secret})
    with app.app_context():
        found: dict[str, Stored] = {}
        for attempt, username in db.session.execute(
                select(Attempt, User.username).join(User, User.id == Attempt.student_id)
                .where(Attempt.assignment_id == assignment_id)):
            responses = db.session.scalars(select(Response).where(Response.attempt_id == attempt.id)).all()
            found[username] = Stored(attempt.status, attempt.score, attempt.submitted_at,
                                     {r.question_id: r.raw for r in responses},
                                     sum(1 for r in responses if r.points is None))
        db.session.remove()
        db.engine.dispose()
    return found


def assert_nothing_lost(classroom: Classroom, stored: dict[str, Stored]) -> None:
    """Every confirmed answer is stored; every confirmed submit is whole (status, score, time and
    every response's points together); no attempt anywhere is half-submitted."""
    for student in classroom.students:
        attempt = stored.get(student.username)
        assert attempt is not None, f"{student.username}: no attempt stored"
        for qid, value in student.acked.items():
            assert attempt.answers.get(qid) == value, f"{student.username}: confirmed answer to {qid} lost"
        if student.submitted:
            assert attempt.status == "submitted", f"{student.username}: confirmed submit not stored"
    for username, attempt in stored.items():
        whole = attempt.score is not None and attempt.submitted_at is not None and attempt.unscored == 0
        if attempt.status == "submitted":
            assert whole, f"{username}: a half-submitted attempt {attempt}"
        else:
            assert attempt.score is None and attempt.submitted_at is None, f"{username}: {attempt}"
