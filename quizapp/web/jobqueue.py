"""Background work on PostgreSQL: a procrastinate queue (its tables live in the app's database,
created by `quizapp migrate`) and the `quizapp worker` process that runs it.

Why procrastinate: it is a queue that exists already, on PostgreSQL alone (psycopg 3, like the app;
no Redis or broker), and it gives what a home-made runner lacked:

* a job is fetched by one worker only (``SELECT ... FOR UPDATE SKIP LOCKED`` inside procrastinate),
  and jobs sharing a ``lock`` (here: one generation job's id) never run at the same time;
* workers send heartbeats; the jobs of a worker that stopped sending them (``kill -9``, a lost
  host) are put back in the queue by the surviving workers (`retry_stalled_jobs`);
* ``concurrency`` caps how many jobs one worker runs at once.

A job is deferred on the request's own database connection, inside its transaction: the
``generation_job`` row and its queue entry are committed together or not at all.

Later background work is added as another task here: the retries of LMS grade passback are one
(`send_score`); closing expired attempts could be the next.
The `generation_job` row stays what the pages read: the task only runs `run_job` on it.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from typing import Any

import procrastinate
from procrastinate import exceptions as queue_errors
from sqlalchemy import text
from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

GENERATOR_TASK = "quizapp.generator.run_job"
# A worker silent for this long is taken as dead and its jobs are run again (procrastinate's
# default is 30 s with a heartbeat every 10 s).
STALLED_AFTER_SECONDS = 30.0
# Finished queue rows are only for finding out what happened to a job (the pages read the app's own
# tables), so the worker deletes them: succeeded ones after a week, failed, cancelled and aborted
# ones (worth a look) after 30 days. It checks once an hour.
KEEP_SUCCEEDED_HOURS = 7 * 24
KEEP_UNSUCCESSFUL_HOURS = 30 * 24
PRUNE_EVERY_SECONDS = 3600.0

# The web processes only defer, on the request's connection (see defer_generation): this connector
# never opens a pool of its own. `quizapp worker` swaps in an async connector (run_worker).
queue = procrastinate.App(connector=procrastinate.SyncPsycopgConnector(),
                          worker_defaults={"install_signal_handlers": True})

# The Flask app the worker's tasks run in; set by run_worker.
_flask_app: Any = None


def uses_queue(flask_app: Any) -> bool:
    """Generation jobs go to the queue (and a `quizapp worker` runs them): the default on
    PostgreSQL. QUIZAPP_GENERATOR_RUNNER=thread keeps the in-process runner there too; SQLite has
    no queue and always runs jobs in the web process."""
    url = flask_app.config["SQLALCHEMY_DATABASE_URI"]
    return url.startswith("postgresql") and flask_app.config.get("GENERATOR_RUNNER", "worker") == "worker"


def conninfo(url: str) -> str:
    """The libpq connection string of an SQLAlchemy URL (procrastinate talks to psycopg itself)."""
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


def _lock(job_id: int) -> str:
    return f"generation-job-{job_id}"


def defer_generation(session: Any, job_id: int) -> bool:
    """Queue the run of generation job `job_id` in the session's transaction. Returns False when
    a run of it is already waiting in the queue (two retries at once: one run is enough)."""
    connection = session.connection().connection.driver_connection
    deferrer = queue.configure_task(GENERATOR_TASK, lock=_lock(job_id), queueing_lock=_lock(job_id),
                                    connection=connection)
    try:
        # A savepoint: the unique violation of a duplicate must not abort the request's transaction.
        with session.begin_nested():
            deferrer.defer(job_id=job_id)
    except queue_errors.AlreadyEnqueued:
        return False
    return True


def workers_alive(session: Any, within_seconds: float = STALLED_AFTER_SECONDS) -> int:
    """Workers that sent a heartbeat lately (the status page says when none runs)."""
    return int(session.execute(text(
        "SELECT count(*) FROM procrastinate_workers WHERE last_heartbeat > now() - make_interval(secs => :s)"),
        {"s": within_seconds}).scalar_one())


@queue.task(name=GENERATOR_TASK, pass_context=False,
            # A run that failed on a lost database connection is tried again; run_job itself ends
            # any failure of the generator as a `failed` job, so this only covers infrastructure.
            retry=procrastinate.RetryStrategy(max_attempts=3, wait=5))
def run_generation_job(job_id: int) -> None:
    from quizapp.web.extensions import db
    from quizapp.web.generator.operations import run_job

    with _flask_app.app_context():
        try:
            run_job(job_id)
        finally:
            db.session.remove()


SCORE_TASK = "quizapp.lti.send_score"


def defer_score_send(session: Any, send_id: int, at: datetime) -> bool:
    """Queue the next try of LMS score send `send_id` for `at` (naive UTC, as the app keeps
    times), in the session's transaction. False when a try of it is already waiting."""
    connection = session.connection().connection.driver_connection
    lock = f"lti-score-{send_id}"
    deferrer = queue.configure_task(SCORE_TASK, schedule_at=at.replace(tzinfo=timezone.utc), lock=lock,
                                    queueing_lock=lock, connection=connection)
    try:
        with session.begin_nested():
            deferrer.defer(send_id=send_id)
    except queue_errors.AlreadyEnqueued:
        return False
    return True


@queue.task(name=SCORE_TASK, pass_context=False)
def send_score(send_id: int) -> None:
    """A queued try of a score send that failed before; a new failure queues the next try
    (quizapp.web.lti.passback.send), until the LMS takes it or the tries run out."""
    from quizapp.web.extensions import db
    from quizapp.web.lti.passback import send

    with _flask_app.app_context():
        try:
            send(send_id)
        finally:
            db.session.remove()


async def retry_stalled_jobs(app: procrastinate.App, stalled_after: float) -> int:
    """Put back in the queue the jobs of workers silent for `stalled_after` seconds."""
    count = 0
    for job in await app.job_manager.get_stalled_jobs(seconds_since_heartbeat=stalled_after):
        try:
            await app.job_manager.retry_job(job)
        except queue_errors.ConnectorException:  # another worker retried it first
            continue
        log.warning("job %s (%s) of a stopped worker is queued again", job.id, job.task_name)
        count += 1
    return count


async def prune_finished_jobs(app: procrastinate.App) -> None:
    """Delete the queue rows of jobs finished longer ago than they are kept (see KEEP_*)."""
    await app.job_manager.delete_old_jobs(nb_hours=KEEP_SUCCEEDED_HOURS)
    await app.job_manager.delete_old_jobs(nb_hours=KEEP_UNSUCCESSFUL_HOURS, include_failed=True,
                                          include_cancelled=True, include_aborted=True)


async def _reaper(app: procrastinate.App, stalled_after: float, every: float) -> None:
    pruned_at = None
    while True:
        try:
            await retry_stalled_jobs(app, stalled_after)
            now = asyncio.get_running_loop().time()
            if pruned_at is None or now - pruned_at >= PRUNE_EVERY_SECONDS:
                await prune_finished_jobs(app)
                pruned_at = now
        except queue_errors.ConnectorException:  # the database is away: try again next round
            log.warning("could not look after the queue (stalled or old jobs)", exc_info=True)
        await asyncio.sleep(every)


async def _run(app: procrastinate.App, concurrency: int, heartbeat: float, stalled_after: float) -> None:
    async with app.open_async():
        reaper = asyncio.create_task(_reaper(app, stalled_after, max(1.0, stalled_after / 3)))
        try:
            await app.run_worker_async(concurrency=concurrency, update_heartbeat_interval=heartbeat,
                                       stalled_worker_timeout=stalled_after, wait=True)
        finally:
            reaper.cancel()


def run_worker(flask_app: Any, concurrency: int, heartbeat: float = 10.0,
               stalled_after: float = STALLED_AFTER_SECONDS) -> None:
    """Run queued jobs until SIGINT/SIGTERM (finishing the jobs under way first)."""
    global _flask_app
    _flask_app = flask_app
    connector = procrastinate.PsycopgConnector(conninfo=conninfo(flask_app.config["SQLALCHEMY_DATABASE_URI"]),
                                               min_size=1, max_size=concurrency + 2)
    with queue.replace_connector(connector) as app:
        asyncio.run(_run(app, concurrency, heartbeat, stalled_after))
