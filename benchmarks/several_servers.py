"""One app server against two, on one PostgreSQL database: the class load of benchmarks/web.py
(sign-in, start, quiz pages, autosaves, submit) sent to one `quizapp serve`, then spread over two
as a reverse proxy without sticky sessions would (each student's requests alternate between the
servers), in the same run.

    python benchmarks/several_servers.py --pg postgresql://quizapp:quizapp@127.0.0.1/quizapp_bench
    python benchmarks/several_servers.py --pg ... --students 120 --clients 20     # a quicker run

Three classes of N students: one server, two servers, one server again, phase by phase (the
machine's speed drifts; the two-server phase is compared with the mean of the one-server phases just
before and after it). Printed per phase: requests per second for one and for two servers and
their ratio; afterwards every class's attempts submitted and answers lost (read from the database).

On one machine both servers share its cores and its database: the ratio then shows what spreading
costs (more processes and connections on the same CPUs), not a speed-up. Separate hosts add CPU
for the app servers until the database is the limit. Loopback only, bounded in clients and time.
Reuses benchmarks/web.py's class, clients and measurements.
"""
from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import classroom  # noqa: E402  (benchmarks/classroom.py: the students)
import web as bench  # noqa: E402  (benchmarks/web.py: the servers and the data)


class Spread:
    """Sends each student's requests to the servers in turn, like a round-robin proxy. One
    student is served by one client thread at a time, so the per-student counter needs no lock."""

    name = "quizapp x2"

    def __init__(self, clients: list[classroom.QuizappClass], students: list[classroom.Student]) -> None:
        self.clients = clients
        self.turn = {s.username: i for i, s in enumerate(students)}

    def _next(self, s: classroom.Student) -> classroom.QuizappClass:
        client = self.clients[self.turn[s.username] % len(self.clients)]
        self.turn[s.username] += 1
        for other in self.clients:  # the attempt's URL, on the server this request goes to
            if s.quiz_url.startswith(other.base):
                s.quiz_url = client.base + s.quiz_url[len(other.base):]
        return client

    def sign_in(self, s):
        self._next(s).sign_in(s)

    def start(self, s):
        self._next(s).start(s)

    def quiz_page(self, s):
        self._next(s).quiz_page(s)

    def autosave(self, s, fields):
        return self._next(s).autosave(s, fields)

    def submit(self, s):
        self._next(s).submit(s)


def serve(url: str, instance: Path, secret: str, args, work: Path, label: str):
    port = bench.free_port()
    base = f"http://127.0.0.1:{port}"
    command = [bench.quizapp_script(), "serve", "--no-migrate", "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(args.workers), "--threads", str(args.threads)]
    process = bench.start_server(command, bench.server_env(url, instance, secret), work / f"{label}.log",
                                 base + "/auth/login")
    return process, base


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", default=os.environ.get("DATABASE_URL"), required=not os.environ.get("DATABASE_URL"),
                        help="the PostgreSQL database (a throwaway schema is made in it)")
    parser.add_argument("--students", type=int, default=200, help="students per class (three classes)")
    parser.add_argument("--clients", type=int, default=30)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per server")
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--page-loads", type=int, default=3)
    parser.add_argument("--time-limit", type=float, default=900)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not (1 <= args.clients <= 200 and 1 <= args.students <= 2000):
        parser.error("--clients must be 1..200 and --students 1..2000")

    url, drop = bench.pg_schema_url(args.pg)
    processes = []
    try:
        with tempfile.TemporaryDirectory(prefix="quizapp-servers-") as folder:
            work, secret = Path(folder), secrets.token_hex(32)
            instance = work / "instance"
            print(f"making three classes of {args.students} students...", flush=True)
            classes = [bench.make_class(url, instance, args.students, secret) for _ in range(3)]
            (a, base_a), (b, base_b) = (serve(url, work / f"instance-{n}", secret, args, work, f"server-{n}")
                                        for n in "ab")
            processes += [a, b]
            memory = bench.WorkerMemory(a.pid)
            memory.start()
            deadline = time.monotonic() + args.time_limit
            crowds = []
            for label, data in zip(("one server", "two servers", "one server again"), classes):
                recorder = classroom.Recorder()
                students = [classroom.Student(u, p) for u, p in data.students]
                client = (Spread([classroom.QuizappClass(base, data, recorder) for base in (base_a, base_b)], students)
                          if label == "two servers" else classroom.QuizappClass(base_a, data, recorder))
                crowds.append(classroom.Crowd(label, client, students, data.questions, recorder, memory, deadline,
                                          args.seed, 0.0, args.page_loads))
            load = os.getloadavg()
            try:
                classroom.run_interleaved(crowds, args.clients)
            finally:
                memory.stop()
            results = [bench.stored_answers(url, instance, data.assignment_id, secret) for data in classes]
    finally:
        for process in processes:
            bench.stop(process)
        drop()

    print(f"\n{args.students} students per class, {args.clients} clients, {args.workers} workers x {args.threads} "
          f"threads per server; {os.cpu_count()} CPUs; load average at start {' '.join(f'{x:.1f}' for x in load)}")
    print(f"{'phase':10} {'1 server':>10} {'2 servers':>10} {'ratio':>7}   (requests per second)")
    ratios = defaultdict(float)
    for name in classroom.PHASES:
        one = [p.rps for c in (crowds[0], crowds[2]) for p in c.results if p.name == name]
        two = [p.rps for p in crowds[1].results if p.name == name]
        if one and two:
            ratios[name] = two[0] / (sum(one) / len(one))
            print(f"{name:10} {sum(one) / len(one):10.1f} {two[0]:10.1f} {ratios[name]:7.2f}")
    ok = True
    for crowd, data, (submitted, stored) in zip(crowds, classes, results):
        errors = sum(not s.ok for p in crowd.results for s in p.samples)
        lost = sum(1 for key in crowd.answers if stored.get(key) in (None, [], ""))
        print(f"{crowd.label:17} errors {errors}, attempts submitted {submitted}/{len(data.students)}, "
              f"answers lost {lost}/{len(crowd.answers)}")
        ok &= errors == 0 and lost == 0 and submitted == len(data.students)
    if (os.cpu_count() or 1) <= 2:
        print("On this machine both servers share its cores and its database: a ratio says how the load "
              "was shared out among processes (and with whatever else runs here), not how quizapp scales; "
              "below 1 it is the cost of a second server's processes and connections.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
