"""A class of students as a Python client of quizapp's real pages (forms, CSRF tokens, cookies):
sign-in, start, quiz page, autosave and submit, phase by phase, with every request timed.

For the scripts that need students doing what a class does rather than the most requests a second
(benchmarks/several_servers.py, benchmarks/classroom_load.py); throughput against the bare baseline
is benchmarks/web.py's, with wrk, a client that is not the bottleneck.
"""
from __future__ import annotations

import time
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable

import requests

from web import REQUEST_TIMEOUT, SHOWN_RE, ClassData, WorkerMemory, answer_fields, csrf_of


@dataclass
class Sample:
    kind: str
    seconds: float
    ok: bool
    detail: str = ""


@dataclass
class PhaseResult:
    name: str
    seconds: float
    samples: list[Sample]
    peak_rss_kb: int = 0  # the largest worker's high-water mark at the end of this phase

    @property
    def rps(self) -> float:
        return len(self.samples) / self.seconds if self.seconds else 0.0


class Recorder:
    def __init__(self) -> None:
        self.samples: list[Sample] = []
        self._lock = threading.Lock()

    def timed(self, kind: str, send: Callable[[], requests.Response], check: Callable[[requests.Response], bool]):
        start = time.perf_counter()
        try:
            response = send()
        except requests.RequestException as error:
            self._add(Sample(kind, time.perf_counter() - start, False, type(error).__name__))
            return None
        elapsed = time.perf_counter() - start
        ok = check(response)
        self._add(Sample(kind, elapsed, ok, "" if ok else f"HTTP {response.status_code}"))
        return response if ok else None

    def _add(self, sample: Sample) -> None:
        with self._lock:
            self.samples.append(sample)

    def take(self) -> list[Sample]:
        with self._lock:
            taken, self.samples = self.samples, []
        return taken


@dataclass
class Student:
    username: str
    password: str
    session: requests.Session = field(default_factory=requests.Session)
    token: str = ""
    quiz_url: str = ""
    shown: str = ""
    sent: list[tuple[str, str]] = field(default_factory=list)  # the form so far
    failed: bool = False


def ok_page(r: requests.Response) -> bool:
    return r.status_code == 200


class QuizappClass:
    """The load against quizapp: the real pages, forms and CSRF tokens."""

    name = "quizapp"

    def __init__(self, base: str, data: ClassData, recorder: Recorder) -> None:
        self.base, self.data, self.rec = base, data, recorder

    def sign_in(self, s: Student) -> None:
        page = self.rec.timed("sign-in form", lambda: s.session.get(self.base + "/auth/login", timeout=REQUEST_TIMEOUT), ok_page)
        if page is None:
            s.failed = True
            return
        form = {"csrf_token": csrf_of(page.text), "identifier": s.username, "password": s.password, "next": ""}
        done = self.rec.timed("sign-in post", lambda: s.session.post(
            self.base + "/auth/login", data=form, allow_redirects=False, timeout=REQUEST_TIMEOUT),
            lambda r: r.status_code == 302)
        s.failed = done is None

    def start(self, s: Student) -> None:
        home = self.rec.timed("home", lambda: s.session.get(self.base + "/student/", timeout=REQUEST_TIMEOUT), ok_page)
        if home is None:
            s.failed = True
            return
        url = f"{self.base}/student/assignments/{self.data.assignment_id}/start"
        started = self.rec.timed("start", lambda: s.session.post(
            url, data={"csrf_token": csrf_of(home.text)}, allow_redirects=False, timeout=REQUEST_TIMEOUT),
            lambda r: r.status_code == 302 and "/student/attempts/" in r.headers.get("Location", ""))
        if started is None:
            s.failed = True
            return
        location = started.headers["Location"]
        s.quiz_url = location if location.startswith("http") else self.base + location

    def quiz_page(self, s: Student) -> None:
        page = self.rec.timed("quiz page", lambda: s.session.get(s.quiz_url, timeout=REQUEST_TIMEOUT),
                              lambda r: r.status_code == 200 and 'id="quiz-form"' in r.text)
        if page is None:
            s.failed = True
            return
        s.token = csrf_of(page.text)
        match = SHOWN_RE.search(page.text)
        s.shown = match.group(1) if match else ""

    def autosave(self, s: Student, fields: list[tuple[str, str]]) -> bool:
        s.sent += fields
        body = [("csrf_token", s.token), ("shown", s.shown), *s.sent]
        return self.rec.timed("autosave", lambda: s.session.post(
            s.quiz_url + "/autosave", data=body, timeout=REQUEST_TIMEOUT,
            headers={"X-CSRFToken": s.token, "Accept": "application/json"}),
            lambda r: r.status_code == 200 and r.json().get("status") == "saved") is not None

    def submit(self, s: Student) -> None:
        page = self.rec.timed("confirm page", lambda: s.session.get(s.quiz_url + "/confirm", timeout=REQUEST_TIMEOUT), ok_page)
        if page is None:
            s.failed = True
            return
        done = self.rec.timed("submit", lambda: s.session.post(
            s.quiz_url + "/submit", data={"csrf_token": csrf_of(page.text)}, timeout=REQUEST_TIMEOUT),
            lambda r: r.status_code == 200 and "Submitted" in r.text)
        s.failed = done is None


@dataclass
class Crowd:
    """One class of students against one server: its phases are run one at a time, so the baseline's
    phase can run right before and right after quizapp's (see run_interleaved)."""

    label: str
    client: Any  # QuizappClass, or anything with the same steps
    students: list[Student]
    questions: list[dict]
    recorder: Recorder
    memory: WorkerMemory
    deadline: float
    seed: int
    think: float = 0.0
    page_loads: int = 1  # quiz page loads per student (a phase of 300 requests lasts about a second)
    answers: dict = field(default_factory=dict)  # {(username, qid): fields sent}
    results: list[PhaseResult] = field(default_factory=list)

    def __post_init__(self) -> None:
        import random

        for i, s in enumerate(self.students):
            rng = random.Random(self.seed * 100_003 + i)
            for q in self.questions:
                self.answers[(s.username, q["id"])] = answer_fields(q, rng)

    def _autosave_all(self, s: Student) -> None:
        import random

        pace = random.Random(s.username)
        for q in self.questions:
            if time.monotonic() > self.deadline:
                return
            if self.think:
                s.session.close()  # idle longer than gunicorn's keep-alive: next save on a fresh connection
                time.sleep(pace.uniform(0.5, 1.5) * self.think)
            self.client.autosave(s, self.answers[(s.username, q["id"])])

    def _quiz_pages(self, s: Student) -> None:
        for _ in range(self.page_loads):
            self.client.quiz_page(s)

    def step(self, name: str) -> Callable[[Student], None]:
        return {"sign-in": self.client.sign_in, "start": self.client.start, "quiz page": self._quiz_pages,
                "autosave": self._autosave_all, "submit": self.client.submit}[name]

    def run_phase(self, name: str, pool: ThreadPoolExecutor) -> None:
        step = self.step(name)

        def run_step(s: Student) -> None:
            if s.failed or time.monotonic() > self.deadline:
                return
            step(s)
            # Drop the kept-alive connection: it would sit idle until the next phase, past
            # gunicorn's keep-alive (2 s), and reusing a connection the server is closing fails at
            # random (a browser silently retries those). Each phase starts on a fresh connection.
            s.session.close()

        begin = time.perf_counter()
        list(pool.map(run_step, self.students))
        self.results.append(PhaseResult(name, time.perf_counter() - begin, self.recorder.take(), self.memory.largest()))
        print(f"  {self.label:20} {name:10} {self.results[-1].rps:8.1f} req/s", flush=True)


PHASES = ("sign-in", "start", "quiz page", "autosave", "submit")


def run_interleaved(crowds: list[Crowd], clients: int) -> None:
    """Phase by phase, each crowd in turn: the machine's speed drifts (it is shared, and busier at
    one minute than the next), and crowds measured seconds apart see the same machine, where ones
    measured minutes apart did not."""
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for name in PHASES:
            for crowd in crowds:
                if time.monotonic() > crowd.deadline:
                    print(f"  {crowd.label}: time limit reached before the {name} phase", flush=True)
                    continue
                crowd.run_phase(name, pool)
