"""`quizapp demo / serve / init-db`: the README's run command and its siblings."""
import os
import socket
import subprocess
import sys

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect

from quizapp.cli import main
from quizapp.web.demo import DEMO_STUDENTS, DEMO_TEACHER_EMAIL, DEMO_TEACHER_PASSWORD


@pytest.fixture
def env(tmp_path, monkeypatch):
    """A fresh SQLite database and instance folder (the CLI tests never touch PostgreSQL)."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("QUIZAPP_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.delenv("QUIZAPP_SECRET_KEY", raising=False)
    return url


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_help_does_not_import_flask():
    code = ("import sys; from quizapp.cli import main\n"
            "try: main(['--help'])\nexcept SystemExit: pass\n"
            "assert 'flask' not in sys.modules and 'sqlalchemy' not in sys.modules, 'heavy import'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    for command in ("demo", "serve", "migrate", "worker", "init-db", "load-banks"):
        assert command in result.stdout


def test_demo_help_lists_host_and_port():
    result = run("demo", "--help")
    assert result.exit_code == 0 and "--host" in result.output and "--port" in result.output


def test_demo_prepares_database_and_prints_working_logins(env, tmp_path):
    result = run("demo", "--no-serve")
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:5000/" in result.output and DEMO_TEACHER_PASSWORD in result.output
    assert all(username in result.output for _, username, _ in DEMO_STUDENTS)
    assert (tmp_path / "instance" / "secret_key").exists()

    from quizapp.web import create_app

    app = create_app({"WTF_CSRF_ENABLED": False})
    client = app.test_client()
    assert client.post("/auth/login", data={"identifier": DEMO_TEACHER_EMAIL,
                                            "password": DEMO_TEACHER_PASSWORD}).status_code == 302
    page = client.get("/classes/", follow_redirects=True).get_data(as_text=True)
    assert "Year 10 English" in page and "6 students" in page
    name, username, password = DEMO_STUDENTS[0]
    client.post("/auth/logout")
    assert client.post("/auth/login", data={"identifier": username, "password": password}).status_code == 302
    with app.app_context():
        from quizapp.models import Assignment
        from quizapp.web.extensions import db

        assignment = db.session.query(Assignment).one()
        assert assignment.due_at > assignment.opens_at and 8 <= len(assignment.quiz.items) <= 30
        types = {item.question.type for item in assignment.quiz.items}
        bank_types = {q.type for q in assignment.quiz.bank_version.questions}
        assert types == bank_types  # every question type of the bank can be tried
        db.engine.dispose()


def test_demo_twice_changes_nothing(env):
    run("demo", "--no-serve")
    result = run("demo", "--no-serve")
    assert result.exit_code == 0 and "already present" in result.output and "new version" not in result.output


def test_init_db_migrates_to_head(env):
    result = run("init-db")
    assert result.exit_code == 0, result.output
    engine = create_engine(env)
    try:
        assert {"alembic_version", "user", "attempt"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_serve_migrates_then_runs_gunicorn_with_the_app_factory(env, monkeypatch):
    calls = []
    monkeypatch.setattr("os.execv", lambda path, args: calls.append(args))
    result = run("serve", "--port", "8123", "--workers", "3")
    assert result.exit_code == 0, result.output
    args = calls[0]
    assert args[1:3] == ["-m", "gunicorn"] and "quizapp.web:create_app()" in args
    assert "127.0.0.1:8123" in args and args[args.index("--workers") + 1] == "3"
    engine = create_engine(env)
    try:
        assert "alembic_version" in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_serve_gives_each_worker_its_own_listening_socket(env, monkeypatch):
    # One socket shared by the workers let one of them accept a whole class's kept-alive
    # connections while the other sat idle (benchmarks/README.md).
    calls = []
    monkeypatch.setattr("os.execv", lambda path, args: calls.append(args))
    assert run("serve", "--port", "8124").exit_code == 0
    assert "--reuse-port" in calls[0]


def test_serve_refuses_a_port_another_server_listens_on(env, monkeypatch):
    calls = []
    monkeypatch.setattr("os.execv", lambda path, args: calls.append(args))
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        result = run("serve", "--port", str(other.getsockname()[1]))
    assert result.exit_code != 0 and "cannot listen on 127.0.0.1" in result.output and not calls


def test_serve_keeps_big_freed_blocks_out_of_the_workers_memory(env, monkeypatch):
    # glibc reads the threshold at process start: serve must set it before exec, without
    # overriding an administrator's own value.
    monkeypatch.setattr("os.execv", lambda path, args: None)
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    assert run("serve").exit_code == 0
    assert int(os.environ["MALLOC_MMAP_THRESHOLD_"]) <= 16 * 1024 * 1024
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "65536")
    assert run("serve").exit_code == 0
    assert os.environ["MALLOC_MMAP_THRESHOLD_"] == "65536"


def test_a_bad_database_url_is_a_clear_error_not_a_traceback(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody:hunter2@127.0.0.1:1/none")
    monkeypatch.setenv("QUIZAPP_INSTANCE_PATH", str(tmp_path))
    result = CliRunner().invoke(main, ["init-db"])
    assert result.exit_code != 0 and "cannot migrate the database" in result.output
    assert "Traceback" not in result.output and "hunter2" not in result.output


def test_demo_on_a_busy_port_is_a_clear_error(env):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["demo", "--port", str(port)])
    assert result.exit_code != 0 and "in use" in result.output and "Traceback" not in result.output


def test_the_docs_give_the_demo_logins_the_demo_creates():
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "web-platform.md").read_text(encoding="utf-8")
    docs = " ".join(docs.split())
    assert f"`{DEMO_TEACHER_EMAIL}` / `{DEMO_TEACHER_PASSWORD}`" in docs
    for _, username, password in DEMO_STUDENTS:
        assert f"`{username}` / `{password}`" in docs


def test_an_unwritable_instance_folder_is_a_clear_error(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("QUIZAPP_INSTANCE_PATH", str(blocker / "instance"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    result = CliRunner().invoke(main, ["init-db"])
    assert result.exit_code != 0 and "QUIZAPP_INSTANCE_PATH" in result.output and "Traceback" not in result.output


def test_a_malformed_database_url_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("QUIZAPP_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", "not a url at all")
    result = CliRunner().invoke(main, ["init-db"])
    assert result.exit_code != 0 and "cannot start the app" in result.output


def test_serve_refuses_a_database_with_the_demos_published_logins(env, monkeypatch):
    monkeypatch.setattr("os.execv", lambda path, args: None)
    from quizapp.web import create_app
    from quizapp.web.database import upgrade_database
    from quizapp.web.demo import ensure_demo_data

    app = create_app()
    upgrade_database(app)
    with app.app_context():
        from quizapp.web.extensions import db

        ensure_demo_data()
        db.session.commit()
        db.engine.dispose()
    refused = run("serve")
    assert refused.exit_code != 0 and "teacher@example.com" in refused.output and "--allow-demo-logins" in refused.output
    assert run("serve", "--allow-demo-logins").exit_code == 0


def test_serve_no_migrate_refuses_an_unmigrated_database_and_names_the_command(env, monkeypatch):
    calls = []
    monkeypatch.setattr("os.execv", lambda path, args: calls.append(args))
    result = CliRunner().invoke(main, ["serve", "--no-migrate"])
    assert result.exit_code == 1 and "run `quizapp migrate` first" in result.output and calls == []
    assert run("migrate").exit_code == 0
    assert run("serve", "--no-migrate").exit_code == 0 and len(calls) == 1


def test_migrate_twice_is_harmless(env):
    assert run("migrate").exit_code == 0
    result = run("migrate")
    assert result.exit_code == 0 and "up to date" in result.output


def test_worker_on_sqlite_says_no_worker_is_needed(env):
    result = CliRunner().invoke(main, ["worker"])
    assert result.exit_code == 1 and "needs PostgreSQL" in result.output and "no worker is needed" in result.output
