"""CPU per request of quizapp's quiz page and autosave against the bare app's, in one process.

A quick check for a change to the hot path that does not need a quiet machine: one thread, Flask's
test client (no HTTP, no server), ``time.thread_time`` (the CPU this thread used, so other
programs on a shared machine do not count), the same class of students as benchmarks/web.py on a
temporary SQLite database. Each phase is repeated ``--rounds`` times, quizapp and bare alternated,
and the medians printed. To compare two versions of quizapp, run this script with each checkout
first on PYTHONPATH, alternately (see benchmarks/README.md).

    python benchmarks/in_process.py [--requests 300] [--rounds 4] [--students 20]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import web  # noqa: E402  (the class and the bodies of benchmarks/web.py)


def timed(n: int, call) -> float:
    """ms of this thread's CPU per call, over n calls."""
    start = time.thread_time()
    for i in range(n):
        call(i)
    return (time.thread_time() - start) * 1000 / n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--students", type=int, default=20)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="quizapp-inproc-"))
    url, secret = f"sqlite:///{work / 'quizapp.db'}", secrets.token_hex(16)
    data = web.make_class(url, work, args.students, secret)

    from quizapp.web import create_app

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "INSTANCE_PATH": str(work), "SECRET_KEY": secret})
    rng = random.Random(1)
    students = []
    for username, password in data.students:
        client = app.test_client()
        page = client.get("/auth/login").text
        client.post("/auth/login", data={"csrf_token": web.csrf_of(page), "identifier": username,
                                         "password": password, "next": ""})
        home = client.get("/student/").text
        started = client.post(f"/student/assignments/{data.assignment_id}/start",
                              data={"csrf_token": web.csrf_of(home)})
        quiz_url = started.headers["Location"]
        page = client.get(quiz_url).text
        token, shown = web.csrf_of(page), web.SHOWN_RE.search(page).group(1)
        first = [web.answer_fields(q, rng) for q in data.questions]
        second = [web.another_answer(q, a, rng) for q, a in zip(data.questions, first)]
        bodies = web.changing_bodies(token, shown, first, second)
        students.append((client, quiz_url, bodies))

    quiz_file = work / "bare_quiz.json"
    quiz_file.write_text(json.dumps(web.bare_quiz(data)))
    os.environ.update(BARE_QUIZ=str(quiz_file), BARE_DATABASE_URL=f"sqlite:///{work / 'bare.db'}")
    import bare_app

    bare_app.Database(os.environ["BARE_DATABASE_URL"]).create_tables()
    bare = bare_app.create_app()
    bare_students = []
    for number, (_, _, bodies) in enumerate(students, start=1):
        client = bare.test_client()
        client.get(f"/login?student={number}")
        with client.session_transaction() as session:
            csrf = session["csrf"]
        bare_students.append((client, csrf, bodies))

    def quizapp_page(i: int) -> None:
        client, quiz_url, _ = students[i % len(students)]
        assert client.get(quiz_url).status_code == 200

    def quizapp_save(i: int) -> None:
        client, quiz_url, bodies = students[i % len(students)]
        body, ctype = bodies[(i // len(students)) % len(bodies)]
        assert client.post(quiz_url + "/autosave", data=body, content_type=ctype).status_code == 200

    def bare_page(i: int) -> None:
        assert bare_students[i % len(bare_students)][0].get("/quiz").status_code == 200

    def bare_save(i: int) -> None:
        client, csrf, bodies = bare_students[i % len(bare_students)]
        body, ctype = bodies[(i // len(bare_students)) % len(bodies)]
        assert client.post("/quiz/autosave", data=body, content_type=ctype,
                           headers={"X-CSRFToken": csrf}).status_code == 200

    results: dict[str, list[float]] = {"quizapp page": [], "bare page": [], "quizapp save": [], "bare save": []}
    for name, call in (("quizapp page", quizapp_page), ("bare page", bare_page),
                       ("quizapp save", quizapp_save), ("bare save", bare_save)):
        timed(20, call)  # warm: templates compiled, statements cached
    for _ in range(args.rounds):
        for name, call in (("quizapp page", quizapp_page), ("bare page", bare_page),
                           ("quizapp save", quizapp_save), ("bare save", bare_save)):
            results[name].append(timed(args.requests, call))
    for name, values in results.items():
        print(f"{name:13} {statistics.median(values):5.2f} ms CPU per request "
              f"(rounds: {', '.join(f'{v:.2f}' for v in values)})")
    for kind in ("page", "save"):
        ratio = statistics.median(results[f"bare {kind}"]) / statistics.median(results[f"quizapp {kind}"])
        print(f"bare / quizapp, {kind}: {ratio:.0%}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
