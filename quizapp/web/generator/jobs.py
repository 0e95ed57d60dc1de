"""Running a generation job off the request, so the teacher's request returns at once and the
status page follows the job row.

On PostgreSQL the job goes to the queue (`quizapp.web.jobqueue`) and a separate `quizapp worker`
runs it: web processes never load spaCy, a job is run by one worker, and a worker's death only
delays it. On SQLite (one machine, one service) it runs in a daemon thread of the web process with
its own app context; a run cut off by a restart shows as stale and can be started again.
`GENERATOR_INLINE = True` in the config runs the job inside the request instead (tests).

Thread runs are bounded per process: each holds a spaCy parse and its own working memory (about 190 MB
measured), so at most GENERATOR_MAX_RUNNING (default 2) run at once and at most
GENERATOR_MAX_WAITING (default 6) wait for a slot; beyond that `start` raises `Busy` and the
teacher is told to try again, instead of a worker growing until it is killed."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field

from flask import Flask, current_app

from quizapp.web.extensions import db
from quizapp.web.generator.operations import run_job


class Busy(Exception):
    """Every slot and every waiting place of this process is taken."""


@dataclass
class _Pool:
    slots: threading.Semaphore   # runs at once
    capacity: int                # runs plus those waiting for a slot
    lock: threading.Lock = field(default_factory=threading.Lock)
    pending: int = 0


def _pool(app: Flask) -> _Pool:
    pool = app.extensions.get("quizapp.generator_pool")
    if pool is None:
        running = int(app.config.get("GENERATOR_MAX_RUNNING", 2))
        pool = _Pool(threading.Semaphore(running), running + int(app.config.get("GENERATOR_MAX_WAITING", 6)))
        app.extensions["quizapp.generator_pool"] = pool
    return pool


def _run(app: Flask, pool: _Pool, job_id: int) -> None:
    try:
        with pool.slots, app.app_context():
            try:
                run_job(job_id)
            finally:
                db.session.remove()
    finally:
        with pool.lock:
            pool.pending -= 1


def via_queue() -> bool:
    """Jobs of this app go to the queue: `submit` them in the request's transaction, not `start`."""
    from quizapp.web.jobqueue import uses_queue

    return not current_app.config.get("GENERATOR_INLINE") and uses_queue(current_app)


def submit(job_id: int) -> None:
    """Queue the job in the current transaction (the caller commits): it is committed with the
    job row or not at all. A run of it already waiting in the queue is enough."""
    from quizapp.web.jobqueue import defer_generation

    defer_generation(db.session, job_id)


def start(job_id: int) -> threading.Thread | None:
    """Start the job; returns its thread (None when run inline). Raises Busy when the process
    already runs and queues as many jobs as it may."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if app.config.get("GENERATOR_INLINE"):
        run_job(job_id)
        return None
    pool = _pool(app)
    with pool.lock:
        if pool.pending >= pool.capacity:
            raise Busy()
        pool.pending += 1
    thread = threading.Thread(target=_run, args=(app, pool, job_id), name=f"generator-job-{job_id}", daemon=True)
    thread.start()
    return thread
