"""`quizapp` commands for the web area: demo, serve, migrate, worker, init-db, load-banks.

Flask and the app are imported inside each command, so `quizapp --help` stays instant.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from quizapp.cli import main


def _make_app():
    from quizapp.web import create_app

    try:
        return create_app()
    except OSError as error:  # the instance folder (database, secret key) cannot be made or read
        raise click.ClickException(
            f"cannot start the app: {error}. Set QUIZAPP_INSTANCE_PATH to a folder you can write to.") from None
    except Exception as error:  # e.g. a DATABASE_URL SQLAlchemy cannot parse
        raise click.ClickException(f"cannot start the app: {error.__class__.__name__}: {error}") from None


def _migrate(app) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from quizapp.web.database import upgrade_database

    try:
        state = upgrade_database(app)
    except SQLAlchemyError as error:
        raise click.ClickException(
            f"cannot migrate the database {_safe_url(app)}: {error.__class__.__name__}: "
            f"{str(error).splitlines()[0]}") from None
    click.echo(f"Database: {_safe_url(app)} ({state})")


def _require_current_schema(app) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from quizapp.web.database import pending_migrations

    try:
        current, head = pending_migrations(app)
    except SQLAlchemyError as error:
        raise click.ClickException(f"cannot read the database {_safe_url(app)}: {error.__class__.__name__}: "
                                   f"{str(error).splitlines()[0]}") from None
    if head is not None:
        _close(app)
        raise click.ClickException(
            f"the database {_safe_url(app)} is at schema revision {current or 'none (empty)'}, this code needs "
            f"{head}: run `quizapp migrate` first (or serve without --no-migrate).")


def _safe_url(app) -> str:
    from sqlalchemy.engine import make_url

    return make_url(app.config["SQLALCHEMY_DATABASE_URI"]).render_as_string(hide_password=True)


def _load_banks(app, path: Path | None, quiet: bool = False) -> int:
    """Import every valid bank under `path`; print one line per bank and every problem. Returns
    the number of problems."""
    from quizapp.banks.loader import check_path
    from quizapp.web.banks.operations import import_bank_result
    from quizapp.web.extensions import db

    from sqlalchemy.exc import SQLAlchemyError

    report = check_path(path)
    failed = 0
    with app.app_context():
        for bank in report.banks:
            try:
                result = import_bank_result(bank)
                db.session.commit()
            except SQLAlchemyError as error:  # e.g. another process stored the same version just now
                db.session.rollback()
                failed += 1
                click.echo(f"{bank.id}: not stored ({error.__class__.__name__}); run load-banks again", err=True)
                continue
            state = "new version" if result.created else "unchanged, version"
            if result.created or not quiet:
                click.echo(f"{bank.id}: {state} {result.version.number} ({len(bank.questions)} questions)")
        db.session.remove()
    for problem in report.problems:
        click.echo(str(problem), err=True)
    if report.problems:
        bad = len({p.file for p in report.problems})
        click.echo(f"{len(report.problems)} problem{'s' if len(report.problems) != 1 else ''} in {bad} "
                   f"file{'s' if bad != 1 else ''}: those banks were not loaded", err=True)
    return len(report.problems) + failed


def _close(app) -> None:
    """Close pooled connections now (the commands also run inside tests, where nothing exits)."""
    from quizapp.web.extensions import db

    with app.app_context():
        db.engine.dispose()


@main.command("init-db")
def init_db() -> None:
    """Create or migrate the database to the newest schema (alembic upgrade head)."""
    app = _make_app()
    _migrate(app)
    _close(app)


@main.command("migrate")
def migrate_command() -> None:
    """Bring the database to the newest schema: the release step before starting the servers
    (`quizapp serve --no-migrate`). Safe to run from several hosts at once: one migrates, the
    others wait for it and find nothing to do."""
    app = _make_app()
    _migrate(app)
    _close(app)


@main.command("load-banks")
@click.argument("path", required=False, type=click.Path(path_type=Path))
def load_banks(path: Path | None) -> None:
    """Load question banks into the database (default: the bundled question_banks/).

    A bank whose content changed gets a new version; an unchanged one is left as it is. Banks with
    problems are reported with file and line and not loaded (exit status 1)."""
    app = _make_app()
    _migrate(app)
    problems = _load_banks(app, path)
    _close(app)
    if problems:
        raise click.exceptions.Exit(1)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535), help="Port.")
@click.option("--no-serve", is_flag=True, help="Prepare the database and demo data, print the logins, and exit.")
def demo(host: str, port: int, no_serve: bool) -> None:
    """Run the app with demo data: migrate, load the bundled banks, create a demo teacher, class,
    quiz and assignment if absent, print the logins, and serve with Flask's development server."""
    from quizapp.web.demo import demo_banner, ensure_demo_data
    from quizapp.web.extensions import db

    app = _make_app()
    _migrate(app)
    _load_banks(app, None, quiet=True)
    with app.app_context():
        result = ensure_demo_data()
        db.session.commit()
        click.echo(f"Demo: {result.message}")
        shown_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
        click.echo(demo_banner(f"http://{shown_host}:{port}/", result.classroom))
        db.session.remove()
    if no_serve:
        _close(app)
        return
    click.echo("Press Ctrl+C to stop.")
    try:
        app.run(host=host, port=port, debug=False, use_reloader=False)
    except OSError as error:  # typically: the port is taken by another program
        raise click.ClickException(f"cannot listen on {host}:{port}: {error.strerror or error}. "
                                   f"Try another port: quizapp demo --port {port + 1}") from None


def gunicorn_options(workers: int, threads: int) -> list[str]:
    """How `quizapp serve` runs gunicorn's workers (benchmarks/web.py runs its baselines the same way)."""
    return ["--workers", str(workers), "--threads", str(threads),
            # A roster upload hashes up to 200 passwords (scrypt): more than gunicorn's default 30 s
            # on a slow machine.
            "--timeout", "120", "--access-logfile", "-",
            # Each worker listens on its own socket (SO_REUSEPORT) and the kernel spreads new
            # connections over them. On one shared socket, whichever worker woke first accepted a
            # burst of connections (a class opening the quiz at once: 30 of 30 in one worker), and
            # as browsers keep connections alive that worker served them all while the other sat
            # idle (benchmarks/README.md: "Every worker busy").
            "--reuse-port"]


def _check_port_free(host: str, port: int) -> None:
    """With --reuse-port a second server on the same port would share it silently (the kernel
    would split connections between the two); refuse instead, as a plain bind would."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise click.ClickException(f"cannot listen on {host}:{port}: {error.strerror}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            raise click.ClickException(f"cannot listen on {host}:{port}: {error.strerror or error}. "
                                       f"Is another server running there? Try another --port.") from None


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64), help="Gunicorn worker processes.")
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64), help="Threads per worker.")
@click.option("--allow-demo-logins", is_flag=True,
              help="Serve even though the database holds the demo's published logins.")
@click.option("--no-migrate", is_flag=True,
              help="Do not migrate (run `quizapp migrate` as a release step); refuse an out-of-date database.")
def serve(host: str, port: int, workers: int, threads: int, allow_demo_logins: bool, no_migrate: bool) -> None:
    """Serve the app with gunicorn (production), migrating the database first unless --no-migrate.

    Set QUIZAPP_SECRET_KEY (or keep instance/secret_key; required to be the same on every server of
    one PostgreSQL database), DATABASE_URL for PostgreSQL, and QUIZAPP_PROXY_FIX=1 behind a
    TLS-terminating proxy. On PostgreSQL, run `quizapp worker` too: it runs generator jobs."""
    app = _make_app()
    if no_migrate:
        _require_current_schema(app)
    else:
        _migrate(app)
    from quizapp.web.shared_key import check_shared_secret_key

    refusal = check_shared_secret_key(app)
    if refusal:
        _close(app)
        raise click.ClickException(refusal)
    if not allow_demo_logins:
        from quizapp.web.demo import published_logins_present

        with app.app_context():
            published = published_logins_present()
        if published:
            _close(app)
            raise click.ClickException(
                f"this database holds the demo's published logins ({', '.join(published)}): anyone who read "
                "the README could sign in. Change those passwords or remove the accounts, or pass "
                "--allow-demo-logins to serve it anyway.")
    _close(app)
    _check_port_free(host, port)
    args = [sys.executable, "-m", "gunicorn", "--bind", f"{host}:{port}", *gunicorn_options(workers, threads),
            "quizapp.web:create_app()"]
    click.echo(f"Serving on http://{host}:{port}/ with {workers} worker{'s' if workers != 1 else ''}: {' '.join(args[1:])}")
    # glibc raises its mmap threshold after a large block is freed, so a 16-32 MiB scrypt buffer
    # (sign-in) then lands in the thread's own malloc arena and stays there: with 4 threads a worker
    # kept ~4 such buffers (154 MB instead of ~90 MB). A fixed threshold keeps big blocks in mmap,
    # handed back to the system when the hash is done. Read by glibc at start, hence set before exec.
    os.environ.setdefault("MALLOC_MMAP_THRESHOLD_", str(1024 * 1024))
    os.execv(sys.executable, args)


@main.command()
@click.option("--concurrency", default=2, show_default=True, type=click.IntRange(1, 32),
              help="Jobs run at once (each generator run holds a spaCy parse: about 190 MB).")
@click.option("--heartbeat", default=10.0, show_default=True, type=click.FloatRange(0.1, 600),
              help="Seconds between the worker's heartbeats.")
@click.option("--stalled-after", default=30.0, show_default=True, type=click.FloatRange(0.5, 3600),
              help="Seconds without a heartbeat after which a worker's jobs are run again elsewhere.")
def worker(concurrency: int, heartbeat: float, stalled_after: float) -> None:
    """Run background jobs (the question generator) from the PostgreSQL queue until stopped.

    Start one or more on any host with the servers' DATABASE_URL; web servers then never load the
    language model. A job of a worker that died is run again by another after --stalled-after."""
    app = _make_app()
    url = app.config["SQLALCHEMY_DATABASE_URI"]
    if not url.startswith("postgresql"):
        raise click.ClickException(
            "the job queue needs PostgreSQL (DATABASE_URL=postgresql://...). On SQLite the web server runs "
            "generator jobs itself: no worker is needed.")
    if heartbeat >= stalled_after:
        raise click.ClickException("--heartbeat must be shorter than --stalled-after, or live workers look dead")
    _require_current_schema(app)
    _close(app)
    import logging

    from quizapp.web.jobqueue import run_worker

    # Each job started, finished or retried, on the worker's output (the service manager's log).
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    click.echo(f"Worker on {_safe_url(app)}: {concurrency} job{'s' if concurrency != 1 else ''} at once. "
               "Ctrl+C stops it after the jobs under way.")
    run_worker(app, concurrency=concurrency, heartbeat=heartbeat, stalled_after=stalled_after)
