"""Running a generation job off the request: a daemon thread with its own app context, so the
teacher's request returns at once and the status page follows the job row.

A thread (not a task queue) keeps deployment to one service; the job row makes the state visible
to every app process, and a run cut off by a restart shows as stale and can be started again.
`GENERATOR_INLINE = True` in the config runs the job inside the request instead (tests, tiny
deployments)."""
from __future__ import annotations

import threading

from flask import Flask, current_app

from quizapp.web.extensions import db
from quizapp.web.generator.operations import run_job


def _run(app: Flask, job_id: int) -> None:
    with app.app_context():
        try:
            run_job(job_id)
        finally:
            db.session.remove()


def start(job_id: int) -> threading.Thread | None:
    """Start the job; returns its thread (None when run inline)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if app.config.get("GENERATOR_INLINE"):
        run_job(job_id)
        return None
    thread = threading.Thread(target=_run, args=(app, job_id), name=f"generator-job-{job_id}", daemon=True)
    thread.start()
    return thread
