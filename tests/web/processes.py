"""Real `quizapp serve` and `quizapp worker` processes on one PostgreSQL database, for the tests of
several servers and of faults. Each test gets a schema of its own in the test database (the
servers' search_path), built by `quizapp migrate`; every process runs in its own process group,
killed (SIGKILL) when the test ends, whatever happened.

    with Deployment(tmp_path) as site:
        site.migrate()
        a, b = site.serve(), site.serve()
        site.worker()
        browser = Browser(a.url)
"""
from __future__ import annotations

import html
import http.client
import http.cookiejar
import os
import re
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from process_support import children, free_port, wait_for

ROOT = Path(__file__).resolve().parents[2]
TEST_DATABASE_URL = os.environ.get("QUIZAPP_TEST_DATABASE_URL")
needs_postgresql = pytest.mark.skipif(
    not (TEST_DATABASE_URL or "").startswith("postgresql"),
    reason="needs PostgreSQL (several servers, the job queue, pg_dump): set QUIZAPP_TEST_DATABASE_URL; CI runs "
           "these on PostgreSQL")
QUIZAPP = [sys.executable, "-c", "import sys; from quizapp.cli import main; sys.exit(main())"]


@dataclass
class Process:
    popen: subprocess.Popen
    log: Path
    url: str = ""

    def kill(self) -> None:
        """SIGKILL the whole process group (gunicorn's master and workers alike)."""
        try:
            os.killpg(self.popen.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.popen.wait(timeout=30)

    def children(self) -> list[int]:
        """The processes this one started (gunicorn's web workers under its master)."""
        return children(self.popen.pid)

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]


class Deployment:
    def __init__(self, tmp_path: Path, database_url: str | None = None) -> None:
        self.tmp = tmp_path
        self.schema = f"t_{secrets.token_hex(4)}"
        base = make_url(database_url or TEST_DATABASE_URL)
        self.url = base.update_query_dict({"options": f"-csearch_path={self.schema}"}).render_as_string(
            hide_password=False)
        self.engine = create_engine(base, pool_pre_ping=True)  # survives a restart of the database
        self.secret_key = secrets.token_hex(16)
        self.processes: list[Process] = []

    def __enter__(self) -> "Deployment":
        with self.engine.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {self.schema}"))
        self.app_engine = create_engine(self.url, pool_pre_ping=True)
        return self

    def __exit__(self, *exc) -> None:
        for process in self.processes:
            process.kill()
        self.app_engine.dispose()
        with self.engine.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE"))
        self.engine.dispose()

    def env(self, name: str, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("QUIZAPP_")}
        env.update(DATABASE_URL=self.url, QUIZAPP_SECRET_KEY=self.secret_key, PYTHONPATH=str(ROOT),
                   QUIZAPP_INSTANCE_PATH=str(self.tmp / f"instance-{name}"))
        env.update(extra)
        return env

    def run(self, *args: str, name: str = "cli", **env: str) -> subprocess.CompletedProcess:
        return subprocess.run([*QUIZAPP, *args], env=self.env(name, **env), capture_output=True, text=True,
                              timeout=180, cwd=self.tmp)

    def migrate(self) -> None:
        result = self.run("migrate")
        assert result.returncode == 0, result.stderr

    def _start(self, args: list[str], name: str, env: dict[str, str]) -> Process:
        log = self.tmp / f"{name}.log"
        with open(log, "wb") as out:
            popen = subprocess.Popen([*QUIZAPP, *args], env=self.env(name, **env), stdout=out,
                                     stderr=subprocess.STDOUT, cwd=self.tmp, start_new_session=True)
        process = Process(popen, log)
        self.processes.append(process)
        return process

    def serve(self, workers: int = 2, **env: str) -> Process:
        port = free_port()
        name = f"server-{port}"
        process = self._start(["serve", "--no-migrate", "--port", str(port), "--workers", str(workers)], name, env)
        process.url = f"http://127.0.0.1:{port}"

        def up() -> bool:
            assert process.popen.poll() is None, f"{name} exited: {process.output()}"
            try:
                with urllib.request.urlopen(process.url + "/auth/login", timeout=5) as response:
                    return response.status == 200
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                return False

        wait_for(up, 90, f"{name} to answer", every=0.25)
        return process

    def worker(self, *args: str) -> Process:
        return self._start(["worker", "--heartbeat", "0.5", "--stalled-after", "3", *args],
                           f"worker-{len(self.processes)}", {})

    def rows(self, sql: str, **params) -> list:
        with self.app_engine.connect() as connection:
            return list(connection.execute(text(sql), params))

    def drop_schema(self) -> None:
        self.app_engine.dispose()
        with self.engine.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {self.schema} CASCADE"))

    def scalar(self, sql: str, **params):
        with self.app_engine.connect() as connection:
            return connection.execute(text(sql), params).scalar()


class Browser:
    """One person's browser: a cookie jar shared across servers (cookies ignore the port, as they
    would behind one proxy), the CSRF token of the last page read."""

    def __init__(self) -> None:
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.token = ""
        self.failures = 0  # requests that patiently() had to send again

    def request(self, url: str, data: dict | None = None, headers: dict | None = None) -> tuple[int, str, str]:
        """(status, final url, body); HTTP errors are returned, not raised."""
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        req = urllib.request.Request(url, data=body, headers=headers or {})
        try:
            with self.opener.open(req, timeout=60) as response:
                page = response.read().decode()
                status, final = response.status, response.url
        except urllib.error.HTTPError as error:
            page, status, final = error.read().decode(errors="replace"), error.code, url
        found = re.search(r'<input[^>]*name="csrf_token"[^>]*value="([^"]+)"', page)
        if found:
            self.token = html.unescape(found.group(1))
        return status, final, page

    def patiently(self, url: str, data: dict | None = None, headers: dict | None = None, ok=(200,),
                  timeout: float = 90.0) -> tuple[int, str, str]:
        """What quiz.js does: a request that failed (connection cut, 5xx) is sent again until it
        succeeds. Returns the successful answer."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                answer = self.request(url, data, headers)
                if answer[0] in ok:
                    return answer
            except (urllib.error.URLError, ConnectionError, http.client.HTTPException, TimeoutError):
                answer = None
            self.failures += 1
            assert time.monotonic() < deadline, f"{url} still failing after {timeout:.0f} s: {answer and answer[:2]}"
            time.sleep(0.2)

    def get(self, url: str):
        return self.request(url)

    def post(self, url: str, data: dict | None = None, headers: dict | None = None):
        return self.request(url, {"csrf_token": self.token, **(data or {})}, headers)

    def login(self, server: str, identifier: str, password: str) -> None:
        self.get(server + "/auth/login")
        status, final, page = self.post(server + "/auth/login", {"identifier": identifier, "password": password})
        assert status == 200 and "/auth/login" not in final, page[:500]
