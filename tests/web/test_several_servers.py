"""Two `quizapp serve` instances and `quizapp worker` processes on one PostgreSQL database, as
behind a reverse proxy: a student's session, answers and single attempt hold across servers, the
generator's jobs run on the worker (claimed once, run again when the worker is killed mid-run).
Real processes and real HTTP (see processes.py); skipped on SQLite."""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from factories import STUDENT_PASSWORD, TEACHER_PASSWORD, make_world
from processes import Browser, Deployment, needs_postgresql, wait_for

from quizapp.web import create_app
from quizapp.web.extensions import db

pytestmark = needs_postgresql

ARTICLE = (Path(__file__).parents[1] / "data/generator/harbour.txt").read_text(encoding="utf-8")


@pytest.fixture
def site(tmp_path):
    with Deployment(tmp_path) as deployment:
        deployment.migrate()
        yield deployment


@pytest.fixture
def world(site, tmp_path):
    """A teacher, a class and an open one-attempt assignment, made in the deployment's database."""
    app = create_app({"SQLALCHEMY_DATABASE_URI": site.url, "SECRET_KEY": "seed", "INSTANCE_PATH": str(tmp_path / "seed"),
                      "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000"})
    with app.app_context():
        made = make_world()
        facts = {"teacher": made.teacher.email, "student": made.student.username, "assignment": made.assignment.id}
        db.session.remove()
        db.engine.dispose()
    return facts


def answers_of(page: str) -> dict[str, str]:
    """The first option of every radio question on a quiz page."""
    answers: dict[str, str] = {}
    for tag in re.findall(r"<input[^>]*>", page):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', tag))
        if attrs.get("type") == "radio" and re.fullmatch(r"q\d+", attrs.get("name", "")):
            answers.setdefault(attrs["name"], attrs["value"])
    return answers


def test_a_student_works_across_two_servers_and_one_attempt_survives_40_parallel_starts(site, world):
    a, b = site.serve(), site.serve()
    student = Browser()
    student.login(a.url, world["student"], STUDENT_PASSWORD)
    student.get(b.url + "/student/")
    start = f"/student/assignments/{world['assignment']}/start"
    token = student.token
    with ThreadPoolExecutor(max_workers=40) as pool:
        statuses = list(pool.map(lambda n: student.request((a, b)[n % 2].url + start, {"csrf_token": token})[0],
                                 range(40)))
    assert statuses == [200] * 40
    assert site.scalar("SELECT count(*) FROM attempt") == 1
    attempt_id = site.scalar("SELECT id FROM attempt")
    status, _, page = student.get(f"{b.url}/student/attempts/{attempt_id}")
    answers = dict(list(answers_of(page).items())[:6])
    assert status == 200 and len(answers) >= 2
    for n, (name, value) in enumerate(answers.items()):  # one autosave per answer, alternating servers
        status, _, body = student.post(f"{(a, b)[n % 2].url}/student/attempts/{attempt_id}/autosave", {name: value, "shown": name[1:]},
                                       headers={"X-CSRFToken": student.token})
        assert status == 200 and '"saved"' in body
    assert site.scalar("SELECT count(*) FROM response WHERE attempt_id = :a AND answer::text <> 'null'", a=attempt_id) \
        == len(answers)
    student.get(f"{a.url}/student/attempts/{attempt_id}/confirm")
    status, final, _ = student.post(f"{b.url}/student/attempts/{attempt_id}/submit")
    assert status == 200 and final.endswith("/submitted")
    assert site.scalar("SELECT status FROM attempt WHERE id = :a", a=attempt_id) == "submitted"


def _job_id(final_url: str) -> int:
    return int(re.search(r"/generator/jobs/(\d+)", final_url).group(1))


def test_a_job_started_on_one_server_is_run_by_the_worker_and_reviewed_on_the_other(site, world):
    a, b = site.serve(), site.serve()
    teacher = Browser()
    teacher.login(a.url, world["teacher"], TEACHER_PASSWORD)
    teacher.get(a.url + "/generator/")
    status, final, page = teacher.post(a.url + "/generator/", {"title": "Harbour", "article": ARTICLE})
    job = _job_id(final)
    assert status == 200 and "No generator worker is running" in page  # queued, not run by the server
    worker = site.worker()
    wait_for(lambda: site.scalar("SELECT status FROM generation_job WHERE id = :j", j=job) == "done", 180,
             "the worker to finish the job")
    status, _, page = teacher.get(f"{b.url}/generator/jobs/{job}")
    assert status == 200 and 'id="candidate-1"' in page
    assert uses_spacy(worker.popen.pid) and not any(uses_spacy(pid) for pid in a.children() + b.children())


def uses_spacy(pid: int) -> bool:
    """spaCy's compiled modules are mapped into the process (the model was loaded there)."""
    return "/spacy/" in Path(f"/proc/{pid}/maps").read_text()


def test_a_worker_killed_mid_job_leaves_it_to_another_that_finishes_it_once(site, world):
    a = site.serve(workers=1)
    teacher = Browser()
    teacher.login(a.url, world["teacher"], TEACHER_PASSWORD)
    teacher.get(a.url + "/generator/")
    first = site.worker()
    _, final, _ = teacher.post(a.url + "/generator/", {"title": "Long harbour", "article": "\n\n".join([ARTICLE] * 6)})
    job = _job_id(final)
    wait_for(lambda: site.scalar("SELECT status FROM generation_job WHERE id = :j", j=job) == "running", 60,
             "the worker to take the job", every=0.02)
    first.kill()  # SIGKILL: no goodbye, its heartbeat simply stops
    assert site.scalar("SELECT status FROM generation_job WHERE id = :j", j=job) == "running"
    site.worker()
    wait_for(lambda: site.scalar("SELECT status FROM generation_job WHERE id = :j", j=job) == "done", 240,
             "the second worker to finish the job")

    def succeeded() -> int:
        return site.scalar("SELECT count(*) FROM procrastinate_jobs WHERE args->>'job_id' = :j AND status = 'succeeded'",
                           j=str(job))
    # the queue records its job as succeeded only after the task has marked the generation done
    wait_for(lambda: succeeded() >= 1, 30, "the queue to record the run")
    assert succeeded() == 1
    assert site.scalar("SELECT json_array_length(candidates) FROM generation_job WHERE id = :j", j=job) > 0


def test_migrations_started_together_on_three_hosts_run_once(tmp_path):
    with Deployment(tmp_path) as site:
        with ThreadPoolExecutor(max_workers=3) as pool:
            results = list(pool.map(lambda n: site.run("migrate", name=f"host{n}"), range(3)))
        assert [r.returncode for r in results] == [0, 0, 0], [r.stderr[-800:] for r in results]
        assert site.scalar("SELECT count(*) FROM alembic_version") == 1
        assert site.scalar("SELECT to_regclass('procrastinate_jobs') IS NOT NULL")


def test_a_second_server_with_a_key_of_its_own_is_refused_with_what_to_set(site):
    site.serve(workers=1, QUIZAPP_SECRET_KEY="")  # its key generated into its own instance folder
    result = site.run("serve", "--no-migrate", "--port", "1", name="second", QUIZAPP_SECRET_KEY="")
    assert result.returncode == 1 and "set QUIZAPP_SECRET_KEY" in result.stderr
